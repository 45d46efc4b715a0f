"""One kind of background job, and the till's one writer: work off the GUI thread, answered on it.

Jobs never touch garbage collection (the GUI thread collects, ui/collector.py),
and what a job holds is let go on the GUI thread.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
import threading
import time
import types
import weakref

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QLabel

from bruktpos.ui import background
from bruktpos.ui.background import BackgroundJob, StoreWriter, giving_way_at_each_import, once_painted
from bruktpos.ui.collector import GuiCollector


def test_writes_run_one_at_a_time_in_order_off_the_gui_thread_and_answer_on_it(qtbot) -> None:
    writer = StoreWriter()
    gui = threading.get_ident()
    ran: list[tuple[int, int]] = []
    answers: list[tuple[str, object, int]] = []
    busy: list[bool] = []
    writer.busy_changed.connect(busy.append)
    running = threading.Lock()

    def work(n: int):
        def run() -> int:
            assert running.acquire(blocking=False), "two writes at once"
            try:
                ran.append((n, threading.get_ident()))
                if n == 3:
                    raise OSError("disk went away")
                return n * 10
            finally:
                running.release()

        return run

    for n in range(1, 6):
        writer.submit(
            work(n),
            lambda result, n=n: answers.append(("done", result, threading.get_ident())),
            lambda error, n=n: answers.append(("failed", str(error), threading.get_ident())),
        )
    assert writer.busy
    qtbot.waitUntil(lambda: not writer.busy, timeout=5000)
    assert [n for n, _ in ran] == [1, 2, 3, 4, 5]
    assert len({thread for _, thread in ran}) == 1 and ran[0][1] != gui  # one thread, not the GUI's
    assert [(kind, value) for kind, value, _ in answers] == [
        ("done", 10),
        ("done", 20),
        ("failed", "disk went away"),
        ("done", 40),
        ("done", 50),
    ]
    assert {thread for _, _, thread in answers} == {gui}
    assert busy == [True, False]


def two_overlapping_jobs(qtbot) -> list[tuple[str, bool]]:
    """Run two jobs that overlap, the first ending while the second runs; what each saw of the switch."""
    first_in, second_in, first_may_end, second_may_end = (threading.Event() for _ in range(4))
    seen: list[tuple[str, bool]] = []

    def first() -> None:
        first_in.set()
        seen.append(("first, both running", gc.isenabled()))
        first_may_end.wait(5)

    def second() -> None:
        second_in.set()
        second_may_end.wait(5)  # the first ends meanwhile
        seen.append(("second, after the first ended", gc.isenabled()))

    answered: list[str] = []
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    pool.start(BackgroundJob(first, done=lambda _: answered.append("first")))
    assert first_in.wait(5)
    pool.start(BackgroundJob(second, done=lambda _: answered.append("second")))
    assert second_in.wait(5)
    first_may_end.set()
    qtbot.waitUntil(lambda: answered == ["first"], timeout=5000)
    seen.append(("between", gc.isenabled()))
    second_may_end.set()
    qtbot.waitUntil(lambda: answered == ["first", "second"], timeout=5000)
    assert pool.waitForDone(5000)
    return seen


@pytest.mark.parametrize("collector_running", [True, False])
def test_overlapping_jobs_never_touch_garbage_collection(
    qtbot, gui_collector: GuiCollector, collector_running: bool
) -> None:
    """Two jobs that overlap leave the switch as they found it, off (the app) or on, all through."""
    if not collector_running:
        gui_collector.stop()  # automatic collection back on, as outside the app
    switched_on = gc.isenabled()
    assert switched_on is not collector_running
    assert two_overlapping_jobs(qtbot) == [
        ("first, both running", switched_on),
        ("between", switched_on),
        ("second, after the first ended", switched_on),
    ]
    assert gc.isenabled() is switched_on


def test_a_job_answers_on_the_gui_thread_progress_first_by_callables_and_signals(qtbot, caplog) -> None:
    gui = threading.current_thread()
    heard: list[tuple[str, object, bool]] = []

    def note(kind: str):
        return lambda *value: heard.append((kind, value, threading.current_thread() is gui))

    def counting(progress) -> str:
        for step in range(1, 4):
            progress(step, 3)
        return "counted"

    job = BackgroundJob(counting, done=note("done"), progressed=note("progressed"), reports_progress=True)
    job.signals.progressed.connect(note("signal progressed"))
    job.signals.finished.connect(note("signal finished"))
    pool = QThreadPool()
    pool.start(job)
    qtbot.waitUntil(lambda: len(heard) == 8, timeout=5000)
    assert heard == [
        ("progressed", (1, 3), True),
        ("signal progressed", (1, 3), True),
        ("progressed", (2, 3), True),
        ("signal progressed", (2, 3), True),
        ("progressed", (3, 3), True),
        ("signal progressed", (3, 3), True),
        ("done", ("counted",), True),
        ("signal finished", ("counted",), True),
    ]

    heard.clear()

    def failing() -> None:
        raise OSError("the hub went away")

    job = BackgroundJob(failing, done=note("done"), failed=note("failed"))
    job.signals.failed.connect(note("signal failed"))
    with caplog.at_level(logging.WARNING, logger="bruktpos.ui.background"):
        pool.start(job)
        qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert [(kind, type(value[0]), str(value[0]), on_gui) for kind, value, on_gui in heard] == [
        ("failed", OSError, "the hub went away", True),
        ("signal failed", OSError, "the hub went away", True),
    ]
    assert "background job failed: OSError" in caplog.text and "the hub went away" in caplog.text
    caplog.clear()
    quiet = BackgroundJob(failing, failed=note("quiet failed"), log_failures=False)
    with caplog.at_level(logging.WARNING, logger="bruktpos.ui.background"):
        pool.start(quiet)
        qtbot.waitUntil(lambda: len(heard) == 3, timeout=5000)
    assert heard[-1][0] == "quiet failed" and caplog.text == ""
    assert pool.waitForDone(5000)


class Held:
    """Something a job's work holds, or gives back; says on which thread it was let go."""

    def __init__(self, freed: list[str], name: str) -> None:
        weakref.finalize(self, lambda: freed.append(f"{name} in {threading.current_thread().name}"))


