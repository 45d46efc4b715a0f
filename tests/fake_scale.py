"""A fake counter scale on a pseudo-terminal, speaking Toledo 8217 or SMA.

The test opens :attr:`FakeScale.port` (the pty's slave) with pyserial, as the
till opens a real USB-serial scale; a thread on the master side answers each
weigh or zero command with the next of ``answers`` (the last one repeats).
An answer is the body of one reply, framed here as the protocol frames it;
``UNPLUG`` in the list closes the master instead of answering (the cable
pulled mid-read), and ``HALF`` sends half a reply and then unplugs.
"""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Iterable

UNPLUG = "unplug"
HALF = "half"


def toledo_status(
    *, motion: bool = False, over: bool = False, under: bool = False, zero: bool = False
) -> str:
    """A Toledo 8217 status record's body: ``?`` and the status byte."""
    byte = 0x60 | motion * 0x01 | over * 0x02 | under * 0x04 | zero * 0x10
    return "?" + chr(byte)


def sma(kilos: str, *, status: str = " ", motion: bool = False, unit: str = "kg ") -> str:
    """An SMA reply's body: status, range 1, gross, motion, reserved, a 10-wide weight, the unit."""
    return f"{status}1G{'M' if motion else ' '} {kilos:>10}{unit}"


class FakeScale:
    """A scale that answers on a pty until :meth:`unplug` or :meth:`stop`."""

    def __init__(self, protocol: str, answers: Iterable[str]) -> None:
        self.protocol = protocol
        self.answers = list(answers)
        self.commands: list[bytes] = []  # every command the till sent, as sent
        self.master, self._slave = os.openpty()
        # pyserial opens the slave by its name. This copy stays open meanwhile: with no slave
        # open at all, the master's reads fail (EIO) before the till has even opened the port.
        self.port = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def __enter__(self) -> FakeScale:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def unplug(self) -> None:
        """Close the master: the slave's reads and writes fail as a pulled USB cable's do."""
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.unplug()
        if self._slave >= 0:
            os.close(self._slave)
            self._slave = -1

    def _frame(self, body: str) -> bytes:
        if self.protocol == "sma":
            return b"\n" + body.encode("latin-1") + b"\r"
        return b"\x02" + body.encode("latin-1") + b"\r"

    def _next(self) -> str:
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    def _serve(self) -> None:
        pending = b""
        while not self._stop.is_set() and self.master >= 0:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
                if not ready:
                    continue
                pending += os.read(self.master, 64)
            except OSError:
                return
            while True:
                command, pending = self._command(pending)
                if command is None:
                    break
                self.commands.append(command)
                if not self.answers:
                    continue  # a scale that says nothing
                answer = self._next()
                if answer == UNPLUG:
                    self.unplug()
                    return
                if answer == HALF:
                    os.write(self.master, self._frame(sma("1.000") if self.protocol == "sma" else "01.0")[:4])
                    self.unplug()
                    return
                os.write(self.master, self._frame(answer))

    def _command(self, pending: bytes) -> tuple[bytes | None, bytes]:
        if self.protocol == "sma":
            end = pending.find(b"\r")
            return (pending[: end + 1], pending[end + 1 :]) if end >= 0 else (None, pending)
        return (pending[:1], pending[1:]) if pending else (None, pending)
