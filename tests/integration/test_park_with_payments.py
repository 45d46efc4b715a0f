"""Parking a part-paid sale as the till locks: its payments stay with it and count once, at the end."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import SaleHasPayments
from bruktpos.services.checkout import CheckoutService

from .conftest import Shop


def _query(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def test_a_part_paid_sale_parks_with_its_payments_and_finishes_with_them(shop: Shop, clock) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.add_product(cart, shop.waffle)
    total = cart.total
    co.pay(cart, PaymentMethod.CASH, tendered=5000)
    co.pay(cart, PaymentMethod.CARD, 1000)
    paid = cart.paid
    assert 0 < paid < total

    parked_id = co.park(cart, operator=shop.cashier, label=shop.cashier.name, keep_payments=True)

    (info,) = co.parked_sales()
    assert (info.id, info.operator_id, info.label, info.total, info.paid) == (
        parked_id,
        shop.cashier.id,
        shop.cashier.name,
        total,
        paid,
    )
    (suspended,) = _query(shop.path, "SELECT details FROM journal WHERE event = 'sale_suspended'")
    assert json.loads(suspended["details"]) == {"parked": parked_id, "total": total, "lines": 2, "paid": paid}
    assert _query(shop.path, "SELECT count(*) FROM payments")[0][0] == 0  # nothing counted yet

    clock.advance(minutes=5)
    later = CheckoutService(shop.db, clock=clock)  # after a restart, or at the next login
    resumed = later.resume(parked_id, operator=shop.leader)
    assert resumed.payments == cart.payments
    assert resumed.remaining == total - paid
    later.pay(resumed, PaymentMethod.CARD)
    done = later.complete(resumed, operator=shop.leader)
    assert done.paid == total
    sql = "SELECT method, amount FROM payments WHERE sale_id = ? ORDER BY id"
    rows = _query(shop.path, sql, done.sale_id)
    assert [(r["method"], r["amount"]) for r in rows] == [
        ("cash", 5000),
        ("card", 1000),
        ("card", total - paid),
    ]
    assert co.parked_sales() == []


def test_a_plain_park_still_refuses_a_cart_with_payments(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.pay(cart, PaymentMethod.CARD, 1000)
    with pytest.raises(SaleHasPayments):
        co.park(cart, operator=shop.cashier)
    assert co.parked_sales() == []
