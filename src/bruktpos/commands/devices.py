"""``bruktpos devices``: check the devices at the counter from a terminal, for IT helpers.

    bruktpos devices scale --port PORT --protocol toledo8217|sma [--baud 9600] [--framing 7E1] [--zero]

Reads one stable weight from the scale the way the donation screen's "Vei"
does (:mod:`bruktpos.devices.scale`) and prints it in kilos and grams. A port
that is not there is exit 2; a scale that answers but gives no usable weight
(still moving, over capacity, under zero, no answer, the wrong protocol) is
exit 1, with one line saying what to check. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse

from bruktpos.commands.checks import FAILED, OK, UNUSABLE, CommandFailed

# What the scale's fault means at the terminal; the till words these in ui/messages_scale.py.
_FAULTS = {
    "scale_not_found": "there is no serial port {port} (check the cable; on Linux the port is /dev/ttyUSB0 "
    "or /dev/ttyACM0 and your user must be in the dialout group)",
    "scale_no_answer": "the scale on {port} did not answer (is it on? same speed and protocol as the scale's "
    "own setting?)",
    "scale_garbled": "the scale on {port} answered something that is not {protocol} (check the protocol and "
    "the speed in the scale's own setting)",
    "scale_unstable": "the weight did not settle (take your hand off the scale and try again)",
    "scale_overload": "the scale is over its capacity (take something off)",
    "scale_negative": "the scale shows less than zero (empty it and zero it: --zero)",
    "scale_zero_error": "the scale cannot zero or is outside its zero range (empty it, then zero it)",
    "scale_not_kilos": "the scale weighs in pounds; set it to kg",
    "scale_unplugged": "the scale on {port} went away while it was read (check the cable)",
}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bruktpos.devices.scale import BAUDRATES, FRAMINGS, ScaleProtocol

    devices = sub.add_parser("devices", help="check a device at the counter (the scale)")
    kinds = devices.add_subparsers(dest="device", required=True)
    scale = kinds.add_parser("scale", help="read one stable weight from a serial scale and print it")
    scale.add_argument("--port", required=True, help="the serial port: /dev/ttyUSB0, COM3 …")
    scale.add_argument(
        "--protocol", required=True, choices=[p.value for p in ScaleProtocol], help="what the scale speaks"
    )
    scale.add_argument("--baud", type=int, choices=BAUDRATES, default=9600, help="speed (default 9600)")
    scale.add_argument(
        "--framing",
        choices=FRAMINGS,
        default="",
        help="data bits, parity, stop bits (default: the protocol's)",
    )
    scale.add_argument("--zero", action="store_true", help="zero the scale first (it must be empty)")
    scale.add_argument(
        "--wait", type=float, default=5.0, help="seconds to wait for a still weight (default 5)"
    )
    scale.set_defaults(handler=_scale)


def _scale(args: argparse.Namespace) -> int:
    from bruktpos.devices.scale import ScaleConfig, ScaleProtocol, SerialScale
    from bruktpos.domain.errors import ScaleError

    protocol = ScaleProtocol(args.protocol)
    config = ScaleConfig(args.port, protocol, args.baud, args.framing)
    try:
        with SerialScale(config) as scale:
            if args.zero:
                scale.zero()
            grams = scale.read_stable(wait_s=max(0.0, min(args.wait, 60.0)))
    except ScaleError as error:
        text = _FAULTS.get(error.kind, "the scale failed").format(port=args.port, protocol=protocol.value)
        shown = f" ({error.grams} g)" if error.grams is not None else ""
        raise CommandFailed(
            f"No weight: {text}{shown}.", UNUSABLE if error.kind == ScaleError.NOT_FOUND else FAILED
        ) from error
    kilos = f"{grams // 1000},{grams % 1000:03d}"
    print(f"{kilos} kg ({grams} g)")
    return OK
