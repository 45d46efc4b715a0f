"""Category roll-ups (schema step 9): kept by triggers from the payloads, read without decoding in Python."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import delete, insert, update

from bruktpos.hub.rollups import SELL_BANDS, category_rows, median_days
from bruktpos.hub.schema import FIGURES, STEPS, day_summaries, hub_engine, hub_meta, init_hub, shops
from tests.hub.conftest import Hub, new_pg_database


def _payload(net: int, *, grams: int = 0, items: int = 0, median: float = 0.0) -> dict:
    return {
        "net_sales": net,
        "categories": [
            {"name": "Klær dame", "kind": "goods", "net_sales": net, "quantity": 3},
            {"name": "Bøker", "kind": "goods", "net_sales": 100, "quantity": 1},
        ],
        "donations": {
            "count": 1,
            "grams": grams,
            "categories": [{"name": "Bøker", "grams": grams, "count": 2}],
        },
        "sell_through": [{"category": "Klær dame", "items": items, "median_days": median}] if items else [],
    }


def _row(code: str, register: str, day: date, payload: dict, revision: int = 1) -> dict:
    now = datetime(2026, 11, 20, 8, tzinfo=UTC)
    return {
        "shop_code": code,
        "register_code": register,
        "business_date": day,
        "revision": revision,
        "received_at": now,
        **dict.fromkeys(FIGURES, 0),
        "net_sales": payload["net_sales"],
        "first_sale_at": now,
        "last_sale_at": now,
        "payload": payload,
    }


def _by_decoding(engine, from_date: date, to_date: date) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    """What the roll-up must equal: the payloads decoded in Python (the old way)."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    with engine.connect() as conn:
        rows = conn.execute(
            day_summaries.select().where(day_summaries.c.business_date.between(from_date, to_date))
        ).all()
    for r in rows:
        p = r.payload
        for c in p.get("categories") or []:
            sums[(r.shop_code, c["name"])][0] += c["net_sales"]
            sums[(r.shop_code, c["name"])][1] += c["quantity"]
        for c in (p.get("donations") or {}).get("categories") or []:
            sums[(r.shop_code, c["name"])][2] += c["grams"]
        for c in p.get("sell_through") or []:
            sums[(r.shop_code, c["category"])][3] += c["items"]
    return {k: tuple(v) for k, v in sums.items() if any(v)}


def _by_rollup(engine, from_date: date, to_date: date) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    return {
        (r.shop_code, r.category): (r.net_sales, r.quantity, r.grams_received, r.items_aged)
        for r in category_rows(engine, from_date, to_date)
        if (r.net_sales, r.quantity, r.grams_received, r.items_aged) != (0, 0, 0, 0)
    }


def _fill(engine) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(shops),
            [{"code": c, "name": f"Butikk {c}", "created_at": datetime.now(UTC)} for c in ("A1", "B2")],
        )
        conn.execute(
            insert(day_summaries),
            [
                _row("A1", "K1", date(2026, 10, 30), _payload(1000, grams=5000, items=4, median=3.0)),
                _row("A1", "K2", date(2026, 10, 30), _payload(500)),
                _row("A1", "K1", date(2026, 11, 2), _payload(2000, grams=1500, items=2, median=40.0)),
                _row("B2", "K3", date(2026, 11, 16), _payload(3000, items=6, median=10.0)),
                _row("B2", "K3", date(2026, 12, 1), {"net_sales": 7, "categories": None, "donations": None}),
            ],
        )


RANGES = (
    (date(2026, 10, 1), date(2026, 12, 31)),  # whole months
    (date(2026, 10, 30), date(2026, 11, 16)),  # cut months: edges from the payloads in SQL
    (date(2026, 11, 16), date(2026, 11, 22)),  # one whole week, no whole month
    (date(2026, 11, 2), date(2026, 11, 2)),  # one day
)


def test_the_category_rollup_equals_the_payloads_after_insert_update_and_delete(hub: Hub) -> None:
    engine = hub.engine()
    try:
        _fill(engine)
        for span in RANGES:
            assert _by_rollup(engine, *span) == _by_decoding(engine, *span), span
        with engine.begin() as conn:  # a corrected day, a day moved, a day taken out
            conn.execute(
                update(day_summaries)
                .where(day_summaries.c.shop_code == "A1", day_summaries.c.register_code == "K2")
                .values(payload=_payload(900, grams=100, items=1, median=200.0), revision=2)
            )
            conn.execute(
                update(day_summaries)
                .where(day_summaries.c.shop_code == "B2", day_summaries.c.business_date == date(2026, 11, 16))
                .values(business_date=date(2026, 11, 29), revision=2)
            )
            conn.execute(delete(day_summaries).where(day_summaries.c.business_date == date(2026, 11, 2)))
        for span in RANGES:
            assert _by_rollup(engine, *span) == _by_decoding(engine, *span), span
        october = {r.category: r for r in category_rows(engine, date(2026, 10, 1), date(2026, 10, 31))}
        assert october["Klær dame"].net_sales == 1900
        assert october["Bøker"].grams_received == 5100
        # Four items at a median of 3 days and one at 200: the median is in the 2–4 day band.
        assert october["Klær dame"].items_aged == 5
        assert 2 <= (october["Klær dame"].median_days or 0) < 4
    finally:
        engine.dispose()


def test_median_days_from_the_bands() -> None:
    assert median_days([0] * len(SELL_BANDS)) is None
    counts = [0] * len(SELL_BANDS)
    counts[SELL_BANDS.index(7)] = 10  # ten items sold at 7–13 days
    assert median_days(counts) == 7 + (14 - 7) * 5 / 10
    counts[SELL_BANDS.index(180)] = 30  # thirty more at half a year or more
    assert (median_days(counts) or 0) > 180


def test_an_upgrade_to_step_9_fills_the_category_rollups(pg_cluster, tmp_path) -> None:
    for url in (new_pg_database(pg_cluster), f"sqlite:///{tmp_path / 'v6.sqlite3'}"):
        engine = hub_engine(url)
        with engine.begin() as conn:  # a hub of the release before the category roll-ups
            for step in STEPS:
                if step.version <= 6:
                    step.run(conn)
            conn.execute(insert(hub_meta).values(key="schema_version", value="6"))
            assert not conn.dialect.has_table(conn, "month_categories")
        _fill(engine)
        engine.dispose()
        init_hub(url)
        engine = hub_engine(url)
        try:
            for span in RANGES:
                assert _by_rollup(engine, *span) == _by_decoding(engine, *span), span
        finally:
            engine.dispose()
