"""A committed sale read back for its receipt, from a real shop database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bruktpos.devices.receipts import receipt_text, render_receipt
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import SaleNotFound
from bruktpos.domain.vat import TaxCode, VatLine
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.receipts import ReceiptPayment, ReceiptSaleLine, load_receipt

from .conftest import Shop, make_shop


def mixed_sale(shop: Shop, *, training: bool = False, book: int = 0) -> CompletedSale:
    """A book at 20 % off and two coffees, paid kr 50 by card and the rest in cash from a 50-note."""
    checkout = shop.checkout
    cart = checkout.new_cart()
    line = checkout.scan(cart, shop.codes[book])  # Bøker, kr 49,50
    checkout.add_product(cart, shop.coffee)
    checkout.add_product(cart, shop.coffee)  # one line, two coffees
    checkout.set_discount_percent(cart, line.line_id, 20, operator=shop.cashier)
    checkout.pay(cart, PaymentMethod.CARD, 5000)
    checkout.pay(cart, PaymentMethod.CASH, tendered=5000)
    return checkout.complete(cart, operator=shop.cashier, training=training)


def journal_rows(path: Path) -> list[tuple[str, int | None, dict]]:
    with sqlite3.connect(path) as conn:
        return [
            (event, sale_id, json.loads(details))
            for event, sale_id, details in conn.execute(
                "SELECT event, sale_id, details FROM journal ORDER BY id"
            )
        ]


def test_a_mixed_sale_reads_back_whole(shop: Shop, clock) -> None:
    sale = mixed_sale(shop)
    before = journal_rows(shop.path)
    data = load_receipt(shop.db, sale.sale_id)
    assert journal_rows(shop.path) == before  # reading writes nothing

    assert (data.sale_id, data.kind, data.receipt_no, data.training) == (sale.sale_id, "sale", 1, False)
    assert (data.shop_name, data.org_number, data.vat_registered) == ("Testbutikken", "999999999", True)
    assert data.register_code == "K1"
    assert data.cashier == "Ola"
    assert data.created_at == clock() and data.created_at.tzinfo is not None
    assert data.lines == (
        ReceiptSaleLine("Bøker: Ting 0", 1, 4950, 990, 3960, 2500, discount_percent=20, vat_code="3"),
        ReceiptSaleLine("Kaffe", 2, 2000, 0, 4000, 1500, vat_code="31"),
    )
    assert data.discount_total == 990
    assert data.total == 7960 == sale.total
    assert data.vat_lines == (VatLine(TaxCode.STANDARD, 3960, 792), VatLine(TaxCode.FOOD, 4000, 522))
    assert data.payments == (ReceiptPayment("card", 5000), ReceiptPayment("cash", 3000, 5000, 2000))
    assert data.rounding == 40 == sale.rounding
    assert data.amount_due == 8000 == sum(p.amount for p in data.payments)
    assert data.change == 2000 == sale.change
    assert data.cash_tendered == 5000
    assert data.copies_printed == 0

    text = receipt_text(render_receipt(data))
    for expected in (
        "Salgskvittering",
        "Testbutikken",
        "Org.nr. 999 999 999 MVA",
        "Kvittering nr. 1",
        "Kasse K1",
        "12.11.2026",
        "kl. 14.03",
        "Betjent av: Ola",
        "Rabatt 20 %",
        "2 x kr 20,00",
        "MVA 25 %",
        "MVA 15 %",
        "Kontant mottatt",
        "Vekslepenger",
        "Øreavrunding",
    ):
        assert expected in text, expected


def test_training_sale_has_its_own_numbers_and_heading(shop: Shop) -> None:
    mixed_sale(shop)
    sale = mixed_sale(shop, training=True, book=1)
    data = load_receipt(shop.db, sale.sale_id)
    assert data.training is True
    assert data.receipt_no == 1  # the training series is separate
    lines = render_receipt(data)
    assert lines[0].text.startswith("TRENINGSKVITTERING")
    assert "Salgskvittering" not in receipt_text(lines)


def test_copies_printed_are_counted(shop: Shop, clock) -> None:
    sale = mixed_sale(shop)
    assert load_receipt(shop.db, sale.sale_id).copies_printed == 0
    clock.advance(minutes=2)
    shop.checkout.record_receipt_copy(sale.sale_id, operator=shop.cashier)
    data = load_receipt(shop.db, sale.sale_id)
    assert data.copies_printed == 1
    assert data.created_at != clock()  # a copy shows when the sale was made
    assert "KOPI" in receipt_text(render_receipt(data, copy=True))


def test_unknown_sale(shop: Shop) -> None:
    with pytest.raises(SaleNotFound) as refused:
        load_receipt(shop.db, 9999)
    assert refused.value.sale_id == 9999


def test_shop_without_vat_registration(tmp_path: Path, clock) -> None:
    shop = make_shop(tmp_path / "small.sqlite3", clock, vat_registered=False)
    try:
        data = load_receipt(shop.db, mixed_sale(shop).sale_id)
    finally:
        shop.db.dispose()
    assert data.vat_registered is False
    assert data.vat_lines == (VatLine(None, 7960, 0),)
    text = receipt_text(render_receipt(data))
    assert "Org.nr. 999 999 999" in text
    assert "MVA" not in text
