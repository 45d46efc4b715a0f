"""Stalls: a day's routine work through the real window, and the longest freeze of the event loop.

``python dev.py bench stalls [--sales N] [--profile STEP] [--why]`` (and in the plain run).

A realistic shop is built with the demo builder into a temporary folder (60
days of 150 sales, 5,000 items on the shelves: a few seconds), then the real
``MainWindow`` runs offscreen on it, in bokmål with the theme, and a person
works through a day as one does at the till (the driving code is the soak's,
tests/bench/soak_day.py): log in and count the float, sales scanned as
keystrokes and Enter and paid by cash, card or Vipps, a parked sale resumed,
a return, money into the drawer, then the shop leader: the X report, a
donation weighed and priced with its label sheet, the items in stock
searched, their label sheet and the CSV export, the reports (day, week,
month), and the close of the day to the Z. The window has no backup of its
own (``bruktpos backup`` runs from the command line or a scheduled job), so
there is no backup step.

A watchdog timer ticks every 5 ms on the GUI thread and records the gap
between two ticks: the longest time the window could not have answered a
tap, painted, or read a scanner's keys. After each tap or key the person
lets the loop turn once (as a person's finger does), so the gaps are the
till's, not the driver's. Printed: per step its wall time and longest gap,
and overall the longest gap beside the 50 ms target (issue 18 part 5).

``--profile STEP`` runs the step whose name starts with STEP under cProfile
and prints where its time went; ``--why`` samples every thread's stack
while the GUI thread is stalled, and prints for each step's worst stall the
GUI thread's frames, how its time went (on a CPU, waiting for one, or
blocked: a GIL or a lock another thread holds), each other thread's CPU
time and what the busy ones ran. A stall with the GUI thread mostly blocked
and a worker on a CPU is the worker holding the GIL.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import sqlite3
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.bench.soak_day import Day, Person, close_window

TARGET_MS = 50.0
TICK_MS = 5


@dataclass
class Step:
    name: str
    wall_s: float = 0.0
    longest_ms: float = 0.0
    busy_ms: float = 0.0  # the GUI thread's own CPU time in that longest gap
    busiest_ms: float = 0.0  # the most CPU time the GUI thread spent in any one gap
    over: int = 0  # gaps over the target
    ticks: int = 0
    why: list[str] = field(default_factory=list)  # the GUI thread's frames in the worst stall
    # With --why: the worst stall's start and end (perf_counter), and what the other threads ran in it.
    gap: tuple[float, float] = (0.0, 0.0)
    looks: list[Look] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # what the GUI thread's and the others' time went to


Times = dict[int, tuple[int, int]]  # by tid: ns on a CPU so far, ns ready but waiting for one


class ThreadTimes:
    """Every thread of this process, by tid: ns run on a CPU so far, and ns ready but waiting for one.

    Linux's /proc/self/task/TID/schedstat, each file kept open and read again
    in place (a look at some twenty threads costs well under a millisecond).
    The rest of a thread's wall time it was blocked: asleep, idle, waiting
    for a lock or for the GIL.
    """

    def __init__(self) -> None:
        self._files: dict[int, int] = {}
        self._listed = 0.0

    def look(self) -> Times:
        if time.perf_counter() - self._listed > 0.05:  # new threads, now and then
            self._listed = time.perf_counter()
            with contextlib.suppress(OSError):
                for tid in map(int, os.listdir("/proc/self/task")):
                    if tid not in self._files:
                        with contextlib.suppress(OSError):
                            self._files[tid] = os.open(f"/proc/self/task/{tid}/schedstat", os.O_RDONLY)
        times = {}
        for tid, fd in list(self._files.items()):
            try:
                run, ready, _ = os.pread(fd, 100, 0).split()
            except (OSError, ValueError):  # the thread has ended
                os.close(fd)
                del self._files[tid]
                continue
            times[tid] = (int(run), int(ready))
        return times

    def close(self) -> None:
        for fd in self._files.values():
            os.close(fd)
        self._files.clear()


@dataclass(frozen=True)
class Look:
    """One look at a thread other than the GUI's while the GUI thread was stalled."""

    name: str  # the thread's name, or "a pool thread" for a Qt pool thread
    tid: int | None  # its kernel id, if Python knows it
    frames: tuple[str, ...]  # its innermost frames, outermost first


