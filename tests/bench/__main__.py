"""Benchmarks: ``python dev.py bench`` (or ``python -m tests.bench``).

``python dev.py bench soak [--sales N] [--scans N]`` runs only the soak instead: a whole
busy day through the real till window (3,000 sales and 20,000 scans by default; see
tests/bench/soak.py). It takes 10 to 40 minutes, so the plain run leaves it out.

``python dev.py bench stalls [--sales N] [--profile STEP] [--why]`` runs only the stalls
benchmark (also part of the plain run): a day's routine work through the real window on a
60-day shop built for it (log in and open the day, sales scanned and paid, park and resume,
a return, money into the drawer, the X, a donation priced with its label sheet, the items in
stock with their label sheet and CSV, the reports, the close to the Z), with a 5 ms watchdog
timer on the GUI thread; it prints each step's longest stall of the event loop, the GUI
thread's own CPU time in it, and the longest overall beside the 50 ms target (issue 18 part 5;
see tests/bench/stalls.py). About half a minute.

Prints figures; passes or fails nothing. The big database (1,000,000 items,
250,000 past sales) is built once with ``demo-data`` into ``.bench/`` and
reused; ``--rebuild`` makes it again. Each run works on a fresh copy of it,
so the figures of one run do not depend on the runs before.

Measured:
* demo-data throughput (a fresh 60-day shop, and the big build when it runs);
* scan lookup, code → cart line, p50/p99 (target p99 < 2 ms);
* durable sale commit through the checkout service, p50/p99, beside a raw
  ``sqlite3`` insert-and-commit of the same rows on the same file with the
  same pragmas (target: at most 3×);
* the till: scan until the cart line is painted, p50/p99 (target p99 < 16 ms),
  and a fresh ``bruktpos --db`` on the big shop until a PIN typed at once is
  accepted (the till painted), beside a bare PySide6 + SQLAlchemy window,
  interleaved, p50 (issue 18; target: at most 1.5×);
* 1,000 labels to an A4 sticker-sheet PDF (issue 4; target under 2 s);
* inventory search over the million items (issue 4; target p99 under 50 ms);
* the leaders' period reports, day/week/month, p50/p99 (issue 5; aim: a month under 500 ms);
* the chapter hub on a throwaway PostgreSQL: a year of one shop's days pushed (issue 6;
  target under 2 s), and the coordinator's overview over 200 shops × 5 years (target under 300 ms);
* the Z report of a busy day (1,000 receipts) on the big shop, p50/p99 warm and its first call in a
  fresh process (issues 5 and 18; target under 50 ms);
* the SAF-T export of the big shop's last year, beside the same rows read and written plainly, and
  its peak memory beside a month's (issue 14; target: seconds, bounded memory);
* the longest stall of the event loop in a day's routine work through the window (issue 18;
  target: none over 50 ms).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bruktpos.services.checkout import CheckoutService
from bruktpos.services.demo import build_demo
from bruktpos.store.quick import head_revision
from bruktpos.store.schema import open_database
from tests.bench.analytics import bench_analytics
from tests.bench.commit import bench_commit
from tests.bench.hub import bench_hub
from tests.bench.inventory import bench_inventory_search
from tests.bench.labels import bench_labels_pdf
from tests.bench.saft import bench_saft
from tests.bench.ui import bench_cold_start, bench_scan_to_paint
from tests.bench.zreport import bench_zreport, open_today

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
BIG = CACHE / "bench-1M-items-250k-sales.sqlite3"
END = date(2026, 10, 31)
# ~250,000 sales: six open days a week at ~150 sales a day for ~1,600 days.
BIG_DAYS, BIG_PER_DAY, BIG_STOCK = 1620, 162, 675_000


def _ms(ns: float) -> str:
    return f"{ns / 1e6:8.3f} ms"


def _percentiles(samples: list[int]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return q[49], q[98]


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (
            conn.execute("SELECT count(*) FROM items").fetchone()[0],
            conn.execute("SELECT count(*) FROM sales").fetchone()[0],
        )


def _revision(path: Path) -> str | None:
    # Upgrading a million-item copy on every run would time the disk's
    # write-back of the upgrade instead of the till.
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def bench_demo_throughput() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        summary = build_demo(Path(tmp) / "demo.sqlite3", days=60, end=END, sales_per_day=150, stock=5000)
        seconds = time.perf_counter() - started
    print(
        f"demo-data (60 days): {summary.sales} sales, {summary.items} items in {seconds:.1f} s "
        f"= {summary.sales / seconds:.0f} sales/s, {summary.items / seconds:.0f} items/s"
    )


def ensure_shop(path: Path, days: int, per_day: int, stock: int, rebuild: bool) -> Path:
    """The cached benchmark shop at ``path``, built with ``demo-data`` if missing or of an older schema."""
    if path.exists() and not rebuild and _revision(path) != head_revision():
        print(f"{path.name}: made by an older schema, building it again")
        rebuild = True
    if path.exists() and not rebuild:
        items, sales = _counts(path)
        print(f"benchmark shop: {path.name} (cached) — {items:,} items, {sales:,} sales")
        return path
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(path.name + "*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    print(f"building {path.name} (once; the big one takes several minutes) …", flush=True)
    started = time.perf_counter()
    summary = build_demo(path, days=days, end=END, sales_per_day=per_day, stock=stock, progress=False)
    seconds = time.perf_counter() - started
    # Everything into the main file: the benchmarks copy only that file.
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    items, sales = _counts(path)
    print(
        f"demo-data ({path.name}): {sales:,} sales, {items:,} items in {seconds:.0f} s "
        f"= {summary.sales / seconds:.0f} sales/s"
    )
    return path


def ensure_big(rebuild: bool) -> Path:
    return ensure_shop(BIG, BIG_DAYS, BIG_PER_DAY, BIG_STOCK, rebuild)


def ensure_smaller(scale: int, rebuild: bool = False) -> Path:
    """A shop 1/``scale`` of the big one (10 → 100 k items, 100 → 10 k items), for the commit's growth."""
    items = 1_000_000 // scale
    name = f"bench-{items // 1000}k-items.sqlite3"
    return ensure_shop(CACHE / name, BIG_DAYS // scale, BIG_PER_DAY, BIG_STOCK // scale, rebuild)


def work_copy(shop: Path, folder: Path) -> Path:
    """A throwaway copy of ``shop`` in ``folder``, with its signing keys (the till signs each sale)."""
    work = folder / "work.sqlite3"
    shutil.copyfile(shop, work)
    work.chmod(0o600)
    shutil.copytree(shop.with_name(shop.name + ".keys"), work.with_name(work.name + ".keys"))
    return work


def bench_commit_sizes(big: Path, rounds: int, rebuild: bool = False) -> None:
    """The sale commit against raw sqlite3 on a fresh file, at 10 k, 100 k and 1 M items (issue 18)."""
    for label, shop in ((" @10k", ensure_smaller(100, rebuild)), (" @100k", ensure_smaller(10, rebuild))):
        with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
            work = work_copy(shop, Path(tmp))
            open_today(work)
            bench_commit(work, rounds, label)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = work_copy(big, Path(tmp))
        open_today(work)
        bench_commit(work, rounds, " @1M")


def bench_scan(path: Path, rounds: int) -> None:
    db = open_database(path)
    checkout = CheckoutService(db)
    with sqlite3.connect(path) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT code FROM items WHERE status = 'in_stock' ORDER BY random() LIMIT ?", (rounds,)
            )
        ]
    for code in codes[:50]:  # warm the cache and the statement cache
        checkout.scan(checkout.new_cart(), code)
    samples = []
    for code in codes:
        cart = checkout.new_cart()
        t0 = time.perf_counter_ns()
        checkout.scan(cart, code)
        samples.append(time.perf_counter_ns() - t0)
    db.dispose()
    p50, p99 = _percentiles(samples)
    print(f"scan lookup ({len(samples)} scans): p50 {_ms(p50)}  p99 {_ms(p99)}   (target p99 < 2 ms)")


