"""Category roll-ups kept in the hub (schema step 9): sales, kilos and sell-through per category.

The coordinators' category mix, kilos by category and sell-through used to
decode every day's payload in Python (100,200 of them for a chapter's year).
Step 9 keeps ``month_categories`` and ``week_categories`` instead: one row per
shop, month (or ISO week) and category, added to by triggers on
``day_summaries`` that read the payload's ``categories``, ``donations`` and
``sell_through`` in SQL (``jsonb_array_elements`` on PostgreSQL,
``json_each`` on SQLite), the way ``month_summaries`` and ``week_summaries``
are kept. A corrected day takes its old revision out first.

Sell-through: a day's summary carries, per category, how many items sold and
the median of their days from intake to sale. The roll-up keeps how many
items sold in each band of :data:`SELL_BANDS` (by that day's median), so the
median over any run of months is read from a dozen counts, never from the
items: it is the median of the days' medians, weighted by items, placed
within its band by linear interpolation (whole days). That is an
approximation of the items' own median, close when days are alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import Connection, Engine, Table, text


@contextmanager
def connected(bind: Engine | Connection) -> Iterator[Connection]:
    """``bind`` itself when it is a Connection, else a new connection from the engine, closed after."""
    if isinstance(bind, Connection):
        yield bind
    else:
        with bind.connect() as conn:
            yield conn


# Lower edges (days) of the sell-through bands; the last band is 180 days and more.
SELL_BANDS = (0, 1, 2, 4, 7, 14, 21, 30, 45, 60, 90, 180)
SELL_TOP = 365  # where interpolation in the last band stops
BAND_COLUMNS = tuple(f"sold_{lo}d" for lo in SELL_BANDS)
# The summed columns of a category roll-up row, in this order.
SUMS = ("net_sales", "quantity", "grams_received", "items_aged", *BAND_COLUMNS)

ROLLUPS = {"month_categories": "month", "week_categories": "week"}


def _key_sql(dialect: str, key: str, day: str) -> str:
    if dialect == "postgresql":
        return f"date_trunc('{key}', {day}::timestamp)::date"
    if key == "month":
        return f"strftime('%Y-%m-01', {day})"
    return f"date({day}, '-6 days', 'weekday 1')"


def _branches(dialect: str, payload: str, source: str, shop: str, key: str, where: str = "") -> str:
    """Rows (shop_code, k, category, *SUMS) from a payload's three lists, one per entry, not yet summed.

    ``source`` is put before the JSON function in FROM (``"day_summaries d, "``
    or nothing in a trigger); ``where`` limits the day rows.
    """
    pg = dialect == "postgresql"

    def each(path: str) -> str:
        if pg:
            keys = "->".join(f"'{p}'" for p in path.split("."))
            value = f"{payload}->{keys}"
            return (
                f"jsonb_array_elements(CASE WHEN jsonb_typeof({value}) = 'array'"
                f" THEN {value} ELSE '[]'::jsonb END) e"
            )
        return f"json_each({payload}, '$.{path}') e"

    def get(name: str, cast: str = "bigint") -> str:
        if pg:
            return f"coalesce((e.value->>'{name}')::{cast}, 0)" if cast else f"(e.value->>'{name}')"
        return (
            f"coalesce(json_extract(e.value, '$.{name}'), 0)"
            if cast
            else f"json_extract(e.value, '$.{name}')"
        )

    objects = "jsonb_typeof(e.value) = 'object'" if pg else "e.type = 'object'"
    condition = f" WHERE {objects}" + (f" AND ({where})" if where else "")
    zero_bands = ", ".join(f"0 AS {c}" for c in BAND_COLUMNS)
    median = get("median_days", "numeric" if pg else "real")
    bands = []
    for n, lo in enumerate(SELL_BANDS):
        test = f"{median} >= {lo}" + (
            f" AND {median} < {SELL_BANDS[n + 1]}" if n + 1 < len(SELL_BANDS) else ""
        )
        bands.append(f"CASE WHEN {test} THEN {get('items')} ELSE 0 END AS {BAND_COLUMNS[n]}")
    head = f"SELECT {shop} AS shop_code, {key} AS k"
    return " UNION ALL ".join(
        (
            f"{head}, coalesce({get('name', '')}, '?') AS category, {get('net_sales')} AS net_sales,"
            f" {get('quantity')} AS quantity, 0 AS grams_received, 0 AS items_aged, {zero_bands}"
            f" FROM {source}{each('categories')}{condition}",
            f"{head}, coalesce({get('name', '')}, '?'), 0, 0, {get('grams')}, 0, {zero_bands}"
            f" FROM {source}{each('donations.categories')}{condition}",
            f"{head}, coalesce({get('category', '')}, '?'), 0, 0, 0, {get('items')}, {', '.join(bands)}"
            f" FROM {source}{each('sell_through')}{condition}",
        )
    )


def _summed(branches: str, sign: int = 1, *, by_key: bool = True) -> str:
    keys = "shop_code, k, category" if by_key else "shop_code, category"
    sums = ", ".join(f"{'-' if sign < 0 else ''}sum({c}) AS {c}" for c in SUMS)
    return f"SELECT {keys}, {sums} FROM ({branches}) x GROUP BY {keys}"


def _upsert(dialect: str, table: str, key: str, select_sql: str) -> str:
    columns = ", ".join(SUMS)
    target = f"{table}." if dialect == "postgresql" else ""
    add = ", ".join(f"{c} = {target}{c} + excluded.{c}" for c in SUMS)
    return (
        f"INSERT INTO {table} (shop_code, {key}, category, {columns})"
        f" SELECT shop_code, k, category, {columns} FROM ({select_sql}) g WHERE true"
        f" ON CONFLICT (shop_code, {key}, category) DO UPDATE SET {add}"
    )


def install_category_rollups(conn: Connection, tables: Iterable[Table]) -> None:
    """Schema step 9: create the tables (``month_categories``, ``week_categories``), fill them from the
    day rows there are, and add the triggers."""
    dialect = conn.dialect.name
    pg = dialect == "postgresql"
    for new in tables:
        new.create(conn)
    for table, key in ROLLUPS.items():  # the views read a range of months or weeks over every shop
        conn.exec_driver_sql(f"CREATE INDEX ix_{table}_{key} ON {table} ({key})")
    if pg:
        # No push may slip in between the fill below and the triggers.
        conn.exec_driver_sql("LOCK TABLE day_summaries IN SHARE ROW EXCLUSIVE MODE")
    for table, key in ROLLUPS.items():
        fill = _branches(
            dialect,
            "d.payload",
            "day_summaries d, ",
            "d.shop_code",
            _key_sql(dialect, key, "d.business_date"),
        )
        conn.exec_driver_sql(_upsert(dialect, table, key, _summed(fill)))

        def apply(row: str, sign: int, table: str = table, key: str = key) -> str:
            branches = _branches(
                dialect,
                f"{row}.payload",
                "",
                f"{row}.shop_code",
                _key_sql(dialect, key, f"{row}.business_date"),
            )
            return _upsert(dialect, table, key, _summed(branches, sign))

        function, trigger = f"hub_roll_up_{table}", f"day_summaries_roll_up_{table}"
        if pg:
            conn.exec_driver_sql(
                f"""
                CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql
                SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        {apply("OLD", -1)};
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        {apply("NEW", 1)};
                    END IF;
                    RETURN NULL;
                END $$
                """
            )
            conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON day_summaries"
                f" FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
            from bruktpos.hub.grants import secure_summary_table

            secure_summary_table(conn, table)
            continue
        for event, body in (
            ("INSERT", apply("NEW", 1) + ";"),
            ("UPDATE", apply("OLD", -1) + "; " + apply("NEW", 1) + ";"),
            ("DELETE", apply("OLD", -1) + ";"),
        ):
            conn.exec_driver_sql(
                f"CREATE TRIGGER {trigger}_{event.lower()} AFTER {event} ON day_summaries"
                f" FOR EACH ROW BEGIN {body} END"
            )


# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryRow:
    """One shop's figures for one category over a date range (øre, pieces, grams)."""

    shop_code: str
    category: str
    net_sales: int
    quantity: int
    grams_received: int
    items_aged: int  # items whose days from intake to sale the shop reported
    sold_by_band: tuple[int, ...]  # items per band of SELL_BANDS

    @property
    def median_days(self) -> float | None:
        return median_days(self.sold_by_band)


