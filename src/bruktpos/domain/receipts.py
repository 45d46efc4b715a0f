"""A committed sale's receipt, and a store-credit voucher's slip, as plain, frozen data.

:func:`bruktpos.services.receipts.load_receipt` reads them from the database;
:mod:`bruktpos.devices.receipts` lays them out on paper. Amounts are integer øre.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.vat import TaxCode, VatLine, line_code


@dataclass(frozen=True)
class ReceiptSaleLine:
    """One line of the sale as the receipt shows it (amounts in øre)."""

    description: str
    quantity: int
    unit_price: int
    discount: int  # øre taken off the line (0 if none)
    total: int  # unit_price × quantity − discount
    vat_rate: int  # basis points
    # The discount as a whole percent of the line, when it is exactly one
    # (a sale stores the discount in øre only); ``None`` otherwise.
    discount_percent: int | None = None
    vat_code: str | None = None  # the SAF-T tax code as sold (None: read by the rate)

    @property
    def tax_code(self) -> TaxCode:
        return line_code(self.vat_code, self.vat_rate)

    @property
    def gross(self) -> int:
        """The line before its discount."""
        return self.total + self.discount


@dataclass(frozen=True)
class ReceiptPayment:
    """One payment of the sale; ``method`` is a :class:`PaymentMethod` value."""

    method: str
    amount: int
    tendered: int = 0
    change: int = 0


@dataclass(frozen=True)
class ReceiptVoucher:
    """A voucher named on a receipt: issued by a return, or paying a sale."""

    code: str
    amount: int  # issued for, or taken off it by this sale
    expires_at: datetime
    left: int | None = None  # a voucher that paid: what was left on it after this sale


@dataclass(frozen=True)
class VoucherSlip:
    """Everything a store-credit voucher ("tilgodelapp") printed on the receipt printer shows."""

    code: str
    shop_name: str
    org_number: str
    vat_registered: bool
    register_code: str
    receipt_no: int  # of the return that issued it
    amount: int  # issued for
    balance: int  # left on it now
    issued_at: datetime
    expires_at: datetime  # good to the end of this day
    copies_printed: int
    phone: str = ""  # the shop's, "" when it has none


@dataclass(frozen=True)
class ReceiptData:
    """Everything a receipt for one committed sale shows."""

    sale_id: int
    kind: str  # "sale" | "return"
    shop_name: str
    org_number: str  # nine digits
    vat_registered: bool  # as it was for this sale
    address: str
    postcode: str
    city: str
    register_code: str
    receipt_no: int
    training: bool
    created_at: datetime  # aware, in the shop's local time
    cashier: str
    lines: tuple[ReceiptSaleLine, ...]
    discount_total: int
    total: int  # after discounts, before cash rounding
    vat_lines: tuple[VatLine, ...]  # per tax code, highest rate first; one without a code when not registered
    payments: tuple[ReceiptPayment, ...]
    change: int
    rounding: int
    copies_printed: int  # receipt copies (KOPI) already journalled for this sale
    original_receipt_no: int | None = None  # a return: the receipt of the sale given back
    vouchers_issued: tuple[ReceiptVoucher, ...] = ()  # a return as store credit
    vouchers_used: tuple[ReceiptVoucher, ...] = ()  # vouchers that paid this sale
    phone: str = ""  # the shop's, "" when it has none
    header: str = ""  # the shop's receipt header (a few lines under its name), "" for none

    @property
    def amount_due(self) -> int:
        """What the payments cover: the total with cash rounding."""
        return self.total + self.rounding

    @property
    def cash_tendered(self) -> int:
        """Cash the customer handed over, over all cash payments."""
        return sum(p.tendered for p in self.payments if p.method == PaymentMethod.CASH)

    @property
    def paid_cash(self) -> bool:
        return any(p.method == PaymentMethod.CASH for p in self.payments)
