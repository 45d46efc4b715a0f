"""Café and new goods with a stock count: what is in stock, and goods received.

The table lists every product that keeps a stock count, with the count; a
count below zero (sold more than was counted in, which the till allows so a
miscount never stops a sale) is shown in red, as ``−3 in stock``. Tap a
product, type how many came in on the keypad, and confirm with the big
button, which names the number and the product. Each delivery is journalled.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.domain.people import Operator
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.intake import MAX_RECEIVED, receive_goods
from bruktpos.services.inventory import StockRow, stock_products
from bruktpos.store.db import Database
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.keypad import Keypad
from bruktpos.ui.widgets.tables import RowsTableModel, touch_table
from bruktpos.ui.widgets.text import message_line, repolish, say

_Index = QModelIndex | QPersistentModelIndex
TOUCH = 48
BELOW_ZERO = QColor("#9c1c17")  # the theme's danger red
MAX_DIGITS = len(str(MAX_RECEIVED)) - 1  # up to 99 999 in one delivery


def signed(number: int) -> str:
    """A count with a real minus sign (−3), as the till writes amounts."""
    return f"−{-number}" if number < 0 else str(number)


def stock_text(stock: int) -> str:
    """``12 in stock``, ``−3 in stock`` in the screen's language."""
    return fill(QCoreApplication.translate("StockScreen", "%1 in stock"), signed(stock))


class StockTableModel(RowsTableModel[StockRow]):
    """Products with a stock count: name, category, price, stock (red and bold below zero)."""

    NAME, CATEGORY, PRICE, STOCK = range(4)
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Product"), self.tr("Category"), self.tr("Price"), self.tr("In stock"))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.PRICE, self.STOCK):
            return self._RIGHT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        product = self.row_at(index.row())
        if product is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                product.name,
                product.category,
                format_money(product.price),
                stock_text(product.stock),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PRICE, self.STOCK):
            return self._RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and product.below_zero:
            return QBrush(BELOW_ZERO)
        if role == Qt.ItemDataRole.FontRole and product.below_zero and column == self.STOCK:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return product.product_id
        return None


