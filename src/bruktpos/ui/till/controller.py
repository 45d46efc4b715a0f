"""What the till screen does, apart from how it looks.

The controller holds the cart being built and calls the checkout service for
every change. It decides nothing itself: every rule is in the service and the
domain. It turns their typed errors into friendly sentences (signal
``message``) and asks the view for a leader's PIN when the service says a
leader is needed (``approver`` callback), then tries again with the leader.

Writes run on the till's one writer (:class:`~bruktpos.ui.background.StoreWriter`),
never on the GUI thread: completing a sale, parking and resuming, and the
journalled line changes (a removed line, a lower quantity, a discount, a new price).
Each works on a copy of the cart that replaces it when the answer comes, so
a failed write leaves the cart as it was. While a write is under way
(``busy``), further changes to the cart (a scan, a tap) wait in a queue and
run in the order they came once it is done; ``busy_changed`` lets the
screens show "Saving …" and hold their buttons. Reads (a scan's look-up)
stay on the GUI thread: WAL lets them run beside any writer, and the GUI
thread's lock waits are bounded (``Database.wait_briefly_in_this_thread``).

It also keeps the stock counts of the café and new-goods products that have
one (``stock``), read again after each sale here and when the till is shown
(``refresh_stock``), so the buttons show them without a query per paint.
"""

from __future__ import annotations

import copy
import logging
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from bruktpos.domain.cart import Cart, CartLine, Payment, PaymentMethod
from bruktpos.domain.codes import looks_like_voucher, normalize_scan
from bruktpos.domain.errors import (
    ApprovalNeeded,
    BruktError,
    DayLeftOpen,
    DayNotOpen,
    PermissionDenied,
    ReasonNeeded,
    StoreUnavailable,
)
from bruktpos.domain.money import format_money
from bruktpos.domain.roles import Action
from bruktpos.services.checkout import CheckoutService, CompletedSale, ParkedInfo
from bruktpos.services.receipt_journal import ReceiptJournal
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import product_stock
from bruktpos.services.users import Operator
from bruktpos.services.vouchers import VoucherBalance
from bruktpos.ui.background import Failed, StoreWriter
from bruktpos.ui.messages import describe, fill

T = TypeVar("T")

log = logging.getLogger(__name__)

# Asks a leader to approve an action: (action, reason) → the leader, or None.
Approver = Callable[[Action, str], Operator | None]
# A cart change that writes: (the cart's copy, the approving leader or None) → its result.
CartWork = Callable[[Cart, Operator | None], Any]
# A discount or new price: (the cart's copy, the approving leader or None, the reason) → the line.
PriceWork = Callable[[Cart, Operator | None, str], Any]
# Asks whether the cash drawer is open, and answers by calling back: then(open).
DrawerCheck = Callable[[Callable[[bool], None]], None]
# Asks for what a change beyond the shop's limit needs: (action, what, a PIN too?, who asks)
# → (the approver, or None for the person at the till; the reason), or None when cancelled.
PriceApprover = Callable[[Action, str, bool, Operator], tuple[Operator | None, str] | None]


