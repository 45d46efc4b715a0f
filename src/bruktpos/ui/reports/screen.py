"""The reports screen: how a day, a week or a month went, for shop leaders.

A period row (day, week or month; ◀ ▶ to step; "Today"), four key figures,
and one tab per question — categories, café and shop, payments, hours,
donations, sell-through — each a chart beside its table. The figures are
read in the background (:class:`ReportWorker`), so stepping through months
never freezes the till; a busy bar shows while a read takes more than a
moment. "Save PDF" and "Save CSV" write the report shown into the data
folder's ``reports/`` (or wherever the leader chooses).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.formatting import format_money, format_number
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, may
from bruktpos.services.analytics import Period, PeriodReport, build_period_report
from bruktpos.services.analytics_export import (
    decimal_text,
    kilo_display,
    share_text,
    write_report_csv,
    write_report_pdf_file,
)
from bruktpos.store.db import Database
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.reports.charts import ChartView, RowsModel, bar_chart, donut_chart, empty_chart
from bruktpos.ui.reports.dates_dialog import DatesDialog
from bruktpos.ui.reports.worker import ReportWorker
from bruktpos.ui.widgets.dates import qdate
from bruktpos.ui.widgets.files import save_file_dialog
from bruktpos.ui.widgets.text import say

TOUCH = 48  # px: the smallest thing a finger has to hit
BUSY_AFTER_MS = 150  # a quicker read shows no busy bar at all

CHART_BARS = 10  # more bars than this and their names no longer fit: the rest become "Other"

_STYLE = """
QLabel#screen_title { font-size: 22px; font-weight: bold; }
QFrame#kpi { background-color: #ffffff; border: 1px solid #d6d0c6; border-radius: 6px; }
QFrame#kpi QLabel { background-color: transparent; }
QLabel#kpi_value { font-size: 24px; font-weight: bold; color: #2d4a63; }
QLabel#kpi_label { color: #4a5259; font-size: 15px; }
QLabel#period_label { font-size: 19px; font-weight: bold; }
QPushButton#period_kind { min-width: 56px; padding: 8px 10px; }
QPushButton#period_kind:checked { background-color: #2d4a63; color: #ffffff; }
QPushButton#step { min-width: 48px; padding: 8px 4px; }
QPushButton#today { min-width: 72px; padding: 8px 12px; }
QTableView { font-size: 15px; }
QHeaderView::section { font-size: 15px; }
"""


class _Tile(QFrame):
    """One key figure: a big number over its name."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kpi")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("–", self)
        self.value.setObjectName("kpi_value")
        self.label = QLabel(label, self)
        self.label.setObjectName("kpi_label")
        column.addWidget(self.value)
        column.addWidget(self.label)


class _Section(QWidget):
    """A tab: a chart on the left, its table on the right, built when the tab is first shown.

    Its rows (:attr:`model`) and its chart's recipe are kept from the start,
    so a tab opened later shows the figures of the report already read.
    Built all at once, the six tabs' charts and tables held the screen's
    first showing for a good part of a tenth of a second (issue 18); one is
    a few milliseconds, on the tap that opens it.
    """

    def __init__(
        self, header: list[str], numeric: tuple[int, ...], parent: QWidget, *, chart: bool = True
    ) -> None:
        super().__init__(parent)
        self.has_chart = chart
        self.model = RowsModel(header, numeric, self)
        self.chart: ChartView | None = None  # built with the tab
        self.table: QTableView | None = None
        self._chart_to_show: Callable[[], QChart] | None = None

    @property
    def built(self) -> bool:
        return self.table is not None

    def build(self) -> None:
        """The chart and the table (once; the first showing of the tab does this)."""
        if self.table is not None:
            return
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        if self.has_chart:
            self.chart = ChartView(self)
            row.addWidget(self.chart, 1)
            if self._chart_to_show is not None:
                self.chart.show_chart(self._chart_to_show)
                self._chart_to_show = None
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        row.addWidget(self.table, 1)
        if self.isVisible():  # built as the tab shows: its parts show with it, not a turn later
            for part in (self.chart, self.table):
                if part is not None:
                    part.show()

    def show_chart(self, make: Callable[[], QChart]) -> None:
        """The chart ``make`` makes: drawn when it can be seen (kept until the tab is built)."""
        if self.chart is not None:
            self.chart.show_chart(make)
        else:
            self._chart_to_show = make

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)


