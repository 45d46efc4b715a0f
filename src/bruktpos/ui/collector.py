"""Python's garbage collection, on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to
allocate when a generation's count passes its threshold. In a worker thread
(a store write, a report, the printer) it could finalize Qt objects — a
closed dialog, an old window — outside the GUI thread, which crashes Qt. So
while the UI runs, automatic collection is off for good (``gc.disable()``,
once, on the GUI thread) and :class:`GuiCollector` collects instead, from a
timer on the GUI thread: every tick it compares ``gc.get_count()`` with
``gc.get_threshold()`` and collects only the generations that are due, as
Python itself would (generation 0 often and cheaply, generation 2 rarely).
Workers never touch the switch, so two jobs have nothing to race on.

The app's collector also *settles* what the program built to last: when it
starts (Qt and the start-up code loaded) and again when the till is built
(the services, the models, the till's screens), everything there is is moved
out of the collector's sight (``gc.freeze``). A full collection then walks
only what came since — the carts, dialogs and reports of the day — not the
hundred thousand objects the modules, classes and screens are made of (one
took about 90 ms of the GUI thread: a freeze at the till). Between the two it
does not collect at all (for :data:`HOLD_S` at most): the start makes next to
no garbage (some 500 objects, which stay), and three collections there took
about 200 ms of the GUI thread while the services loaded beside it (issue 18).

The tick is a plain timer slot, so a collection runs between events, never
in the middle of a paint or of an event handler's own code (a slot that
spins a nested event loop, a modal dialog's ``exec()``, sees it as one more
event there; what it finalizes is garbage, unreachable from that code).
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

log = logging.getLogger(__name__)

INTERVAL_MS = 500  # how often the counts are looked at (a look costs next to nothing)
SLOW_MS = 20.0  # a collection longer than this is logged (at debug)
HOLD_S = 10.0  # the app's collector collects nothing for this long after its start, or until it settles


class GuiCollector(QObject):
    """Collects Python's garbage from a timer on the GUI thread, with automatic collection off.

    :meth:`start` switches automatic collection off and starts the timer;
    :meth:`stop` stops it and gives automatic collection back as it was.
    """

    def __init__(
        self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS, settles: bool = False
    ) -> None:
        super().__init__(parent)
        self.settles = settles  # the app's: it freezes what the program built to last (see settle)
        self._hold_until = 0.0  # monotonic time: no collection before it (the start, see settle)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._was_enabled = False
        self._collecting = False
        self.collections = 0  # how many collections it ran (each of the generations due, at once)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """Automatic collection off; from now on this collects, on the thread it lives in (the GUI's)."""
        if self.active:
            return
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            raise RuntimeError("the garbage collector is started on the GUI thread")
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.settle()
        if self.settles:
            self._hold_until = time.monotonic() + HOLD_S  # until the till is built and settles again
        self._timer.start()
        log.debug("garbage collection on the GUI thread, every %d ms", self.interval_ms)

    def stop(self, *, restore: bool = True) -> None:
        """Stop collecting; automatic collection comes back if it was on at :meth:`start`
        (unless ``restore`` is False: then it stays off)."""
        if not self.active:
            return
        self._timer.stop()
        if self.settles and restore:
            gc.unfreeze()  # what it settled goes back in sight (a benchmark's, a test's window gone)
        if self._was_enabled and restore:
            gc.enable()

    def settle(self) -> None:
        """Leave every object there is now out of later collections (``gc.freeze``): what the
        program built so far lasts as long as it does. Collections start again (see HOLD_S).

        Only for the app's own collector (``settles``): in a UI test, one collector after
        another, the objects of a test before would never be collected again.
        """
        if not self.settles:
            return
        self._hold_until = 0.0
        gc.freeze()
        log.debug("%d objects settled out of the garbage collector's sight", gc.get_freeze_count())

    def due(self) -> int | None:
        """The oldest generation due for a collection now (0, 1 or 2), or None.

        Python's own rule: generation 0 when its count (allocations less
        deallocations since it was last collected) passes its threshold;
        generation 1 with it when generation 0 has been collected more than
        its threshold of times since; generation 2 likewise after
        generation 1.
        """
        count0, count1, count2 = gc.get_count()
        threshold0, threshold1, threshold2 = gc.get_threshold()
        if threshold0 == 0 or count0 <= threshold0:
            return None  # a threshold of 0 means no automatic collection at all
        if count1 <= threshold1:
            return 0
        if count2 <= threshold2:
            return 1
        return 2

    def collect_due(self) -> int | None:
        """Collect the generations due now, if any; returns the oldest collected (or None)."""
        if self._collecting:
            return None  # a finalizer that spins the event loop must not start another collection
        if gc.isenabled():
            log.warning("automatic garbage collection was switched on again; it is switched off")
            gc.disable()
        generation = self.due()
        if generation is None or time.monotonic() < self._hold_until:
            return None
        self._collecting = True
        started = time.perf_counter()
        try:
            freed = gc.collect(generation)
        finally:
            self._collecting = False
        self.collections += 1
        took_ms = (time.perf_counter() - started) * 1000
        if took_ms >= SLOW_MS:
            log.debug("collecting generation %d took %.0f ms (%d freed)", generation, took_ms, freed)
        return generation


_running: GuiCollector | None = None


def running_collector() -> GuiCollector | None:
    """The collector at work now, if any."""
    return _running if _running is not None and _running.active else None


@contextmanager
def collecting_on_gui_thread(
    *, interval_ms: int = INTERVAL_MS, for_good: bool = False, settles: bool | None = None
) -> Iterator[GuiCollector]:
    """Garbage collected only on the GUI thread while the block runs (the app's, a UI test's).

    Call it on the GUI thread once a QApplication exists. Inside a block that
    already collects (a UI test that starts the app), it gives that collector
    and changes nothing. After the block automatic collection comes back as
    it was, unless ``for_good``: the app's end, where a printer job may still
    run in its daemon thread while Python winds down, and must not collect.
    The app's collector (``for_good``) also settles (:meth:`GuiCollector.settle`), as does one
    made with ``settles`` (a benchmark of the till's window).
    """
    global _running
    current = running_collector()
    if current is not None:
        yield current
        return
    collector = GuiCollector(interval_ms=interval_ms, settles=for_good if settles is None else settles)
    collector.start()
    _running = collector
    try:
        yield collector
    finally:
        _running = None
        collector.stop(restore=not for_good)
