"""The business day: open with a counted float, cash movements, X, and close with Z."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import (
    CashDifferenceTooLarge,
    DayAlreadyClosed,
    DayAlreadyOpen,
    DayLeftOpen,
    DayNotOpen,
    FloatNoteRequired,
    InvalidCashMovement,
    PermissionDenied,
    ReasonRequired,
    SecondCounterRequired,
)
from bruktpos.services.day import DayService
from bruktpos.services.settings import SettingsService
from bruktpos.store.integrity import verify_database
from bruktpos.store.models import OutboxEntry

from .conftest import OPENING_FLOAT, Shop
from .day_helpers import sell, voucher_code_of, write_return

TODAY = date(2026, 11, 12)


@pytest.fixture
def day(shop: Shop, clock) -> DayService:
    return DayService(shop.db, clock=clock)


def _rows(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(shop.path)) as conn:
        return conn.execute(sql, params).fetchall()


def _count(total: int) -> CashCount:
    """A count of ``total`` øre (whole kroner): 1 kr coins and 200 kr notes."""
    notes, coins = divmod(total, 20000)
    return CashCount({20000: notes, 100: coins // 100})


# --- opening -------------------------------------------------------------------


def test_the_test_shop_is_open_with_its_float(day: DayService) -> None:
    info = day.open_day_info()
    assert info is not None
    assert (info.business_date, info.opening_float, info.opened_by) == (TODAY, OPENING_FLOAT.total, "Astrid")
    assert info.opening_count == OPENING_FLOAT
    assert not info.left_open


def test_a_second_open_is_refused(day: DayService, shop: Shop) -> None:
    with pytest.raises(DayAlreadyOpen) as caught:
        day.open_day(OPENING_FLOAT, operator=shop.cashier)
    assert caught.value.business_date == TODAY


def test_sales_need_an_open_day_and_a_closed_day_cannot_reopen(day: DayService, shop: Shop, clock) -> None:
    day.close_day(_count(OPENING_FLOAT.total), operator=shop.cashier)
    assert day.open_day_info() is None
    with pytest.raises(DayNotOpen):
        sell(shop, coffees=1)
    with pytest.raises(DayAlreadyClosed):
        day.open_day(OPENING_FLOAT, operator=shop.cashier)
    # Training goes on without a day.
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 1)
    co.pay(cart, PaymentMethod.CARD)
    assert co.complete(cart, operator=shop.cashier, training=True).training
    # The next morning a new day opens; the suggestion is what stayed in the drawer.
    clock.advance(days=1)
    assert day.suggested_float() == _count(OPENING_FLOAT.total)
    opened = day.open_day(day.suggested_float(), operator=shop.cashier)
    assert opened.business_date == date(2026, 11, 13)
    assert sell(shop, coffees=1).receipt_no == 1


def test_a_day_left_open_blocks_sales_and_the_next_day_until_closed(
    day: DayService, shop: Shop, clock
) -> None:
    sell(shop, coffees=1)
    clock.advance(days=1)
    info = day.open_day_info()
    assert info is not None and info.left_open
    with pytest.raises(DayLeftOpen) as caught:
        sell(shop, coffees=1)
    assert caught.value.business_date == TODAY
    with pytest.raises(DayLeftOpen):
        day.open_day(OPENING_FLOAT, operator=shop.cashier)
    # The morning's bank deposit is still booked into the old day before its count.
    day.cash_movement("deposit", 20000, operator=shop.leader)
    result = day.close_day(_count(OPENING_FLOAT.total - 20000), operator=shop.leader)
    assert result.business_date == TODAY
    assert result.difference == 0
    with pytest.raises(FloatNoteRequired):  # kr 200 more than the close left
        day.open_day(OPENING_FLOAT, operator=shop.cashier)
    day.open_day(OPENING_FLOAT, operator=shop.cashier, note="Change from the bank")
    assert sell(shop, coffees=1).receipt_no == 2


def test_suggested_float_without_any_close_is_the_last_opening(day: DayService) -> None:
    assert day.suggested_float() == OPENING_FLOAT


def test_opening_is_journalled_with_the_count(shop: Shop) -> None:
    ((details,),) = _rows(shop, "SELECT details FROM journal WHERE event = 'day_opened'")
    data = json.loads(details)
    assert data["float"] == OPENING_FLOAT.total
    assert CashCount.from_dict(data["count"]) == OPENING_FLOAT
    assert _rows(shop, "SELECT saft_code FROM journal WHERE event = 'day_opened'") == [("13999",)]


# --- cash movements -------------------------------------------------------------


def test_cash_movements_change_the_expected_cash(day: DayService, shop: Shop) -> None:
    assert day.expected_cash() == OPENING_FLOAT.total
    day.cash_movement("pay_in", 50000, "Vekslepenger", operator=shop.cashier)
    day.cash_movement("pay_out", 3500, "Melk til kafeen", operator=shop.cashier, approver=shop.leader)
    day.cash_movement("deposit", 100000, operator=shop.leader)
    assert day.expected_cash() == OPENING_FLOAT.total + 50000 - 3500 - 100000
    rows = _rows(shop, "SELECT kind, amount, reason, user_id, approved_by FROM cash_movements ORDER BY id")
    assert rows == [
        ("pay_in", 50000, "Vekslepenger", shop.cashier.id, None),
        ("pay_out", 3500, "Melk til kafeen", shop.cashier.id, shop.leader.id),
        ("deposit", 100000, "", shop.leader.id, None),
    ]
    events = _rows(shop, "SELECT event, saft_code FROM journal WHERE event LIKE 'cash_%' ORDER BY id")
    assert events == [("cash_in", "13999"), ("cash_out", "13019"), ("cash_out", "13019")]
    assert verify_database(shop.path).ok


def test_cash_movements_are_checked(day: DayService, shop: Shop) -> None:
    with pytest.raises(InvalidCashMovement):
        day.cash_movement("pay_in", 0, operator=shop.cashier)
    with pytest.raises(InvalidCashMovement):
        day.cash_movement("pay_in", -100, operator=shop.cashier)
    with pytest.raises(InvalidCashMovement):
        day.cash_movement("gift", 100, operator=shop.cashier)
    with pytest.raises(ReasonRequired):
        day.cash_movement("pay_out", 3500, "   ", operator=shop.leader)
    with pytest.raises(PermissionDenied):
        day.cash_movement("pay_out", 3500, "Melk", operator=shop.cashier)
    with pytest.raises(PermissionDenied):
        day.cash_movement("deposit", 3500, operator=shop.cashier, approver=shop.cashier)
    assert _rows(shop, "SELECT count(*) FROM cash_movements") == [(0,)]


def test_no_movement_without_an_open_day(day: DayService, shop: Shop) -> None:
    day.close_day(_count(OPENING_FLOAT.total), operator=shop.cashier)
    with pytest.raises(DayNotOpen):
        day.cash_movement("pay_in", 100, operator=shop.cashier)


# --- X ---------------------------------------------------------------------------


def test_x_report_is_journalled_whole(day: DayService, shop: Shop, clock) -> None:
    sell(shop, coffees=2, method=PaymentMethod.CASH)
    clock.advance(minutes=5)
    report = day.x_report(operator=shop.cashier)
    assert report.kind == "X" and report.z_number is None
    assert report.net_sales == 4000
    ((details, code),) = _rows(shop, "SELECT details, saft_code FROM journal WHERE event = 'x_report'")
    assert code == "13008"
    assert json.loads(details)["report"] == json.loads(json.dumps(report.to_json()))
    with pytest.raises(DayNotOpen):
        day.close_day(_count(OPENING_FLOAT.total + 4000), operator=shop.cashier)
        day.x_report()


# --- Z ---------------------------------------------------------------------------


def test_close_writes_the_z_and_locks_the_day(day: DayService, shop: Shop, clock) -> None:
    sell(shop, coffees=2, method=PaymentMethod.CASH, tendered=5000)
    sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CARD)
    sell(shop, open_price=1990, method=PaymentMethod.VIPPS)
    clock.advance(hours=3)
    expected = OPENING_FLOAT.total + 4000
    assert day.expected_cash() == expected
    result = day.close_day(
        _count(expected - 100),
        operator=shop.cashier,
        card_batch_total=4950,
        vipps_settlement=1900,
    )
    assert (result.z_number, result.counted_cash, result.expected_cash, result.difference) == (
        1,
        expected - 100,
        expected,
        -100,
    )
    report = result.report
    assert report.kind == "Z" and report.z_number == 1
    assert report.card_difference == 0 and report.vipps_difference == -90
    assert (report.grand_total_sales, report.grand_total_returns, report.grand_total_net) == (10940, 0, 10940)
    (row,) = _rows(
        shop,
        "SELECT z_number, counted_cash, expected_cash, difference, card_batch_total, vipps_settlement, "
        "grand_total_net, report FROM z_reports",
    )
    assert row[:7] == (1, expected - 100, expected, -100, 4950, 1900, 10940)
    assert json.loads(row[7]) == json.loads(json.dumps(report.to_json()))
    ((details, code),) = _rows(shop, "SELECT details, saft_code FROM journal WHERE event = 'z_report'")
    assert code == "13009"
    assert json.loads(details)["report"]["z_number"] == 1
    assert _rows(shop, "SELECT status, closed_by FROM business_days") == [("closed", shop.cashier.id)]
    (outbox,) = _rows(shop, f"SELECT register_id, business_date, revision FROM {OutboxEntry.__tablename__}")
    assert outbox == (shop.checkout.register.id, "2026-11-12", 1)
    assert verify_database(shop.path).ok


def test_z_numbers_run_without_gaps_and_grand_totals_add_up(day: DayService, shop: Shop, clock) -> None:
    totals = []
    for n in range(3):
        sale = sell(shop, coffees=n + 1)
        totals.append(sale.total)
        result = day.close_day(_count(day.expected_cash()), operator=shop.cashier)
        assert result.z_number == n + 1
        assert result.report.grand_total_sales == sum(totals)
        clock.advance(days=1)
        day.open_day(OPENING_FLOAT, operator=shop.cashier)
    ret_sale = sell(shop, coffees=1)
    write_return(shop, ret_sale.sale_id, refund_to="card")
    result = day.close_day(_count(day.expected_cash()), operator=shop.cashier)
    assert result.z_number == 4
    assert result.report.grand_total_sales == sum(totals) + 2000
    assert result.report.grand_total_returns == 2000
    assert result.report.grand_total_net == sum(totals)
    assert _rows(shop, "SELECT z_number FROM z_reports ORDER BY id") == [(1,), (2,), (3,), (4,)]
    assert verify_database(shop.path).ok


def test_a_big_difference_needs_a_note_and_a_leader(day: DayService, shop: Shop) -> None:
    short = _count(OPENING_FLOAT.total - 5100)  # 51 kr short; the limit is 50 kr
    with pytest.raises(CashDifferenceTooLarge) as caught:
        day.close_day(short, operator=shop.cashier)
    assert (caught.value.difference, caught.value.maximum, caught.value.needs) == (-5100, 5000, "note")
    with pytest.raises(CashDifferenceTooLarge) as caught:
        day.close_day(short, operator=shop.cashier, note="Telt to ganger")
    assert caught.value.needs == "leader"
    with pytest.raises(CashDifferenceTooLarge):
        day.close_day(short, operator=shop.cashier, note="Telt to ganger", approver=shop.cashier)
    assert day.open_day_info() is not None  # nothing was written
    result = day.close_day(short, operator=shop.cashier, note="  Telt  to ganger ", approver=shop.leader)
    assert result.difference == -5100
    assert _rows(shop, "SELECT difference_note, approved_by, created_by FROM z_reports") == [
        ("Telt to ganger", shop.leader.id, shop.cashier.id)
    ]


def test_exactly_the_limit_needs_nothing(day: DayService, shop: Shop) -> None:
    assert day.close_day(_count(OPENING_FLOAT.total + 5000), operator=shop.cashier).difference == 5000


def test_limit_and_second_counter_are_settings(day: DayService, shop: Shop, clock) -> None:
    settings = SettingsService(shop.db, clock=clock)
    settings.set("max_cash_difference", 0, by=shop.leader)
    settings.set("require_second_counter", True, by=shop.leader)
    with pytest.raises(SecondCounterRequired) as caught:
        day.close_day(_count(OPENING_FLOAT.total), operator=shop.cashier)
    assert caught.value.same_person is False
    with pytest.raises(SecondCounterRequired) as caught:
        day.close_day(_count(OPENING_FLOAT.total), operator=shop.cashier, second_counter=shop.cashier)
    assert caught.value.same_person is True
    with pytest.raises(CashDifferenceTooLarge):
        day.close_day(_count(OPENING_FLOAT.total + 100), operator=shop.cashier, second_counter=shop.leader)
    result = day.close_day(_count(OPENING_FLOAT.total), operator=shop.cashier, second_counter=shop.leader)
    assert result.report.second_counter == "Kari"
    assert _rows(shop, "SELECT second_counter FROM z_reports") == [(shop.leader.id,)]


# --- a closed day is locked ----------------------------------------------------------


def test_a_closed_day_refuses_any_change_even_from_plain_sqlite(day: DayService, shop: Shop) -> None:
    sale = sell(shop, coffees=1, method=PaymentMethod.CASH)
    day.close_day(_count(day.expected_cash()), operator=shop.cashier)
    ((day_id, register_id),) = _rows(shop, "SELECT id, register_id FROM business_days")
    with closing(sqlite3.connect(shop.path)) as conn:
        for sql, params in (
            ("UPDATE business_days SET status = 'open' WHERE id = ?", (day_id,)),
            ("UPDATE business_days SET opening_float = 0 WHERE id = ?", (day_id,)),
            ("DELETE FROM business_days WHERE id = ?", (day_id,)),
            (
                "INSERT INTO cash_movements (register_id, business_day_id, kind, amount, reason, at, "
                "user_id) VALUES (?, ?, 'pay_out', 100, 'x', '2026-11-12T20:00:00.000000+01:00', 1)",
                (register_id, day_id),
            ),
            (
                "INSERT INTO sales (register_id, receipt_no, training, kind, created_at, business_date, "
                "operator_id, total, vat, discount, rounding, vat_registered, key_version, signature) "
                "SELECT register_id, receipt_no + 1, 0, kind, created_at, business_date, operator_id, total, "
                "vat, discount, rounding, vat_registered, key_version, signature FROM sales WHERE id = ?",
                (sale.sale_id,),
            ),
            ("UPDATE z_reports SET counted_cash = 0", ()),
            ("DELETE FROM z_reports", ()),
        ):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(sql, params)
    with pytest.raises(DayNotOpen):
        day.cash_movement("pay_in", 100, operator=shop.cashier)
    with pytest.raises(DayNotOpen):
        write_return(shop, sale.sale_id)
    assert verify_database(shop.path).ok


def test_store_credit_issued_and_redeemed_counts_as_voucher(day: DayService, shop: Shop, clock) -> None:
    sale = sell(shop, codes=(shop.codes[5],), method=PaymentMethod.CARD)
    clock.advance(minutes=10)
    ret = write_return(shop, sale.sale_id, refund_to="voucher")
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 2)
    co.pay_with_voucher(cart, voucher_code_of(shop, ret))
    co.complete(cart, operator=shop.cashier)
    report = day.x_report()
    assert report.by_payment == {"card": 10000, "voucher": -10000 + 4000}
    assert report.returns == 10000 and report.returns_count == 1
    assert report.net_sales == 4000
    assert verify_database(shop.path).ok


def test_a_card_batch_below_zero_is_accepted(day: DayService, shop: Shop) -> None:
    # A day with more card refunds than card sales ends with a negative batch at the terminal.
    result = day.close_day(_count(day.expected_cash()), operator=shop.cashier, card_batch_total=-4950)
    assert result.report.card_difference == -4950
    assert _rows(shop, "SELECT card_batch_total FROM z_reports") == [(-4950,)]
