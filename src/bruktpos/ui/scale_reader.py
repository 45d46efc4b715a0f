"""The scale read off the GUI thread: a stable weight, a zero, or the live weight for a while.

A scale can take seconds to settle and a pulled cable must not freeze the
screen, so every read runs as a :class:`~bruktpos.ui.background.BackgroundJob`
on this reader's own one-thread pool and answers by signal. One job at a
time; :meth:`ScaleReader.stop` asks a running job to end (a closed dialog).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from bruktpos.devices.scale import ScaleConfig, SerialScale
from bruktpos.domain.errors import BruktError, ScaleError
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.messages import describe

log = logging.getLogger(__name__)
NO_WEIGHT = -(10**9)  # a live reading with a status and no weight (the scale is moving)


class ScaleReader(QObject):
    """Reads the scale of ``config()`` in the background; answers on the GUI thread."""

    weighed = Signal(int)  # a stable weight, grams
    zeroed = Signal()
    live = Signal(int, bool)  # grams (or NO_WEIGHT), still
    live_ended = Signal()
    failed = Signal(str)  # what went wrong, in words for the person at the scale
    busy_changed = Signal(bool)

    def __init__(self, config: Callable[[], ScaleConfig], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._busy = False
        # The open port, kept between reads (used only on the pool's one thread).
        self._scale: SerialScale | None = None
        self.wait_s = 5.0  # how long a weight may take to settle
        self.interval_s = 0.2

    @property
    def busy(self) -> bool:
        return self._busy

    def weigh(self) -> bool:
        """Start reading one stable weight (False when a read is already running)."""
        wait_s, interval_s = self.wait_s, self.interval_s

        def work(scale: SerialScale) -> int:
            return scale.read_stable(wait_s=wait_s, interval_s=interval_s, cancelled=self._stop.is_set)

        return self._start(work, lambda grams: self.weighed.emit(int(grams)))

    def zero(self) -> bool:
        """Zero the scale, then check that it reads 0."""

        def work(scale: SerialScale) -> None:
            scale.zero()

        return self._start(work, lambda _none: self.zeroed.emit())

    def watch(self, seconds: float = 10.0) -> bool:
        """Show what the scale shows for ``seconds`` (``live`` for each reading), for the settings' Test."""
        interval_s = self.interval_s

        def work(scale: SerialScale, progress: Callable[[int, int], None]) -> None:
            import time

            deadline = time.monotonic() + seconds
            try:
                while not self._stop.is_set() and time.monotonic() < deadline:
                    reading = scale.read()  # a fault ends the watch, with its sentence
                    grams = NO_WEIGHT if reading.grams is None else reading.grams
                    progress(grams, int(reading.stable))
                    time.sleep(interval_s)
            finally:
                self._close_port()  # a settings screen left open must not hold the port

        return self._start(work, lambda _none: self.live_ended.emit(), progress=True)

    def stop(self) -> None:
        """Ask the running read to end soon (its answer still comes), then let go of the port."""
        self._stop.set()
        job = BackgroundJob(self._close_port, log_failures=False)
        self._pool.start(job)  # after the running read: the pool has one thread

    def wait(self, msecs: int = 5000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def _start(
        self, work: Callable[..., Any], done: Callable[[Any], None], *, progress: bool = False
    ) -> bool:
        if self._busy:
            return False
        try:
            config = self._config()
        except ValueError:
            config = ScaleConfig()
        self._stop.clear()
        try:
            SerialScale(config)  # no scale set up: told at once, not from a thread
        except ScaleError as error:
            self.failed.emit(describe(error))
            return True

        def run(*args: Any) -> Any:
            scale = self._scale
            if scale is None or scale.config != config:
                self._close_port()
                scale = SerialScale(config)
                scale.open()
                self._scale = scale
            try:
                return work(scale, *args)
            except ScaleError as error:
                if error.kind in (ScaleError.UNPLUGGED, ScaleError.NOT_FOUND):
                    self._close_port()  # opened afresh next time: the cable may be back
                raise

        job = BackgroundJob(run, reports_progress=progress, log_failures=False)
        job.signals.finished.connect(lambda value: self._finished(done, value))
        job.signals.failed.connect(self._failed)
        if progress:
            job.signals.progressed.connect(lambda grams, still: self.live.emit(grams, bool(still)))
        self._set_busy(True)
        self._pool.start(job)
        return True

    def _close_port(self) -> None:
        scale, self._scale = self._scale, None
        if scale is not None:
            scale.close()

    def _finished(self, done: Callable[[Any], None], value: Any) -> None:
        self._set_busy(False)
        done(value)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, BruktError):
            log.warning("the scale failed unexpectedly", exc_info=error)
            error = ScaleError("scale_failed", repr(error))
        self.failed.emit(describe(error))

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
