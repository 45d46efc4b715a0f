"""Soak: a whole busy day through the real till window (``python dev.py bench soak``).

A shop is built from the real services (the demo builder: one closed day of
history and enough items on the shelves), then the real ``MainWindow`` runs
offscreen and a simulated person works a whole day on it, with the same taps
and keys a person uses: log in, count the float, 3,000 sales with 20,000
scans (a keyboard-wedge scanner: the code's keys, then Enter), café taps,
parked and resumed sales, returns (cash back, or a voucher as store credit
that a later sale redeems), cash, card and Vipps through the payment
dialog; then the shop leader takes an X report and closes the day with a Z.

The person never pauses, so the wall time is what the till makes a person
wait for. Payments may be saved in the background ("Saving …"): the person
waits until the dialog shows the sale as done, as one would at the till.

Printed, each beside a baseline of the same run: elapsed time and time per
sale (first 100 sales against the last 100), scan to cart line and the wait
at payment (p50/p99), RSS at start and end (beside a bare QApplication with
one window), and the drift of the reference counts of None, True and False
(PySide6 6.12.0 on Python 3.11 loses references at every Python event
filter return; on 3.12+ these objects are immortal and never move).
"""

from __future__ import annotations

import gc
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from tests.bench.soak_day import Day, Figures, close_window


def rss_kib() -> tuple[int, int]:
    """This process's resident set and its peak, in KiB (Linux /proc)."""
    status = Path("/proc/self/status").read_text()
    now = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
    return now, peak


def refcounts() -> dict[str, int]:
    gc.collect()
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


def percentiles(samples: list[float]) -> tuple[float, float]:
    if len(samples) < 2:
        value = samples[0] if samples else 0.0
        return value, value
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return q[49], q[98]


BARE_WINDOW = """
import re, sys
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("BruktPOS"))
window.resize(1024, 768)
window.show()
QTest.qWait(100)
print(re.search(r"VmRSS:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
"""


