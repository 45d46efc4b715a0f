"""The checkout screen: cart on the left, category and café buttons on the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cart import CartLine, LineKind
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.services.returns import ReturnService
from bruktpos.services.shop import CategoryButton, ProductButton, TillCatalogue
from bruktpos.ui.messages import fill
from bruktpos.ui.till.cart_model import CartModel
from bruktpos.ui.till.controller import TillController
from bruktpos.ui.till.drawer_problem import DrawerProblem
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import DiscountDialog, PriceDialog
from bruktpos.ui.till.print_problem import PrintProblem
from bruktpos.ui.till.returns import ReturnDialog
from bruktpos.ui.till.scanner import ScanCatcher
from bruktpos.ui.widgets.text import say, two_lines

log = logging.getLogger(__name__)

BUTTON_COLUMNS = 2
COUNT_ROOM = 26  # px under a product's name and price for its stock count
SAVING_SHOWN_AFTER_MS = 150  # a quick save shows nothing; a slow one says "Saving …"
DANGER_RED = "#9c1c17"  # the theme's danger red
# The price keypad's quick prices for a category that has none of its own (besides its default price).
USUAL_PRICES = (1000, 2000, 5000, 10000)


def _buttons_of(catalogue: TillCatalogue) -> tuple[object, ...]:
    """What the buttons show of a catalogue: everything but the products' stock counts."""
    return (
        tuple(catalogue.categories),
        tuple((p.id, p.name, p.price, p.color, p.track_stock) for p in catalogue.products),
    )


def _button_style(color: str) -> str:
    return f"background-color: {color}; color: #ffffff; border-color: {color};"


# The count under a product's name: white on the button's colour, or red on white at zero or below.
_COUNT_STYLE = (
    "QLabel {{ background-color: {background}; color: {color}; border: none; border-radius: 6px;"
    " padding: 0px 8px; margin: 0px; font-size: 15px; font-weight: {weight}; }}"
)


