"""Store credit (tilgodelapp): a voucher's balance, and spending it on a sale.

A voucher is issued by a return (services/returns.py); its balance is its
amount less its uses. Paying with one is a payment row with method
``voucher`` plus a ``voucher_uses`` row, written in the sale's transaction
by :class:`~bruktpos.services.checkout.CheckoutService`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.codes import is_voucher_code, new_voucher_code, voucher_entry
from bruktpos.domain.errors import OverPayment, VoucherExpired, VoucherNotFound, VoucherUsedUp
from bruktpos.store.integrity import journalled_rows
from bruktpos.store.models import Voucher, VoucherUse
from bruktpos.store.prepared import inserted_id

log = logging.getLogger(__name__)

_vouchers = Voucher.__table__
_voucher_uses = VoucherUse.__table__
# Draws before giving up: with 10¹⁵ codes and a shop's few thousand vouchers,
# a second draw is needed about once in a hundred billion issues.
_DRAWS = 20


def unused_voucher_code(conn: Connection, draw: Callable[[], str] = new_voucher_code) -> str:
    """A new random voucher code that no voucher (old or new) has yet."""
    for _ in range(_DRAWS):
        code = draw()
        taken = conn.execute(select(_vouchers.c.id).where(_vouchers.c.code == code)).first()
        if taken is None:
            return code
        log.info("a drawn voucher code was taken already; drawing another")
    raise RuntimeError(f"no unused voucher code in {_DRAWS} random draws")


@dataclass(frozen=True)
class VoucherBalance:
    """A voucher that can pay: what it was issued for and what is left on it."""

    id: int
    code: str
    amount: int
    balance: int
    issued_at: datetime
    expires_at: datetime


def amount_used(conn: Connection, voucher_id: int) -> int:
    """How much of a voucher has been spent so far (øre)."""
    return int(
        conn.execute(
            select(func.coalesce(func.sum(_voucher_uses.c.amount), 0)).where(
                _voucher_uses.c.voucher_id == voucher_id
            )
        ).scalar_one()
    )


def voucher_balance(conn: Connection, text: str, at: datetime) -> VoucherBalance:
    """The voucher with code ``text`` as it stands at ``at``.

    Raises :class:`VoucherNotFound` (no such voucher, or not a voucher code),
    :class:`VoucherExpired` (past its last day) or :class:`VoucherUsedUp`
    (nothing left on it).
    """
    code = voucher_entry(text)
    if not is_voucher_code(code):
        # The same answer as for an unknown code: a wrong check digit tells a guesser nothing more.
        log.info("voucher look-up refused: not a voucher code")
        raise VoucherNotFound(text.strip())
    row = conn.execute(
        select(_vouchers.c.id, _vouchers.c.amount, _vouchers.c.issued_at, _vouchers.c.expires_at).where(
            _vouchers.c.code == code
        )
    ).one_or_none()
    if row is None:
        log.info("voucher look-up refused: no voucher ends in %s", code[-4:])
        raise VoucherNotFound(code)
    used = amount_used(conn, row.id)
    # A voucher pays to the end of the day its expiry date names (as printed on it).
    if at.date() > row.expires_at.date():
        raise VoucherExpired(code, row.expires_at.date())
    balance = row.amount - int(used)
    if balance <= 0:
        raise VoucherUsedUp(code)
    return VoucherBalance(row.id, code, row.amount, balance, row.issued_at, row.expires_at)


def vouchers_to_use(conn: Connection, cart: Cart, at: datetime) -> dict[str, VoucherBalance]:
    """The cart's vouchers, checked again inside the sale's write transaction."""
    # Checked again inside the write: another till may have used the voucher since.
    found: dict[str, VoucherBalance] = {}
    for p in cart.payments:
        if p.method is PaymentMethod.VOUCHER and p.voucher_code not in found:
            assert p.voucher_code is not None
            voucher = voucher_balance(conn, p.voucher_code, at)
            used = cart.voucher_used(voucher.code)
            if used > voucher.balance:
                raise OverPayment(PaymentMethod.VOUCHER.value, used, voucher.balance)
            found[voucher.code] = voucher
    return found


def use_vouchers(
    conn: Connection, cart: Cart, vouchers: dict[str, VoucherBalance], sale_id: int
) -> list[list[Any]]:
    """Write the cart's voucher uses for ``sale_id``; their ``[id, digest]`` for the sale's journal entry."""
    uses = [
        {"voucher_id": vouchers[p.voucher_code].id, "sale_id": sale_id, "amount": p.amount}
        for p in cart.payments
        if p.method is PaymentMethod.VOUCHER and p.voucher_code is not None
    ]
    ids = [inserted_id(conn.execute(_voucher_uses.insert(), use)) for use in uses]
    return journalled_rows(conn, "voucher_uses", ids)