def bare_window_rss() -> int:
    """KiB of a bare PySide6 window in a fresh process: the baseline the till's memory is read against."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, "-c", BARE_WINDOW], env=env, check=True, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1])


def item_codes(path: Path, count: int, seed: int) -> list[str]:
    with sqlite3.connect(path) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM items WHERE status = 'in_stock' ORDER BY id")]
    if len(codes) < count:
        raise SystemExit(f"the shop has {len(codes)} items in stock; {count} are needed")
    random.Random(seed).shuffle(codes)
    return codes[:count]


def run_soak(
    folder: Path,
    *,
    sales: int = 3000,
    scans: int = 20000,
    seed: int = 1,
    park_every: int | None = None,
    return_every: int | None = None,
    say: Callable[[str], None] = print,
) -> Figures:
    """A whole day on a new shop in ``folder``; returns the figures (and says progress).

    The till runs in bokmål with its theme, as in a shop; both are taken off the
    application again at the end (the test suite shares one QApplication).
    """
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    figures_bare = bare_window_rss()

    from bruktpos.services.demo import build_demo
    from bruktpos.store.schema import open_database
    from bruktpos.ui.app import build_context, install_translators, load_theme
    from bruktpos.ui.collector import collecting_on_gui_thread
    from bruktpos.ui.main_window import MainWindow

    style, locale = app.styleSheet(), QLocale()
    translators = install_translators(app, "nb")
    load_theme(app)
    path = folder / "soak.sqlite3"
    started = time.perf_counter()
    build_demo(path, days=1, sales_per_day=20, stock=scans + 50, seed=seed)
    build_s = time.perf_counter() - started
    codes = item_codes(path, scans, seed)

    # As in the till (ui.app.run): garbage collected on the GUI thread only.
    collecting = ExitStack()
    collecting.enter_context(collecting_on_gui_thread())
    db = open_database(path)
    window = MainWindow(build_context(db))
    window.resize(1024, 768)
    window.show()
    day = Day(app, window, path, seed)
    figures = day.figures
    figures.build_s, figures.rss_bare = build_s, figures_bare
    try:
        day.person.wait_until(lambda: window.stack.currentWidget() is window.login, "the login screen")
        day.open_day()
        # One sale before the start figures: the first payment dialog, the first commit.
        day.goods(codes[:1], 1)
        day.pay("card")
        day.figures = figures = Figures(build_s=build_s, rss_bare=figures_bare, ledger=day.figures.ledger)
        figures.refs_start = refcounts()
        figures.rss_start = rss_kib()[0]
        figures.rss.append((0, figures.rss_start))
        began = time.perf_counter()
        step = max(1, sales // 10)

        def on_sale(done: int) -> None:
            if done % step == 0 or done == sales:
                rss = rss_kib()[0]
                figures.rss.append((done, rss))
                refs = sys.getrefcount(None) - figures.refs_start["None"]
                say(
                    f"  {done}/{sales} sales, {figures.scans} scans, {time.perf_counter() - began:.0f} s, "
                    f"RSS {rss / 1024:.0f} MiB, None refs {refs:+d}"
                )

        day.sell(codes[1:], sales, on_sale=on_sale, park_every=park_every, return_every=return_every)
        window.switch_button.click()
        day.log_in(day.leader, window.till)
        day.x_report()
        day.close_day()
        figures.elapsed_s = time.perf_counter() - began
        window.context.desk.wait()
        figures.refs_end = refcounts()
        figures.rss_end, figures.rss_peak = rss_kib()
    finally:
        close_window(app, window, db, translators, style, locale)
        collecting.close()
    return figures


def report(figures: Figures, say: Callable[[str], None] = print) -> None:
    import PySide6

    f = figures
    first, last = f.sale_s[:100], f.sale_s[-100:]
    s50, s99 = percentiles(f.scan_s)
    p50, p99 = percentiles(f.payment_wait_s)
    o50, o99 = percentiles(f.dialog_open_s)
    z = f.z
    say(
        f"soak (Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}): {f.sales} sales, "
        f"{f.scans} scans ({f.keys} keys), {f.taps} café taps, {f.parked} parked and resumed, "
        f"{f.returns} returns, {f.vouchers_issued} vouchers issued, {f.vouchers_redeemed} redeemed; "
        f"paid by {dict(sorted(f.by_method.items()))}"
    )
    say(
        f"  elapsed: {f.elapsed_s:.1f} s for the day (shop built beforehand in {f.build_s:.1f} s); "
        f"X report {f.x_s * 1000:.0f} ms, Z {f.z_s * 1000:.0f} ms"
    )
    say(
        f"  per sale: first 100 mean {statistics.fmean(first) * 1000:.1f} ms, "
        f"last 100 mean {statistics.fmean(last) * 1000:.1f} ms "
        f"(ratio {statistics.fmean(last) / statistics.fmean(first):.2f}×), "
        f"all p50 {percentiles(f.sale_s)[0] * 1000:.1f} ms p99 {percentiles(f.sale_s)[1] * 1000:.1f} ms"
    )
    say(
        f"  scan to cart line: p50 {s50 * 1000:.2f} ms p99 {s99 * 1000:.2f} ms; "
        f"Pay tapped to payment dialog up: p50 {o50 * 1000:.1f} ms p99 {o99 * 1000:.1f} ms; "
        f"paying tap to 'sale completed': p50 {p50 * 1000:.1f} ms p99 {p99 * 1000:.1f} ms"
    )
    say(
        f"  RSS: bare QApplication + window {f.rss_bare / 1024:.0f} MiB; "
        f"till at start {f.rss_start / 1024:.0f} MiB, at end {f.rss_end / 1024:.0f} MiB "
        f"({(f.rss_end - f.rss_start) / 1024:+.1f} MiB), peak {f.rss_peak / 1024:.0f} MiB"
    )
    say(
        f"  refcount drift start → end: {f.drift}; lowest None seen "
        f"{f.lowest_none - f.refs_start['None']:+d} from the start"
    )
    say(
        f"  Z: {z.get('receipts')} receipts, {z.get('returns_count')} returns, net {z.get('net_sales')} øre, "
        f"expected cash {z.get('expected_cash')} øre, counted {z.get('counted_cash')}, "
        f"difference {z.get('difference')}, card difference {z.get('card_difference')}, "
        f"Vipps difference {z.get('vipps_difference')}"
    )


def main(argv: list[str]) -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python dev.py bench soak")
    parser.add_argument("--sales", type=int, default=3000, help="sales in the day (default 3000)")
    parser.add_argument("--scans", type=int, help="item scans in the day (default 20000 per 3000 sales)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    scans = args.scans if args.scans is not None else round(args.sales * 20000 / 3000)
    with tempfile.TemporaryDirectory(prefix="bruktpos-soak-") as tmp:
        figures = run_soak(Path(tmp), sales=args.sales, scans=scans, seed=args.seed)
    report(figures)
