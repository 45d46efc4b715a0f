"""Returns and store credit on a real SQLite file: refunds, vouchers, stock, the chain."""

from __future__ import annotations

import json
import random
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy.exc

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import is_voucher_code, new_voucher_code
from bruktpos.domain.errors import (
    DayLeftOpen,
    DayNotOpen,
    ItemNotFound,
    NotReturnable,
    OverPayment,
    PermissionDenied,
    ReceiptNotFound,
    ReturnTooMany,
    VoucherExpired,
    VoucherNotFound,
    VoucherUsedUp,
)
from bruktpos.domain.returns import returned_share
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.receipts import load_receipt
from bruktpos.services.returns import ReturnService, add_demo_returns
from bruktpos.services.vouchers import unused_voucher_code
from bruktpos.store.integrity import verify_database
from bruktpos.store.models import BusinessDay, DayStatus

from .conftest import Shop


def _q(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def open_day(shop: Shop, day: date | None = None) -> None:
    """Open the register's business day straight in the table (the test shop opens one itself)."""
    if _q(shop.path, "SELECT 1 FROM business_days WHERE status = 'open'"):
        return
    with shop.db.write() as session:
        session.add(
            BusinessDay(
                register_id=shop.checkout.register.id,
                business_date=day or shop.checkout.clock().date(),
                status=DayStatus.OPEN,
                opened_at=shop.checkout.clock(),
                opened_by=shop.leader.id,
                opening_float=100000,
                opening_count="{}",
            )
        )


def close_day(shop: Shop) -> None:
    with closing(sqlite3.connect(shop.path)) as conn:
        conn.execute("UPDATE business_days SET status = 'closed'")
        conn.commit()


@pytest.fixture
def day(shop: Shop) -> Shop:
    open_day(shop)
    return shop


@pytest.fixture
def returns(day: Shop) -> ReturnService:
    return ReturnService(day.db, clock=day.checkout.clock, checkout=day.checkout)


def sell(
    shop: Shop, *codes: str, pay: list[tuple[PaymentMethod, int | None]] | None = None, **extra
) -> CompletedSale:
    checkout = shop.checkout
    cart = checkout.new_cart()
    for code in codes:
        checkout.scan(cart, code)
    for product_id, quantity in extra.get("products", []):
        checkout.add_product(cart, product_id, quantity)
    for method, amount in pay or [(PaymentMethod.CARD, None)]:
        if method is PaymentMethod.CASH:
            checkout.pay(cart, method, tendered=amount)
        else:
            checkout.pay(cart, method, amount)
    return checkout.complete(cart, operator=shop.cashier)


def item_line(returns: ReturnService, sale: CompletedSale, n: int = 0) -> int:
    return returns.original(sale.sale_id).lines[n].line_id


# --- finding the sale ---------------------------------------------------------


def test_find_by_receipt_number_and_by_item(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0], day.codes[5])
    by_number = returns.find_by_receipt(sale.receipt_no)
    by_item = returns.find(day.codes[5])
    assert by_number == by_item == returns.find(str(sale.receipt_no))
    assert [line.item_code for line in by_number.lines] == [day.codes[0], day.codes[5]]
    assert [line.returnable for line in by_number.lines] == [1, 1]
    assert by_number.payments == (("card", 14950),)


def test_find_refuses_unknown_receipt_unsold_item_and_a_return(day: Shop, returns: ReturnService) -> None:
    with pytest.raises(ReceiptNotFound):
        returns.find_by_receipt(99)
    with pytest.raises(NotReturnable) as unsold:
        returns.find_by_item(day.codes[1])
    assert unsold.value.reason == NotReturnable.NOT_SOLD
    with pytest.raises(ItemNotFound):
        returns.find_by_item("0400000999999")
    sale = sell(day, day.codes[0])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
    with pytest.raises(NotReturnable) as is_return:
        returns.find_by_receipt(done.receipt_no)
    assert is_return.value.reason == NotReturnable.IS_RETURN


# --- refunds --------------------------------------------------------------------