class StockScreen(QWidget):
    """The stock table on the left; goods received (keypad and confirm) on the right."""

    closed = Signal()
    goods_received = Signal(int, int)  # product id, the new count

    def __init__(
        self,
        db: Database,
        *,
        register_id: int | None = None,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stock")
        self.db = db
        self.register_id = register_id
        self.clock = clock
        self.operator: Operator | None = None
        self.model = StockTableModel(self)
        self._typed = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Café and new goods in stock"), self)
        title.setObjectName("title")
        top.addWidget(title, 1)
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.setMinimumHeight(TOUCH)
        self.back_button.clicked.connect(self.closed.emit)
        top.addWidget(self.back_button)
        outer.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.table = touch_table(
            self,
            self.model,
            name="stock_table",
            selection=QAbstractItemView.SelectionMode.SingleSelection,
            stretch_column=StockTableModel.NAME,
            row_height=TOUCH,
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._refresh())
        body.addWidget(self.table, 3)
        body.addLayout(self._build_receiving(), 2)
        outer.addLayout(body, 1)
        self._refresh()

    def _build_receiving(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(8)
        heading = QLabel(self.tr("Goods received"), self)
        heading.setObjectName("heading")
        side.addWidget(heading)
        self.product_label = QLabel(self)
        self.product_label.setWordWrap(True)
        self.product_label.setMinimumHeight(TOUCH)
        side.addWidget(self.product_label)
        self.quantity_display = QLabel(self)
        self.quantity_display.setObjectName("money_display")  # the keypad's big number field
        self.quantity_display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity_display.setMinimumHeight(72)
        self.quantity_display.setAccessibleName(self.tr("How many came in"))
        side.addWidget(self.quantity_display)
        self.keypad = Keypad(self, comma=False)
        self.keypad.key_pressed.connect(self._on_key)
        side.addWidget(self.keypad, 1)
        self.receive_button = QPushButton(self)
        self.receive_button.setObjectName("primary")
        self.receive_button.setMinimumHeight(72)
        self.receive_button.clicked.connect(self.receive)
        side.addWidget(self.receive_button)
        self.message = message_line(self, min_height=TOUCH)
        side.addWidget(self.message)
        return side

    # --- the public face ---------------------------------------------------

    def set_operator(self, operator: Operator | None) -> None:
        """The person logged in; the list is read again (``None`` empties it)."""
        self.operator = operator
        self.show_message("")
        self._typed = ""
        if operator is None:
            self.model.set_rows([])
            self._refresh()
        else:
            self.reload()
            self.table.setFocus()

    def reload(self) -> None:
        """Read the counts again, keeping the chosen product chosen."""
        chosen = self.chosen()
        rows = stock_products(self.db)
        self.model.set_rows(rows)
        if chosen is not None:
            for n, row in enumerate(rows):
                if row.product_id == chosen.product_id:
                    self.table.selectRow(n)
        if not rows:
            self.show_message(
                self.tr(
                    "No product keeps a stock count. A shop leader can switch it on for café and new goods."
                )
            )
        self._refresh()

    def choose(self, product_id: int) -> None:
        """Choose a product as if its row were tapped."""
        for n, row in enumerate(self.model.rows):
            if row.product_id == product_id:
                self.table.selectRow(n)
                return

    def chosen(self) -> StockRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def quantity(self) -> int | None:
        """The number typed, or None."""
        return int(self._typed) if self._typed else None

    def show_message(self, text: str, level: str = "info") -> None:
        say(self.message, text, level)

    def receive(self) -> None:
        """Count the typed number of the chosen product in; the list shows the new count."""
        product, quantity = self.chosen(), self.quantity()
        if product is None:
            self.show_message(self.tr("Tap the product that came in first."), "error")
            return
        if not quantity:
            self.show_message(self.tr("Type how many came in on the keypad."), "error")
            return
        if self.operator is None:
            self.show_message(self.tr("Log in first."), "error")
            return
        try:
            now = receive_goods(
                self.db,
                product.product_id,
                quantity,
                by=self.operator,
                register_id=self.register_id,
                clock=self.clock,
            )
        except BruktError as error:
            self.show_message(describe(error), "error")
            return
        self._typed = ""
        self.reload()
        self.show_message(
            fill(self.tr("%1 × %2 counted in. Now %3."), quantity, product.name, stock_text(now))
        )
        self.goods_received.emit(product.product_id, now)

    # --- inside ------------------------------------------------------------

    def _on_key(self, key: str) -> None:
        if key == "clear":
            self._typed = ""
        elif key == "back":
            self._typed = self._typed[:-1]
        elif key.isdigit() and len(self._typed) < MAX_DIGITS and (self._typed or key != "0"):
            self._typed += key
        self._refresh()

    def _refresh(self) -> None:
        product, quantity = self.chosen(), self.quantity()
        if product is None:
            self.product_label.setText(self.tr("Tap a product in the list."))
        else:
            self.product_label.setText(fill(self.tr("%1: %2"), product.name, stock_text(product.stock)))
        below_zero = product is not None and product.below_zero
        self.product_label.setStyleSheet(
            f"color: {BELOW_ZERO.name()}; font-weight: bold;" if below_zero else ""
        )
        self.quantity_display.setText(self._typed or "0")
        self.quantity_display.setProperty("empty", not self._typed)
        repolish(self.quantity_display)
        ready = product is not None and bool(quantity)
        self.receive_button.setEnabled(ready)
        if ready:
            assert product is not None
            self.receive_button.setText(fill(self.tr("Add %1 × %2 to the stock"), quantity, product.name))
        else:
            self.receive_button.setText(self.tr("Add to the stock"))
