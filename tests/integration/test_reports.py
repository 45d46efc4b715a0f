"""X/Z report figures: one busy little day with every figure checked against its sales."""

from __future__ import annotations

from datetime import date

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.vat import TaxCode
from bruktpos.services.day import DayService
from bruktpos.services.reports import CategoryTotal, DayReport, VatTotal, build_report, stored_z

from .conftest import OPENING_FLOAT, Shop
from .day_helpers import sell, voucher_code_of, write_return

TODAY = date(2026, 11, 12)
REQUIRED_KEYS = {
    "z_number",
    "date",
    "register",
    "receipts",
    "gross_sales",
    "returns",
    "net_sales",
    "by_payment",
    "by_category",
    "by_vat",
    "by_operator",
    "discounts",
    "copies",
    "returns_count",
    "no_sale_openings",
    "float",
    "cash_in",
    "cash_out",
    "expected_cash",
    "counted_cash",
    "difference",
    "grand_total_sales",
    "grand_total_returns",
    "grand_total_net",
}


def _busy_day(shop: Shop, clock) -> DayService:
    """Sales of every kind, returns, store credit, corrections, copies and movements."""
    co = shop.checkout
    day = DayService(shop.db, clock=clock)
    # 1: a book (49,50) and two coffees (2 × 20) in cash, 100 kr given: 89,50 → 90, 10 back.
    clock.advance(minutes=1)
    s1 = sell(shop, codes=(shop.codes[0],), coffees=2, method=PaymentMethod.CASH, tendered=10000)
    # 2: a dress (100) by card, by the leader, 20 % off.
    clock.advance(minutes=1)
    s2 = sell(
        shop, codes=(shop.codes[5],), method=PaymentMethod.CARD, operator=shop.leader, discount_percent=20
    )
    # 3: an open-price book 19,90 by Vipps.
    clock.advance(minutes=1)
    sell(shop, open_price=1990, method=PaymentMethod.VIPPS)
    # 4: a dress (100) and a book (49,50): 50 by card, the rest in cash (99,50 → 100).
    clock.advance(minutes=1)
    cart = co.new_cart()
    co.scan(cart, shop.codes[6])
    co.scan(cart, shop.codes[1])
    co.pay(cart, PaymentMethod.CARD, 5000)
    co.pay(cart, PaymentMethod.CASH, tendered=20000)
    co.complete(cart, operator=shop.cashier)
    # 5: corrections on the way: a line removed, a quantity lowered, a price changed.
    clock.advance(minutes=1)
    cart = co.new_cart()
    book = co.scan(cart, shop.codes[2])
    co.remove_line(cart, book.line_id, operator=shop.cashier)
    coffee = co.add_product(cart, shop.coffee, 3)
    co.set_quantity(cart, coffee.line_id, 1, operator=shop.cashier)
    dress = co.scan(cart, shop.codes[7])
    co.override_price(cart, dress.line_id, 8000, operator=shop.leader, reason="Skadet")
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)
    # A training sale counts nowhere.
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 5)
    co.pay(cart, PaymentMethod.CASH, tendered=10000)
    co.complete(cart, operator=shop.cashier, training=True)
    # A copy of receipt 2, the drawer opened for change, and cash movements.
    co.record_receipt_copy(s2.sale_id, operator=shop.leader)
    co.open_drawer_without_sale(operator=shop.leader)
    day.cash_movement("pay_in", 30000, "Vekslepenger", operator=shop.cashier)
    day.cash_movement("pay_out", 4600, "Melk til kafeen", operator=shop.leader)
    # Returns: one coffee of sale 1 in cash (20 kr), the dress of sale 2 as store credit (80 kr).
    clock.advance(minutes=1)
    write_return(shop, s1.sale_id, quantities={2: 1}, refund_to="cash")
    clock.advance(minutes=1)
    credit = write_return(shop, s2.sale_id, refund_to="voucher")
    # The store credit pays 30 kr of two coffees and a waffle (65 kr); the rest in cash.
    clock.advance(minutes=1)
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 2)
    co.add_product(cart, shop.waffle, 1)
    co.pay_with_voucher(cart, voucher_code_of(shop, credit), 3000)
    co.pay(cart, PaymentMethod.CASH, tendered=3500)
    co.complete(cart, operator=shop.cashier)
    day.cash_movement("deposit", 20000, operator=shop.leader)
    clock.advance(minutes=1)
    return day


@pytest.fixture
def busy(shop: Shop, clock) -> DayService:
    return _busy_day(shop, clock)