@pytest.mark.parametrize("method", [PaymentMethod.CARD, PaymentMethod.VIPPS])
def test_refund_to_card_or_vipps_is_exact(day: Shop, returns: ReturnService, method: PaymentMethod) -> None:
    sale = sell(day, day.codes[0], day.codes[5], pay=[(method, None)])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "original", operator=day.leader)
    assert done.refunds == ((method.value, 4950),)
    assert done.total == -4950 and done.rounding == 0 and done.cash == 0 and done.voucher is None
    row = _q(day.path, "SELECT * FROM sales WHERE id = ?", done.sale_id)[0]
    assert (row["kind"], row["total"], row["receipt_no"]) == ("return", -4950, sale.receipt_no + 1)
    assert row["vat"] == -990
    line = _q(day.path, "SELECT * FROM sale_lines WHERE sale_id = ?", done.sale_id)[0]
    assert (line["quantity"], line["unit_price"], line["total"], line["discount"]) == (-1, 4950, -4950, 0)
    payment = _q(day.path, "SELECT * FROM payments WHERE sale_id = ?", done.sale_id)[0]
    assert (payment["method"], payment["amount"]) == (method.value, -4950)
    assert verify_database(day.path).ok


def test_cash_refund_is_rounded_to_whole_kroner(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0], pay=[(PaymentMethod.CASH, 10000)])  # 49,50 → 50 kr
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "original", operator=day.leader)
    assert done.refunds == (("cash", 5000),)
    assert done.cash == 5000 and done.total == -4950 and done.rounding == -50
    receipt = load_receipt(day.db, done.sale_id)
    assert receipt.kind == "return" and receipt.amount_due == -5000
    assert receipt.original_receipt_no == sale.receipt_no
    assert verify_database(day.path).ok


def test_split_tender_refunds_card_first_then_cash(day: Shop, returns: ReturnService) -> None:
    # 49,50 + 100,00 = 149,50: 100 on card, the rest (49,50 → 50) in cash.
    sale = sell(
        day, day.codes[0], day.codes[5], pay=[(PaymentMethod.CARD, 10000), (PaymentMethod.CASH, 5000)]
    )
    lines = returns.original(sale.sale_id).lines
    first = returns.refund(sale.sale_id, {lines[1].line_id: 1}, "original", operator=day.leader)
    assert first.refunds == (("card", 10000),)
    second = returns.refund(sale.sale_id, {lines[0].line_id: 1}, "original", operator=day.leader)
    assert second.refunds == (("cash", 5000),)  # the card has nothing left to give back
    assert not returns.original(sale.sale_id).returnable
    assert verify_database(day.path).ok


def test_refund_as_voucher_then_partial_and_full_redemption(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[5], pay=[(PaymentMethod.CASH, 10000)])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
    voucher = done.voucher
    assert voucher is not None and voucher.amount == 10000 and done.refunds == (("voucher", 10000),)
    assert is_voucher_code(voucher.code)
    assert (voucher.expires_at.date() - voucher.issued_at.date()).days == 365
    assert day.checkout.voucher(voucher.code).balance == 10000

    # A 49,50 book paid with the voucher: 50,50 kr stays on it.
    checkout = day.checkout
    cart = checkout.new_cart()
    checkout.scan(cart, day.codes[0])
    payment = checkout.pay_with_voucher(cart, voucher.code)
    assert (payment.amount, payment.change, cart.remaining, cart.rounding) == (4950, 0, 0, 0)
    first = checkout.complete(cart, operator=day.cashier)
    assert checkout.voucher(voucher.code).balance == 5050
    assert [(v.amount, v.left) for v in load_receipt(day.db, first.sale_id).vouchers_used] == [(4950, 5050)]
    entry = _q(day.path, "SELECT details FROM journal WHERE sale_id = ? AND event = 'sale'", first.sale_id)[0]
    assert list(json.loads(entry["details"])["rows"]) == ["voucher_uses"]

    # Then 100 kr of clothes: the voucher's 50,50 kr and 49,50 → 50 kr cash.
    cart = checkout.new_cart()
    checkout.scan(cart, day.codes[6])
    with pytest.raises(OverPayment):
        checkout.pay_with_voucher(cart, voucher.code, 6000)
    checkout.pay_with_voucher(cart, voucher.code)
    assert cart.remaining == 4950 and cart.cash_due() == 5000
    checkout.pay(cart, PaymentMethod.CASH, tendered=5000)
    assert cart.rounding == 50
    second = checkout.complete(cart, operator=day.cashier)
    assert [v.left for v in load_receipt(day.db, second.sale_id).vouchers_used] == [0]
    assert [v.left for v in load_receipt(day.db, first.sale_id).vouchers_used] == [5050]  # as it was then
    with pytest.raises(VoucherUsedUp):
        checkout.voucher(voucher.code)
    uses = _q(day.path, "SELECT amount FROM voucher_uses ORDER BY id")
    assert [u["amount"] for u in uses] == [4950, 5050]
    assert verify_database(day.path).ok


