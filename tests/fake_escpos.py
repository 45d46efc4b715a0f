"""A fake ESC/POS receipt printer on a TCP port of 127.0.0.1, that behaves as a real one does.

It takes raw TCP on its port like an Epson TM (port 9100) and:

- answers the real-time status questions ``DLE EOT 1/2/3/4`` at once, in the
  middle of anything, with the bits of the ESC/POS reference (fixed bits
  ``0x12``; see ``bruktpos.devices.printer_status``), also while it is stopped;
- prints what it gets while it is ready (``printed``); while it is stopped
  (paper out, cover open) it *holds* what it gets and prints it when the fault
  is cleared — this is how a held receipt came out later for the next
  customer, and a held drawer kick (``ESC p``) opened the drawer by itself;
- throws away what it holds on ``DLE DC4 8 1 3 20 1 6 2 8`` and answers ``37 25 00``;
- can lose the answer to a status question (``lose_answer``), open its cover
  after a number of printed bytes (``cover_opens_after``), accept connections
  but never read from them (``reads = False``) or stop reading in the middle
  (``stop_reading_after``).
"""

from __future__ import annotations

import contextlib
import socket
import threading

PRINTED_OK = 0x12
CLEAR_BUFFERS = b"\x10\x14\x08\x01\x03\x14\x01\x06\x02\x08"
CLEARED = b"\x37\x25\x00"
KICK = b"\x1bp"  # ESC p: the drawer kick


class FakeEscposPrinter:
    """A receipt printer with paper, a cover and a drawer on its kick port, on ``port``."""

    def __init__(self) -> None:
        self.received = bytearray()  # every byte that came in, questions too
        self.printed = bytearray()  # what came out on paper (and kicks done)
        self.held = bytearray()  # taken in while stopped, to print when ready again
        self.questions: list[int] = []  # the n of every DLE EOT n asked
        self.clears = 0  # how many times it was told to throw away what it held
        self.paper_near_end = False
        self.drawer_pin3_high = False
        self.offline = False  # offline for no reason of paper or cover (waiting for recovery from an error)
        self.reads = True  # False: accepts the connection, then never reads from it
        self.lost: set[int] = set()  # which questions (1 = the first ever asked) get no answer
        self.stop_reading_after: int | None = None  # received bytes after which it stops reading
        self.cover_opens_after: int | None = None  # printed bytes after which the cover opens
        self._paper_out = False
        self._cover_open = False
        self._pending = b""
        self._lock = threading.RLock()
        self.jobs_done = threading.Semaphore(0)  # released when a connection ends
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.05)  # to notice close() soon
        self.stopped = threading.Event()
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    # --- the printer's state, as a person changes it ---------------------------

    @property
    def paper_out(self) -> bool:
        return self._paper_out

    @paper_out.setter
    def paper_out(self, value: bool) -> None:
        with self._lock:
            self._paper_out = value
            self._resume()

    @property
    def cover_open(self) -> bool:
        return self._cover_open

    @cover_open.setter
    def cover_open(self, value: bool) -> None:
        with self._lock:
            self._cover_open = value
            self._resume()

    @property
    def ready(self) -> bool:
        return not (self._paper_out or self._cover_open or self.offline)

    @property
    def kicks(self) -> int:
        """How many times the drawer was opened."""
        return bytes(self.printed).count(KICK)

    def text(self) -> str:
        return bytes(self.printed).decode("cp865", errors="replace")

    def wait_for_job(self, timeout: float = 5) -> bytes:
        assert self.jobs_done.acquire(timeout=timeout), "no connection ended"
        return bytes(self.received)

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=5)
        self.server.close()

    # --- the wire -------------------------------------------------------------

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(0.05)
                while not self.stopped.is_set():
                    if self.stop_reading_after is not None and len(self.received) >= self.stop_reading_after:
                        self.reads, self.stop_reading_after = False, None
                    if not self.reads:
                        # Connected, but taking nothing in (a hung printer); when it reads
                        # again, it gets what is still waiting for it.
                        self.stopped.wait(0.05)
                        continue
                    want = 65536
                    if self.stop_reading_after is not None:
                        want = self.stop_reading_after - len(self.received)
                    try:
                        data = conn.recv(want)
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                    if not data:
                        break
                    with self._lock:
                        self.received += data
                        self._feed(data, conn)
            with self._lock:
                self._pending = b""
            self.jobs_done.release()

    def _feed(self, data: bytes, conn: socket.socket) -> None:
        """Real-time commands are picked out of the stream at once; the rest is print data."""
        stream = self._pending + data
        self._pending = b""
        while stream:
            dle = stream.find(0x10)
            if dle == -1:
                self._data(stream)
                return
            if dle:
                self._data(stream[:dle])
                stream = stream[dle:]
            if len(stream) < 3 or (stream[1] == 0x14 and len(stream) < len(CLEAR_BUFFERS)):
                self._pending = stream  # the rest of the command is still on its way
                return
            if stream[1] == 0x04 and stream[2] in (1, 2, 3, 4):
                self._answer(stream[2], conn)
                stream = stream[3:]
            elif stream.startswith(CLEAR_BUFFERS):
                self.held.clear()
                self.clears += 1
                self._send(conn, CLEARED)
                stream = stream[len(CLEAR_BUFFERS) :]
            else:
                self._data(stream[:1])
                stream = stream[1:]

    def lose_answer(self, *, after: int = 0) -> None:
        """The answer to the status question after the next ``after`` ones is lost on the way."""
        self.lost.add(len(self.questions) + after + 1)

    def _answer(self, n: int, conn: socket.socket) -> None:
        self.questions.append(n)
        if len(self.questions) in self.lost:
            return
        self._send(conn, bytes([self.status(n)]))

    @staticmethod
    def _send(conn: socket.socket, answer: bytes) -> None:
        # The till may have gone (it gave up waiting): the answer is lost, as on a real wire.
        with contextlib.suppress(OSError):
            conn.sendall(answer)

    def status(self, n: int) -> int:
        """The answer to ``DLE EOT n`` now."""
        byte = PRINTED_OK
        if n == 1:
            byte |= 0x04 if self.drawer_pin3_high else 0
            byte |= 0 if self.ready else 0x08  # offline
        elif n == 2:
            byte |= 0x04 if self._cover_open else 0
            byte |= 0x20 if self._paper_out else 0  # printing stopped by paper end
        elif n == 4:
            byte |= 0x0C if self.paper_near_end or self._paper_out else 0
            byte |= 0x60 if self._paper_out else 0
        return byte

    def _data(self, chunk: bytes) -> None:
        if not self.ready:
            self.held += chunk
            return
        if self.cover_opens_after is not None:
            room = self.cover_opens_after - len(self.printed)
            if room < len(chunk):
                self.printed += chunk[: max(room, 0)]
                self._cover_open = True  # someone lifts the cover in the middle of the job
                self.cover_opens_after = None
                self.held += chunk[max(room, 0) :]
                return
        self.printed += chunk

    def _resume(self) -> None:
        if self.ready and self.held:
            # A real printer prints what it held as soon as the fault is cleared.
            held = bytes(self.held)
            self.held.clear()
            self._data(held)
