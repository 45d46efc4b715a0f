"""The coordinators' window: the chapter's shops, a period at a time.

Opened with ``bruktpos coordinator --hub URL``: no till and no shop database,
only the hub, read in a background thread while a progress bar shows.

Only the tab in front is laid out when the figures arrive; the others are
laid out when they are opened (at 300 shops a month's day grid alone is
9,000 cells, and a hidden table sizes its columns from every row).
"""

from __future__ import annotations

import argparse
import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.period import Period, PeriodKind
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.coordinator import (
    DEFAULT_CASH_THRESHOLD,
    LOWEST_CASH_THRESHOLD,
    Overview,
    load_overview,
)
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.coordinator.charts import CategoryChart, KilosChart, SalesChart
from bruktpos.ui.coordinator.flags import FlagDialog
from bruktpos.ui.coordinator.models import DayGridModel, SellThroughModel, ShopSortProxy, ShopTableModel, kr
from bruktpos.ui.widgets.dates import qdate
from bruktpos.ui.widgets.files import save_file_name
from bruktpos.ui.widgets.text import say

STYLE = """
QPushButton { min-width: 0px; min-height: 40px; padding: 4px 14px; }
QLabel#badge_silent, QLabel#badge_cash {
    font-size: 16px; color: #ffffff; background-color: #b3261e; border-radius: 8px; padding: 6px 12px;
    font-weight: bold;
}
QLabel#badge_ok {
    font-size: 16px; color: #1e4620; background-color: #dcefdc; border-radius: 8px; padding: 6px 12px;
}
QLabel#period { font-size: 22px; font-weight: bold; padding: 0px 8px; }
QPushButton#period_kind { min-width: 84px; }
QPushButton#period_kind:checked { background-color: #2d4a63; color: #ffffff; font-weight: bold; }
QPushButton#step { min-width: 48px; font-size: 20px; }
QTableView { font-size: 15px; background-color: #ffffff; gridline-color: #ddd6cc; }
QHeaderView::section { font-size: 14px; font-weight: bold; padding: 4px 3px; background-color: #ece7df; }
QTabBar::tab { font-size: 16px; padding: 8px 16px; }
"""


