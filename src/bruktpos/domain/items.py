"""A donated item's life on the shelf, as its stored ``status`` text."""

from __future__ import annotations


class ItemStatus:
    """The values of ``items.status``: on the shelf, sold, or taken off it (never deleted)."""

    IN_STOCK = "in_stock"
    SOLD = "sold"
    DISCARDED = "discarded"
    RECYCLED = "recycled"
    MOVED = "moved"
