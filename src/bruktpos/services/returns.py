"""Returns and store credit: giving goods back and money (or a voucher) out.

A return is written like a sale, in the same receipt-number and signature
chain (:meth:`bruktpos.services.sale_writer.ReceiptSeries.write`): a row in
``sales`` with kind ``"return"``, lines with negative quantities and totals (unit prices stay
positive), payments with negative amounts (the refund), and one
``return_lines`` row per line naming the original sale line. The journal's
``return`` entry holds the return's digest and names every ``return_lines``
and ``vouchers`` row it wrote.

What a line can still give back is what it sold minus what earlier returns
gave back, so no piece is ever refunded twice. A returned unique item goes
back in stock; a returned café or new-goods product with a stock count adds
its pieces back.

**Where the money goes.** ``refund_to="voucher"`` gives all of it as store
credit: a new voucher ("tilgodelapp") for the exact amount. ``"original"``
pays back the way the customer paid, *cash last*: card, Vipps and voucher
payments of the original sale are refunded first (in the order they were
taken, each at most what it paid less what earlier returns of the sale gave
back to it); only what is left goes out in cash, rounded to whole kroner as
a cash sale is. A part paid with a voucher comes back as a new voucher. Cash
last keeps the drawer's float whole and card and Vipps refunds exact, and it
is what the customer expects: what went on the card comes back to the card.

Returns need a shop leader: a cashier's return takes a leader's PIN
(``approver``). A return needs an open business day, like a sale.

The shapes this service hands out (:class:`OriginalSale`, :class:`CompletedReturn` …)
and the share of a line a return gives back are :mod:`bruktpos.domain.returns`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select

from bruktpos.domain.cart import LineKind, PaymentMethod, check_quantity
from bruktpos.domain.codes import normalize_scan
from bruktpos.domain.errors import (
    ItemNotFound,
    NotReturnable,
    ReceiptNotFound,
    ReturnTooMany,
    SaleNotFound,
    VoucherNotFound,
)
from bruktpos.domain.money import round_cash
from bruktpos.domain.returns import (
    ORIGINAL,
    REFUND_TO,
    VOUCHER,
    CompletedReturn,
    IssuedVoucher,
    OriginalSale,
    ReturnableLine,
    returned_share,
    voucher_expiry,
)
from bruktpos.domain.roles import Action, require
from bruktpos.domain.vat import TaxCode, line_code, split_vat
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import ShopInfo
from bruktpos.services.users import Operator
from bruktpos.services.vouchers import unused_voucher_code
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.integrity import journalled_rows
from bruktpos.store.journal import Event
from bruktpos.store.models import (
    Item,
    ItemStatus,
    PaymentRow,
    Product,
    Register,
    ReturnLine,
    Sale,
    SaleLine,
    Voucher,
)
from bruktpos.store.prepared import inserted_id

# Methods paid back before cash, in this order when a sale used several.
_CASH_LAST = (PaymentMethod.CARD, PaymentMethod.VIPPS, PaymentMethod.VOUCHER)

_lines = SaleLine.__table__
_sales = Sale.__table__
_payments = PaymentRow.__table__
_return_lines = ReturnLine.__table__
_vouchers = Voucher.__table__
_items = Item.__table__
_products = Product.__table__


class ReturnService:
    """Returns at one register."""

    def __init__(
        self,
        db: Database,
        *,
        register_code: str | None = None,
        clock: Clock = local_now,
        checkout: CheckoutService | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        # The checkout's signer and numbering: returns share the chain with sales.
        self.checkout = checkout or CheckoutService(db, register_code=register_code, clock=clock)
        self.register = self.checkout.register
        self.settings = SettingsService(db, register_id=self.register.id, clock=clock)

    @property
    def shop(self) -> ShopInfo:
        """The checkout's shop facts (read again when the shop's details change)."""
        return self.checkout.shop

    # --- finding the sale ------------------------------------------------------

    def find_by_receipt(self, receipt_no: int, register_code: str | None = None) -> OriginalSale:
        """The sale with this receipt number at this register (or the one named)."""
        register = register_code or self.register.code
        with self.db.read() as session:
            sale_id = session.scalar(
                select(Sale.id)
                .join(Register, Register.id == Sale.register_id)
                .where(Register.code == register, Sale.receipt_no == receipt_no, Sale.training.is_(False))
            )
            if sale_id is None:
                raise ReceiptNotFound(receipt_no, register)
            return self._original(session.connection(), sale_id)

    def find_by_item(self, text: str) -> OriginalSale:
        """The sale that sold the unique item with this code (its latest sale)."""
        code = normalize_scan(text)
        with self.db.read() as session:
            # The item keeps its last sale when it is given back (store.models.Item.sold_sale_id),
            # so an item returned already finds the sale that says so.
            found = session.execute(select(Item.id, Item.sold_sale_id).where(Item.code == code)).first()
            if found is None:
                raise ItemNotFound(text.strip())
            if found.sold_sale_id is None:
                raise NotReturnable(0, NotReturnable.NOT_SOLD)
            return self._original(session.connection(), found.sold_sale_id)

    def find(self, text: str) -> OriginalSale:
        """A receipt number (up to nine digits) or a scanned item code."""
        text = text.strip()
        if text.isdigit() and len(text) <= 9:
            return self.find_by_receipt(int(text))
        return self.find_by_item(text)

    def original(self, sale_id: int) -> OriginalSale:
        with self.db.read() as session:
            return self._original(session.connection(), sale_id)

    def _original(self, conn: Connection, sale_id: int) -> OriginalSale:
        sale = conn.execute(
            select(_sales, Register.code.label("register_code"))
            .join(Register, Register.id == _sales.c.register_id)
            .where(_sales.c.id == sale_id)
        ).one_or_none()
        if sale is None:
            raise SaleNotFound(sale_id)
        if sale.kind != "sale":
            raise NotReturnable(sale.receipt_no, NotReturnable.IS_RETURN)
        if sale.training:
            raise NotReturnable(sale.receipt_no, NotReturnable.TRAINING)
        rows = conn.execute(
            select(_lines, Item.code.label("item_code"))
            .outerjoin(Item, Item.id == _lines.c.item_id)
            .where(_lines.c.sale_id == sale_id)
            .order_by(_lines.c.line_no)
        ).all()
        returned = dict(
            conn.execute(
                select(_return_lines.c.original_line_id, func.sum(_return_lines.c.quantity))
                .where(_return_lines.c.original_line_id.in_([r.id for r in rows]))
                .group_by(_return_lines.c.original_line_id)
            ).all()
        )
        payments = conn.execute(
            select(_payments.c.method, _payments.c.amount)
            .where(_payments.c.sale_id == sale_id)
            .order_by(_payments.c.id)
        ).all()
        return OriginalSale(
            sale_id=sale.id,
            register_code=sale.register_code,
            receipt_no=sale.receipt_no,
            created_at=sale.created_at,
            total=sale.total,
            lines=tuple(
                ReturnableLine(
                    line_id=r.id,
                    line_no=r.line_no,
                    kind=r.kind,
                    description=r.description,
                    item_id=r.item_id,
                    item_code=r.item_code,
                    product_id=r.product_id,
                    category_id=r.category_id,
                    quantity=r.quantity,
                    returned=int(returned.get(r.id, 0)),
                    unit_price=r.unit_price,
                    discount=r.discount,
                    total=r.total,
                    vat_rate=r.vat_rate,
                    vat_code=line_code(r.vat_code, r.vat_rate),
                )
                for r in rows
            ),
            payments=tuple((p.method, p.amount) for p in payments),
        )

    # --- the refund -------------------------------------------------------------

    def refund(
        self,
        sale_id: int,
        quantities: Mapping[int, int],
        refund_to: str = ORIGINAL,
        *,
        operator: Operator,
        approver: Operator | None = None,
    ) -> CompletedReturn:
        """Give back ``quantities`` (original line id → pieces) of a sale, in one transaction.

        ``refund_to`` is ``"original"`` (the way it was paid, cash last) or
        ``"voucher"`` (store credit). Raises :class:`PermissionDenied` unless
        the operator or ``approver`` is a shop leader.
        """
        actor = approver or operator
        require(actor.role, Action.REFUND)
        if refund_to not in REFUND_TO:
            raise ValueError(f"refund_to must be one of {REFUND_TO}, got {refund_to!r}")
        at = self.clock()
        with self.db.write() as session:
            conn = session.connection()
            return self._refund(conn, sale_id, quantities, refund_to, operator, actor, at)

    def _refund(
        self,
        conn: Connection,
        sale_id: int,
        quantities: Mapping[int, int],
        refund_to: str,
        operator: Operator,
        actor: Operator,
        at: datetime,
    ) -> CompletedReturn:
        business_date = self.checkout.business_date(conn, at)  # the sale's rule: an open day
        original = self._original(conn, sale_id)
        chosen = {line_id: q for line_id, q in quantities.items() if q}
        if not chosen:
            raise NotReturnable(original.receipt_no, NotReturnable.NOTHING_CHOSEN)
        if not original.returnable:
            raise NotReturnable(original.receipt_no, NotReturnable.ALREADY_RETURNED)

        lines: list[dict[str, Any]] = []
        taken: list[tuple[ReturnableLine, int]] = []
        for line_id in sorted(chosen, key=lambda i: original.line(i).line_no):
            line = original.line(line_id)
            quantity = chosen[line_id]
            check_quantity(quantity)
            if quantity > line.returnable:
                raise ReturnTooMany(line.description, quantity, line.returnable)
            amount = returned_share(line.total, line.quantity, line.returned, quantity)
            lines.append(
                {
                    "line_no": len(lines) + 1,
                    "kind": line.kind,
                    "item_id": line.item_id,
                    "product_id": line.product_id,
                    "category_id": line.category_id,
                    "description": line.description,
                    "quantity": -quantity,
                    "unit_price": line.unit_price,
                    "discount": -(line.unit_price * quantity - amount),
                    "total": -amount,
                    "vat_rate": line.vat_rate,
                    "vat_code": line.vat_code.value,  # as the line was sold
                }
            )
            taken.append((line, quantity))
        refund = sum(-row["total"] for row in lines)
        total = -refund
        registered = self.shop.vat_registered
        vat = sum(
            v.vat
            for v in split_vat(((TaxCode(r["vat_code"]), r["total"]) for r in lines), registered=registered)
        )
        refunds = self._plan(conn, original, refund, refund_to)
        payments = [
            {"method": method, "amount": -amount, "tendered": 0, "change": 0} for method, amount in refunds
        ]
        rounding = -sum(amount for _, amount in refunds) - total

        return_id, receipt_no, digest = self.checkout.receipts.write(
            conn,
            kind="return",
            at=at,
            business_date=business_date,
            operator=operator,
            training=False,
            vat_registered=registered,
            total=total,
            vat=vat,
            discount=sum(row["discount"] for row in lines),
            rounding=rounding,
            lines=lines,
            payments=payments,
        )
        new_line_ids = dict(
            conn.execute(select(_lines.c.line_no, _lines.c.id).where(_lines.c.sale_id == return_id)).all()
        )
        return_line_ids = [
            inserted_id(
                conn.execute(
                    _return_lines.insert().values(
                        line_id=new_line_ids[row["line_no"]], original_line_id=line.line_id, quantity=quantity
                    )
                )
            )
            for row, (line, quantity) in zip(lines, taken, strict=True)
        ]
        rows: dict[str, Any] = {"return_lines": journalled_rows(conn, "return_lines", return_line_ids)}
        voucher_amount = sum(amount for method, amount in refunds if method == PaymentMethod.VOUCHER)
        voucher = None
        if voucher_amount:
            voucher, voucher_id = self._issue_voucher(conn, return_id, voucher_amount, at)
            rows["vouchers"] = journalled_rows(conn, "vouchers", [voucher_id])
        self._restock(conn, taken, original.sale_id, at)
        journal.append(
            conn,
            Event.RETURN,
            at=at,
            user_id=operator.id,
            register_id=self.register.id,
            sale_id=return_id,
            details={
                "receipt_no": receipt_no,
                "total": total,
                "digest": digest,
                "original": {"sale_id": original.sale_id, "receipt_no": original.receipt_no},
                "refund_to": refund_to,
                "approved_by": actor.id,
                "rows": rows,
            },
        )
        return CompletedReturn(
            sale_id=return_id,
            receipt_no=receipt_no,
            register_code=self.register.code,
            created_at=at,
            original_sale_id=original.sale_id,
            original_receipt_no=original.receipt_no,
            total=total,
            rounding=rounding,
            refunds=tuple(refunds),
            voucher=voucher,
        )

    def _plan(
        self, conn: Connection, original: OriginalSale, refund: int, refund_to: str
    ) -> list[tuple[str, int]]:
        """How ``refund`` øre go back: ``[(method, amount > 0)]``, cash last and rounded."""
        if refund <= 0:
            return []
        if refund_to == VOUCHER:
            return [(PaymentMethod.VOUCHER.value, refund)]
        paid: dict[str, int] = {}
        for method, amount in original.payments:
            paid[method] = paid.get(method, 0) + amount
        for method, amount in self._refunded_before(conn, original.sale_id).items():
            paid[method] = paid.get(method, 0) - amount
        plan: list[tuple[str, int]] = []
        left = refund
        rank = {method.value: n for n, method in enumerate(_CASH_LAST)}
        order = sorted((m for m in paid if m != PaymentMethod.CASH), key=lambda m: rank.get(m, len(rank)))
        for method in order:
            take = min(left, max(paid[method], 0))
            if take > 0:
                plan.append((method, take))
                left -= take
        cash = round_cash(left)
        if cash > 0:
            plan.append((PaymentMethod.CASH.value, cash))
        return plan

    def _refunded_before(self, conn: Connection, sale_id: int) -> dict[str, int]:
        """What earlier returns of this sale paid back, per method (positive)."""
        original_lines = select(_lines.c.id).where(_lines.c.sale_id == sale_id)
        return_sales = (
            select(_lines.c.sale_id)
            .join(_return_lines, _return_lines.c.line_id == _lines.c.id)
            .where(_return_lines.c.original_line_id.in_(original_lines))
            .distinct()
        )
        rows = conn.execute(
            select(_payments.c.method, func.sum(_payments.c.amount))
            .where(_payments.c.sale_id.in_(return_sales))
            .group_by(_payments.c.method)
        ).all()
        return {method: -int(amount) for method, amount in rows}

    def _issue_voucher(
        self, conn: Connection, return_id: int, amount: int, at: datetime
    ) -> tuple[IssuedVoucher, int]:
        # Random, never counted up: one voucher's code says nothing about another's.
        code = unused_voucher_code(conn)
        days = int(self.settings.get("voucher_valid_days"))
        expires_at = voucher_expiry(at, days)
        voucher_id = inserted_id(
            conn.execute(
                _vouchers.insert().values(
                    code=code,
                    register_id=self.register.id,
                    issued_sale_id=return_id,
                    amount=amount,
                    issued_at=at,
                    expires_at=expires_at,
                )
            )
        )
        return IssuedVoucher(code, amount, at, expires_at), voucher_id

    def _restock(
        self, conn: Connection, taken: list[tuple[ReturnableLine, int]], original_sale_id: int, at: datetime
    ) -> None:
        for line, quantity in taken:
            if line.kind == LineKind.ITEM and line.item_id is not None:
                conn.execute(
                    _items.update()
                    .where(
                        _items.c.id == line.item_id,
                        _items.c.status == ItemStatus.SOLD,
                        _items.c.sold_sale_id == original_sale_id,
                    )
                    # sold_sale_id stays: the item's last sale, for the next scan at a return.
                    .values(status=ItemStatus.IN_STOCK, status_at=at)
                )
            elif line.kind == LineKind.PRODUCT and line.product_id is not None:
                conn.execute(
                    _products.update()
                    .where(_products.c.id == line.product_id, _products.c.track_stock.is_(True))
                    .values(stock=_products.c.stock + quantity)
                )

    # --- vouchers ---------------------------------------------------------------

    def record_voucher_copy(self, code: str, *, operator: Operator) -> None:
        """Journal that a voucher is printed again (marked KOPI; its balance is in the database)."""
        with self.db.write() as session:
            voucher_id = session.scalar(select(Voucher.id).where(Voucher.code == code))
            if voucher_id is None:
                raise VoucherNotFound(code)
            journal.append(
                session,
                Event.VOUCHER_COPY,
                at=self.clock(),
                user_id=operator.id,
                register_id=self.register.id,
                details={"voucher": code},
            )


# --- demo data ---------------------------------------------------------------------


def add_demo_returns(
    db: Database,
    *,
    operator: Operator,
    at: datetime,
    rng: random.Random,
    count: int = 2,
    redeem: bool = True,
    register_code: str | None = None,
    checkout: CheckoutService | None = None,
) -> list[CompletedReturn]:
    """A few returns for demo data, on the register's open day at ``at``.

    Picks up to ``count`` recent sales of that day with something left to
    give back and returns one line of each, at random to the original
    payment or as a voucher. With ``redeem``, each voucher issued here pays
    (part of) a new sale a little later. ``operator`` must be a leader. The
    caller opens the day before and closes it after.
    """
    clock = _Steps(at)
    returns = ReturnService(db, register_code=register_code, clock=clock, checkout=checkout)
    with db.read() as session:
        sale_ids = list(
            session.scalars(
                select(Sale.id)
                .where(
                    Sale.register_id == returns.register.id,
                    Sale.kind == "sale",
                    Sale.training.is_(False),
                    Sale.created_at <= at,
                )
                .order_by(Sale.id.desc())
                .limit(40)
            )
        )
    rng.shuffle(sale_ids)
    done: list[CompletedReturn] = []
    for sale_id in sale_ids:
        if len(done) >= count:
            break
        original = returns.original(sale_id)
        line = next((line for line in original.lines if line.returnable > 0), None)
        if line is None:
            continue
        refund_to = VOUCHER if rng.random() < 0.5 else ORIGINAL
        clock.step()
        done.append(returns.refund(sale_id, {line.line_id: 1}, refund_to, operator=operator))
    if redeem:
        sell = returns.checkout
        saved_clock = sell.clock
        sell.clock = clock
        try:
            for made in done:
                if made.voucher is None:
                    continue
                cart = sell.new_cart()
                with db.read() as session:
                    product_id = session.scalar(
                        select(Product.id).where(Product.active.is_(True)).order_by(Product.id).limit(1)
                    )
                if product_id is None:
                    break
                sell.add_product(cart, product_id, quantity=rng.randint(1, 3))
                sell.pay_with_voucher(cart, made.voucher.code)
                if cart.remaining:
                    sell.pay(cart, PaymentMethod.CARD)
                clock.step()
                sell.complete(cart, operator=operator)
        finally:
            sell.clock = saved_clock
    return done


class _Steps:
    """A clock for demo data that moves a few minutes on each step."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def step(self) -> None:
        self.now += timedelta(minutes=3)