class ProductTile(QPushButton):
    """A café or new-goods button: name and price, and underneath, small, the stock count.

    The count (``12 left``) is shown only for products that keep one; at zero
    or below it turns red on white (``−3 left``). Selling stays allowed.
    With ``room``, the line for the count is kept free even when there is no
    count, so every button in the grid has its name and price at the same place.
    """

    def __init__(self, product: ProductButton, parent: QWidget | None = None, *, room: bool = False) -> None:
        super().__init__(f"{two_lines(product.name, 14)}\n{format_money(product.price)}", parent)
        self.product = product
        self.room = room or product.track_stock
        self.setObjectName("product")
        self.setMinimumHeight(72)
        self.count: int | None = None
        self._look: str | None = None  # which style sheet is set: "none", "count" or "empty"
        self.count_label = QLabel(self)
        self.count_label.setObjectName("stock_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 5)
        layout.addStretch(1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_count(product.stock if product.track_stock else None)

    @property
    def below_zero(self) -> bool:
        """At zero or below: nothing left, or sold more than was counted in."""
        return self.count is not None and self.count <= 0

    def set_count(self, count: int | None) -> None:
        """Show ``count`` (None: the product keeps no count, nothing shown)."""
        self.count = count
        name = self.text().replace("\n", " ")
        if count is None:
            self._set_look("none")
            self.count_label.setVisible(False)
            self.setAccessibleName(name)
            return
        text = fill(self.tr("%1 left"), f"−{-count}" if count < 0 else str(count))
        self.count_label.setText(text)
        self.count_label.setVisible(True)
        self._set_look("empty" if count <= 0 else "count")
        self.setAccessibleName(f"{name}, {text}")

    def _set_look(self, look: str) -> None:
        # Style sheets are set only when the look changes: a sale changes a count, rarely the look.
        if look == self._look:
            return
        self._look = look
        if look != "none":
            self.room = True
        # Room under the name and price, so the count never covers them.
        room = f" padding-bottom: {COUNT_ROOM}px;" if self.room else ""
        self.setStyleSheet(f"QPushButton {{ {_button_style(self.product.color)}{room} }}")
        if look == "empty":
            style = _COUNT_STYLE.format(background="#ffffff", color=DANGER_RED, weight="bold")
        else:
            style = _COUNT_STYLE.format(background="transparent", color="#ffffff", weight="normal")
        self.count_label.setStyleSheet(style)


class TillScreen(QWidget):
    receipt_requested = Signal(object)  # CompletedSale: print it
    reprint_requested = Signal(int)  # sale id whose receipt did not print
    return_completed = Signal(object)  # CompletedReturn: print its receipt (and voucher)
    voucher_reprint_requested = Signal(str)  # voucher code that did not print: print a copy

    def __init__(
        self, controller: TillController, catalogue: TillCatalogue, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("till")
        self.controller = controller
        self.catalogue = catalogue
        self.model = CartModel(controller.cart, self)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(16)
        outer.addLayout(self._build_cart_side(), 3)
        outer.addWidget(self._build_buttons_side(), 2)

        self.scanner = ScanCatcher(self)
        self.scanner.scanned.connect(self.controller.scan)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)

        controller.cart_changed.connect(self.refresh)
        controller.message.connect(self.show_message)
        controller.busy_changed.connect(lambda _busy: self.refresh())
        controller.writer.busy_changed.connect(self._saving_changed)
        self._saving_timer = QTimer(self)
        self._saving_timer.setSingleShot(True)
        self._saving_timer.setInterval(SAVING_SHOWN_AFTER_MS)
        self._saving_timer.timeout.connect(lambda: self.saving_label.setVisible(self.controller.writer.busy))
        controller.voucher_scanned.connect(lambda code: self.pay(voucher_code=code))
        self._returns: ReturnService | None = None
        self._shortcuts()
        self.refresh()

    # --- layout --------------------------------------------------------------

    def _build_cart_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(10)

        scan_row = QHBoxLayout()
        self.code_field = QLineEdit(self)
        self.code_field.setObjectName("code_field")
        self.code_field.setPlaceholderText(self.tr("Scan, or type an item code and press Enter"))
        self.code_field.setMinimumHeight(48)
        self.code_field.returnPressed.connect(self._scan_field)
        scan_row.addWidget(self.code_field, 1)
        self.add_code_button = QPushButton(self.tr("Add"), self)
        self.add_code_button.clicked.connect(self._scan_field)
        scan_row.addWidget(self.add_code_button)
        side.addLayout(scan_row)

        # While the till's writer saves: scans wait in line, the buttons that write are held.
        self.saving_label = QLabel(self.tr("Saving …"), self)
        self.saving_label.setObjectName("saving")
        self.saving_label.setVisible(False)
        side.addWidget(self.saving_label)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(48)
        self.message.setProperty("level", "info")
        self.message.setVisible(False)
        side.addWidget(self.message)

        # Shown when a receipt did not print: the sale is safe, print it again.
        self.print_problem = PrintProblem(self)
        self.print_problem_text = self.print_problem.text
        self.reprint_button = self.print_problem.reprint_button
        self.print_problem.reprint_requested.connect(self.reprint_requested)
        self.print_problem.voucher_reprint_requested.connect(self.voucher_reprint_requested)
        side.addWidget(self.print_problem)
        self.drawer_problem = DrawerProblem(self)  # "The drawer did not open", and "Open the drawer"
        side.addWidget(self.drawer_problem)

        self.table = QTableView(self)
        self.table.setObjectName("cart")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CartModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (CartModel.QUANTITY, CartModel.PRICE, CartModel.DISCOUNT, CartModel.TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        side.addWidget(self.table, 1)

        line_row = QHBoxLayout()
        self.minus_button = QPushButton("−", self)
        self.minus_button.setToolTip(self.tr("One fewer (F5)"))
        self.minus_button.clicked.connect(lambda: self._change_quantity(-1))
        self.plus_button = QPushButton("+", self)
        self.plus_button.setToolTip(self.tr("One more (F6)"))
        self.plus_button.clicked.connect(lambda: self._change_quantity(+1))
        self.discount_button = QPushButton(self.tr("Discount"), self)
        self.discount_button.clicked.connect(self._discount)
        self.price_button = QPushButton(self.tr("New price"), self)
        self.price_button.clicked.connect(self._override_price)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("danger")
        self.remove_button.clicked.connect(self._remove_line)
        for button in (self.minus_button, self.plus_button):
            button.setObjectName("step")
            button.setFixedWidth(72)
        for button in (self.minus_button, self.plus_button, self.discount_button, self.price_button):
            line_row.addWidget(button)
        line_row.addStretch(1)
        line_row.addWidget(self.remove_button)
        side.addLayout(line_row)

        total_row = QHBoxLayout()
        caption = QLabel(self.tr("To pay"), self)
        caption.setObjectName("total_caption")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_row.addWidget(caption)
        total_row.addWidget(self.total_label, 1)
        side.addLayout(total_row)

        bottom = QHBoxLayout()
        self.park_button = QPushButton(self.tr("Park sale"), self)
        self.park_button.clicked.connect(self.controller.park)
        self.resume_button = QPushButton(self)
        self.resume_button.clicked.connect(self._resume)
        self.pay_button = QPushButton(self.tr("Pay"), self)
        self.pay_button.setObjectName("pay")
        self.pay_button.setMinimumHeight(72)
        self.pay_button.setToolTip(self.tr("Pay (F12)"))
        self.pay_button.clicked.connect(self.pay)
        self.return_button = QPushButton(self.tr("Return"), self)
        self.return_button.setObjectName("return")
        self.return_button.setToolTip(self.tr("Take goods back: refund or voucher (F10)"))
        self.return_button.clicked.connect(self.open_returns)
        bottom.addWidget(self.park_button)
        bottom.addWidget(self.resume_button)
        bottom.addWidget(self.return_button)
        bottom.addWidget(self.pay_button, 2)
        side.addLayout(bottom)
        return side

    def _build_buttons_side(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.setObjectName("catalogue")
        self.category_buttons: dict[int, QPushButton] = {}
        self.product_buttons: dict[int, ProductTile] = {}
        page, self._category_grid = self._grid(tabs)
        tabs.addTab(page, self.tr("Shop"))
        page, self._product_grid = self._grid(tabs)
        tabs.addTab(page, self.tr("Café"))
        self._fill_buttons()
        self.controller.stock_changed.connect(self.show_stock)
        return tabs

    def _fill_buttons(self) -> None:
        """The category and product buttons, from ``self.catalogue``."""
        for grid, buttons in (
            (self._category_grid, self.category_buttons),
            (self._product_grid, self.product_buttons),
        ):
            for button in buttons.values():
                grid.removeWidget(button)
                button.setParent(None)
                button.deleteLater()
            buttons.clear()
        page = self._category_grid.parentWidget()
        for n, category in enumerate(self.catalogue.categories):
            button = QPushButton(two_lines(category.name), page)
            button.setObjectName("category")
            button.setStyleSheet(_button_style(category.color))
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, c=category: self._open_price(c))
            self._category_grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.category_buttons[category.id] = button
        page = self._product_grid.parentWidget()
        counted = any(product.track_stock for product in self.catalogue.products)
        for n, product in enumerate(self.catalogue.products):
            button = ProductTile(product, page, room=counted)
            button.clicked.connect(lambda _=False, p=product.id: self.controller.add_product(p))
            self._product_grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.product_buttons[product.id] = button
        self.controller.stock = {p.id: p.stock for p in self.catalogue.products if p.track_stock}

    def set_catalogue(self, catalogue: TillCatalogue) -> bool:
        """Show ``catalogue``'s buttons (after a leader changed them); False if they were already so.

        The buttons are built again only when what they show changed: a
        stock count alone is the controller's to update.
        """
        unchanged = _buttons_of(catalogue) == _buttons_of(self.catalogue)
        self.catalogue = catalogue
        if unchanged:
            return False
        self._fill_buttons()
        self.show_stock()
        return True

    def show_stock(self) -> None:
        """The controller's stock counts on the product buttons."""
        stock = self.controller.stock
        for product_id, button in self.product_buttons.items():
            button.set_count(stock.get(product_id))

    def showEvent(self, event: QShowEvent) -> None:
        # Back from the stock screen (goods received) or a login: read the counts again.
        super().showEvent(event)
        self.controller.refresh_stock()

    def _grid(self, parent: QWidget) -> tuple[QScrollArea, QGridLayout]:
        """A scrollable page of buttons in a grid."""
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setSpacing(8)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for column in range(BUTTON_COLUMNS):
            grid.setColumnStretch(column, 1)
        scroll.setWidget(inner)
        return scroll, grid

    def _shortcuts(self) -> None:
        for keys, slot in (
            ("F12", self.pay),
            ("Ctrl+Return", self.pay),
            ("F8", self.controller.park),
            ("F9", self._resume),
            ("F10", self.open_returns),
            ("F5", lambda: self._change_quantity(-1)),
            ("F6", lambda: self._change_quantity(+1)),
            ("F7", self._discount),
            ("Delete", self._remove_line),
            ("F2", self.code_field.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- showing -------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_line_id()
        cart = self.controller.cart
        self.model.set_cart(cart)
        self.total_label.setText(format_money(cart.total))
        rows = self.model.rowCount()
        if rows:
            row = next(
                (
                    r
                    for r in range(rows)
                    if (line := self.model.line_at(r)) is not None and line.line_id == selected
                ),
                rows - 1,
            )
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))
        parked = self.controller.parked_count
        self.resume_button.setText(self.tr("Parked sales (%1)").replace("%1", str(parked)))
        free = not self.controller.busy
        self.resume_button.setEnabled(parked > 0 and free)
        self.pay_button.setEnabled(not cart.is_empty and free)
        self.park_button.setEnabled(not cart.is_empty and not cart.payments and free)
        self._update_buttons()

    def _saving_changed(self, busy: bool) -> None:
        if busy:
            self._saving_timer.start()
        else:
            self._saving_timer.stop()
            self.saving_label.setVisible(False)

    def _update_buttons(self) -> None:
        line = self._selected_line()
        for button in (self.discount_button, self.price_button, self.remove_button):
            button.setEnabled(line is not None)
        changeable = line is not None and line.kind is not LineKind.ITEM
        self.plus_button.setEnabled(changeable)
        self.minus_button.setEnabled(changeable and line is not None and line.quantity > 1)

    def show_message(self, text: str, level: str = "info") -> None:
        say(self.message, text, level)

    def show_print_problem(self, sale_id: int, text: str) -> None:
        """The receipt of ``sale_id`` did not print; offer to print it again (until it prints)."""
        self.print_problem.show_receipt(sale_id, self._receipt_no(sale_id), text)

    def clear_print_problem(self, sale_id: int) -> None:
        self.print_problem.clear_receipt(sale_id)

    def not_printed(self) -> list[int]:
        """The sales whose receipt the till still offers to print, oldest first."""
        return self.print_problem.not_printed()

    def _receipt_no(self, sale_id: int) -> int | None:
        try:
            return self.controller.receipts.receipt_no(sale_id)
        except BruktError as error:
            log.warning("receipt number of sale %d not found: %s", sale_id, error)
            return None

    def show_voucher_problem(self, code: str, text: str) -> None:
        """The voucher ``code`` did not print; offer to print it again (a copy, marked KOPI)."""
        self.print_problem.show_voucher(code, text)

    def clear_voucher_problem(self, code: str) -> None:
        self.print_problem.clear_voucher(code)

    def returns_service(self) -> ReturnService:
        if self._returns is None:
            checkout = self.controller.checkout
            self._returns = ReturnService(checkout.db, clock=checkout.clock, checkout=checkout)
        return self._returns

    def open_returns(self) -> None:
        """The returns dialog: find a sale, give goods back, pay back or give a voucher."""
        operator = self.controller.operator
        if operator is None:
            return
        if self.controller.training:
            # A return pays out real money: never from a practice till.
            self.show_message(
                self.tr("Returns cannot be taken in training mode. Switch it off first."), "error"
            )
            return
        if self.controller.cart.payments:
            self.show_message(self.tr("Finish the sale on the screen first, then take the return."), "error")
            return
        dialog = ReturnDialog(self.returns_service(), operator, self.controller.approver, parent=self)
        dialog.return_completed.connect(self.return_completed.emit)
        dialog.exec()
        dialog.deleteLater()
        self.activateWindow()
        self.table.setFocus()
        if dialog.completed is not None:
            self.controller.refresh_stock()  # a returned product goes back into its count
            self.show_message(
                self.tr("Return %1 is saved. The return receipt is printing.").replace(
                    "%1", str(dialog.completed.receipt_no)
                ),
                "info",
            )

    # --- actions -------------------------------------------------------------

    def selected_line_id(self) -> int | None:
        line = self._selected_line()
        return line.line_id if line else None

    def _selected_line(self) -> CartLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.line_at(rows[0].row()) if rows else None

    def _scan_field(self) -> None:
        if self.controller.scan(self.code_field.text()):
            self.code_field.clear()
            self.table.setFocus()

    def _open_price(self, category: CategoryButton) -> None:
        """The price keypad for an open-price line, with the category's quick prices (or the usual ones)."""
        quick = list(category.quick_prices) or sorted(
            {p for p in (category.default_price, *USUAL_PRICES) if p > 0}
        )
        dialog = PriceDialog(
            category.name,
            self.tr("Type the price, or tap one of the usual ones."),
            quick_amounts=quick,
            ok_text=self.tr("Add to sale"),
            quick_fills=True,  # a tap shows the price; "Add to sale" adds it
            quick_beside=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.amount is not None:
            self.controller.add_open(category.id, dialog.amount)
        dialog.deleteLater()

    def _change_quantity(self, step: int) -> None:
        line = self._selected_line()
        if line is not None and line.kind is not LineKind.ITEM and line.quantity + step >= 1:
            self.controller.set_quantity(line.line_id, line.quantity + step)

    def _discount(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        dialog = DiscountDialog(line.description, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.percent is not None:
            self.controller.discount_percent(line.line_id, dialog.percent)
        elif dialog.amount is not None:
            self.controller.discount_amount(line.line_id, dialog.amount)

    def _override_price(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        dialog = PriceDialog(
            self.tr("Change price"),
            self.tr("New price for %1. Beyond the shop’s limit a shop leader approves it.").replace(
                "%1", line.description
            ),
            ok_text=self.tr("Change price"),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.amount is not None:
            self.controller.override_price(line.line_id, dialog.amount)

    def _remove_line(self) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            self.controller.remove_line(line_id)

    def _resume(self) -> None:
        if self.controller.busy:
            return
        parked = self.controller.parked_sales()
        if not parked:
            return
        dialog = ParkedDialog(parked, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.controller.resume(dialog.chosen)

    def pay(self, voucher_code: str | None = None) -> None:
        if self.controller.cart.is_empty or self.controller.busy:
            return
        dialog = PaymentDialog(self.controller, parent=self, voucher_code=voucher_code)
        dialog.exec()
        dialog.deleteLater()
        self.activateWindow()
        self.table.setFocus()
        if dialog.completed is not None:
            self.receipt_requested.emit(dialog.completed)  # every sale has its receipt
