"""Store-credit vouchers: their codes, and paying (part of) a cart with one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.codes import (
    format_voucher_code,
    is_item_code,
    is_valid_ean13,
    is_voucher_code,
    make_item_code,
    make_voucher_code,
    parse_voucher_code,
)
from bruktpos.domain.errors import EmptySale, InvalidCode, InvalidPayment, OverPayment
from bruktpos.domain.money import round_cash
from bruktpos.domain.price_tags import is_price_tag_code

from .test_cart import cart_of, refused

FAST = settings(max_examples=200, deadline=None, database=None)
CODE = make_voucher_code(1, 1)


# --- codes ------------------------------------------------------------------------


def test_voucher_code_layout() -> None:
    assert CODE == "9800010000011"
    assert format_voucher_code(CODE) == "980 001 000001 1"
    assert is_voucher_code(CODE) and is_valid_ean13(CODE)
    assert parse_voucher_code(CODE) == (1, 1)
    assert parse_voucher_code(" 9800010000011\n") == (1, 1)


@pytest.mark.parametrize("text", ["9800010000018", "980001000001", "abc", "", make_item_code(1, 1)])
def test_not_a_voucher(text: str) -> None:
    assert not is_voucher_code(text)
    with pytest.raises(InvalidCode):
        parse_voucher_code(text)


@pytest.mark.parametrize("shop, serial", [(-1, 1), (1000, 1), (1, 0), (1, 1_000_000)])
def test_out_of_range(shop: int, serial: int) -> None:
    with pytest.raises(ValueError):
        make_voucher_code(shop, serial)


@FAST
@given(st.integers(0, 999), st.integers(1, 999_999))
def test_every_voucher_code_round_trips_and_is_nothing_else(shop: int, serial: int) -> None:
    code = make_voucher_code(shop, serial)
    assert len(code) == 13 and is_valid_ean13(code)
    assert parse_voucher_code(code) == (shop, serial)
    assert not is_item_code(code) and not is_price_tag_code(code)


@FAST
@given(st.integers(0, 999), st.integers(1, 999_999), st.integers(0, 12), st.integers(1, 9))
def test_one_wrong_digit_is_caught(shop: int, serial: int, position: int, shift: int) -> None:
    code = make_voucher_code(shop, serial)
    wrong = code[:position] + str((int(code[position]) + shift) % 10) + code[position + 1 :]
    assert not (is_voucher_code(wrong) and parse_voucher_code(wrong) == (shop, serial))


# --- paying with a voucher ----------------------------------------------------------


def test_voucher_pays_all_when_it_holds_enough() -> None:
    cart = cart_of(4950)
    payment = cart.add_voucher(CODE, 10000)
    assert (payment.method, payment.amount, payment.voucher_code, payment.change) == (
        PaymentMethod.VOUCHER,
        4950,
        CODE,
        0,
    )
    assert cart.is_paid and cart.rounding == 0
    cart.check_complete()


def test_voucher_pays_part_and_cash_rounds_the_rest() -> None:
    cart = cart_of(14950)
    cart.add_voucher(CODE, 5025)
    assert cart.remaining == 9925 and cart.cash_due() == 9900
    cart.add_payment(PaymentMethod.CASH, tendered=10000)
    assert cart.rounding == -25 and cart.change == 100 and cart.is_paid


def test_voucher_never_pays_more_than_its_balance_or_what_is_due() -> None:
    cart = cart_of(4950)
    refused(cart, OverPayment, cart.add_voucher, CODE, 3000, 3001)
    refused(cart, OverPayment, cart.add_voucher, CODE, 10000, 4951)
    refused(cart, InvalidPayment, cart.add_voucher, CODE, 10000, 0)
    cart.add_voucher(CODE, 3000, 2000)
    # The same voucher again: only what is left on it after this cart's first use.
    refused(cart, OverPayment, cart.add_voucher, CODE, 3000, 1001)
    assert cart.add_voucher(CODE, 3000).amount == 1000
    assert cart.voucher_used(CODE) == 3000 and cart.remaining == 1950


def test_voucher_needs_lines_and_its_own_method() -> None:
    with pytest.raises(EmptySale):
        Cart().add_voucher(CODE, 1000)
    cart = cart_of(100)
    refused(cart, InvalidPayment, cart.add_payment, PaymentMethod.VOUCHER, 100)


def test_voucher_payment_survives_parking() -> None:
    cart = cart_of(4950)
    cart.add_voucher(CODE, 1000)
    again = Cart.from_dict(cart.to_dict())
    assert again.payments == cart.payments and again.voucher_used(CODE) == 1000


def test_saft_code_of_a_voucher_is_credit_note() -> None:
    assert PaymentMethod.VOUCHER.saft_code == "12010"


@FAST
@given(
    st.lists(st.integers(1, 200_000), min_size=1, max_size=5),
    st.integers(1, 500_000),
    st.one_of(st.none(), st.integers(1, 500_000)),
)
def test_voucher_then_cash_always_settles(prices: list[int], balance: int, amount: int | None) -> None:
    """Whatever the voucher holds, it pays at most balance and due, and cash settles the rest."""
    cart = cart_of(*prices)
    due = cart.total
    try:
        paid = cart.add_voucher(CODE, balance, amount).amount
    except (OverPayment, InvalidPayment):
        assert amount is not None and (amount > balance or amount > due)
        return
    assert paid <= min(balance, due)
    assert paid == (min(balance, due) if amount is None else amount)
    if cart.remaining:
        cart.add_payment(PaymentMethod.CASH)
    assert cart.is_paid
    assert cart.rounding == round_cash(due - paid) - (due - paid)
    assert cart.paid == cart.total + cart.rounding


@FAST
@given(st.integers(-200_000, 200_000), st.lists(st.integers(1, 5), min_size=1, max_size=8))
def test_returned_shares_of_a_line_add_up_to_its_total(total: int, pieces: list[int]) -> None:
    """However a line's pieces are given back, the shares sum to the line exactly."""
    from bruktpos.services.returns import returned_share

    quantity = sum(pieces)
    before = 0
    shares = []
    for now in pieces:
        shares.append(returned_share(total, quantity, before, now))
        before += now
    assert sum(shares) == total
    # Each share is its pieces' part of the total, within one øre.
    for share, now in zip(shares, pieces, strict=True):
        assert abs(share * quantity - total * now) < quantity
