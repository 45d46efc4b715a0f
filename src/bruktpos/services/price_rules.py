"""Discounts and new prices on a cart line: the shop's limit, the leader, the journal.

The rule itself is :func:`bruktpos.domain.discounts.needs_approval`; this
applies it with the shop's limits (settings ``discount_limit_percent`` and
``discount_limit_amount``), checks the approver inside the same transaction
as the journal entry, and writes that entry. A change to a cart line happens
before the sale is committed, so it is journalled when it is given (who, who
approved, the line and its item, before and after, the reason); the line
itself remembers who gave it and who approved, and the sale's own journal
entry lists what was given on the lines that were sold (``price_changes``),
which is what X and Z count. A line removed later is journalled as a void,
and its discount, never sold, is not counted as given.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bruktpos.domain.cart import Cart, CartLine, LineKind, check_price
from bruktpos.domain.discounts import DiscountLimits, needs_approval
from bruktpos.domain.errors import ApprovalNeeded, InvalidDiscountLimit, ReasonNeeded
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, Role, may, require
from bruktpos.services.settings import SETTINGS, store_setting, stored_setting
from bruktpos.services.users import UserService, second_person_approves
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event

MAX_REASON = 200  # characters: a quick reason or a few words

# (the cart, the operator's id, the approver's id) → the changed line
LineChange = Callable[[Cart, int, int | None], CartLine]


@dataclass(frozen=True)
class DiscountRules:
    """What the shop lets a cashier give alone, and whether approvals need a second person."""

    percent: int
    amount: int  # øre
    second_person: bool


def discount_rules(db: Database) -> DiscountRules:
    """The shop's discount limit and approval rule as stored now."""
    with db.read() as session:
        found = limits(session)
        return DiscountRules(found.percent, found.amount, second_person_approves(session))


def save_discount_rules(
    db: Database,
    rules: DiscountRules,
    *,
    by: Operator,
    register_id: int | None = None,
    clock: Callable[[], datetime],
) -> bool:
    """Store the limit and the approval rule (a leader), each change journalled; False when none changed.

    :class:`InvalidDiscountLimit` before anything is stored when a value is out of range.
    """
    require(by.role, Action.SETTINGS)
    for name, field, value in (
        ("discount_limit_percent", "percent", rules.percent),
        ("discount_limit_amount", "amount", rules.amount),
    ):
        spec = SETTINGS[name]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= (spec.maximum or 0):
            raise InvalidDiscountLimit(field, value if isinstance(value, int) else 0, spec.maximum or 0)
    users = UserService(db, register_id=register_id, clock=clock)
    with db.write() as session:
        require(users.actor_role(session, by), Action.SETTINGS)
        now = clock()
        changed = [
            store_setting(session, name, value, at=now, user_id=by.id, register_id=register_id)
            for name, value in (
                ("discount_limit_percent", rules.percent),
                ("discount_limit_amount", rules.amount),
                ("second_person_approves", bool(rules.second_person)),
            )
        ]
    return any(changed)


def limits(session: Session) -> DiscountLimits:
    """The shop's discount limit, inside the caller's transaction."""
    return DiscountLimits(
        percent=int(stored_setting(session, "discount_limit_percent")),
        amount=int(stored_setting(session, "discount_limit_amount")),
    )


class PriceRules:
    """Discounts and new prices at one register, each journalled with its approval."""

    def __init__(self, db: Database, *, register_id: int, clock: Callable[[], datetime]) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock
        self.users = UserService(db, register_id=register_id, clock=clock)

    def limits(self) -> DiscountLimits:
        with self.db.read() as session:
            return limits(session)

    def change(
        self,
        cart: Cart,
        line_id: int,
        change: LineChange,
        *,
        event: Event,
        action: Action,
        operator: Operator,
        approver: Operator | None,
        reason: str,
        details: dict[str, Any],
    ) -> CartLine:
        """Make ``change`` to one line if the rule allows it; journal it (``event``) in one transaction.

        Beyond the shop's limit it needs ``approver`` (someone who may do
        ``action``; not ``operator`` when the shop wants a second person) and
        a ``reason``: :class:`ApprovalNeeded` or :class:`ReasonNeeded`
        before anything is changed. Bad input (an invalid discount or price)
        is refused by the cart, before anything is checked or written.
        """
        before = cart.line(line_id)
        trial = copy.deepcopy(cart)
        after = change(trial, operator.id, None)  # refuses bad input first
        if after == before:
            return before
        reason = " ".join(reason.split())[:MAX_REASON]
        # The cart changes only if the journal entry is committed with it.
        with all_or_nothing(cart), self.db.write() as session:
            approved_by: int | None = None
            if needs_approval(limits(session), before, after):
                if approver is None:
                    alone = may(operator.role, action) and not second_person_approves(session)
                    if not alone:
                        raise ApprovalNeeded(
                            action.value, Role(operator.role).value, second_person=may(operator.role, action)
                        )
                    approver = operator
                self.users.check_approver(session, approver, action, asker=operator)
                if not reason:
                    raise ReasonNeeded(action.value)
                approved_by = approver.id
            new = change(cart, operator.id, approved_by)
            journal.append(
                session,
                event,
                at=self.clock(),
                user_id=operator.id,
                register_id=self.register_id,
                details={
                    "line": before.line_id,
                    "item": before.item_code,
                    "description": before.description,
                    **details,
                    "before": before.total,
                    "after": new.total,
                    "shop_price": new.shop_total,
                    "approved_by": approved_by,
                    "reason": reason if approved_by is not None else "",
                },
            )
        return new


