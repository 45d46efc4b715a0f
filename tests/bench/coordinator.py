"""Every coordinators' view at 10, 100 and 300 shops × 5 years, on a throwaway PostgreSQL (issue 16 part 4).

What is timed, per view: :func:`load_overview` as the window's worker runs it
(as a coordinator, under row-level security), plus building that view's model
or chart and asking every cell of it (more than a screen shows); and, as
"window", what the coordinator waits for: the window's refresh with that tab
in front, from reload to painted (a new connection, the read, the layout).
The machine is shared with other work: the figures are noisy, medians of 3–5.
Each view — shops, day by day, sales over time, category mix, kilos,
sell-through — for a week, a month and a year. Target: every one under 300 ms
at 300 shops.

Beside each, in the same run on the same hub, "before": the figures read the
way the view read them before the category roll-ups (schema step 9): every
day of the period from day_summaries (a year as 365 days per shop) and every
day's payload fetched and decoded in Python for the category mix.

The hub grows 10 → 100 → 300 shops; each shop has five years of one register's
days with eight categories, donations and sell-through in its payload. The
rows go in with COPY and the roll-ups are filled in bulk afterwards (an
admin's load; the triggers that keep them on every push are tested in
tests/hub). Run alone with ``python -m tests.bench.coordinator``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from bruktpos.domain.period import Period, PeriodKind
from bruktpos.hub import queries
from bruktpos.hub.link import ADMIN_TIMEOUTS
from bruktpos.hub.roles import add_coordinator
from bruktpos.hub.rollups import ROLLUPS, CategoryRow, _branches, _key_sql, _summed, _upsert
from bruktpos.hub.schema import FIGURES, hub_engine, init_hub
from bruktpos.services import coordinator as service
from tests.hub.pgcluster import Cluster, start_cluster

END = date(2026, 10, 31)
NOW = datetime(2026, 11, 1, 10, tzinfo=UTC)
YEARS = 5
STAGES = (10, 100, 300)
TARGET_MS = 300
GOODS = ("Klær dame", "Klær herre", "Barn", "Bøker", "Kjøkken", "Møbler", "Leker")
CAFE = "Kafé"


def _payload(rng: random.Random, net: int) -> dict[str, Any]:
    cafe = net // 8
    shares = [rng.random() for _ in GOODS]
    total = sum(shares)
    categories = [
        {
            "name": name,
            "kind": "goods",
            "net_sales": int((net - cafe) * s / total),
            "quantity": rng.randrange(1, 40),
        }
        for name, s in zip(GOODS, shares, strict=True)
    ]
    categories.append({"name": CAFE, "kind": "cafe", "net_sales": cafe, "quantity": rng.randrange(5, 60)})
    donations = [
        {"name": n, "grams": rng.randrange(0, 30_000), "count": rng.randrange(0, 20)} for n in GOODS[:4]
    ]
    return {
        "net_sales": net,
        "payments": {"cash": net // 3, "card": net - net // 3},
        "categories": sorted(categories, key=lambda c: c["name"]),
        "donations": {"count": 5, "grams": sum(d["grams"] for d in donations), "categories": donations},
        "sell_through": [
            {
                "category": n,
                "items": rng.randrange(1, 30),
                "median_days": round(rng.lognormvariate(2.5, 0.8), 1),
            }
            for n in GOODS
        ],
    }


def _load(admin: str, first_shop: int, last_shop: int) -> int:
    """Shops ``first_shop``..``last_shop - 1``, five years of days each, by COPY; the roll-ups in bulk."""
    rng = random.Random(first_shop)
    first = END - timedelta(days=365 * YEARS)
    days = [first + timedelta(days=n) for n in range((END - first).days + 1)]
    engine = hub_engine(admin, timeouts=ADMIN_TIMEOUTS)
    count = 0
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE day_summaries DISABLE TRIGGER USER")
        raw = conn.connection.driver_connection
        now = datetime.now(UTC)
        with raw.cursor() as cursor:
            with cursor.copy("COPY shops (code, name, created_at) FROM STDIN") as copy:
                for n in range(first_shop, last_shop):
                    copy.write_row(
                        (f"S{n:03d}", f"Bruktbutikken {rng.choice('ABCDEFGHIJKLMNOPRSTUVW')}by {n}", now)
                    )
            columns = (
                "shop_code, register_code, business_date, revision, received_at, "
                + ", ".join(FIGURES)
                + ", first_sale_at, last_sale_at, payload"
            )
            with cursor.copy(f"COPY day_summaries ({columns}) FROM STDIN") as copy:
                for n in range(first_shop, last_shop):
                    scale = rng.uniform(0.4, 2.5)
                    opened_year = rng.choice((0, 0, 0, 1, 2, 3))  # some shops are new: like-for-like
                    for day in days:
                        if day.year < END.year - YEARS + 1 + opened_year:
                            continue
                        net = int(rng.gauss(900_000, 250_000) * scale) // 100 * 100
                        payload = _payload(rng, net)
                        opened = datetime(day.year, day.month, day.day, 9, 30, tzinfo=UTC)
                        figures = (
                            net, net + 1000, 1000, net // 9000, net // 7000,
                            rng.choice((0, 0, 500, 2000)), rng.choice((0, 0, 0, -100, 100, -2000)),
                            payload["donations"]["grams"], net // 8, net - net // 8,
                        )  # fmt: skip
                        copy.write_row(
                            (
                                f"S{n:03d}",
                                "K1",
                                day,
                                1,
                                now,
                                *figures,
                                opened,
                                opened + timedelta(hours=7),
                                json.dumps(payload),
                            )
                        )
                        count += 1
        conn.exec_driver_sql("ALTER TABLE day_summaries ENABLE TRIGGER USER")
        # The roll-ups from the new shops' day rows (what the triggers would have added one by one).
        sums = ", ".join(f"sum({f})" for f in FIGURES)
        first_code = f"S{first_shop:03d}"  # the new shops' days only: the others' are in already
        for table, key in (("month_summaries", "month"), ("week_summaries", "week")):
            conn.exec_driver_sql(
                f"INSERT INTO {table} (shop_code, {key}, days, {', '.join(FIGURES)})"
                f" SELECT shop_code, date_trunc('{key}', business_date::timestamp)::date, count(*), {sums}"
                f" FROM day_summaries WHERE shop_code >= '{first_code}' GROUP BY 1, 2"
            )
        for table, key in ROLLUPS.items():
            fill = _branches(
                "postgresql",
                "d.payload",
                "day_summaries d, ",
                "d.shop_code",
                _key_sql("postgresql", key, "d.business_date"),
                f"d.shop_code >= '{first_code}'",
            )
            conn.exec_driver_sql(_upsert("postgresql", table, key, _summed(fill)))
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in ("day_summaries", "month_summaries", "week_summaries", *ROLLUPS):
            conn.exec_driver_sql(f"VACUUM ANALYZE {table}")
    engine.dispose()
    return count


# --- "before": the view's reads as they were before step 9 ---------------------------------------


def _decoded_categories(engine: Any, from_date: date, to_date: date) -> list[CategoryRow]:
    """The category mix as it was read before: every payload of the period, decoded in Python."""
    mix: dict[str, int] = {}
    for payload in queries.day_payloads(engine, from_date, to_date):
        data = json.loads(payload) if isinstance(payload, str) else payload
        for entry in (data or {}).get("categories") or []:
            name = str(entry.get("name") or "?")
            mix[name] = mix.get(name, 0) + int(entry.get("net_sales") or 0)
    return [CategoryRow("", name, net, 0, 0, 0, ()) for name, net in mix.items()]


def _before(engine: Any) -> SimpleNamespace:
    """The reads as they were: each on a new connection of the engine, a year as 365 days per shop."""
    return SimpleNamespace(
        connected=queries.connected,
        shop_contacts=lambda _conn: queries.shop_contacts(engine),
        overview=lambda _conn, f, t, by="day": queries.overview(
            engine, f, t, by="day" if by == "month" else by
        ),
        bucket_sales=lambda _conn, f, t, by="day": queries.overview(
            engine, f, t, by="day" if by == "month" else by
        ),
        # Every register-day with any difference, as the view read them for any limit.
        cash_differences=lambda _conn, f, t, above=0: queries.cash_differences(engine, f, t),
        category_rows=lambda _conn, f, t: _decoded_categories(engine, f, t),
    )


def _load_overview(engine: Any, period: Period, before: bool) -> service.Overview:
    if not before:
        return service.load_overview(engine, period, NOW)
    saved = service.queries
    service.queries = _before(engine)  # type: ignore[assignment]
    try:
        return service.load_overview(engine, period, NOW)
    finally:
        service.queries = saved


# --- the views, built as the window builds them -----------------------------------------------


def _views() -> dict[str, Callable[[service.Overview], None]]:
    from bruktpos.ui.coordinator import charts, models

    shop_model, day_model = models.ShopTableModel(), models.DayGridModel()
    sales, category, kilos = charts.SalesChart(), charts.CategoryChart(), charts.KilosChart()
    views: dict[str, Callable[[service.Overview], None]] = {}

    def shops(o: service.Overview) -> None:
        shop_model.set_overview(o, service.DEFAULT_CASH_THRESHOLD)
        _touch(shop_model)

    def day_by_day(o: service.Overview) -> None:
        day_model.set_overview(o)
        _touch(day_model)

    views["shops"] = shops
    views["day by day"] = day_by_day
    views["over time"] = sales.show_overview
    views["categories"] = category.show_overview
    views["kilos"] = kilos.show_overview
    sell = getattr(models, "SellThroughModel", None)
    if sell is not None:
        sell_model = sell()

        def sell_through(o: service.Overview) -> None:
            sell_model.set_overview(o)
            _touch(sell_model)

        views["sell-through"] = sell_through
    return views


def _touch(model: Any) -> None:
    """Every cell's text and colours, as a view asks for the rows it shows (here: all of them)."""
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            model.data(index, Qt.ItemDataRole.DisplayRole)
            model.data(index, Qt.ItemDataRole.BackgroundRole)


