"""Journalled till events besides sales: drawer, receipt copies, settings."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import CopyAlreadyPrinted, PermissionDenied, SaleNotFound
from bruktpos.services.settings import SettingsService
from bruktpos.store.integrity import verify_database

from .conftest import Shop


def _events(shop: Shop, event: str) -> list[dict]:
    with sqlite3.connect(shop.path) as conn:
        return [
            {"user_id": u, "sale_id": s, **json.loads(d)}
            for u, s, d in conn.execute(
                "SELECT user_id, sale_id, details FROM journal WHERE event = ? ORDER BY id", (event,)
            )
        ]


def test_drawer_without_sale_needs_a_leader_and_is_journalled(shop: Shop) -> None:
    with pytest.raises(PermissionDenied) as refused:
        shop.checkout.open_drawer_without_sale(operator=shop.cashier)
    assert refused.value.action == "drawer_without_sale"
    assert _events(shop, "drawer_opened") == []
    shop.checkout.open_drawer_without_sale(operator=shop.cashier, approver=shop.leader)
    assert _events(shop, "drawer_opened") == [
        {"user_id": shop.cashier.id, "sale_id": None, "no_sale": True, "approved_by": shop.leader.id}
    ]


def test_one_receipt_copy_then_refused(shop: Shop, clock) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.coffee)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    sale = shop.checkout.complete(cart, operator=shop.cashier)
    clock.advance(minutes=3)
    copied_at = clock()
    assert shop.checkout.record_receipt_copy(sale.sale_id, operator=shop.cashier) == sale.receipt_no
    clock.advance(minutes=1)
    with pytest.raises(CopyAlreadyPrinted) as refused:
        shop.checkout.record_receipt_copy(sale.sale_id, operator=shop.cashier)
    assert refused.value.receipt_no == sale.receipt_no
    assert refused.value.copied_at == copied_at
    assert len(_events(shop, "receipt_copy")) == 1
    with pytest.raises(SaleNotFound):
        shop.checkout.record_receipt_copy(9999, operator=shop.cashier)
    assert verify_database(shop.path).ok


def test_settings_have_defaults_checks_and_a_journal(shop: Shop) -> None:
    settings = SettingsService(shop.db)
    assert settings.get("auto_lock_minutes") == 5
    with pytest.raises(PermissionDenied):
        settings.set("auto_lock_minutes", 10, by=shop.cashier)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", 0, by=shop.leader)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", "10", by=shop.leader)
    assert _events(shop, "settings_changed") == []
    settings.set("auto_lock_minutes", 10, by=shop.leader)
    settings.set("auto_lock_minutes", 10, by=shop.leader)  # no change, no entry
    assert settings.get("auto_lock_minutes") == 10
    assert settings.all()["receipt_footer"] == "Takk for handelen!"
    assert _events(shop, "settings_changed") == [
        {"user_id": shop.leader.id, "sale_id": None, "setting": "auto_lock_minutes", "from": 5, "to": 10}
    ]
