"""Garbage is collected on the GUI thread only: automatic collection off, a timer collects what is due."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from bruktpos.ui.background import BackgroundJob, StoreWriter
from bruktpos.ui.collector import (
    GuiCollector,
    collecting_on_gui_thread,
    running_collector,
)


class Node:
    """One half of a reference cycle: freed only by the cyclic collector."""

    def __init__(self) -> None:
        self.other: Node | None = None


def cycles(count: int) -> list[weakref.ref[Node]]:
    """``count`` two-node cycles nobody refers to; a weak reference to each."""
    refs = []
    for _ in range(count):
        a, b = Node(), Node()
        a.other, b.other = b, a
        refs.append(weakref.ref(a))
    return refs


@pytest.fixture
def collections() -> Iterator[list[tuple[int, str]]]:
    """Every collection that starts, as (generation, thread name)."""
    seen: list[tuple[int, str]] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append((info["generation"], threading.current_thread().name))

    gc.callbacks.append(callback)
    yield seen
    gc.callbacks.remove(callback)


def test_cyclic_garbage_is_collected_within_the_timer_period(
    qtbot, gui_collector: GuiCollector, collections: list[tuple[int, str]]
) -> None:
    assert gui_collector.active and not gc.isenabled()
    refs = cycles(2000)
    assert all(ref() is not None for ref in refs)  # nothing collects it by itself
    assert collections == []
    qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=2 * gui_collector.interval_ms + 500)
    assert collections and {thread for _, thread in collections} == {"MainThread"}


def test_no_collection_ever_runs_in_a_worker_while_workers_make_cyclic_garbage(
    qtbot, gui_collector: GuiCollector, collections: list[tuple[int, str]]
) -> None:
    made: list[weakref.ref[Node]] = []
    answered: list[str] = []

    def litter(count: int) -> int:
        refs = cycles(count)  # garbage from the first cycle on; many times gen 0's threshold
        made.extend(refs[::100])
        return count

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    for _ in range(4):
        pool.start(BackgroundJob(lambda: litter(20_000), done=lambda _: answered.append("job")))
    writer = StoreWriter()
    for _ in range(10):
        writer.submit(lambda: litter(5_000), lambda _: answered.append("write"), answered.append)
    plain = threading.Thread(target=litter, args=(20_000,), name="plain-daemon", daemon=True)
    plain.start()  # a thread of its own, as the receipt desk's printer
    qtbot.waitUntil(lambda: len(answered) == 14 and not plain.is_alive(), timeout=30_000)
    assert sorted(answered) == ["job"] * 4 + ["write"] * 10
    assert pool.waitForDone(5000) and writer.wait(5000)
    assert len(made) == 4 * 200 + 10 * 50 + 200
    qtbot.waitUntil(lambda: all(ref() is None for ref in made), timeout=10_000)
    assert collections, "the GUI thread collected nothing"
    assert {thread for _, thread in collections} == {"MainThread"}, collections


def test_only_the_generations_due_are_collected(gui_collector: GuiCollector, collections) -> None:
    threshold0, threshold1, threshold2 = gc.get_threshold()
    gc.collect()  # every count back to 0
    collections.clear()
    kept: list[list] = []
    assert gui_collector.due() is None and gui_collector.collect_due() is None
    assert collections == []

    kept.append([[] for _ in range(threshold0 + 10)])  # generation 0 passes its threshold
    assert gui_collector.due() == 0
    assert gui_collector.collect_due() == 0
    assert collections == [(0, "MainThread")]
    assert gui_collector.due() is None  # collected: nothing due until more is allocated

    for _ in range(threshold1 + 1):
        gc.collect(0)  # generation 0 collected more often than generation 1's threshold
    kept.append([[] for _ in range(threshold0 + 10)])
    collections.clear()
    assert gui_collector.collect_due() == 1
    assert collections == [(1, "MainThread")]

    for _ in range(threshold2 + 1):
        gc.collect(1)
    for _ in range(threshold1 + 1):
        gc.collect(0)
    kept.append([[] for _ in range(threshold0 + 10)])
    collections.clear()
    assert gui_collector.collect_due() == 2  # the whole heap: only this rarely
    assert collections == [(2, "MainThread")]
    assert len(kept) == 3


def test_the_apps_collector_holds_its_collections_until_the_till_settles(qtbot, collections) -> None:
    """The app's collector: nothing collected between its start and the till built (issue 18)."""
    gui_collector = running_collector()
    assert gui_collector is not None
    gui_collector.stop(restore=False)  # the fixture's collector steps aside for the app's
    try:
        app_collector = GuiCollector(interval_ms=10_000, settles=True)
        app_collector.start()
        frozen = gc.get_freeze_count()
        assert frozen > 0  # what there was at its start: out of the collections' sight
        kept = [[] for _ in range(2 * gc.get_threshold()[0])]  # generation 0 due
        collections.clear()
        assert app_collector.due() == 0 and app_collector.collect_due() is None
        assert collections == []  # held: the start is still building the till

        refs = cycles(100)
        app_collector.settle()  # the till is built
        assert gc.get_freeze_count() > frozen
        assert app_collector.collect_due() is None or collections  # nothing due, or it collected
        del kept
        more = cycles(2000)  # made after the settle: collected as usual
        assert app_collector.collect_due() == 0 and collections
        assert all(ref() is None for ref in more)
        assert all(ref() is not None for ref in refs)  # frozen with the start: they stay
        app_collector.stop(restore=False)
    finally:
        gc.unfreeze()
        gc.enable()  # as the fixture's collector found it
        gui_collector.start()