def median_days(counts: Iterable[int]) -> float | None:
    """The median days from intake to sale, from the items per band of :data:`SELL_BANDS`."""
    counts = list(counts)
    total = sum(counts)
    if total <= 0:
        return None
    half, seen = total / 2, 0
    for n, count in enumerate(counts):
        if count > 0 and seen + count >= half:
            lo = SELL_BANDS[n]
            hi = SELL_BANDS[n + 1] if n + 1 < len(SELL_BANDS) else SELL_TOP
            return lo + (hi - lo) * (half - seen) / count
        seen += count
    return float(SELL_BANDS[-1])


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _whole(from_date: date, to_date: date, by: Literal["day", "week", "month", "year"]) -> tuple[date, date]:
    """``(first, end)``: the weeks or months starting from ``first`` and before ``end`` are whole."""
    if by == "week":
        first = from_date if from_date.weekday() == 0 else _monday(from_date) + timedelta(weeks=1)
        return first, _monday(to_date + timedelta(days=1))
    first = from_date if from_date.day == 1 else _next_month(from_date)
    return first, _first_of_month(to_date + timedelta(days=1))


def category_rows(engine: Engine | Connection, from_date: date, to_date: date) -> list[CategoryRow]:
    """Per shop and category, the sums over ``from_date``..``to_date``: whole months (or weeks) from the
    roll-ups, the days of a cut month or week read from their payloads in SQL."""
    dialect = engine.dialect.name
    first, end = _whole(from_date, to_date, "month")
    table, key = "month_categories", "month"
    if first >= end:
        first, end = _whole(from_date, to_date, "week")
        table, key = "week_categories", "week"
    pg = dialect == "postgresql"
    # A sum of bigints is numeric on PostgreSQL (a Decimal here): made 64-bit again in SQL.
    columns = ", ".join(f"sum({c})::bigint AS {c}" if pg else f"sum({c}) AS {c}" for c in SUMS)
    parts = []
    params: dict[str, date] = {"f": from_date, "t": to_date}
    if first < end:
        parts.append(
            f"SELECT shop_code, category, {columns} FROM {table}"
            f" WHERE {key} >= :first AND {key} < :end GROUP BY shop_code, category"
        )
        params.update(first=first, end=end)
        edges = (
            "(d.business_date >= :f AND d.business_date < :first)"
            " OR (d.business_date >= :end AND d.business_date <= :t)"
        )
    else:
        edges = "d.business_date >= :f AND d.business_date <= :t"
    if first >= end or from_date < first or to_date >= end:  # some days are not in a whole month or week
        branches = _branches(
            dialect, "d.payload", "day_summaries d, ", "d.shop_code", "d.business_date", edges
        )
        parts.append(_summed(branches, by_key=False))
    if len(parts) == 1:  # whole months (or weeks) only, or days only: summed once
        picked = ", ".join(f"{c}::bigint AS {c}" if pg else c for c in SUMS)
        query = f"SELECT shop_code, category, {picked} FROM ({parts[0]}) u ORDER BY shop_code, category"
    else:
        query = (
            f"SELECT shop_code, category, {columns} FROM ({' UNION ALL '.join(parts)}) u"
            " GROUP BY shop_code, category ORDER BY shop_code, category"
        )
    with connected(engine) as conn:
        rows = conn.execute(text(query), params).all()
    return [
        CategoryRow(code, category, int(r[0]), int(r[1]), int(r[2]), int(r[3]), tuple(int(v) for v in r[4:]))
        for code, category, *r in rows
    ]
