"""One job for a Qt thread pool, run with Python's garbage collector paused."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QRunnable


class BackgroundJob(QRunnable):
    """Runs ``work()`` in a pool thread (the receipt desk's, the report worker's)."""

    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        # Python's garbage collector runs in whichever thread happens to
        # allocate. Here it could finalize Qt objects (a closed dialog, an old
        # window) outside the GUI thread, which crashes Qt; the jobs are short,
        # so collection waits for the GUI thread meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._work()
        finally:
            if collecting:
                gc.enable()
