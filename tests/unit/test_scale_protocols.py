"""The scale protocols read without a port: Toledo 8217 and SMA answers, and the framing of a stream."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bruktpos.devices.scale import FrameSplitter, ScaleConfig, ScaleReading, parse_sma, parse_toledo8217
from bruktpos.domain.errors import ScaleError


def kind(call, frame: bytes) -> str:
    with pytest.raises(ScaleError) as raised:
        call(frame)
    return raised.value.kind


def test_toledo_weight_in_kilos_is_whole_grams() -> None:
    assert parse_toledo8217(b"02.345") == ScaleReading(2345, True)
    assert parse_toledo8217(b"00.960") == ScaleReading(960, True)
    assert parse_toledo8217(b"15.00") == ScaleReading(15000, True)
    assert parse_toledo8217(b" 1.2345") == ScaleReading(1235, True)  # half a gram up
    assert parse_toledo8217(b"02.345KG") == ScaleReading(2345, True)


def test_toledo_status_records() -> None:
    assert parse_toledo8217(b"?" + bytes([0x61])) == ScaleReading(None, False)  # motion
    assert parse_toledo8217(b"?" + bytes([0x70])) == ScaleReading(0, True)  # centre of zero
    assert parse_toledo8217(b"?" + bytes([0xE1])) == ScaleReading(None, False)  # parity bit set
    assert kind(parse_toledo8217, b"?" + bytes([0x62])) == ScaleError.OVERLOAD
    assert kind(parse_toledo8217, b"?" + bytes([0x64])) == ScaleError.NEGATIVE
    assert kind(parse_toledo8217, b"?" + bytes([0x68])) == ScaleError.ZERO_ERROR
    assert kind(parse_toledo8217, b"?A") == ScaleError.GARBLED
    assert kind(parse_toledo8217, b"-00.100") == ScaleError.NEGATIVE
    assert kind(parse_toledo8217, b"12.3LB") == ScaleError.NOT_KILOS
    assert kind(parse_toledo8217, b"ab.cd") == ScaleError.GARBLED


def frame(weight: str, *, status: str = " ", gross: str = "G", motion: str = " ", unit: str = "kg ") -> bytes:
    """An SMA answer: status, range, gross/net, motion, reserved, ten for the weight, the unit."""
    return f"{status}1{gross}{motion} {weight:>10}{unit}".encode()


def test_sma_answers() -> None:
    assert parse_sma(frame("2.500")) == ScaleReading(2500, True)
    assert parse_sma(frame("2.480", motion="M")) == ScaleReading(2480, False)
    assert parse_sma(frame("0.960", gross="N", unit="kg")) == ScaleReading(
        960, True
    )  # net, no trailing space
    assert parse_sma(frame("0.000", status="Z")) == ScaleReading(0, True)
    assert parse_sma(frame("1250", unit="g  ")) == ScaleReading(1250, True)
    assert parse_sma(frame("----------", status="e", unit="   ")) == ScaleReading(None, False)
    assert kind(parse_sma, frame("35.000", status="O")) == ScaleError.OVERLOAD
    assert kind(parse_sma, frame("-0.120", status="U")) == ScaleError.NEGATIVE
    assert kind(parse_sma, frame("-0.120")) == ScaleError.NEGATIVE
    assert kind(parse_sma, frame("----------", status="E")) == ScaleError.ZERO_ERROR
    assert kind(parse_sma, frame("5.025", unit="lb ")) == ScaleError.NOT_KILOS
    assert kind(parse_sma, b" 1G 5.0") == ScaleError.GARBLED
    assert kind(parse_sma, frame("5.025", status="X")) == ScaleError.GARBLED


def test_a_negative_or_overloaded_scale_tells_the_weight_it_shows() -> None:
    with pytest.raises(ScaleError) as raised:
        parse_sma(frame("-0.120", status="U"))
    assert raised.value.grams == -120


def test_frames_are_cut_from_a_stream_in_any_pieces() -> None:
    splitter = FrameSplitter(b"\n", b"\r")
    whole = frame("2.500")
    assert splitter.feed(b"noise\n" + whole[:6]) == []
    assert splitter.feed(whole[6:] + b"\r\n 1G") == [whole]
    assert splitter.dropped == len(b"noise")
    toledo = FrameSplitter(b"\x02", b"\r")
    assert toledo.feed(bytes([0x82]) + b"01.500\r") == [b"01.500"]  # 7E1 read as 8N1: the top bit set


def test_a_start_without_an_end_is_dropped_as_noise() -> None:
    splitter = FrameSplitter(b"\x02", b"\r")
    assert splitter.feed(b"\x02" + b"9" * 100) == []
    assert splitter.dropped == 101
    assert splitter.feed(b"\x0201.000\r") == [b"01.000"]


@given(st.integers(min_value=0, max_value=99_999))
def test_every_toledo_weight_reads_back_to_the_gram(grams: int) -> None:
    text = f"{grams // 1000:02d}.{grams % 1000:03d}".encode()
    assert parse_toledo8217(text) == ScaleReading(grams, True)


@given(st.integers(min_value=0, max_value=999_999), st.booleans())
def test_every_sma_weight_reads_back_to_the_gram(grams: int, moving: bool) -> None:
    answer = frame(f"{grams // 1000}.{grams % 1000:03d}", motion="M" if moving else " ")
    assert parse_sma(answer) == ScaleReading(grams, not moving)


def test_the_setting_keeps_what_it_is_given() -> None:
    config = ScaleConfig("/dev/ttyUSB0", "sma", 4800, "7E1")  # type: ignore[arg-type]
    assert ScaleConfig.from_dict(config.as_dict()) == config
    assert ScaleConfig.from_dict({}) == ScaleConfig()
    assert not ScaleConfig().enabled and ScaleConfig().as_dict() == {}
    assert ScaleConfig(port="COM3").line_format == "7E1"
    assert ScaleConfig(port="COM3", protocol="sma").line_format == "8N1"  # type: ignore[arg-type]
    for bad in (
        {"port": "x", "protocol": "nci"},
        {"port": "x", "baudrate": 1200},
        {"port": "x", "framing": "9N9"},
    ):
        with pytest.raises(ValueError):
            ScaleConfig.from_dict(bad)