def main() -> None:
    if sys.argv[1:2] == ["commit"]:
        commit = argparse.ArgumentParser(prog="python dev.py bench commit")
        commit.add_argument("--sales", type=int, default=400)
        commit_args = commit.parse_args(sys.argv[2:])
        bench_commit_sizes(ensure_big(False), commit_args.sales)
        return
    if sys.argv[1:2] == ["stalls"]:
        from tests.bench.stalls import main as stalls

        stalls(sys.argv[2:])
        return
    if sys.argv[1:2] == ["soak"]:
        from tests.bench.soak import main as soak

        soak(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(prog="python dev.py bench")
    parser.add_argument("--rebuild", action="store_true", help="build the big database again")
    parser.add_argument("--scans", type=int, default=5000)
    parser.add_argument("--sales", type=int, default=400)
    args = parser.parse_args()

    bench_demo_throughput()
    big = ensure_big(args.rebuild)
    bench_commit_sizes(big, args.sales, args.rebuild)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = work_copy(big, Path(tmp))
        open_today(work)  # sales need an open day (issue 5)
        bench_scan(work, args.scans)
        bench_scan_to_paint(work)
        bench_inventory_search(work)
        bench_analytics(work)
        bench_saft(work)
        bench_cold_start(work)  # a fresh till on the big shop until a typed PIN is accepted
        bench_zreport(work)  # last on the copy: it adds a busy day and closes it
    bench_labels_pdf()
    bench_hub()
    bench_stalls()


def bench_stalls() -> None:
    """The day's routine work through the window, and its longest stall (tests/bench/stalls.py)."""
    from tests.bench.stalls import main as stalls

    stalls([])


if __name__ == "__main__":
    main()
