"""One rule for discounts and new prices at the till.

A cashier may take up to the shop's limit off a line on their own: at most
``percent`` of what the line comes to by the shop's prices and markdowns, and
at most ``amount`` øre. Taking more off, or bringing a line to kr 0, needs a
leader's approval and a reason. The rule looks at the line as it would be
after the change, measured from the shop's own price, so two small steps
(a new price, then a discount) cannot add up to a large cut unseen, nor can
more of a discounted product. Taking no more off than before never needs anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bruktpos.domain.cart import CartLine


@dataclass(frozen=True)
class DiscountLimits:
    """What a cashier may take off one line alone: ``percent`` of it, and at most ``amount`` øre."""

    percent: int
    amount: int


def cut(line: CartLine) -> int:
    """What the line has had taken off at the till, measured from the shop's own price (øre)."""
    return line.shop_total - line.total


def needs_approval(limits: DiscountLimits, before: CartLine, after: CartLine) -> bool:
    """True when changing ``before`` into ``after`` needs a leader's approval and a reason."""
    taken = cut(after)
    if taken <= max(cut(before), 0):
        return False  # no more off than before: nobody is given anything more
    if after.total <= 0:
        return True  # a line at kr 0
    return taken > limits.amount or taken * 100 > limits.percent * after.shop_total
