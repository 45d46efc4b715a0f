"""Writing a day's rows for report tests: sales through the checkout, returns as the team agreed.

Returns are written here the way the returns service writes them (a
``sales`` row of kind "return" in the same receipt and signature chain,
negative line quantities and totals, negative payments, a ``return_lines``
row per line, a ``vouchers`` row for store credit, one RETURN journal entry
naming those rows), so the reports can be tested without that service.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import new_voucher_code
from bruktpos.domain.money import round_cash
from bruktpos.domain.vat import TaxCode, split_vat
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.users import Operator
from bruktpos.store import journal
from bruktpos.store.integrity import journalled_rows
from bruktpos.store.journal import Event
from bruktpos.store.models import ReturnLine, SaleLine, Voucher

from .conftest import Shop


def sell(
    shop: Shop,
    *,
    codes: tuple[str, ...] = (),
    coffees: int = 0,
    open_price: int = 0,
    method: PaymentMethod = PaymentMethod.CARD,
    tendered: int | None = None,
    operator: Operator | None = None,
    discount_percent: int = 0,
) -> CompletedSale:
    """One sale through the checkout service (the clock as it stands)."""
    co = shop.checkout
    cart = co.new_cart()
    for code in codes:
        co.scan(cart, code)
    if coffees:
        co.add_product(cart, shop.coffee, coffees)
    if open_price:
        co.add_open(cart, shop.books, open_price)
    if discount_percent:
        co.set_discount_percent(
            cart, cart.lines[0].line_id, discount_percent, operator=shop.leader, reason="Skadet"
        )
    if method is PaymentMethod.CASH:
        co.pay(cart, method, tendered=tendered if tendered is not None else cart.cash_due())
    else:
        co.pay(cart, method)
    return co.complete(cart, operator=operator or shop.cashier)


def write_return(
    shop: Shop,
    sale_id: int,
    *,
    quantities: dict[int, int] | None = None,
    refund_to: str = "cash",
    operator: Operator | None = None,
    at: datetime | None = None,
) -> int:
    """Give back lines of a sale (line_no → pieces; default everything); returns the return's id."""
    operator = operator or shop.leader
    co = shop.checkout
    at = at or co.clock()
    with shop.db.write() as session:
        conn = session.connection()
        originals = session.scalars(
            select(SaleLine).where(SaleLine.sale_id == sale_id).order_by(SaleLine.line_no)
        )
        chosen = [
            (line, (quantities or {}).get(line.line_no, line.quantity if quantities is None else 0))
            for line in originals
        ]
        chosen = [(line, q) for line, q in chosen if q]
        lines = []
        for n, (line, q) in enumerate(chosen, start=1):
            amount = line.total * q // line.quantity
            lines.append(
                {
                    "line_no": n,
                    "kind": line.kind,
                    "item_id": line.item_id,
                    "product_id": line.product_id,
                    "category_id": line.category_id,
                    "description": line.description,
                    "quantity": -q,
                    "unit_price": line.unit_price,
                    "discount": -(line.unit_price * q - amount),
                    "total": -amount,
                    "vat_rate": line.vat_rate,
                    "vat_code": line.vat_code,
                }
            )
        refund = -sum(row["total"] for row in lines)
        paid_back = round_cash(refund) if refund_to == "cash" else refund
        vat = sum(
            v.vat
            for v in split_vat(
                ((TaxCode(r["vat_code"]), r["total"]) for r in lines), registered=co.shop.vat_registered
            )
        )
        return_id, receipt_no, digest = co.receipts.write(
            conn,
            kind="return",
            at=at,
            business_date=co.business_date(conn, at),
            operator=operator,
            training=False,
            vat_registered=co.shop.vat_registered,
            total=-refund,
            vat=vat,
            discount=sum(row["discount"] for row in lines),
            rounding=-paid_back + refund,
            lines=lines,
            payments=[{"method": refund_to, "amount": -paid_back, "tendered": 0, "change": 0}],
        )
        new_ids = dict(
            session.execute(select(SaleLine.line_no, SaleLine.id).where(SaleLine.sale_id == return_id)).all()
        )
        return_line_ids = []
        for row, (line, q) in zip(lines, chosen, strict=True):
            made = ReturnLine(line_id=new_ids[row["line_no"]], original_line_id=line.id, quantity=q)
            session.add(made)
            session.flush()
            return_line_ids.append(made.id)
        rows = {"return_lines": journalled_rows(conn, "return_lines", return_line_ids)}
        if refund_to == "voucher":
            voucher = Voucher(
                code=new_voucher_code(),
                register_id=co.register.id,
                issued_sale_id=return_id,
                amount=paid_back,
                issued_at=at,
                expires_at=at + timedelta(days=365),
            )
            session.add(voucher)
            session.flush()
            rows["vouchers"] = journalled_rows(conn, "vouchers", [voucher.id])
        journal.append(
            session,
            Event.RETURN,
            at=at,
            user_id=operator.id,
            register_id=co.register.id,
            sale_id=return_id,
            details={"receipt_no": receipt_no, "total": -refund, "digest": digest, "rows": rows},
        )
        return return_id


def voucher_code_of(shop: Shop, return_id: int) -> str:
    with shop.db.read() as session:
        return session.scalar(select(Voucher.code).where(Voucher.issued_sale_id == return_id))


def fill_journalled_tables(shop: Shop, clock) -> None:
    """Rows in every journalled table: a movement, a return as store credit, the voucher spent,
    and the day closed with a Z (the shop's items 8 and 9 are sold and one given back)."""
    from bruktpos.domain.cashcount import CashCount
    from bruktpos.services.day import DayService

    day = DayService(shop.db, clock=clock)
    clock.advance(minutes=5)
    day.cash_movement("pay_out", 3500, "Melk til kafeen", operator=shop.cashier, approver=shop.leader)
    sale = sell(shop, codes=(shop.codes[8], shop.codes[9]))
    returned = write_return(shop, sale.sale_id, quantities={1: 1}, refund_to="voucher")
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 1)
    co.pay_with_voucher(cart, voucher_code_of(shop, returned))
    co.complete(cart, operator=shop.cashier)
    expected = day.expected_cash()
    day.close_day(CashCount({20000: expected // 20000, 100: expected % 20000 // 100}), operator=shop.leader)