def test_every_figure_of_the_day(busy: DayService, shop: Shop) -> None:
    r = busy.x_report()
    # Sales: 89,50 + 80 + 19,90 + 149,50 + (20 + 80) + 65 = 503,90; returns 20 + 80.
    assert (r.receipts, r.gross_sales) == (6, 50390)
    assert (r.returns_count, r.returns, r.net_sales) == (2, 10000, 40390)
    assert r.rounding == 50 + 50  # sale 1 and sale 4 (the return's 20 kr needs none)
    assert r.by_payment == {
        "card": 8000 + 5000 + 10000,
        "cash": 9000 - 2000 + 10000 + 3500,
        "vipps": 1990,
        "voucher": -8000 + 3000,
    }
    assert sum(r.by_payment.values()) == r.net_sales + r.rounding
    assert r.by_category == (
        CategoryTotal("Klær dame", "goods", 2, 18000),  # 80 + 100 − 80 back + 80 overridden
        CategoryTotal("Bøker", "goods", 3, 11890),
        CategoryTotal("Kafé", "cafe", 5, 10500),  # coffees 2 − 1 + 1 + 2, a waffle
    )
    assert (r.cafe_sales, r.shop_sales) == (10500, 40390 - 10500)
    assert sum(c.amount for c in r.by_category) == r.net_sales
    # VAT per receipt and tax code: goods 25 % (3), café 15 % (31).
    assert r.by_vat == (
        VatTotal(TaxCode.STANDARD, 29890, r.by_vat[0].vat),
        VatTotal(TaxCode.FOOD, 10500, r.by_vat[1].vat),
    )
    assert r.by_vat[0].vat + r.by_vat[1].vat == r.vat_total
    assert [o.name for o in r.by_operator] == ["Kari", "Ola"]
    kari, ola = r.by_operator
    assert (kari.receipts, kari.returns_count, kari.amount) == (1, 2, 8000 - 10000)
    assert kari.by_payment == {"card": 8000, "cash": -2000, "voucher": -8000}
    assert (ola.receipts, ola.amount) == (5, 50390 - 8000)
    assert (r.discounts.count, r.discounts.amount) == (1, 2000)
    assert (r.copies.count, r.copies.amount) == (1, 8000)
    assert (r.voids.count, r.voids.amount) == (1, 4950)
    assert (r.price_overrides.count, r.price_overrides.amount) == (1, 2000)
    assert (r.corrections.count, r.corrections.amount) == (2, 4000 + 2000)
    assert r.no_sale_openings == 1
    assert (r.opening_float, r.cash_in, r.cash_out, r.deposits) == (OPENING_FLOAT.total, 30000, 4600, 20000)
    assert (r.cash_sales, r.cash_refunds) == (9000 + 10000 + 3500, 2000)
    assert r.expected_cash == OPENING_FLOAT.total + 22500 - 2000 + 30000 - 4600 - 20000
    assert (r.card_total, r.vipps_total) == (23000, 1990)
    assert [m.kind for m in r.movements] == ["pay_in", "pay_out", "deposit"]


def test_the_json_has_the_keys_of_the_issue_in_whole_ore(busy: DayService) -> None:
    data = busy.x_report().to_json()
    assert set(data) >= REQUIRED_KEYS
    assert (data["date"], data["register"], data["z_number"], data["counted_cash"]) == (
        "2026-11-12",
        "K1",
        None,
        None,
    )
    assert data["by_category"][0] == {"category": "Klær dame", "kind": "goods", "count": 2, "amount": 18000}
    assert set(data["by_vat"][0]) == {"rate", "gross", "vat"}

    def whole(value: object) -> None:
        assert not isinstance(value, float), value
        if isinstance(value, dict):
            for v in value.values():
                whole(v)
        if isinstance(value, list):
            for v in value:
                whole(v)

    whole(data)


def test_the_stored_z_is_the_report_at_close_and_reads_back(busy: DayService, shop: Shop, clock) -> None:
    x = busy.x_report(journalled=False)
    assert x.expected_cash == 144900
    count = CashCount({20000: 7, 100: 46})  # 1 446 kr: 3 kr short
    result = busy.close_day(count, operator=shop.cashier, card_batch_total=23000, vipps_settlement=1990)
    with shop.db.read() as session:
        z = stored_z(session, shop.checkout.register.id, TODAY)
        assert stored_z(session, shop.checkout.register.id, date(2026, 11, 11)) is None
        rebuilt = build_report(session, shop.checkout.register.id, TODAY, "Z")
    assert z == result.report
    assert DayReport.from_json(z.to_json()) == z
    assert (z.kind, z.z_number, z.counted_cash, z.difference) == ("Z", 1, 144600, -300)
    assert (z.card_difference, z.vipps_difference) == (0, 0)
    # Every figure but the count and the moment is what the X showed before.
    skip = {"kind", "z_number", "taken_at", "counted_cash", "difference", "closing_count", "closed_by"}
    skip |= {"card_batch_total", "card_difference", "vipps_settlement", "vipps_difference"}
    skip |= {"counts", "first_counted_cash"}  # the count, stored with the day at close
    assert [(c.kind, c.cash, c.expected, c.by) for c in z.counts] == [("first", 144600, 144900, "Ola")]
    assert z.first_counted_cash == 144600 and x.counts == () and x.first_counted_cash is None
    assert {k: v for k, v in z.to_json().items() if k not in skip} == {
        k: v for k, v in x.to_json().items() if k not in skip
    }
    # Built again after close, the figures and the number are the same.
    assert (rebuilt.z_number, rebuilt.net_sales, rebuilt.expected_cash) == (1, z.net_sales, z.expected_cash)


def test_a_day_without_sales_reports_zeros(shop: Shop, clock) -> None:
    report = DayService(shop.db, clock=clock).x_report()
    assert (report.receipts, report.net_sales, report.by_payment, report.by_category) == (0, 0, {}, ())
    assert report.expected_cash == OPENING_FLOAT.total


def test_a_date_without_a_day_can_still_be_reported(shop: Shop) -> None:
    with shop.db.read() as session:
        report = build_report(session, shop.checkout.register.id, date(2026, 1, 1), "X")
    assert (report.opened_at, report.opening_float, report.receipts) == (None, 0, 0)
    with pytest.raises(ValueError), shop.db.read() as session:
        build_report(session, shop.checkout.register.id, TODAY, "Y")
