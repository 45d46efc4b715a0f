"""Table models of the coordinators' view: shops with totals, and shops × days."""

from __future__ import annotations

from datetime import datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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


# A table of 300 shops × 31 days is 9,000 amounts: Babel's formatting (about 0.1 ms each) is
# done once here, for the shape of an amount, and the digits are grouped by Python.
_KR = format_money(100, whole=True).replace("1", "{}", 1)  # "kr {}"
_KR_BELOW = format_money(-100, whole=True).replace("1", "{}", 1)  # "kr -{}"
_GROUP = format_number(1000)[1]  # the thousands separator (a no-break space)


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", _GROUP)


def kr(ore: int) -> str:
    """Whole kroner, rounded half away from zero: calmer in a wide table (as ``format_money`` writes)."""
    whole = (abs(ore) + 50) // 100
    return (_KR_BELOW if ore < 0 and whole else _KR).format(_grouped(whole))


def count(value: int) -> str:
    """A whole number grouped as ``format_number`` writes it (``12 345``)."""
    return ("-" if value < 0 else "") + _grouped(abs(value))


_KG = format_weight_kg(1000, places=0).replace("1", "{}", 1)  # "{} kg"
_PERCENT = format_percent(Decimal("1.5"), places=1).replace("1,5", "{}", 1)  # "{} %"
_DECIMAL_MARK = format_number(Decimal("1.5"), places=1)[1]
_WHOLE, _TENTH = Decimal(1), Decimal("0.1")


def kg(grams: int) -> str:
    """Whole kilograms, rounded half away from zero (as ``format_weight_kg(grams, places=0)``)."""
    kilos = Decimal(grams).scaleb(-3).quantize(_WHOLE, ROUND_HALF_UP)
    return _KG.format(("-" if kilos.is_signed() else "") + _grouped(int(abs(kilos))))


def percent(value: float | None) -> str:
    """Per cent with one decimal and a sign, as ``format_percent(…, places=1, signed=True)``."""
    if value is None:
        return "–"
    tenths = Decimal(repr(value)).quantize(_TENTH, ROUND_HALF_UP)
    whole, _, tenth = f"{abs(tenths):.1f}".partition(".")
    sign = "-" if tenths.is_signed() else "+" if tenths > 0 else ""
    return _PERCENT.format(f"{sign}{_grouped(int(whole))}{_DECIMAL_MARK}{tenth}")


# The Norwegian clock (13.05) written by strftime, 300 times a view; another locale's through Babel.
_NB_CLOCK = format_time(time(13, 5)) == "13.05"


def when(at: datetime | None) -> str:
    if at is None:
        return translate("CoordinatorTables", "never")
    local = at.astimezone()
    return f"{local:%d.%m. %H.%M}" if _NB_CLOCK else f"{local:%d.%m.} {format_time(local)}"


SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # a cell's value to sort by (numbers as numbers)
TOTAL_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # True on the total rows, which stay at the bottom


