"""An X or Z report on screen: the same sections as on paper, as one readable table.

The words are those of the printed report (Norwegian, like the receipts), so
what the leader reads on the screen is what the paper and the PDF say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScroller,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from bruktpos.devices.receipts import money
from bruktpos.devices.report_receipt import ReportRow, report_sections

if TYPE_CHECKING:
    from bruktpos.services.reports import DayReport

SECTION_BACKGROUND = QColor("#e3e9ef")


class ReportTable(QTableWidget):
    """Label · count · amount, one titled block per section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("report_table")
        self.setHorizontalHeaderLabels([self.tr("What"), self.tr("Number"), self.tr("Amount")])
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(36)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        # A finger drags the report up and down, as on a phone.
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    def set_report(self, report: DayReport) -> None:
        self.setRowCount(0)
        self.clearSpans()
        for section in report_sections(report):
            row = self.rowCount()
            self.insertRow(row)
            title = QTableWidgetItem(section.title)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            title.setBackground(QBrush(SECTION_BACKGROUND))
            self.setItem(row, 0, title)
            self.setSpan(row, 0, 1, 3)
            if not section.rows:
                self._add(ReportRow("Ingen", indent=1))
            for entry in section.rows:
                self._add(entry)

    def _add(self, entry: ReportRow) -> None:
        row = self.rowCount()
        self.insertRow(row)
        label = QTableWidgetItem("    " * (entry.indent + 1) + entry.label)
        count = QTableWidgetItem("" if entry.count is None else str(entry.count))
        if entry.text is not None:
            amount_text = entry.text
        else:
            amount_text = "" if entry.amount is None else money(entry.amount)
        amount = QTableWidgetItem(amount_text)
        for item in (count, amount):
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.bold:
            for item in (label, count, amount):
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        self.setItem(row, 0, label)
        self.setItem(row, 1, count)
        self.setItem(row, 2, amount)

    def texts(self) -> list[str]:
        """Every cell's text, row by row (for tests and for reading aloud)."""
        out = []
        for row in range(self.rowCount()):
            for column in range(3):
                item = self.item(row, column)
                if item is not None and item.text().strip():
                    out.append(item.text().strip())
        return out
