"""X and Z reports: the figures of one register's business day.

One function, :func:`build_report`, computes every figure from the stored
rows (non-training only), so the X report at noon, the Z report at close,
the printed slip, the PDF and ``bruktpos report`` all agree. A Z report is
stored whole (``z_reports.report`` and its journal entry) when the day is
closed; :func:`stored_z` reads it back as it was, never recomputed.

Conventions (all amounts integer øre):

* ``gross_sales`` is the sum of the sales receipts' totals (after discounts,
  before cash rounding); ``returns`` is what was given back, as a positive
  amount; ``net_sales = gross_sales − returns``. ``rounding`` is the cash
  rounding, so ``sum(by_payment) == net_sales + rounding``.
* ``by_category`` and ``by_vat`` are net of returns (return lines are
  negative), so each sums to ``net_sales``.
* VAT per tax code (the code each line was sold under) is the sum of each
  receipt's VAT for that code, exactly as the receipts showed it; sales of a
  shop that was not VAT-registered are one line without a code and no VAT.
  The JSON holds it per code (``vat``) and, as before codes were kept, per
  rate (``by_vat``).
* Cash: ``expected_cash = float + cash_sales − cash_refunds + cash_in −
  cash_out − deposits``, where cash payments are what stayed in the drawer
  (change already given back).
* Grand totals accumulate from installation: the previous Z's plus this day's.

Counts and amounts of voids, corrections, copies and drawer openings come
from the journal entries written during the day (``opened_at`` until the
report is taken). The system's identity, the first and last receipt number,
the training receipts and the drawer's openings with and without a sale are
:mod:`bruktpos.services.report_identity`'s section.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any, TypedDict

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from bruktpos.domain.reports import (
    CategoryTotal,
    CountAmount,
    CountLine,
    MovementLine,
    OperatorTotal,
    VatTotal,
    X,
)

# DayReport and Z are re-exported: the ui reads them from here.
from bruktpos.domain.reports import DayReport as DayReport
from bruktpos.domain.reports import Z as Z
from bruktpos.domain.vat import TaxCode, code_order, line_code, vat_of
from bruktpos.services.drawer_count import day_counts
from bruktpos.services.parked_close import parked_section
from bruktpos.services.report_identity import identity_section
from bruktpos.services.report_price_changes import price_changes_section
from bruktpos.store.journal import NOT_A_SALE, Event, iso
from bruktpos.store.prepared import cursor

# --- building ----------------------------------------------------------------

_DAY = text(
    "SELECT d.id, d.status, d.opened_at, d.opening_float, d.opening_count, d.closed_at, u.name, "
    "d.opening_note, d.last_close_cash "
    "FROM business_days d JOIN users u ON u.id = d.opened_by "
    "WHERE d.register_id = :register AND d.business_date = :date"
)
_REGISTER = text(
    "SELECT r.code, r.name, s.name, s.org_number, s.vat_registered FROM registers r "
    "JOIN shop s ON s.id = r.shop_id WHERE r.id = :register"
)
# The day's rows, fetched plain and added up in Python: SQLite's GROUP BY over a
# join (a sorter per query) cost several times more than reading the rows.
_DAY_SALES = (
    "SELECT id, kind, operator_id, total, vat, rounding, vat_registered FROM sales "
    "WHERE register_id = ? AND business_date = ? AND training = 0"
)
_DAY_PAYMENTS = (
    "SELECT p.sale_id, p.method, p.amount FROM sales s JOIN payments p ON p.sale_id = s.id "
    "WHERE s.register_id = ? AND s.business_date = ? AND s.training = 0"
)
_DAY_LINES = (
    "SELECT l.sale_id, l.vat_rate, l.vat_code, l.category_id, l.quantity, l.total, l.discount "
    "FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "WHERE s.register_id = ? AND s.business_date = ? AND s.training = 0"
)
_CATEGORIES = text("SELECT id, name, kind FROM categories")
_MOVEMENTS = text(
    "SELECT m.id, m.kind, m.amount, m.reason, m.at, u.name FROM cash_movements m "
    "JOIN users u ON u.id = m.user_id WHERE m.business_day_id = :day ORDER BY m.id"
)
_EVENTS = text(
    "SELECT j.event, j.details, s.total FROM journal j LEFT JOIN sales s ON s.id = j.sale_id "
    "WHERE j.register_id = :register AND j.event IN ('line_void', 'price_override', "
    "'receipt_copy', 'drawer_opened') AND j.at >= :start AND j.at < :end "
    f"AND j.{NOT_A_SALE}"  # the index's condition, so SQLite uses it
)
_PREVIOUS_Z = text(
    "SELECT z.z_number, z.grand_total_sales, z.grand_total_returns, z.grand_total_net "
    "FROM z_reports z JOIN business_days d ON d.id = z.business_day_id "
    "WHERE z.register_id = :register AND d.business_date < :date "
    "ORDER BY z.z_number DESC LIMIT 1"
)
# A register's first Z: the sales it made before it had business days (a shop
# upgraded from a version without them) still count in the grand totals.
_BEFORE_FIRST_Z = text(
    "SELECT coalesce(sum(CASE WHEN kind = 'return' THEN 0 ELSE total END), 0), "
    "coalesce(sum(CASE WHEN kind = 'return' THEN -total ELSE 0 END), 0) "
    "FROM sales WHERE register_id = :register AND training = 0 AND business_date < :date"
)
_OWN_Z = text(
    "SELECT z.z_number, z.report FROM z_reports z JOIN business_days d ON d.id = z.business_day_id "
    "WHERE z.register_id = :register AND d.business_date = :date"
)
_USERS = text("SELECT id, name FROM users")


def _conn(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def _cursor(conn: Connection) -> sqlite3.Cursor:
    # The driver's own cursor, inside the caller's transaction (see store/prepared.py).
    return cursor(conn)


def build_report(
    conn: Session | Connection,
    register_id: int,
    business_date: date,
    kind: str = X,
    *,
    at: datetime | None = None,
) -> DayReport:
    """Compute the report of ``register_id``'s day ``business_date``.

    ``kind`` "X" or "Z" (a Z built here has no count yet: the day service adds
    it at close with :meth:`DayReport.with_close`). ``at`` is the moment the
    report is taken (default: now); journal events up to it count.

    Each section of the report is added up by its own builder below, in the
    order the report is read: the receipts, the payments, the lines
    (categories, VAT, discounts), the drawer, the journal's events and the
    grand totals.
    """
    if kind not in (X, Z):
        raise ValueError(f"kind must be X or Z, not {kind!r}")
    c = _conn(conn)
    at = at or datetime.now().astimezone()
    params = {"register": register_id, "date": business_date.isoformat()}
    code, register_name, shop_name, org_number, vat_registered = c.execute(_REGISTER, params).one()
    day = c.execute(_DAY, params).one_or_none()
    users: dict[int, str] = dict(c.execute(_USERS).all())

    cursor = _cursor(c)
    day_params = (register_id, business_date.isoformat())
    sales, per_operator, totals = _sales_section(cursor, day_params)
    payments = _payments_section(cursor, day_params, sales, per_operator)
    lines = _lines_section(c, cursor, day_params, sales)
    drawer, start, end = _drawer_section(c, day, business_date, at)
    events = _events_section(c, register_id, start, end)
    counts = _counts_section(c, day)
    identity = identity_section(c, register_id, business_date, start, end)
    before_sales, before_returns, before_net, z_number = _grand_totals_section(c, params, kind)

    gross, returns = totals["gross_sales"], totals["returns"]
    net = gross - returns
    by_payment = payments["by_payment"]
    cafe_sales = sum(t.amount for t in lines["by_category"] if t.kind == "cafe")
    return DayReport(
        kind=kind,
        z_number=z_number,
        business_date=business_date,
        register_id=register_id,
        register=code,
        register_name=register_name,
        shop_name=shop_name,
        org_number=org_number,
        vat_registered=bool(vat_registered),
        taken_at=iso(at),
        **totals,
        net_sales=net,
        shop_sales=net - cafe_sales,
        cafe_sales=cafe_sales,
        **payments,
        **lines,
        by_operator=_operators_section(per_operator, users),
        price_changes_by_operator=price_changes_section(c, register_id, business_date, users),
        **parked_section(c, register_id),
        **events,
        **drawer,
        expected_cash=(
            drawer["opening_float"]
            + payments["cash_sales"]
            - payments["cash_refunds"]
            + drawer["cash_in"]
            - drawer["cash_out"]
            - drawer["deposits"]
        ),
        card_total=by_payment.get("card", 0),
        vipps_total=by_payment.get("vipps", 0),
        grand_total_sales=before_sales + gross,
        grand_total_returns=before_returns + returns,
        grand_total_net=before_net + net,
        **counts,
        **identity,
    )


_Sales = dict[int, tuple[bool, bool, int]]  # sale id → (is a return, VAT-registered, operator)


class _Totals(TypedDict):
    receipts: int
    gross_sales: int
    returns: int
    returns_count: int
    vat_total: int
    rounding: int


class _Counts(TypedDict):
    counts: tuple[CountLine, ...]
    float_note: str
    last_close_cash: int | None


def _sales_section(
    cursor: sqlite3.Cursor, day_params: tuple[int, str]
) -> tuple[_Sales, dict[int, dict[str, Any]], _Totals]:
    """Sales and returns, in all and per operator."""
    receipts = returns_count = gross = returns = vat_total = rounding = 0
    per_operator: dict[int, dict[str, Any]] = {}
    sales: _Sales = {}
    for sale_id, sale_kind, operator_id, total, vat, rounded, registered in cursor.execute(
        _DAY_SALES, day_params
    ):
        is_return = sale_kind == "return"
        sales[sale_id] = (is_return, bool(registered), operator_id)
        op = per_operator.get(operator_id)
        if op is None:
            op = per_operator[operator_id] = {
                "receipts": 0,
                "returns_count": 0,
                "amount": 0,
                "by_payment": {},
            }
        vat_total += vat
        rounding += rounded
        op["amount"] += total
        if is_return:
            returns_count += 1
            returns -= total  # stored negative
            op["returns_count"] += 1
        else:
            receipts += 1
            gross += total
            op["receipts"] += 1
    totals: _Totals = {
        "receipts": receipts,
        "gross_sales": gross,
        "returns": returns,
        "returns_count": returns_count,
        "vat_total": vat_total,
        "rounding": rounding,
    }
    return sales, per_operator, totals


def _payments_section(
    cursor: sqlite3.Cursor,
    day_params: tuple[int, str],
    sales: _Sales,
    per_operator: dict[int, dict[str, Any]],
) -> dict[str, Any]:
    """Sales by payment method (in all and per operator), cash in and out, vouchers."""
    by_payment: dict[str, int] = defaultdict(int)
    cash_sales = cash_refunds = 0
    issued = [0, 0]
    redeemed = [0, 0]
    for sale_id, method, amount in cursor.execute(_DAY_PAYMENTS, day_params):
        is_return, _registered, operator_id = sales[sale_id]
        by_payment[method] += amount
        if method == "voucher":
            target, value = (issued, -amount) if is_return else (redeemed, amount)
            target[0] += 1
            target[1] += value
        paid = per_operator[operator_id]["by_payment"]
        paid[method] = paid.get(method, 0) + amount
        if method == "cash":
            if is_return:
                cash_refunds -= amount
            else:
                cash_sales += amount
    return {
        "by_payment": dict(sorted(by_payment.items())),
        "cash_sales": cash_sales,
        "cash_refunds": cash_refunds,
        "vouchers_issued": CountAmount(*issued),
        "vouchers_redeemed": CountAmount(*redeemed),
    }


def _lines_section(
    c: Connection, cursor: sqlite3.Cursor, day_params: tuple[int, str], sales: _Sales
) -> dict[str, Any]:
    """Lines: categories, VAT per receipt and tax code, discounts."""
    categories = {cid: (name, ckind) for cid, name, ckind in c.execute(_CATEGORIES)}
    per_category: dict[int | None, list[int]] = {}
    # A receipt's VAT is its codes' split (as it showed it); unregistered sales have no code.
    per_receipt_code: dict[tuple[int, TaxCode | None], int] = defaultdict(int)
    discounts_count = discounts_amount = 0
    for sale_id, rate, stored_code, category_id, qty, total, discount in cursor.execute(
        _DAY_LINES, day_params
    ):
        is_return, registered, _operator = sales[sale_id]
        per_receipt_code[(sale_id, line_code(stored_code, rate) if registered else None)] += total
        entry = per_category.get(category_id)
        if entry is None:
            entry = per_category[category_id] = [0, 0]
        entry[0] += qty
        entry[1] += total
        if discount and not is_return:
            discounts_count += 1
            discounts_amount += discount
    by_code: dict[TaxCode | None, list[int]] = {}
    for (_sale, code), total in per_receipt_code.items():
        entry = by_code.setdefault(code, [0, 0])
        entry[0] += total
        entry[1] += vat_of(total, 0 if code is None else code.rate)
    by_vat = tuple(
        sorted((VatTotal(code, g, v) for code, (g, v) in by_code.items()), key=lambda v: code_order(v.code))
    )
    by_category = tuple(
        sorted(
            (
                CategoryTotal(*categories.get(cid, ("", "")), count=qty, amount=amount)
                for cid, (qty, amount) in per_category.items()
            ),
            key=lambda t: (-t.amount, t.category),
        )
    )
    return {
        "by_category": by_category,
        "by_vat": by_vat,
        "discounts": CountAmount(discounts_count, discounts_amount),
    }


def _drawer_section(
    c: Connection, day: Any, business_date: date, at: datetime
) -> tuple[dict[str, Any], str, str]:
    """The drawer: the opening float and count, the cash movements; and the day's span in the journal."""
    opening_float = 0
    opening_count: dict[str, int] = {}
    movements: tuple[MovementLine, ...] = ()
    opened_at = opened_by = None
    if day is not None:
        day_id, _status, opened_at, opening_float, count_text, closed_at, opened_by = day[:7]
        opening_count = json.loads(count_text)
        movements = tuple(MovementLine(*row) for row in c.execute(_MOVEMENTS, {"day": day_id}))
        start = opened_at
        end = closed_at if closed_at is not None else _after(at)
    else:
        start, end = business_date.isoformat(), (business_date + timedelta(days=1)).isoformat()
    drawer = {
        "opened_at": opened_at,
        "opened_by": opened_by,
        "opening_float": opening_float,
        "opening_count": opening_count,
        "cash_in": sum(m.amount for m in movements if m.kind == "pay_in"),
        "cash_out": sum(m.amount for m in movements if m.kind == "pay_out"),
        "deposits": sum(m.amount for m in movements if m.kind == "deposit"),
        "movements": movements,
    }
    return drawer, start, end