class Watchdog(QObject):
    """A 5 ms timer on the GUI thread: the gaps between its ticks are the event loop's stalls."""

    def __init__(self, *, sample: bool = False) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.steps: list[Step] = []
        self.step: Step | None = None
        self.ticks = 0
        self._last = 0.0
        self._last_cpu = 0.0
        self._sample = sample
        self._gui = threading.get_ident()
        self._stacks: list[tuple[str, ...]] = []  # looks at the GUI thread during the present gap
        self._looks: list[Look] = []  # looks at the other threads during the present gap
        # The sampler's looks at every thread's times, with when (perf_counter), for the present step.
        self._times: list[tuple[float, Times]] = []
        self._stop = threading.Event()
        self._sampler: threading.Thread | None = None

    def start(self) -> None:
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self.timer.start()
        if self._sample:
            self._sampler = threading.Thread(target=self._sampling, name="stall-sampler", daemon=True)
            self._sampler.start()

    def stop(self) -> None:
        self.timer.stop()
        self._stop.set()
        if self._sampler is not None:
            self._sampler.join()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap_ms, busy_ms = (now - self._last) * 1000, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu
        self.ticks += 1
        step = self.step
        stacks, self._stacks = self._stacks, []
        looks, self._looks = self._looks, []
        if step is None:
            return
        step.ticks += 1
        if gap_ms > TARGET_MS:
            step.over += 1
        step.busiest_ms = max(step.busiest_ms, busy_ms)
        if gap_ms > step.longest_ms:
            step.longest_ms, step.busy_ms = gap_ms, busy_ms
            if stacks:  # what it was doing most of the time
                step.why = list(Counter(stacks).most_common(1)[0][0])
            step.gap, step.looks = (now - gap_ms / 1000, now), looks

    def _sampling(self) -> None:
        """Every 4 ms every thread's times; while a tick is late, what every thread runs.

        The times are read here, not on the GUI thread: there each file read
        would let go of the GIL and wait to get it back, adding to what is
        measured. Of the GUI thread the bruktpos frames are kept, of the
        others the innermost ones. The sampler needs the GIL to look, so a
        thread that holds it through one long C call (an import, a C library)
        is seen just after that call, in the frame that made it.
        """
        looking = ThreadTimes()
        try:
            while not self._stop.wait(0.004):
                self._times.append((time.perf_counter(), looking.look()))
                if (time.perf_counter() - self._last) * 1000 < 20:
                    continue
                self._look()
        finally:
            looking.close()

    def _look(self) -> None:
        me = threading.get_ident()
        frames_now = sys._current_frames()
        known = {t.ident: t for t in threading.enumerate()}
        for ident, other in frames_now.items():
            if ident in (me, self._gui):
                continue
            inner = traceback.StackSummary.extract(traceback.walk_stack(other), limit=8, lookup_lines=False)
            thread = known.get(ident)
            self._looks.append(
                Look(
                    thread.name if thread else "a pool thread",
                    thread.native_id if thread else None,
                    tuple(_short(f) for f in reversed(inner)),
                )
            )
        frame = frames_now.get(self._gui)
        del frames_now
        if frame is None:
            return
        summary = traceback.StackSummary.extract(traceback.walk_stack(frame), lookup_lines=False)
        frames = [
            f"{Path(f.filename).name}:{f.lineno} {f.name}"
            for f in reversed(summary)
            if "site-packages" not in f.filename
        ]
        del frame
        self._stacks.append(tuple(frames[-7:]))

    @contextlib.contextmanager
    def measuring(self, name: str, profile: str | None = None) -> Iterator[Step]:
        """The gaps from here until the block ends count for step ``name`` (starting on a tick)."""
        app = QApplication.instance()
        assert app is not None
        self._turn(app)
        step = Step(name)
        self.steps.append(step)
        self.step = step
        self._times = []
        profiler = cProfile.Profile() if profile and name.startswith(profile) else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        try:
            yield step
            self._turn(app)
        finally:
            if profiler is not None:
                profiler.disable()
            step.wall_s = time.perf_counter() - started
            self.step = None
            if self._sample and step.longest_ms > 0:
                step.others = _others(*_times_in(self._times, *step.gap), step.looks)
        if profiler is not None:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
            print(f"--- cProfile of {name!r} ---\n{out.getvalue()}")

    def _turn(self, app: Any) -> None:
        """Let the loop run until the next tick (so a step starts and ends on one)."""
        seen = self.ticks
        deadline = time.perf_counter() + 1.0
        while self.ticks == seen and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)


