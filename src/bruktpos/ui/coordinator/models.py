"""Table models of the coordinators' view: shops with totals, and shops × days."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from bruktpos.domain.formatting import (
    format_money,
    format_number,
    format_percent,
    format_time,
    format_weight_kg,
)
from bruktpos.domain.period import PeriodKind
from bruktpos.services.coordinator import Overview, ShopLine
from bruktpos.ui.widgets.dates import qdate

FLAG = QColor("#f6d5d3")  # calm red: a thing to look at, not an alarm
FLAG_TEXT = QColor("#8a1c17")
TOTAL = QColor("#ece7df")

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def headers() -> dict[str, str]:
    """The shop table's column titles (literal strings, so lupdate finds them)."""
    return {
        "Shop": translate("CoordinatorTables", "Shop"),
        "Net sales": translate("CoordinatorTables", "Net sales"),
        "Same period last year": translate("CoordinatorTables", "Last year"),
        "Change": translate("CoordinatorTables", "Change %"),
        "Receipts": translate("CoordinatorTables", "Receipts"),
        "Kg received": translate("CoordinatorTables", "Kg in"),
        "Cash difference": translate("CoordinatorTables", "Cash difference"),
        "Last heard from": translate("CoordinatorTables", "Last sync"),
    }


def kr(ore: int) -> str:
    """Whole kroner, rounded half away from zero: calmer in a wide table."""
    whole = (abs(ore) + 50) // 100 * 100
    return format_money(whole if ore >= 0 else -whole, whole=True)


def kg(grams: int) -> str:
    return format_weight_kg(grams, places=0)


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return format_percent(Decimal(repr(value)), places=1, signed=True)


def when(at: datetime | None) -> str:
    if at is None:
        return translate("CoordinatorTables", "never")
    local = at.astimezone()
    return f"{local:%d.%m.} {format_time(local)}"


class ShopTableModel(QAbstractTableModel):
    """One row per shop and a chapter total at the bottom."""

    COLUMNS = (
        "Shop",
        "Net sales",
        "Same period last year",
        "Change",
        "Receipts",
        "Kg received",
        "Cash difference",
        "Last heard from",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.threshold = 0

    def set_overview(self, overview: Overview | None, threshold: int) -> None:
        self.beginResetModel()
        self.overview = overview
        self.threshold = threshold
        self.endResetModel()

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        if self.rowCount():
            col = self.COLUMNS.index("Cash difference")
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.shops) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[self.COLUMNS[section]]
        return None

    def shop(self, row: int) -> ShopLine | None:
        assert self.overview is not None
        return self.overview.shops[row] if row < len(self.overview.shops) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None:
            return None
        shop = self.shop(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shop, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "Shop" and shop is not None:
            return f"{shop.name} ({shop.code})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "Shop":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if shop is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTAL)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        flagged = self._flagged(shop, column)
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QBrush(FLAG)
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(FLAG_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            if column == "Last heard from":
                return translate("CoordinatorTables", "Not heard from in two days")
            return translate("CoordinatorTables", "A cash difference above the limit on at least one day")
        return None

    def _flagged(self, shop: ShopLine, column: str) -> bool:
        assert self.overview is not None
        if column == "Last heard from":
            return self.overview.is_silent(shop)
        if column == "Cash difference":
            return any(f.shop_code == shop.code for f in self.overview.cash_flags(self.threshold))
        return False

    def _text(self, shop: ShopLine | None, column: str) -> str:
        o = self.overview
        assert o is not None
        if shop is None:  # the chapter's total
            return {
                "Shop": translate("CoordinatorTables", "Chapter total"),
                "Net sales": kr(o.total("net_sales")),
                "Same period last year": "–" if o.last_year_total is None else kr(o.last_year_total),
                "Change": percent(o.total_change),
                "Receipts": format_number(o.total("receipts")),
                "Kg received": kg(o.total("grams_received")),
                "Cash difference": kr(o.total("cash_difference")),
                "Last heard from": "",
            }[column]
        return {
            "Shop": o.short_name(shop),
            "Net sales": kr(shop.net_sales),
            "Same period last year": "–" if shop.last_year is None else kr(shop.last_year),
            "Change": percent(shop.change),
            "Receipts": format_number(shop.receipts),
            "Kg received": kg(shop.grams_received),
            "Cash difference": kr(shop.cash_difference),
            "Last heard from": when(shop.last_contact_at),
        }[column]


class DayGridModel(QAbstractTableModel):
    """Shops down, days (months for a year) across, net sales in each cell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self._totals: list[int] = []

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self._totals = overview.bucket_totals() if overview else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.shops) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self._totals) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.overview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            shops = self.overview.shops
            return (
                self.overview.short_name(shops[section])
                if section < len(shops)
                else translate("CoordinatorTables", "Total")
            )
        if section == len(self._totals):
            return translate("CoordinatorTables", "Total")
        start, _ = self.overview.period.buckets()[section]
        if self.overview.period.kind is PeriodKind.YEAR:
            return QLocale().monthName(start.month, QLocale.FormatType.ShortFormat)
        return QLocale().toString(qdate(start), "ddd d.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None:
            return None
        shops = self.overview.shops
        total_row = index.row() == len(shops)
        total_column = index.column() == len(self._totals)
        if role == Qt.ItemDataRole.DisplayRole:
            if total_row:
                values = self._totals
                value = sum(values) if total_column else values[index.column()]
            else:
                buckets = shops[index.row()].buckets
                value = sum(buckets) if total_column else buckets[index.column()]
            return kr(value) if value else "·"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (total_row or total_column):
            return QBrush(TOTAL)
        return None
