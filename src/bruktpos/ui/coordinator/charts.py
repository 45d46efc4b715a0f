"""The coordinators' charts (QtCharts): sales per shop, category mix, kilos."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
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
PALETTE = (
    "#2d4a63", "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#d55e00",
    "#0072b2", "#999933", "#882255", "#44aa99", "#aa4499", "#6b5b3e",
)  # fmt: skip
OTHER = "#b8b2a8"
TOP_SHOPS = 7
TOP_CATEGORIES = 10
KILO_SHOPS = 30  # bars with a name; the rest of the shops as one grey bar


def shop_colour(overview: Overview, code: str) -> QColor:
    """The shop's colour, the same in every chart, period and view (by its place among the codes)."""
    return QColor(PALETTE[overview.colour_of(code) % len(PALETTE)])


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
        groups = [(overview.short_name(s), [s.buckets], shop_colour(overview, s.code)) for s in top]
        if rest:
            groups.append(
                (
                    self.tr("Other shops (%1)").replace("%1", str(len(rest))),
                    [s.buckets for s in rest],
                    QColor(OTHER),
                )
            )
        for name, bucket_lists, colour in groups:
            values = [sum(b[i] for b in bucket_lists) / 100 for i in range(count)]
            bar = QBarSet(name)
            bar.append(values)
            bar.setColor(colour)
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
        # The shops by name, most kilos first; each bar in its shop's colour (one set per colour, so
        # the chart has a dozen sets whatever the number of shops).
        ranked = sorted(overview.shops, key=lambda s: (-s.grams_received, s.code))
        named, rest = ranked[:KILO_SHOPS], ranked[KILO_SHOPS:]
        labels = [overview.short_name(s) for s in named]
        values = [s.grams_received / 1000 for s in named]
        colours = [overview.colour_of(s.code) % len(PALETTE) for s in named]
        if rest:
            labels.append(self.tr("Other shops (%1)").replace("%1", str(len(rest))))
            values.append(sum(s.grams_received for s in rest) / 1000)
            colours.append(-1)
        series = QStackedBarSeries()
        for colour in sorted(set(colours)):
            bar = QBarSet(self.tr("Kilos received"))
            bar.append([v if c == colour else 0.0 for v, c in zip(values, colours, strict=True)])
            bar.setColor(QColor(OTHER if colour < 0 else PALETTE[colour]))
            bar.setBorderColor(bar.color())
            series.append(bar)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels or [""])
        axis_x.setLabelsAngle(-60 if len(labels) > 8 else 0)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = _kroner_axis(max(values, default=0))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
