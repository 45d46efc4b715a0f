"""The items and products a sale takes: still in stock when it is written, then marked sold.

Used inside the checkout's write transaction (:mod:`bruktpos.services.checkout`):
another register may have sold an item since it was scanned here, and then the
whole sale is rolled back with the reason.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, bindparam, or_, select
from sqlalchemy.orm import Session

from bruktpos.domain.cart import Cart, LineKind
from bruktpos.domain.errors import ItemAlreadySold, ItemNotForSale
from bruktpos.store.models import Item, ItemStatus, Product, Register, Sale
from bruktpos.store.prepared import Prepared

_items = Item.__table__
_products = Product.__table__
_NOT_IN_STOCK = (
    select(_items.c.code, _items.c.status, _items.c.status_at, _items.c.sold_sale_id)
    .where(
        _items.c.id.in_(bindparam("ids", expanding=True)),
        _items.c.status != ItemStatus.IN_STOCK,
        # Not the items this very sale has just marked sold.
        or_(_items.c.sold_sale_id.is_(None), _items.c.sold_sale_id != bindparam("this_sale")),
    )
    .order_by(_items.c.id)
)
_MARK_SOLD = Prepared(
    _items.update()
    .where(_items.c.id == bindparam("item_id"), _items.c.status == ItemStatus.IN_STOCK)
    .values(status=ItemStatus.SOLD, status_at=bindparam("at"), sold_sale_id=bindparam("sale_id"))
)
_TAKE_STOCK = Prepared(
    _products.update()
    .where(_products.c.id == bindparam("product_id"), _products.c.track_stock.is_(True))
    .values(stock=_products.c.stock - bindparam("quantity"))
)


def not_available(
    conn: Session | Connection,
    code: str,
    status: str,
    status_at: datetime,
    sold_sale_id: int | None,
) -> Exception:
    """Why an item cannot be sold: sold already (when, which receipt and register), or not in stock."""
    if status == ItemStatus.SOLD and sold_sale_id is not None:
        sold = conn.execute(
            select(Sale.created_at, Sale.receipt_no, Register.code)
            .join(Register, Register.id == Sale.register_id)
            .where(Sale.id == sold_sale_id)
        ).one()
        return ItemAlreadySold(code, sold.created_at, sold.receipt_no, sold.code)
    return ItemNotForSale(code, status, status_at)


def check_still_in_stock(conn: Connection, cart: Cart, this_sale: int = 0) -> None:
    """Raise why, if an item of the cart is no longer in stock (another register may have sold it)."""
    item_ids = [line.item_id for line in cart.lines if line.item_id is not None]
    if item_ids:
        row = conn.execute(_NOT_IN_STOCK, {"ids": item_ids, "this_sale": this_sale}).first()
        if row is not None:
            raise not_available(conn, *row)


def update_stock(conn: Connection, cart: Cart, sale_id: int, at: datetime) -> None:
    """Mark the sale's items sold and take its products' quantities off their stock counts."""
    sold = [
        {"item_id": line.item_id, "at": at, "sale_id": sale_id}
        for line in cart.lines
        if line.kind is LineKind.ITEM
    ]
    # Only items still in stock are marked; if one was sold meanwhile
    # (at another till), the whole sale is rolled back with the reason.
    if sold and _MARK_SOLD.execute_many(conn, sold).rowcount != len(sold):
        check_still_in_stock(conn, cart, this_sale=sale_id)
    taken = [
        {"product_id": line.product_id, "quantity": line.quantity}
        for line in cart.lines
        if line.kind is LineKind.PRODUCT
    ]
    if taken:
        _TAKE_STOCK.execute_many(conn, taken)
