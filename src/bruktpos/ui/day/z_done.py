"""Closing's last page: the Z is taken; it prints (or offers "Print again") and is saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.ui.background import once_painted, while_button_waits
from bruktpos.ui.day.files import report_file_name, why_not_saved, write_pdf
from bruktpos.ui.day.report_view import ReportTable
from bruktpos.ui.messages import fill, format_date
from bruktpos.ui.widgets.files import save_file_name


class ZDonePage(QWidget):
    """What a Z report became: paper on the receipt printer, a PDF, and the figures on screen."""

    def __init__(self, desk: Any, shop: Any, reports_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._shop = shop
        self.reports_dir = reports_dir
        self.result: Any = None  # ZResult
        self.pdf_path: Path | None = None
        self.choose_pdf_path: Callable[[Path], Path | None] = self._choose_pdf_path
        self._awaiting_print = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel(self)
        self.done_label.setObjectName("done_mark")
        self.done_label.setWordWrap(True)
        layout.addWidget(self.done_label)
        print_row = QHBoxLayout()
        self.print_label = QLabel(self)
        self.print_label.setWordWrap(True)
        print_row.addWidget(self.print_label, 1)
        self.reprint_button = QPushButton(self.tr("Print again"), self)
        self.reprint_button.setObjectName("primary")
        self.reprint_button.clicked.connect(self.print_z)
        print_row.addWidget(self.reprint_button)
        layout.addLayout(print_row)
        pdf_row = QHBoxLayout()
        self.pdf_label = QLabel(self)
        self.pdf_label.setWordWrap(True)
        self.pdf_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pdf_row.addWidget(self.pdf_label, 1)
        self.saving_pdf = False  # the PDF is being written in the background
        self.save_as_button = QPushButton(self.tr("Save the PDF elsewhere…"), self)
        self.save_as_button.clicked.connect(self.save_pdf_as)
        pdf_row.addWidget(self.save_as_button)
        layout.addLayout(pdf_row)
        self.z_table = ReportTable(self)
        layout.addWidget(self.z_table, 1)
        desk.report_printed.connect(self._printed)
        desk.report_failed.connect(self._print_failed)

    def set_shop(self, shop: Any) -> None:
        """The shop's facts for the report's heading (after its details changed)."""
        self._shop = shop

    def show_result(self, result: Any) -> None:
        """The Z just taken: show it, then (once shown) save its PDF in the reports folder and print it."""
        self.result = result
        self.pdf_path = None
        self.done_label.setText(
            fill(
                self.tr("✓ Z report nr. %1 is taken. The day of %2 is closed."),
                result.z_number,
                format_date(result.business_date),
            )
        )
        self.z_table.set_report(result.report)
        self.print_label.setText(self.tr("Printing the Z report…"))
        self.reprint_button.setVisible(False)
        once_painted(self, lambda: self._file_and_print(result))

    def _file_and_print(self, result: Any) -> None:
        if result is self.result:
            self.save_pdf(self.reports_dir / report_file_name(result.report))
            self.print_z()

    @property
    def busy(self) -> bool:
        """The Z's PDF is being written or its print is awaited."""
        return self.saving_pdf or self._awaiting_print

    def print_z(self) -> None:
        if self.result is None:
            return
        self._awaiting_print = True
        self.reprint_button.setVisible(False)
        self.print_label.setText(self.tr("Printing the Z report…"))
        self._desk.print_report(self.result.report, self._shop)

    def _printed(self) -> None:
        if self._awaiting_print:
            self._awaiting_print = False
            self.print_label.setText(self.tr("✓ The Z report is printed. Keep it with the day's cash."))
            self.reprint_button.setVisible(False)

    def _print_failed(self, text: str) -> None:
        if self._awaiting_print:
            self._awaiting_print = False
            self.print_label.setText(fill(self.tr("The Z report did not print. %1"), text))
            self.reprint_button.setVisible(True)

    def save_pdf(self, path: Path) -> bool:
        """Write the Z's PDF to ``path`` in the background; False if there is no Z."""
        if self.result is None:
            return False
        report, shop = self.result.report, self._shop
        self.saving_pdf = True

        def back_to_normal() -> None:
            self.saving_pdf = False
            self.save_as_button.setEnabled(True)

        def saved(_: object) -> None:
            self.pdf_path = Path(path)
            where = (
                self.tr("Saved as PDF in the reports folder: %1")
                if self.pdf_path.parent == self.reports_dir
                else self.tr("Saved as PDF: %1")
            )
            self.pdf_label.setText(fill(where, self.pdf_path.name))
            self.pdf_label.setToolTip(str(self.pdf_path))

        def not_saved(error: BaseException) -> None:
            failed = self.tr("The PDF could not be saved (%1). Try another place.")
            self.pdf_label.setText(fill(failed, why_not_saved(error)))

        while_button_waits(
            self.save_as_button,
            self.tr("Saving the PDF …"),
            lambda _progress: write_pdf(report, path, shop),
            saved,
            not_saved,
            restore=back_to_normal,
        )
        return True

    def save_pdf_as(self) -> None:
        """Ask where (the reports folder first) and save a copy of the Z's PDF there."""
        if self.result is None:
            return
        default = self.pdf_path or self.reports_dir / report_file_name(self.result.report)
        chosen = self.choose_pdf_path(default)
        if chosen is not None:
            self.save_pdf(chosen)

    def _choose_pdf_path(self, default: Path) -> Path | None:
        default.parent.mkdir(parents=True, exist_ok=True)
        return save_file_name(self, self.tr("Save the report as PDF"), default, self.tr("PDF files (*.pdf)"))
