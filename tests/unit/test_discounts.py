"""The one rule for discounts and new prices (domain/discounts.py)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from bruktpos.domain.cart import Cart
from bruktpos.domain.discounts import DiscountLimits, cut, needs_approval

LIMITS = DiscountLimits(percent=20, amount=10_000)  # 20 %, and at most kr 100


def _cart_with(price: int, quantity: int = 1) -> tuple[Cart, int]:
    cart = Cart()
    line = cart.add_open(category_id=1, description="Klær", price=price, vat_rate=2500, quantity=quantity)
    return cart, line.line_id


def test_within_the_limit_needs_nobody() -> None:
    cart, line_id = _cart_with(10_000)
    before = cart.line(line_id)
    after = cart.set_discount_percent(line_id, 20, by=7)
    assert cut(after) == 2000
    assert not needs_approval(LIMITS, before, after)


def test_above_the_percent_needs_a_leader() -> None:
    cart, line_id = _cart_with(10_000)
    before = cart.line(line_id)
    assert needs_approval(LIMITS, before, cart.set_discount_percent(line_id, 21, by=7))


def test_above_the_kroner_limit_needs_a_leader_even_at_a_low_percent() -> None:
    cart, line_id = _cart_with(150_000)  # kr 1 500
    before = cart.line(line_id)
    assert needs_approval(LIMITS, before, cart.set_discount_percent(line_id, 10, by=7))  # kr 150 off


def test_a_line_at_zero_always_needs_a_leader() -> None:
    cart, line_id = _cart_with(1000)
    before = cart.line(line_id)
    assert needs_approval(DiscountLimits(100, 10**9), before, cart.set_discount_percent(line_id, 100, by=7))


def test_a_new_price_is_measured_from_the_shop_price() -> None:
    cart, line_id = _cart_with(150_000)
    before = cart.line(line_id)
    after = cart.set_unit_price(line_id, 100, by=7)  # kr 1 500 → kr 1
    assert after.list_price == 150_000
    assert cut(after) == 149_900
    assert needs_approval(LIMITS, before, after)


def test_small_steps_add_up() -> None:
    """A new price within the limit, then a discount within it: together beyond it."""
    cart, line_id = _cart_with(10_000)
    before = cart.line(line_id)
    first = cart.set_unit_price(line_id, 8500, by=7)
    assert not needs_approval(LIMITS, before, first)
    second = cart.set_discount_percent(line_id, 15, by=7)
    assert cut(second) == 10_000 - 7225
    assert needs_approval(LIMITS, first, second)


def test_taking_less_off_needs_nobody() -> None:
    cart, line_id = _cart_with(10_000)
    big = cart.set_discount_percent(line_id, 50, by=1, approved_by=2)
    assert not needs_approval(LIMITS, big, cart.set_discount_percent(line_id, 40, by=7))
    assert not needs_approval(LIMITS, cart.line(line_id), cart.set_discount_percent(line_id, 0, by=7))


def test_a_markdown_is_the_shops_own_price() -> None:
    cart, line_id = _cart_with(10_000)
    marked = cart.apply_markdown(line_id, 5000)
    assert (marked.shop_total, cut(marked), marked.given_discount) == (5000, 0, 0)


def test_a_free_product_is_not_a_discount() -> None:
    cart = Cart()
    line = cart.add_product(product_id=1, description="Vann", price=0, vat_rate=1500, category_id=1)
    assert not needs_approval(LIMITS, line, replace(line, quantity=2))


@given(
    price=st.integers(min_value=100, max_value=1_000_000),
    percent=st.integers(min_value=0, max_value=100),
    limit_percent=st.integers(min_value=0, max_value=100),
    limit_amount=st.integers(min_value=0, max_value=1_000_000),
)
def test_the_rule_is_exactly_the_limit(
    price: int, percent: int, limit_percent: int, limit_amount: int
) -> None:
    limits = DiscountLimits(limit_percent, limit_amount)
    cart, line_id = _cart_with(price)
    before = cart.line(line_id)
    after = cart.set_discount_percent(line_id, percent, by=7)
    taken = before.total - after.total
    expected = taken > 0 and (after.total == 0 or taken > limit_amount or taken * 100 > limit_percent * price)
    assert needs_approval(limits, before, after) == expected