class Reentrant:
    """Garbage whose finalizer asks for another collection while one runs."""

    def __init__(self, collector: GuiCollector, answers: list[int | None]) -> None:
        self.collector, self.answers = collector, answers
        self.me = self

    def __del__(self) -> None:
        self.answers.append(self.collector.collect_due())


def test_a_collection_never_starts_inside_another(gui_collector: GuiCollector, collections) -> None:
    gc.collect()
    collections.clear()
    answers: list[int | None] = []
    Reentrant(gui_collector, answers)
    kept = [[] for _ in range(gc.get_threshold()[0] + 10)]  # due while the finalizer runs, too
    assert gui_collector.collect_due() == 0
    assert answers == [None]
    assert collections == [(0, "MainThread")]
    assert kept


def test_the_collector_nests_and_gives_automatic_collection_back_at_the_end(
    qtbot, gui_collector: GuiCollector
) -> None:
    assert running_collector() is gui_collector
    with collecting_on_gui_thread() as inner:  # the app started inside a UI test
        assert inner is gui_collector and not gc.isenabled()
    assert gui_collector.active and not gc.isenabled()

    gui_collector.stop()
    assert gc.isenabled() and running_collector() is None
    with collecting_on_gui_thread(interval_ms=50) as collector:
        assert collector is not gui_collector and collector.active and not gc.isenabled()
        refs = cycles(1000)
        qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=1000)
        assert collector.collections >= 1
    assert gc.isenabled() and running_collector() is None

    frozen = gc.get_freeze_count()
    with collecting_on_gui_thread(for_good=True) as app_collector:  # the app's own: off to the end
        assert not gc.isenabled()
        # It settles what there is out of later collections; a test's collector never does.
        assert app_collector.settles and not collector.settles
        assert gc.get_freeze_count() > frozen
    assert not gc.isenabled() and running_collector() is None
    gc.unfreeze()  # the test process's objects back in sight of the collector
    gc.enable()  # as it was for this test (the fixture's collector gives back what it found)


def test_the_tills_own_collector_leaves_what_lived_when_the_window_was_built_out_of_collections(
    qtbot, gui_collector: GuiCollector
) -> None:
    gui_collector.settle()  # a UI test's collector (not settling) freezes nothing
    assert gc.get_freeze_count() == 0
    gui_collector.stop()
    with collecting_on_gui_thread(interval_ms=50, settles=True) as collector:
        before = cycles(100)  # garbage already, but alive as far as a frozen heap goes
        kept = Node()
        collector.settle()  # the window is built
        assert gc.get_freeze_count() > 0
        after = cycles(1000)  # what came after the freeze is collected as before
        qtbot.waitUntil(lambda: all(ref() is None for ref in after), timeout=1000)
        assert all(ref() is not None for ref in before) and kept.other is None
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # given back: the frozen garbage goes too
    gc.collect()
    assert all(ref() is None for ref in before)
    gui_collector.start()  # for the fixture, as it was


def test_the_app_collects_on_the_gui_thread_while_it_runs(shop) -> None:
    """``bruktpos`` (ui.app.run): automatic collection off while the till runs, and to the end."""
    path = shop.path
    code = f"""
import gc, sys
sys.path[:0] = {sys.path!r}
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from bruktpos.ui import app, collector
qt = QApplication([])
seen = []
QTimer.singleShot(0, lambda: seen.append((gc.isenabled(), collector.running_collector() is not None)))
settled = []
QTimer.singleShot(0, lambda: settled.append(gc.get_freeze_count()))  # settled when it started
def attached():
    window = next(w for w in qt.topLevelWidgets() if type(w).__name__ == "MainWindow")
    if window.ensure_attached() is not None:
        settled.append(gc.get_freeze_count())
        qt.exit(0)
    else:
        qt.exit(1)
QTimer.singleShot(0, attached)
code = app.run(__import__("pathlib").Path({str(path)!r}), "nb")
# Built to last: the start-up and the till, out of the collections' sight (collector.settle).
print(code, seen, gc.isenabled(), 0 < settled[0] < settled[1], flush=True)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 [(False, True)] False True"
