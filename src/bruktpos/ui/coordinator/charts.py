"""The coordinators' charts (QtCharts): sales per shop, category mix, kilos."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from bruktpos.domain.formatting import format_number
from bruktpos.domain.period import PeriodKind
from bruktpos.services.coordinator import Overview
from bruktpos.ui.widgets.dates import qdate

# Calm, distinguishable colours (Okabe–Ito, then muted tones); "other" is grey.
PALETTE = ("#2d4a63", "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#d55e00", "#0072b2", "#999933")
OTHER = "#b8b2a8"
TOP_SHOPS = 7
TOP_CATEGORIES = 10


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(12)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def _kroner_axis(maximum: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setRange(0, max(1.0, maximum * 1.08))
    axis.applyNiceNumbers()
    return axis


class ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setChart(_chart(""))


class SalesChart(ChartView):
    """Net sales per day (per month for a year), stacked by shop: the biggest shops, then the rest."""

    def show_overview(self, overview: Overview) -> None:
        chart = _chart(self.tr("Net sales per shop (kr)"))
        series = QStackedBarSeries()
        shops = sorted(overview.shops, key=lambda s: -s.net_sales)
        top, rest = shops[:TOP_SHOPS], shops[TOP_SHOPS:]
        if len(rest) == 1:
            top, rest = shops, []
        count = len(overview.period.buckets())
        groups = [(overview.short_name(s), [s.buckets]) for s in top]
        if rest:
            groups.append(
                (self.tr("Other shops (%1)").replace("%1", str(len(rest))), [s.buckets for s in rest])
            )
        for n, (name, bucket_lists) in enumerate(groups):
            values = [sum(b[i] for b in bucket_lists) / 100 for i in range(count)]
            bar = QBarSet(name)
            bar.append(values)
            bar.setColor(QColor(OTHER if rest and n == len(groups) - 1 else PALETTE[n % len(PALETTE)]))
            bar.setBorderColor(bar.color())
            series.append(bar)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(self._labels(overview))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        totals = overview.bucket_totals()
        axis_y = _kroner_axis(max(totals, default=0) / 100)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    @staticmethod
    def _labels(overview: Overview) -> list[str]:
        locale = QLocale()
        buckets = overview.period.buckets()
        if overview.period.kind is PeriodKind.YEAR:
            return [locale.monthName(start.month, QLocale.FormatType.ShortFormat) for start, _ in buckets]
        if overview.period.kind is PeriodKind.WEEK:
            return [locale.toString(qdate(start), "ddd d.") for start, _ in buckets]
        return [str(start.day) for start, _ in buckets]


class CategoryChart(ChartView):
    """Net sales per category over all shops, biggest first."""

    def show_overview(self, overview: Overview) -> None:
        chart = _chart(self.tr("Category mix: net sales over all shops (kr)"))
        chart.legend().setVisible(False)
        ranked = sorted(overview.category_mix.items(), key=lambda kv: -kv[1])
        top = ranked[:TOP_CATEGORIES]
        other = sum(v for _, v in ranked[TOP_CATEGORIES:])
        if other:
            top.append((self.tr("Other categories"), other))
        top.reverse()  # a horizontal bar chart draws the first category at the bottom
        bar = QBarSet(self.tr("Net sales"))
        bar.append([v / 100 for _, v in top])
        bar.setColor(QColor(PALETTE[0]))
        series = QHorizontalBarSeries()
        series.append(bar)
        series.setLabelsVisible(False)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([name for name, _ in top] or [self.tr("No sales")])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = _kroner_axis(max((v for _, v in top), default=0) / 100)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


class KilosChart(ChartView):
    """Kilos of donations received per shop: things given a second life."""

    def show_overview(self, overview: Overview) -> None:
        total = overview.total("grams_received")
        chart = _chart(
            self.tr("Kilos given a second life: %1 kg in all").replace(
                "%1", format_number(Decimal(total).scaleb(-3), places=0)
            )
        )
        chart.legend().setVisible(False)
        bar = QBarSet(self.tr("Kilos received"))
        bar.append([s.grams_received / 1000 for s in overview.shops])
        bar.setColor(QColor(PALETTE[3]))
        series = QBarSeries()
        series.append(bar)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([s.code for s in overview.shops] or [""])
        axis_x.setLabelsAngle(-60 if len(overview.shops) > 12 else 0)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = _kroner_axis(max((s.grams_received for s in overview.shops), default=0) / 1000)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
