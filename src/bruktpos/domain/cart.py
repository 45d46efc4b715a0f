"""The sale under construction: lines, discounts, totals and tender.

A :class:`Cart` is plain data with rules. It knows nothing of the database:
the checkout service looks items and products up, hands their facts to the
cart, and writes the finished cart in one transaction. Every change is
checked before anything is touched, so a refused change leaves the cart as it
was.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from bruktpos.domain.errors import (
    EmptySale,
    InvalidDiscount,
    InvalidPayment,
    InvalidPrice,
    InvalidQuantity,
    ItemAlreadyInCart,
    LineNotChangeable,
    LineNotFound,
    OverPayment,
    SaleNotPaid,
)
from bruktpos.domain.money import ORE_PER_KRONE, percent_of, round_cash
from bruktpos.domain.vat import TaxCode, VatLine, line_code, split_vat

MAX_UNIT_PRICE = 100_000 * ORE_PER_KRONE  # nothing in a charity shop costs more
MAX_QUANTITY = 999
MAX_TENDER = 100_000 * ORE_PER_KRONE


class LineKind(StrEnum):
    ITEM = "item"  # one unique donated thing with its own code
    PRODUCT = "product"  # fixed-price café or new goods, sold by quantity
    OPEN = "open"  # a category with a price typed at the till


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    VIPPS = "vipps"
    VOUCHER = "voucher"  # store credit ("tilgodelapp"): a voucher's code pays

    @property
    def saft_code(self) -> str:
        """SAF-T payment type (PredefinedBasicID-12; 12010 is "Tilgodelapp", a credit note)."""
        return {"cash": "12001", "card": "12002", "vipps": "12011", "voucher": "12010"}[self.value]


class DiscountKind(StrEnum):
    NONE = "none"
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True)
class CartLine:
    """One line of the cart. Amounts in øre, VAT rate in basis points.

    ``vat_code`` is the line's SAF-T tax code as the catalogue gave it; a line
    given a rate only (or parked before codes were kept) is read by its rate
    (:attr:`tax_code`). A code and a rate that disagree are refused.
    """

    line_id: int
    kind: LineKind
    description: str
    unit_price: int
    quantity: int
    vat_rate: int
    category_id: int | None = None
    item_id: int | None = None
    item_code: str | None = None
    product_id: int | None = None
    discount_kind: DiscountKind = DiscountKind.NONE
    discount_value: int = 0  # percent, or øre
    # The unit price the shop set (before any new price at the till; None = unit_price)
    # and the markdown its rules took off: what the line comes to by the shop's own rules.
    list_price: int | None = None
    markdown: int = 0
    # Who gave the line's discount and its new price, and who approved each (user ids).
    discount_by: int | None = None
    discount_approved_by: int | None = None
    price_by: int | None = None
    price_approved_by: int | None = None
    vat_code: TaxCode | None = None

    def __post_init__(self) -> None:
        if self.vat_code is not None and TaxCode(self.vat_code).rate != self.vat_rate:
            raise ValueError(f"tax code {self.vat_code} has the rate {int(TaxCode(self.vat_code).rate)}")

    @property
    def tax_code(self) -> TaxCode:
        """The SAF-T tax code the line is sold under."""
        return line_code(self.vat_code, self.vat_rate)

    @property
    def gross(self) -> int:
        """Price × quantity, before discount."""
        return self.unit_price * self.quantity

    @property
    def discount(self) -> int:
        """The discount in øre (never more than the line)."""
        if self.discount_kind is DiscountKind.PERCENT:
            return percent_of(self.gross, self.discount_value)
        if self.discount_kind is DiscountKind.AMOUNT:
            return min(self.discount_value, self.gross)
        return 0

    @property
    def total(self) -> int:
        return self.gross - self.discount

    @property
    def shop_total(self) -> int:
        """What the line comes to by the shop's prices and markdowns, before anything given at the till."""
        listed = self.unit_price if self.list_price is None else self.list_price
        return max(listed * self.quantity - self.markdown, 0)

    @property
    def given_discount(self) -> int:
        """The discount someone gave at the till (a markdown is the shop's own, not counted)."""
        return self.discount if self.discount_by is not None else 0

    @property
    def price_cut(self) -> int:
        """What a new unit price took off the shop's price, for the line (negative when raised)."""
        if self.list_price is None or self.price_by is None:
            return 0
        return (self.list_price - self.unit_price) * self.quantity


