"""What the coordinators read from the hub (the view, the chapter report, ``hub summary``).

Every function takes an Engine on the hub, or a Connection from one (the
coordinators' view reads everything on one connection: on a chapter's hub a
new connection costs more than most of these queries) (a coordinator's login on
PostgreSQL sees every shop; a shop's login would see only itself) and
returns plain frozen dataclasses or dicts. Money is integer øre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import (
    BigInteger,
    Connection,
    Date,
    DateTime,
    Engine,
    and_,
    cast,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.elements import ColumnElement

from bruktpos.hub.rollups import CategoryRow as CategoryRow
from bruktpos.hub.rollups import _whole
from bruktpos.hub.rollups import category_rows as category_rows
from bruktpos.hub.rollups import connected as connected
from bruktpos.hub.schema import (
    CASH_INDEX_ABOVE,
    FIGURES,
    day_summaries,
    month_summaries,
    shop_sync,
    shops,
    week_summaries,
)

Period = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class OverviewRow:
    """One shop's totals over one period (all its registers together)."""

    shop_code: str
    shop_name: str
    period: date  # the day, or the first day of its week (Monday), month or year
    days: int  # register-days summed into the row
    # The figures, in schema.FIGURES order: overview() fills them by position.
    net_sales: int
    gross_sales: int
    returns: int
    receipts: int
    items_sold: int
    discounts: int
    cash_difference: int
    grams_received: int
    cafe_sales: int
    shop_sales: int


@dataclass(frozen=True)
class ShopContact:
    """When a shop last got through, for the "not heard from" flag."""

    shop_code: str
    shop_name: str
    last_contact_at: datetime | None  # None: never
    last_business_date: date | None