def _times_in(
    times: list[tuple[float, Times]], start: float, end: float
) -> tuple[float, dict[int, tuple[float, float]]]:
    """Each thread's ms on a CPU and ms waiting for one from ``start`` to ``end``, from the looks around them.

    The looks are 4 ms apart: the span measured (returned first, in ms) is
    from the last look before ``start`` to the first after ``end``, a few ms
    wider than the gap.
    """
    if not times:
        return 0.0, {}
    first = ([(w, t) for w, t in times if w <= start] or times[:1])[-1]
    last = ([(w, t) for w, t in times if w >= end] or times[-1:])[0]
    zero = (0, 0)
    return (last[0] - first[0]) * 1000, {
        tid: ((run - first[1].get(tid, zero)[0]) / 1e6, (ready - first[1].get(tid, zero)[1]) / 1e6)
        for tid, (run, ready) in last[1].items()
    }


def _comm(tid: int) -> str:
    """A thread's name as the kernel knows it (Qt names its pool's threads "Thread (pooled)")."""
    try:
        return Path(f"/proc/self/task/{tid}/comm").read_text().strip()
    except OSError:
        return "a thread"


def _short(frame: traceback.FrameSummary) -> str:
    """``package/module.py:line function``, the path cut to what says where it is."""
    path = Path(frame.filename)
    return f"{path.parent.name}/{path.name}:{frame.lineno} {frame.name}"


def _others(span_ms: float, times: dict[int, tuple[float, float]], looks: list[Look]) -> list[str]:
    """What the GUI thread's time in one gap went to, and what the other threads did in it.

    The GUI thread's wall time in the span (the gap and a few ms either
    side) is split into its time on a CPU, its time ready but waiting for
    one (the machine's other work), and the rest: blocked, waiting for the
    GIL or a lock (or idle, which with a 5 ms timer due is never long). Each
    other thread with a tenth of the span on a CPU is named with its times;
    then what each thread that ran at all was seen running most.
    """
    names = {t.native_id: t.name for t in threading.enumerate()}
    gui = threading.main_thread().native_id
    run, ready = times.get(gui or 0, (0.0, 0.0))
    lines = [
        f"in {span_ms:.0f} ms around it the GUI thread was {run:.1f} ms on a CPU, "
        f"{ready:.1f} ms waiting for one, "
        f"{max(span_ms - run - ready, 0):.1f} ms blocked (the GIL, a lock, or idle)"
    ]
    lines += [
        f"{names.get(tid) or _comm(tid)} (tid {tid}): {ms:.1f} ms on a CPU, {wait:.1f} ms waiting for one"
        for tid, (ms, wait) in sorted(times.items(), key=lambda kv: -kv[1][0])
        if ms >= 0.1 * span_ms and tid != gui
    ]
    seen: dict[str, Counter[tuple[str, ...]]] = {}
    for look in looks:
        if look.tid is not None and times.get(look.tid, (0.0, 0.0))[0] < 1.0:
            continue  # it hardly ran: waiting for work, or for the GIL like the GUI thread
        seen.setdefault(look.name if look.tid is None else f"{look.name} (tid {look.tid})", Counter())[
            look.frames
        ] += 1
    for name, stacks in seen.items():
        frames, count = stacks.most_common(1)[0]
        lines.append(f"{name} ({count} of {sum(stacks.values())} looks): " + " → ".join(frames))
    return lines


