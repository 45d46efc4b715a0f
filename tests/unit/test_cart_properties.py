"""The cart under random use: Hypothesis properties and a state machine.

The example-based rules are in ``test_cart.py``; here random carts and random
tender sequences check that the sums always add up and that cash rounding is
small, belongs to cash only and survives parking.
"""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from bruktpos.domain.cart import MAX_QUANTITY, Cart, LineKind, PaymentMethod
from bruktpos.domain.errors import BruktError, EmptySale, OverPayment, SaleNotPaid
from bruktpos.domain.money import cash_rounding, round_cash

from .test_cart import add_item, add_open, add_product, cart_of

CASH, CARD, VIPPS = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.VIPPS
FAST = settings(max_examples=100, deadline=None, database=None)


# --- a settled cash sale changed afterwards (see test_cart.py) -------------------


@FAST
@given(
    st.integers(min_value=100, max_value=10**6),
    # Small additions: those are the ones that can fall inside the rounding.
    st.integers(min_value=1, max_value=100),
)
def test_no_line_change_leaves_a_cart_overpaid(price, added):
    """Whatever is paid, an accepted change leaves something (or nothing) to pay, never less."""
    cart = cart_of(price)
    cart.add_payment(CASH, tendered=round_cash(price) + 10000)
    try:
        add_open(cart, price=added)
    except OverPayment:
        return
    assert cart.remaining >= 0


# --- properties ------------------------------------------------------------------

prices = st.integers(min_value=1, max_value=200_000)
open_lines = st.lists(
    st.tuples(prices, st.integers(min_value=1, max_value=5), st.integers(min_value=0, max_value=100)),
    min_size=1,
    max_size=8,
)


@FAST
@given(open_lines, st.lists(st.integers(min_value=1, max_value=50_000), max_size=4), st.data())
def test_cards_then_final_cash_settle_with_small_rounding(lines, card_amounts, data):
    cart = Cart()
    for price, quantity, percent in lines:
        line = add_open(cart, price=price, quantity=quantity)
        cart.set_discount_percent(line.line_id, percent)
    for amount in card_amounts:
        if cart.remaining > amount:
            cart.add_payment(CARD, amount)
    assert cart.rounding == 0
    before = cart.remaining
    if before <= 0:
        return  # every line was discounted to nothing
    due = round_cash(before)
    extra = data.draw(st.integers(min_value=0, max_value=50), label="extra kroner")
    payment = cart.add_payment(CASH, tendered=due + extra * 100)
    assert cart.rounding == cash_rounding(before)
    assert abs(cart.rounding) <= 50
    assert payment.amount == due
    assert payment.change == extra * 100
    assert cart.is_paid
    assert cart.remaining == cart.total + cart.rounding - cart.paid == 0
    cart.check_complete()


