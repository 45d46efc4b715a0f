"""Work off the UI thread (hub queries, reports, sync), reported back by signals.

Connect the signals to methods of objects that live in the UI thread: Qt then
delivers them there (a plain lambda would run in the worker's thread).
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    progressed = Signal(int, int)  # step, of steps
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception


class Job(QRunnable):
    """``work(progress)`` in a pool thread; its result or exception comes back as a signal."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self._work = work

    def run(self) -> None:
        # As in ui/background.py: no garbage collection in a worker thread, where
        # it could finalize Qt objects outside the GUI thread.
        collecting = gc.isenabled()
        gc.disable()
        try:
            try:
                result = self._work(self.signals.progressed.emit)
            except Exception as error:  # reported to the UI, which says what to do
                log.warning("background job failed: %s", type(error).__name__, exc_info=error)
                self.signals.failed.emit(error)
                return
            self.signals.finished.emit(result)
        finally:
            if collecting:
                gc.enable()