def _ms(run: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def bench_stage(
    engine: Any, shops: int, views: dict[str, Callable[[service.Overview], None]]
) -> dict[str, float]:
    worst: dict[str, float] = {}
    for kind in (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.YEAR):
        period = Period.containing(kind, END - timedelta(days=1))
        _load_overview(engine, period, before=False)  # warm
        loaded = _ms(lambda p=period: _load_overview(engine, p, before=False), 5)
        started = time.perf_counter()
        old = _load_overview(engine, period, before=True)  # once: 12 s a time at 300 shops, a year
        before = (time.perf_counter() - started) * 1000
        overview = _load_overview(engine, period, before=False)
        line = []
        for name, build in views.items():
            build(overview)  # warm
            built = _ms(lambda b=build, o=overview: b(o), 3)
            built_before = _ms(lambda b=build, o=old: b(o), 1)
            now_ms, then_ms = loaded + built, before + built_before
            worst[kind.value] = max(worst.get(kind.value, 0.0), now_ms)
            line.append(f"{name} {now_ms:.0f} ms (before {then_ms:.0f})")
        print(f"  {shops:3d} shops, {kind.value:5s}: " + "; ".join(line), flush=True)
    return worst


def bench_window(url: str, shops: int) -> dict[str, float]:
    """What the coordinator waits for: the window's refresh with each tab in front, reload to painted.

    The window reads the hub in its worker (a new connection, load_overview),
    lays out the tab in front when the figures arrive, and paints it.
    """
    from PySide6.QtCore import QEventLoop

    from bruktpos.ui.coordinator.window import CoordinatorWindow

    window = CoordinatorWindow(url, clock=lambda: NOW)
    window.resize(1280, 800)
    window.show()

    def refreshed() -> None:
        loop = QEventLoop()
        window.loaded.connect(loop.quit)
        window.load_failed.connect(loop.quit)
        loop.exec()
        window.loaded.disconnect(loop.quit)
        window.load_failed.disconnect(loop.quit)

    refreshed()  # the first load, at start
    worst: dict[str, float] = {}
    for kind in (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.YEAR):
        line = []
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            refreshed_at = []
            for _ in range(3):
                window.period = Period.containing(kind, END - timedelta(days=1))
                started = time.perf_counter()
                window.reload()
                refreshed()
                window.tabs.currentWidget().grab()  # painted
                refreshed_at.append((time.perf_counter() - started) * 1000)
            ms = statistics.median(refreshed_at)
            worst[kind.value] = max(worst.get(kind.value, 0.0), ms)
            line.append(f"{window.tabs.tabText(tab).lower()} {ms:.0f} ms")
        print(f"  {shops:3d} shops, {kind.value:5s}, window: " + "; ".join(line), flush=True)
    window.close()
    window.deleteLater()
    return worst


def bench_coordinator() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    cluster: Cluster = start_cluster(durable=True)
    try:
        engine = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text('CREATE DATABASE "bench_coordinator"'))
        engine.dispose()
        admin = cluster.url("bench_coordinator")
        init_hub(admin)
        coordinator_url = add_coordinator(admin, "bench").url
        coordinator = hub_engine(coordinator_url)
        views = _views()
        print(
            "coordinators' view, every view: load_overview as a coordinator + building that view"
            f" (median; target < {TARGET_MS} ms at 300 shops); 'before' = the reads before step 9"
        )
        loaded = 0
        summary = []
        for shops in STAGES:
            started = time.perf_counter()
            rows = _load(admin, loaded, shops)
            loaded = shops
            seconds = time.perf_counter() - started
            print(f"  hub: +{rows:,} day summaries ({shops} shops × {YEARS} years) in {seconds:.0f} s")
            worst = bench_stage(coordinator, shops, views)
            summary.append(f"{shops} shops: " + ", ".join(f"{k} ≤ {v:.0f} ms" for k, v in worst.items()))
            waited = bench_window(coordinator_url, shops)
            summary.append(
                f"{shops} shops, window: " + ", ".join(f"{k} ≤ {v:.0f} ms" for k, v in waited.items())
            )
        coordinator.dispose()
        print("coordinators' view, slowest view per period: " + " | ".join(summary))
    finally:
        cluster.stop()
        del app


if __name__ == "__main__":
    bench_coordinator()
