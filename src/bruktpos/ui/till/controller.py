"""What the till screen does, apart from how it looks.

The controller holds the cart being built and calls the checkout service for
every change. It decides nothing itself: every rule is in the service and the
domain. It turns their typed errors into friendly sentences (signal
``message``) and asks the view for a leader's PIN when the service says a
leader is needed (``approver`` callback), then tries again with the leader.

It also keeps the stock counts of the café and new-goods products that have
one (``stock``), read again after each sale here and when the till is shown
(``refresh_stock``), so the buttons show them without a query per paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from bruktpos.domain.cart import Cart, CartLine, Payment, PaymentMethod
from bruktpos.domain.codes import is_voucher_code, normalize_scan
from bruktpos.domain.errors import BruktError, DayLeftOpen, DayNotOpen, PermissionDenied
from bruktpos.domain.money import format_money
from bruktpos.domain.roles import Action
from bruktpos.services.checkout import CheckoutService, CompletedSale, ParkedInfo
from bruktpos.services.shop import product_stock
from bruktpos.services.users import Operator
from bruktpos.services.vouchers import VoucherBalance
from bruktpos.ui.messages import describe, fill

# Asks a leader to approve an action: (action, reason) → the leader, or None.
Approver = Callable[[Action, str], Operator | None]


class TillController(QObject):
    cart_changed = Signal()
    message = Signal(str, str)  # text, level: "info" | "error"
    sale_completed = Signal(object)  # CompletedSale
    voucher_scanned = Signal(str)  # a voucher's code scanned while the cart has lines: pay with it
    day_needed = Signal()  # a sale was refused: no open day, or one left open
    stock_changed = Signal()  # ``stock`` was read again

    def __init__(self, checkout: CheckoutService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checkout = checkout
        self.cart: Cart = checkout.new_cart()
        self.operator: Operator | None = None
        self.training = False
        self.approver: Approver = lambda action, reason: None
        self.parked_count = len(checkout.parked_sales())
        # Product id → stock count, for products that keep one (see refresh_stock).
        self.stock: dict[int, int] = {}

    # --- helpers -------------------------------------------------------------

    def _run(self, action: Callable[[], Any], *, success: str | None = None) -> Any:
        """Run one service call; show its refusal as a sentence; never raise."""
        try:
            result = action()
        except BruktError as error:
            self.message.emit(describe(error), "error")
            if isinstance(error, (DayNotOpen, DayLeftOpen)):
                self.day_needed.emit()
            return None
        if success:
            self.message.emit(success, "info")
        self.cart_changed.emit()
        return result

    def _with_leader(self, reason: str, call: Callable[[Operator | None], Any]) -> Any:
        """Try as the person at the till; if a leader is needed, ask for one and retry."""
        try:
            result = call(None)
        except PermissionDenied as denied:
            leader = self.approver(Action(denied.action), reason)
            if leader is None:
                self.message.emit(self.tr("Nothing was changed."), "info")
                return None
            return self._run(lambda: call(leader))
        except BruktError as error:
            self.message.emit(describe(error), "error")
            return None
        self.cart_changed.emit()
        return result

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
        if is_voucher_code(normalize_scan(text)):
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
        self._run(lambda: self.checkout.add_open(self.cart, category_id, price))

    def set_quantity(self, line_id: int, quantity: int) -> None:
        self._with_leader(
            self.tr("Lowering a quantity after payment has started"),
            lambda leader: self.checkout.set_quantity(
                self.cart, line_id, quantity, operator=self._op, approver=leader
            ),
        )

    def discount_percent(self, line_id: int, percent: int) -> None:
        self._run(lambda: self.checkout.set_discount_percent(self.cart, line_id, percent))

    def discount_amount(self, line_id: int, amount: int) -> None:
        self._run(lambda: self.checkout.set_discount_amount(self.cart, line_id, amount))

    def override_price(self, line_id: int, price: int) -> None:
        self._with_leader(
            self.tr("Changing a price"),
            lambda leader: self.checkout.override_price(
                self.cart, line_id, price, operator=self._op, approver=leader
            ),
        )

    def remove_line(self, line_id: int) -> None:
        self._with_leader(
            self.tr("Removing a line after payment has started"),
            lambda leader: self.checkout.remove_line(self.cart, line_id, operator=self._op, approver=leader),
        )

    def clear_cart(self) -> None:
        """Remove every line (each journalled as a line void)."""
        for line in list(self.cart.lines):
            self.remove_line(line.line_id)
            if any(existing.line_id == line.line_id for existing in self.cart.lines):
                return  # refused or cancelled: stop

    # --- payment -------------------------------------------------------------

    def pay(
        self, method: PaymentMethod, amount: int | None = None, *, tendered: int | None = None
    ) -> Payment | None:
        return self._run(lambda: self.checkout.pay(self.cart, method, amount, tendered=tendered))

    def voucher(self, code: str) -> VoucherBalance | None:
        """A voucher's balance, or None (with the reason shown) when it cannot pay."""
        try:
            return self.checkout.voucher(code)
        except BruktError as error:
            self.message.emit(describe(error), "error")
            return None

    def pay_voucher(self, code: str, amount: int | None = None) -> Payment | None:
        return self._run(lambda: self.checkout.pay_with_voucher(self.cart, code, amount))

    def undo_payment(self) -> None:
        self._run(self.cart.remove_last_payment)

    def complete(self) -> CompletedSale | None:
        """Commit the paid cart; on success a new, empty cart is started."""
        sale = self._run(lambda: self.checkout.complete(self.cart, operator=self._op, training=self.training))
        if sale is not None:
            self.cart = self.checkout.new_cart()
            self.cart_changed.emit()
            self.sale_completed.emit(sale)
            if not sale.training:  # practice sales take no stock
                self.refresh_stock()
        return sale

    # --- parking -------------------------------------------------------------

    def park(self) -> bool:
        parked = self._run(
            lambda: self.checkout.park(self.cart, operator=self._op),
            success=self.tr("The sale is parked. Resume it under Parked sales."),
        )
        if parked is None:
            return False
        self.parked_count += 1
        self.cart = self.checkout.new_cart()
        self.cart_changed.emit()
        return True

    def parked_sales(self) -> list[ParkedInfo]:
        return self.checkout.parked_sales()

    def resume(self, parked_id: int) -> bool:
        if not self.cart.is_empty:
            self.message.emit(
                self.tr("Finish or park the sale on the screen first, then resume the parked one."), "error"
            )
            return False
        cart = self._run(lambda: self.checkout.resume(parked_id, operator=self._op))
        if cart is None:
            return False
        self.parked_count = len(self.checkout.parked_sales())
        self.cart = cart
        self.cart_changed.emit()
        return True