def _trunc(dialect: str, by: Period, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """The first day of ``column``'s week (Monday), month or year."""
    if by == "day":
        return column
    if dialect == "postgresql":
        # On a plain timestamp: no time-zone arithmetic per row.
        return cast(func.date_trunc(by, cast(column, DateTime())), Date)
    if by == "month":
        return func.date(column, "start of month")
    if by == "year":
        return func.date(column, "start of year")
    # SQLite: back to Monday (strftime %w: Sunday = 0).
    return func.date(column, func.printf("-%d days", (func.strftime("%w", column) + 6) % 7))


def _sum(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``sum()`` as a 64-bit integer: PostgreSQL's sum of bigints is numeric, which arrives as Decimal."""
    return cast(func.sum(column), BigInteger)


def _source(from_date: date, to_date: date, by: Period, figures: tuple[str, ...] = FIGURES) -> Any:
    """Rows to sum: whole weeks or months from week_summaries or month_summaries, days for the rest.

    The week view reads week_summaries, the month and year views
    month_summaries; the days of a partial first or last week or month come
    from day_summaries, so the sums are those of the days in the range.
    """
    d = day_summaries.c
    per_day = [d.shop_code, d.business_date.label("at"), literal(1).label("days"), *(d[n] for n in figures)]
    if by == "day":
        return select(*per_day).where(d.business_date.between(from_date, to_date)).subquery()
    first_full, end = _whole(from_date, to_date, by)
    if first_full >= end:
        return select(*per_day).where(d.business_date.between(from_date, to_date)).subquery()
    table, key = (week_summaries, "week") if by == "week" else (month_summaries, "month")
    t = table.c
    whole = select(t.shop_code, t[key].label("at"), t.days, *(t[n] for n in figures)).where(
        t[key] >= first_full, t[key] < end, t.days > 0
    )
    edges = select(*per_day).where(
        or_(
            and_(d.business_date >= from_date, d.business_date < first_full),
            and_(d.business_date >= end, d.business_date <= to_date),
        )
    )
    return union_all(whole, edges).subquery()


def overview(
    engine: Engine | Connection, from_date: date, to_date: date, *, by: Period = "day"
) -> list[OverviewRow]:
    """Shops × days (or weeks, months, years) with their totals, ``from_date``..``to_date`` inclusive.

    Ordered by period, then shop code. Shops without a summary in the range
    have no rows (see :func:`shop_contacts` for every shop). A week is an
    ISO week (its row's ``period`` is the Monday); weeks and months cut by
    the range are summed over the range's days only. The week view reads
    whole weeks from ``week_summaries``, the month and year views whole
    months from ``month_summaries`` (both kept by the hub's triggers), and
    only the days of a partial first or last week or month.
    """
    source = _source(from_date, to_date, by)
    period = _trunc(engine.dialect.name, by, source.c.at).label("period")
    # Sum first, then name the shops: the join touches one row per shop and period.
    sums = (
        select(
            source.c.shop_code,
            period,
            _sum(source.c.days).label("days"),
            *(_sum(source.c[name]).label(name) for name in FIGURES),
        )
        .group_by(source.c.shop_code, period)
        .subquery()
    )
    query = (
        select(
            sums.c.shop_code,
            func.coalesce(shops.c.name, sums.c.shop_code),
            sums.c.period,
            sums.c.days,
            *(sums.c[name] for name in FIGURES),
        )
        .select_from(sums.outerjoin(shops, shops.c.code == sums.c.shop_code))
        .order_by(sums.c.period, sums.c.shop_code)
    )
    with connected(engine) as conn:
        if conn.dialect.name == "postgresql":
            # A year of a whole chapter by week: keep the grouping in memory, not on disk.
            conn.exec_driver_sql("SET LOCAL work_mem = '64MB'")
        rows = conn.execute(query).all()
    return [
        OverviewRow(
            shop_code, name, when if isinstance(when, date) else date.fromisoformat(when), *map(int, figures)
        )
        for shop_code, name, when, *figures in rows
    ]


@dataclass(frozen=True)
class BucketRow:
    """One shop's net sales on one day (or week, month, year) of a range: a cell of the day grid."""

    shop_code: str
    period: date
    days: int  # register-days summed into it
    net_sales: int


def bucket_sales(
    engine: Engine | Connection, from_date: date, to_date: date, *, by: Period = "day"
) -> list[BucketRow]:
    """Shops × days (or weeks, months) with only their net sales: what the grid and the chart show.

    :func:`overview` with one figure instead of ten (a month of 300 shops is
    9,300 rows), read from the same roll-ups; unordered, no shop names.
    """
    source = _source(from_date, to_date, by, ("net_sales",))
    period = _trunc(engine.dialect.name, by, source.c.at).label("period")
    query = select(source.c.shop_code, period, _sum(source.c.days), _sum(source.c.net_sales)).group_by(
        source.c.shop_code, period
    )
    with connected(engine) as conn:
        rows = conn.execute(query).all()
    return [
        BucketRow(code, when if isinstance(when, date) else date.fromisoformat(when), int(days), int(net))
        for code, when, days, net in rows
    ]


def summary_rows(
    engine: Engine | Connection, from_date: date | None = None, to_date: date | None = None
) -> list[dict[str, Any]]:
    """One JSON-ready object per shop, register and day (what ``bruktpos hub summary --json`` prints).

    Keys: ``shop``, ``register``, ``date`` (ISO), ``net_sales`` (øre),
    ``receipts``, ``kg_received`` (a number: grams / 1000, exact to the gram),
    and ``revision``. Without dates: everything.
    """
    c = day_summaries.c
    query = select(
        c.shop_code, c.register_code, c.business_date, c.net_sales, c.receipts, c.grams_received, c.revision
    ).order_by(c.business_date, c.shop_code, c.register_code)
    if from_date is not None:
        query = query.where(c.business_date >= from_date)
    if to_date is not None:
        query = query.where(c.business_date <= to_date)
    with connected(engine) as conn:
        rows = conn.execute(query).all()
    return [
        {
            "shop": r.shop_code,
            "register": r.register_code,
            "date": r.business_date.isoformat(),
            "net_sales": int(r.net_sales),
            "receipts": int(r.receipts),
            "kg_received": int(r.grams_received) / 1000,
            "revision": int(r.revision),
        }
        for r in rows
    ]


def shop_contacts(engine: Engine | Connection) -> list[ShopContact]:
    """Every shop on the hub with its last successful push (None: never), by code."""
    query = (
        select(shops.c.code, shops.c.name, shop_sync.c.last_contact_at, shop_sync.c.last_business_date)
        .select_from(shops.outerjoin(shop_sync, shop_sync.c.shop_code == shops.c.code))
        .order_by(shops.c.code)
    )
    with connected(engine) as conn:
        return [ShopContact(*row) for row in conn.execute(query)]


def day_payloads(engine: Engine | Connection, from_date: date, to_date: date) -> list[dict[str, Any]]:
    """The full summaries (payload JSON) of a date range, for category mix and the chapter report."""
    c = day_summaries.c
    query = (
        select(c.payload)
        .where(c.business_date.between(from_date, to_date))
        .order_by(c.business_date, c.shop_code, c.register_code)
    )
    with connected(engine) as conn:
        return [row[0] for row in conn.execute(query)]


# --- added for the coordinators' view and the chapter report (ui/coordinator, hub/chapter_report) ---


@dataclass(frozen=True)
class CashDifference:
    """One register's day whose counted cash differed from the expected (øre, counted − expected)."""

    shop_code: str
    register_code: str
    business_date: date
    difference: int
    note: str = ""  # the Z's note on the difference
    approved_by: str | None = None  # the leader who approved it
    net_sales: int = 0  # the register's day
    receipts: int = 0


def cash_differences(
    engine: Engine | Connection, from_date: date, to_date: date, *, above: int = 0
) -> list[CashDifference]:
    """Register-days in ``from_date``..``to_date`` with a cash difference above ``above`` øre either way.

    Per register, not per shop: two tills that are off by +300 and −300 kr are
    two things to look at, not none. From :data:`CASH_INDEX_ABOVE` up the
    limit is written into the SQL, so that PostgreSQL can use the partial
    index of those days (schema step 11) rather than read the whole range.
    """
    c = day_summaries.c
    limit = literal(above, literal_execute=True) if above >= CASH_INDEX_ABOVE else above
    query = (
        select(
            c.shop_code,
            c.register_code,
            c.business_date,
            c.cash_difference,
            c.payload["cash_note"].as_string(),
            c.payload["cash_approved_by"].as_string(),
            c.net_sales,
            c.receipts,
        )
        .where(c.business_date.between(from_date, to_date), func.abs(c.cash_difference) > limit)
        .order_by(c.business_date, c.shop_code, c.register_code)
    )
    with connected(engine) as conn:
        return [
            CashDifference(r[0], r[1], r[2], int(r[3]), r[4] or "", r[5] or None, int(r[6]), int(r[7]))
            for r in conn.execute(query)
        ]


def category_mix(engine: Engine | Connection, from_date: date, to_date: date) -> dict[str, int]:
    """Net sales (øre) per category over all shops, from the category roll-ups (schema step 9)."""
    mix: dict[str, int] = {}
    for row in category_rows(engine, from_date, to_date):
        if row.net_sales:
            mix[row.category] = mix.get(row.category, 0) + row.net_sales
    return mix