@dataclass(frozen=True)
class Payment:
    """A payment taken on the cart. ``amount`` is what it pays of the sale;
    for cash, ``tendered`` is what the customer handed over and ``change``
    what they got back. A voucher payment names the voucher's code."""

    method: PaymentMethod
    amount: int
    tendered: int = 0
    change: int = 0
    voucher_code: str | None = None


def check_price(price: int, *, allow_zero: bool = False) -> None:
    """Refuse a negative, zero (unless allowed) or absurd price."""
    if (
        not isinstance(price, int)
        or isinstance(price, bool)
        or price < 0
        or (price == 0 and not allow_zero)
        or price > MAX_UNIT_PRICE
    ):
        raise InvalidPrice(price, MAX_UNIT_PRICE)


def check_quantity(quantity: int) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidQuantity(quantity, MAX_QUANTITY)


def _discounted(
    line: CartLine, kind: DiscountKind, value: int, by: int | None, approved_by: int | None
) -> CartLine:
    if kind is DiscountKind.NONE:
        by = approved_by = None
    return replace(
        line, discount_kind=kind, discount_value=value, discount_by=by, discount_approved_by=approved_by
    )


@dataclass
class Cart:
    """The sale being built at the till."""

    lines: list[CartLine] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    rounding: int = 0  # cash rounding, its own amount on the sale
    next_line_id: int = 1

    # --- adding lines ------------------------------------------------------

    def add_item(
        self,
        *,
        item_id: int,
        item_code: str,
        description: str,
        price: int,
        vat_rate: int,
        category_id: int | None,
        vat_code: TaxCode | None = None,
    ) -> CartLine:
        """Add a unique item (always quantity 1, never twice)."""
        check_price(price)
        if any(line.item_id == item_id for line in self.lines):
            raise ItemAlreadyInCart(item_code)
        return self._append(
            kind=LineKind.ITEM,
            description=description,
            unit_price=price,
            quantity=1,
            vat_rate=vat_rate,
            vat_code=vat_code,
            category_id=category_id,
            item_id=item_id,
            item_code=item_code,
        )

    def add_product(
        self,
        *,
        product_id: int,
        description: str,
        price: int,
        vat_rate: int,
        category_id: int | None,
        quantity: int = 1,
        vat_code: TaxCode | None = None,
    ) -> CartLine:
        """Add a product; a second tap on the same product raises its quantity."""
        check_price(price, allow_zero=True)
        check_quantity(quantity)
        for line in self.lines:
            if (
                line.product_id == product_id
                and line.unit_price == price
                and line.discount_kind is DiscountKind.NONE
            ):
                return self.set_quantity(line.line_id, line.quantity + quantity)
        return self._append(
            kind=LineKind.PRODUCT,
            description=description,
            unit_price=price,
            quantity=quantity,
            vat_rate=vat_rate,
            vat_code=vat_code,
            category_id=category_id,
            product_id=product_id,
        )

    def add_open(
        self,
        *,
        category_id: int,
        description: str,
        price: int,
        vat_rate: int,
        quantity: int = 1,
        vat_code: TaxCode | None = None,
    ) -> CartLine:
        """Add an open-price line for a category (price typed at the till)."""
        check_price(price)
        check_quantity(quantity)
        return self._append(
            kind=LineKind.OPEN,
            description=description,
            unit_price=price,
            quantity=quantity,
            vat_rate=vat_rate,
            vat_code=vat_code,
            category_id=category_id,
        )

    def _append(self, **facts: Any) -> CartLine:
        line = CartLine(line_id=self.next_line_id, **facts)
        self._before_total_change(self.total + line.total)
        self.lines.append(line)
        self.next_line_id += 1
        return line

    # --- changing lines ----------------------------------------------------

    def line(self, line_id: int) -> CartLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise LineNotFound(line_id)

    def set_quantity(self, line_id: int, quantity: int) -> CartLine:
        line = self.line(line_id)
        check_quantity(quantity)
        if line.kind is LineKind.ITEM and quantity != 1:
            raise LineNotChangeable(line_id)
        new = replace(line, quantity=quantity)
        if new.discount_kind is DiscountKind.AMOUNT and new.discount_value > new.gross:
            raise InvalidDiscount(new.discount_value, new.gross)
        return self._replace(line, new)

    def set_unit_price(
        self, line_id: int, price: int, *, by: int | None = None, approved_by: int | None = None
    ) -> CartLine:
        """Another unit price for a line (a price override) given by ``by``, approved by ``approved_by``."""
        line = self.line(line_id)
        check_price(price, allow_zero=line.kind is LineKind.PRODUCT)
        listed = line.unit_price if line.list_price is None else line.list_price
        new = replace(line, unit_price=price, list_price=listed, price_by=by, price_approved_by=approved_by)
        if new.discount_kind is DiscountKind.AMOUNT and new.discount_value > new.gross:
            raise InvalidDiscount(new.discount_value, new.gross)
        return self._replace(line, new)

    def set_discount_percent(
        self, line_id: int, percent: int, *, by: int | None = None, approved_by: int | None = None
    ) -> CartLine:
        """A discount of 0–100 % on one line (0 removes it), given by ``by`` (None: the shop's own)."""
        line = self.line(line_id)
        if not isinstance(percent, int) or isinstance(percent, bool) or not 0 <= percent <= 100:
            raise InvalidDiscount(percent, line.gross)
        kind = DiscountKind.PERCENT if percent else DiscountKind.NONE
        return self._replace(line, _discounted(line, kind, percent, by, approved_by))

    def set_discount_amount(
        self, line_id: int, amount: int, *, by: int | None = None, approved_by: int | None = None
    ) -> CartLine:
        """A discount in øre on one line, at most the line's amount (0 removes it), given by ``by``."""
        line = self.line(line_id)
        if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= line.gross:
            raise InvalidDiscount(amount, line.gross)
        kind = DiscountKind.AMOUNT if amount else DiscountKind.NONE
        return self._replace(line, _discounted(line, kind, amount, by, approved_by))

    def approve_discount(self, line_id: int, approved_by: int) -> CartLine:
        """Note who approved the line's discount as it is now (more of a discounted product)."""
        line = self.line(line_id)
        new = replace(line, discount_approved_by=approved_by)
        self.lines[self.lines.index(line)] = new
        return new

    def apply_markdown(self, line_id: int, amount: int) -> CartLine:
        """The shop's markdown on a line (its category's rule): a discount nobody at the till gave."""
        new = self.set_discount_amount(line_id, amount)
        marked = replace(new, markdown=new.discount)
        self.lines[self.lines.index(new)] = marked
        return marked

    def remove_line(self, line_id: int) -> CartLine:
        line = self.line(line_id)
        self._before_total_change(self.total - line.total)
        self.lines.remove(line)
        return line

    def _replace(self, old: CartLine, new: CartLine) -> CartLine:
        if new == old:
            return old
        self._before_total_change(self.total - old.total + new.total)
        self.lines[self.lines.index(old)] = new
        return new

    def _before_total_change(self, new_total: int) -> None:
        """Check a change against the payments taken, before it is made.

        Rounding belongs to the cash payment that settled the total it was
        computed for; a new total has none, so what is paid must not exceed
        it (that would need a refund: take the payment back first).
        """
        if new_total == self.total:
            return
        if new_total < self.paid:
            raise OverPayment("change", self.paid, new_total)
        self.rounding = 0

    # --- totals ------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def total(self) -> int:
        """What the lines come to, exact, after discounts."""
        return sum(line.total for line in self.lines)

    @property
    def discount_total(self) -> int:
        return sum(line.discount for line in self.lines)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def amount_due(self) -> int:
        """The total with cash rounding, i.e. what the payments must cover."""
        return self.total + self.rounding

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def remaining(self) -> int:
        return self.amount_due - self.paid

    @property
    def change(self) -> int:
        return sum(p.change for p in self.payments)

    @property
    def is_paid(self) -> bool:
        return bool(self.lines) and self.remaining == 0

    def cash_due(self) -> int:
        """What is left to pay if the rest is paid in cash (rounded)."""
        return round_cash(self.remaining)

    def vat_lines(self, *, registered: bool) -> list[VatLine]:
        """The cart's VAT per tax code (one line without a code when not registered)."""
        return split_vat(((line.tax_code, line.total) for line in self.lines), registered=registered)

    # --- payment -----------------------------------------------------------

    def add_payment(
        self, method: PaymentMethod, amount: int | None = None, *, tendered: int | None = None
    ) -> Payment:
        """Take a payment.

        Card and Vipps pay ``amount`` (default: all that remains), exact and
        never more than remains. Cash takes what was ``tendered`` (whole
        kroner): if it covers the remaining amount rounded to whole kroner,
        the rounding is booked and the change computed; otherwise it is a
        part payment.
        """
        if not self.lines:
            raise EmptySale()
        remaining = self.remaining
        if method is PaymentMethod.CASH:
            payment = self._cash_payment(remaining, tendered if tendered is not None else amount)
        elif method is PaymentMethod.VOUCHER:
            raise InvalidPayment(method.value, amount if isinstance(amount, int) else 0)  # use add_voucher
        else:
            amount = remaining if amount is None else amount
            if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
                raise InvalidPayment(method.value, amount if isinstance(amount, int) else 0)
            if amount > remaining:
                raise OverPayment(method.value, amount, remaining)
            payment = Payment(method=method, amount=amount)
        self.payments.append(payment)
        return payment

    def voucher_used(self, code: str) -> int:
        """What this cart's payments already take off the voucher ``code``."""
        return sum(p.amount for p in self.payments if p.voucher_code == code)

    def add_voucher(self, code: str, balance: int, amount: int | None = None) -> Payment:
        """Pay with a voucher whose balance (before this cart) is ``balance``.

        Pays ``amount`` (default: as much as the voucher holds, up to what
        remains), never more than what is left on the voucher after this
        cart's earlier payments with it, nor more than remains to pay. A
        voucher gives no change and books no rounding.
        """
        if not self.lines:
            raise EmptySale()
        available = balance - self.voucher_used(code)
        remaining = self.remaining
        if amount is None:
            amount = min(available, remaining)
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise InvalidPayment(PaymentMethod.VOUCHER.value, amount if isinstance(amount, int) else 0)
        if amount > available:
            raise OverPayment(PaymentMethod.VOUCHER.value, amount, max(available, 0))
        if amount > remaining:
            raise OverPayment(PaymentMethod.VOUCHER.value, amount, remaining)
        payment = Payment(PaymentMethod.VOUCHER, amount=amount, voucher_code=code)
        self.payments.append(payment)
        return payment

    def _cash_payment(self, remaining: int, tendered: int | None) -> Payment:
        due = round_cash(remaining)
        if tendered is None:
            tendered = due
        if (
            not isinstance(tendered, int)
            or isinstance(tendered, bool)
            or tendered < 0
            or tendered % ORE_PER_KRONE
            or tendered > MAX_TENDER
            or (tendered == 0 and due > 0)
        ):
            raise InvalidPayment(PaymentMethod.CASH.value, tendered if isinstance(tendered, int) else 0)
        if remaining <= 0:
            raise OverPayment(PaymentMethod.CASH.value, tendered, remaining)
        if tendered >= due:
            self.rounding += due - remaining
            return Payment(PaymentMethod.CASH, amount=due, tendered=tendered, change=tendered - due)
        return Payment(PaymentMethod.CASH, amount=tendered, tendered=tendered)

    def remove_last_payment(self) -> Payment:
        """Take back the last payment before the sale is committed (a wrong tap)."""
        if not self.payments:
            raise InvalidPayment("none", 0)
        payment = self.payments.pop()
        if payment.method is PaymentMethod.CASH:
            # Only the covering cash payment books rounding.
            self.rounding = 0
        return payment

    def check_complete(self) -> None:
        """Raise unless the cart can be committed as a sale."""
        if not self.lines:
            raise EmptySale()
        if self.remaining != 0:
            raise SaleNotPaid(self.remaining)

    # --- parking -----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form, for parking a sale."""
        return {
            "lines": [asdict(line) for line in self.lines],
            "payments": [asdict(p) for p in self.payments],
            "rounding": self.rounding,
            "next_line_id": self.next_line_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cart:
        lines = [
            CartLine(
                **{
                    **line,
                    "kind": LineKind(line["kind"]),
                    "discount_kind": DiscountKind(line["discount_kind"]),
                    # A sale parked before codes were kept has none: read by its rate.
                    "vat_code": TaxCode(line["vat_code"]) if line.get("vat_code") else None,
                }
            )
            for line in data["lines"]
        ]
        payments = [Payment(**{**p, "method": PaymentMethod(p["method"])}) for p in data["payments"]]
        return cls(
            lines=lines,
            payments=payments,
            rounding=data["rounding"],
            next_line_id=data["next_line_id"],
        )
