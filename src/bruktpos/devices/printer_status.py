"""What an ESC/POS receipt printer says about itself: real-time status (``DLE EOT n``).

The printer answers each ``DLE EOT n`` with one byte, at once, even while it
is offline or holding data it cannot print (the Epson ESC/POS command
reference, "DLE EOT"; Citizen and other ESC/POS printers use the same bits).
Every answer has bits 1 and 4 on and bits 0 and 7 off, so ``0x12`` is "nothing
to report"; a byte without that pattern is not an answer.

=====  ===================  ==========================================================
 n      asks about           bits (on)
=====  ===================  ==========================================================
 1      the printer          2 drawer kick connector pin 3 high, 3 offline,
                             5 waiting for online recovery, 6 feed button pressed
 2      why it is offline    2 cover open, 3 paper being fed by the feed button,
                             5 printing stopped by paper end, 6 an error occurred
 3      which error          2 recoverable error, 3 autocutter error,
                             5 unrecoverable error, 6 auto-recoverable error (head too hot)
 4      the paper roll       2 and 3 paper near end, 5 and 6 paper end
=====  ===================  ==========================================================

:func:`ask_status` asks 1, 2 and 4 (and 3 when an error is reported), one
question at a time, and raises :class:`PrinterError` ``printer_no_answer``
when an answer does not come in time: an unanswered question fails the job,
it never lets the job through unchecked.

``DLE DC4 8 1 3 20 1 6 2 8`` ("clear buffers", also a real-time command)
makes the printer throw away what it has received but not printed, and
answer ``37 25 00``. It is sent when the printer stops in the middle of a job
(the cover opened, the paper ran out), so the rest of that receipt, or a
drawer kick, is not printed or done later, when nobody asked for it.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bruktpos.domain.errors import PrinterError

if TYPE_CHECKING:
    from escpos.escpos import Escpos

DLE_EOT = b"\x10\x04"
ASK_PRINTER = DLE_EOT + b"\x01"
ASK_OFFLINE_CAUSE = DLE_EOT + b"\x02"
ASK_ERROR_CAUSE = DLE_EOT + b"\x03"
ASK_PAPER = DLE_EOT + b"\x04"
CLEAR_BUFFERS = b"\x10\x14\x08\x01\x03\x14\x01\x06\x02\x08"
CLEARED = b"\x37\x25\x00"

_FIXED_MASK = 0x93  # bits 0, 1, 4 and 7
_FIXED = 0x12  # bits 1 and 4 on, 0 and 7 off
_POLL = 0.01  # seconds between reads on a connection that returns at once with nothing


def is_status_byte(byte: int) -> bool:
    """Whether ``byte`` has the fixed bits every ``DLE EOT`` answer has."""
    return byte & _FIXED_MASK == _FIXED


@dataclass(frozen=True)
class PrinterStatus:
    """The printer's answers to ``DLE EOT`` 1, 2, 4 (and 3), as facts."""

    online: bool = True
    cover_open: bool = False
    paper_out: bool = False
    paper_near_end: bool = False
    error: bool = False
    feed_button: bool = False
    drawer_pin3_high: bool = False
    autocutter_error: bool = False
    unrecoverable_error: bool = False
    head_too_hot: bool = False

    @classmethod
    def from_answers(cls, printer: int, offline: int, paper: int, error: int = _FIXED) -> PrinterStatus:
        """From the answer bytes to ``DLE EOT 1``, ``2``, ``4`` and (if asked) ``3``."""
        return cls(
            online=not printer & 0x08,
            drawer_pin3_high=bool(printer & 0x04),
            cover_open=bool(offline & 0x04),
            feed_button=bool(offline & 0x08) or bool(printer & 0x40),
            paper_out=bool(offline & 0x20) or bool(paper & 0x60),
            error=bool(offline & 0x40),
            paper_near_end=bool(paper & 0x0C),
            autocutter_error=bool(error & 0x08),
            unrecoverable_error=bool(error & 0x20),
            head_too_hot=bool(error & 0x40),
        )

    @property
    def fault(self) -> str | None:
        """The :class:`PrinterError` kind that stops printing now, or ``None`` when ready."""
        if self.cover_open:
            return PrinterError.COVER_OPEN
        if self.paper_out:
            return PrinterError.PAPER_OUT
        if not self.online or self.error:
            return PrinterError.NOT_READY
        return None

    @property
    def states(self) -> tuple[str, ...]:
        """What a person should hear about, most urgent first: ``paper_out``, ``cover_open``,
        ``offline`` (offline for no reason given above), ``error``, ``paper_near_end``,
        ``drawer_open``; ``()`` when the printer is ready and nothing needs saying.

        ``drawer_open`` is pin 3 of the drawer connector high, which is how the
        usual drawers (their switch closes as the drawer opens) say they are open.
        """
        said = []
        if self.paper_out:
            said.append("paper_out")
        if self.cover_open:
            said.append("cover_open")
        if not self.online and not (self.paper_out or self.cover_open or self.error):
            said.append("offline")
        if self.error or self.autocutter_error or self.unrecoverable_error or self.head_too_hot:
            said.append("error")
        if self.paper_near_end and not self.paper_out:
            said.append("paper_near_end")
        if self.drawer_pin3_high:
            said.append("drawer_open")
        return tuple(said)

    def __str__(self) -> str:
        said = [name.replace("_", " ") for name, on in vars(self).items() if on and name != "online"]
        return ", ".join(["online" if self.online else "offline", *said])


