"""Benchmarks: ``python dev.py bench`` (or ``python -m tests.bench``).

``python dev.py bench soak [--sales N] [--scans N]`` runs only the soak instead: a whole
busy day through the real till window (3,000 sales and 20,000 scans by default; see
tests/bench/soak.py). It takes 10 to 40 minutes, so the plain run leaves it out.

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
  its peak memory beside a month's (issue 14; target: seconds, bounded memory).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.demo import build_demo
from bruktpos.services.users import Operator, UserService
from bruktpos.store.journal import canonical_json
from bruktpos.store.quick import head_revision
from bruktpos.store.schema import open_database
from tests.bench.analytics import bench_analytics
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


def ensure_big(rebuild: bool) -> Path:
    if BIG.exists() and not rebuild and _revision(BIG) != head_revision():
        print("big database: made by an older schema, building it again")
        rebuild = True
    if BIG.exists() and not rebuild:
        items, sales = _counts(BIG)
        print(f"big database: {BIG.name} (cached) — {items:,} items, {sales:,} sales")
        return BIG
    CACHE.mkdir(exist_ok=True)
    for stale in CACHE.glob(BIG.name + "*"):
        stale.unlink()
    print("building the big database (once; several minutes) …", flush=True)
    started = time.perf_counter()
    summary = build_demo(
        BIG, days=BIG_DAYS, end=END, sales_per_day=BIG_PER_DAY, stock=BIG_STOCK, progress=False
    )
    seconds = time.perf_counter() - started
    # Everything into the main file: the benchmarks copy only that file.
    with sqlite3.connect(BIG) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    items, sales = _counts(BIG)
    print(
        f"demo-data (big): {sales:,} sales, {items:,} items in {seconds:.0f} s "
        f"= {summary.sales / seconds:.0f} sales/s"
    )
    return BIG


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


def bench_commit(path: Path, rounds: int) -> None:
    """Service commits and raw commits of the same rows, alternating, so both
    meet the same disk (the copy's write-back, the WAL's growth) at the same time."""
    os.sync()  # the copy made for this run is on disk before anything is timed
    db = open_database(path)
    checkout = CheckoutService(db)
    users = UserService(db)
    cashier = next(u for u in users.list_users() if u.role == "cashier")
    operator = Operator(cashier.id, cashier.name, cashier.role)
    with sqlite3.connect(path) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT code FROM items WHERE status = 'in_stock' ORDER BY random() LIMIT ?",
                (2 * rounds + 20,),
            )
        ]
        coffee = conn.execute("SELECT id FROM products WHERE name = 'Kaffe'").fetchone()[0]

    def service_sale(code: str) -> int:
        cart = checkout.new_cart()
        checkout.scan(cart, code)
        checkout.add_product(cart, coffee)
        checkout.pay(cart, PaymentMethod.CARD)
        t0 = time.perf_counter_ns()
        completed = checkout.complete(cart, operator=operator)
        elapsed = time.perf_counter_ns() - t0
        templates.append(completed.sale_id)
        return elapsed

    # The same rows written with plain sqlite3 and the same pragmas: one sale
    # (a training-series copy of the service's last, so numbers stay unique),
    # two lines, one payment, the item marked sold, one journal entry.
    raw_conn = sqlite3.connect(path, isolation_level=None)
    raw_conn.execute("PRAGMA journal_mode = WAL")
    raw_conn.execute("PRAGMA synchronous = FULL")
    raw_conn.execute("PRAGMA foreign_keys = ON")
    columns = [d[0] for d in raw_conn.execute("SELECT * FROM sales LIMIT 0").description]
    templates: list[int] = []
    raw_no = [
        raw_conn.execute("SELECT coalesce(max(receipt_no), 0) FROM sales WHERE training = 1").fetchone()[0]
    ]

    def raw_sale(code: str) -> int:
        template = raw_conn.execute("SELECT * FROM sales WHERE id = ?", (templates[-1],)).fetchone()
        row = dict(zip(columns, template, strict=True))
        row.pop("id")
        raw_no[0] += 1
        row.update(receipt_no=raw_no[0], training=1)
        item_id = raw_conn.execute("SELECT id FROM items WHERE code = ?", (code,)).fetchone()[0]
        t0 = time.perf_counter_ns()
        raw_conn.execute("BEGIN IMMEDIATE")
        sale_id = raw_conn.execute(
            f"INSERT INTO sales ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        ).lastrowid
        raw_conn.executemany(
            "INSERT INTO sale_lines (sale_id, line_no, kind, item_id, product_id, category_id, description,"
            " quantity, unit_price, discount, total, vat_rate) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (sale_id, 1, "item", item_id, None, 1, "Klær dame", 1, 6000, 0, 6000, 2500),
                (sale_id, 2, "product", None, coffee, 21, "Kaffe", 1, 2000, 0, 2000, 2500),
            ],
        )
        raw_conn.execute(
            "INSERT INTO payments (sale_id, method, amount, tendered, change) VALUES (?,?,?,?,?)",
            (sale_id, "card", 8000, 0, 0),
        )
        raw_conn.execute(
            "UPDATE items SET status = 'sold', status_at = ?, sold_sale_id = ? WHERE id = ?",
            (row["created_at"], sale_id, item_id),
        )
        raw_conn.execute(
            "INSERT INTO journal (at, event, saft_code, user_id, register_id, sale_id, details, hash)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                row["created_at"],
                "sale",
                "13012",
                operator.id,
                1,
                sale_id,
                canonical_json({"receipt_no": row["receipt_no"], "total": 8000, "digest": "0" * 64}),
                "0" * 64,
            ),
        )
        raw_conn.execute("COMMIT")
        return time.perf_counter_ns() - t0

    for n in range(5):  # warm both paths
        service_sale(codes[2 * n])
        raw_sale(codes[2 * n + 1])
    service, raw = [], []
    for n in range(5, 5 + rounds):
        service.append(service_sale(codes[2 * n]))
        raw.append(raw_sale(codes[2 * n + 1]))
    raw_conn.close()
    checkout.close()
    db.dispose()

    s50, s99 = _percentiles(service)
    r50, r99 = _percentiles(raw)
    print(f"sale commit, service ({len(service)} sales): p50 {_ms(s50)}  p99 {_ms(s99)}")
    print(f"sale commit, raw sqlite3 (same rows):   p50 {_ms(r50)}  p99 {_ms(r99)}")
    print(f"  ratio service/raw: p50 {s50 / r50:.2f}×  p99 {s99 / r99:.2f}×   (target ≤ 3×)")


def main() -> None:
    if sys.argv[1:2] == ["soak"]:
        from tests.bench.soak import main as soak

        soak(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(prog="python dev.py bench")
    parser.add_argument("--rebuild", action="store_true", help="build the big database again")
    parser.add_argument("--scans", type=int, default=5000)
    parser.add_argument("--sales", type=int, default=300)
    args = parser.parse_args()

    bench_demo_throughput()
    big = ensure_big(args.rebuild)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp) / "work.sqlite3"
        shutil.copyfile(big, work)
        open_today(work)  # sales need an open day (issue 5)
        bench_scan(work, args.scans)
        bench_commit(work, args.sales)
        bench_scan_to_paint(work)
        bench_inventory_search(work)
        bench_analytics(work)
        bench_saft(work)
        bench_cold_start(work)  # a fresh till on the big shop until a typed PIN is accepted
        bench_zreport(work)  # last on the copy: it adds a busy day and closes it
    bench_labels_pdf()
    bench_hub()


if __name__ == "__main__":
    main()
