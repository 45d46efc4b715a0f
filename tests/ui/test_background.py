"""The till's one writer: writes in order, off the GUI thread, answered on it; one shared gc pause."""

from __future__ import annotations

import gc
import threading
import time

from PySide6.QtCore import QThreadPool

from bruktpos.ui.background import BackgroundJob, StoreWriter, collection_paused


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


def test_overlapping_jobs_share_one_gc_pause_and_collection_comes_back_after_the_last() -> None:
    assert gc.isenabled()
    first_in, second_in, first_may_end, second_may_end = (threading.Event() for _ in range(4))
    seen: dict[str, bool] = {}

    def first() -> None:
        first_in.set()
        first_may_end.wait(5)

    def second() -> None:
        second_in.set()
        second_may_end.wait(5)

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    pool.start(BackgroundJob(first))
    assert first_in.wait(5)
    pool.start(BackgroundJob(second))
    assert second_in.wait(5)
    first_may_end.set()
    deadline = time.monotonic() + 5
    while pool.activeThreadCount() > 1 and time.monotonic() < deadline:
        time.sleep(0.005)  # until the first job, pause and all, is over
    assert pool.activeThreadCount() == 1
    seen["after the first ended"] = gc.isenabled()  # the second still runs: still paused
    second_may_end.set()
    assert pool.waitForDone(5000)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