def test_voucher_expires_after_the_set_days(day: Shop, returns: ReturnService) -> None:
    returns.settings.set("voucher_valid_days", 30, by=day.leader)
    sale = sell(day, day.codes[5])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
    assert done.voucher is not None
    last_day = done.created_at.date() + timedelta(days=30)
    assert done.voucher.expires_at.date() == last_day
    clock = day.checkout.clock
    clock.advance(days=30)
    assert day.checkout.voucher(done.voucher.code).balance == 10000  # good all of its last day
    clock.advance(days=1)
    with pytest.raises(VoucherExpired) as expired:
        day.checkout.voucher(done.voucher.code)
    assert expired.value.expired_on == last_day


def test_unknown_and_wrong_voucher_codes(day: Shop) -> None:
    with pytest.raises(VoucherNotFound):
        day.checkout.voucher("9800010999996")
    with pytest.raises(VoucherNotFound):
        day.checkout.voucher(day.codes[0])


def test_voucher_codes_are_random_and_the_neighbours_of_one_are_refused(
    day: Shop, returns: ReturnService
) -> None:
    codes = []
    for n in range(3):
        sale = sell(day, day.codes[5 + n])
        done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
        assert done.voucher is not None
        codes.append(done.voucher.code)
    assert all(is_voucher_code(code) for code in codes) and len(set(codes)) == 3
    numbers = [int(code[3:18]) for code in codes]
    assert numbers[1] - numbers[0] != numbers[2] - numbers[1]  # not counted up
    # The codes one step either side of a real voucher (with a right check digit) are not vouchers.
    for number in (numbers[0] - 1, numbers[0] + 1):
        neighbour = new_voucher_code(lambda n, number=number: number % n)
        if neighbour not in codes:
            with pytest.raises(VoucherNotFound) as refused:
                day.checkout.voucher(neighbour)
            assert refused.value.voucher_code == neighbour
    # A wrong check digit gets the very same answer as an unknown code.
    wrong = codes[0][:18] + str((int(codes[0][18]) + 1) % 10)
    with pytest.raises(VoucherNotFound) as refused_wrong:
        day.checkout.voucher(wrong)
    assert type(refused_wrong.value) is VoucherNotFound


def test_a_voucher_code_already_taken_is_drawn_again(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[5])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
    assert done.voucher is not None
    draws = iter([done.voucher.code, done.voucher.code, "9804170932656"])
    with day.db.read() as session:
        assert unused_voucher_code(session.connection(), lambda: next(draws)) == "9804170932656"


def test_a_voucher_with_an_old_counted_code_still_pays(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[5])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader)
    assert done.voucher is not None
    old = "9800010000011"  # 980, shop 001, serial 000001: as codes were before they were random
    with sqlite3.connect(day.path) as conn:
        # The append-only trigger guards the row; an old shop file has such codes from its start.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'vouchers'"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE vouchers SET code = ? WHERE code = ?", (old, done.voucher.code))
        for _, sql in triggers:
            conn.execute(sql)
    cart = day.checkout.new_cart()
    day.checkout.scan(cart, day.codes[0])
    assert day.checkout.voucher(old).balance == 10000
    day.checkout.pay_with_voucher(cart, old)
    day.checkout.complete(cart, operator=day.cashier)
    assert day.checkout.voucher(old).balance == 10000 - 4950


