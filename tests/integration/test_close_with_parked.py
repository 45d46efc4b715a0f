"""The Z and parked sales: a sale with money on it is finished or given back first (issue 13)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import ParkedSaleHasPayments, SaleHasPayments
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService

from .conftest import Shop


@pytest.fixture
def day(shop: Shop, clock) -> DayService:
    return DayService(shop.db, clock=clock)


def _rows(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(shop.path)) as conn:
        return conn.execute(sql, params).fetchall()


def _count(total: int) -> CashCount:
    notes, coins = divmod(total, 20000)
    return CashCount({20000: notes, 100: coins // 100})


def _park_part_paid(shop: Shop, cash: int = 2000) -> int:
    """Bøker 49,50 with kr 20 in cash taken, parked as the till locked."""
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.pay(cart, PaymentMethod.CASH, cash, tendered=cash)
    return co.park(cart, operator=shop.cashier, label=shop.cashier.name, keep_payments=True)


def test_the_z_is_refused_while_a_parked_sale_has_money_on_it(day: DayService, shop: Shop, clock) -> None:
    parked_at = clock()
    _park_part_paid(shop)
    drawer = _count(day.expected_cash() + 2000)  # the kr 20 lies in the drawer

    with pytest.raises(ParkedSaleHasPayments) as refused:
        day.record_count(drawer, operator=shop.leader)  # at the close's first step
    assert (refused.value.parked_by, refused.value.parked_at, refused.value.paid, refused.value.count) == (
        "Ola",
        parked_at,
        2000,
        1,
    )
    with pytest.raises(ParkedSaleHasPayments):
        day.close_day(drawer, operator=shop.leader)
    assert _rows(shop, "SELECT count(*) FROM z_reports") == [(0,)]
    assert _rows(shop, "SELECT count(*) FROM day_counts") == [(0,)]  # nothing stored
    assert day.open_day_info() is not None

    parked = day.parked_sales()
    assert (parked.count, parked.paid, parked.without_payments) == (1, 2000, 0)
    assert [(p.parked_by, p.total, p.paid) for p in parked.with_payments] == [("Ola", 4950, 2000)]


def test_the_z_goes_ahead_once_the_parked_sale_is_finished(day: DayService, shop: Shop, clock) -> None:
    parked_id = _park_part_paid(shop)
    clock.advance(minutes=10)
    co = CheckoutService(shop.db, clock=clock)
    cart = co.resume(parked_id, operator=shop.leader)
    co.pay(cart, PaymentMethod.CASH, tendered=3000)  # the rest, kr 29,50 → kr 30
    co.complete(cart, operator=shop.leader)

    result = day.close_day(_count(day.expected_cash()), operator=shop.leader)
    assert result.difference == 0
    assert result.report.cash_sales == 5000  # the kr 20 and the kr 30 are on the sale
    assert day.parked_sales().count == 0


def test_the_z_goes_ahead_once_the_payment_is_given_back_and_the_sale_cancelled(
    day: DayService, shop: Shop, clock
) -> None:
    parked_id = _park_part_paid(shop)
    co = CheckoutService(shop.db, clock=clock)
    cart = co.resume(parked_id, operator=shop.leader)
    with pytest.raises(SaleHasPayments):
        co.park(cart, operator=shop.leader)  # parked again by hand: not with the money on it
    given = co.give_back_payment(cart, operator=shop.leader)
    assert (given.method, given.amount) == (PaymentMethod.CASH, 2000)
    assert cart.payments == []
    (back,) = _rows(shop, "SELECT user_id, details FROM journal WHERE event = 'payment_given_back'")
    assert back[0] == shop.leader.id
    assert json.loads(back[1]) == {"method": "cash", "amount": 2000, "total": 4950}
    co.remove_line(cart, cart.lines[0].line_id, operator=shop.leader)  # the sale is cancelled
    assert cart.is_empty

    result = day.close_day(_count(day.expected_cash()), operator=shop.leader)
    assert result.report.cash_sales == 0


def test_a_parked_sale_without_payments_stays_parked_over_the_z(day: DayService, shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    parked_id = co.park(cart, operator=shop.cashier)

    parked = day.parked_sales()
    assert (parked.count, parked.with_payments, parked.without_payments) == (1, (), 1)
    day.close_day(_count(day.expected_cash()), operator=shop.leader)
    assert [p.id for p in co.parked_sales()] == [parked_id]  # still there for another day


def test_a_parked_sale_at_another_register_does_not_stop_this_close(day: DayService, shop: Shop) -> None:
    _park_part_paid(shop)
    with closing(sqlite3.connect(shop.path)) as conn, conn:
        conn.execute("UPDATE parked_sales SET register_id = register_id + 1000")
    assert day.parked_sales().count == 0
    day.close_day(_count(day.expected_cash()), operator=shop.leader)


def test_two_parked_sales_with_money_are_both_counted(day: DayService, shop: Shop, clock) -> None:
    _park_part_paid(shop, 2000)
    clock.advance(minutes=1)
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[1])
    co.pay(cart, PaymentMethod.CARD, 1000)
    co.park(cart, operator=shop.leader, label=shop.leader.name, keep_payments=True)
    with pytest.raises(ParkedSaleHasPayments) as refused:
        day.close_day(_count(day.expected_cash()), operator=shop.leader)
    assert (refused.value.parked_by, refused.value.paid, refused.value.count) == ("Ola", 2000, 2)
    assert day.parked_sales().paid == 3000


def test_the_x_shows_the_parked_sales_and_what_is_paid_on_them(day: DayService, shop: Shop) -> None:
    from bruktpos.commands.report import format_text
    from bruktpos.devices.report_receipt import report_sections

    _park_part_paid(shop)  # kr 49,50 with kr 20 paid
    co = shop.checkout
    unpaid = co.new_cart()
    co.scan(unpaid, shop.codes[1])
    co.park(unpaid, operator=shop.cashier, label="")

    report = day.x_report(journalled=False)
    data = json.loads(json.dumps(report.to_json()))
    ((totals,),) = _rows(shop, "SELECT sum(total) FROM parked_sales")
    assert data["parked"] == {"count": 2, "amount": totals} and totals > 4950  # both carts' totals
    assert data["parked_with_payment"] == {"count": 1, "amount": 2000}
    events = next(s for s in report_sections(report) if s.title.startswith("Hendelser"))
    rows = {row.label: (row.count, row.amount) for row in events.rows}
    assert rows["Parkert med betaling (betalt)"] == (1, 2000)
    assert "  with money paid on them (1)" in format_text(data)