class ShopTableModel(QAbstractTableModel):
    """One row per shop, then the chapter total and the like-for-like change at the bottom."""

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
        self._flagged_codes: set[str] = set()
        self._texts: dict[tuple[int, int], str] = {}  # each cell's text, made once per overview

    def set_overview(self, overview: Overview | None, threshold: int) -> None:
        self.beginResetModel()
        self.overview = overview
        self._texts = {}
        self.threshold = threshold
        self._flagged_codes = self._flags()
        self.endResetModel()

    def _flags(self) -> set[str]:
        """The shops with a cash difference above the limit (once per limit, not once per cell)."""
        if self.overview is None:
            return set()
        return {f.shop_code for f in self.overview.cash_flags(self.threshold)}

    def set_threshold(self, threshold: int) -> None:
        self.threshold = threshold
        self._flagged_codes = self._flags()
        if self.rowCount():
            col = self.COLUMNS.index("Cash difference")
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.shops) + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _sort_key(self, shop: ShopLine, column: str) -> Any:
        assert self.overview is not None
        return {
            "Shop": self.overview.short_name(shop).casefold(),
            "Net sales": shop.net_sales,
            "Same period last year": -1 if shop.last_year is None else shop.last_year,
            "Change": -1e18 if shop.change is None else shop.change,
            "Receipts": shop.receipts,
            "Kg received": shop.grams_received,
            "Cash difference": abs(shop.cash_difference),
            "Last heard from": 0.0 if shop.last_contact_at is None else shop.last_contact_at.timestamp(),
        }[column]

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
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._text(shop, column, like_for_like=index.row() > len(self.overview.shops))
                self._texts[key] = text
            return text
        if role == TOTAL_ROLE:
            return shop is None
        if role == SORT_ROLE:
            return None if shop is None else self._sort_key(shop, column)
        if role == Qt.ItemDataRole.ToolTipRole and shop is None and column in ("Shop", "Change"):
            lfl = self.overview.like_for_like
            return (
                translate(
                    "CoordinatorTables",
                    "The change counts only the %1 of %2 shops that sent figures"
                    " for this period and for the same days last year.",
                )
                .replace("%1", str(lfl.shops))
                .replace("%2", str(lfl.of))
            )
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
            return shop.code in self._flagged_codes
        return False

    def _text(self, shop: ShopLine | None, column: str, *, like_for_like: bool = False) -> str:
        o = self.overview
        assert o is not None
        if shop is None and like_for_like:  # only the shops in both periods
            lfl = o.like_for_like
            return {
                "Shop": translate("CoordinatorTables", "Like for like (%1 of %2)")
                .replace("%1", str(lfl.shops))
                .replace("%2", str(lfl.of)),
                "Net sales": kr(lfl.net_sales) if lfl.shops else "–",
                "Same period last year": kr(lfl.last_year) if lfl.shops else "–",
                "Change": percent(lfl.change),
            }.get(column, "")
        if shop is None:  # the chapter's total: every shop; its change is the like-for-like one below
            return {
                "Shop": translate("CoordinatorTables", "Chapter total"),
                "Net sales": kr(o.total("net_sales")),
                "Same period last year": "–" if o.last_year_total is None else kr(o.last_year_total),
                "Change": "",
                "Receipts": count(o.total("receipts")),
                "Kg received": kg(o.total("grams_received")),
                "Cash difference": kr(o.total("cash_difference")),
                "Last heard from": "",
            }[column]
        return {
            "Shop": o.short_name(shop),
            "Net sales": kr(shop.net_sales),
            "Same period last year": "–" if shop.last_year is None else kr(shop.last_year),
            "Change": percent(shop.change),
            "Receipts": count(shop.receipts),
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
        self._texts: dict[tuple[int, int], str] = {}

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self._texts = {}
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

    def widest(self, column: int) -> list[str]:
        """The texts that can be the widest in ``column``: its title, its largest and its smallest amount.

        For sizing the columns without asking every cell (a month of 300 shops is 9,600 of them).
        """
        assert self.overview is not None
        shops = self.overview.shops
        if column == len(self._totals):
            values = [sum(shop.buckets) for shop in shops] + [sum(self._totals)]
        else:
            values = [shop.buckets[column] for shop in shops] + [self._totals[column]]
        title = self.headerData(column, Qt.Orientation.Horizontal)
        return [str(title or ""), *(kr(v) for v in {max(values), min(values)})]

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
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is not None:
                return text
            if total_row:
                values = self._totals
                value = sum(values) if total_column else values[index.column()]
            else:
                buckets = shops[index.row()].buckets
                value = sum(buckets) if total_column else buckets[index.column()]
            text = kr(value) if value else "·"
            self._texts[key] = text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and (total_row or total_column):
            return QBrush(TOTAL)
        return None


class ShopSortProxy(QSortFilterProxyModel):
    """Sorts the shops by any column's value; the total rows stay at the bottom either way."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        left_total, right_total = model.data(left, TOTAL_ROLE), model.data(right, TOTAL_ROLE)
        if left_total or right_total:
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            if left_total and right_total:  # the chapter total above the like-for-like row
                return (left.row() < right.row()) != descending
            return bool(right_total) != descending
        a, b = model.data(left, SORT_ROLE), model.data(right, SORT_ROLE)
        return bool(a < b) if a != b else left.row() < right.row()


def days_text(median: float | None) -> str:
    if median is None:
        return "–"
    return translate("CoordinatorTables", "%1 d").replace("%1", count(round(median)))


class SellThroughModel(QAbstractTableModel):
    """Median days from intake to sale: shops down, categories across, the chapter at the bottom."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.categories: list[str] = []
        self._texts: dict[tuple[int, int], str] = {}

    def set_overview(self, overview: Overview | None) -> None:
        self.beginResetModel()
        self.overview = overview
        self._texts = {}
        # The categories with most items sold first.
        ranked = sorted(
            (overview.sell_through if overview else {}).items(), key=lambda kv: (-kv[1][0], kv[0])
        )
        self.categories = [name for name, _ in ranked]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.shops) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.overview is None else len(self.categories)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.overview is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.categories[section]
        shops = self.overview.shops
        return (
            self.overview.short_name(shops[section])
            if section < len(shops)
            else translate("CoordinatorTables", "Chapter")
        )

    def _cell(self, row: int, column: int) -> tuple[int, float | None]:
        assert self.overview is not None
        shops = self.overview.shops
        category = self.categories[column]
        if row < len(shops):
            return shops[row].sell_through.get(category, (0, None))
        return self.overview.sell_through.get(category, (0, None))

    def widest(self, column: int) -> list[str]:
        """The texts that can be the widest in ``column``: its title and its longest median."""
        assert self.overview is not None
        medians = [self._cell(row, column)[1] for row in range(len(self.overview.shops) + 1)]
        days = [m for m in medians if m is not None]
        texts = [str(self.headerData(column, Qt.Orientation.Horizontal) or ""), days_text(None)]
        return texts + ([days_text(max(days))] if days else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None:
            return None
        shops = self.overview.shops
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = days_text(self._cell(*key)[1])
            return text
        items, _median = self._cell(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole and items:
            return translate("CoordinatorTables", "%n item(s) sold", "", items)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == len(shops):
            return QBrush(TOTAL)
        return None