class CoordinatorWindow(QMainWindow):
    """Shops × days with totals, last year beside them, charts, flags and the chapter report."""

    loaded = Signal()  # an overview is on the screen
    load_failed = Signal(str)  # the hub could not be read (the error, for the log)
    report_written = Signal(str)  # path of a chapter report

    def __init__(
        self,
        hub_url: str,
        *,
        clock: Clock = local_now,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub_url = hub_url
        self.clock = clock
        self.pool = pool or QThreadPool.globalInstance()
        self.overview: Overview | None = None
        self.flag_dialog: FlagDialog | None = None
        yesterday = clock().date() - timedelta(days=1)
        self.period = Period.containing(PeriodKind.WEEK, yesterday)
        self._generation = 0
        self._jobs: dict[int, object] = {}  # keeps each job's signals alive until it reports
        self._report_signals: object = None
        # Where a report goes; tests replace it (the file dialog is modal).
        self.ask_report_path: Callable[[str, str], Path | None] = self._ask_path
        self.setWindowTitle(self.tr("BruktPOS — chapter overview"))
        self.setMinimumSize(1024, 700)
        self.setStyleSheet(STYLE)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_flags())
        self.tabs = QTabWidget(central)
        self.shop_model = ShopTableModel(self)
        # Sorted by any column with a tap on its title; the totals stay at the bottom.
        self.shop_sort = ShopSortProxy(self)
        self.shop_sort.setSourceModel(self.shop_model)
        self.shop_table = self._table(self.shop_sort)
        self.shop_table.setSortingEnabled(True)
        self.shop_table.horizontalHeader().setSortIndicatorShown(True)
        self.shop_table.sortByColumn(
            -1, Qt.SortOrder.AscendingOrder
        )  # the hub's order until a title is tapped
        self.shop_table.clicked.connect(self._shop_cell_clicked)
        # Names as wide as they need; the figures share the rest, their titles on two lines if need be.
        header = self.shop_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, ShopTableModel.COLUMNS.index("Cash difference")):  # one long word in bokmål
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(52)
        self.shop_table.verticalHeader().setVisible(False)
        self.tabs.addTab(self.shop_table, self.tr("Shops"))
        self.day_model = DayGridModel(self)
        self.day_table = self._table(self.day_model)
        self.tabs.addTab(self.day_table, self.tr("Day by day"))
        self.sales_chart = SalesChart(self.tabs)
        self.tabs.addTab(self.sales_chart, self.tr("Sales over time"))
        self.category_chart = CategoryChart(self.tabs)
        self.tabs.addTab(self.category_chart, self.tr("Category mix"))
        self.kilos_chart = KilosChart(self.tabs)
        self.tabs.addTab(self.kilos_chart, self.tr("Kilos"))
        self.sell_model = SellThroughModel(self)
        self.sell_table = self._table(self.sell_model)
        self.sell_table.setToolTip(self.tr("Median days from intake to sale, per shop and category"))
        self.tabs.addTab(self.sell_table, self.tr("Sell-through"))
        layout.addWidget(self.tabs, 1)
        self._views: dict[QWidget, Callable[[Overview], None]] = {
            self.shop_table: lambda o: self.shop_model.set_overview(o, self.threshold.value() * 100),
            self.day_table: self._show_days,
            self.sales_chart: self.sales_chart.show_overview,
            self.category_chart: self.category_chart.show_overview,
            self.kilos_chart: self.kilos_chart.show_overview,
            self.sell_table: self._show_sell_through,
        }
        self._shown: dict[QWidget, Overview] = {}  # the overview each view was laid out with
        self.tabs.currentChanged.connect(lambda _index: self._show_current())

        bottom = QHBoxLayout()
        self.message = QLabel(central)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        bottom.addWidget(self.message, 1)
        self.progress = QProgressBar(central)
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        bottom.addWidget(self.progress)
        self.pdf_button = QPushButton(self.tr("Monthly report (PDF)"), central)
        self.pdf_button.clicked.connect(lambda: self.write_report("pdf"))
        self.pdf_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.pdf_button)
        self.csv_button = QPushButton(self.tr("Monthly report (CSV)"), central)
        self.csv_button.setToolTip(self.tr("The monthly report as a file for a spreadsheet"))
        self.csv_button.clicked.connect(lambda: self.write_report("csv"))
        self.csv_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        bottom.addWidget(self.csv_button)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._show_period()

    # --- layout -------------------------------------------------------------------

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[PeriodKind, QPushButton] = {}
        for kind, text in (
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            button = QPushButton(text, self)
            button.setObjectName("period_kind")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setChecked(kind is self.period.kind)
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            row.addWidget(button)
        row.addSpacing(12)
        self.previous_button = QPushButton("◀", self)
        self.previous_button.setObjectName("step")
        self.previous_button.setToolTip(self.tr("The period before"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        row.addWidget(self.previous_button)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("period")
        row.addWidget(self.period_label)
        self.next_button = QPushButton("▶", self)
        self.next_button.setObjectName("step")
        self.next_button.setToolTip(self.tr("The period after"))
        self.next_button.clicked.connect(lambda: self.step(1))
        row.addWidget(self.next_button)
        row.addStretch(1)
        return row

    def _build_flags(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.silent_badge = QLabel(self)
        self.silent_badge.setObjectName("badge_silent")
        self.silent_badge.setWordWrap(True)
        self.silent_badge.setVisible(False)
        row.addWidget(self.silent_badge, 1)
        self.cash_badge = QLabel(self)
        self.cash_badge.setObjectName("badge_cash")
        self.cash_badge.setWordWrap(True)
        self.cash_badge.setVisible(False)
        # Each flag is a link: a tap shows that day's note, who approved it and the figures.
        self.cash_badge.setTextFormat(Qt.TextFormat.RichText)
        self.cash_badge.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.cash_badge.linkActivated.connect(lambda link: self.show_flag(int(link.removeprefix("flag:"))))
        row.addWidget(self.cash_badge, 1)
        self.ok_badge = QLabel(self.tr("All shops heard from, no big cash differences."), self)
        self.ok_badge.setObjectName("badge_ok")
        self.ok_badge.setVisible(False)
        row.addWidget(self.ok_badge, 1)
        limit = QLabel(self.tr("Flag cash\ndifferences over"), self)
        row.addWidget(limit)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(LOWEST_CASH_THRESHOLD // 100, 100_000)
        self.threshold.setSingleStep(50)
        self.threshold.setSuffix(" kr")
        self.threshold.setValue(DEFAULT_CASH_THRESHOLD // 100)
        self.threshold.setMinimumHeight(40)
        self.threshold.valueChanged.connect(self._threshold_changed)
        row.addWidget(self.threshold)
        return row

    def _table(self, model: ShopSortProxy | DayGridModel | SellThroughModel) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAlternatingRowColors(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(34)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # --- period ----------------------------------------------------------------

    def set_kind(self, kind: PeriodKind) -> None:
        """Week, month or year around the period shown now."""
        self.kind_buttons[kind].setChecked(True)
        anchor = min(self.period.end, self.clock().date() - timedelta(days=1))
        self.period = Period.containing(kind, max(anchor, self.period.start))
        self._show_period()

    def step(self, n: int) -> None:
        self.period = self.period.step(n)
        self._show_period()

    def period_text(self, period: Period) -> str:
        locale = QLocale()
        if period.kind is PeriodKind.WEEK:
            week = period.start.isocalendar()[1]
            return (
                self.tr("Week %1, %2")
                .replace("%1", str(week))
                .replace(
                    "%2",
                    f"{locale.toString(qdate(period.start), 'd.M.')}–"
                    f"{locale.toString(qdate(period.end), 'd.M.yyyy')}",
                )
            )
        if period.kind is PeriodKind.MONTH:
            return locale.toString(qdate(period.start), "MMMM yyyy").capitalize()
        return str(period.start.year)

    def _show_period(self) -> None:
        self.period_label.setText(self.period_text(self.period))
        # Forward only to a period that has had a day (up to yesterday).
        self.next_button.setEnabled(self.period.step(1).start < self.clock().date())
        self.reload()

    # --- loading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the period from the hub in the background (a newer request wins)."""
        self._generation += 1
        generation = self._generation
        period, url, now = self.period, self.hub_url, self.clock()

        def work(progress: Callable[[int, int], None]) -> tuple[int, Overview]:
            from bruktpos.hub.schema import hub_engine

            engine = hub_engine(url)
            try:
                return generation, load_overview(engine, period, now, progress)
            finally:
                engine.dispose()

        job = BackgroundJob(work, reports_progress=True)
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._loaded)
        job.signals.failed.connect(self._failed)
        self._jobs[generation] = job.signals
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        say(self.message, self.tr("Reading the chapter's figures …"), "info")
        self.pool.start(job)

    def _progressed(self, step: int, steps: int) -> None:
        self.progress.setRange(0, steps)
        self.progress.setValue(step)

    def _loaded(self, result: tuple[int, Overview]) -> None:
        generation, overview = result
        self._jobs.pop(generation, None)
        if generation != self._generation:
            return  # the person has stepped on meanwhile
        self.progress.setVisible(False)
        self.overview = overview
        self._show_current()
        self._show_flags()
        if overview.shops:
            say(self.message, "", "info")
        else:
            say(self.message, self.tr("No shop has sent anything to this hub yet."), "info")
        self.loaded.emit()

    def _show_days(self, overview: Overview) -> None:
        self.day_model.set_overview(overview)
        _fit_columns(self.day_table, self.day_model)

    def _show_sell_through(self, overview: Overview) -> None:
        self.sell_model.set_overview(overview)
        _fit_columns(self.sell_table, self.sell_model)

    def _show_current(self) -> None:
        """Lay out the tab in front with the overview, unless it shows that one already."""
        widget = self.tabs.currentWidget()
        if self.overview is None or self._shown.get(widget) is self.overview:
            return
        self._views[widget](self.overview)
        self._shown[widget] = self.overview

    def _failed(self, error: Exception) -> None:
        self._jobs = {g: s for g, s in self._jobs.items() if g == self._generation}
        self.progress.setVisible(False)
        self.load_failed.emit(f"{type(error).__name__}: {error}"[:300])
        say(
            self.message,
            self.tr(
                "The hub could not be read. Check the network and the hub address, "
                "then press ◀ or ▶ to try again."
            ),
            "error",
        )

    # --- flags -------------------------------------------------------------------

    def _threshold_changed(self, value: int) -> None:
        self.shop_model.set_threshold(value * 100)
        if self.overview is not None:
            self._show_flags()

    def _show_flags(self) -> None:
        overview = self.overview
        assert overview is not None
        silent = overview.silent_shops()
        if silent:
            names = ", ".join(overview.short_name(shop) for shop in silent)
            self.silent_badge.setText(
                self.tr("Not heard from in two days (%1): %2")
                .replace("%1", str(len(silent)))
                .replace("%2", names)
            )
        self.silent_badge.setVisible(bool(silent))
        limit = self.threshold.value() * 100
        flags = overview.cash_flags(limit)
        if flags:
            shown = [
                f'<a href="flag:{n}" style="color: #ffffff;">{html.escape(f.shop_name)}'
                f" {QLocale().toString(qdate(f.business_date), 'd.M.')} {kr(f.difference)}</a>"
                for n, f in enumerate(flags[:3])
            ]
            if len(flags) > 3:
                shown.append(self.tr("and %1 more").replace("%1", str(len(flags) - 3)))
            self.cash_badge.setText(
                self.tr("Cash differences above %1: %2")
                .replace("%1", kr(limit))
                .replace("%2", "; ".join(shown))
            )
        self.cash_badge.setVisible(bool(flags))
        self.ok_badge.setVisible(not silent and not flags and bool(overview.shops))

    def show_flag(self, n: int) -> FlagDialog | None:
        """The n-th flagged day above the limit: its note, who approved it and the figures."""
        if self.overview is None:
            return None
        flags = self.overview.cash_flags(self.threshold.value() * 100)
        if not 0 <= n < len(flags):
            return None
        dialog = FlagDialog(flags[n], self.overview, self)
        self.flag_dialog = dialog  # for tests; modal on the screen
        dialog.open()
        return dialog

    def _shop_cell_clicked(self, index: QModelIndex) -> None:
        source = self.shop_sort.mapToSource(index)
        shop = self.shop_model.shop(source.row()) if self.overview is not None else None
        if shop is None or ShopTableModel.COLUMNS[source.column()] != "Cash difference":
            return
        flags = self.overview.cash_flags(self.threshold.value() * 100) if self.overview else []
        for n, flag in enumerate(flags):  # the shop's biggest difference over the limit
            if flag.shop_code == shop.code:
                self.show_flag(n)
                return

    # --- chapter report ----------------------------------------------------------

    def report_month(self) -> date:
        """The month a report is for: the period's month, or its last whole month so far."""
        if self.period.kind is PeriodKind.YEAR:
            last = min(self.period.end, self.clock().date() - timedelta(days=1))
            return last.replace(day=1)
        return self.period.start.replace(day=1)

    def write_report(self, kind: str) -> None:
        """Write the chapter's monthly report (PDF or CSV) in the background."""
        month = self.report_month()
        suggested = f"kretsrapport-{month:%Y-%m}.{kind}"
        path = self.ask_report_path(kind, suggested)
        if path is None:
            return
        url = self.hub_url

        def work(progress: Callable[[int, int], None]) -> str:
            from bruktpos.hub.chapter_report import build_chapter_report, write_csv, write_pdf
            from bruktpos.hub.schema import hub_engine

            engine = hub_engine(url)
            try:
                report = build_chapter_report(engine, month)
            finally:
                engine.dispose()
            (write_pdf if kind == "pdf" else write_csv)(report, path)
            return str(path)

        job = BackgroundJob(work, reports_progress=True)
        job.signals.finished.connect(self._report_done)
        job.signals.failed.connect(self._report_failed)
        self._report_signals = job.signals  # kept alive until it reports
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        say(self.message, self.tr("Writing the monthly report …"), "info")
        self.pool.start(job)

    def _report_done(self, path: str) -> None:
        self.progress.setVisible(False)
        say(self.message, self.tr("The monthly report was saved as %1.").replace("%1", path), "info")
        self.report_written.emit(path)

    def _report_failed(self, error: Exception) -> None:
        self.progress.setVisible(False)
        say(
            self.message,
            self.tr(
                "The report could not be written. Check that the folder exists "
                "and that the hub can be reached, then try again."
            ),
            "error",
        )

    def _ask_path(self, kind: str, suggested: str) -> Path | None:
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        return save_file_name(self, self.tr("Save the monthly report"), suggested, pattern)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pool.waitForDone(10_000)
        super().closeEvent(event)


def run_coordinator(hub_url: str, language: str = "nb") -> int:
    """Open the coordinators' window on ``hub_url`` (``bruktpos coordinator``)."""
    import sys

    from PySide6.QtWidgets import QApplication

    from bruktpos.ui.collector import collecting_on_gui_thread
    from bruktpos.ui.look import install_translators, load_theme

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("BruktPOS")
    install_translators(app, language)
    load_theme(app)
    with collecting_on_gui_thread(
        for_good=True
    ):  # garbage collected on the GUI thread only (ui/collector.py)
        window = CoordinatorWindow(hub_url)
        window.showMaximized()
        return app.exec()


def cli(args: argparse.Namespace) -> int:
    """``bruktpos coordinator --hub URL`` (language: the global ``--language``, default bokmål)."""
    return run_coordinator(str(args.hub), language=getattr(args, "language", None) or "nb")


def _fit_columns(table: QTableView, model: DayGridModel | SellThroughModel) -> None:
    """Columns as wide as their widest text, worked out from ``model.widest`` rather than measured
    per cell (a month of 300 shops is 9,600 cells, and Qt's ResizeToContents asks every one)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = table.fontMetrics()
    pad = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 16
    for column in range(model.columnCount()):
        widest = max(metrics.horizontalAdvance(text) for text in model.widest(column))
        header.resizeSection(column, widest + pad)