def test_voucher_used_at_another_till_meanwhile_is_refused_at_commit(
    day: Shop, returns: ReturnService
) -> None:
    sale = sell(day, day.codes[5])
    code = returns.refund(
        sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader
    ).voucher.code
    checkout = day.checkout
    first, second = checkout.new_cart(), checkout.new_cart()
    checkout.scan(first, day.codes[6])
    checkout.scan(second, day.codes[7])
    checkout.pay_with_voucher(first, code)
    checkout.pay_with_voucher(second, code)
    checkout.complete(first, operator=day.cashier)
    with pytest.raises(VoucherUsedUp):
        checkout.complete(second, operator=day.cashier)
    assert len(_q(day.path, "SELECT * FROM voucher_uses")) == 1


def test_a_voucher_paid_sale_refunded_as_paid_gives_a_new_voucher(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[5])
    code = returns.refund(
        sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader
    ).voucher.code
    checkout = day.checkout
    cart = checkout.new_cart()
    checkout.scan(cart, day.codes[0])
    checkout.pay_with_voucher(cart, code)
    paid = checkout.complete(cart, operator=day.cashier)
    back = returns.refund(paid.sale_id, {item_line(returns, paid): 1}, "original", operator=day.leader)
    assert back.refunds == (("voucher", 4950),) and back.voucher is not None and back.voucher.code != code
    assert verify_database(day.path).ok


# --- stock, quantities, twice ----------------------------------------------------


def test_returned_item_goes_back_in_stock_and_can_be_sold_again(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0])
    returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "original", operator=day.leader)
    item = _q(day.path, "SELECT status, sold_sale_id FROM items WHERE code = ?", day.codes[0])[0]
    # Back on the shelf; it keeps its last sale, so scanning it at a return finds that sale
    # (and says it was given back) rather than "never sold".
    assert (item["status"], item["sold_sale_id"]) == ("in_stock", sale.sale_id)
    given_back = returns.find_by_item(day.codes[0])
    assert given_back.sale_id == sale.sale_id
    assert not given_back.returnable and given_back.lines[0].returned == 1
    again = sell(day, day.codes[0])
    assert returns.find_by_item(day.codes[0]).sale_id == again.sale_id


def test_products_come_back_into_stock_and_quantities_are_shared_exactly(
    day: Shop, returns: ReturnService
) -> None:
    checkout = day.checkout
    cart = checkout.new_cart()
    line = checkout.add_product(cart, day.waffle, 3)
    checkout.set_discount_amount(cart, line.line_id, 1000, operator=day.cashier)  # 3 × 25 − 10 = 65 kr
    checkout.pay(cart, PaymentMethod.CARD)
    sale = checkout.complete(cart, operator=day.cashier)
    stock = _q(day.path, "SELECT stock FROM products WHERE id = ?", day.waffle)[0][0]
    line_id = item_line(returns, sale)
    amounts = [
        returns.refund(sale.sale_id, {line_id: 1}, "original", operator=day.leader).total for _ in range(3)
    ]
    assert sum(amounts) == -6500 and sorted(amounts) == [-2167, -2167, -2166]
    assert _q(day.path, "SELECT stock FROM products WHERE id = ?", day.waffle)[0][0] == stock + 3
    assert returned_share(6500, 3, 0, 3) == 6500


def test_a_line_cannot_be_returned_twice(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0], day.codes[5])
    line_id = item_line(returns, sale)
    returns.refund(sale.sale_id, {line_id: 1}, "original", operator=day.leader)
    with pytest.raises(ReturnTooMany) as too_many:
        returns.refund(sale.sale_id, {line_id: 1}, "voucher", operator=day.leader)
    assert too_many.value.returnable == 0
    with pytest.raises(NotReturnable):
        returns.refund(sale.sale_id, {}, "original", operator=day.leader)
    assert returns.original(sale.sale_id).lines[0].returned == 1


