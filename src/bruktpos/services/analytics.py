"""The leaders' reports: what a day, a week or a month brought in, and how.

One call, :func:`build_period_report`, reads everything the reports screen,
its PDF and its CSV show for a :class:`Period`, in one read transaction, and
returns a frozen :class:`PeriodReport`. Only real sales count: training sales
are left out; returns (``sales.kind = "return"``, negative lines and
payments) are in, so every figure is net of what was given back.

Every query starts from an index: sales by ``business_date``, their lines and
payments by ``sale_id``, donations by ``received_at``, items counted straight
from the ``(category_id, intake_at)`` and ``(category_id, status, intake_at)``
indexes. So a month on a shop with a million items costs milliseconds, not a
scan (see tests/bench/analytics.py, and the query plans checked in
tests/integration/test_analytics.py).

Amounts are integer øre. Timestamps are stored as local ISO text, so their
characters 12–13 are the local hour and a day's rows sort between
``"YYYY-MM-DD"`` and the next day's date.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

from babel.dates import format_date
from sqlalchemy import Connection, text

from bruktpos.domain import formatting
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.store.db import Database

LOCALE = "nb_NO"
PAYMENT_METHODS = ("cash", "card", "vipps", "voucher")


# --- periods -------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A run of whole business days, ``first`` to ``last`` (both included).

    ``kind`` is ``"day"``, ``"week"`` (ISO week, Monday to Sunday),
    ``"month"`` or ``"custom"``; :meth:`step` moves a day, week or month by
    whole units.
    """

    kind: str
    first: date
    last: date

    DAY: ClassVar[str] = "day"
    WEEK: ClassVar[str] = "week"
    MONTH: ClassVar[str] = "month"
    CUSTOM: ClassVar[str] = "custom"
    KINDS: ClassVar[tuple[str, ...]] = ("day", "week", "month", "custom")

    def __post_init__(self) -> None:
        if self.kind not in self.KINDS:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if self.last < self.first:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(cls.DAY, day, day)

    @classmethod
    def week(cls, day: date) -> Period:
        """The ISO week (Monday to Sunday) that holds ``day``."""
        monday = day - timedelta(days=day.weekday())
        return cls(cls.WEEK, monday, monday + timedelta(days=6))

    @classmethod
    def month(cls, day: date) -> Period:
        """The calendar month that holds ``day``."""
        first = day.replace(day=1)
        return cls(cls.MONTH, first, _next_month(first) - timedelta(days=1))

    @classmethod
    def custom(cls, first: date, last: date) -> Period:
        return cls(cls.CUSTOM, first, last)

    @classmethod
    def containing(cls, kind: str, day: date) -> Period:
        """The day, week or month of ``kind`` that holds ``day``."""
        if kind == cls.DAY:
            return cls.day(day)
        if kind == cls.WEEK:
            return cls.week(day)
        if kind == cls.MONTH:
            return cls.month(day)
        raise ValueError(f"a {kind!r} period needs its own first and last day")

    def step(self, n: int) -> Period:
        """The period ``n`` units later (earlier for negative ``n``); a custom one moves by its length."""
        if self.kind == self.DAY:
            return Period.day(self.first + timedelta(days=n))
        if self.kind == self.WEEK:
            return Period.week(self.first + timedelta(weeks=n))
        if self.kind == self.MONTH:
            months = self.first.year * 12 + self.first.month - 1 + n
            return Period.month(date(months // 12, months % 12 + 1, 1))
        shift = timedelta(days=n * self.days)
        return replace(self, first=self.first + shift, last=self.last + shift)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def iso_week(self) -> tuple[int, int]:
        """(ISO year, week number) of the first day."""
        year, week, _ = self.first.isocalendar()
        return year, week

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    def slug(self) -> str:
        """A short file-name part: ``2026-11-23``, ``2026-W48``, ``2026-11``, ``2026-11-01_2026-11-15``."""
        if self.kind == self.DAY:
            return self.first.isoformat()
        if self.kind == self.WEEK:
            year, week = self.iso_week
            return f"{year}-W{week:02d}"
        if self.kind == self.MONTH:
            return self.first.strftime("%Y-%m")
        return f"{self.first.isoformat()}_{self.last.isoformat()}"


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def short_date(day: date) -> str:
    """``23.11.2026``, as Norwegians write a date."""
    return formatting.format_date(day)


def long_date(day: date, locale: str = LOCALE) -> str:
    """``mandag 23. november 2026``."""
    return formatting.format_date(day, locale, "full")


def month_name(day: date, locale: str = LOCALE) -> str:
    """``november 2026``."""
    return format_date(day, "LLLL y", locale=locale)


def period_label(period: Period, locale: str = LOCALE) -> str:
    """The period in Norwegian words, for printed reports and file headings.

    ``mandag 23. november 2026``, ``uke 48, 23.11.2026–29.11.2026``,
    ``november 2026``, ``01.11.2026–15.11.2026``. (The screen builds its own
    heading from the same parts through Qt's translations.)
    """
    if period.kind == Period.DAY:
        return long_date(period.first, locale)
    span = f"{short_date(period.first)}–{short_date(period.last)}"
    if period.kind == Period.WEEK:
        return f"uke {period.iso_week[1]}, {span}"
    if period.kind == Period.MONTH:
        return month_name(period.first, locale)
    return span


# --- the report -------------------------------------------------------------------


@dataclass(frozen=True)
class CategoryFigure:
    """Net sales of one category: pieces (returns count negative) and øre."""

    category_id: int
    name: str
    kind: str  # "goods" | "cafe"
    count: int
    amount: int


@dataclass(frozen=True)
class PaymentFigure:
    """Money taken by one payment method (refunds are negative, so this is net)."""

    method: str  # cash | card | vipps | voucher
    count: int  # payment rows, refunds included
    amount: int


@dataclass(frozen=True)
class HourFigure:
    """Sales receipts started in one local clock hour (``hour`` 0–23), and their net amount."""

    hour: int
    receipts: int
    amount: int


@dataclass(frozen=True)
class KiloFigure:
    """Donations received in one category: grams and pieces."""

    category_id: int
    name: str
    grams: int
    pieces: int


@dataclass(frozen=True)
class SellThroughFigure:
    """How fast one category's items sell.

    ``sold`` items (unique, labelled) were sold in the period, a median of
    ``median_days`` after their intake (``None`` when none was sold).
    ``intake`` items were taken in during the period, of which
    ``intake_sold`` are sold by now.
    """

    category_id: int
    name: str
    sold: int
    median_days: float | None
    intake: int
    intake_sold: int

    @property
    def share_sold(self) -> float | None:
        """Share of the period's intake sold by now (0–1), or ``None`` with no intake."""
        return self.intake_sold / self.intake if self.intake else None


@dataclass(frozen=True)
class PeriodReport:
    """Everything the reports screen shows for one period (amounts in øre, weights in grams)."""

    period: Period
    made_at: datetime
    receipts: int  # sales receipts, returns not counted
    returns_count: int  # return receipts
    gross_sales: int  # sum of sales receipts
    returns: int  # sum of return receipts (negative or 0)
    by_category: tuple[CategoryFigure, ...]
    by_payment: tuple[PaymentFigure, ...]
    by_hour: tuple[HourFigure, ...]
    kilos: tuple[KiloFigure, ...]
    donations: int  # donations received
    sell_through: tuple[SellThroughFigure, ...]
    rounding: int = 0  # cash rounding of the period's receipts

    @property
    def net_sales(self) -> int:
        """Omsetning: sales minus returns."""
        return self.gross_sales + self.returns

    @property
    def average_receipt(self) -> int:
        """Snitt per kvittering: sales receipts' sum over their number, in whole øre (rounded half up)."""
        if not self.receipts:
            return 0
        return (2 * self.gross_sales + self.receipts) // (2 * self.receipts)

    @property
    def cafe_sales(self) -> int:
        return sum(c.amount for c in self.by_category if c.kind == "cafe")

    @property
    def shop_sales(self) -> int:
        return sum(c.amount for c in self.by_category if c.kind != "cafe")

    @property
    def grams_received(self) -> int:
        return sum(k.grams for k in self.kilos)

    @property
    def payments_total(self) -> int:
        return sum(p.amount for p in self.by_payment)

    @property
    def is_empty(self) -> bool:
        return not (self.receipts or self.returns_count or self.donations)

    def payment(self, method: str) -> int:
        return sum(p.amount for p in self.by_payment if p.method == method)

    def category(self, name: str) -> CategoryFigure | None:
        return next((c for c in self.by_category if c.name == name), None)

    def to_json(self) -> dict[str, object]:
        """Plain data (integer øre, grams, ISO dates), for the command line and tests."""
        return {
            "period": {
                "kind": self.period.kind,
                "first": self.period.first.isoformat(),
                "last": self.period.last.isoformat(),
            },
            "receipts": self.receipts,
            "returns_count": self.returns_count,
            "gross_sales": self.gross_sales,
            "returns": self.returns,
            "net_sales": self.net_sales,
            "average_receipt": self.average_receipt,
            "cafe": self.cafe_sales,
            "shop": self.shop_sales,
            "by_category": [
                {"category": c.name, "kind": c.kind, "count": c.count, "amount": c.amount}
                for c in self.by_category
            ],
            "by_payment": {p.method: p.amount for p in self.by_payment},
            "by_hour": [{"hour": h.hour, "receipts": h.receipts, "amount": h.amount} for h in self.by_hour],
            "grams_received": self.grams_received,
            "donations": self.donations,
            "kilos": [{"category": k.name, "grams": k.grams, "pieces": k.pieces} for k in self.kilos],
            "sell_through": [
                {
                    "category": s.name,
                    "sold": s.sold,
                    "median_days": s.median_days,
                    "intake": s.intake,
                    "intake_sold": s.intake_sold,
                }
                for s in self.sell_through
            ],
        }


# --- the queries ------------------------------------------------------------------

# Real sales and returns of the period; ``s`` is the sales table. The range on
# business_date comes first so that SQLite starts from its index.
_REAL_SALES = (
    "s.business_date >= :first AND s.business_date <= :last "
    "AND s.training = 0 AND s.kind IN ('sale', 'return')"
)

SQL: dict[str, str] = {
    "categories": "SELECT id, name, kind FROM categories ORDER BY position, name",
    "receipts": f"""
        SELECT CAST(substr(s.created_at, 12, 2) AS INTEGER) AS hour, s.kind,
               count(*), sum(s.total), sum(s.rounding)
        FROM sales AS s
        WHERE {_REAL_SALES}
        GROUP BY hour, s.kind""",
    "by_category": f"""
        SELECT l.category_id, sum(l.quantity), sum(l.total)
        FROM sales AS s JOIN sale_lines AS l ON l.sale_id = s.id
        WHERE {_REAL_SALES}
        GROUP BY l.category_id""",
    "by_payment": f"""
        SELECT p.method, count(*), sum(p.amount)
        FROM sales AS s JOIN payments AS p ON p.sale_id = s.id
        WHERE {_REAL_SALES}
        GROUP BY p.method""",
    "kilos": """
        SELECT l.category_id, sum(l.weight_grams), sum(l.count)
        FROM donations AS d JOIN donation_lines AS l ON l.donation_id = d.id
        WHERE d.received_at >= :from_text AND d.received_at < :to_text
        GROUP BY l.category_id""",
    "donations": """
        SELECT count(*) FROM donations AS d
        WHERE d.received_at >= :from_text AND d.received_at < :to_text""",
    # Unique items sold in the period, with their days on the shelf.
    "sold_items": f"""
        SELECT l.category_id,
               CAST(julianday(s.business_date) - julianday(substr(i.intake_at, 1, 10)) AS INTEGER)
        FROM sales AS s
        JOIN sale_lines AS l ON l.sale_id = s.id
        JOIN items AS i ON i.id = l.item_id
        WHERE {_REAL_SALES} AND s.kind = 'sale' AND l.kind = 'item' AND l.quantity > 0""",
    # One category's intake in the period, counted from its (category_id, intake_at) index.
    "intake": """
        SELECT count(*) FROM items
        WHERE category_id = :category_id AND intake_at >= :from_text AND intake_at < :to_text""",
    "intake_sold": """
        SELECT count(*) FROM items
        WHERE category_id = :category_id AND status = 'sold'
          AND intake_at >= :from_text AND intake_at < :to_text""",
}


_STATEMENTS = {name: text(sql) for name, sql in SQL.items()}  # parsed once


def _params(period: Period) -> dict[str, str]:
    return {
        "first": period.first.isoformat(),
        "last": period.last.isoformat(),
        "from_text": period.first.isoformat(),
        "to_text": (period.last + timedelta(days=1)).isoformat(),
    }


def build_period_report(db: Database, period: Period, *, now: datetime, operator: Operator) -> PeriodReport:
    """All the figures of ``period``, read in one snapshot (see the module's docstring).

    Only a shop leader (or an administrator) may see them: anyone else gets
    :class:`PermissionDenied` and nothing is read.
    """
    require(operator.role, Action.VIEW_REPORTS)
    with db.read() as session:
        return period_report(session.connection(), period, now=now)


def period_report(conn: Connection, period: Period, *, now: datetime) -> PeriodReport:
    """:func:`build_period_report` on an open connection (inside the caller's transaction)."""
    params = _params(period)

    def rows(name: str, **extra: object) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in conn.execute(_STATEMENTS[name], {**params, **extra})]

    categories = {cid: (name, kind) for cid, name, kind in rows("categories")}
    order = {cid: n for n, cid in enumerate(categories)}

    def name_of(cid: int | None) -> tuple[str, str]:
        return categories.get(cid, ("?", "goods")) if cid is not None else ("?", "goods")

    receipts = returns_count = gross = returned = rounding = 0
    hours: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for hour, kind, count, total, rounded in rows("receipts"):
        rounding += rounded or 0
        if kind == "sale":
            receipts += count
            gross += total or 0
            hours[hour][0] += count
        else:
            returns_count += count
            returned += total or 0
        hours[hour][1] += total or 0
    by_hour = tuple(HourFigure(h, n, amount) for h, (n, amount) in sorted(hours.items()))

    by_category = tuple(
        sorted(
            (
                CategoryFigure(cid, *name_of(cid), count or 0, amount or 0)
                for cid, count, amount in rows("by_category")
            ),
            key=lambda c: (-c.amount, order.get(c.category_id, 0)),
        )
    )
    payments = {method: (count, amount or 0) for method, count, amount in rows("by_payment")}
    methods = [m for m in PAYMENT_METHODS if m in payments] + sorted(set(payments) - set(PAYMENT_METHODS))
    by_payment = tuple(PaymentFigure(m, *payments[m]) for m in methods)

    kilos = tuple(
        sorted(
            (
                KiloFigure(cid, name_of(cid)[0], grams or 0, pieces or 0)
                for cid, grams, pieces in rows("kilos")
            ),
            key=lambda k: (-k.grams, order.get(k.category_id, 0)),
        )
    )
    donations = rows("donations")[0][0]

    days_on_shelf: dict[int, list[int]] = defaultdict(list)
    for cid, days in rows("sold_items"):
        days_on_shelf[cid].append(max(days or 0, 0))
    sell_through = []
    for cid, (name, kind) in categories.items():
        if kind == "cafe":
            continue  # no labelled items
        intake = rows("intake", category_id=cid)[0][0]
        sold = days_on_shelf.get(cid, [])
        if not intake and not sold:
            continue
        intake_sold = rows("intake_sold", category_id=cid)[0][0] if intake else 0
        median = float(statistics.median(sold)) if sold else None
        sell_through.append(SellThroughFigure(cid, name, len(sold), median, intake, intake_sold))

    return PeriodReport(
        period=period,
        made_at=now,
        receipts=receipts,
        returns_count=returns_count,
        gross_sales=gross,
        returns=returned,
        by_category=by_category,
        by_payment=by_payment,
        by_hour=by_hour,
        kilos=kilos,
        donations=donations,
        sell_through=tuple(sell_through),
        rounding=rounding,
    )


def query_plans(db: Database, period: Period) -> dict[str, list[str]]:
    """SQLite's plan for each query (``EXPLAIN QUERY PLAN`` details), to prove they use indexes."""
    params = {**_params(period), "category_id": 1}
    plans: dict[str, list[str]] = {}
    with db.read() as session:
        conn = session.connection()
        for name, sql in SQL.items():
            plans[name] = [row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql), params)]
    return plans
