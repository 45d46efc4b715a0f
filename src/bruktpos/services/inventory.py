"""What is in the shop: listing items, and their labels.

The read side of the back room; intake and pricing (services/intake.py) are
its write side.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, String, func, select, text, true, type_coerce

from bruktpos.devices.labels import LabelData, mark_for
from bruktpos.domain.codes import normalize_scan
from bruktpos.domain.errors import ItemNotFound
from bruktpos.domain.formatting import format_number
from bruktpos.store.db import Database
from bruktpos.store.models import OFF_SHELF, Category, Item, ItemStatus, Product, Shop

# The status names the command line and exports use, and the stored ones.
STATUS_NAMES: dict[str, str] = {
    "in-stock": ItemStatus.IN_STOCK,
    "sold": ItemStatus.SOLD,
    "discarded": ItemStatus.DISCARDED,
    "recycled": ItemStatus.RECYCLED,
    "moved": ItemStatus.MOVED,
}


@dataclass(frozen=True)
class ItemRow:
    code: str
    category: str
    description: str
    price: int  # øre
    status: str  # one of STATUS_NAMES' keys
    intake_at: datetime

    @property
    def intake_date(self) -> date:
        return self.intake_at.date()

    def as_json(self) -> dict[str, object]:
        """The command line's ``--json`` form: integer øre, ISO date."""
        return {
            "code": self.code,
            "category": self.category,
            "description": self.description,
            "price": self.price,
            "status": self.status,
            "intake_date": self.intake_date.isoformat(),
        }


_STORED_TO_NAME = {stored: name for name, stored in STATUS_NAMES.items()}


_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])


def _of_status(query: _Query, stored: str) -> _Query:
    """``query`` narrowed to items of one status.

    Only items off the shelf are indexed by status (``ix_items_off_shelf``,
    migration 0013); SQLite uses that partial index only when the query
    names its condition as written, so it is added for those statuses.
    In stock and sold are most items: their newest are found by intake date.
    """
    query = query.where(Item.status == stored)
    if stored not in (ItemStatus.IN_STOCK, ItemStatus.SOLD):
        query = query.where(text(OFF_SHELF))
    return query


def list_items(
    db: Database,
    *,
    status: str | None = None,
    limit: int | None = None,
    category_id: int | None = None,
    intake_before: date | None = None,
) -> list[ItemRow]:
    """Items, newest intake first, optionally of one status (a key of STATUS_NAMES),
    one category, or taken in before a day."""
    if status is not None and status not in STATUS_NAMES:
        raise ValueError(f"unknown status {status!r}; use one of {', '.join(STATUS_NAMES)}")
    if limit is not None and limit < 1:
        raise ValueError("limit must be at least 1")
    query = (
        select(Item.code, Category.name, Item.description, Item.price, Item.status, Item.intake_at)
        .join(Category, Category.id == Item.category_id)
        .order_by(Item.intake_at.desc(), Item.id.desc())
    )
    if status is not None:
        query = _of_status(query, STATUS_NAMES[status])
    if category_id is not None:
        query = query.where(Item.category_id == category_id)
    if intake_before is not None:
        # Stored as local ISO text: its first ten characters are the local day.
        query = query.where(func.substr(Item.intake_at, 1, 10) < intake_before.isoformat())
    if limit is not None:
        query = query.limit(limit)
    with db.read() as session:
        return [
            ItemRow(code, category, description, price, _STORED_TO_NAME.get(stored, stored), intake_at)
            for code, category, description, price, stored, intake_at in session.execute(query)
        ]


def labels_for(db: Database, codes: list[str]) -> list[LabelData]:
    """Label contents for these item codes, in the order given (:class:`ItemNotFound` for an unknown one)."""
    wanted = [normalize_scan(code) for code in codes]
    with db.read() as session:
        shop = session.scalar(select(Shop.short_name).limit(1)) or ""
        rows = {
            code: (description, category, price, intake_at)
            for code, description, category, price, intake_at in session.execute(
                select(Item.code, Item.description, Category.name, Item.price, Item.intake_at)
                .join(Category, Category.id == Item.category_id)
                .where(Item.code.in_(wanted))
            )
        }
    labels = []
    for original, code in zip(codes, wanted, strict=True):
        if code not in rows:
            raise ItemNotFound(original)
        description, category, price, intake_at = rows[code]
        text = f"{category}: {description}" if description else category
        labels.append(LabelData(code, price, text, shop, mark_for(intake_at.date())))
    return labels