def _counts_section(c: Connection, day: Any) -> _Counts:
    """The drawer's closing counts (first, recounts) and the float's note (issue 13)."""
    if day is None:
        return {"counts": (), "float_note": "", "last_close_cash": None}
    return {
        "counts": day_counts(c, int(day[0])),
        "float_note": str(day[7] or ""),
        "last_close_cash": None if day[8] is None else int(day[8]),
    }


def _events_section(c: Connection, register_id: int, start: str, end: str) -> dict[str, Any]:
    """Journal: voids, corrections, price overrides, copies, drawer openings without a sale."""
    voids = [0, 0]
    corrections = [0, 0]
    overrides = [0, 0]
    copies = [0, 0]
    no_sale = 0
    for event, details_text, sale_total in c.execute(
        _EVENTS, {"register": register_id, "start": start, "end": end}
    ):
        details = json.loads(details_text)
        if event == Event.LINE_VOID:
            target = corrections if details.get("correction") else voids
            target[0] += 1
            target[1] += int(details.get("amount") or 0)
        elif event == Event.PRICE_OVERRIDE:
            overrides[0] += 1
            overrides[1] += int(details.get("from") or 0) - int(details.get("to") or 0)
        elif event == Event.RECEIPT_COPY:
            copies[0] += 1
            copies[1] += sale_total or 0
        elif event == Event.DRAWER_OPENED and details.get("no_sale"):
            no_sale += 1
    return {
        "copies": CountAmount(*copies),
        "voids": CountAmount(*voids),
        "corrections": CountAmount(corrections[0] + overrides[0], corrections[1] + overrides[1]),
        "price_overrides": CountAmount(*overrides),
        "no_sale_openings": no_sale,
    }