class ReportsScreen(QWidget):
    """Sales, donations and sell-through of a period (see the module's docstring)."""

    closed = Signal()
    report_shown = Signal(object)  # the PeriodReport now on screen
    file_saved = Signal(object)  # the Path written

    def __init__(
        self,
        db: Database,
        clock: Callable[[], datetime],
        shop_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self.setStyleSheet(_STYLE)
        self.db = db
        self.clock = clock
        self.shop_name = shop_name
        self.operator: Operator | None = None
        self.period = Period.day(clock().date())
        self.report: PeriodReport | None = None
        self.worker = ReportWorker(db.path, self)
        self.worker.finished.connect(self._job_finished)
        self.worker.failed.connect(self._job_failed)
        self._jobs: dict[int, Callable[[object], None]] = {}
        self._loading = 0
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(True))

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top_row())
        layout.addLayout(self._build_period_row())
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addLayout(self._build_tiles())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("report_tabs")
        layout.addWidget(self.tabs, 1)
        self._build_sections()

    # --- building ----------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], name: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(TOUCH)
        if name:
            button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _build_top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(fill(self.tr("Reports for %1"), self.shop_name), self)
        heading.setObjectName("screen_title")
        row.addWidget(heading, 1)
        self.pdf_button = self._button(self.tr("Save PDF"), self.save_pdf)
        self.csv_button = self._button(self.tr("Save CSV"), self.save_csv)
        self.back_button = self._button(self.tr("Back to the till"), self.close_screen)
        for button in (self.pdf_button, self.csv_button, self.back_button):
            row.addWidget(button)
        return row

    def _build_period_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QPushButton] = {}
        for kind, text in (
            (Period.DAY, self.tr("Day")),
            (Period.WEEK, self.tr("Week")),
            (Period.MONTH, self.tr("Month")),
        ):
            button = self._button(text, partial(self.choose_kind, kind), "period_kind")
            button.setCheckable(True)
            self.kind_group.addButton(button)
            self.kind_buttons[kind] = button
            row.addWidget(button)
        self.dates_button = self._button(self.tr("Dates…"), self.choose_dates, "period_kind")
        self.dates_button.setCheckable(True)
        self.kind_group.addButton(self.dates_button)
        self.kind_buttons[Period.CUSTOM] = self.dates_button
        row.addWidget(self.dates_button)
        row.addSpacing(12)
        self.previous_button = self._button("◀", lambda: self.step(-1), "step")
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button = self._button("▶", lambda: self.step(1), "step")
        self.next_button.setToolTip(self.tr("Next"))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("period_label")
        self.period_label.setMinimumWidth(200)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.previous_button)
        row.addWidget(self.period_label, 1)
        row.addWidget(self.next_button)
        self.today_button = self._button(self.tr("Today"), self.go_to_today, "today")
        row.addWidget(self.today_button)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)  # no end known: a moving bar
        self.busy.setFormat(self.tr("Reading…"))
        self.busy.setTextVisible(True)
        self.busy.setMaximumWidth(140)
        self.busy.setVisible(False)
        row.addWidget(self.busy)
        return row

    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sales_tile = _Tile(self.tr("Sales"), self)
        self.receipts_tile = _Tile(self.tr("Receipts"), self)
        self.average_tile = _Tile(self.tr("Average per receipt"), self)
        self.kilos_tile = _Tile(self.tr("Kilos received"), self)
        for tile in (self.sales_tile, self.receipts_tile, self.average_tile, self.kilos_tile):
            row.addWidget(tile, 1)
        return row

    def _build_sections(self) -> None:
        self.categories = _Section([self.tr("Category"), self.tr("Pieces"), self.tr("Amount")], (1, 2), self)
        self.cafe_shop = _Section([self.tr("Part"), self.tr("Amount"), self.tr("Share")], (1, 2), self)
        self.payments = _Section(
            [self.tr("Payment"), self.tr("Count"), self.tr("Amount"), self.tr("Share")], (1, 2, 3), self
        )
        self.hours = _Section([self.tr("Hour"), self.tr("Receipts"), self.tr("Amount")], (1, 2), self)
        self.donations = _Section([self.tr("Category"), self.tr("Kilos"), self.tr("Pieces")], (1, 2), self)
        self.sell_through = _Section(
            [
                self.tr("Category"),
                self.tr("Sold"),
                self.tr("Median days"),
                self.tr("Received"),
                self.tr("Of those sold"),
                self.tr("Share sold"),
            ],
            (1, 2, 3, 4, 5),
            self,
            chart=False,
        )
        for section, title in (
            (self.categories, self.tr("Categories")),
            (self.cafe_shop, self.tr("Café and shop")),
            (self.payments, self.tr("Payments")),
            (self.hours, self.tr("By hour")),
            (self.donations, self.tr("Donations")),
            (self.sell_through, self.tr("Sell-through")),
        ):
            self.tabs.addTab(section, title)
        # The tab shown first, in the tab widget already (moved there built, all of it was restyled);
        # the others when they are opened.
        self.categories.build()

    # --- the public face -------------------------------------------------------------

    def open_for(self, operator: Operator | None) -> bool:
        """Show today's figures to a shop leader; anyone else is told who may see them."""
        self.operator = operator
        if operator is None or not may(operator.role, Action.VIEW_REPORTS):
            self.show_message(self.tr("Only a shop leader can see the reports."), "error")
            self._set_enabled(False)
            return False
        self._set_enabled(True)
        self.show_message("")
        self.go_to_today()
        return True

    def show_message(self, text: str, level: str = "info") -> None:
        say(self.message, text, level)

    def choose_kind(self, kind: str) -> None:
        """Day, week or month around the first day now shown."""
        self.set_period(
            Period.containing(kind, self.period.first if self.period.kind == kind else self._anchor())
        )

    def choose_dates(self) -> None:
        """Any run of days, chosen in a small dialog (from … to …)."""
        dialog = DatesDialog(self.period.first, self.period.last, self.clock().date(), self)
        if dialog.exec() == DatesDialog.DialogCode.Accepted and dialog.period is not None:
            self.set_period(dialog.period)
        else:
            self.kind_buttons[self.period.kind].setChecked(True)  # the choice stays as it was

    def step(self, n: int) -> None:
        """The next (``n`` = 1) or previous (``n`` = −1) day, week or month."""
        self.set_period(self.period.step(n))

    def go_to_today(self) -> None:
        kind = self.period.kind if self.period.kind != Period.CUSTOM else Period.DAY
        self.set_period(Period.containing(kind, self.clock().date()))

    def set_period(self, period: Period) -> None:
        """Show ``period``: its name at once, its figures as soon as they are read."""
        self.period = period
        button = self.kind_buttons.get(period.kind)
        if button is not None:
            button.setChecked(True)
        self.period_label.setText(self.describe_period(period))
        self.next_button.setEnabled(period.last < self.clock().date())
        self.reload()

    def reload(self) -> None:
        """Read the figures of the period shown again, in the background."""
        if self.operator is None or not may(self.operator.role, Action.VIEW_REPORTS):
            return
        period, now, operator = self.period, self.clock(), self.operator
        number = self.worker.submit(
            lambda db: build_period_report(db, period, now=now, operator=operator), replace=True
        )
        self._jobs = {n: handler for n, handler in self._jobs.items() if handler != self._show_report}
        self._jobs[number] = self._show_report
        self._loading = number
        self._busy_timer.start()

    def describe_period(self, period: Period) -> str:
        """``Monday 23. November 2026``, ``Week 48: 23.11.–29.11.2026``, ``November 2026``.

        In the UI's language (``QLocale``'s day and month names).
        """
        locale = QLocale()
        first, last = qdate(period.first), qdate(period.last)
        if period.kind == Period.DAY:
            text = locale.toString(first, "dddd d. MMMM yyyy")
        elif period.kind == Period.WEEK:
            text = fill(
                self.tr("Week %1: %2–%3"),
                period.iso_week[1],
                first.toString("dd.MM."),
                last.toString("dd.MM.yyyy"),
            )
        elif period.kind == Period.MONTH:
            text = locale.toString(first, "MMMM yyyy")
        else:
            text = f"{first.toString('dd.MM.yyyy')}–{last.toString('dd.MM.yyyy')}"
        return text[:1].upper() + text[1:]

    def close_screen(self) -> None:
        self.closed.emit()

    def shutdown(self) -> None:
        """Stop the background reader (at the window's close)."""
        self._busy_timer.stop()
        self.worker.close()

    # --- showing a report ----------------------------------------------------------------

    def _anchor(self) -> date:
        # Switching to a longer period keeps the day in view; today if it is in the period.
        today = self.clock().date()
        return today if today in self.period else self.period.first

    def _set_enabled(self, on: bool) -> None:
        for widget in (
            self.pdf_button,
            self.csv_button,
            self.previous_button,
            self.next_button,
            self.today_button,
            self.tabs,
            *self.kind_buttons.values(),
        ):
            widget.setEnabled(on)

    def _job_finished(self, number: int, result: object) -> None:
        handler = self._jobs.pop(number, None)
        if handler is not None:
            handler(result)

    def _job_failed(self, number: int, error: object) -> None:
        handler = self._jobs.pop(number, None)
        if handler is None:
            return
        if number == self._loading:
            self._busy_timer.stop()
            self.busy.setVisible(False)
        if isinstance(error, BruktError):
            text = describe(error)
        elif isinstance(error, OSError):
            text = fill(
                self.tr(
                    "The file could not be saved (%1). "
                    "Check the folder and that the disk has room, then try again."
                ),
                getattr(error, "filename", None) or error,
            )
        else:
            text = self.tr("The report could not be read. Try again; if it keeps failing, restart BruktPOS.")
        self.show_message(text, "error")

    def _show_report(self, result: object) -> None:
        assert isinstance(result, PeriodReport)
        if result.period != self.period:
            return  # an answer to an older question
        self._busy_timer.stop()
        self.busy.setVisible(False)
        self.report = result
        self._fill(result)
        if result.is_empty:
            self.show_message(self.tr("Nothing was sold or received in this period."))
        else:
            self.show_message("")
        self.report_shown.emit(result)

    def _fill(self, report: PeriodReport) -> None:
        self.sales_tile.value.setText(format_money(report.net_sales))
        self.receipts_tile.value.setText(format_number(report.receipts))
        self.average_tile.value.setText(format_money(report.average_receipt))
        self.kilos_tile.value.setText(kilo_display(report.grams_received))

        categories = report.by_category
        self.categories.model.set_rows(
            [(c.name, str(c.count), format_money(c.amount)) for c in categories],
            total=(self.tr("Total"), str(sum(c.count for c in categories)), format_money(report.net_sales)),
        )
        self._bar(
            self.categories,
            [c.name for c in categories],
            [c.amount / 100 for c in categories],
            self.tr("kr"),
            True,
        )

        net = report.net_sales
        parts = (
            [(self.tr("Shop"), report.shop_sales), (self.tr("Café"), report.cafe_sales)] if categories else []
        )
        self.cafe_shop.model.set_rows(
            [(name, format_money(amount), self._percent(amount, net)) for name, amount in parts]
        )
        self._donut(self.cafe_shop, [name for name, _ in parts], [amount / 100 for _, amount in parts])

        paid = report.payments_total
        names = [self.payment_name(p.method) for p in report.by_payment]
        self.payments.model.set_rows(
            [
                (name, str(p.count), format_money(p.amount), self._percent(p.amount, paid))
                for name, p in zip(names, report.by_payment, strict=True)
            ],
            total=(self.tr("Total"), str(sum(p.count for p in report.by_payment)), format_money(paid), ""),
        )
        self._donut(self.payments, names, [p.amount / 100 for p in report.by_payment])

        hours = report.by_hour
        self.hours.model.set_rows(
            [(f"{h.hour:02d}–{h.hour + 1:02d}", str(h.receipts), format_money(h.amount)) for h in hours]
        )
        self._bar(
            self.hours,
            [f"{h.hour:02d}" for h in hours],
            [h.amount / 100 for h in hours],
            self.tr("kr"),
            False,
        )

        kilos = report.kilos
        self.donations.model.set_rows(
            [(k.name, kilo_display(k.grams), str(k.pieces)) for k in kilos],
            total=(self.tr("Total"), kilo_display(report.grams_received), str(sum(k.pieces for k in kilos))),
        )
        self._bar(
            self.donations, [k.name for k in kilos], [k.grams / 1000 for k in kilos], self.tr("kg"), True
        )

        self.sell_through.model.set_rows(
            [
                (
                    s.name,
                    str(s.sold),
                    decimal_text(s.median_days),
                    str(s.intake),
                    str(s.intake_sold),
                    share_text(s.share_sold),
                )
                for s in report.sell_through
            ]
        )

    def payment_name(self, method: str) -> str:
        names = {
            "cash": self.tr("Cash"),
            "card": self.tr("Card"),
            "vipps": self.tr("Vipps"),
            "voucher": self.tr("Voucher"),
        }
        return names.get(method, method)

    @staticmethod
    def _percent(amount: int, total: int) -> str:
        return share_text(amount / total) if total else ""

    def _bar(
        self, section: _Section, labels: list[str], values: list[float], unit: str, horizontal: bool
    ) -> None:
        if not any(values):
            section.show_chart(partial(empty_chart, self.tr("Nothing in this period.")))
            return
        if horizontal and len(labels) > CHART_BARS:
            # The biggest come first (the service sorts them); the tail is summed.
            rest = sum(values[CHART_BARS - 1 :])
            labels = [*labels[: CHART_BARS - 1], self.tr("Other")]
            values = [*values[: CHART_BARS - 1], rest]
        section.show_chart(partial(bar_chart, labels, values, name=unit, horizontal=horizontal))

    def _donut(self, section: _Section, labels: list[str], values: list[float]) -> None:
        if not any(v > 0 for v in values):
            section.show_chart(partial(empty_chart, self.tr("Nothing in this period.")))
            return
        section.show_chart(partial(donut_chart, labels, values))

    # --- saving -----------------------------------------------------------------------------

    def reports_folder(self) -> Path:
        """Where reports are saved unless the leader chooses otherwise: ``reports/`` beside the database."""
        return self.db.path.parent / "reports"

    def ask_save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """The file chooser, starting in the reports folder; ``None`` when the leader cancels."""
        dialog = save_file_dialog(self, title, suggested, file_filter)
        dialog.setObjectName("save_report")
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def save_pdf(self) -> None:
        self._save(
            "pdf", self.tr("Save the report as PDF"), self.tr("PDF files (*.pdf)"), write_report_pdf_file
        )

    def save_csv(self) -> None:
        self._save("csv", self.tr("Save the report as CSV"), self.tr("CSV files (*.csv)"), write_report_csv)

    def _save(
        self,
        suffix: str,
        title: str,
        file_filter: str,
        write: Callable[[PeriodReport, str, Path], Path],
    ) -> None:
        report = self.report
        if report is None or report.period != self.period:
            self.show_message(self.tr("The figures are still being read. Try again in a moment."))
            return
        folder = self.reports_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            folder = self.db.path.parent
        path = self.ask_save_path(title, folder / f"rapport-{report.period.slug()}.{suffix}", file_filter)
        if path is None:
            return
        shop = self.shop_name
        number = self.worker.submit(lambda _db: write(report, shop, path))
        self._jobs[number] = self._saved
        self.show_message(self.tr("Saving…"))

    def _saved(self, result: object) -> None:
        assert isinstance(result, Path)
        self.show_message(fill(self.tr("The report was saved as %1."), result))
        self.file_saved.emit(result)