class UnhurriedPerson(Person):
    """The soak's person, who lets the event loop turn once after every tap and key.

    A person's finger takes far longer than a tick between two taps; without
    this, a run of taps in the driver would read as one long stall. So does
    their eye: waiting for what the screen shows lets the loop turn first.
    """

    def __init__(self, app: QApplication, watchdog: Watchdog) -> None:
        super().__init__(app)
        self.watchdog = watchdog

    def breathe(self) -> None:
        self.watchdog._turn(self.app)

    def click(self, button: QWidget) -> None:
        super().click(button)
        self.breathe()

    def tap_at(self, widget: QWidget, pos: Any) -> None:
        super().tap_at(widget, pos)
        self.breathe()

    def keys(self, widget: QWidget, text: str, *, enter: bool = False) -> None:
        super().keys(widget, text, enter=enter)
        self.breathe()

    def wait_until(self, ready: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
        # A person waits for what the screen shows, which takes a turn of the loop at least, and
        # sees it before the next tap: a menu item chosen (``action.trigger()``), what it showed
        # when it came, and the next tap are each a gap of their own, not one.
        self.breathe()
        super().wait_until(ready, what, timeout)
        self.breathe()


def build_shop(folder: Path, *, days: int, per_day: int, stock: int) -> tuple[Path, float]:
    from bruktpos.services.demo import build_demo

    path = folder / "shop.sqlite3"
    started = time.perf_counter()
    build_demo(path, days=days, sales_per_day=per_day, stock=stock, seed=7)
    return path, time.perf_counter() - started


def shelf_codes(path: Path, count: int) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT code FROM items WHERE status = 'in_stock' ORDER BY random() LIMIT ?", (count,)
        ).fetchall()
    return [code for (code,) in rows]


