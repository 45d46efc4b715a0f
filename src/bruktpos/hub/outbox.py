"""A closed day's summary for the chapter hub, and the shop's outbox of them.

:func:`enqueue_day` runs inside the Z report's transaction (services/day.py
calls it after writing the ``z_reports`` row), so a day is closed and queued
for the hub together or not at all. The summary holds figures only: no
operator, no donor, nothing about a person. Money is integer øre (VAT
included), weights are grams.
"""

from __future__ import annotations

import json
import logging
import statistics
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text
from sqlalchemy.orm import Session

from bruktpos.domain.reports import vat_per_rate, vat_to_json
from bruktpos.domain.vat import TaxCode, line_code, split_vat
from bruktpos.hub.anchors import register_anchor
from bruktpos.store.journal import canonical_json
from bruktpos.store.models import OutboxEntry
from bruktpos.store.prepared import inserted_id

log = logging.getLogger(__name__)

FORMAT = 1

_SALES = text(
    """
    SELECT kind, count(*) AS n, coalesce(sum(total), 0) AS total, coalesce(sum(discount), 0) AS discount,
           coalesce(sum(rounding), 0) AS rounding, min(created_at) AS first, max(created_at) AS last
    FROM sales
    WHERE register_id = :register AND business_date = :date AND training = 0
    GROUP BY kind
    """
)
_PAYMENTS = text(
    """
    SELECT p.method, coalesce(sum(p.amount), 0)
    FROM payments p JOIN sales s ON s.id = p.sale_id
    WHERE s.register_id = :register AND s.business_date = :date AND s.training = 0
    GROUP BY p.method ORDER BY p.method
    """
)
_LINES = text(
    """
    SELECT s.kind, l.vat_rate, l.vat_code, c.name, c.kind AS category_kind, sum(l.quantity), sum(l.total)
    FROM sale_lines l
    JOIN sales s ON s.id = l.sale_id
    LEFT JOIN items i ON i.id = l.item_id
    LEFT JOIN products p ON p.id = l.product_id
    LEFT JOIN categories c ON c.id = coalesce(l.category_id, i.category_id, p.category_id)
    WHERE s.register_id = :register AND s.business_date = :date AND s.training = 0
    GROUP BY s.kind, l.vat_rate, l.vat_code, c.name, c.kind
    """
)
_SOLD_ITEMS = text(
    """
    SELECT c.name, i.intake_at, s.created_at
    FROM sale_lines l
    JOIN sales s ON s.id = l.sale_id
    JOIN items i ON i.id = l.item_id
    JOIN categories c ON c.id = i.category_id
    WHERE s.register_id = :register AND s.business_date = :date AND s.training = 0 AND s.kind = 'sale'
    """
)
_DIFFERENCE = text(
    """
    SELECT z.difference, z.difference_note, u.name
    FROM z_reports z JOIN business_days d ON d.id = z.business_day_id
    LEFT JOIN users u ON u.id = z.approved_by
    WHERE d.register_id = :register AND d.business_date = :date
    """
)
# Donations belong to the shop, not to a register: they are counted on the
# summary of the shop's first register only, so the hub never counts twice.
_DONATIONS = text(
    """
    SELECT count(DISTINCT d.id), c.name, coalesce(sum(l.weight_grams), 0), coalesce(sum(l.count), 0)
    FROM donations d
    JOIN donation_lines l ON l.donation_id = d.id
    JOIN categories c ON c.id = l.category_id
    WHERE substr(d.received_at, 1, 10) = :date
    GROUP BY c.name ORDER BY c.name
    """
)
_DONATION_COUNT = text("SELECT count(*) FROM donations WHERE substr(received_at, 1, 10) = :date")
_SHOP = text("SELECT name, shop_number, vat_registered FROM shop ORDER BY id LIMIT 1")
_SETTING = text("SELECT value FROM settings WHERE key = :key")


def _connection(conn: Connection | Session) -> Connection:
    return conn.connection() if isinstance(conn, Session) else conn


def shop_code(conn: Connection | Session) -> str:
    """The code this shop syncs as: the ``hub_shop_code`` setting, else "S" + shop number."""
    conn = _connection(conn)
    stored = conn.execute(_SETTING, {"key": "hub_shop_code"}).scalar()
    code = json.loads(stored) if stored else ""
    return str(code) if code else default_shop_code(conn)


def default_shop_code(conn: Connection | Session) -> str:
    """The code a shop syncs as when none is set: "S" + its shop number (S001)."""
    shop = _connection(conn).execute(_SHOP).first()
    return f"S{(shop.shop_number if shop else 1):03d}"


def _days(intake_at: str, sold_at: str) -> float:
    return (datetime.fromisoformat(sold_at) - datetime.fromisoformat(intake_at)).total_seconds() / 86400


