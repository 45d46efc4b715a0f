"""The X and Z section of discounts and new prices given at the till, by operator.

Counted from the day's sales, not from the moment each was given: a sale's
journal entry lists what was given on the lines it sold (``price_changes``,
see :mod:`bruktpos.services.price_rules`), so a line removed before payment,
or a discount taken back, is not counted as given. Every change as it was
made stays in the journal (``discount``, ``price_override``).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection, text

from bruktpos.domain.reports import CountAmount, PriceChangeTotal

_SOLD_CHANGES = text(
    "SELECT j.details FROM journal j JOIN sales s ON s.id = j.sale_id "
    "WHERE j.event = 'sale' AND s.register_id = :register AND s.business_date = :date "
    "AND s.training = 0 ORDER BY j.id"
)


def price_changes_section(
    conn: Connection, register_id: int, business_date: date, users: dict[int, str]
) -> tuple[PriceChangeTotal, ...]:
    """Per person who gave them (by name): discounts and new prices, as count and amount."""
    per: dict[int, list[int]] = {}  # id → [discounts, discounted, overrides, overridden, approved]
    params = {"register": register_id, "date": business_date.isoformat()}
    for (details_text,) in conn.execute(_SOLD_CHANGES, params):
        for change in json.loads(details_text).get("price_changes", ()):
            figures = per.setdefault(int(change["by"]), [0, 0, 0, 0, 0])
            at = 0 if change["kind"] == "discount" else 2
            figures[at] += 1
            figures[at + 1] += int(change["amount"])
            if change.get("approved_by") is not None:
                figures[4] += 1
    return tuple(
        PriceChangeTotal(
            operator_id=oid,
            name=users.get(oid, str(oid)),
            discounts=CountAmount(f[0], f[1]),
            overrides=CountAmount(f[2], f[3]),
            approved=f[4],
        )
        for oid, f in sorted(per.items(), key=lambda kv: users.get(kv[0], ""))
    )