@FAST
@given(open_lines, st.lists(st.sampled_from([CARD, VIPPS]), min_size=1, max_size=3))
def test_card_only_sales_have_no_rounding(lines, methods):
    cart = Cart()
    for price, quantity, _ in lines:
        add_open(cart, price=price, quantity=quantity)
    for method in methods[:-1]:
        if cart.remaining > 1:
            cart.add_payment(method, cart.remaining // 2)
    cart.add_payment(methods[-1])
    assert cart.is_paid
    assert cart.rounding == 0
    assert cart.paid == cart.total


# --- state machine ---------------------------------------------------------------


class CartMachine(RuleBasedStateMachine):
    """Random taps at the till; every refusal must leave the cart untouched."""

    def __init__(self) -> None:
        super().__init__()
        self.cart = Cart()

    def _line_id(self, pick: int) -> int:
        if not self.cart.lines or pick < 0:
            return 10_000  # a line that is not there
        return self.cart.lines[pick % len(self.cart.lines)].line_id

    def _try(self, action, *args, **kwargs):
        before = self.cart.to_dict()
        try:
            return action(*args, **kwargs)
        except BruktError:
            assert self.cart.to_dict() == before, "a refused change touched the cart"
            return None

    @rule(
        price=st.integers(min_value=-10, max_value=300_000),
        quantity=st.integers(min_value=0, max_value=4),
        vat=st.sampled_from([0, 1200, 1500, 2500]),
    )
    def add_open(self, price, quantity, vat):
        self._try(add_open, self.cart, price=price, quantity=quantity, vat_rate=vat)

    @rule(product_id=st.integers(min_value=1, max_value=3), price=st.sampled_from([0, 2500, 3500, 4950]))
    def add_product(self, product_id, price):
        self._try(add_product, self.cart, product_id=product_id, price=price)

    @rule(item_id=st.integers(min_value=1, max_value=6), price=st.integers(min_value=1, max_value=100_000))
    def add_item(self, item_id, price):
        self._try(add_item, self.cart, item_id=item_id, price=price)

    @rule(pick=st.integers(min_value=-1, max_value=20), quantity=st.integers(min_value=0, max_value=4))
    def set_quantity(self, pick, quantity):
        self._try(self.cart.set_quantity, self._line_id(pick), quantity)

    @rule(pick=st.integers(min_value=-1, max_value=20), price=st.integers(min_value=-1, max_value=100_000))
    def set_unit_price(self, pick, price):
        self._try(self.cart.set_unit_price, self._line_id(pick), price)

    @rule(pick=st.integers(min_value=-1, max_value=20), percent=st.integers(min_value=-1, max_value=101))
    def set_discount_percent(self, pick, percent):
        self._try(self.cart.set_discount_percent, self._line_id(pick), percent)

    @rule(pick=st.integers(min_value=-1, max_value=20), amount=st.integers(min_value=-1, max_value=50_000))
    def set_discount_amount(self, pick, amount):
        self._try(self.cart.set_discount_amount, self._line_id(pick), amount)

    @rule(pick=st.integers(min_value=-1, max_value=20))
    def remove_line(self, pick):
        self._try(self.cart.remove_line, self._line_id(pick))

    @rule(
        method=st.sampled_from([CARD, VIPPS]),
        amount=st.one_of(st.none(), st.integers(min_value=-100, max_value=200_000)),
    )
    def pay_card(self, method, amount):
        remaining = self.cart.remaining
        payment = self._try(self.cart.add_payment, method, amount)
        if payment is not None:
            assert payment.amount == (remaining if amount is None else amount)
            assert 0 < payment.amount <= remaining
            assert self.cart.remaining == remaining - payment.amount

    @rule(tendered=st.one_of(st.none(), st.integers(min_value=0, max_value=3000).map(lambda kr: kr * 100)))
    def pay_cash(self, tendered):
        remaining, rounding = self.cart.remaining, self.cart.rounding
        payment = self._try(self.cart.add_payment, CASH, tendered=tendered)
        if payment is None:
            return
        due = round_cash(remaining)
        if payment.tendered >= due:  # settles the sale
            assert self.cart.rounding == rounding + cash_rounding(remaining)
            assert payment.amount == due
            assert payment.change == payment.tendered - due
            assert self.cart.remaining == 0
        else:  # part payment
            assert self.cart.rounding == rounding
            assert payment.amount == payment.tendered
            assert payment.change == 0
            assert self.cart.remaining == remaining - payment.amount

    @rule()
    def remove_last_payment(self):
        paid = self.cart.paid
        payment = self._try(self.cart.remove_last_payment)
        if payment is not None:
            assert self.cart.paid == paid - payment.amount

    @invariant()
    def sums_add_up(self):
        cart = self.cart
        assert cart.remaining == cart.total + cart.rounding - cart.paid
        assert cart.remaining >= 0, "a cart may never be overpaid"
        assert cart.amount_due == cart.total + cart.rounding
        assert cart.total == sum(line.gross - line.discount for line in cart.lines)
        assert cart.discount_total == sum(line.discount for line in cart.lines)
        assert cart.paid == sum(p.amount for p in cart.payments)
        assert cart.change == sum(p.change for p in cart.payments)
        assert cart.total >= 0
        for line in cart.lines:
            assert 0 <= line.discount <= line.gross
            assert 1 <= line.quantity <= MAX_QUANTITY
            if line.kind is LineKind.ITEM:
                assert line.quantity == 1
        item_ids = [line.item_id for line in cart.lines if line.item_id is not None]
        assert len(item_ids) == len(set(item_ids))

    @invariant()
    def rounding_is_cash_only_and_small(self):
        cart = self.cart
        assert abs(cart.rounding) <= 50
        if cart.rounding:
            # Only the payment that settles the sale in cash books rounding.
            assert cart.payments
            assert cart.payments[-1].method is CASH
        if not any(p.method is CASH for p in cart.payments):
            assert cart.rounding == 0
        if cart.is_paid and cart.payments and cart.payments[-1].method is CASH:
            assert abs(cart.rounding) <= 50
            assert cart.payments[-1].amount % 100 == 0

    @invariant()
    def payments_are_sane(self):
        for p in self.cart.payments:
            if p.method is CASH:
                assert p.amount % 100 == 0
                assert p.tendered % 100 == 0
                assert p.change >= 0
                assert p.tendered - p.change == p.amount
            else:
                assert p.amount > 0
                assert (p.tendered, p.change) == (0, 0)

    @invariant()
    def paid_and_complete_agree(self):
        cart = self.cart
        assert cart.is_paid == (bool(cart.lines) and cart.remaining == 0)
        try:
            cart.check_complete()
        except EmptySale:
            assert cart.is_empty
        except SaleNotPaid as error:
            assert error.remaining == cart.remaining != 0
        else:
            assert cart.is_paid

    @invariant()
    def parks_and_resumes(self):
        data = self.cart.to_dict()
        assert Cart.from_dict(json.loads(json.dumps(data))) == self.cart


CartMachine.TestCase.settings = settings(
    max_examples=60, stateful_step_count=30, deadline=None, database=None
)
test_cart_state_machine = CartMachine.TestCase
