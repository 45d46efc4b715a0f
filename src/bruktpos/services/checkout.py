"""The checkout: from a scan to a committed, signed sale.

The cart lives in memory at the till (a :class:`~bruktpos.domain.cart.Cart`);
this service looks up what is scanned or tapped, checks who may do what, and
commits a paid cart in one transaction: the sale with a gap-free receipt
number and its SAF-T signature, its lines and payments, the items marked
sold, and the journal entry holding the sale's digest. If any step fails,
nothing is written.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Connection, bindparam, delete, select
from sqlalchemy.orm import Session

from bruktpos.domain.cart import Cart, CartLine, Payment, PaymentMethod
from bruktpos.domain.codes import normalize_scan
from bruktpos.domain.errors import (
    CategoryNotFound,
    CopyAlreadyPrinted,
    DayLeftOpen,
    DayNotOpen,
    EmptySale,
    ItemNotFound,
    ParkedSaleNotFound,
    ProductNotFound,
    SaleHasPayments,
    SaleNotFound,
    VoucherUsedUp,
)
from bruktpos.domain.markdown import MarkdownRule, price_on
from bruktpos.domain.price_tags import is_price_tag_code, parse_price_tag_code
from bruktpos.domain.roles import Action, require
from bruktpos.domain.vat import TaxCode
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.price_rules import LinePrices, PriceRules, all_or_nothing, sold_price_changes
from bruktpos.services.sale_stock import check_still_in_stock, not_available, update_stock
from bruktpos.services.sale_writer import ReceiptSeries
from bruktpos.services.shop import ShopInfo, load_register, load_shop
from bruktpos.services.users import Operator
from bruktpos.services.vouchers import VoucherBalance, use_vouchers, voucher_balance, vouchers_to_use
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import (
    BusinessDay,
    Category,
    DayStatus,
    Item,
    ItemStatus,
    JournalEntry,
    ParkedSale,
    Product,
    Sale,
)
from bruktpos.store.prepared import Prepared


@dataclass(frozen=True)
class CompletedSale:
    sale_id: int
    receipt_no: int
    register_code: str
    training: bool
    created_at: datetime
    total: int
    rounding: int
    paid: int
    change: int
    cash: int  # paid in cash (the drawer opens when there is any)


@dataclass(frozen=True)
class ParkedInfo:
    id: int
    parked_at: datetime
    operator_id: int
    label: str
    total: int
    paid: int = 0  # payments already taken on it (parked as the till locked), kept with it


# The commit path runs on every sale: its statements are built once, with
# bound parameters, so each sale only executes them.
_days = BusinessDay.__table__
_OPEN_DAY = Prepared(
    select(_days.c.business_date).where(
        _days.c.register_id == bindparam("register_id"), _days.c.status == DayStatus.OPEN
    )
)


class CheckoutService(LinePrices):
    """Checkout at one register."""

    def __init__(self, db: Database, *, register_code: str | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.clock = clock
        self.register = load_register(db, register_code)
        self.shop = load_shop(db)
        # The register's receipt chain: sales and returns are numbered and signed there.
        self.receipts = ReceiptSeries(self.register.id, db.path)
        # Discounts and new prices: the shop's limit, the leader, the journal.
        self.prices = PriceRules(db, register_id=self.register.id, clock=clock)

    def reload_shop(self) -> ShopInfo:
        """Read the shop's facts again (after its details changed: the VAT registration, the name)."""
        self.shop = load_shop(self.db)
        return self.shop

    # --- building the cart ---------------------------------------------------

    def new_cart(self) -> Cart:
        return Cart()

    def scan(self, cart: Cart, text: str) -> CartLine:
        """Add what a scanner read: an item's code, a price tag, or a product's barcode.

        An item whose category has a markdown rule gets its markdown as a line
        discount, so the receipt shows the original price and what came off.
        """
        code = normalize_scan(text)
        if not code:
            raise ItemNotFound(text)
        if is_price_tag_code(code):
            category_id, price = parse_price_tag_code(code)
            return self.add_open(cart, category_id, price)
        with self.db.read() as session:
            row = session.execute(
                select(
                    Item.id,
                    Item.code,
                    Item.description,
                    Item.price,
                    Item.status,
                    Item.status_at,
                    Item.sold_sale_id,
                    Item.intake_at,
                    Category.id,
                    Category.name,
                    Category.vat_code,
                    Category.markdown_rule,
                )
                .join(Category, Category.id == Item.category_id)
                .where(Item.code == code)
            ).one_or_none()
            if row is None:
                # A product's own barcode is kept as printed on it (a UPC-A
                # stays 12 digits), so look for the scan as read, too.
                product_id = session.scalar(
                    select(Product.id).where(
                        Product.barcode.in_({code, text.strip()}), Product.active.is_(True)
                    )
                )
                if product_id is None:
                    raise ItemNotFound(text)
                return self._add_product(session, cart, product_id, 1)
            (
                item_id,
                item_code,
                description,
                price,
                status,
                status_at,
                sold_sale_id,
                intake_at,
                cat_id,
                cat_name,
                cat_code,
                rule_text,
            ) = row
            if status != ItemStatus.IN_STOCK:
                raise not_available(session, item_code, status, status_at, sold_sale_id)
        code = TaxCode(cat_code)
        line = cart.add_item(
            item_id=item_id,
            item_code=item_code,
            description=_describe(cat_name, description),
            price=price,
            vat_rate=int(code.rate),
            vat_code=code,
            category_id=cat_id,
        )
        if rule_text:
            aged = price_on(_rule(rule_text), price, intake_at.date(), self.clock().date())
            if aged.is_marked_down:
                line = cart.apply_markdown(line.line_id, aged.markdown)
        return line

    def add_product(self, cart: Cart, product_id: int, quantity: int = 1) -> CartLine:
        """A tap on a café or new-goods button."""
        with self.db.read() as session:
            return self._add_product(session, cart, product_id, quantity)

    def _add_product(self, session: Session, cart: Cart, product_id: int, quantity: int) -> CartLine:
        product = session.get(Product, product_id)
        if product is None or not product.active:
            raise ProductNotFound(product_id)
        # The product's own tax code if it has one (a take-away in a café category), else the category's.
        code = TaxCode(product.vat_code or product.category.vat_code)
        return cart.add_product(
            product_id=product.id,
            description=product.name,
            price=product.price,
            vat_rate=int(code.rate),
            vat_code=code,
            category_id=product.category_id,
            quantity=quantity,
        )

    def add_open(
        self, cart: Cart, category_id: int, price: int, *, quantity: int = 1, description: str = ""
    ) -> CartLine:
        """An open-price line: a category with a price typed at the till."""
        with self.db.read() as session:
            category = session.get(Category, category_id)
            if category is None or not category.active:
                raise CategoryNotFound(category_id)
            code = TaxCode(category.vat_code)
            return cart.add_open(
                category_id=category.id,
                description=_describe(category.name, description),
                price=price,
                vat_rate=int(code.rate),
                vat_code=code,
                quantity=quantity,
            )

    def set_quantity(
        self,
        cart: Cart,
        line_id: int,
        quantity: int,
        *,
        operator: Operator,
        approver: Operator | None = None,
        reason: str = "",
    ) -> CartLine:
        """Change a line's quantity; lowering it after a payment needs a leader.

        More of a product with a discount given on it gives more discount:
        the shop's limit applies (:meth:`more_of_discounted`).
        """
        line = cart.line(line_id)
        if quantity > line.quantity and line.given_discount:
            return self.more_of_discounted(
                cart, line_id, quantity, operator=operator, approver=approver, reason=reason
            )
        actor = approver or operator
        if quantity < line.quantity and cart.payments:
            require(actor.role, Action.VOID_AFTER_PAYMENT)
        with all_or_nothing(cart):
            changed = cart.set_quantity(line_id, quantity)
            if quantity < line.quantity:
                # Fewer of a product is a line correction, journalled like a void.
                self._journal(
                    Event.LINE_VOID,
                    operator,
                    {
                        "line": line.line_id,
                        "item": None,
                        "correction": "quantity",  # not a void: X/Z count it as a line correction
                        "description": line.description,
                        "quantity": line.quantity - quantity,
                        "amount": line.total - changed.total,
                        "after_payment": bool(cart.payments),
                        "approved_by": actor.id,
                    },
                )
        return changed

    def remove_line(
        self, cart: Cart, line_id: int, *, operator: Operator, approver: Operator | None = None
    ) -> CartLine:
        """Take a line off the cart (a line void, journalled); after a payment, leader only."""
        actor = approver or operator
        if cart.payments:
            require(actor.role, Action.VOID_AFTER_PAYMENT)
        line = cart.line(line_id)
        with all_or_nothing(cart):
            cart.remove_line(line_id)
            self._journal(
                Event.LINE_VOID,
                operator,
                {
                    "line": line.line_id,
                    "item": line.item_code,
                    "description": line.description,
                    "quantity": line.quantity,
                    "amount": line.total,
                    "after_payment": bool(cart.payments),
                    "approved_by": actor.id,
                },
            )
        return line

    # --- payment and commit --------------------------------------------------

    def pay(
        self, cart: Cart, method: PaymentMethod, amount: int | None = None, *, tendered: int | None = None
    ) -> Payment:
        """Take a payment on the cart (nothing is written until :meth:`complete`)."""
        return cart.add_payment(method, amount, tendered=tendered)

    def complete(self, cart: Cart, *, operator: Operator, training: bool = False) -> CompletedSale:
        """Commit a paid cart as a sale, in one transaction."""
        require(operator.role, Action.SELL)
        cart.check_complete()
        # One kept connection for the till's sales (no pool round trip per
        # sale); a failure of the file leaves as StoreUnavailable, nothing stored.
        with self.db.write_kept() as conn:
            return self.record(conn, cart, operator=operator, at=self.clock(), training=training)

    def close(self) -> None:
        """Give back the till's writer connection (at shutdown)."""
        self.db.close_kept()

    def record(
        self, conn: Connection, cart: Cart, *, operator: Operator, at: datetime, training: bool = False
    ) -> CompletedSale:
        """Write a paid cart as a sale inside the caller's write transaction.

        :meth:`complete` is the till's way in; demo data and imports call this
        to write many sales in one transaction.
        """
        cart.check_complete()
        registered = self.shop.vat_registered
        vat = sum(v.vat for v in cart.vat_lines(registered=registered))
        if training:
            check_still_in_stock(conn, cart)
        vouchers = vouchers_to_use(conn, cart, at) if not training else {}
        lines = [
            {
                "line_no": n,
                "kind": line.kind.value,
                "item_id": line.item_id,
                "product_id": line.product_id,
                "category_id": line.category_id,
                "description": line.description,
                "quantity": line.quantity,
                "unit_price": line.unit_price,
                "discount": line.discount,
                "total": line.total,
                "vat_rate": line.vat_rate,
                "vat_code": line.tax_code.value,
            }
            for n, line in enumerate(cart.lines, start=1)
        ]
        payments = [
            {
                "method": p.method.value,
                "amount": p.amount,
                "tendered": p.tendered,
                "change": p.change,
            }
            for p in cart.payments
        ]
        sale_id, receipt_no, digest = self.receipts.write(
            conn,
            kind="sale",
            at=at,
            business_date=self.business_date(conn, at, training=training),
            operator=operator,
            training=training,
            vat_registered=registered,
            total=cart.total,
            vat=vat,
            discount=cart.discount_total,
            rounding=cart.rounding,
            lines=lines,
            payments=payments,
        )
        details: dict[str, object] = {"receipt_no": receipt_no, "total": cart.total, "digest": digest}
        given = sold_price_changes(cart)
        if given:
            details["price_changes"] = given  # what X and Z count as given, by whom
        if not training:
            update_stock(conn, cart, sale_id, at)
            if vouchers:
                details["rows"] = {"voucher_uses": use_vouchers(conn, cart, vouchers, sale_id)}
        journal.append(
            conn,
            Event.TRAINING_SALE if training else Event.SALE,
            at=at,
            user_id=operator.id,
            register_id=self.register.id,
            sale_id=sale_id,
            details=details,
        )
        return CompletedSale(
            sale_id=sale_id,
            receipt_no=receipt_no,
            register_code=self.register.code,
            training=training,
            created_at=at,
            total=cart.total,
            rounding=cart.rounding,
            paid=cart.paid,
            change=cart.change,
            cash=sum(p.amount for p in cart.payments if p.method is PaymentMethod.CASH),
        )

    def business_date(self, conn: Connection, at: datetime, *, training: bool = False) -> date:
        """The date a sale (or return) made at ``at`` belongs to: the register's open day.

        Raises :class:`DayNotOpen` when no day is open, :class:`DayLeftOpen`
        when the open day is from before ``at``'s date (it must be closed
        first). Training sales need no open day: they take ``at``'s date.
        """
        if training:
            return at.date()
        row = _OPEN_DAY.execute(conn, {"register_id": self.register.id}).fetchone()
        if row is None:
            raise DayNotOpen(self.register.code)
        business_date = date.fromisoformat(row[0])
        if business_date < at.date():
            raise DayLeftOpen(business_date)
        return business_date

    # --- vouchers (store credit) ---------------------------------------------

    def voucher(self, text: str) -> VoucherBalance:
        """A voucher's balance, or why it cannot pay (not found, expired, used up)."""
        with self.db.read() as session:
            return voucher_balance(session.connection(), text, self.clock())

    def pay_with_voucher(self, cart: Cart, text: str, amount: int | None = None) -> Payment:
        """Pay (part of) the cart with a voucher; nothing is written until :meth:`complete`."""
        found = self.voucher(text)
        if found.balance - cart.voucher_used(found.code) <= 0:
            raise VoucherUsedUp(found.code)
        return cart.add_voucher(found.code, found.balance, amount)

    # --- parking -------------------------------------------------------------

    def park(self, cart: Cart, *, operator: Operator, label: str = "", keep_payments: bool = False) -> int:
        """Suspend the cart so the till is free; returns the parked sale's id.

        A cart with payments is refused (:class:`SaleHasPayments`) unless
        ``keep_payments``: the till locking with a part-paid sale parks it with
        its payments, and resuming it gives them back, so no money taken is lost.
        """
        if cart.is_empty:
            raise EmptySale()
        if cart.payments and not keep_payments:
            raise SaleHasPayments(cart.paid)
        now = self.clock()
        with self.db.write() as session:
            parked = ParkedSale(
                register_id=self.register.id,
                operator_id=operator.id,
                parked_at=now,
                label=label.strip()[:80],
                total=cart.total,
                cart=json.dumps(cart.to_dict()),
            )
            session.add(parked)
            session.flush()
            journal.append(
                session,
                Event.SALE_SUSPENDED,
                at=now,
                user_id=operator.id,
                register_id=self.register.id,
                details={
                    "parked": parked.id,
                    "total": cart.total,
                    "lines": len(cart.lines),
                    **({"paid": cart.paid} if cart.payments else {}),
                },
            )
            return parked.id

    def parked_sales(self) -> list[ParkedInfo]:
        with self.db.read() as session:
            rows = session.scalars(
                select(ParkedSale).where(ParkedSale.register_id == self.register.id).order_by(ParkedSale.id)
            )
            return [
                ParkedInfo(p.id, p.parked_at, p.operator_id, p.label, p.total, _paid(p.cart)) for p in rows
            ]

    def resume(self, parked_id: int, *, operator: Operator) -> Cart:
        """Take a parked sale back into a cart (the parked copy is removed)."""
        now = self.clock()
        with self.db.write() as session:
            parked = session.get(ParkedSale, parked_id)
            if parked is None or parked.register_id != self.register.id:
                raise ParkedSaleNotFound(parked_id)
            cart = Cart.from_dict(json.loads(parked.cart))
            session.execute(delete(ParkedSale).where(ParkedSale.id == parked_id))
            journal.append(
                session,
                Event.SALE_RESUMED,
                at=now,
                user_id=operator.id,
                register_id=self.register.id,
                details={"parked": parked_id, "total": cart.total},
            )
        return cart

    def give_back_payment(self, cart: Cart, *, operator: Operator) -> Payment:
        """Undo the cart's last payment, one taken before it was parked, and journal it as handed back.

        A parked sale's payments are in the journal (``sale_suspended``), so
        handing one back is journalled too: then the sale can be cancelled or
        parked again without money going missing.
        """
        with all_or_nothing(cart):
            payment = cart.remove_last_payment()
            details: dict[str, object] = {
                "method": payment.method.value,
                "amount": payment.amount,
                "total": cart.total,
            }
            if payment.voucher_code is not None:
                details["voucher"] = payment.voucher_code
            self._journal(Event.PAYMENT_GIVEN_BACK, operator, details)
        return payment

    # --- other journalled till events -----------------------------------------

    def open_drawer_without_sale(self, *, operator: Operator, approver: Operator | None = None) -> None:
        """Record that the drawer is opened with no sale (leader only)."""
        actor = approver or operator
        require(actor.role, Action.DRAWER_WITHOUT_SALE)
        self._journal(Event.DRAWER_OPENED, operator, {"no_sale": True, "approved_by": actor.id})

    def record_receipt_copy(self, sale_id: int, *, operator: Operator) -> int:
        """Record a printed copy of a receipt (KOPI); a second copy is refused.

        Returns the receipt number. Checked and written in one transaction,
        so two tills cannot both print "the one" copy.
        """
        with self.db.write() as session:
            receipt_no = self._receipt_no(session, sale_id)
            earlier = session.scalar(
                select(JournalEntry.at).where(
                    JournalEntry.sale_id == sale_id, JournalEntry.event == Event.RECEIPT_COPY.value
                )
            )
            if earlier is not None:
                raise CopyAlreadyPrinted(receipt_no, earlier)
            self._journal(Event.RECEIPT_COPY, operator, {"receipt_no": receipt_no}, sale_id, session)
            return receipt_no

    def _receipt_no(self, session: Session, sale_id: int) -> int:
        receipt_no = session.scalar(select(Sale.receipt_no).where(Sale.id == sale_id))
        if receipt_no is None:
            raise SaleNotFound(sale_id)
        return receipt_no

    def _journal(
        self,
        event: Event,
        operator: Operator,
        details: dict[str, object],
        sale_id: int | None = None,
        session: Session | None = None,
    ) -> None:
        """Journal a till event, in the caller's transaction or a new one."""
        if session is None:
            with self.db.write() as own:
                self._journal(event, operator, details, sale_id, own)
            return
        journal.append(
            session,
            event,
            at=self.clock(),
            user_id=operator.id,
            register_id=self.register.id,
            sale_id=sale_id,
            details=details,
        )


def _paid(parked_cart: str) -> int:
    """What was already paid on a parked cart (its JSON)."""
    return Cart.from_dict(json.loads(parked_cart)).paid


@functools.lru_cache(maxsize=256)
def _rule(text: str) -> MarkdownRule:
    return MarkdownRule.parse(text)


def _describe(category: str, description: str) -> str:
    description = description.strip()
    return f"{category}: {description}" if description else category