def can_ask(printer: Escpos) -> bool:
    """Whether this connection can read an answer back (files, print queues and escpos' Dummy cannot)."""
    from escpos.escpos import Escpos

    return type(printer)._read is not Escpos._read


def ask_status(printer: Escpos, timeout: float) -> PrinterStatus:
    """Ask the printer how it is; every answer must come within ``timeout`` seconds in all.

    Raises :class:`PrinterError` ``printer_no_answer`` (naming the question
    not answered) when one does not, and ``printer_offline`` when the printer
    closes the connection.
    """
    deadline = time.monotonic() + timeout
    printer_byte = _answer(printer, ASK_PRINTER, deadline)
    offline = _answer(printer, ASK_OFFLINE_CAUSE, deadline)
    paper = _answer(printer, ASK_PAPER, deadline)
    error = _answer(printer, ASK_ERROR_CAUSE, deadline) if offline & 0x40 else _FIXED
    return PrinterStatus.from_answers(printer_byte, offline, paper, error)


def clear_buffers(printer: Escpos, timeout: float) -> bool:
    """Make the printer drop what it holds unprinted; whether it said it did within ``timeout``."""
    printer._raw(CLEAR_BUFFERS)
    deadline = time.monotonic() + timeout
    heard = b""
    while CLEARED not in heard:
        chunk = _read(printer, deadline)
        if chunk is None:
            return False
        heard += chunk
    return True


def _answer(printer: Escpos, question: bytes, deadline: float) -> int:
    printer._raw(question)
    while True:
        chunk = _read(printer, deadline)
        if chunk is None:
            raise PrinterError(
                PrinterError.NO_ANSWER, f"no answer to the status question DLE EOT {question[-1]} in time"
            )
        answers = [byte for byte in chunk if is_status_byte(byte)]
        if answers:
            return answers[-1]


def _read(printer: Escpos, deadline: float) -> bytes | None:
    """What the printer has sent, waiting until ``deadline``; ``None`` when nothing came."""
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            with _read_timeout(printer, remaining):
                chunk = _read_once(printer)
        except TimeoutError:
            return None
        except OSError as exc:
            if type(exc).__name__ != "USBTimeoutError":  # pyusb's read timeout is an OSError
                raise
            chunk = b""
        if chunk:
            return chunk
        if isinstance(printer.device, socket.socket):
            # recv gives nothing only when the printer has closed the connection.
            raise PrinterError(PrinterError.OFFLINE, "the printer closed the connection")
        time.sleep(min(_POLL, remaining))
    return None


def _read_once(printer: Escpos) -> bytes:
    device = printer.device
    if _is_serial(device):
        # escpos' Serial._read asks for 16 bytes, which waits out the whole timeout
        # for a one-byte answer; this returns with the first byte.
        return bytes(device.read(max(1, device.in_waiting)))
    return bytes(printer._read())


def _is_serial(device: object) -> bool:
    return hasattr(device, "in_waiting") and hasattr(device, "timeout")


@contextlib.contextmanager
def _read_timeout(printer: Escpos, seconds: float) -> Iterator[None]:
    """Reads on a socket, a serial port or a USB device wait at most ``seconds``."""
    device = printer.device
    if isinstance(device, socket.socket):
        before = device.gettimeout()
        device.settimeout(seconds)
        try:
            yield
        finally:
            device.settimeout(before)
    elif _is_serial(device):
        before = device.timeout
        device.timeout = seconds
        try:
            yield
        finally:
            device.timeout = before
    elif hasattr(device, "default_timeout"):  # a pyusb device: escpos' Usb reads with its default
        before = device.default_timeout
        device.default_timeout = max(1, int(seconds * 1000))
        try:
            yield
        finally:
            device.default_timeout = before
    else:
        yield
