"""What is in the shop: listing items, and their labels.

The read side of the back room; intake and pricing (issue 4) will add the
write side beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from bruktpos.devices.labels import LabelData, mark_for
from bruktpos.domain.codes import normalize_scan
from bruktpos.domain.errors import ItemNotFound
from bruktpos.store.db import Database
from bruktpos.store.models import Category, Item, ItemStatus, Shop

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
        query = query.where(Item.status == STATUS_NAMES[status])
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