class Routine:
    """The day's routine work, step by step, each measured by the watchdog."""

    def __init__(self, app: QApplication, window: Any, path: Path, watchdog: Watchdog, profile: str | None):
        self.app, self.window, self.path, self.watchdog, self.profile = app, window, path, watchdog, profile
        self.day = Day(app, window, path, seed=3)
        self.day.person = self.person = UnhurriedPerson(app, watchdog)

    def step(self, name: str) -> contextlib.AbstractContextManager[Step]:
        return self.watchdog.measuring(name, self.profile)

    def run(self, sales: int) -> None:
        day, person, window = self.day, self.person, self.window
        codes = iter(shelf_codes(self.path, sales * 4 + 20))
        person.wait_until(lambda: window.stack.currentWidget() is window.login, "the login screen")
        with self.step("log in, count the float, open the day"):
            day.open_day()
        with self.step("first sale (the first payment dialog)"):
            day.goods([next(codes)], 0)
            self._pay(2)
        with self.step(f"{sales} sales: scans as keys + Enter, cash/card/Vipps"):
            for n in range(sales):
                day.goods([next(codes) for _ in range(1 + n % 4)], n % 3 == 2)
                self._pay(n)
        with self.step("park a sale, serve the next, resume it"):
            day.goods([next(codes), next(codes)], 0)
            day.park()
            day.goods([next(codes)], 0)
            self._pay(0)
            day.resume()
            self._pay(1)
        with self.step("a return, cash back (the leader approves)"):
            day.take_return(as_voucher=False)
        with self.step("money into the drawer"):
            self.pay_in(20000)
        with self.step("switch to the shop leader"):
            person.click(window.switch_button)
            day.log_in(day.leader, window.till)
        with self.step("X report"):
            day.x_report()
        with self.step("weigh a donation, price 300 items, label sheet"):
            self.price_donation(300)
        with self.step("items in stock: search, label sheet of 200, CSV"):
            self.inventory()
        with self.step("reports: day, week, month"):
            self.reports()
        with self.step("close the day: count, terminals, Z"):
            day.close_day()

    def _pay(self, n: int) -> None:
        """Cash, card, and now and then Vipps; cash sales with an item can be returned later."""
        method = ("cash", "card", "cash", "card", "vipps")[n % 5]
        sale = self.day.pay(method)
        if method == "cash" and sale.cash > 0:
            self.day.returnable.append(sale.receipt_no)

    def pay_in(self, amount: int) -> None:
        from bruktpos.ui.day.movement import PAY_IN, CashMovementDialog

        person, window = self.person, self.window

        def handle(dialog: CashMovementDialog) -> None:
            person.click(dialog.kind_buttons[PAY_IN])
            person.tap_keys(dialog.input.keypad, str(amount // 100))
            person.click(dialog.ok_button)

        person.on_dialog(CashMovementDialog, handle)
        window.cash_action.trigger()
        person.check()
        person.breathe()
        self.day.figures.ledger.cash += amount
        window.till.table.setFocus()

    def price_donation(self, count: int) -> None:
        from bruktpos.ui.intake.donation import DonationDialog

        person, window = self.person, self.window
        window.pricing_action.trigger()
        screen = window.pricing
        person.wait_until(lambda: window.stack.currentWidget() is screen, "the pricing screen")
        person.breathe()
        category = next(iter(screen.category_buttons))

        def weigh(dialog: DonationDialog) -> None:
            row = dialog.rows[0]
            row.category.setCurrentIndex(row.category.findData(category))
            person.keys(row.weight, "7,5")
            person.click(dialog.ok_button)

        person.on_dialog(DonationDialog, weigh)
        person.click(screen.donation_button)
        person.check()
        person.click(screen.category_buttons[category])
        person.click(screen.suggestion_buttons[0])
        person.keys(screen.description, "Pocketbøker")
        screen.count.selectAll()
        person.keys(screen.count, str(count))
        person.click(screen.print_button)
        person.wait_until(lambda: not screen.writing_labels, "the label sheet")
        assert screen.last_pdf is not None and screen.last_pdf.exists(), screen.message.text()
        person.click(screen.close_button)
        person.wait_until(lambda: window.stack.currentWidget() is window.till, "back to the till")

    def inventory(self) -> None:
        person, window = self.person, self.window
        window.inventory_action.trigger()
        screen = window.inventory
        person.wait_until(lambda: window.stack.currentWidget() is screen, "the stock screen")
        person.click(screen.search_button)
        person.wait_until(lambda: screen.model.rowCount() > 0, "the items found")
        screen.table.setFocus()
        screen.table.selectAll()
        person.breathe()
        text = screen.reprint_button.text()
        person.click(screen.reprint_button)
        person.wait_until(
            lambda: screen.reprint_button.isEnabled() and screen.reprint_button.text() == text, "the labels"
        )
        text = screen.export_button.text()
        person.click(screen.export_button)
        person.wait_until(
            lambda: screen.export_button.isEnabled() and screen.export_button.text() == text, "the CSV"
        )
        assert list((self.path.parent / "exports").glob("varer-*.csv")), screen.message.text()
        person.click(screen.back_button)
        person.wait_until(lambda: window.stack.currentWidget() is window.till, "back to the till")

    def reports(self) -> None:
        from bruktpos.services.analytics import Period

        person, window = self.person, self.window
        window.reports_action.trigger()
        screen = window.reports
        person.wait_until(lambda: window.stack.currentWidget() is screen, "the reports")

        def shown() -> bool:
            return screen.report is not None and screen.report.period == screen.period

        person.wait_until(shown, "today's figures")
        for kind in (Period.WEEK, Period.MONTH, Period.DAY):
            person.click(screen.kind_buttons[kind])
            person.wait_until(shown, f"the {kind} figures")
        person.click(screen.back_button)
        person.wait_until(lambda: window.stack.currentWidget() is window.till, "back to the till")


def run_stalls(
    folder: Path,
    *,
    sales: int = 30,
    days: int = 60,
    per_day: int = 150,
    stock: int = 5000,
    profile: str | None = None,
    why: bool = False,
    say: Callable[[str], None] = print,
) -> list[Step]:
    """The whole routine on a new shop in ``folder``; returns the steps with their longest stalls."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bruktpos.store.schema import open_database
    from bruktpos.ui.app import build_context, install_translators, load_theme
    from bruktpos.ui.collector import collecting_on_gui_thread
    from bruktpos.ui.main_window import MainWindow
    from bruktpos.ui.pyside_imports import spare_source_reads

    spare_source_reads()  # as in the till (ui.app.run): PySide reads no module's source at its import
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    path, build_s = build_shop(folder, days=days, per_day=per_day, stock=stock)
    say(f"stalls: shop of {days} days × {per_day} sales, {stock:,} items in stock, built in {build_s:.1f} s")
    style, locale = app.styleSheet(), QLocale()
    translators = install_translators(app, "nb")
    load_theme(app)
    collecting = contextlib.ExitStack()
    collecting.enter_context(collecting_on_gui_thread(settles=True))  # as in the till (ui.app.run)
    db = open_database(path)
    window = MainWindow(build_context(db))
    window.resize(1024, 768)
    window.show()
    watchdog = Watchdog(sample=why)
    watchdog.start()
    try:
        Routine(app, window, path, watchdog, profile).run(sales)
        window.context.desk.wait()
    finally:
        watchdog.stop()
        close_window(app, window, db, translators, style, locale)
        collecting.close()
    return watchdog.steps


def report(steps: list[Step], say: Callable[[str], None] = print) -> None:
    width = max(len(s.name) for s in steps)
    for s in steps:
        flag = "  ← over" if s.longest_ms > TARGET_MS else ""
        say(
            f"  {s.name:<{width}}  {s.wall_s * 1000:7.0f} ms  longest stall {s.longest_ms:6.1f} ms"
            f" (GUI thread busy {s.busy_ms:5.1f} ms of it; busiest gap {s.busiest_ms:5.1f} ms)"
            f"  {s.over} over {TARGET_MS:.0f} ms{flag}"
        )
        if s.why and s.longest_ms > TARGET_MS:
            say("      stalled in: " + " → ".join(s.why))
        if s.longest_ms > TARGET_MS:
            for line in s.others:
                say("      beside it, " + line)
    worst = max(steps, key=lambda s: s.longest_ms)
    busiest = max(steps, key=lambda s: s.busiest_ms)
    say(
        f"stalls: longest stall of the event loop {worst.longest_ms:.1f} ms ({worst.name}), "
        f"target {TARGET_MS:.0f} ms = {worst.longest_ms / TARGET_MS:.2f}× the target; "
        f"{sum(s.over for s in steps)} gaps over it in {sum(s.ticks for s in steps)} ticks of {TICK_MS} ms"
    )
    say(
        f"stalls: the GUI thread's own CPU time in one gap at most {busiest.busiest_ms:.1f} ms "
        f"({busiest.name}) = {busiest.busiest_ms / TARGET_MS:.2f}× the target "
        f"(wall time above it is the machine's other work: {os.getloadavg()[0]:.1f} load average)"
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python dev.py bench stalls")
    parser.add_argument("--sales", type=int, default=30, help="sales after the first (default 30)")
    parser.add_argument("--profile", metavar="STEP", help="cProfile the step whose name starts with STEP")
    parser.add_argument(
        "--why",
        action="store_true",
        help="sample every thread's stack and CPU time while the GUI thread is stalled",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bruktpos-stalls-") as tmp:
        steps = run_stalls(Path(tmp), sales=args.sales, profile=args.profile, why=args.why)
    report(steps)
