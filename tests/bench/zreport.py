"""Z report of a busy day (issue 5; target under 50 ms).

On a copy of the big bench shop (about five years of history: 250,000 sales,
a million items), one more day is opened and 1,000 receipts are written
through ``CheckoutService.record`` (in bulk transactions, as demo data does),
with the day's line voids, copies and cash movements. Then the day's Z
figures are built again and again (p50/p99), and the day is closed once for
real (the whole close: report, Z row, journal, lock, hub queue).

Run alone: ``python -m tests.bench.zreport [--db PATH]`` (default: a copy of
the cached big database in ``.bench/``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.services.reports import build_report
from bruktpos.store import journal
from bruktpos.store.journal import Event
from bruktpos.store.schema import open_database

OSLO = ZoneInfo("Europe/Oslo")
RECEIPTS = 1000


def _ms(ns: float) -> str:
    return f"{ns / 1e6:8.3f} ms"


def _busy_day(path: Path, day: date) -> tuple[int, int]:
    """Open ``day`` on the first register and write 1,000 receipts into it; returns
    (register id, leader id)."""
    rng = random.Random(5)
    with sqlite3.connect(path) as conn:
        leader_id, leader_name = conn.execute(
            "SELECT id, name FROM users WHERE role IN ('leader', 'admin') ORDER BY id LIMIT 1"
        ).fetchone()
        items = conn.execute(
            "SELECT i.id, i.code, i.price, c.id, c.name, c.vat_rate FROM items i "
            "JOIN categories c ON c.id = i.category_id WHERE i.status = 'in_stock' ORDER BY random() LIMIT ?",
            (RECEIPTS,),
        ).fetchall()
        products = conn.execute(
            "SELECT p.id, p.name, p.price, c.id, c.vat_rate FROM products p "
            "JOIN categories c ON c.id = p.category_id WHERE p.active = 1"
        ).fetchall()
    db = open_database(path)
    leader = Operator(leader_id, leader_name, Role.LEADER)
    opened = datetime.combine(day, datetime.min.time(), OSLO).replace(hour=9, minute=50)
    days = DayService(db, clock=lambda: opened)
    if days.open_day_info() is not None:  # the day the commit benchmark sold in
        days.close_day(CashCount({100: days.expected_cash() // 100}), operator=leader, note="bench")
    days.open_day(CashCount({20000: 5, 10000: 5}), operator=leader, note="bench")
    checkout = CheckoutService(db)
    at = opened
    batch = 100
    for start in range(0, RECEIPTS, batch):
        with db.write() as session:
            conn = session.connection()
            for n in range(start, start + batch):
                at += timedelta(seconds=25)
                cart = Cart()
                item_id, code, price, cat_id, cat_name, rate = items[n]
                cart.add_item(
                    item_id=item_id,
                    item_code=code,
                    description=cat_name,
                    price=price,
                    vat_rate=rate,
                    category_id=cat_id,
                )
                if rng.random() < 0.4:
                    p = rng.choice(products)
                    cart.add_product(
                        product_id=p[0],
                        description=p[1],
                        price=p[2],
                        vat_rate=p[4],
                        category_id=p[3],
                        quantity=1,
                    )
                if rng.random() < 0.1:
                    cart.set_discount_percent(cart.lines[0].line_id, 20)
                roll = rng.random()
                if roll < 0.5:
                    cart.add_payment(PaymentMethod.CARD)
                elif roll < 0.75:
                    cart.add_payment(PaymentMethod.VIPPS)
                else:
                    cart.add_payment(PaymentMethod.CASH, tendered=cart.cash_due())
                sale = checkout.record(conn, cart, operator=leader, at=at)
                if n % 50 == 0:
                    journal.append(
                        conn,
                        Event.LINE_VOID,
                        at=at,
                        user_id=leader.id,
                        register_id=checkout.register.id,
                        details={
                            "line": 9,
                            "item": None,
                            "description": "Kaffe",
                            "quantity": 1,
                            "amount": 2000,
                        },
                    )
                if n % 100 == 0:
                    journal.append(
                        conn,
                        Event.RECEIPT_COPY,
                        at=at,
                        user_id=leader.id,
                        register_id=checkout.register.id,
                        sale_id=sale.sale_id,
                        details={"receipt_no": sale.receipt_no},
                    )
    moved = DayService(db, clock=lambda: at)
    moved.cash_movement("pay_out", 3500, "Melk til kafeen", operator=leader)
    moved.cash_movement("deposit", 500000, "Bank", operator=leader)
    register_id = checkout.register.id
    checkout.close()
    db.dispose()
    return register_id, leader_id


def open_today(path: Path) -> None:
    """Open today's day on a bench copy, so the till benchmarks can sell (sales need an open day)."""
    db = open_database(path)
    with sqlite3.connect(path) as conn:
        leader_id, leader_name = conn.execute(
            "SELECT id, name FROM users WHERE role IN ('leader', 'admin') ORDER BY id LIMIT 1"
        ).fetchone()
    days = DayService(db)
    if days.open_day_info() is None:
        days.open_day(
            CashCount({20000: 5, 10000: 5}),
            operator=Operator(leader_id, leader_name, Role.LEADER),
            note="bench",
        )
    db.dispose()


