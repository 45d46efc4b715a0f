"""Taking payment: cash with change, card and Vipps with one tap, split tender.

The dialog only collects what the person at the till says happened; the cart
(through the controller) decides rounding, change and what is left. When
the cart is paid, the sale is saved at once, on the till's writer: the
dialog shows "Saving …" and holds every button meanwhile. Once saved, the
change is shown very large; then one big "Print receipt" ends the sale: every sale
has a receipt (kassasystemforskrifta § 2-6 (4)), there is no way to end one without.
If it could not be saved, the dialog says so plainly — the sale is NOT
saved, why, and what to do about a payment already taken — and offers
"Try again"; the cart and its payments stay as they were.

Only a tap approves: the buttons that take a payment never take the keyboard
focus and are never the dialog's default, and a scanner's burst (a code
scanned by mistake while paying) is undone and answered, never acted on
(:class:`~bruktpos.ui.till.scanner.ScanGuard`). A voucher scanned on any page
is looked up on the voucher page.

The till builds one dialog, at idle a part per turn of the event loop once
the till screen shows, and uses it for every sale (:meth:`PaymentDialog.start`
makes it ready for the next one): built on the tap of Pay it held that tap
for a tenth of a second and more (issue 18).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import NOTES
from bruktpos.domain.codes import looks_like_voucher, normalize_scan
from bruktpos.domain.formatting import format_date, format_money
from bruktpos.services.checkout import CompletedSale
from bruktpos.ui.message_text import fill
from bruktpos.ui.store_messages import describe_unsaved_sale
from bruktpos.ui.till.controller import TillController
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.till.scanner import Restore, ScanGuard
from bruktpos.ui.till.sizes import fit_dialog, keep_wrapped_whole, set_size
from bruktpos.ui.widgets.keypad import MoneyInput


def tap_only(button: QPushButton) -> None:
    """A button that approves money: a tap or click only, never Enter or Space (a scanner sends those)."""
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def method_name(method: PaymentMethod) -> str:
    """The payment method's name as the till says it on a button or at the start of a line."""
    names = {
        PaymentMethod.CASH: QCoreApplication.translate("PaymentDialog", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("PaymentDialog", "Card"),
        PaymentMethod.VIPPS: QCoreApplication.translate("PaymentDialog", "Vipps"),
        PaymentMethod.VOUCHER: QCoreApplication.translate("PaymentDialog", "Voucher"),
    }
    return names[method]


def method_in_text(method: PaymentMethod) -> str:
    """The payment method's name inside a sentence ("paid by cash", "betalt med kontant")."""
    names = {
        PaymentMethod.CASH: QCoreApplication.translate("PaymentDialog", "cash", "in a sentence"),
        PaymentMethod.CARD: QCoreApplication.translate("PaymentDialog", "card", "in a sentence"),
        PaymentMethod.VIPPS: QCoreApplication.translate("PaymentDialog", "Vipps", "in a sentence"),
        PaymentMethod.VOUCHER: QCoreApplication.translate("PaymentDialog", "voucher", "in a sentence"),
    }
    return names[method]


class PaymentDialog(QDialog):
    CASH_PAGE, TERMINAL_PAGE, DONE_PAGE, VOUCHER_PAGE, SAVE_PAGE = range(5)

    def __init__(
        self,
        controller: TillController,
        parent: QWidget | None = None,
        *,
        voucher_code: str | None = None,
        start: bool = True,
    ) -> None:
        """Build the dialog and make it ready for the controller's cart (``start=False``: build only).

        Built once, it is used for every sale: :meth:`start` makes it ready for
        the next one. With ``start=False`` nothing is built yet either: each
        :meth:`build_step` builds a part (the till builds it at idle, a part per
        turn of the event loop, so no tap waits on it), and :meth:`start`
        builds what is left.
        """
        super().__init__(parent)
        self.setObjectName("payment")
        self.setWindowTitle(self.tr("Payment"))
        self.setModal(True)
        self.controller = controller
        self.completed: CompletedSale | None = None
        self._terminal_method = PaymentMethod.CARD
        self.saving = False  # the sale is being saved: every button waits
        self.unsaved = False  # the save failed: "Try again" or undo a payment
        self._change = 0
        self._closing = False  # the till locked while the sale was being saved
        self._voucher_balances: dict[str, int] = {}  # code → balance before this cart, as looked up
        self._left_after: dict[str, int] = {}
        self._voucher: str | None = None  # the voucher looked up, to pay with
        self._listening = False  # connected to the controller (while open)
        self._fitted_to: QSize | None = None  # the window size the dialog was last fitted to
        self._building: Iterator[None] | None = self._build()
        if start:
            self.start(voucher_code)

    def _build(self) -> Iterator[None]:
        """The dialog's parts, one per step (see :meth:`build_step`)."""
        layout = QHBoxLayout(self)
        layout.setSpacing(20)
        layout.addLayout(self._build_summary(), 4)
        right = QVBoxLayout()
        right.addLayout(self._build_methods())
        self.pages = QStackedWidget(self)
        yield
        self.pages.addWidget(self._build_cash_page())
        yield
        self.pages.addWidget(self._build_terminal_page())
        yield
        self.pages.addWidget(self._build_done_page())
        self.pages.addWidget(self._build_voucher_page())
        yield
        self.pages.addWidget(self._build_save_page())
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            page_layout = page.layout() if page is not None else None
            if page_layout is not None:
                page_layout.setContentsMargins(0, 8, 0, 0)  # room for the keypad at 700 px
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 6)

        for button in (self.exact_button, self.approved_button, self.voucher_pay_button):
            tap_only(button)
        self.scan_guard = ScanGuard(self, self._fields, self._scan_field)
        self.scan_guard.stop()  # it looks at keys while the dialog is open (start() to done())
        self.scan_guard.scanned.connect(self._scanned)
        for keys, slot in (
            ("F1", lambda: self.choose(PaymentMethod.CASH)),
            ("F2", lambda: self.choose(PaymentMethod.CARD)),
            ("F3", lambda: self.choose(PaymentMethod.VIPPS)),
            ("F4", lambda: self.choose(PaymentMethod.VOUCHER)),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        # Over most of the till's window: at 1024×768 all of it, on a big screen bigger type.
        keep_wrapped_whole(self)
        yield
        self._fit()

    def build_step(self) -> bool:
        """Build the next part of the dialog; False once it is all built."""
        if self._building is None:
            return False
        if next(self._building, StopIteration) is StopIteration:
            self._building = None
            return False
        return True

    def _fit(self) -> None:
        """Sized for the window it opens over (again only when that window's size has changed)."""
        parent = self.parentWidget()
        room = parent.window().size() if parent is not None else QSize()
        if room != self._fitted_to:
            fit_dialog(self, QSize(980, 680), parent)
            self._fitted_to = room

    def start(self, voucher_code: str | None = None) -> None:
        """Ready for the controller's cart as it is now: the next sale's payment (before ``exec()``)."""
        while self.build_step():
            pass
        self.completed = None
        self.saving = self.unsaved = self._closing = False
        self._change = 0
        self._voucher_balances, self._left_after = {}, {}
        self._voucher = None
        self.voucher_field.clear()
        self.voucher_balance_label.clear()
        self.voucher_input.clear()
        self.voucher_pay_button.setEnabled(False)
        for button in self.method_buttons.values():
            button.setEnabled(True)
        self._show_message("", "info")
        if not self._listening:
            self._listening = True
            self.controller.message.connect(self._show_message)
            self.controller.sale_completed.connect(self._saved)
            self.controller.sale_not_saved.connect(self._not_saved)
            self.controller.cart_changed.connect(self._cart_changed)  # a payment handed back is saved first
        self.scan_guard.start()
        self.choose(PaymentMethod.CASH)
        if voucher_code:
            self.choose(PaymentMethod.VOUCHER)
            self.voucher_field.setText(voucher_code)
            self._check_voucher()
        self._refresh()
        self._fit()
        if self.controller.cart.payments and self.controller.cart.is_paid:
            self._save()  # a resumed sale, paid in full before it was parked: only the saving is left

    # --- layout --------------------------------------------------------------

    def _big(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    def _build_summary(self) -> QVBoxLayout:
        box = QVBoxLayout()
        grid = QGridLayout()
        self.due_label = self._big("pay_due")
        self.paid_label = self._big("pay_paid")
        self.remaining_label = self._big("pay_remaining")
        self.rounding_label = self._big("pay_rounding")
        self.rounding_caption = QLabel(self.tr("Cash rounding"), self)
        for row, (caption, label) in enumerate(
            (
                (QLabel(self.tr("To pay"), self), self.due_label),
                (self.rounding_caption, self.rounding_label),
                (QLabel(self.tr("Paid"), self), self.paid_label),
                (QLabel(self.tr("Left to pay"), self), self.remaining_label),
            )
        ):
            grid.addWidget(caption, row, 0)
            grid.addWidget(label, row, 1)
        box.addLayout(grid)
        self.payments_label = QLabel(self)
        self.payments_label.setObjectName("payments")
        self.payments_label.setWordWrap(True)
        box.addWidget(self.payments_label)
        box.addStretch(1)
        self.message = MessageLine(self, lines=4)  # a narrow column: room for four lines, kept
        box.addWidget(self.message)
        self.undo_button = QPushButton(self.tr("Undo last payment"), self)
        self.undo_button.clicked.connect(self._undo)
        box.addWidget(self.undo_button)
        self.back_button = QPushButton(self.tr("Back to the sale"), self)
        self.back_button.clicked.connect(self.reject)
        box.addWidget(self.back_button)
        for button in (self.undo_button, self.back_button):
            set_size(button, "row")
        return box

    def _build_methods(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.method_buttons: dict[PaymentMethod, QPushButton] = {}
        for method, key in (
            (PaymentMethod.CASH, "F1"),
            (PaymentMethod.CARD, "F2"),
            (PaymentMethod.VIPPS, "F3"),
            (PaymentMethod.VOUCHER, "F4"),
        ):
            # The key on a line of its own: four methods side by side fit a 1024-pixel screen.
            button = QPushButton(f"{method_name(method)}\n{key}", self)
            button.setObjectName(f"method_{method.value}")
            button.setCheckable(True)
            set_size(button, "tall")
            button.clicked.connect(lambda _=False, m=method: self.choose(m))
            row.addWidget(button)
            self.method_buttons[method] = button
        return row

    def _build_cash_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        ask = QLabel(self.tr("What did the customer give you? Tap a note or type the amount."), page)
        ask.setWordWrap(True)
        box.addWidget(ask)
        self.exact_button = QPushButton(page)
        self.exact_button.setObjectName("exact_cash")
        set_size(self.exact_button, "row")
        self.exact_button.clicked.connect(lambda: self._pay_cash(self.controller.cart.cash_due()))
        box.addWidget(self.exact_button)
        self.cash_input = MoneyInput(page, quick_amounts=list(NOTES), ok_text=self.tr("Take cash"))
        self.cash_input.accepted.connect(self._pay_cash)
        self.cash_input.quick_amount_chosen.connect(self._pay_cash)
        box.addWidget(self.cash_input, 1)
        return page

    def _build_terminal_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.terminal_text = QLabel(page)
        self.terminal_text.setWordWrap(True)
        self.terminal_text.setObjectName("terminal_text")
        box.addWidget(self.terminal_text)
        self.terminal_input = MoneyInput(page, show_ok=False)
        box.addWidget(self.terminal_input, 1)
        self.approved_button = QPushButton(page)
        self.approved_button.setObjectName("pay")
        set_size(self.approved_button, "pay")
        self.approved_button.clicked.connect(self._pay_terminal)
        box.addWidget(self.approved_button)
        return page

    def _build_voucher_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Scan the voucher, or type the number under its barcode."), page))
        row = QHBoxLayout()
        self.voucher_field = QLineEdit(page)
        self.voucher_field.setObjectName("voucher_code")
        self.voucher_field.setPlaceholderText(self.tr("Voucher number"))
        self.voucher_field.returnPressed.connect(self._check_voucher)
        row.addWidget(self.voucher_field, 1)
        self.voucher_check_button = QPushButton(self.tr("Look up"), page)
        self.voucher_check_button.clicked.connect(self._check_voucher)
        row.addWidget(self.voucher_check_button)
        box.addLayout(row)
        self.voucher_balance_label = QLabel(page)
        self.voucher_balance_label.setObjectName("voucher_balance")
        self.voucher_balance_label.setWordWrap(True)
        box.addWidget(self.voucher_balance_label)
        self.voucher_input = MoneyInput(page, show_ok=False)
        box.addWidget(self.voucher_input, 1)
        self.voucher_pay_button = QPushButton(self.tr("Pay with the voucher"), page)
        self.voucher_pay_button.setObjectName("pay")
        set_size(self.voucher_pay_button, "pay")
        self.voucher_pay_button.setEnabled(False)
        self.voucher_pay_button.clicked.connect(self._pay_voucher)
        box.addWidget(self.voucher_pay_button)
        return page

    def _check_voucher(self) -> None:
        """Look the typed or scanned voucher up; show its balance and offer what it can pay."""
        self._voucher = None
        self.voucher_pay_button.setEnabled(False)
        self.voucher_balance_label.clear()
        found = self.controller.voucher(self.voucher_field.text())
        if found is None:
            return
        cart = self.controller.cart
        available = found.balance - cart.voucher_used(found.code)
        self._voucher = found.code
        self.voucher_balance_label.setText(
            self.tr("Left on the voucher: %1. Valid until %2.")
            .replace("%1", format_money(available))
            .replace("%2", format_date(found.expires_at))
        )
        self._voucher_balances[found.code] = found.balance
        self.voucher_input.set_amount(max(0, min(available, cart.remaining)))
        self.voucher_pay_button.setEnabled(available > 0)
        self._show_message("", "info")
        self.voucher_input.setFocus()  # the amount can be changed; only a tap pays

    def _pay_voucher(self) -> None:
        amount = self.voucher_input.amount()
        if self._voucher is None or amount is None:
            self._show_message(self.tr("Scan the voucher first, then tap Pay."), "error")
            return
        if self.controller.pay_voucher(self._voucher, amount) is not None:
            self._voucher = None
            self.voucher_field.clear()
            self.voucher_balance_label.clear()
            self.voucher_pay_button.setEnabled(False)
            self._after_payment()

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.change_caption = QLabel(self.tr("Change"), page)
        self.change_caption.setObjectName("change_caption")
        self.change_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.change_caption)
        self.change_label = QLabel(page)
        self.change_label.setObjectName("change")
        self.change_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.change_label)
        self.done_text = QLabel(page)
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setWordWrap(True)
        box.addWidget(self.done_text)
        box.addStretch(1)
        row = QHBoxLayout()
        self.receipt_button = QPushButton(self.tr("Print receipt"), page)
        self.receipt_button.setObjectName("primary")
        set_size(self.receipt_button, "huge")  # the one way on: big, for any finger
        self.receipt_button.clicked.connect(self._finish)
        row.addWidget(self.receipt_button)
        box.addLayout(row)
        return page

    def _build_save_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.save_title = QLabel(page)
        self.save_title.setObjectName("save_title")
        self.save_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_title.setWordWrap(True)
        box.addWidget(self.save_title)
        self.save_text = QLabel(page)
        self.save_text.setObjectName("message")
        self.save_text.setWordWrap(True)
        self.save_text.setProperty("level", "error")
        box.addWidget(self.save_text)
        box.addStretch(1)
        self.retry_button = QPushButton(self.tr("Try again"), page)
        self.retry_button.setObjectName("primary")
        set_size(self.retry_button, "pay")
        self.retry_button.clicked.connect(self._save)
        box.addWidget(self.retry_button)
        return page

    # --- behaviour -----------------------------------------------------------

    def choose(self, method: PaymentMethod) -> None:
        if self.completed is not None or self.saving or self.unsaved:
            return
        for m, button in self.method_buttons.items():
            button.setChecked(m is method)
        if method is PaymentMethod.CASH:
            self.cash_input.clear()
            self.pages.setCurrentIndex(self.CASH_PAGE)
            self.cash_input.setFocus()
        elif method is PaymentMethod.VOUCHER:
            self.pages.setCurrentIndex(self.VOUCHER_PAGE)
            self.voucher_field.setFocus()
        else:
            self._terminal_method = method
            remaining = self.controller.cart.remaining
            self.terminal_input.set_amount(remaining)
            if method is PaymentMethod.CARD:
                self.terminal_text.setText(
                    self.tr(
                        "Key the amount into the card terminal. When it says APPROVED, tap the button. "
                        "To split, change the amount first."
                    )
                )
                self.approved_button.setText(self.tr("Card payment approved"))
            else:
                self.terminal_text.setText(self._vipps_text())
                self.approved_button.setText(self.tr("Vipps payment received"))
            self.pages.setCurrentIndex(self.TERMINAL_PAGE)
            self.terminal_input.setFocus()  # the amount can be changed; only a tap approves

    def _vipps_text(self) -> str:
        """What to do for a Vipps payment, with the shop's Vipps number (or where it is set up)."""
        number = self.controller.vipps_number()
        if number:
            return fill(
                self.tr(
                    "The customer pays to the shop’s Vipps number %1. When the customer’s phone shows "
                    "the payment as done, tap the button. To split, change the amount first."
                ),
                number,
            )
        return self.tr(
            "The customer pays to the shop’s Vipps number. When the customer’s phone shows the payment "
            "as done, tap the button. To split, change the amount first. (An administrator can put the "
            "number in under Menu → The shop.)"
        )

    def _pay_cash(self, tendered: int) -> None:
        if self.controller.pay(PaymentMethod.CASH, tendered=tendered) is not None:
            self._after_payment()

    def _pay_terminal(self) -> None:
        amount = self.terminal_input.amount()
        if amount is None:
            self._show_message(self.tr("Type the amount that was paid on the terminal."), "error")
            return
        if self.controller.pay(self._terminal_method, amount) is not None:
            self._after_payment()

    def _after_payment(self) -> None:
        self._show_message("", "info")
        self._refresh()
        if self.controller.cart.is_paid:
            self._save()
            return
        self.choose(PaymentMethod.CASH)
        self._refresh()

    def _save(self) -> None:
        """Save the paid sale on the till's writer; "Saving …" until the answer comes."""
        if self.saving or self.completed is not None:
            return  # one save at a time: a second tap does nothing
        self.saving, self.unsaved = True, False
        self._change = self.controller.cart.change
        self._left_after = self._vouchers_left()  # the till starts a new cart once saved
        self._show_message("", "info")
        self.save_title.setText(self.tr("Saving …"))
        self.save_text.clear()
        self.save_text.setVisible(False)
        self.retry_button.setVisible(False)
        self.pages.setCurrentIndex(self.SAVE_PAGE)
        self._hold_buttons()
        self.controller.drawer_check(self._drawer_answered)  # then the sale is saved, or not

    def _drawer_answered(self, is_open: bool) -> None:
        """The printer said whether the cash drawer is open: a sale is not saved while it is.

        Kassasystemforskrifta § 2-6 (5). The cart keeps its payments; once the
        drawer is shut, "Try again" asks again. A till locking meanwhile saves
        nothing: the lock parks the sale with its payments.
        """
        if not self.saving:
            return
        if self._closing:
            self.saving = False
            self.done(QDialog.DialogCode.Rejected)
            return
        if not is_open:
            self.controller.complete()
            return
        self.saving, self.unsaved = False, True
        self.save_title.setText(self.tr("The cash drawer is open."))
        self.save_text.setText(self.tr("Close it, then you can go on. The payment is kept."))
        self.save_text.setVisible(True)
        self.retry_button.setVisible(True)
        self.retry_button.setEnabled(True)

    def _hold_buttons(self) -> None:
        for button in self.method_buttons.values():
            button.setEnabled(False)
        self.undo_button.setEnabled(False)
        self.back_button.setEnabled(False)

    def _saved(self, sale: CompletedSale) -> None:
        if not self.saving:
            return
        self.saving = False
        self.completed = sale
        self._show_done(sale, self._change)
        if self._closing:
            self._finish()

    def _not_saved(self, error: BaseException) -> None:
        if not self.saving:
            return
        if self._closing:
            self.saving = False
            self.done(QDialog.DialogCode.Rejected)
            return
        self.saving, self.unsaved = False, True
        methods = [p.method.value for p in self.controller.cart.payments]
        self.save_title.setText(self.tr("The sale is not saved"))
        self._show_message("", "info")  # the whole story is on this page
        self.save_text.setText(describe_unsaved_sale(error, methods))
        self.save_text.setVisible(True)
        self.retry_button.setVisible(True)
        self.retry_button.setEnabled(True)
        self.pages.setCurrentIndex(self.SAVE_PAGE)
        self.retry_button.setFocus()
        self._refresh()

    def _show_done(self, sale: CompletedSale, change: int) -> None:
        self._hold_buttons()
        self.change_label.setText(format_money(change))
        self.change_caption.setVisible(sale.cash > 0)
        self.change_label.setVisible(sale.cash > 0)
        lines = [self.tr("Sale completed. Receipt number %1.").replace("%1", str(sale.receipt_no))]
        lines += [self._left_text(left) for left in self._left_after.values() if left > 0]
        self.done_text.setText("\n".join(lines))
        self.pages.setCurrentIndex(self.DONE_PAGE)
        self.receipt_button.setFocus()
        self._refresh()

    def _finish(self) -> None:
        self.accept()

    def _undo(self) -> None:
        if self.saving or self.completed is not None:
            return
        if self.controller.cart.payments:
            self.controller.undo_payment()
            self._after_undo()

    def _after_undo(self) -> None:
        if self.unsaved and not self.controller.cart.is_paid:
            # Back to taking payment: the refunded or handed-back payment is gone.
            self.unsaved = False
            for button in self.method_buttons.values():
                button.setEnabled(True)
            self.choose(PaymentMethod.CASH)
        self._refresh()

    def _cart_changed(self) -> None:
        """The cart as stored (a payment from a parked sale handed back): show it."""
        if not self.saving and self.completed is None:
            self._after_undo()

    def _show_message(self, text: str, level: str) -> None:
        self.message.say(text, level)

    def _refresh(self) -> None:
        cart = self.controller.cart
        if self.completed is not None:
            self.due_label.setText(format_money(self.completed.total + self.completed.rounding))
            self.paid_label.setText(format_money(self.completed.paid))
            self.remaining_label.setText(format_money(0))
            rounding = self.completed.rounding
        else:
            self.due_label.setText(format_money(cart.amount_due))
            self.paid_label.setText(format_money(cart.paid))
            self.remaining_label.setText(format_money(cart.remaining))
            rounding = cart.rounding
            self.exact_button.setText(self.tr("Exact cash: %1").replace("%1", format_money(cart.cash_due())))
            free = not self.saving and not self.controller.busy
            self.undo_button.setEnabled(bool(cart.payments) and free)
            self.back_button.setEnabled(not cart.payments and free)
        self.rounding_caption.setVisible(rounding != 0)
        self.rounding_label.setVisible(rounding != 0)
        self.rounding_label.setText(format_money(rounding))
        if self.completed is None:
            self._show_payments()

    def _vouchers_left(self) -> dict[str, int]:
        """What each voucher paying this cart still holds after it (as looked up here)."""
        cart = self.controller.cart
        return {
            code: balance - cart.voucher_used(code)
            for code, balance in self._voucher_balances.items()
            if cart.voucher_used(code)
        }

    def _left_text(self, left: int) -> str:
        return self.tr("Left on the voucher: %1").replace("%1", format_money(left))

    def _show_payments(self) -> None:
        cart = self.controller.cart
        left = self._vouchers_left()
        lines = [
            f"{method_name(p.method)}: {format_money(p.amount)}"
            + (
                self.tr(" (given %1, change %2)")
                .replace("%1", format_money(p.tendered))
                .replace("%2", format_money(p.change))
                if p.method is PaymentMethod.CASH and p.change
                else ""
            )
            + (
                " · " + self._left_text(left[p.voucher_code])
                if p.voucher_code is not None and left.get(p.voucher_code, 0) > 0
                else ""
            )
            for p in cart.payments
        ]
        self.payments_label.setText("\n".join(lines))

    def close_for_lock(self) -> None:
        """The till locks: close without losing anything.

        A completed sale finishes as "Receipt" would (the safe default); a sale
        being saved closes when the answer comes (saved: as completed; not
        saved: the cart keeps its payments, for the lock to park). Otherwise
        the dialog closes and the cart, with any payments taken, stays with
        the till, which parks it.
        """
        if self.saving:
            self._closing = True
        elif self.completed is not None:
            self._finish()
        else:
            self.done(QDialog.DialogCode.Rejected)

    # --- a scan while paying ------------------------------------------------------

    def _fields(self) -> Restore:
        """What the amount fields and the voucher number hold now, to put back after a scan."""
        amounts = [
            (field, field.amount()) for field in (self.cash_input, self.terminal_input, self.voucher_input)
        ]
        voucher_text = self.voucher_field.text()

        def restore() -> None:
            for field, amount in amounts:
                if amount is None:
                    field.clear()
                else:
                    field.set_amount(amount)
            self.voucher_field.setText(voucher_text)

        return restore

    def _scan_field(self, focus: QWidget | None) -> bool:
        """The voucher number field takes a scan: that is how a voucher is read."""
        return focus is self.voucher_field and self.pages.currentIndex() == self.VOUCHER_PAGE

    def _scanned(self, code: str) -> None:
        taking = self.completed is None and not self.saving and not self.unsaved
        if taking and looks_like_voucher(normalize_scan(code)):
            self.choose(PaymentMethod.VOUCHER)
            self.voucher_field.setText(normalize_scan(code))
            self._check_voucher()
            return
        if self.completed is not None:
            text = self.tr(
                "A code was scanned. The sale is already done: press “Print receipt” on the screen."
            )
        else:
            text = self.tr(
                "A code was scanned during payment. Nothing was paid by it: tap the screen to take payment."
            )
        self._show_message(text, "info")

    def reject(self) -> None:  # QDialog override: Escape and "Back"
        if self.saving:
            return  # the answer is on its way; the dialog shows it
        if self.completed is not None:
            self._finish()  # the sale is done; the receipt is the safe default
        elif self.controller.cart.payments:
            self._show_message(
                self.tr("Payments are already taken. Undo them first if you want to go back to the sale."),
                "error",
            )
        else:
            super().reject()

    def done(self, result: int) -> None:  # QDialog override: disconnect before closing
        if self._listening:
            self._listening = False
            for signal, slot in (
                (self.controller.message, self._show_message),
                (self.controller.sale_completed, self._saved),
                (self.controller.sale_not_saved, self._not_saved),
                (self.controller.cart_changed, self._cart_changed),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        if self._building is None:
            self.scan_guard.stop()
        super().done(result)
