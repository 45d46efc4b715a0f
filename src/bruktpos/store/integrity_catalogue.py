"""``verify``'s check of categories and products against the journal entries that changed them.

A leader's every change to the catalogue is journalled (``category_changed``,
``product_changed``: services/catalogue.py), the new values in ``to``, the
whole row in an ``added`` entry. Replaying them gives, for each field the
journal has spoken of, what the row must hold now; a price, name, tax code
or colour changed behind the till's back, a category or product switched on
or off, or one the journal knows removed, is named.

What the journal never spoke of is not checked: the categories and products
a set-up or the demo made (they are not journalled one by one) until a
leader first changes them, a button's place, a product's category (the
journal names it by the category's name, which may change since), and the
stock count (it moves with every sale and delivery).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

# The journal's name for a field → the column that holds it, and how to read the column.
_CATEGORY_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("name", "text"),
    "kind": ("kind", "text"),
    "default_price": ("default_price", "int"),
    "quick_prices": ("quick_prices", "json"),
    "vat_code": ("vat_code", "text"),
    "color": ("color", "text"),
    "saft_group": ("saft_group", "text"),
    "markdown_rule": ("markdown_rule", "text"),
    "price_tags": ("price_tags", "bool"),
    "active": ("active", "bool"),
}
_PRODUCT_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("name", "text"),
    "price": ("price", "int"),
    "vat_code": ("vat_code", "text"),
    "color": ("color", "text"),
    "barcode": ("barcode", "text"),
    "track_stock": ("track_stock", "bool"),
    "active": ("active", "bool"),
}


@dataclass
class CatalogueReplay:
    """What the journal says each journalled category and product holds, entry by entry."""

    categories: dict[int, dict[str, Any]] = field(default_factory=dict)
    products: dict[int, dict[str, Any]] = field(default_factory=dict)

    def category(self, details: dict[str, Any]) -> None:
        self._replay(self.categories, details, "category", _CATEGORY_FIELDS)

    def product(self, details: dict[str, Any]) -> None:
        self._replay(self.products, details, "product", _PRODUCT_FIELDS)

    @staticmethod
    def _replay(
        rows: dict[int, dict[str, Any]],
        details: dict[str, Any],
        what: str,
        fields: dict[str, tuple[str, str]],
    ) -> None:
        if f"{what}_id" not in details:  # "reordered": the till's order, not a row's values
            return
        known = rows.setdefault(int(details[f"{what}_id"]), {})
        if details["action"] == "added":
            known["active"] = True
        # Every entry names its row by the name it has once the change is made.
        known["name"] = str(details[what])
        known.update({name: value for name, value in dict(details["to"]).items() if name in fields})


def check_catalogue(conn: sqlite3.Connection, replay: CatalogueReplay, problems: list[str]) -> None:
    """Append to ``problems`` each category and product that differs from what the journal says."""
    for table, what, known, fields in (
        ("categories", "category", replay.categories, _CATEGORY_FIELDS),
        ("products", "product", replay.products, _PRODUCT_FIELDS),
    ):
        expected = dict(known)
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            said = expected.pop(row["id"], None)
            if not said:
                continue
            who = f"{what} #{row['id']} ({row['name']})"
            for name, value in said.items():
                column, kind = fields[name]
                stored = _read(row[column], kind)
                if stored != value:
                    problems.append(
                        f"{who} was changed behind the till's back: {name} is {stored!r}, "
                        f"the journal says {value!r}"
                    )
        for row_id, said in sorted(expected.items()):
            problems.append(f"{what} #{row_id} ({said.get('name', '?')}) was removed")


def _read(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "json":
        try:
            return json.loads(value)
        except (TypeError, ValueError):
            return value
    return value