class LinePrices:
    """The checkout's discounts and new prices (mixed into :class:`CheckoutService`)."""

    prices: PriceRules

    def set_discount_percent(
        self,
        cart: Cart,
        line_id: int,
        percent: int,
        *,
        operator: Operator,
        approver: Operator | None = None,
        reason: str = "",
    ) -> CartLine:
        """A discount in per cent on a line; beyond the shop's limit a leader and a reason (journalled)."""
        return self.prices.change(
            cart,
            line_id,
            lambda c, by, ok: c.set_discount_percent(line_id, percent, by=by, approved_by=ok),
            event=Event.DISCOUNT,
            action=Action.DISCOUNT,
            operator=operator,
            approver=approver,
            reason=reason,
            details={"kind": "percent", "value": percent},
        )

    def set_discount_amount(
        self,
        cart: Cart,
        line_id: int,
        amount: int,
        *,
        operator: Operator,
        approver: Operator | None = None,
        reason: str = "",
    ) -> CartLine:
        """A discount in øre on a line; beyond the shop's limit a leader and a reason (journalled)."""
        return self.prices.change(
            cart,
            line_id,
            lambda c, by, ok: c.set_discount_amount(line_id, amount, by=by, approved_by=ok),
            event=Event.DISCOUNT,
            action=Action.DISCOUNT,
            operator=operator,
            approver=approver,
            reason=reason,
            details={"kind": "amount", "value": amount},
        )

    def override_price(
        self,
        cart: Cart,
        line_id: int,
        price: int,
        *,
        operator: Operator,
        approver: Operator | None = None,
        reason: str = "",
    ) -> CartLine:
        """Give a line another unit price; beyond the shop's limit a leader and a reason (journalled)."""
        line = cart.line(line_id)
        check_price(price, allow_zero=line.kind is LineKind.PRODUCT)
        return self.prices.change(
            cart,
            line_id,
            lambda c, by, ok: c.set_unit_price(line_id, price, by=by, approved_by=ok),
            event=Event.PRICE_OVERRIDE,
            action=Action.PRICE_OVERRIDE,
            operator=operator,
            approver=approver,
            reason=reason,
            details={"from": line.unit_price, "to": price},
        )

    def more_of_discounted(
        self,
        cart: Cart,
        line_id: int,
        quantity: int,
        *,
        operator: Operator,
        approver: Operator | None = None,
        reason: str = "",
    ) -> CartLine:
        """More of a product that has a discount: more discount, so the shop's limit applies."""

        def more(c: Cart, _by: int, approved_by: int | None) -> CartLine:
            new = c.set_quantity(line_id, quantity)
            return new if approved_by is None else c.approve_discount(line_id, approved_by)

        return self.prices.change(
            cart,
            line_id,
            more,
            event=Event.DISCOUNT,
            action=Action.DISCOUNT,
            operator=operator,
            approver=approver,
            reason=reason,
            details={"kind": "quantity", "value": quantity},
        )


def sold_price_changes(cart: Cart) -> list[dict[str, Any]]:
    """What was given at the till on the lines being sold, for the sale's journal entry."""
    changes: list[dict[str, Any]] = []
    for n, line in enumerate(cart.lines, start=1):
        if line.price_by is not None and line.price_cut:
            changes.append(
                {
                    "line_no": n,
                    "kind": "override",
                    "by": line.price_by,
                    "approved_by": line.price_approved_by,
                    "amount": line.price_cut,
                }
            )
        if line.given_discount:
            changes.append(
                {
                    "line_no": n,
                    "kind": "discount",
                    "by": line.discount_by,
                    "approved_by": line.discount_approved_by,
                    "amount": line.given_discount,
                }
            )
    return changes


@contextlib.contextmanager
def all_or_nothing(cart: Cart) -> Iterator[None]:
    """A change to the cart stands only if its journal entry was written (else it is undone)."""
    before = copy.deepcopy(cart)
    try:
        yield
    except BaseException:
        vars(cart).update(vars(before))
        raise
