"""QtCharts for the reports screen: bars, donuts and a small table model.

The charts show kroner as plain numbers (display only: every sum is made in
øre by the service before it gets here).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QMargins, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QShowEvent
from PySide6.QtWidgets import QWidget

# The same calm colours as the PDF (devices/analytics_pdf.py).
PALETTE = ("#2d4a63", "#d08c3a", "#5b8c5a", "#a34a4a", "#6f5a8c", "#3f8c8c", "#8c7a3f", "#8a8f94")

Index = QModelIndex | QPersistentModelIndex


def _chart(title: str = "") -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if title:
        chart.setTitle(title)
    return chart


def empty_chart(text: str) -> QChart:
    """A blank chart area that says why it is blank."""
    chart = _chart(text)
    font = QFont()
    font.setPointSize(12)
    chart.setTitleFont(font)
    return chart


def bar_chart(
    labels: Sequence[str], values: Sequence[float], *, name: str, horizontal: bool = False
) -> QChart:
    """One series of bars; ``horizontal`` puts long category names on the left, readable."""
    chart = _chart()
    bars = QBarSet(name)
    bars.setColor(QColor(PALETTE[0]))
    bars.setBorderColor(QColor(PALETTE[0]))
    # Horizontal bars run top-down in the order given, so the first comes first.
    ordered = list(zip(labels, values, strict=True))
    if horizontal:
        ordered.reverse()
    for _, value in ordered:
        bars.append(float(value))
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([label for label, _ in ordered])
    amounts = QValueAxis()
    amounts.setRange(0, max([0.0, *values]) or 1.0)
    amounts.setLabelFormat("%.0f")
    amounts.setTickCount(5)
    amounts.applyNiceNumbers()
    small = QFont()
    small.setPointSize(9)
    categories.setLabelsFont(small)
    amounts.setLabelsFont(small)
    if horizontal:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    chart.legend().setVisible(False)
    return chart


def donut_chart(labels: Sequence[str], values: Sequence[float]) -> QChart:
    """A donut with each slice's share; the legend names them."""
    chart = _chart()
    series = QPieSeries()
    series.setHoleSize(0.45)
    total = sum(v for v in values if v > 0)
    for n, (label, value) in enumerate(zip(labels, values, strict=True)):
        if value <= 0:
            continue
        piece = series.append(f"{label} {round(100 * value / total)} %", float(value))
        piece.setColor(QColor(PALETTE[n % len(PALETTE)]))
        piece.setBorderColor(QColor("#ffffff"))
        piece.setLabelVisible(False)
    chart.addSeries(series)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignRight)
    font = QFont()
    font.setPointSize(11)
    legend.setFont(font)
    return chart


class ChartView(QChartView):
    """A chart area whose chart is swapped for each new report.

    A chart is made when it can be seen: :meth:`show_chart` may be given a
    function that makes it, and a view on a tab not shown keeps that until
    the tab is opened (or its chart is asked for). Each report fills six
    tabs, and making a chart nobody looks at held the screen for
    milliseconds each (issue 18).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(280, 200)
        self._pending: Callable[[], QChart] | None = _chart

    def show_chart(self, chart: QChart | Callable[[], QChart]) -> None:
        """Show ``chart``, or the chart a function makes (made now if the view is seen, else when it is)."""
        if isinstance(chart, QChart):
            self._pending = None
            self._swap(chart)
            return
        self._pending = chart
        if self.isVisible():
            self._make()

    def chart(self) -> QChart:  # Qt's, for its readers: the chart it shows (made now if still to make)
        self._make()
        return super().chart()

    def showEvent(self, event: QShowEvent) -> None:
        self._make()
        super().showEvent(event)

    def _make(self) -> None:
        make, self._pending = self._pending, None
        if make is not None:
            self._swap(make())

    def _swap(self, chart: QChart) -> None:
        old = super().chart()
        self.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()


class RowsModel(QAbstractTableModel):
    """A read-only table of text: a header and rows; ``numeric`` columns align right."""

    def __init__(
        self, header: Sequence[str], numeric: Sequence[int] = (), parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.header = list(header)
        self.numeric = set(numeric)
        self.rows: list[list[str]] = []
        self.bold_last = False

    def set_rows(self, rows: Sequence[Sequence[str]], *, total: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [list(r) for r in rows] + ([list(total)] if total is not None and rows else [])
        self.bold_last = total is not None and bool(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.bold_last and index.row() == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
