"""Items as a table for the inventory screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from bruktpos.domain.formatting import format_date, format_money
from bruktpos.services.inventory import ItemRow
from bruktpos.ui.widgets.tables import RowsTableModel

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(RowsTableModel[ItemRow]):
    """Read-only rows of items: code, category, description, price, status, intake date."""

    CODE, CATEGORY, DESCRIPTION, PRICE, STATUS, INTAKE = range(6)
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, rows: list[ItemRow] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows or [])
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) → the cell's text
        self._headers = (
            self.tr("Code"),
            self.tr("Category"),
            self.tr("Description"),
            self.tr("Price"),
            self.tr("Status"),
            self.tr("Intake"),
        )
        self._statuses = {
            "in-stock": self.tr("In stock"),
            "sold": self.tr("Sold"),
            "discarded": self.tr("Thrown away"),
            "recycled": self.tr("Sent to recycling"),
            "moved": self.tr("Moved to another shop"),
        }

    def set_rows(self, rows: list[ItemRow]) -> None:
        self._texts = {}
        super().set_rows(rows)

    def status_text(self, status: str) -> str:
        """A status name (a key of STATUS_NAMES) in the screen's language."""
        return self._statuses.get(status, status)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return self._RIGHT if section == self.PRICE else None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            # Kept once made: the view asks for every cell at each layout (columns fit their contents).
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                item = self.row_at(index.row())
                if item is None:
                    return None
                text = self._texts[key] = self._text(item, index.column())
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._RIGHT if index.column() == self.PRICE else None
        if role == Qt.ItemDataRole.UserRole:
            item = self.row_at(index.row())
            return None if item is None else item.code
        return None

    def _text(self, item: ItemRow, column: int) -> str:
        if column == self.CODE:
            return item.code
        if column == self.CATEGORY:
            return item.category
        if column == self.DESCRIPTION:
            return item.description
        if column == self.PRICE:
            return format_money(item.price)
        if column == self.STATUS:
            return self.status_text(item.status)
        return format_date(item.intake_at)
