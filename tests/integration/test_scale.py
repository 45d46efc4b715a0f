"""A scale on a serial port, for real: pyserial on a pseudo-terminal with a fake scale at the other end."""

from __future__ import annotations

import time

import pytest

from bruktpos.devices.scale import ScaleConfig, ScaleProtocol, SerialScale, read_weight
from bruktpos.domain.errors import ScaleError
from tests.fake_scale import HALF, UNPLUG, FakeScale, sma, toledo_status

PROTOCOLS = (ScaleProtocol.TOLEDO_8217, ScaleProtocol.SMA)


def weight(protocol: ScaleProtocol, kilos: str, *, motion: bool = False) -> str:
    if protocol is ScaleProtocol.SMA:
        return sma(kilos, motion=motion)
    return toledo_status(motion=True) if motion else kilos.rjust(6, "0")


def config(scale: FakeScale, protocol: ScaleProtocol) -> ScaleConfig:
    return ScaleConfig(scale.port, protocol)


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_stable_weight_is_read_in_grams(protocol: ScaleProtocol) -> None:
    with FakeScale(protocol, [weight(protocol, "2.345")]) as scale:
        assert read_weight(config(scale, protocol)) == 2345
    assert scale.commands == [b"W" if protocol is ScaleProtocol.TOLEDO_8217 else b"\nW\r"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_scale_is_asked_again_until_it_is_still(protocol: ScaleProtocol) -> None:
    moving = [weight(protocol, "3.100", motion=True)] * 3
    with FakeScale(protocol, [*moving, weight(protocol, "3.050")]) as scale:
        assert read_weight(config(scale, protocol), interval_s=0.01) == 3050
    assert len(scale.commands) == 4


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_a_scale_that_never_settles_is_unstable(protocol: ScaleProtocol) -> None:
    with FakeScale(protocol, [weight(protocol, "3.100", motion=True)]) as scale:
        started = time.monotonic()
        with pytest.raises(ScaleError) as raised:
            read_weight(config(scale, protocol), wait_s=0.5, interval_s=0.05)
    assert raised.value.kind == ScaleError.UNSTABLE
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("protocol", "answer", "expected"),
    [
        (ScaleProtocol.TOLEDO_8217, toledo_status(over=True), ScaleError.OVERLOAD),
        (ScaleProtocol.TOLEDO_8217, toledo_status(under=True), ScaleError.NEGATIVE),
        (ScaleProtocol.SMA, sma("35.500", status="O"), ScaleError.OVERLOAD),
        (ScaleProtocol.SMA, sma("-0.200", status="U"), ScaleError.NEGATIVE),
    ],
)
def test_overload_and_negative_are_told_at_once(protocol: ScaleProtocol, answer: str, expected: str) -> None:
    with FakeScale(protocol, [answer]) as scale, pytest.raises(ScaleError) as raised:
        read_weight(config(scale, protocol), wait_s=5)
    assert raised.value.kind == expected
    assert len(scale.commands) == 1


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("how", [UNPLUG, HALF])
def test_a_scale_unplugged_mid_read(protocol: ScaleProtocol, how: str) -> None:
    answers = [weight(protocol, "1.000", motion=True), how]
    with FakeScale(protocol, answers) as scale, SerialScale(config(scale, protocol), answer_s=1.0) as port:
        assert not port.read().stable
        with pytest.raises(ScaleError) as raised:
            port.read()
    assert raised.value.kind == ScaleError.UNPLUGGED


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_scale_is_zeroed_with_its_own_command(protocol: ScaleProtocol) -> None:
    zeroed = toledo_status(zero=True) if protocol is ScaleProtocol.TOLEDO_8217 else sma("0.000", status="Z")
    answers = [zeroed, weight(protocol, "0.000")]
    with FakeScale(protocol, answers) as scale, SerialScale(config(scale, protocol)) as port:
        port.zero()
        assert port.read_stable() == 0
    assert scale.commands[0] == (b"Z" if protocol is ScaleProtocol.TOLEDO_8217 else b"\nZ\r")


def test_no_scale_on_the_port() -> None:
    with pytest.raises(ScaleError) as raised:
        read_weight(ScaleConfig("/dev/no-such-scale", ScaleProtocol.SMA))
    assert raised.value.kind == ScaleError.NOT_FOUND
    with pytest.raises(ScaleError) as raised:
        read_weight(ScaleConfig())
    assert raised.value.kind == ScaleError.NOT_CONFIGURED


def test_a_scale_that_says_nothing() -> None:
    with FakeScale("toledo8217", [UNPLUG]) as scale:
        scale.answers = []  # reads the commands, never answers
        with (
            SerialScale(config(scale, ScaleProtocol.SMA), answer_s=0.3) as port,
            pytest.raises(ScaleError) as raised,
        ):
            port.read()
    assert raised.value.kind == ScaleError.NO_ANSWER


def test_the_wrong_protocol_is_noise_not_a_weight() -> None:
    # A Toledo scale asked the SMA way: its answers have no <LF> to start them.
    with (
        FakeScale("toledo8217", ["02.000"]) as scale,
        SerialScale(config(scale, ScaleProtocol.SMA), answer_s=0.3) as port,
        pytest.raises(ScaleError) as raised,
    ):
        port.read()
    assert raised.value.kind == ScaleError.GARBLED


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_the_command_prints_the_weight(protocol: ScaleProtocol, capsys) -> None:
    from bruktpos.cli import main

    with FakeScale(protocol, [weight(protocol, "12.340")]) as scale:
        assert main(["devices", "scale", "--port", scale.port, "--protocol", protocol.value]) == 0
    assert capsys.readouterr().out == "12,340 kg (12340 g)\n"


def test_the_command_says_what_is_wrong_in_one_line(capsys) -> None:
    from bruktpos.cli import main

    with FakeScale("sma", [sma("40.000", status="O")]) as scale:
        assert main(["devices", "scale", "--port", scale.port, "--protocol", "sma"]) == 1
    err = capsys.readouterr().err
    assert err == "No weight: the scale is over its capacity (take something off) (40000 g).\n"
    assert main(["devices", "scale", "--port", "/dev/no-such-scale", "--protocol", "toledo8217"]) == 2
    assert "there is no serial port /dev/no-such-scale" in capsys.readouterr().err
    assert main(["devices", "scale", "--port", "x", "--protocol", "nci"]) == 2