def _grand_totals_section(
    c: Connection, params: dict[str, Any], kind: str
) -> tuple[int, int, int, int | None]:
    """The grand totals before this day (sales, returns, net) and the Z number."""
    previous = c.execute(_PREVIOUS_Z, params).one_or_none()
    if previous is not None:
        before_sales, before_returns, before_net = previous[1], previous[2], previous[3]
    else:
        before_sales, before_returns = c.execute(_BEFORE_FIRST_Z, params).one()
        before_net = before_sales - before_returns
    z_number = None
    if kind == Z:
        own = c.execute(_OWN_Z, params).one_or_none()
        z_number = own[0] if own else (previous[0] + 1 if previous else None)
    return before_sales, before_returns, before_net, z_number


def _operators_section(
    per_operator: dict[int, dict[str, Any]], users: dict[int, str]
) -> tuple[OperatorTotal, ...]:
    """Per operator, in name order."""
    return tuple(
        OperatorTotal(
            operator_id=oid,
            name=users.get(oid, str(oid)),
            receipts=o["receipts"],
            returns_count=o["returns_count"],
            amount=o["amount"],
            by_payment=dict(sorted(o["by_payment"].items())),
        )
        for oid, o in sorted(per_operator.items(), key=lambda kv: users.get(kv[0], ""))
    )


def _after(moment: datetime) -> str:
    # Journal times are ISO text: everything up to and including ``moment``.
    return iso(moment + timedelta(microseconds=1))


def stored_z(conn: Session | Connection, register_id: int, business_date: date) -> DayReport | None:
    """The Z report stored when the day was closed (None if it was not)."""
    row = (
        _conn(conn)
        .execute(_OWN_Z, {"register": register_id, "date": business_date.isoformat()})
        .one_or_none()
    )
    return None if row is None else DayReport.from_json(json.loads(row[1]))
