"""A return as the till shows it: the original sale's lines, what each can still give back, the outcome.

Pure shapes and sums for :class:`bruktpos.services.returns.ReturnService`
(which finds sales, writes returns and issues vouchers) and for the returns
screen. Where a refund goes: :data:`ORIGINAL` (back the way the customer
paid, cash last) or :data:`VOUCHER` (all of it as store credit).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import NotReturnable
from bruktpos.domain.vat import TaxCode

ORIGINAL = "original"
VOUCHER = "voucher"
REFUND_TO = (ORIGINAL, VOUCHER)


@dataclass(frozen=True)
class ReturnableLine:
    """One line of the original sale, and how much of it can still be given back."""

    line_id: int
    line_no: int
    kind: str
    description: str
    item_id: int | None
    item_code: str | None
    product_id: int | None
    category_id: int | None
    quantity: int  # sold
    returned: int  # given back by earlier returns
    unit_price: int
    discount: int
    total: int
    vat_rate: int
    vat_code: TaxCode  # as sold; a return's line keeps it

    @property
    def returnable(self) -> int:
        return self.quantity - self.returned


@dataclass(frozen=True)
class OriginalSale:
    """A committed sale as the returns screen shows it."""

    sale_id: int
    register_code: str
    receipt_no: int
    created_at: datetime
    total: int
    lines: tuple[ReturnableLine, ...]
    payments: tuple[tuple[str, int], ...]  # (method, amount) as paid

    @property
    def returnable(self) -> bool:
        return any(line.returnable > 0 for line in self.lines)

    def line(self, line_id: int) -> ReturnableLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise NotReturnable(self.receipt_no, NotReturnable.NOT_SOLD)


@dataclass(frozen=True)
class IssuedVoucher:
    code: str
    amount: int
    issued_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class CompletedReturn:
    sale_id: int
    receipt_no: int
    register_code: str
    created_at: datetime
    original_sale_id: int
    original_receipt_no: int
    total: int  # negative: what the goods were worth
    rounding: int
    refunds: tuple[tuple[str, int], ...]  # (method, amount paid back, positive)
    voucher: IssuedVoucher | None

    @property
    def cash(self) -> int:
        """Cash to hand the customer from the drawer (positive)."""
        return sum(amount for method, amount in self.refunds if method == PaymentMethod.CASH)

    @property
    def refunded(self) -> int:
        return sum(amount for _, amount in self.refunds)


def returned_share(total: int, quantity: int, before: int, now: int) -> int:
    """The part of a line's ``total`` that ``now`` more pieces take back, after
    ``before`` pieces were given back already.

    Shares are cut so that all returns of a line add up to its total exactly
    (a discounted 3 × 33,33 never gives back 100,00 kr in three returns).
    """
    return total * (before + now) // quantity - total * before // quantity


def voucher_expiry(issued_at: datetime, days: int) -> datetime:
    """The last day a voucher pays on (it is good to the end of that day)."""
    end = (issued_at + timedelta(days=days)).replace(hour=23, minute=59, second=59, microsecond=0)
    return end
