"""A committed sale read back as the facts of its receipt.

The till prints a receipt right after the sale is committed, and a copy
(KOPI) may be printed later: both start from :func:`load_receipt`, which reads
everything a receipt shows from the database into plain, frozen data. How it
is laid out on paper is :mod:`bruktpos.devices.receipts`' business.

A return (``kind="return"``) reads the same way, with the receipt number of
the sale it gave back and the voucher it issued; a store-credit voucher's own
slip is read by :func:`load_voucher`.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from bruktpos.domain.errors import SaleNotFound, VoucherNotFound
from bruktpos.domain.money import percent_of
from bruktpos.domain.receipts import ReceiptData, ReceiptPayment, ReceiptSaleLine, ReceiptVoucher, VoucherSlip
from bruktpos.domain.vat import split_vat
from bruktpos.services.settings import stored_setting
from bruktpos.services.vouchers import amount_used
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import (
    JournalEntry,
    PaymentRow,
    Register,
    ReturnLine,
    Sale,
    SaleLine,
    Shop,
    User,
    Voucher,
    VoucherUse,
)


def load_receipt(db: Database, sale_id: int) -> ReceiptData:
    """Read one committed sale back as :class:`ReceiptData`.

    Shop name, address, phone, organisation number and the receipt header
    are the shop's current facts and text; everything about the sale itself (including whether it was
    VAT-registered) is as it was committed. Raises :class:`SaleNotFound` for
    an unknown id. Read-only.
    """
    with db.read() as session:
        row = session.execute(
            select(Sale, Register.code, User.name, Shop)
            .join(Register, Register.id == Sale.register_id)
            .join(Shop, Shop.id == Register.shop_id)
            .join(User, User.id == Sale.operator_id)
            .where(Sale.id == sale_id)
        ).one_or_none()
        if row is None:
            raise SaleNotFound(sale_id)
        sale, register_code, cashier, shop = row
        lines = session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)
        )
        payments = session.scalars(
            select(PaymentRow).where(PaymentRow.sale_id == sale_id).order_by(PaymentRow.id)
        )
        receipt_lines = tuple(
            ReceiptSaleLine(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount=line.discount,
                total=line.total,
                vat_rate=line.vat_rate,
                discount_percent=_whole_percent(line.unit_price * line.quantity, line.discount),
                vat_code=line.vat_code,
            )
            for line in lines
        )
        receipt_payments = tuple(ReceiptPayment(p.method, p.amount, p.tendered, p.change) for p in payments)
        copies = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.sale_id == sale_id, JournalEntry.event == Event.RECEIPT_COPY.value)
        )
        return ReceiptData(
            sale_id=sale.id,
            kind=sale.kind,
            shop_name=shop.name,
            org_number=shop.org_number,
            vat_registered=sale.vat_registered,
            address=shop.address,
            postcode=shop.postcode,
            city=shop.city,
            register_code=register_code,
            receipt_no=sale.receipt_no,
            training=sale.training,
            created_at=sale.created_at,
            cashier=cashier,
            lines=receipt_lines,
            discount_total=sale.discount,
            total=sale.total,
            vat_lines=tuple(
                split_vat(
                    ((line.tax_code, line.total) for line in receipt_lines), registered=sale.vat_registered
                )
            ),
            payments=receipt_payments,
            change=sum(p.change for p in receipt_payments),
            rounding=sale.rounding,
            copies_printed=copies or 0,
            phone=shop.phone or "",
            header=str(stored_setting(session, "receipt_header") or ""),
            original_receipt_no=_original_receipt_no(session, sale_id) if sale.kind == "return" else None,
            vouchers_issued=tuple(
                ReceiptVoucher(v.code, v.amount, v.expires_at)
                for v in session.scalars(
                    select(Voucher).where(Voucher.issued_sale_id == sale_id).order_by(Voucher.id)
                )
            ),
            vouchers_used=_vouchers_used(session, sale_id),
        )


def _vouchers_used(session: Session, sale_id: int) -> tuple[ReceiptVoucher, ...]:
    """The vouchers that paid a sale, each with what was left on it once this sale had used it."""
    used: list[ReceiptVoucher] = []
    for use_id, voucher_id, code, amount, issued, expires_at in session.execute(
        select(VoucherUse.id, Voucher.id, Voucher.code, VoucherUse.amount, Voucher.amount, Voucher.expires_at)
        .join(Voucher, Voucher.id == VoucherUse.voucher_id)
        .where(VoucherUse.sale_id == sale_id)
        .order_by(VoucherUse.id)
    ):
        # Uses up to and including this one: a copy printed later still shows the balance as it was then.
        spent = session.scalar(
            select(func.coalesce(func.sum(VoucherUse.amount), 0)).where(
                VoucherUse.voucher_id == voucher_id, VoucherUse.id <= use_id
            )
        )
        used.append(ReceiptVoucher(code, amount, expires_at, left=issued - int(spent or 0)))
    return tuple(used)


def _original_receipt_no(session: Session, return_id: int) -> int | None:
    original_line = aliased(SaleLine)
    return session.scalar(
        select(Sale.receipt_no)
        .join(original_line, original_line.sale_id == Sale.id)
        .join(ReturnLine, ReturnLine.original_line_id == original_line.id)
        .join(SaleLine, SaleLine.id == ReturnLine.line_id)
        .where(SaleLine.sale_id == return_id)
        .limit(1)
    )


def load_voucher(db: Database, code: str) -> VoucherSlip:
    """Read a store-credit voucher back for printing (again). Raises :class:`VoucherNotFound`."""
    with db.read() as session:
        row = session.execute(
            select(Voucher, Sale.receipt_no, Register.code, Shop)
            .join(Sale, Sale.id == Voucher.issued_sale_id)
            .join(Register, Register.id == Voucher.register_id)
            .join(Shop, Shop.id == Register.shop_id)
            .where(Voucher.code == code)
        ).one_or_none()
        if row is None:
            raise VoucherNotFound(code)
        voucher, receipt_no, register_code, shop = row
        used = amount_used(session.connection(), voucher.id)
        copies = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.event == Event.VOUCHER_COPY.value, JournalEntry.details.contains(f'"{code}"'))
        )
        return VoucherSlip(
            code=voucher.code,
            shop_name=shop.name,
            org_number=shop.org_number,
            vat_registered=shop.vat_registered,
            register_code=register_code,
            receipt_no=receipt_no,
            amount=voucher.amount,
            balance=voucher.amount - int(used or 0),
            issued_at=voucher.issued_at,
            expires_at=voucher.expires_at,
            copies_printed=copies or 0,
            phone=shop.phone or "",
        )


def _whole_percent(gross: int, discount: int) -> int | None:
    """The whole percent of ``gross`` that ``discount`` is, if it is exactly one.

    The cart's percent discounts are rounded to whole øre by
    :func:`~bruktpos.domain.money.percent_of`, so the nearest whole percent
    is checked against that same rounding.
    """
    if discount == 0 or gross == 0 or (discount > 0) != (gross > 0):
        return None
    gross, discount = abs(gross), abs(discount)  # a return's lines are negative
    percent = (200 * discount + gross) // (2 * gross)
    if 1 <= percent <= 100 and percent_of(gross, percent) == discount:
        return percent
    return None