def build_day_summary(conn: Connection | Session, register_id: int, business_date: date) -> dict[str, Any]:
    """The figures of one register's business day (non-training sales and returns only).

    Keys: ``format``, ``shop``, ``shop_name``, ``register``,
    ``business_date``; the hub's columns ``net_sales``, ``gross_sales``,
    ``returns`` (positive), ``receipts``, ``items_sold``, ``discounts``,
    ``cash_difference``, ``grams_received``, ``cafe_sales``, ``shop_sales``,
    ``first_sale_at``, ``last_sale_at`` (ISO text or None); ``cash_note`` (the
    Z's note on its cash difference, "" if none) and ``cash_approved_by`` (the
    name of the leader who approved it, or None); and the detail
    ``return_receipts``, ``items_returned``, ``rounding``, ``payments``
    ({method: øre, refunds subtracted}), ``vat`` ([{rate, gross, vat}] per rate),
    ``vat_by_code`` ([{code, rate, gross, vat, net}] per SAF-T tax code; code
    None when the shop is not VAT-registered),
    ``categories`` ([{name, kind, net_sales, quantity}]), ``donations``
    ({count, grams, categories: [{name, grams, count}]}), ``sell_through``
    ([{category, items, median_days}]); ``anchor``: the register's chains as
    they stand at the Z (:func:`bruktpos.hub.anchors.register_anchor`).
    """
    conn = _connection(conn)
    params = {"register": register_id, "date": business_date.isoformat()}
    shop = conn.execute(_SHOP).one()
    register = conn.execute(text("SELECT id, code FROM registers WHERE id = :id"), {"id": register_id}).one()
    first_register = conn.execute(text("SELECT min(id) FROM registers")).scalar()

    sales = {row.kind: row for row in conn.execute(_SALES, params)}
    sold, returned = sales.get("sale"), sales.get("return")
    gross = sold.total if sold else 0
    returns = -returned.total if returned else 0
    first_sale = sold.first if sold else None
    last_sale = sold.last if sold else None

    payments = {method: int(amount) for method, amount in conn.execute(_PAYMENTS, params)}

    vat_pairs: list[tuple[TaxCode, int]] = []
    categories: dict[str, dict[str, Any]] = {}
    kinds = {"cafe": 0, "goods": 0}
    items_sold = items_returned = 0
    for kind, rate, code, name, category_kind, quantity, total in conn.execute(_LINES, params):
        vat_pairs.append((line_code(code, rate), int(total)))
        key = name or "?"
        entry = categories.setdefault(
            key, {"name": key, "kind": category_kind or "goods", "net_sales": 0, "quantity": 0}
        )
        entry["net_sales"] += int(total)
        entry["quantity"] += int(quantity)
        kinds["cafe" if category_kind == "cafe" else "goods"] += int(total)
        if kind == "return":
            items_returned -= int(quantity)
        else:
            items_sold += int(quantity)

    ages: dict[str, list[float]] = defaultdict(list)
    for name, intake_at, sold_at in conn.execute(_SOLD_ITEMS, params):
        ages[name].append(_days(intake_at, sold_at))

    donation_lines: list[dict[str, Any]] = []
    donation_count = grams = 0
    if register_id == first_register:
        donation_count = int(conn.execute(_DONATION_COUNT, {"date": params["date"]}).scalar() or 0)
        for _n, name, weight, count in conn.execute(_DONATIONS, {"date": params["date"]}):
            donation_lines.append({"name": name, "grams": int(weight), "count": int(count)})
            grams += int(weight)

    z = conn.execute(_DIFFERENCE, params).first()
    difference, cash_note, approved_by = (z[0], z[1] or "", z[2]) if z else (0, "", None)
    vat = split_vat(vat_pairs, registered=bool(shop.vat_registered))
    return {
        "format": FORMAT,
        "shop": shop_code(conn),
        "shop_name": shop.name,
        "register": register.code,
        "business_date": business_date.isoformat(),
        "net_sales": gross - returns,
        "gross_sales": gross,
        "returns": returns,
        "receipts": sold.n if sold else 0,
        "return_receipts": returned.n if returned else 0,
        "items_sold": items_sold,
        "items_returned": items_returned,
        "discounts": (sold.discount if sold else 0) + (returned.discount if returned else 0),
        "rounding": (sold.rounding if sold else 0) + (returned.rounding if returned else 0),
        "cash_difference": int(difference or 0),
        "grams_received": grams,
        "cafe_sales": kinds["cafe"],
        "shop_sales": kinds["goods"],
        "first_sale_at": first_sale,
        "last_sale_at": last_sale,
        "cash_note": cash_note,  # the Z's note on the difference, and the leader who approved it
        "cash_approved_by": approved_by,
        "payments": payments,
        # Per rate, as the hub has always read it; and per tax code (5 and 6 apart at 0 %).
        "vat": vat_per_rate(vat),
        "vat_by_code": [vat_to_json(v) for v in vat],
        "categories": sorted(categories.values(), key=lambda c: c["name"]),
        "donations": {"count": donation_count, "grams": grams, "categories": donation_lines},
        "sell_through": [
            {"category": name, "items": len(days), "median_days": round(statistics.median(days), 1)}
            for name, days in sorted(ages.items())
        ],
        "anchor": register_anchor(conn, register_id),
    }


def enqueue_day(conn: Connection | Session, register_id: int, business_date: date, at: datetime) -> int:
    """Queue the day's summary for the hub, in the caller's transaction; returns the outbox row id.

    The revision is one more than the last one queued for this register and
    date, so a corrected day replaces the earlier one at the hub.
    """
    conn = _connection(conn)
    previous = conn.execute(
        select(func.max(OutboxEntry.revision)).where(
            OutboxEntry.register_id == register_id, OutboxEntry.business_date == business_date
        )
    ).scalar()
    revision = (previous or 0) + 1
    summary = build_day_summary(conn, register_id, business_date)
    summary["revision"] = revision
    result = conn.execute(
        insert(OutboxEntry).values(
            register_id=register_id,
            business_date=business_date,
            revision=revision,
            payload=canonical_json(summary),
            created_at=at,
            sent_at=None,
            attempts=0,
            last_error="",
        )
    )
    log.info(
        "closed day %s of register %d queued for the hub (rev. %d)", business_date, register_id, revision
    )
    return inserted_id(result)