def test_what_a_job_holds_or_gives_back_is_let_go_on_the_gui_thread(qtbot) -> None:
    """The work, its callables, its signals and its answer die on the GUI thread, never in the worker.

    (A QRunnable itself is let go in the pool's thread when it has run.)
    """
    freed: list[str] = []
    answers: list[str] = []
    signalled: list[int] = []
    pool = QThreadPool()
    pool.setMaxThreadCount(3)
    jobs = 30

    def start(n: int) -> None:
        held = Held(freed, f"work {n}")

        def work() -> Held:
            assert held is not None
            if n % 3 == 0:
                raise ValueError(f"job {n} failed")
            return Held(freed, f"result {n}")

        listener = Held(freed, f"callable {n}")
        job = BackgroundJob(
            work,
            done=lambda result, listener=listener: answers.append(type(result).__name__),
            failed=lambda error, listener=listener: answers.append(type(error).__name__),
            log_failures=False,
        )
        signals = job.signals  # a QObject: must never be finalized outside the GUI thread
        weakref.finalize(signals, lambda: freed.append(f"signals {n} in {threading.current_thread().name}"))
        signals.finished.connect(lambda _: signalled.append(n))
        signals.failed.connect(lambda _: signalled.append(n))
        pool.start(job)

    for n in range(jobs):
        start(n)
    qtbot.waitUntil(lambda: len(answers) == jobs, timeout=10_000)
    assert pool.waitForDone(5000)
    qtbot.waitUntil(lambda: len(freed) == 4 * jobs - jobs // 3, timeout=5000)
    assert sorted(signalled) == list(range(jobs))
    assert sorted(answers) == sorted(["ValueError"] * (jobs // 3) + ["Held"] * (jobs - jobs // 3))
    assert {entry.rsplit(" in ", 1)[1] for entry in freed} == {"MainThread"}, freed


def _busy_in_python(seconds: float) -> tuple[float, float]:
    """The GUI thread at work in Python for ``seconds`` (as a big paint's calls into Python are)."""
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        sum(range(1000))
    return start, time.perf_counter()


def test_an_import_ahead_of_time_gives_way_to_the_gui_thread_at_each_module(tmp_path, monkeypatch) -> None:
    """Beside a GUI thread at work, a thread importing ahead naps before each module, and goes on after."""
    for n in range(200):
        (tmp_path / f"ahead_{n}.py").write_text(f"VALUE = {n}\n" + "X = [i * i for i in range(2000)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    imported_at: list[float] = []
    started = threading.Event()

    def importing() -> None:
        with giving_way_at_each_import():
            for n in range(200):
                __import__(f"ahead_{n}")  # as an import statement does
                imported_at.append(time.perf_counter())
                if n == 5:
                    started.set()

    worker = threading.Thread(target=importing)
    worker.start()
    assert started.wait(5)
    start, end = _busy_in_python(0.3)
    worker.join(10)

    assert len(imported_at) == 200  # all of them, once the GUI thread was done
    beside = [at for at in imported_at if start + 0.01 < at < end]
    assert len(beside) <= 5, f"{len(beside)} modules imported while the GUI thread worked"
    assert not background._giving_way  # this thread no longer gives way


def test_a_nap_ends_when_the_gui_thread_comes_for_the_module_being_imported(tmp_path, monkeypatch) -> None:
    """The GUI thread needing a module the worker is importing (and napping in) waits for the import only."""
    package = tmp_path / "held_ahead"
    package.mkdir()
    (package / "__init__.py").write_text("import held_gate\nheld_gate.inside.set()\nfrom . import inner\n")
    (package / "inner.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    gate = types.ModuleType("held_gate")
    gate.inside = threading.Event()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "held_gate", gate)
    # The GUI thread's clock says it is at work throughout: each nap would last LONGEST_WAIT_S.
    monkeypatch.setattr(background, "_gui_cpu", time.perf_counter)

    def importing() -> None:
        with giving_way_at_each_import():
            __import__("held_ahead")

    worker = threading.Thread(target=importing)
    worker.start()
    assert gate.inside.wait(5)  # the worker holds the package's import lock, and naps before its inner
    time.sleep(0.01)
    asked = time.perf_counter()
    held = importlib.import_module("held_ahead")
    waited = time.perf_counter() - asked
    worker.join(5)
    assert held.inner.VALUE == 1
    assert waited < background.LONGEST_WAIT_S / 2, f"waited {waited * 1000:.0f} ms"


def test_work_once_painted_starts_after_the_paint_or_at_the_latest_after_a_while(qtbot, monkeypatch) -> None:
    shown = QLabel("Z nr. 1")
    qtbot.addWidget(shown)
    order: list[str] = []
    real_paint = shown.paintEvent

    def paint(event) -> None:
        order.append("painted")
        real_paint(event)

    shown.paintEvent = paint  # type: ignore[method-assign]
    monkeypatch.setattr(background, "PAINTED_AT_MOST_MS", 10_000)  # the paint, not the time, starts it
    once_painted(shown, lambda: order.append("work"))
    monkeypatch.undo()
    assert order == []  # not there and then
    shown.show()
    qtbot.waitUntil(lambda: "work" in order, timeout=2000)
    assert order[0] == "painted" and order.count("work") == 1

    hidden = QLabel("never shown")
    qtbot.addWidget(hidden)
    ran: list[float] = []
    asked = time.perf_counter()
    once_painted(hidden, lambda: ran.append(time.perf_counter() - asked))
    qtbot.waitUntil(lambda: bool(ran), timeout=2000)  # no paint comes: it starts all the same
    assert ran[0] >= background.PAINTED_AT_MOST_MS / 1000 * 0.9
    qtbot.wait(background.PAINTED_AT_MOST_MS + 50)
    assert len(ran) == 1 and order.count("work") == 1

    gone = QLabel("closed first")
    not_run: list[bool] = []
    once_painted(gone, lambda: not_run.append(True))
    gone.deleteLater()
    qtbot.wait(background.PAINTED_AT_MOST_MS + 100)
    assert not_run == []