# The first Z in a fresh process: the shop's database opened (not timed), then
# the report's modules imported and the day's figures built in one read
# transaction (timed: what a fresh ``bruktpos`` pays for its first Z), and the
# same once more in that process (the modules and the connection warm).
COLD_Z = """
import sys, time
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bruktpos.store.schema import open_database

path, register_id, day = sys.argv[1], int(sys.argv[2]), date.fromisoformat(sys.argv[3])
closing_at = datetime.combine(day, datetime.min.time(), ZoneInfo("Europe/Oslo")).replace(hour=18)
db = open_database(path)
t0 = time.perf_counter_ns()
from bruktpos.services.reports import build_report

with db.read() as session:
    report = build_report(session, register_id, day, "Z", at=closing_at)
first = time.perf_counter_ns() - t0
t0 = time.perf_counter_ns()
with db.read() as session:
    build_report(session, register_id, day, "Z", at=closing_at)
second = time.perf_counter_ns() - t0
print(first, second, report.receipts)
"""


def bench_cold_z(path: Path, register_id: int, day: date, rounds: int = 7) -> tuple[list[int], list[int]]:
    """The first Z of a fresh process and its second (ns), ``rounds`` times, each in a new interpreter."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    firsts, seconds = [], []
    with tempfile.TemporaryDirectory() as pycache:
        # From compiled modules, as an installed till runs (see tests/bench/ui.py): a checkout
        # run with PYTHONDONTWRITEBYTECODE would time compiling the report's modules too.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
        for _ in range(rounds + 1):
            done = subprocess.run(
                [sys.executable, "-c", COLD_Z, str(path), str(register_id), day.isoformat()],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"the cold Z child failed ({done.returncode}):\n{done.stderr[-3000:]}")
            first, second, receipts = (int(n) for n in done.stdout.split())
            assert receipts == RECEIPTS, receipts
            firsts.append(first)
            seconds.append(second)
    return firsts[1:], seconds[1:]  # the first child compiles and warms the file cache


def bench_zreport(path: Path, rounds: int = 300) -> None:
    """``path`` is a working copy of a shop with years of history (it gets the busy day)."""
    with sqlite3.connect(path) as conn:
        (last,) = conn.execute("SELECT max(business_date) FROM sales").fetchone()
        (history,) = conn.execute("SELECT count(*) FROM sales").fetchone()
    day = date.fromisoformat(last) + timedelta(days=1)
    started = time.perf_counter()
    register_id, leader_id = _busy_day(path, day)
    print(f"z report: {RECEIPTS} receipts written into {day} in {time.perf_counter() - started:.1f} s")
    db = open_database(path)
    closing_at = datetime.combine(day, datetime.min.time(), OSLO).replace(hour=18)
    samples = []
    with db.read() as session:
        for n in range(rounds + 10):
            t0 = time.perf_counter_ns()
            report = build_report(session, register_id, day, "Z", at=closing_at)
            elapsed = time.perf_counter_ns() - t0
            if n >= 10:  # the first few warm the page cache
                samples.append(elapsed)
    assert report.receipts == RECEIPTS, report.receipts
    q = statistics.quantiles(samples, n=100, method="inclusive")
    print(
        f"z report figures, warm ({RECEIPTS} receipts, {history:,} sales before): "
        f"p50 {_ms(q[49])}  p99 {_ms(q[98])}   (target < 50 ms)"
    )
    cold, again = bench_cold_z(path, register_id, day)
    c50, a50 = statistics.median(cold), statistics.median(again)
    print(
        f"z report figures, first call in a fresh process, its modules imported (p50 of {len(cold)}): "
        f"{_ms(c50)}, max {_ms(max(cold))}; {c50 / q[49]:.1f}× the warm p50, "
        f"{c50 / a50:.1f}× the same process's second call ({_ms(a50)})   (target < 50 ms)"
    )
    days = DayService(db, clock=lambda: closing_at)
    leader = Operator(leader_id, "leader", Role.LEADER)
    count = CashCount({100: report.expected_cash // 100})
    t0 = time.perf_counter_ns()
    result = days.close_day(count, operator=leader, note="bench")
    print(f"z close, whole transaction (Z no. {result.z_number}): {_ms(time.perf_counter_ns() - t0)}")
    db.dispose()


def main() -> None:
    from tests.bench.__main__ import BIG, CACHE

    parser = argparse.ArgumentParser(prog="python -m tests.bench.zreport")
    parser.add_argument("--db", type=Path, default=BIG, help="a shop with years of history (copied first)")
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp) / "work.sqlite3"
        source = sqlite3.connect(args.db)
        target = sqlite3.connect(work)
        source.backup(target)
        source.close()
        target.close()
        keys = args.db.with_name(args.db.name + ".keys")  # the registers' signing keys go with the file
        if keys.is_dir():
            shutil.copytree(keys, work.with_name(work.name + ".keys"))
        open_database(work).dispose()  # upgrade an older copy before anything is timed
        shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)
        bench_zreport(work)


if __name__ == "__main__":
    main()
