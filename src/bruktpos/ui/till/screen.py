"""The checkout screen: cart on the left, category and café buttons on the right.

Laid out for a 1024×768 touch screen and a 1366×768 laptop with its title
bar and task bar (700 px), and drawn bigger on a big screen
(:mod:`~bruktpos.ui.till.sizes`). Every category is in sight at once
(:class:`~bruktpos.ui.till.tiles.TileGrid`). Nothing moves under a finger:
the buttons sit at the bottom and on the right, and what comes and goes (a
message, a receipt that did not print) comes and goes under the cart, never
above a button. The message line says one thing, about now: it is cleared
when the cart changes, and when someone else logs in.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cart import CartLine, DiscountKind, LineKind
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.services.returns import ReturnService
from bruktpos.services.shop import CategoryButton, TillCatalogue
from bruktpos.ui.input_watch import listen
from bruktpos.ui.till.cart_model import CartModel
from bruktpos.ui.till.controller import TillController
from bruktpos.ui.till.drawer_problem import DrawerProblem
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import DiscountDialog, PriceDialog
from bruktpos.ui.till.print_problem import PrintProblem
from bruktpos.ui.till.returns import ReturnDialog
from bruktpos.ui.till.scanner import ScanCatcher
from bruktpos.ui.till.sizes import apply_scale, cart_scale, keep_wrapped_whole, px, scale_for, set_size
from bruktpos.ui.till.tiles import ProductTile, TileGrid, button_style
from bruktpos.ui.widgets.text import two_lines

log = logging.getLogger(__name__)

SAVING_SHOWN_AFTER_MS = 150  # a quick save shows nothing; a slow one says "Saving …"
NARROW = 1200  # px: a window narrower than this has the sale's buttons on two lines
CART_ROW = 48  # px (at scale 1): a line of the cart, a finger's height
# The price keypad's quick prices for a category that has none of its own (besides its default price).
USUAL_PRICES = (1000, 2000, 5000, 10000)


def _buttons_of(catalogue: TillCatalogue) -> tuple[object, ...]:
    """What the buttons show of a catalogue: everything but the products' stock counts."""
    return (
        tuple(catalogue.categories),
        tuple((p.id, p.name, p.price, p.color, p.track_stock) for p in catalogue.products),
    )


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
        self.scale = 1.0
        self._narrow: bool | None = None
        self._paying: PaymentDialog | None = None  # the payment dialog says the controller's messages
        self._payment: PaymentDialog | None = None  # built once (at idle), used for every sale
        self._preparing = QTimer(self)  # the next part of it, at the next turn of the loop (gone with us)
        self._preparing.setSingleShot(True)
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self.prepare_payment)
        apply_scale(self, self.scale)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.setSpacing(14)
        outer.addLayout(self._build_cart_side(), 3)
        outer.addWidget(self._build_buttons_side(), 2)

        self.scanner = ScanCatcher(self)
        self.scanner.scanned.connect(self.controller.scan)
        listen(self.scanner)  # every key of the application (ui/input_watch.py)

        controller.cart_changed.connect(self._cart_changed)
        controller.message.connect(self._controller_message)
        controller.operator_changed.connect(self.message.clear)  # a new person: nothing of the last one's
        controller.busy_changed.connect(lambda _busy: self.refresh())
        controller.writer.busy_changed.connect(self._saving_changed)
        self._saving_timer = QTimer(self)
        self._saving_timer.setSingleShot(True)
        self._saving_timer.setInterval(SAVING_SHOWN_AFTER_MS)
        self._saving_timer.timeout.connect(lambda: self.saving_label.setVisible(self.controller.writer.busy))
        controller.voucher_scanned.connect(lambda code: self.pay(voucher_code=code))
        self._returns: ReturnService | None = None
        self._shortcuts()
        keep_wrapped_whole(self)
        self._fit()
        self.refresh()

    # --- layout --------------------------------------------------------------

    def _build_cart_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(8)

        scan_row = QHBoxLayout()
        self.code_field = QLineEdit(self)
        self.code_field.setObjectName("code_field")
        self.code_field.setPlaceholderText(self.tr("Scan, or type the item code"))
        self.code_field.returnPressed.connect(self._scan_field)
        scan_row.addWidget(self.code_field, 1)
        self.add_code_button = QPushButton(self.tr("Add"), self)
        self.add_code_button.clicked.connect(self._scan_field)
        scan_row.addWidget(self.add_code_button)
        side.addLayout(scan_row)

        self.table = QTableView(self)
        self.table.setObjectName("cart")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(CART_ROW)
        self.table.setMinimumHeight(2 * CART_ROW)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CartModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (CartModel.QUANTITY, CartModel.PRICE, CartModel.DISCOUNT, CartModel.TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        side.addWidget(self.table, 1)

        # Under the cart, so that when they come and go only the cart's last rows move.
        # Shown when a receipt did not print: the sale is safe, print it again.
        self.print_problem = PrintProblem(self)
        self.print_problem_text = self.print_problem.text
        self.reprint_button = self.print_problem.reprint_button
        self.print_problem.reprint_requested.connect(self.reprint_requested)
        self.print_problem.voucher_reprint_requested.connect(self.voucher_reprint_requested)
        side.addWidget(self.print_problem)
        self.drawer_problem = DrawerProblem(self)  # "The drawer did not open", and "Open the drawer"
        self.drawer_problem.said_elsewhere = self.print_problem.says
        self.print_problem.changed.connect(self.drawer_problem.tell_again)
        side.addWidget(self.drawer_problem)
        self.message = MessageLine(self)  # room for two lines, kept when empty
        side.addWidget(self.message)

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
        for button in (self.minus_button, self.plus_button, self.discount_button, self.price_button):
            line_row.addWidget(button)
        # While the till's writer saves: scans wait in line, the buttons that write are held.
        # In the row's free middle, its room kept: nothing moves when it shows.
        self.saving_label = QLabel(self.tr("Saving …"), self)
        self.saving_label.setObjectName("saving")
        self.saving_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.saving_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # it never widens the row
        self.saving_label.setSizePolicy(policy)
        self.saving_label.setVisible(False)
        line_row.addWidget(self.saving_label, 1)
        line_row.addWidget(self.remove_button)
        for button in (
            self.minus_button,
            self.plus_button,
            self.discount_button,
            self.price_button,
            self.remove_button,
        ):
            set_size(button, "row")
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
        self.park_button = QPushButton(self)
        self.park_button.clicked.connect(self.controller.park)
        self.resume_button = QPushButton(self)
        self.resume_button.clicked.connect(self._resume)
        self.pay_button = QPushButton(self.tr("Pay"), self)
        self.pay_button.setObjectName("pay")
        self.pay_button.setToolTip(self.tr("Pay (F12)"))
        self.pay_button.clicked.connect(self.pay)
        self.return_button = QPushButton(self.tr("Return"), self)
        self.return_button.setObjectName("return")
        self.return_button.setToolTip(self.tr("Take goods back: refund or voucher (F10)"))
        self.return_button.clicked.connect(self.open_returns)
        for button in (self.park_button, self.resume_button, self.return_button, self.pay_button):
            set_size(button, "pay")
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
        # Up to 24 categories in three columns at 1024 px; a café's dozen in two.
        self.category_grid = TileGrid(tabs, columns=3)
        tabs.addTab(self.category_grid, self.tr("Shop"))
        self.product_grid = TileGrid(tabs, columns=2)
        tabs.addTab(self.product_grid, self.tr("Café"))
        self.catalogue_tabs = tabs
        self._fill_buttons()
        self.controller.stock_changed.connect(self.show_stock)
        return tabs

    def _fill_buttons(self) -> None:
        """The category and product buttons, from ``self.catalogue``."""
        for buttons in (self.category_buttons, self.product_buttons):
            for button in buttons.values():
                button.setParent(None)
                button.deleteLater()
            buttons.clear()
        page = self.category_grid.inner
        for category in self.catalogue.categories:
            button = QPushButton(two_lines(category.name), page)
            button.setObjectName("category")
            button.setStyleSheet(button_style(category.color))
            button.clicked.connect(lambda _=False, c=category: self._open_price(c))
            self.category_buttons[category.id] = button
        self.category_grid.set_tiles(list(self.category_buttons.values()))
        page = self.product_grid.inner
        counted = any(product.track_stock for product in self.catalogue.products)
        for product in self.catalogue.products:
            tile = ProductTile(product, page, room=counted)
            tile.clicked.connect(lambda _=False, p=product.id: self.controller.add_product(p))
            self.product_buttons[product.id] = tile
        self.product_grid.set_tiles(list(self.product_buttons.values()))
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
        if self._payment is None:
            self._preparing.start()

    def payment_dialog(self) -> PaymentDialog:
        """The one payment dialog, used for every sale (built now if it is not yet)."""
        if self._payment is None:
            self._payment = PaymentDialog(self.controller, parent=self, start=False)
        return self._payment

    def prepare_payment(self) -> None:
        """Build the payment dialog while nobody waits: a part per turn of the event loop.

        Built on the first tap of Pay it would hold that tap for the time it
        takes to build (a tenth of a second, more on a slow PC); built in one
        go at idle it would hold whatever the person did next.
        """
        if self.payment_dialog().build_step():
            self._preparing.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Sizes for the window the till is in: the scale, and the sale's buttons on one line or two."""
        window = self.window()
        size = window.size() if window is not self else self.size()
        scale = scale_for(size)
        if apply_scale(self, scale):
            self.scale = scale
            self.table.verticalHeader().setDefaultSectionSize(px(CART_ROW, cart_scale(scale)))
            self.table.setMinimumHeight(2 * px(CART_ROW, cart_scale(scale)))
            for grid in (self.category_grid, self.product_grid):
                grid.set_scale(scale)
        narrow = size.width() < NARROW
        if narrow != self._narrow:
            self._narrow = narrow
            self.park_button.setText(self._two(self.tr("Park sale")))
            self._resume_text()

    def _two(self, text: str) -> str:
        """``text`` on two lines where the window is narrow (the sale's buttons share 600 px)."""
        return two_lines(text, 8) if self._narrow else text

    def _resume_text(self) -> None:
        parked = self.controller.parked_count
        self.resume_button.setText(self._two(self.tr("Parked sales (%1)").replace("%1", str(parked))))

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
        # The discount column only when a line has one: the rest of the time the names get its room.
        self.table.setColumnHidden(
            CartModel.DISCOUNT, not any(line.discount_kind is not DiscountKind.NONE for line in cart.lines)
        )
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
        self._resume_text()
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
        self.message.say(text, level)

    def _controller_message(self, text: str, level: str) -> None:
        if self._paying is None:  # while paying, the payment dialog says it, on its own line
            self.show_message(text, level)

    def _cart_changed(self) -> None:
        """A line added or changed, a new sale, a sale resumed: what the line said is old now.

        The controller says what a change itself has to say after it has changed the cart.
        """
        self.message.clear()
        self.refresh()

    def show_print_problem(self, sale_id: int, text: str) -> None:
        """The receipt of ``sale_id`` did not print; offer to print it again (until it prints)."""
        receipt_no, at = self._receipt(sale_id)
        self.print_problem.show_receipt(sale_id, receipt_no, text, at=at)

    def clear_print_problem(self, sale_id: int) -> None:
        self.print_problem.clear_receipt(sale_id)

    def not_printed(self) -> list[int]:
        """The sales whose receipt the till still offers to print, oldest first."""
        return self.print_problem.not_printed()

    def _receipt(self, sale_id: int) -> tuple[int | None, datetime | None]:
        """The receipt number of ``sale_id`` and when it was sold (None, None if not found)."""
        try:
            return self.controller.receipts.receipt(sale_id)
        except BruktError as error:
            log.warning("receipt number of sale %d not found: %s", sale_id, error)
            return None, None

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
        dialog = self.payment_dialog()
        dialog.start(voucher_code)
        self._paying = dialog
        try:
            dialog.exec()
        finally:
            self._paying = None
        self.activateWindow()
        self.table.setFocus()
        if dialog.completed is not None:
            self.receipt_requested.emit(dialog.completed)  # every sale has its receipt
