"""Benchmarks of the chapter hub (issue 6) on a real, throwaway PostgreSQL server (fsync on).

* push a year of one shop's closed days (a demo shop's outbox, ~365 rows with
  real summaries) to the hub — target under 2 s;
* the coordinator's overview (hub.queries.overview) for 200 shops × 5 years
  of summaries (365,200 rows, bulk-loaded with COPY) — target under 300 ms.

Run alone with ``python -m tests.bench.hub``. The demo shop is built once
into ``.bench/`` and reused.
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

from bruktpos.hub.link import ADMIN_TIMEOUTS
from bruktpos.hub.push import push
from bruktpos.hub.queries import overview
from bruktpos.hub.roles import add_coordinator, add_shop
from bruktpos.hub.schema import hub_engine, init_hub
from bruktpos.services.demo import build_demo
from bruktpos.store.schema import open_database
from tests.hub.pgcluster import Cluster, start_cluster

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
YEAR_SHOP = CACHE / "hub-one-shop-year.sqlite3"
END = date(2026, 10, 31)
YEAR_DAYS = 426  # six open days a week: ~365 closed days
SHOPS, YEARS = 200, 5
PUSH_TARGET_S, OVERVIEW_TARGET_MS = 2.0, 300


def _database(cluster: Cluster, name: str) -> str:
    engine = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    url = cluster.url(name)
    init_hub(url)
    return url


def _year_shop() -> Path:
    if not YEAR_SHOP.exists():
        CACHE.mkdir(exist_ok=True)
        print("building a demo shop with a year of closed days (once; about a minute) …", flush=True)
        build_demo(YEAR_SHOP, days=YEAR_DAYS, end=END, sales_per_day=20, stock=500)
    return YEAR_SHOP


def bench_push_year(cluster: Cluster) -> None:
    admin = _database(cluster, "bench_push")
    shop_url = add_shop(admin, "S001", "Bruktbutikken Demo").url
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp) / "shop.sqlite3"
        shutil.copyfile(_year_shop(), work)
        db = open_database(work)
        with db.write() as session:
            session.execute(text("UPDATE hub_outbox SET sent_at = NULL, attempts = 0, last_error = ''"))
            rows, size = session.execute(text("SELECT count(*), avg(length(payload)) FROM hub_outbox")).one()
        started = time.perf_counter()
        result = push(db, shop_url, clock=lambda: datetime.now(UTC))
        seconds = time.perf_counter() - started
        db.dispose()
    assert result.ok, result.error
    print(
        f"hub push, one shop's year ({rows} closed days, payload ~{size / 1000:.1f} kB each): "
        f"{seconds * 1000:.0f} ms   (target < {PUSH_TARGET_S:.0f} s)"
    )


def _load_chapter(url: str) -> int:
    """200 shops × 5 years of summaries, through COPY."""
    rng = random.Random(6)
    first = END - timedelta(days=365 * YEARS)
    days = [first + timedelta(days=n) for n in range((END - first).days)]
    engine = hub_engine(url, timeouts=ADMIN_TIMEOUTS)  # one long COPY: an admin's bulk load
    count = 0
    with engine.begin() as conn:
        raw = conn.connection.driver_connection
        with raw.cursor() as cursor:
            now = datetime.now(UTC)
            with cursor.copy("COPY shops (code, name, created_at) FROM STDIN") as copy:
                for n in range(SHOPS):
                    copy.write_row((f"S{n:03d}", f"Bruktbutikken {n}", now))
            columns = (
                "shop_code, register_code, business_date, revision, received_at, net_sales, gross_sales,"
                " returns, receipts, items_sold, discounts, cash_difference, grams_received, cafe_sales,"
                " shop_sales, first_sale_at, last_sale_at, payload"
            )
            with cursor.copy(f"COPY day_summaries ({columns}) FROM STDIN") as copy:
                for n in range(SHOPS):
                    scale = rng.uniform(0.4, 2.5)
                    for day in days:
                        net = int(rng.gauss(900_000, 250_000) * scale) // 100 * 100
                        cafe = net // 8
                        opened = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
                        payload = {
                            "net_sales": net,
                            "payments": {"cash": net // 3, "card": net - net // 3},
                            "categories": [{"name": "Klær dame", "net_sales": net - cafe}],
                        }
                        copy.write_row(
                            (
                                f"S{n:03d}",
                                "K1",
                                day,
                                1,
                                now,
                                net,
                                net + 1000,
                                1000,
                                net // 9000,
                                net // 7000,
                                rng.choice((0, 0, 500, 2000)),
                                rng.choice((0, 0, 0, -100, 100, -2000)),
                                rng.randrange(0, 80_000),
                                cafe,
                                net - cafe,
                                opened,
                                opened + timedelta(hours=7),
                                json.dumps(payload),
                            )
                        )
                        count += 1
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE day_summaries")
    engine.dispose()
    return count


def _time_ms(run, rounds: int = 15) -> tuple[float, float, int]:
    run()  # warm
    samples, size = [], 0
    for _ in range(rounds):
        started = time.perf_counter()
        size = len(run())
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples), max(samples), size


def bench_overview(cluster: Cluster) -> None:
    admin = _database(cluster, "bench_overview")
    started = time.perf_counter()
    rows = _load_chapter(admin)
    print(
        f"hub: {rows:,} day summaries of {SHOPS} shops × {YEARS} years loaded with COPY in "
        f"{time.perf_counter() - started:.1f} s"
    )
    coordinator = add_coordinator(admin, "bench").url
    engine = hub_engine(coordinator)  # as the coordinator, under row-level security
    cases = (
        ("last month, shops × days", END - timedelta(days=30), END, "day"),
        ("last year, shops × weeks", END - timedelta(days=365), END, "week"),
        ("last year, shops × months", END - timedelta(days=365), END, "month"),
        ("5 years, shops × years", END - timedelta(days=365 * YEARS), END, "year"),
    )
    for label, start, end, by in cases:
        p50, worst, size = _time_ms(lambda s=start, e=end, b=by: overview(engine, s, e, by=b))
        print(
            f"hub overview, {label} ({size:,} rows): median {p50:6.1f} ms  max {worst:6.1f} ms"
            f"   (target < {OVERVIEW_TARGET_MS} ms)"
        )
    engine.dispose()


def bench_hub() -> None:
    cluster = start_cluster(durable=True)
    try:
        bench_push_year(cluster)
        bench_overview(cluster)
    finally:
        cluster.stop()


if __name__ == "__main__":
    bench_hub()