def _text_matches(db: Database, words: str) -> list[ColumnElement[bool]]:
    """Items whose category name contains ``words``, or whose description has them (full text).

    Category names are few, so they are matched in Python (any case, æøå
    included) and searched by id; descriptions go to the FTS5 index, each
    word as a prefix ("jakk" finds "jakke"). The two are returned as
    alternatives, run as separate queries: joined by OR, SQLite would scan
    every item instead of using either index.
    """
    with db.read() as session:
        names = session.execute(select(Category.id, Category.name)).all()
    with_name = [category_id for category_id, name in names if words.casefold() in name.casefold()]
    tokens = [t for t in re.findall(r"\w+", words) if t]
    conditions: list[ColumnElement[bool]] = []
    # One query per category (not IN): each then reads its newest items
    # straight from the (category_id, intake_at) index and stops at the limit.
    conditions.extend(Item.category_id == category_id for category_id in with_name)
    if tokens:
        match = " ".join(f'"{token}"*' for token in tokens)
        conditions.append(
            Item.id.in_(
                text("SELECT rowid FROM items_fts WHERE items_fts MATCH :match").bindparams(match=match)
            )
        )
    return conditions


def search_items(
    db: Database,
    *,
    text: str = "",
    code: str = "",
    category_id: int | None = None,
    status: str | None = None,
    intake_from: date | None = None,
    intake_to: date | None = None,
    limit: int = 200,
) -> list[ItemRow]:
    """Items matching every filter given, newest intake first, at most ``limit``.

    ``code`` is an exact match after :func:`normalize_scan` (a scanner's
    UPC-A read finds its EAN-13); ``text`` matches anywhere in the
    description or the category's name, regardless of case; ``status`` is a
    key of :data:`STATUS_NAMES`; ``intake_from`` and ``intake_to`` are
    local days, both included.
    """
    if status is not None and status not in STATUS_NAMES:
        raise ValueError(f"unknown status {status!r}; use one of {', '.join(STATUS_NAMES)}")
    if limit < 1:
        raise ValueError("limit must be at least 1")
    query = (
        select(Item.code, Category.name, Item.description, Item.price, Item.status, Item.intake_at, Item.id)
        .join(Category, Category.id == Item.category_id)
        .order_by(Item.intake_at.desc(), Item.id.desc())
        .limit(limit)
    )
    wanted_code = normalize_scan(code)
    if wanted_code:
        query = query.where(Item.code == wanted_code)
    words = text.strip()
    alternatives = _text_matches(db, words) if words else [true()]
    if category_id is not None:
        query = query.where(Item.category_id == category_id)
    if status is not None:
        query = _of_status(query, STATUS_NAMES[status])
    # Stored as local ISO text, so a day's items sort between "YYYY-MM-DD" and
    # the next day's date; compared as text, the index on intake_at is used.
    intake_text = type_coerce(Item.intake_at, String)
    if intake_from is not None:
        query = query.where(intake_text >= intake_from.isoformat())
    if intake_to is not None:
        query = query.where(intake_text < (intake_to + timedelta(days=1)).isoformat())
    found: dict[int, tuple[Any, ...]] = {}
    with db.read() as session:
        for condition in alternatives:
            for row in session.execute(query.where(condition)):
                found[row[-1]] = tuple(row)
    newest = sorted(found.values(), key=lambda row: (row[5], row[6]), reverse=True)[:limit]
    return [
        ItemRow(code, category, description, price, _STORED_TO_NAME.get(stored, stored), intake_at)
        for code, category, description, price, stored, intake_at, _id in newest
    ]


@dataclass(frozen=True)
class StockRow:
    """A café or new-goods product that keeps a stock count (negative when sold below zero)."""

    product_id: int
    name: str
    category: str
    price: int  # øre
    stock: int

    @property
    def below_zero(self) -> bool:
        return self.stock < 0


def stock_products(db: Database) -> list[StockRow]:
    """Active products that keep a stock count, in the till's button order."""
    with db.read() as session:
        return [
            StockRow(product_id, name, category, price, stock)
            for product_id, name, category, price, stock in session.execute(
                select(Product.id, Product.name, Category.name, Product.price, Product.stock)
                .join(Category, Category.id == Product.category_id)
                .where(Product.track_stock.is_(True), Product.active.is_(True))
                .order_by(Category.position, Category.name, Product.position, Product.name)
            )
        ]


CSV_HEADER = ("code", "category", "description", "price_kr", "status", "intake_date")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    # A donated item's description must never run as a spreadsheet formula.
    return "'" + text if text.startswith(_FORMULA_START) else text


def items_csv(rows: list[ItemRow]) -> str:
    """Rows as CSV for a Norwegian spreadsheet: ``;`` between fields, price as ``49,50``.

    Returns text without a byte-order mark: write it with
    ``encoding="utf-8-sig"`` so Excel reads æ, ø and å right. The header is
    :data:`CSV_HEADER`; status is a key of :data:`STATUS_NAMES`; the intake
    date is ISO (``2026-11-12``), which Excel also reads as a date.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        price = format_number(Decimal(row.price).scaleb(-2), places=2, grouping=False)  # 1234,50
        writer.writerow(
            (
                row.code,
                _cell(row.category),
                _cell(row.description),
                price,
                row.status,
                row.intake_date.isoformat(),
            )
        )
    return out.getvalue()
