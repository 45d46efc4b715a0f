"""The hub's versioned schema, and what coordinators read from it."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, text, update

from bruktpos.hub.queries import overview, shop_contacts, summary_rows
from bruktpos.hub.schema import (
    FIGURES,
    SCHEMA_VERSION,
    STEPS,
    day_summaries,
    hub_engine,
    hub_meta,
    init_hub,
    month_summaries,
    schema_version,
    shops,
    week_summaries,
)
from tests.hub.conftest import Hub, new_pg_database


def _version(url: str) -> int | None:
    engine = hub_engine(url)
    with engine.connect() as conn:
        version = schema_version(conn)
    engine.dispose()
    return version


def test_init_is_safe_to_repeat(hub: Hub) -> None:
    versions = [step.version for step in STEPS]
    # In order, each once; a number may be skipped (parallel work reserves numbers).
    assert versions == sorted(set(versions)) and versions[0] == 1
    assert _version(hub.admin_url) == SCHEMA_VERSION == versions[-1]
    assert init_hub(hub.admin_url) == SCHEMA_VERSION
    assert _version(hub.admin_url) == SCHEMA_VERSION


def test_an_old_hub_is_upgraded_step_by_step(pg_cluster, tmp_path) -> None:
    for url in (new_pg_database(pg_cluster), f"sqlite:///{tmp_path / 'old.sqlite3'}"):
        engine = hub_engine(url)
        with engine.begin() as conn:  # a hub made by the first release: tables only
            STEPS[0].run(conn)
            conn.execute(insert(hub_meta).values(key="schema_version", value="1"))
        engine.dispose()
        assert _version(url) == 1
        init_hub(url)
        assert _version(url) == SCHEMA_VERSION
        engine = hub_engine(url)
        with engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                forced = conn.execute(
                    text("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'day_summaries'")
                ).scalar()
                assert forced is True
            assert "ix_day_summaries_business_date_shop_code" in {
                ix["name"] for ix in engine.dialect.get_indexes(conn, "day_summaries")
            }
        engine.dispose()


def _fill(hub: Hub) -> None:
    engine = hub.engine()
    now = datetime(2026, 11, 20, 8, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(shops), [{"code": c, "name": f"Butikk {c}", "created_at": now} for c in ("A1", "B2")]
        )
        rows = []
        for code, register, day, net, grams in (
            ("A1", "K1", date(2026, 11, 16), 1000, 12_345),
            ("A1", "K2", date(2026, 11, 16), 500, 0),
            ("A1", "K1", date(2026, 11, 17), 2000, 1),
            ("B2", "K1", date(2026, 11, 17), 3000, 500),
            ("B2", "K1", date(2026, 12, 1), 4000, 0),
        ):
            rows.append(
                {
                    "shop_code": code,
                    "register_code": register,
                    "business_date": day,
                    "revision": 1,
                    "received_at": now,
                    "net_sales": net,
                    "gross_sales": net,
                    "returns": 0,
                    "receipts": net // 100,
                    "items_sold": 1,
                    "discounts": 0,
                    "cash_difference": -100,
                    "grams_received": grams,
                    "cafe_sales": 0,
                    "shop_sales": net,
                    "first_sale_at": now,
                    "last_sale_at": now + timedelta(hours=6),
                    "payload": {"net_sales": net},
                }
            )
        conn.execute(insert(day_summaries), rows)
    engine.dispose()


def test_overview_sums_registers_per_shop_and_period(hub: Hub) -> None:
    _fill(hub)
    engine = hub.engine()
    try:
        days = overview(engine, date(2026, 11, 16), date(2026, 11, 30))
        assert [
            (r.period, r.shop_code, r.shop_name, r.days, r.net_sales, r.cash_difference) for r in days
        ] == [
            (date(2026, 11, 16), "A1", "Butikk A1", 2, 1500, -200),
            (date(2026, 11, 17), "A1", "Butikk A1", 1, 2000, -100),
            (date(2026, 11, 17), "B2", "Butikk B2", 1, 3000, -100),
        ]
        weeks = overview(engine, date(2026, 11, 1), date(2026, 12, 31), by="week")
        assert [(r.period, r.shop_code, r.net_sales) for r in weeks] == [
            (date(2026, 11, 16), "A1", 3500),
            (date(2026, 11, 16), "B2", 3000),
            (date(2026, 11, 30), "B2", 4000),
        ]
        months = overview(engine, date(2026, 1, 1), date(2026, 12, 31), by="month")
        assert [(r.period, r.shop_code, r.net_sales, r.grams_received) for r in months] == [
            (date(2026, 11, 1), "A1", 3500, 12_346),
            (date(2026, 11, 1), "B2", 3000, 500),
            (date(2026, 12, 1), "B2", 4000, 0),
        ]
        partial = overview(engine, date(2026, 11, 17), date(2026, 12, 1), by="month")
        assert [(r.period, r.shop_code, r.net_sales, r.days) for r in partial] == [
            (date(2026, 11, 1), "A1", 2000, 1),
            (date(2026, 11, 1), "B2", 3000, 1),
            (date(2026, 12, 1), "B2", 4000, 1),
        ]
        years = overview(engine, date(2026, 1, 1), date(2026, 12, 31), by="year")
        assert [(r.period, r.shop_code, r.net_sales, r.receipts) for r in years] == [
            (date(2026, 1, 1), "A1", 3500, 35),
            (date(2026, 1, 1), "B2", 7000, 70),
        ]
        rows = summary_rows(engine, date(2026, 11, 16), date(2026, 11, 16))
        assert rows == [
            {
                "shop": "A1",
                "register": "K1",
                "date": "2026-11-16",
                "net_sales": 1000,
                "receipts": 10,
                "kg_received": 12.345,
                "revision": 1,
            },
            {
                "shop": "A1",
                "register": "K2",
                "date": "2026-11-16",
                "net_sales": 500,
                "receipts": 5,
                "kg_received": 0.0,
                "revision": 1,
            },
        ]
        assert len(summary_rows(engine)) == 5
        contacts = shop_contacts(engine)
        assert [(c.shop_code, c.last_contact_at) for c in contacts] == [("A1", None), ("B2", None)]
        with engine.connect() as conn:
            first = conn.execute(select(day_summaries.c.first_sale_at).limit(1)).scalar()
        assert first == datetime(2026, 11, 20, 8, tzinfo=UTC)
    finally:
        engine.dispose()


def test_the_month_rollup_follows_every_insert_update_and_delete(hub: Hub) -> None:
    _fill(hub)
    engine = hub.engine()
    try:
        with engine.begin() as conn:
            conn.execute(
                update(day_summaries)
                .where(day_summaries.c.shop_code == "A1", day_summaries.c.register_code == "K2")
                .values(net_sales=700, revision=2)
            )
            conn.execute(
                update(day_summaries)  # moved to another month
                .where(day_summaries.c.shop_code == "B2", day_summaries.c.business_date == date(2026, 12, 1))
                .values(business_date=date(2026, 10, 31))
            )
            conn.execute(delete(day_summaries).where(day_summaries.c.business_date == date(2026, 11, 17)))
            months = conn.execute(
                select(
                    month_summaries.c.shop_code,
                    month_summaries.c.month,
                    month_summaries.c.days,
                    month_summaries.c.net_sales,
                )
                .where(month_summaries.c.days > 0)
                .order_by(month_summaries.c.shop_code, month_summaries.c.month)
            ).all()
        assert [tuple(r) for r in months] == [
            ("A1", date(2026, 11, 1), 2, 1700),
            ("B2", date(2026, 10, 1), 1, 4000),
        ]
        by_month = overview(engine, date(2026, 1, 1), date(2026, 12, 31), by="month")
        by_day = overview(engine, date(2026, 1, 1), date(2026, 12, 31))
        assert sum(r.net_sales for r in by_month) == sum(r.net_sales for r in by_day) == 5700
    finally:
        engine.dispose()


def _weeks_by_grouping_days(conn) -> dict[tuple[str, date], tuple[int, ...]]:
    """What week_summaries should hold: the day rows grouped by shop and ISO week (Monday)."""
    weeks: dict[tuple[str, date], list[int]] = defaultdict(lambda: [0] * (1 + len(FIGURES)))
    for row in conn.execute(
        select(
            day_summaries.c.shop_code, day_summaries.c.business_date, *(day_summaries.c[f] for f in FIGURES)
        )
    ):
        code, day, *figures = row
        sums = weeks[code, day - timedelta(days=day.weekday())]
        sums[0] += 1
        for i, value in enumerate(figures, start=1):
            sums[i] += value
    return {key: tuple(value) for key, value in weeks.items()}


def _week_table(conn) -> dict[tuple[str, date], tuple[int, ...]]:
    w = week_summaries.c
    rows = conn.execute(select(w.shop_code, w.week, w.days, *(w[f] for f in FIGURES)).where(w.days > 0))
    return {(code, week): tuple(figures) for code, week, *figures in rows}


def _assert_weeks_match_days(engine) -> None:
    with engine.connect() as conn:
        expected = _weeks_by_grouping_days(conn)
        assert _week_table(conn) == expected
        # Weeks left without days hold nothing.
        assert (
            conn.execute(
                select(week_summaries).where(week_summaries.c.days == 0, week_summaries.c.net_sales != 0)
            ).all()
            == []
        )
    assert expected  # the test compares something


def _day_row(code: str, register: str, day: date, net: int, revision: int = 1) -> dict:
    now = datetime(2026, 11, 20, 8, tzinfo=UTC)
    return {
        "shop_code": code,
        "register_code": register,
        "business_date": day,
        "revision": revision,
        "received_at": now,
        **{f: net + i for i, f in enumerate(FIGURES)},
        "first_sale_at": now,
        "last_sale_at": now,
        "payload": {"net_sales": net},
    }


def test_the_week_rollup_follows_every_insert_update_and_delete(hub: Hub) -> None:
    _fill(hub)
    engine = hub.engine()
    try:
        _assert_weeks_match_days(engine)
        with engine.begin() as conn:  # a Sunday and the Monday after: two weeks
            conn.execute(
                insert(day_summaries),
                [
                    _day_row("A1", "K1", date(2026, 11, 22), 111),
                    _day_row("A1", "K1", date(2026, 11, 23), 222),
                    _day_row("B2", "K3", date(2026, 11, 16), 333),
                ],
            )
        _assert_weeks_match_days(engine)
        with engine.begin() as conn:
            conn.execute(  # a corrected day: a new revision with other figures
                update(day_summaries)
                .where(day_summaries.c.shop_code == "A1", day_summaries.c.register_code == "K2")
                .values(net_sales=700, returns=5, revision=2)
            )
            conn.execute(
                update(day_summaries)  # moved to another week
                .where(day_summaries.c.shop_code == "B2", day_summaries.c.business_date == date(2026, 12, 1))
                .values(business_date=date(2026, 11, 29), revision=2)
            )
        _assert_weeks_match_days(engine)
        with engine.begin() as conn:
            conn.execute(delete(day_summaries).where(day_summaries.c.business_date == date(2026, 11, 17)))
            conn.execute(delete(day_summaries).where(day_summaries.c.business_date == date(2026, 11, 23)))
        _assert_weeks_match_days(engine)
        with engine.connect() as conn:
            assert _week_table(conn)[("A1", date(2026, 11, 16))][:2] == (3, 1000 + 700 + 111)
    finally:
        engine.dispose()


def _weeks_from_day_view(engine, from_date: date, to_date: date) -> list[tuple]:
    """The week view as the days of the range summed by Monday (what it was before week_summaries)."""
    sums: dict[tuple[date, str], list[int]] = {}
    for r in overview(engine, from_date, to_date, by="day"):
        key = (r.period - timedelta(days=r.period.weekday()), r.shop_code)
        row = sums.setdefault(key, [0] * (1 + len(FIGURES)))
        for i, value in enumerate((r.days, *(getattr(r, f) for f in FIGURES))):
            row[i] += value
    return [(*key, *value) for key, value in sorted(sums.items())]


@pytest.mark.parametrize(
    ("from_date", "to_date"),
    [
        (date(2026, 11, 1), date(2026, 12, 31)),  # a Sunday to a Thursday: partial weeks at both edges
        (date(2026, 11, 16), date(2026, 11, 29)),  # Monday to Sunday: whole weeks only
        (date(2026, 11, 17), date(2026, 11, 22)),  # inside one week
        (date(2026, 11, 16), date(2026, 12, 1)),  # whole weeks, then a Tuesday
        (date(2026, 11, 17), date(2026, 11, 17)),  # one day
    ],
)
def test_the_week_view_equals_the_days_summed_by_week(hub: Hub, from_date: date, to_date: date) -> None:
    _fill(hub)
    engine = hub.engine()
    try:
        with engine.begin() as conn:
            conn.execute(
                insert(day_summaries),
                [
                    _day_row("A1", "K1", date(2026, 11, 22), 111),
                    _day_row("A1", "K1", date(2026, 11, 23), 222),
                    _day_row("B2", "K1", date(2026, 11, 30), 333),
                ],
            )
        weeks = overview(engine, from_date, to_date, by="week")
        got = [(r.period, r.shop_code, r.days, *(getattr(r, f) for f in FIGURES)) for r in weeks]
        assert got == _weeks_from_day_view(engine, from_date, to_date)
        assert all(r.shop_name == f"Butikk {r.shop_code}" for r in weeks)
    finally:
        engine.dispose()


def test_an_upgrade_to_the_week_step_fills_week_summaries(pg_cluster, tmp_path) -> None:
    for url in (new_pg_database(pg_cluster), f"sqlite:///{tmp_path / 'v4.sqlite3'}"):
        hub = Hub("postgresql" if url.startswith("postgresql") else "sqlite", url)
        engine = hub_engine(url)
        with engine.begin() as conn:  # a hub of the release before week_summaries
            for step in STEPS:
                if step.version < 5:
                    step.run(conn)
            conn.execute(insert(hub_meta).values(key="schema_version", value="4"))
            assert not conn.dialect.has_table(conn, "week_summaries")
        engine.dispose()
        _fill(hub)
        init_hub(url)
        assert _version(url) == SCHEMA_VERSION
        engine = hub_engine(url)
        try:
            _assert_weeks_match_days(engine)
            with engine.begin() as conn:  # and the triggers keep it from then on
                conn.execute(insert(day_summaries).values(_day_row("A1", "K1", date(2026, 11, 18), 50)))
            _assert_weeks_match_days(engine)
            weeks = overview(engine, date(2026, 11, 16), date(2026, 12, 6), by="week")
            assert [(r.period, r.shop_code, r.net_sales) for r in weeks] == [
                (date(2026, 11, 16), "A1", 3550),
                (date(2026, 11, 16), "B2", 3000),
                (date(2026, 11, 30), "B2", 4000),
            ]
        finally:
            engine.dispose()


def test_bucket_sales_are_the_overviews_net_sales_in_64_bit_integers(hub: Hub) -> None:
    from bruktpos.hub.queries import bucket_sales

    _fill(hub)
    engine = hub.engine()
    try:
        for start, end, by in (
            (date(2026, 11, 16), date(2026, 11, 30), "day"),
            (date(2026, 11, 1), date(2026, 12, 31), "week"),
            (date(2026, 11, 17), date(2026, 12, 1), "month"),  # a cut month: its days
            (date(2026, 1, 1), date(2026, 12, 31), "month"),  # whole months: the roll-up
        ):
            cells = bucket_sales(engine, start, end, by=by)
            rows = overview(engine, start, end, by=by)
            assert sorted((c.period, c.shop_code, c.days, c.net_sales) for c in cells) == [
                (r.period, r.shop_code, r.days, r.net_sales) for r in rows
            ]
            # Integers, not the Decimal a PostgreSQL sum of bigints would be.
            assert all(type(v) is int for r in rows for v in (r.days, r.net_sales, r.grams_received))
    finally:
        engine.dispose()


def test_cash_flags_come_from_their_own_index(hub: Hub) -> None:
    from bruktpos.hub.queries import cash_differences
    from bruktpos.hub.schema import CASH_INDEX_ABOVE
    from bruktpos.services.coordinator import LOWEST_CASH_THRESHOLD

    assert LOWEST_CASH_THRESHOLD - 1 == CASH_INDEX_ABOVE  # the view asks for what the index holds
    _fill(hub)
    engine = hub.engine()
    try:
        with engine.begin() as conn:
            conn.execute(
                update(day_summaries)
                .where(day_summaries.c.shop_code == "B2", day_summaries.c.business_date == date(2026, 11, 17))
                .values(cash_difference=-35_000)
            )
        flagged = cash_differences(engine, date(2026, 1, 1), date(2026, 12, 31), above=CASH_INDEX_ABOVE)
        assert [(f.shop_code, f.business_date, f.difference) for f in flagged] == [
            ("B2", date(2026, 11, 17), -35_000)
        ]
        # A lower limit than the index holds still finds every day (from the table).
        assert len(cash_differences(engine, date(2026, 1, 1), date(2026, 12, 31), above=0)) == 5
        if hub.kind == "postgresql":
            with engine.connect() as conn:
                conn.exec_driver_sql("SET enable_seqscan = off")  # five rows: the planner would read them all
                plan = conn.exec_driver_sql(
                    "EXPLAIN SELECT business_date FROM day_summaries WHERE business_date"
                    f" BETWEEN '2026-01-01' AND '2026-12-31' AND abs(cash_difference) > {CASH_INDEX_ABOVE}"
                ).all()
            assert "ix_day_summaries_cash_flags" in " ".join(row[0] for row in plan)
    finally:
        engine.dispose()
