"""The cart as a table for the till screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from bruktpos.domain.cart import Cart, CartLine, DiscountKind
from bruktpos.domain.money import format_money

_Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    """Read-only view of the controller's cart: what, how many, price, discount, sum."""

    DESCRIPTION, QUANTITY, PRICE, DISCOUNT, TOTAL = range(5)
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, cart: Cart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cart = cart
        self._headers = (
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Sum"),
        )

    def set_cart(self, cart: Cart) -> None:
        self.beginResetModel()
        self._cart = cart
        self.endResetModel()

    def line_at(self, row: int) -> CartLine | None:
        lines = self._cart.lines
        return lines[row] if 0 <= row < len(lines) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cart.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != self.DESCRIPTION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Qt asks for many roles per cell on every paint; answer the unused ones first.
        if role == Qt.ItemDataRole.DisplayRole:
            line = self.line_at(index.row())
            return None if line is None else self._text(line, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._RIGHT if index.column() != self.DESCRIPTION else None
        if role == Qt.ItemDataRole.UserRole:
            line = self.line_at(index.row())
            return None if line is None else line.line_id
        return None

    def _text(self, line: CartLine, column: int) -> str:
        if column == self.DESCRIPTION:
            return line.description + (f"  ({line.item_code})" if line.item_code else "")
        if column == self.QUANTITY:
            return str(line.quantity)
        if column == self.PRICE:
            return format_money(line.unit_price)
        if column == self.DISCOUNT:
            if line.discount_kind is DiscountKind.PERCENT:
                return f"{line.discount_value} %"
            return format_money(-line.discount) if line.discount else ""
        return format_money(line.total)
