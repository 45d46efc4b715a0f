"""Typed errors raised by the core.

Each error carries a stable ``code`` and the facts behind it, never a
user-facing sentence: ``ui/`` turns them into translated text, so the core
holds no language. ``str()`` gives a plain English line for logs and the
command line.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import ClassVar


class BruktError(Exception):
    """Base of every refusal the core gives."""

    code: str = "error"

    def facts(self) -> dict[str, object]:
        """The error's facts as a dict (for translation and logs)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    def __str__(self) -> str:
        facts = ", ".join(f"{k}={v!r}" for k, v in self.facts().items())
        return f"{self.code}({facts})"


# --- money and input -----------------------------------------------------


@dataclass(eq=False)
class InvalidAmount(BruktError):
    """Text that is not an amount of money (or has more than two decimals)."""

    text: str
    code = "invalid_amount"


@dataclass(eq=False)
class InvalidPrice(BruktError):
    """A price that is negative, zero where not allowed, or absurdly large."""

    price: int
    maximum: int
    code = "invalid_price"


@dataclass(eq=False)
class InvalidQuantity(BruktError):
    quantity: int
    maximum: int
    code = "invalid_quantity"


@dataclass(eq=False)
class InvalidDiscount(BruktError):
    """A discount below zero, above 100 %, or larger than the line."""

    value: int
    line_total: int
    code = "invalid_discount"


@dataclass(eq=False)
class InvalidCode(BruktError):
    """A scanned or typed code that is not a valid in-store code."""

    text: str
    code = "invalid_code"


@dataclass(eq=False)
class InvalidCount(BruktError):
    denomination: int
    count: int
    code = "invalid_count"


# --- cart and catalogue --------------------------------------------------


@dataclass(eq=False)
class ItemNotFound(BruktError):
    """No item, product or price tag has this code."""

    text: str
    code = "item_not_found"


@dataclass(eq=False)
class ItemAlreadySold(BruktError):
    item_code: str
    sold_at: datetime
    receipt_no: int
    register: str
    code = "item_already_sold"


@dataclass(eq=False)
class ItemNotForSale(BruktError):
    """The item was discarded, recycled or moved away."""

    item_code: str
    status: str
    changed_at: datetime
    code = "item_not_for_sale"


@dataclass(eq=False)
class ItemAlreadyInCart(BruktError):
    item_code: str
    code = "item_already_in_cart"


@dataclass(eq=False)
class ProductNotFound(BruktError):
    product_id: int
    code = "product_not_found"


@dataclass(eq=False)
class CategoryNotFound(BruktError):
    category_id: int
    code = "category_not_found"


@dataclass(eq=False)
class LineNotFound(BruktError):
    line_id: int
    code = "line_not_found"


@dataclass(eq=False)
class LineNotChangeable(BruktError):
    """Quantity of a unique item is always 1."""

    line_id: int
    code = "line_not_changeable"


@dataclass(eq=False)
class EmptySale(BruktError):
    code = "empty_sale"


@dataclass(eq=False)
class SaleHasPayments(BruktError):
    """Parking a sale that already has payments would lose them."""

    paid: int
    code = "sale_has_payments"


@dataclass(eq=False)
class ParkedSaleNotFound(BruktError):
    parked_id: int
    code = "parked_sale_not_found"


# --- payment -------------------------------------------------------------


@dataclass(eq=False)
class OverPayment(BruktError):
    """Card or Vipps for more than what is left to pay."""

    method: str
    amount: int
    remaining: int
    code = "over_payment"


@dataclass(eq=False)
class InvalidPayment(BruktError):
    """A payment of zero or less, or cash that is not whole kroner."""

    method: str
    amount: int
    code = "invalid_payment"


@dataclass(eq=False)
class SaleNotPaid(BruktError):
    remaining: int
    code = "sale_not_paid"


@dataclass(eq=False)
class UnknownUser(BruktError):
    user_id: int
    code = "unknown_user"


@dataclass(eq=False)
class UserInactive(BruktError):
    user_id: int
    code = "user_inactive"


@dataclass(eq=False)
class WrongPin(BruktError):
    user_id: int
    attempts_left: int
    code = "wrong_pin"


@dataclass(eq=False)
class UserLocked(BruktError):
    user_id: int
    locked_until: datetime
    code = "user_locked"


@dataclass(eq=False)
class InvalidPin(BruktError):
    """A new PIN that is not 4–8 digits."""

    length: int
    code = "invalid_pin"


@dataclass(eq=False)
class PermissionDenied(BruktError):
    """A leader-only action asked for by someone without the role."""

    action: str
    role: str
    code = "permission_denied"


@dataclass(eq=False)
class NotSetUp(BruktError):
    """The database holds no shop yet: run the setup first."""

    path: str
    code = "not_set_up"


@dataclass(eq=False)
class SaleNotFound(BruktError):
    sale_id: int
    code = "sale_not_found"


@dataclass(eq=False)
class CopyAlreadyPrinted(BruktError):
    """Only one copy of a receipt may be printed."""

    receipt_no: int
    copied_at: datetime
    code = "copy_already_printed"


# --- devices -------------------------------------------------------------


@dataclass(eq=False)
class PrinterError(BruktError):
    """The receipt printer could not do what was asked.

    Every printer failure arrives as this one error, so the till (where the
    sale is already committed) has one thing to catch. ``kind`` says what went
    wrong, for the sentence shown to the cashier; ``detail`` is the technical
    text for the log.
    """

    kind: str
    detail: str
    code = "printer_error"

    OFFLINE = "printer_offline"  # switched off, unplugged, not answering
    NOT_FOUND = "printer_not_found"  # no such USB device, host name, port or file
    PAPER_OUT = "paper_out"
    NOT_CONFIGURED = "printer_not_configured"  # the shop has no receipt printer set up
    FAILED = "printer_error"  # anything else


# --- intake and labels ---------------------------------------------------


@dataclass(eq=False)
class InvalidMarkdownRule(BruktError):
    """A markdown rule that cannot be used, and why.

    ``kind`` names the problem (one of the constants below), ``text`` is the
    rule or the part of it at fault, for the sentence shown to the leader.
    """

    kind: str
    text: str
    code = "invalid_markdown_rule"

    SYNTAX: ClassVar[str] = "syntax"  # not "days:percent,…;pull:days"
    DAYS_OUT_OF_RANGE: ClassVar[str] = "days_out_of_range"  # not 1–MAX_DAYS
    PERCENT_OUT_OF_RANGE: ClassVar[str] = "percent_out_of_range"  # not 1–99
    DAYS_NOT_INCREASING: ClassVar[str] = "days_not_increasing"
    PERCENT_NOT_INCREASING: ClassVar[str] = "percent_not_increasing"
    PULL_BEFORE_LAST_STEP: ClassVar[str] = "pull_before_last_step"


@dataclass(eq=False)
class InvalidCategoryNumber(BruktError):
    """A category number that does not fit in a price tag code (1–999)."""

    category_number: int
    maximum: int
    code = "invalid_category_number"


@dataclass(eq=False)
class UnknownLabelLayout(BruktError):
    """A sticker sheet layout that BruktPOS does not know."""

    name: str
    code = "unknown_label_layout"


@dataclass(eq=False)
class InvalidWeight(BruktError):
    """A donation's weight that is negative, not a number or absurd (grams)."""

    grams: int
    maximum: int
    code = "invalid_weight"


@dataclass(eq=False)
class InvalidPhone(BruktError):
    """A donor's phone number with something other than digits, spaces and a leading +."""

    text: str
    code = "invalid_phone"
