"""Scales on a serial or USB-serial port: the Mettler Toledo 8217 and the SMA protocols.

Donations are counted in kilos, and a weight typed by hand is where a 960 g
bag becomes 960 kg; "Vei" reads it from the scale instead. Two protocols
cover most counter scales sold in the last thirty years:

* **Toledo 8217** (Mettler Toledo, and the "8217 mode" of Brecknell, Avery
  Berkel, CAS and others): the host sends ``W``; a valid weight comes back
  as ``<STX>02.345<CR>`` (kilos, no unit), and anything else as a status
  record ``<STX>?<status><CR>`` whose bits say motion, over capacity, under
  zero and outside the zero range. ``Z`` zeroes. Usually 9600 baud, 7 data
  bits, even parity.
* **SMA** (Scale Manufacturers Association SCP-0499, level 1): the host
  sends ``<LF>W<CR>``; the answer is ``<LF><s><r><n><m><f><weight:10><unit:3><CR>``
  with a status (``Z`` centre of zero, ``O`` over capacity, ``U`` under
  zero, ``E``/``I``/``T`` zero or tare errors), gross or net, ``M`` for
  motion and the unit. ``<LF>Z<CR>`` zeroes. Usually 9600 baud, 8N1.

Parsing (:func:`parse_toledo8217`, :func:`parse_sma`, :class:`FrameSplitter`)
is pure and tested without a port; :class:`SerialScale` does the port's I/O
with pyserial. Every failure is one :class:`~bruktpos.domain.errors.ScaleError`
with a ``kind`` the UI words. Weights are whole grams. Nothing here imports Qt;
the UI reads the scale from a worker thread.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from bruktpos.domain.errors import ScaleError

STX, LF, CR = b"\x02", b"\n", b"\r"
MAX_FRAME = 64  # bytes: longer without an end is noise, not an answer
BAUDRATES = (2400, 4800, 9600, 19200)
FRAMINGS = ("7E1", "8N1", "7O1", "8E1")


class ScaleProtocol(StrEnum):
    TOLEDO_8217 = "toledo8217"
    SMA = "sma"


@dataclass(frozen=True)
class ScaleReading:
    """One answer of the scale: the weight in grams (None when it sent only a status) and if it is still."""

    grams: int | None
    stable: bool


# --- parsing (pure) ------------------------------------------------------------

# The Toledo 8217 status byte (bits 5 and 6 are always set, bit 7 is parity).
_MOTION, _OVER, _UNDER, _OUTSIDE_ZERO, _CENTRE_OF_ZERO = 0x01, 0x02, 0x04, 0x08, 0x10


def _kilos_to_grams(text: str, frame: bytes) -> int:
    try:
        kilos = Decimal(text)
    except InvalidOperation:
        raise ScaleError(ScaleError.GARBLED, f"not a weight: {frame!r}") from None
    if not kilos.is_finite():
        raise ScaleError(ScaleError.GARBLED, f"not a weight: {frame!r}")
    return int((kilos * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _grams(text: str, unit: str, frame: bytes) -> int:
    """A weight field and its unit as whole grams (pounds and ounces are refused)."""
    unit = unit.strip().lower()
    if unit in ("lb", "oz", "lb:oz"):
        raise ScaleError(ScaleError.NOT_KILOS, f"the scale weighs in {unit}: {frame!r}")
    if unit not in ("", "kg", "g"):
        raise ScaleError(ScaleError.GARBLED, f"unknown unit {unit!r}: {frame!r}")
    cleaned = text.replace(" ", "")
    if not cleaned or set(cleaned) <= {"-"}:
        raise ScaleError(ScaleError.ZERO_ERROR, f"no weight shown: {frame!r}")
    grams = _kilos_to_grams(cleaned, frame)  # kilos, unless the unit says grams
    return (grams + 500) // 1000 if unit == "g" else grams


def parse_toledo8217(frame: bytes) -> ScaleReading:
    """A Toledo 8217 answer (between ``<STX>`` and ``<CR>``, without them) as a reading.

    Over capacity, under zero and outside the zero range raise
    :class:`ScaleError`; motion is a reading that is not stable (the
    status record carries no weight).
    """
    if frame[:1] == b"?":
        if len(frame) < 2:
            raise ScaleError(ScaleError.GARBLED, f"status without its byte: {frame!r}")
        status = frame[1] & 0x7F
        if status & 0x60 != 0x60:
            raise ScaleError(ScaleError.GARBLED, f"not a status byte: {frame!r}")
        if status & _OVER:
            raise ScaleError(ScaleError.OVERLOAD, f"over capacity: {frame!r}")
        if status & _UNDER:
            raise ScaleError(ScaleError.NEGATIVE, f"under zero: {frame!r}")
        if status & _MOTION:
            return ScaleReading(None, False)
        if status & _OUTSIDE_ZERO:
            raise ScaleError(ScaleError.ZERO_ERROR, f"outside the zero range: {frame!r}")
        if status & _CENTRE_OF_ZERO:
            return ScaleReading(0, True)
        return ScaleReading(None, False)
    try:
        text = frame.decode("ascii").strip()
    except UnicodeDecodeError:
        raise ScaleError(ScaleError.GARBLED, f"not text: {frame!r}") from None
    number = text.rstrip("kKgGlLbBoOzZ ")
    grams = _grams(number, text[len(number) :], frame)
    if grams < 0:
        raise ScaleError(ScaleError.NEGATIVE, f"under zero: {frame!r}", grams)
    return ScaleReading(grams, True)


def parse_sma(frame: bytes) -> ScaleReading:
    """An SMA standard answer (between ``<LF>`` and ``<CR>``, without them) as a reading.

    ``<s><r><n><m><f>``, a weight of ten characters and a unit of up to
    three. Over capacity, under zero, zero and tare errors and a unit other
    than kg or g raise :class:`ScaleError`.
    """
    try:
        text = frame.decode("ascii")
    except UnicodeDecodeError:
        raise ScaleError(ScaleError.GARBLED, f"not text: {frame!r}") from None
    if len(text) < 15:
        raise ScaleError(ScaleError.GARBLED, f"too short for SMA: {frame!r}")
    status, motion, weight, unit = text[0], text[3], text[5:15], text[15:18]
    if status in "EIT":
        raise ScaleError(ScaleError.ZERO_ERROR, f"zero or tare error {status!r}: {frame!r}")
    if status not in " ZOUe":
        raise ScaleError(ScaleError.GARBLED, f"unknown status {status!r}: {frame!r}")
    if status == "e":  # the scale shows no weight (a menu, a test)
        return ScaleReading(None, False)
    grams = _grams(weight, unit, frame)
    if status == "O":
        raise ScaleError(ScaleError.OVERLOAD, f"over capacity: {frame!r}", grams)
    if status == "U" or grams < 0:
        raise ScaleError(ScaleError.NEGATIVE, f"under zero: {frame!r}", grams)
    return ScaleReading(grams, motion != "M")


class FrameSplitter:
    """Cuts a byte stream into answers from ``start`` to ``end`` (both left out).

    What comes before a start is dropped; so is an answer that grows past
    :data:`MAX_FRAME` without ending (noise, or the wrong speed). Bytes are
    taken as 7-bit ASCII, so a scale sending 7E1 to a port set to 8N1 still reads.
    """

    def __init__(self, start: bytes, end: bytes) -> None:
        self.start, self.end = start, end
        self._buffer = bytearray()
        self.dropped = 0  # bytes thrown away as noise

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer.extend(b & 0x7F for b in data)
        frames: list[bytes] = []
        while True:
            at = self._buffer.find(self.start)
            if at < 0:
                self.dropped += len(self._buffer)
                self._buffer.clear()
                return frames
            if at:
                self.dropped += at
                del self._buffer[:at]
            end = self._buffer.find(self.end, len(self.start))
            if end < 0:
                if len(self._buffer) > MAX_FRAME:
                    self.dropped += len(self._buffer)
                    self._buffer.clear()
                return frames
            frames.append(bytes(self._buffer[len(self.start) : end]))
            del self._buffer[: end + len(self.end)]


@dataclass(frozen=True)
class _Wire:
    """What one protocol sends and how its answers are framed and read."""

    weigh: bytes
    zero: bytes
    start: bytes
    end: bytes
    parse: Callable[[bytes], ScaleReading]
    framing: str


WIRES: dict[ScaleProtocol, _Wire] = {
    ScaleProtocol.TOLEDO_8217: _Wire(b"W", b"Z", STX, CR, parse_toledo8217, "7E1"),
    ScaleProtocol.SMA: _Wire(LF + b"W" + CR, LF + b"Z" + CR, LF, CR, parse_sma, "8N1"),
}


# --- the setting ------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleConfig:
    """Where the scale is and how it speaks (the ``scale`` setting; no port = no scale)."""

    port: str = ""
    protocol: ScaleProtocol = ScaleProtocol.TOLEDO_8217
    baudrate: int = 9600
    framing: str = ""  # "7E1", "8N1" …; "" = the protocol's usual

    def __post_init__(self) -> None:
        ScaleProtocol(self.protocol)
        if self.baudrate not in BAUDRATES:
            raise ValueError(f"baudrate must be one of {BAUDRATES}")
        if self.framing and self.framing not in FRAMINGS:
            raise ValueError(f"framing must be one of {FRAMINGS}")
        if len(self.port) > 200:
            raise ValueError("port name too long")

    @property
    def enabled(self) -> bool:
        return bool(self.port.strip())

    @property
    def line_format(self) -> str:
        return self.framing or WIRES[ScaleProtocol(self.protocol)].framing

    def as_dict(self) -> dict[str, Any]:
        if not self.enabled:
            return {}
        return {
            "port": self.port.strip(),
            "protocol": str(self.protocol),
            "baudrate": self.baudrate,
            "framing": self.framing,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ScaleConfig:
        """The stored setting (``{}`` = no scale); ValueError for one that does not fit."""
        if not data:
            return cls()
        try:
            return cls(
                port=str(data.get("port", "")),
                protocol=ScaleProtocol(str(data.get("protocol", ScaleProtocol.TOLEDO_8217))),
                baudrate=int(data.get("baudrate", 9600)),
                framing=str(data.get("framing", "")),
            )
        except (TypeError, ValueError) as error:
            raise ValueError(f"not a scale setting: {error}") from error


# --- the port -----------------------------------------------------------------------


class SerialScale:
    """A scale on a serial port: open it, ask for the weight, zero it, close it.

    ``answer_s`` is how long one question may go unanswered. A port that
    cannot be opened is :attr:`ScaleError.NOT_FOUND`; a port that fails once
    open (the USB cable pulled, the adapter gone) is :attr:`ScaleError.UNPLUGGED`.
    """

    def __init__(self, config: ScaleConfig, *, answer_s: float = 1.0) -> None:
        if not config.enabled:
            raise ScaleError(ScaleError.NOT_CONFIGURED, "no scale port is set")
        self.config = config
        self.wire = WIRES[ScaleProtocol(config.protocol)]
        self.answer_s = answer_s
        self._port: Any = None

    def __enter__(self) -> SerialScale:
        self.open()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def open(self) -> None:
        import serial

        bits, parity, stops = tuple(self.config.line_format)
        try:
            self._port = serial.Serial(
                self.config.port,
                baudrate=self.config.baudrate,
                bytesize=int(bits),
                parity=parity,
                stopbits=int(stops),
                timeout=0.05,
                write_timeout=1,
            )
        except (serial.SerialException, OSError, ValueError) as error:
            raise ScaleError(ScaleError.NOT_FOUND, f"{self.config.port}: {error}") from error

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            with contextlib.suppress(Exception):  # a port that went away closes as well as it can
                port.close()

    def read(self) -> ScaleReading:
        """Ask once; the answer as a reading (:class:`ScaleError` for a fault or no answer)."""
        return self.wire.parse(self._ask(self.wire.weigh))

    def zero(self) -> None:
        """Zero the scale (an empty platform reads 0). A scale that says it cannot is ZERO_ERROR."""
        try:
            self.wire.parse(self._ask(self.wire.zero))
        except ScaleError as error:
            # Many scales zero without a word back; what matters is the weight read next.
            if error.kind not in (ScaleError.NO_ANSWER, ScaleError.GARBLED):
                raise

    def read_stable(
        self,
        *,
        wait_s: float = 5.0,
        interval_s: float = 0.2,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> int:
        """Ask until the scale is still; its weight in grams.

        Over capacity, under zero and a scale that does not answer are told
        at once; one that is still moving after ``wait_s`` is UNSTABLE (one
        that answered only noise, GARBLED). ``cancelled`` stops the wait
        (UNSTABLE as well), for a screen that was closed.
        """
        deadline = time.monotonic() + wait_s
        garbled: ScaleError | None = None
        moving = False
        while True:
            try:
                reading = self.read()
            except ScaleError as error:
                if error.kind != ScaleError.GARBLED:
                    raise
                garbled = error
            else:
                if reading.stable and reading.grams is not None:
                    return reading.grams
                moving = True
            if cancelled() or time.monotonic() >= deadline:
                if garbled is not None and not moving:
                    raise garbled
                raise ScaleError(ScaleError.UNSTABLE, f"still moving after {wait_s:g} s")
            time.sleep(interval_s)

    def _ask(self, command: bytes) -> bytes:
        import serial

        port = self._port
        if port is None:
            self.open()
            port = self._port
        splitter = FrameSplitter(self.wire.start, self.wire.end)
        try:
            port.reset_input_buffer()
            port.write(command)
            port.flush()
            deadline = time.monotonic() + self.answer_s
            while time.monotonic() < deadline:
                chunk = port.read(max(1, port.in_waiting))
                if chunk:
                    frames = splitter.feed(chunk)
                    if frames:
                        return frames[0]
        except (serial.SerialException, OSError, *_termios_errors()) as error:
            self.close()
            raise ScaleError(ScaleError.UNPLUGGED, f"{self.config.port}: {error}") from error
        if splitter.dropped:
            raise ScaleError(ScaleError.GARBLED, f"{splitter.dropped} bytes that are not an answer")
        raise ScaleError(ScaleError.NO_ANSWER, f"{self.config.port}: no answer in {self.answer_s:g} s")


def _termios_errors() -> tuple[type[Exception], ...]:
    """termios.error, which is not an OSError: what tcdrain raises on a port that went away (POSIX)."""
    try:
        import termios
    except ImportError:  # Windows
        return ()
    return (termios.error,)


def read_weight(config: ScaleConfig, **options: Any) -> int:
    """Open the scale, read one stable weight (grams), close it: the command line's and the screens' way."""
    with SerialScale(config) as scale:
        return scale.read_stable(**options)