def test_a_cashier_needs_a_leader(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0])
    line_id = item_line(returns, sale)
    with pytest.raises(PermissionDenied):
        returns.refund(sale.sale_id, {line_id: 1}, "original", operator=day.cashier)
    done = returns.refund(sale.sale_id, {line_id: 1}, "original", operator=day.cashier, approver=day.leader)
    entry = _q(day.path, "SELECT * FROM journal WHERE event = 'return'")[0]
    details = json.loads(entry["details"])
    assert entry["saft_code"] == "13013" and entry["sale_id"] == done.sale_id
    assert entry["user_id"] == day.cashier.id and details["approved_by"] == day.leader.id
    assert set(details["rows"]) == {"return_lines"}


# --- the business day ----------------------------------------------------------------


def test_a_return_needs_an_open_day(shop: Shop) -> None:
    returns = ReturnService(shop.db, clock=shop.checkout.clock, checkout=shop.checkout)
    open_day(shop)
    sale = sell(shop, shop.codes[0])
    line_id = item_line(returns, sale)
    close_day(shop)
    with pytest.raises(DayNotOpen):
        returns.refund(sale.sale_id, {line_id: 1}, "original", operator=shop.leader)
    assert len(_q(shop.path, "SELECT * FROM sales")) == 1


def test_a_day_left_open_refuses_returns(shop: Shop) -> None:
    returns = ReturnService(shop.db, clock=shop.checkout.clock, checkout=shop.checkout)
    open_day(shop)
    sale = sell(shop, shop.codes[0])
    shop.checkout.clock.advance(days=1)
    with pytest.raises(DayLeftOpen):
        returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "original", operator=shop.leader)


def test_closed_day_trigger_refuses_a_return_written_into_it(day: Shop, returns: ReturnService) -> None:
    sale = sell(day, day.codes[0])
    line_id = item_line(returns, sale)
    today = day.checkout.clock().date()
    returns.checkout.business_date = lambda conn, at, **_: today  # type: ignore[method-assign]  # skip the check
    close_day(day)
    with pytest.raises((sqlalchemy.exc.IntegrityError, sqlite3.IntegrityError), match="closed"):
        returns.refund(sale.sale_id, {line_id: 1}, "original", operator=day.leader)


# --- verify ---------------------------------------------------------------------------


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    assert conn.execute(sql).rowcount > 0
    for _, trigger_sql in triggers:
        conn.execute(trigger_sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE return_lines SET quantity = 2",
        "UPDATE vouchers SET amount = 100000",
        "UPDATE vouchers SET expires_at = '2099-01-01T00:00:00.000000+01:00'",
        "UPDATE voucher_uses SET amount = 1",
        "DELETE FROM voucher_uses",
        "UPDATE payments SET method = 'cash' WHERE method = 'voucher'",
    ],
)
def test_verify_catches_tampering_with_returns_and_vouchers(
    day: Shop, returns: ReturnService, sql: str
) -> None:
    sale = sell(day, day.codes[5])
    code = returns.refund(
        sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=day.leader
    ).voucher.code
    cart = day.checkout.new_cart()
    day.checkout.scan(cart, day.codes[0])
    day.checkout.pay_with_voucher(cart, code)
    day.checkout.complete(cart, operator=day.cashier)
    day.close()
    assert verify_database(day.path).ok
    _tamper(day.path, sql)
    assert not verify_database(day.path).ok


def test_demo_returns_make_returns_vouchers_and_redemptions(day: Shop) -> None:
    for n in range(4):
        sell(day, day.codes[n], day.codes[5 + n])
    day.checkout.clock.advance(minutes=30)
    made = add_demo_returns(
        day.db, operator=day.leader, at=day.checkout.clock(), rng=random.Random(3), checkout=day.checkout
    )
    assert len(made) == 2
    vouchers = sum(1 for r in made if r.voucher)
    assert len(_q(day.path, "SELECT * FROM voucher_uses")) == vouchers  # each one paid a later sale
    assert len(_q(day.path, "SELECT * FROM sales WHERE kind = 'return'")) == 2
    assert verify_database(day.path).ok
