"""The X report on screen for a shop leader: the day so far, to read, print or save as PDF.

An X report changes nothing: it shows the open day's figures at this moment
(and is journalled, as the rules ask). Taking another later shows the later
figures. Parked sales are listed under it: one with money on it
("Parked with payment: 1, kr 20") must be finished or given back before the Z.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.ui.background import BackgroundJob, while_button_waits
from bruktpos.ui.day.files import report_file_name, reports_folder, why_not_saved, write_pdf
from bruktpos.ui.day.parked_notice import ParkedNotice
from bruktpos.ui.day.report_view import ReportTable
from bruktpos.ui.messages import describe, fill, format_date
from bruktpos.ui.widgets.files import save_file_name
from bruktpos.ui.widgets.text import hint_line, message_line, say

if TYPE_CHECKING:
    from bruktpos.services.reports import DayReport


class XReportScreen(QWidget):
    """Take an X report and show it as a table, with Print and Save as PDF."""

    closed = Signal()

    def __init__(
        self,
        day: Any,  # DayService
        desk: Any,  # ReceiptDesk
        shop: Any,  # ShopInfo
        db_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("x_report")
        self._day = day
        self._desk = desk
        self._shop = shop
        self.reports_dir = reports_folder(db_path)
        self.report: DayReport | None = None
        self.pdf_path: Path | None = None
        self.choose_pdf_path: Callable[[Path], Path | None] = self._choose_pdf_path
        self._awaiting_print = False
        self.taking = False  # an X report is being taken in the background

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        self.title = QLabel(self.tr("X report"), self)
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        self.hint = hint_line(self)
        layout.addWidget(self.hint)
        self.parked_notice = ParkedNotice(self)
        layout.addWidget(self.parked_notice)
        self.table = ReportTable(self)
        layout.addWidget(self.table, 1)
        self.message = message_line(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Back to the till"), self)
        self.close_button.clicked.connect(self.closed.emit)
        self.refresh_button = QPushButton(self.tr("Take a new X report"), self)
        self.refresh_button.clicked.connect(lambda: self.take_in_background(self._operator, lambda _ok: None))
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_report)
        self.saving_pdf = False  # the PDF is being written in the background
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.clicked.connect(self.save_pdf_as)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self._operator: Operator | None = None
        desk.report_printed.connect(self._printed)
        desk.report_failed.connect(self._print_failed)

    def set_shop(self, shop: Any) -> None:
        """The shop's facts for the report's heading (after its details changed)."""
        self._shop = shop

    def take(self, operator: Operator | None) -> bool:
        """Take an X report now (journalled) and show it; False with a message if there is no day."""
        self._operator = operator
        try:
            report, parked = self._day.x_report(operator=operator), parked_sales(self._day)
        except BruktError as error:
            self._not_taken(error)
            return False
        self._show(report, parked)
        return True

    def take_in_background(self, operator: Operator | None, then: Callable[[bool], None]) -> None:
        """Take an X report in the background, show it, then ``then(True)``; ``then(False)`` with a message.

        The X is read from the whole day and journalled, a write that waits
        for the disk: on the GUI thread it held the tap on "X report". The
        screen keeps the last report until the new one is there, its refresh
        button waiting meanwhile; a second request while one is under way is
        not taken twice.
        """
        if self.taking:
            return
        self._operator = operator
        self.taking = True
        day = self._day
        text = self.refresh_button.text()
        self.refresh_button.setEnabled(False)
        self.refresh_button.setText(self.tr("Taking the X report …"))

        def back_to_normal() -> None:
            self.taking = False
            self.refresh_button.setText(text)
            self.refresh_button.setEnabled(True)

        def taken(result: Any) -> None:
            back_to_normal()
            report, parked = result
            self._show(report, parked)
            then(True)

        def not_taken(error: BaseException) -> None:
            back_to_normal()
            if not isinstance(error, BruktError):
                raise error  # a bug: the till's handler for uncaught errors logs it and says so calmly
            self._not_taken(error)
            then(False)

        job = BackgroundJob(
            lambda: (day.x_report(operator=operator), parked_sales(day)),
            done=taken,
            failed=not_taken,
            log_failures=False,
        )
        QThreadPool.globalInstance().start(job)

    def _show(self, report: DayReport, parked: Any) -> None:
        say(self.message, "")
        self.report = report
        self.table.set_report(report)
        self.parked_notice.show_for_x(parked)
        self.hint.setText(
            fill(
                self.tr("The day of %1 so far. An X report changes nothing; the day stays open."),
                format_date(report.business_date),
            )
        )
        self._update()

    def _not_taken(self, error: BruktError) -> None:
        self.report = None
        self.table.setRowCount(0)
        say(self.message, describe(error), "error")
        self._update()

    def _update(self) -> None:
        self.print_button.setEnabled(self.report is not None)
        self.pdf_button.setEnabled(self.report is not None and not self.saving_pdf)

    def print_report(self) -> None:
        if self.report is None:
            return
        self._awaiting_print = True
        say(self.message, self.tr("Printing the X report…"), "info")
        self._desk.print_report(self.report, self._shop)

    def _printed(self) -> None:
        if self._awaiting_print:
            self._awaiting_print = False
            say(self.message, self.tr("The X report is printed."), "info")

    def _print_failed(self, text: str) -> None:
        if self._awaiting_print:
            self._awaiting_print = False
            say(self.message, fill(self.tr("The X report did not print. %1"), text), "error")

    def save_pdf(self, path: Path) -> bool:
        """Write the report's PDF to ``path`` in the background; False if there is no report."""
        report = self.report
        if report is None:
            return False
        shop = self._shop
        self.saving_pdf = True

        def back_to_normal() -> None:
            self.saving_pdf = False
            self._update()

        def saved(_: object) -> None:
            self.pdf_path = Path(path)
            say(self.message, fill(self.tr("Saved as PDF: %1"), str(path)), "info")

        def not_saved(error: BaseException) -> None:
            reason = why_not_saved(error)
            say(
                self.message,
                fill(self.tr("The PDF could not be saved (%1). Try another place."), reason),
                "error",
            )

        while_button_waits(
            self.pdf_button,
            self.tr("Saving the PDF …"),
            lambda _progress: write_pdf(report, path, shop),
            saved,
            not_saved,
            restore=back_to_normal,
        )
        return True

    def save_pdf_as(self) -> None:
        if self.report is None:
            return
        chosen = self.choose_pdf_path(self.reports_dir / report_file_name(self.report))
        if chosen is not None:
            self.save_pdf(chosen)

    def _choose_pdf_path(self, default: Path) -> Path | None:
        default.parent.mkdir(parents=True, exist_ok=True)
        return save_file_name(self, self.tr("Save the report as PDF"), default, self.tr("PDF files (*.pdf)"))


def parked_sales(day: Any) -> Any:  # DayService → ParkedAtClose, or the BruktError (the notice says it)
    """The register's parked sales, or the error that kept them from being read."""
    try:
        return day.parked_sales()
    except BruktError as error:
        return error
