"""Parked sales at the close of the day: a payment already taken is never lost (issue 13).

A sale parked with payments on it (the till locked while it was being paid)
holds money that is in the drawer, or was taken on the card terminal, but
that no recorded sale explains yet. The Z must not be taken over it: the
next day's till would finish it into the wrong day. So the close is refused
(:class:`~bruktpos.domain.errors.ParkedSaleHasPayments`) until that sale is
resumed and finished, or its payments are given back and it is cancelled.

Parked sales without payments hold no money: they stay parked across the
close (they are not tied to a day, like every parked cart), and the close
only says how many there are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from bruktpos.domain.errors import ParkedSaleHasPayments
from bruktpos.domain.reports import CountAmount


@dataclass(frozen=True)
class ParkedWithPayment:
    """One parked sale with money taken on it."""

    parked_id: int
    parked_by: str
    parked_at: datetime
    total: int
    paid: int


@dataclass(frozen=True)
class ParkedAtClose:
    """The register's parked sales, as the close sees them."""

    count: int  # every parked sale, with or without payments
    with_payments: tuple[ParkedWithPayment, ...]

    @property
    def paid(self) -> int:
        """What is paid on the parked sales altogether (øre)."""
        return sum(p.paid for p in self.with_payments)

    @property
    def without_payments(self) -> int:
        return self.count - len(self.with_payments)

    def refuse_if_paid(self) -> None:
        """Raise :class:`ParkedSaleHasPayments` when a parked sale has payments on it."""
        if self.with_payments:
            first = self.with_payments[0]
            raise ParkedSaleHasPayments(first.parked_by, first.parked_at, first.paid, len(self.with_payments))


def parked_at_close(session: Session, register_id: int) -> ParkedAtClose:
    """The register's parked sales: how many, and those with payments (oldest first)."""
    from bruktpos.domain.cart import Cart
    from bruktpos.store.models import ParkedSale, User  # the close's: the X and Z reports need no models

    rows = session.execute(
        select(ParkedSale, User.name)
        .join(User, User.id == ParkedSale.operator_id)
        .where(ParkedSale.register_id == register_id)
        .order_by(ParkedSale.parked_at, ParkedSale.id)
    ).all()
    paid: list[ParkedWithPayment] = []
    for parked, name in rows:
        cart = Cart.from_dict(json.loads(parked.cart))
        if cart.payments:
            paid.append(ParkedWithPayment(parked.id, name, parked.parked_at, parked.total, cart.paid))
    return ParkedAtClose(len(rows), tuple(paid))


class ParkedSection(TypedDict):
    """The X/Z's parked sales: every one (count, totals), and those with payments (count, paid)."""

    parked: CountAmount
    parked_with_payment: CountAmount


_PARKED = text("SELECT total, cart FROM parked_sales WHERE register_id = :register")


def parked_section(conn: Connection, register_id: int) -> ParkedSection:
    """The register's parked sales as the report is taken (a parked cart belongs to no day)."""
    count = total = with_payment = paid = 0
    for cart_total, cart_json in conn.execute(_PARKED, {"register": register_id}):
        # Imported at the first parked sale: a report with none (a fresh process's first Z) goes without.
        from bruktpos.domain.cart import Cart

        count += 1
        total += int(cart_total)
        on_it = Cart.from_dict(json.loads(cart_json)).paid
        if on_it:
            with_payment += 1
            paid += on_it
    return {"parked": CountAmount(count, total), "parked_with_payment": CountAmount(with_payment, paid)}
