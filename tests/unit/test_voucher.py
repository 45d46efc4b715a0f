"""Store-credit vouchers: their codes, and paying (part of) a cart with one."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.codes import (
    VOUCHER_CODE_LENGTH,
    VOUCHER_CODE_SPACE,
    VOUCHER_CODES_PER_LIVE,
    VOUCHER_LIVE_LIMIT,
    ean13_check_digit,
    format_voucher_code,
    gs1_check_digit,
    is_item_code,
    is_valid_ean13,
    is_voucher_code,
    looks_like_voucher,
    make_item_code,
    new_voucher_code,
    voucher_entry,
)
from bruktpos.domain.errors import EmptySale, InvalidPayment, OverPayment
from bruktpos.domain.money import round_cash
from bruktpos.domain.price_tags import is_price_tag_code

from .test_cart import cart_of, refused

FAST = settings(max_examples=200, deadline=None, database=None)
CODE = new_voucher_code()
# A voucher issued while codes were counted up (980, shop 001, serial 000001): it still pays.
OLD_CODE = "9800010000011"
# A voucher issued while codes were nine random digits, an EAN-13: it still pays too.
OLD_RANDOM_CODE = "9804170932656"


# --- codes ------------------------------------------------------------------------


def test_voucher_code_layout() -> None:
    code = new_voucher_code(lambda n: 417_093_265_123_456)
    body = "980417093265123456"
    assert len(body) == 18
    # GS1 mod-10: from the right the digits weigh 3, 1, 3, …
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    assert code == body + str((10 - total % 10) % 10) == "9804170932651234561"  # 169 → 1
    assert len(code) == VOUCHER_CODE_LENGTH == 19
    assert format_voucher_code(code) == "980 417 093 265 123 456 1"
    assert is_voucher_code(code)


def test_the_check_digit_is_the_ean13_one_for_twelve_digits() -> None:
    for body in ("400638133393", "980001000001", "040010000004", "000000000000"):
        assert gs1_check_digit(body) == ean13_check_digit(body)
    assert gs1_check_digit("0" * 18) == 0


def test_a_new_code_is_a_voucher_code_and_nothing_else() -> None:
    for _ in range(500):
        code = new_voucher_code()
        assert len(code) == 19 and code.isdigit() and code.startswith("980")
        assert is_voucher_code(code) and looks_like_voucher(code)
        assert not is_valid_ean13(code) and not is_item_code(code) and not is_price_tag_code(code)


def test_old_thirteen_digit_codes_are_still_voucher_codes() -> None:
    for old in (OLD_CODE, OLD_RANDOM_CODE):
        assert is_voucher_code(old) and is_valid_ean13(old)
    assert format_voucher_code(OLD_CODE) == "980 001 000 001 1"
    assert format_voucher_code(OLD_RANDOM_CODE) == "980 417 093 265 6"


def test_the_codes_leave_a_billion_for_each_live_voucher() -> None:
    # A guess hits *some* live voucher with chance live / codes: at most one in 10⁹
    # while a shop has up to VOUCHER_LIVE_LIMIT live vouchers (far more than any has).
    assert VOUCHER_CODES_PER_LIVE >= 10**9
    assert VOUCHER_LIVE_LIMIT >= 10**6
    assert VOUCHER_CODE_SPACE >= VOUCHER_CODES_PER_LIVE * VOUCHER_LIVE_LIMIT
    assert VOUCHER_CODE_SPACE == 10**15


def test_the_draw_covers_every_code() -> None:
    assert new_voucher_code(lambda n: 0)[:18] == "980" + "0" * 15
    assert new_voucher_code(lambda n: n - 1)[3:18] == "9" * 15
    asked: list[int] = []
    new_voucher_code(lambda n: asked.append(n) or 5)
    assert asked == [VOUCHER_CODE_SPACE]
    with pytest.raises(ValueError):
        new_voucher_code(lambda n: n)
    with pytest.raises(ValueError):
        new_voucher_code(lambda n: -1)


def test_one_code_says_nothing_about_the_next() -> None:
    codes = [new_voucher_code() for _ in range(2000)]
    numbers = [int(code[3:18]) for code in codes]
    assert len(set(codes)) == len(codes)
    steps = {b - a for a, b in itertools.pairwise(numbers)}
    # Counted-up codes step by 1 (or a constant); random ones almost never repeat a step.
    assert len(steps) > 1990 and 1 not in steps
    # Every random digit position takes every value: no digit is fixed by the shop or a counter.
    for position in range(15):
        assert {n // 10**position % 10 for n in numbers} == set(range(10))


def test_a_voucher_number_typed_as_printed_is_read_without_its_spaces() -> None:
    code = new_voucher_code(lambda n: 417_093_265_123_456)
    assert voucher_entry(format_voucher_code(code)) == code
    assert voucher_entry(f"  {code}\n") == code
    assert voucher_entry(format_voucher_code(OLD_CODE)) == OLD_CODE
    assert voucher_entry(" 98a 1 ") == "98a 1"  # not digits: only stripped


@pytest.mark.parametrize(
    "text",
    [
        "9800010000018",  # thirteen digits, wrong check digit
        "980001000001",
        "9804170932651234567",  # nineteen digits, wrong check digit
        "980417093265123456",  # eighteen: the check digit left off
        "98041709326512345680",  # twenty
        "9814170932651234567",  # not in the voucher range
        "980417093265123456８",  # a full-width digit
        "abc",
        "",
        make_item_code(1, 1),
    ],
)
def test_not_a_voucher(text: str) -> None:
    assert not is_voucher_code(text)


@FAST
@given(st.integers(0, VOUCHER_CODE_SPACE - 1), st.integers(0, 18), st.integers(1, 9))
def test_one_wrong_digit_is_caught(number: int, position: int, shift: int) -> None:
    code = new_voucher_code(lambda n: number)
    wrong = code[:position] + str((int(code[position]) + shift) % 10) + code[position + 1 :]
    assert not is_voucher_code(wrong)  # the GS1 check digit catches every single wrong digit
    if position >= 3:  # still shaped like a voucher: the till asks the look-up, which refuses it
        assert looks_like_voucher(wrong)


@FAST
@given(st.integers(0, VOUCHER_CODE_SPACE - 1), st.integers(3, 17))
def test_two_neighbouring_digits_swapped_are_caught(number: int, position: int) -> None:
    code = new_voucher_code(lambda n: number)
    a, b = code[position], code[position + 1]
    if a != b and abs(int(a) - int(b)) != 5:  # mod-10 weights 3/1 miss only a swap of digits 5 apart
        assert not is_voucher_code(code[:position] + b + a + code[position + 2 :])


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
    from bruktpos.domain.returns import returned_share

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
