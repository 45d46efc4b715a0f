"""Reports are read and saved off the UI thread, on their own reader connection.

A month on a big shop takes a moment to read and a PDF a moment to draw; the
screen must stay alive meanwhile. :class:`ReportWorker` runs such jobs one
at a time on its own thread pool, over its own :class:`Database` engines
(so a long read never holds a connection the till wants), and reports back
by signals with the job's number, so the screen can ignore the answer to a
question it no longer asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from bruktpos.domain.errors import BruktError
from bruktpos.store.db import Database, connect
from bruktpos.ui.background import BackgroundJob

log = logging.getLogger(__name__)


class ReportWorker(QObject):
    """Runs report jobs in the background, in order; results come back as signals."""

    finished = Signal(int, object)  # job number, the job's result
    failed = Signal(int, object)  # job number, the exception (see describe_failure)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._db: Database | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._next = 0

    def _reader(self) -> Database:
        # Made in the worker, on first use: engines of its own over the same file.
        if self._db is None:
            self._db = connect(self._path)
        return self._db

    def submit(self, work: Callable[[Database], object], *, replace: bool = False) -> int:
        """Run ``work(db)`` in the background; returns the job's number.

        ``replace`` drops jobs still waiting (a newer question makes them moot).
        """
        if replace:
            self._pool.clear()
        self._next += 1
        number = self._next

        def run() -> None:
            try:
                result = work(self._reader())
            except Exception as error:  # a report must never take the till down
                if not isinstance(error, BruktError | OSError):
                    log.exception("report job failed")
                self.failed.emit(number, error)
                return
            self.finished.emit(number, result)

        self._pool.start(BackgroundJob(run))
        return number

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for the jobs (at shutdown, and in tests)."""
        return self._pool.waitForDone(msecs)

    def close(self) -> None:
        """Wait for running jobs and give back the reader's connections."""
        self._pool.clear()
        self._pool.waitForDone(10_000)
        if self._db is not None:
            self._db.dispose()
            self._db = None
