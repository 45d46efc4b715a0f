"""Work off the GUI thread: pool jobs, and the till's one store writer.

Python's garbage collector runs in whichever thread happens to allocate. In
a worker it could finalize Qt objects (a closed dialog, an old window)
outside the GUI thread, which crashes Qt; so while any worker job runs,
automatic collection is paused (:func:`collection_paused`). The pause is
counted: overlapping jobs share one pause, and collection comes back when
the last of them ends, never half-way through another.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_pause_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic garbage collection paused while the block runs (shared by overlapping jobs)."""
    global _pauses, _was_enabled
    with _pause_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()


class BackgroundJob(QRunnable):
    """Runs ``work()`` in a pool thread (the receipt desk's, the report worker's)."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        with collection_paused():
            self._work()


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class StoreWriter(QObject):
    """The till's one writer: store writes run here, one at a time, in the order given.

    One pool thread that never expires does every write, so the GUI thread
    never waits on SQLite's write lock and two writes of this till never
    race. ``submit(work, done, failed)`` runs ``work()`` there and then calls
    ``done(result)`` or ``failed(error)`` back on the GUI thread, in order.
    ``busy_changed`` says when the first job starts and the last one ends.
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)  # job number, result, error (worker → GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the same thread for every write
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[Done, Failed]] = {}
        self._busy = False
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """A write is queued or running (its answer not yet delivered)."""
        return bool(self._waiting)

    def submit(self, work: Callable[[], Any], done: Done, failed: Failed) -> None:
        number = next(self._numbers)
        self._waiting[number] = (done, failed)
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
        finished = self._finished

        def run() -> None:
            try:
                result = work()
            except BaseException as error:  # every failure goes back to the GUI thread
                finished.emit(number, None, error)
            else:
                finished.emit(number, result, None)

        self._pool.start(BackgroundJob(run))

    def _deliver(self, number: int, result: object, error: object) -> None:
        done, failed = self._waiting.pop(number)
        try:
            if error is None:
                done(result)
            else:
                assert isinstance(error, BaseException)
                failed(error)
        finally:
            if not self._waiting and self._busy:
                self._busy = False
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the queued writes have run (at shutdown); True if they all did."""
        return self._pool.waitForDone(msecs)
