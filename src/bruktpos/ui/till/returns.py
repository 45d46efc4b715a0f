"""The returns screen: find the sale, tick what comes back, pay it back or give a voucher.

Three steps in one dialog, each with big targets: (1) type the receipt
number on the keypad, or scan an item from the sale; (2) tick the lines the
customer brings back (and how many, for café goods sold by quantity), then
choose "as paid" or a voucher; (3) see what to hand over. A cashier's return
asks for a shop leader's PIN before anything is written. The service decides
everything; this only asks and tells.

Only a tap gives back: the two pay-back buttons never take the keyboard focus
and are never the default, and a scanner's burst outside the find field is
undone and answered (:class:`~bruktpos.ui.till.scanner.ScanGuard`). A return
to a voucher ends on the voucher (printed, its amount), never on "Give back".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import format_voucher_code
from bruktpos.domain.errors import BruktError, PermissionDenied
from bruktpos.domain.money import format_money
from bruktpos.domain.returns import ORIGINAL, VOUCHER, CompletedReturn, OriginalSale, returned_share
from bruktpos.domain.roles import Action, may
from bruktpos.services.returns import ReturnService
from bruktpos.services.users import Operator
from bruktpos.ui.messages import describe, fill, format_date, format_datetime
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.till.payment_dialog import method_in_text, tap_only
from bruktpos.ui.till.scanner import Restore, ScanGuard
from bruktpos.ui.till.sizes import fit_dialog, keep_wrapped_whole, set_size
from bruktpos.ui.widgets.keypad import Keypad
from bruktpos.ui.widgets.text import two_lines

# Asks a leader to approve an action: (action, reason) → the leader, or None.
Approver = Callable[[Action, str], Operator | None]


class ReturnDialog(QDialog):
    """Find a sale and give (part of) it back. After ``exec()``, :attr:`completed` is the
    return written, or None if nothing was."""

    FIND_PAGE, LINES_PAGE, DONE_PAGE = range(3)
    CHECK, DESCRIPTION, SOLD, QUANTITY, AMOUNT = range(5)

    return_completed = Signal(object)  # CompletedReturn

    def __init__(
        self,
        service: ReturnService,
        operator: Operator,
        approver: Approver,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returns")
        self.setWindowTitle(self.tr("Return"))
        self.setModal(True)
        self.service = service
        self.operator = operator
        self.approver = approver
        self.original: OriginalSale | None = None
        self.completed: CompletedReturn | None = None
        self._spins: dict[int, QSpinBox] = {}

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        self.message = MessageLine(self)  # under the pages, its room kept: the keys never move
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_find_page())
        self.pages.addWidget(self._build_lines_page())
        self.pages.addWidget(self._build_done_page())
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        for button in (self.original_button, self.voucher_button):
            tap_only(button)
        self.scan_guard = ScanGuard(self, self._fields, self._scan_field)
        self.scan_guard.scanned.connect(self._scanned)
        self.show_find()
        keep_wrapped_whole(self)
        fit_dialog(self, QSize(980, 680), parent)

    # --- step 1: find the sale -------------------------------------------------------

    def _build_find_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        title = QLabel(self.tr("Return: find the sale"), page)
        title.setObjectName("heading")
        box.addWidget(title)
        box.addWidget(
            QLabel(
                self.tr("Type the receipt number from the customer’s receipt, or scan one of the items."),
                page,
            )
        )
        row = QHBoxLayout()
        self.find_field = QLineEdit(page)
        self.find_field.setObjectName("return_find")
        self.find_field.setMinimumHeight(56)
        self.find_field.setPlaceholderText(self.tr("Receipt number or item code"))
        self.find_field.returnPressed.connect(self.find_sale)
        row.addWidget(self.find_field, 1)
        self.find_button = QPushButton(self.tr("Find"), page)
        self.find_button.setObjectName("primary")
        self.find_button.setMinimumWidth(140)
        set_size(self.find_button, "row")
        self.find_button.clicked.connect(self.find_sale)
        row.addWidget(self.find_button)
        box.addLayout(row)
        self.keypad = Keypad(page, comma=False, listen_to_parent=False)
        self.keypad.key_pressed.connect(self._on_key)
        box.addWidget(self.keypad, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        set_size(self.cancel_button, "row")
        self.cancel_button.clicked.connect(self.cancel)
        box.addWidget(self.cancel_button)
        return page

    def _on_key(self, key: str) -> None:
        text = self.find_field.text()
        if key == "back":
            self.find_field.setText(text[:-1])
        elif key == "clear":
            self.find_field.clear()
        elif key.isdigit():
            self.find_field.setText(text + key)

    def show_find(self) -> None:
        self.original = None
        self.find_field.clear()
        self.pages.setCurrentIndex(self.FIND_PAGE)
        self.find_field.setFocus()

    def find_sale(self) -> None:
        text = self.find_field.text().strip()
        if not text:
            self._say(self.tr("Type the receipt number, or scan an item from the sale."), "error")
            return
        try:
            original = self.service.find(text)
        except BruktError as error:
            self._say(describe(error), "error")
            self.find_field.selectAll()
            return
        self.show_sale(original)

    # --- step 2: what comes back, and how --------------------------------------------

    def _build_lines_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.sale_label = QLabel(page)
        self.sale_label.setObjectName("heading")
        self.sale_label.setWordWrap(True)
        box.addWidget(self.sale_label)
        box.addWidget(QLabel(self.tr("Tick what the customer brings back."), page))
        self.table = QTableWidget(0, 5, page)
        self.table.setObjectName("return_lines")
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Item"), self.tr("Sold"), self.tr("Back"), self.tr("Amount")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (self.CHECK, self.SOLD, self.QUANTITY, self.AMOUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda _item: self._update_total())
        self.table.cellClicked.connect(self._toggle_row)
        box.addWidget(self.table, 1)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        box.addWidget(self.total_label)
        row = QHBoxLayout()
        self.lines_cancel_button = QPushButton(self.tr("Cancel"), page)
        self.lines_cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.lines_cancel_button)
        self.back_button = QPushButton(two_lines(self.tr("Find another sale"), 12), page)
        self.back_button.clicked.connect(self.show_find)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.original_button = QPushButton(page)
        self.original_button.setObjectName("refund_original")
        self.original_button.clicked.connect(lambda: self.refund(ORIGINAL))
        row.addWidget(self.original_button, 2)
        self.voucher_button = QPushButton(two_lines(self.tr("Give a voucher (store credit)"), 24), page)
        self.voucher_button.setObjectName("refund_voucher")
        self.voucher_button.clicked.connect(lambda: self.refund(VOUCHER))
        row.addWidget(self.voucher_button, 2)
        for button in (self.lines_cancel_button, self.back_button, self.original_button, self.voucher_button):
            set_size(button, "pay")
        box.addLayout(row)
        return page

    def show_sale(self, original: OriginalSale) -> None:
        self.original = original
        self._say("", "info")
        paid = ", ".join(dict.fromkeys(_method(m) for m, _ in original.payments))  # "paid by cash, card"
        self.sale_label.setText(
            fill(
                self.tr("Receipt %1 · till %2 · %3 · %4, paid by %5"),
                original.receipt_no,
                original.register_code,
                format_datetime(original.created_at),
                format_money(original.total),
                paid or "–",
            )
        )
        methods = " / ".join(dict.fromkeys(_method(m) for m, _ in original.payments))
        self.original_button.setText(
            two_lines(
                fill(self.tr("Pay back as paid (%1)"), methods) if methods else self.tr("Pay back as paid"),
                24,
            )
        )
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._spins.clear()
        for row, line in enumerate(original.lines):
            self.table.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            if line.returnable <= 0:
                check.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(row, self.CHECK, check)
            description = line.description
            if line.returnable <= 0:
                description += "  " + self.tr("(already returned)")
            self.table.setItem(row, self.DESCRIPTION, QTableWidgetItem(description))
            self.table.setItem(row, self.SOLD, QTableWidgetItem(str(line.quantity)))
            if line.returnable > 1:
                spin = QSpinBox(self.table)
                spin.setRange(1, line.returnable)
                spin.setValue(line.returnable)
                spin.setMinimumHeight(44)
                spin.valueChanged.connect(lambda _v: self._update_total())
                self.table.setCellWidget(row, self.QUANTITY, spin)
                self._spins[line.line_id] = spin
            else:
                self.table.setItem(row, self.QUANTITY, QTableWidgetItem(str(max(line.returnable, 0))))
            self.table.setItem(row, self.AMOUNT, QTableWidgetItem(format_money(line.total)))
        self.table.blockSignals(False)
        if not original.returnable:
            self._say(
                fill(self.tr("Everything on receipt %1 has already been returned."), original.receipt_no)
            )
        self._update_total()
        self.pages.setCurrentIndex(self.LINES_PAGE)

    def _toggle_row(self, row: int, column: int) -> None:
        # A tap anywhere on the row (not only the small box) ticks it.
        item = self.table.item(row, self.CHECK)
        if column == self.CHECK or item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen(self) -> dict[int, int]:
        """Original line id → pieces to give back, for the ticked lines."""
        if self.original is None:
            return {}
        chosen: dict[int, int] = {}
        for row, line in enumerate(self.original.lines):
            item = self.table.item(row, self.CHECK)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                spin = self._spins.get(line.line_id)
                chosen[line.line_id] = spin.value() if spin is not None else 1
        return chosen

    def _update_total(self) -> None:
        if self.original is None:
            return
        chosen = self.chosen()
        amount = sum(
            returned_share(line.total, line.quantity, line.returned, chosen[line.line_id])
            for line in self.original.lines
            if line.line_id in chosen
        )
        self.total_label.setText(fill(self.tr("To give back: %1"), format_money(amount)))
        for button in (self.original_button, self.voucher_button):
            button.setEnabled(bool(chosen))

    def refund(self, refund_to: str) -> None:
        """Write the return (asking a leader first when the person at the till is not one)."""
        if self.original is None:
            return
        chosen = self.chosen()
        if not chosen:
            self._say(self.tr("Tick what the customer brings back first."), "error")
            return
        leader: Operator | None = None
        if not may(self.operator.role, Action.REFUND):
            leader = self.approver(Action.REFUND, self.tr("A return"))
            if leader is None:
                self._say(self.tr("Nothing was returned."), "info")
                return
        try:
            done = self.service.refund(
                self.original.sale_id, chosen, refund_to, operator=self.operator, approver=leader
            )
        except PermissionDenied as error:
            self._say(describe(error), "error")
            return
        except BruktError as error:
            self._say(describe(error), "error")
            with contextlib.suppress(BruktError):
                self.show_sale(self.service.original(self.original.sale_id))
                self._say(describe(error), "error")
            return
        self.completed = done
        self._show_done(done)
        self.return_completed.emit(done)

    # --- step 3: what to hand over -----------------------------------------------------

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(1)
        self.done_title = QLabel(page)
        self.done_title.setObjectName("change_caption")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.done_title)
        self.done_amount = QLabel(page)
        self.done_amount.setObjectName("change")
        self.done_amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.done_amount)
        self.voucher_amount = QLabel(page)
        self.voucher_amount.setObjectName("voucher_amount")
        self.voucher_amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.voucher_amount)
        self.done_text = QLabel(page)
        self.done_text.setObjectName("return_done_text")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_text.setWordWrap(True)
        box.addWidget(self.done_text)
        box.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"), page)
        self.done_button.setObjectName("primary")
        set_size(self.done_button, "pay")
        self.done_button.clicked.connect(self.accept)
        box.addWidget(self.done_button)
        return page

    def _show_done(self, done: CompletedReturn) -> None:
        self._say("", "info")
        # Money to hand out (from the drawer, to a card or in Vipps), apart from a new voucher.
        handed = sum(amount for method, amount in done.refunds if method != PaymentMethod.VOUCHER)
        if handed or done.voucher is None:
            self.done_title.setText(self.tr("Give back"))
            self.done_amount.setText(format_money(handed))
        else:
            self.done_title.setText(self.tr("Voucher printed"))
            self.voucher_amount.setText(format_money(done.voucher.amount))
        self.done_amount.setVisible(bool(handed) or done.voucher is None)
        self.voucher_amount.setVisible(not handed and done.voucher is not None)
        steps: list[str] = []
        for method, amount in done.refunds:
            if method == PaymentMethod.CASH:
                steps.append(
                    fill(
                        self.tr("Take %1 from the drawer and give it to the customer."), format_money(amount)
                    )
                )
            elif method == PaymentMethod.CARD:
                steps.append(
                    fill(self.tr("Refund %1 to the card on the card terminal."), format_money(amount))
                )
            elif method == PaymentMethod.VIPPS:
                steps.append(fill(self.tr("Refund %1 to the customer in Vipps."), format_money(amount)))
        if done.voucher is not None:
            steps.append(
                fill(
                    self.tr(
                        "A voucher for %1 (number %2, valid until %3) is printing. Give it to the customer."
                    ),
                    format_money(done.voucher.amount),
                    format_voucher_code(done.voucher.code),
                    format_date(done.voucher.expires_at),
                )
            )
        steps.append(fill(self.tr("Return receipt number %1."), done.receipt_no))
        self.done_text.setText("\n".join(steps))
        self.pages.setCurrentIndex(self.DONE_PAGE)
        self.done_button.setFocus()

    # --- helpers -------------------------------------------------------------------------

    def _say(self, text: str, level: str = "info") -> None:
        self.message.say(text, level)

    def cancel(self) -> None:
        """ "Cancel": nothing is given back, the dialog closes (from any step before the last)."""
        if self.completed is not None:
            self.accept()
        else:
            super().reject()

    # --- a scan ----------------------------------------------------------------------

    def _fields(self) -> Restore:
        """The ticks and quantities now, to put back after a scan outside the find field."""
        checks = [
            (item, item.checkState())
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, self.CHECK)) is not None
        ]
        spins = [(spin, spin.value()) for spin in self._spins.values()]
        find_text = self.find_field.text()

        def restore() -> None:
            for item, state in checks:
                item.setCheckState(state)
            for spin, value in spins:
                spin.setValue(value)
            self.find_field.setText(find_text)

        return restore

    def _scan_field(self, focus: QWidget | None) -> bool:
        """The find field takes a scan: an item from the sale finds it."""
        return focus is self.find_field and self.pages.currentIndex() == self.FIND_PAGE

    def _scanned(self, code: str) -> None:
        if self.pages.currentIndex() == self.FIND_PAGE:
            self.find_field.setText(code)  # scanned with the focus elsewhere: still an item to find
            self.find_sale()
            return
        self._say(self.tr("A code was scanned. Nothing was given back by it: choose on the screen."), "info")

    def done(self, result: int) -> None:  # QDialog override: stop watching keys
        self.scan_guard.stop()
        super().done(result)

    def reject(self) -> None:  # QDialog override: Escape and "Cancel"
        if self.completed is not None:
            self.accept()  # the return is written: closing is the same as Done
        elif self.pages.currentIndex() == self.LINES_PAGE:
            self.show_find()
        else:
            super().reject()


def _method(method: str) -> str:
    """A payment method's name inside a sentence ("paid by cash")."""
    try:
        return method_in_text(PaymentMethod(method))
    except ValueError:
        return method