class TillController(QObject):
    cart_changed = Signal()
    message = Signal(str, str)  # text, level: "info" | "error"
    sale_completed = Signal(object)  # CompletedSale
    voucher_scanned = Signal(str)  # a voucher's code scanned while the cart has lines: pay with it
    day_needed = Signal()  # a sale was refused: no open day, or one left open
    stock_changed = Signal()  # ``stock`` was read again
    busy_changed = Signal(bool)  # a write is under way (True) or all are done (False)
    sale_not_saved = Signal(object)  # the error: the paid cart stays as it was, to try again
    cash_given_back = Signal(int)  # øre: cash taken before a park, handed back (the drawer opens)
    operator_changed = Signal()  # someone logged in, or the till locked: a new person at the till

    def __init__(
        self, checkout: CheckoutService, parent: QObject | None = None, *, writer: StoreWriter | None = None
    ) -> None:
        super().__init__(parent)
        self.checkout = checkout
        self.writer = writer or StoreWriter(self)
        self.receipts = ReceiptJournal(checkout.db, register_id=checkout.register.id, clock=checkout.clock)
        self._cart_writes = 0  # writes of the cart given to the writer, not yet answered
        # Cart changes asked for while a write is under way, in the order they came.
        self._queued: deque[Callable[[], object]] = deque()
        # Whatever still runs on this (the GUI) thread waits for a lock briefly, never 10 s.
        checkout.db.wait_briefly_in_this_thread()
        self.cart: Cart = checkout.new_cart()
        self._operator: Operator | None = None
        self.training = False
        self.approver: Approver = lambda action, reason: None
        self.price_approver: PriceApprover = lambda action, what, pin, asker: None
        # Asks whether the cash drawer is open, then(open): a sale is not saved while it is
        # (the main window asks the receipt printer; ReceiptDesk.check_drawer).
        self.drawer_check: DrawerCheck = lambda then: then(False)
        self.parked_count = len(checkout.parked_sales())
        # How many of the cart's payments came with it from a parked sale: undoing one is journalled.
        self.payments_from_park = 0
        # Product id → stock count, for products that keep one (see refresh_stock).
        self.stock: dict[int, int] = {}

    @property
    def operator(self) -> Operator | None:
        """Who is at the till (None: locked)."""
        return self._operator

    @operator.setter
    def operator(self, operator: Operator | None) -> None:
        changed = operator != self._operator
        self._operator = operator
        if changed:
            self.operator_changed.emit()

    # --- helpers -------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A write that changes the cart is under way: other cart changes wait for it."""
        return self._cart_writes > 0

    def _submit(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Failed) -> None:
        """Give the writer a write that changes the cart; queued changes run once it is answered."""
        self._cart_writes += 1
        if self._cart_writes == 1:
            self.busy_changed.emit(True)

        def answered(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def run(value: Any) -> None:
                self._cart_writes -= 1
                try:
                    handler(value)  # may give the writer the next write (a leader's retry)
                finally:
                    if not self.busy:
                        self.busy_changed.emit(False)
                        while self._queued and not self.busy:
                            self._queued.popleft()()

            return run

        self.writer.submit(work, answered(done), answered(failed))

    def _later(self, action: Callable[[], object]) -> bool:
        """Queue ``action`` behind the write under way; True if it was queued."""
        if not self.busy:
            return False
        self._queued.append(action)
        return True

    def _refused(self, error: BaseException) -> None:
        """Say why a change did not happen; never raise."""
        if isinstance(error, BruktError):
            self.message.emit(describe(error), "error")
            if isinstance(error, (DayNotOpen, DayLeftOpen)):
                self.day_needed.emit()
            return
        log.error("a till write failed", exc_info=(type(error), error, error.__traceback__))
        self.message.emit(
            self.tr(
                "Something went wrong, and nothing was saved. Try again, or ask the shop leader for help."
            ),
            "error",
        )

    def _run(self, action: Callable[[], T], *, success: str | None = None) -> T | None:
        """Run one service call; show its refusal as a sentence; never raise."""
        try:
            result = action()
        except BruktError as error:
            self._refused(error)
            return None
        self.cart_changed.emit()
        if success:  # after the change: the screen clears its message line for a changed cart
            self.message.emit(success, "info")
        return result

    def _write(
        self,
        work: CartWork,
        *,
        reason: str | None = None,
        leader: Operator | None = None,
        then: Callable[[Any], object] | None = None,
    ) -> None:
        """Run a cart change that writes, on the writer, on a copy of the cart.

        The copy becomes the cart when the answer comes, failed or not: the
        service undoes what it could not journal, so the copy always matches
        what was stored. With ``reason``, a refusal for want of a leader asks
        for one (``approver``) and tries again with them.
        """
        if self._later(lambda: self._write(work, reason=reason, leader=leader, then=then)):
            return
        draft = copy.deepcopy(self.cart)

        def done(result: Any) -> None:
            self.cart = draft
            self.cart_changed.emit()
            if then is not None:
                then(result)

        def failed(error: BaseException) -> None:
            self.cart = draft
            self.cart_changed.emit()
            if isinstance(error, PermissionDenied) and reason is not None and leader is None:
                approving = self.approver(Action(error.action), reason)
                if approving is None:
                    self.message.emit(self.tr("Nothing was changed."), "info")
                    return
                self._write(work, reason=reason, leader=approving, then=then)
                return
            self._refused(error)

        self._submit(lambda: work(draft, leader), done, failed)

    @property
    def _op(self) -> Operator:
        assert self.operator is not None, "nobody is logged in"
        return self.operator

    # --- building the cart ---------------------------------------------------

    def scan(self, text: str) -> bool:
        """A scanned or typed code; True if a line was added."""
        text = text.strip()
        if not text:
            return False
        if self._later(lambda: self.scan(text)):
            return True  # it will be added, in its turn, once the save is done
        if looks_like_voucher(normalize_scan(text)):  # a mistyped one too: it gets the voucher's answer
            self._voucher_scanned(normalize_scan(text))
            return False
        line = self._run(lambda: self.checkout.scan(self.cart, text))
        self._note_stock(line)
        return line is not None

    def _voucher_scanned(self, code: str) -> None:
        if self.cart.is_empty:
            found = self.voucher(code)
            if found is not None:
                self.message.emit(
                    fill(
                        self.tr("This voucher has %1 left. Scan the items first, then the voucher to pay."),
                        format_money(found.balance),
                    ),
                    "info",
                )
            return
        self.voucher_scanned.emit(code)

    def add_product(self, product_id: int) -> None:
        if self._later(lambda: self.add_product(product_id)):
            return
        self._note_stock(self._run(lambda: self.checkout.add_product(self.cart, product_id)))

    def _note_stock(self, line: CartLine | None) -> None:
        """A product whose count is already 0 or below: sell it, but say so calmly."""
        if line is None or line.product_id is None:
            return
        count = self.stock.get(line.product_id)
        if count is not None and count <= 0:
            self.message.emit(
                fill(
                    self.tr("%1: the stock count shows %2. The sale goes ahead; tell a shop leader."),
                    line.description,
                    f"−{-count}" if count < 0 else "0",
                ),
                "info",
            )

    def refresh_stock(self) -> None:
        """Read the stock counts again (one small query) and tell the buttons."""
        self.stock = product_stock(self.checkout.db)
        self.stock_changed.emit()

    def add_open(self, category_id: int, price: int) -> None:
        if self._later(lambda: self.add_open(category_id, price)):
            return
        self._run(lambda: self.checkout.add_open(self.cart, category_id, price))

    def set_quantity(self, line_id: int, quantity: int) -> None:
        operator = self._op
        line = next((line for line in self.cart.lines if line.line_id == line_id), None)
        if line is not None and quantity > line.quantity and line.given_discount:
            # More discount: beyond the shop's limit, a leader and a reason.
            self._change_price(
                lambda cart, leader, reason: self.checkout.set_quantity(
                    cart, line_id, quantity, operator=operator, approver=leader, reason=reason
                ),
                self.tr("A discount beyond the shop’s limit"),
            )
            return
        self._write(
            lambda cart, leader: self.checkout.set_quantity(
                cart, line_id, quantity, operator=operator, approver=leader
            ),
            reason=self.tr("Lowering a quantity after payment has started"),
        )

    def discount_percent(self, line_id: int, percent: int) -> None:
        operator = self._op
        self._change_price(
            lambda cart, leader, reason: self.checkout.set_discount_percent(
                cart, line_id, percent, operator=operator, approver=leader, reason=reason
            ),
            self.tr("A discount beyond the shop’s limit"),
        )

    def discount_amount(self, line_id: int, amount: int) -> None:
        operator = self._op
        self._change_price(
            lambda cart, leader, reason: self.checkout.set_discount_amount(
                cart, line_id, amount, operator=operator, approver=leader, reason=reason
            ),
            self.tr("A discount beyond the shop’s limit"),
        )

    def override_price(self, line_id: int, price: int) -> None:
        operator = self._op
        self._change_price(
            lambda cart, leader, reason: self.checkout.override_price(
                cart, line_id, price, operator=operator, approver=leader, reason=reason
            ),
            self.tr("A new price beyond the shop’s limit"),
        )

    def _change_price(self, work: PriceWork, what: str) -> None:
        """A discount or new price, on the writer (it is journalled).

        Within the shop's limit it is simply given. Beyond it the service says
        what it needs, and only then is it asked for (``price_approver``): a
        leader's PIN and a reason, or a reason alone from a leader at the till.
        Then it is tried once more with them.
        """
        operator = self._op

        def attempt(leader: Operator | None, reason: str, asked: bool) -> None:
            if self._later(lambda: attempt(leader, reason, asked)):
                return
            draft = copy.deepcopy(self.cart)

            def done(_line: Any) -> None:
                self.cart = draft
                self.cart_changed.emit()

            def failed(error: BaseException) -> None:
                self.cart = draft
                self.cart_changed.emit()
                if isinstance(error, (ApprovalNeeded, ReasonNeeded)) and not asked:
                    answer = self.price_approver(
                        Action(error.action), what, isinstance(error, ApprovalNeeded), operator
                    )
                    if answer is None:
                        self.message.emit(self.tr("Nothing was changed."), "info")
                        return
                    attempt(answer[0], answer[1], True)
                    return
                self._refused(error)

            self._submit(lambda: work(draft, leader, reason), done, failed)

        attempt(None, "", False)

    def remove_line(self, line_id: int) -> None:
        operator = self._op
        self._write(
            lambda cart, leader: self.checkout.remove_line(cart, line_id, operator=operator, approver=leader),
            reason=self.tr("Removing a line after payment has started"),
        )

    def clear_cart(self) -> None:
        """Remove every line (each journalled as a line void); stops at the first refusal."""
        operator = self._op

        def remove_all(cart: Cart, leader: Operator | None) -> None:
            for line in list(cart.lines):
                self.checkout.remove_line(cart, line.line_id, operator=operator, approver=leader)

        self._write(remove_all, reason=self.tr("Removing a line after payment has started"))

    # --- payment -------------------------------------------------------------

    def pay(
        self, method: PaymentMethod, amount: int | None = None, *, tendered: int | None = None
    ) -> Payment | None:
        if self.busy:
            return None  # the payment dialog holds its buttons while a save is under way
        return self._run(lambda: self.checkout.pay(self.cart, method, amount, tendered=tendered))

    def vipps_number(self) -> str:
        """The shop's Vipps number, as its administrator set it ("" when none is)."""
        try:
            return str(SettingsService(self.checkout.db).get("vipps_number") or "")
        except BruktError as error:
            log.warning("the Vipps number could not be read: %s", error)
            return ""

    def voucher(self, code: str) -> VoucherBalance | None:
        """A voucher's balance, or None (with the reason shown) when it cannot pay."""
        try:
            return self.checkout.voucher(code)
        except BruktError as error:
            self.message.emit(describe(error), "error")
            return None

    def pay_voucher(self, code: str, amount: int | None = None) -> Payment | None:
        if self.busy:
            return None
        return self._run(lambda: self.checkout.pay_with_voucher(self.cart, code, amount))

    def undo_payment(self) -> None:
        """Take back the cart's last payment.

        One taken on this screen is simply undone (nothing of it is stored yet).
        One that came back with a parked sale is in the journal with it: it is
        handed back through the service (journalled, on the writer), and the
        till says what to give back.
        """
        if self.busy or not self.cart.payments:
            return
        if len(self.cart.payments) > self.payments_from_park:
            self._run(self.cart.remove_last_payment)
            return
        operator = self._op

        def given_back(payment: Payment) -> None:
            self.payments_from_park = min(self.payments_from_park, len(self.cart.payments))
            amount = format_money(payment.amount)
            if payment.method is PaymentMethod.CASH:
                text = self.tr(
                    "The cash payment of %1 is undone. Give %1 back to the customer from the drawer."
                )
                self.cash_given_back.emit(payment.amount)
            elif payment.method is PaymentMethod.VOUCHER:
                text = self.tr("The voucher payment of %1 is undone. The voucher keeps what was on it.")
            else:
                text = self.tr(
                    "The payment of %1 is undone. Give it back to the customer as a refund on the terminal."
                )
            self.message.emit(fill(text, amount), "info")

        self._write(
            lambda cart, _leader: self.checkout.give_back_payment(cart, operator=operator), then=given_back
        )

    def complete(self) -> None:
        """Save the paid cart as a sale, on the writer.

        ``sale_completed`` follows when it is saved (and a new, empty cart is
        started), or ``sale_not_saved`` with the reason: then the cart and its
        payments stay exactly as they were, to try again.
        """
        if self._later(self.complete):
            return
        draft = copy.deepcopy(self.cart)  # the writer reads its own copy
        operator, training = self._op, self.training

        def saved(sale: CompletedSale) -> None:
            self.cart = self.checkout.new_cart()
            self.payments_from_park = 0
            self.cart_changed.emit()
            self.sale_completed.emit(sale)
            if not sale.training:  # practice sales take no stock
                self.refresh_stock()

        def not_saved(error: BaseException) -> None:
            if isinstance(error, StoreUnavailable):
                log.error("sale not saved: %s (%s)", error.problem, error.detail)
            else:
                self._refused(error)
            self.sale_not_saved.emit(error)

        self._submit(
            lambda: self.checkout.complete(draft, operator=operator, training=training), saved, not_saved
        )

    def receipt_printed(self, sale_id: int, copy: bool) -> None:
        """Journal that a sale's receipt printed (a copy was journalled before it printed)."""
        if copy:
            return
        operator = self.operator
        self.writer.submit(
            lambda: self.receipts.printed(sale_id, operator=operator), lambda _after: None, self._refused
        )

    def receipt_failed(self, sale_id: int, copy: bool, reason: str) -> None:
        """Journal that a sale's receipt did not print, and why (a failed copy is only logged)."""
        if copy:
            return
        operator = self.operator
        self.writer.submit(
            lambda: self.receipts.failed(sale_id, reason, operator=operator),
            lambda _none: None,
            self._refused,
        )

    def drawer_opened(self, sale_id: int) -> None:
        """Journal that the drawer kick for a sale was sent (0: no sale, journalled where it was asked)."""
        if sale_id <= 0:
            return
        operator = self.operator
        self.writer.submit(
            lambda: self.receipts.drawer_opened(sale_id, operator=operator), lambda _none: None, self._refused
        )

    # --- parking -------------------------------------------------------------

    def park(self) -> None:
        """Park the cart (on the writer); the screen then shows a new, empty cart."""
        if self._later(self.park):
            return
        operator = self._op

        def parked(_parked_id: int) -> None:
            self.parked_count += 1
            self.cart = self.checkout.new_cart()
            self.payments_from_park = 0
            self.cart_changed.emit()
            self.message.emit(self.tr("The sale is parked. Resume it under Parked sales."), "info")

        self._write(lambda cart, _leader: self.checkout.park(cart, operator=operator), then=parked)

    def park_for_lock(self, operator: Operator, then: Callable[[bool], None]) -> None:
        """Park the cart under ``operator`` as the till locks, with any payments taken (on the writer).

        Runs after a write under way (a sale being saved: if it is saved, there
        is nothing left to park). ``then(True)`` once parked, with a new, empty
        cart on the screen; ``then(False)`` if it could not be stored: the cart
        stays on the screen as it was, payments and all.
        """
        if self._later(lambda: self.park_for_lock(operator, then)):
            return
        if self.cart.is_empty:
            return
        draft = copy.deepcopy(self.cart)

        def parked(_parked_id: int) -> None:
            self.parked_count += 1
            self.cart = self.checkout.new_cart()
            self.payments_from_park = 0
            self.cart_changed.emit()
            then(True)

        def not_parked(error: BaseException) -> None:
            log.error("the sale on the screen was not parked as the till locked: %s", error)
            then(False)

        self._submit(
            lambda: self.checkout.park(draft, operator=operator, label=operator.name, keep_payments=True),
            parked,
            not_parked,
        )

    def parked_sales(self) -> list[ParkedInfo]:
        return self.checkout.parked_sales()

    def resume(self, parked_id: int) -> None:
        """Take a parked sale back onto the screen (on the writer)."""
        if self._later(lambda: self.resume(parked_id)):
            return
        if not self.cart.is_empty:
            self.message.emit(
                self.tr("Finish or park the sale on the screen first, then resume the parked one."), "error"
            )
            return
        operator = self._op

        def resumed(cart: Cart) -> None:
            self.parked_count = len(self.checkout.parked_sales())
            self.cart = cart
            self.payments_from_park = len(cart.payments)
            self.cart_changed.emit()

        self._write(lambda _cart, _leader: self.checkout.resume(parked_id, operator=operator), then=resumed)
