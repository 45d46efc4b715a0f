"""The close's last step before the Z: the figures once more, and the question that ends the day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from bruktpos.ui.messages import fill


class SummaryPage(QWidget):
    """Caption and value rows, and what taking the Z means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(6)
        layout.addLayout(self.grid)
        self.labels: list[QLabel] = []
        layout.addSpacing(16)
        self.consequence = QLabel(self)
        self.consequence.setObjectName("explanation")
        self.consequence.setWordWrap(True)
        layout.addWidget(self.consequence)
        layout.addStretch(1)

    def show_rows(self, rows: list[tuple[str, str]]) -> None:
        for label in self.labels:
            self.grid.removeWidget(label)
            label.deleteLater()
        self.labels = []
        for row, (caption, value) in enumerate(rows):
            left = QLabel(caption, self)
            left.setObjectName("figure_caption")
            right = QLabel(value, self)
            right.setObjectName("figure_caption")
            right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            font = right.font()
            font.setBold(True)
            right.setFont(font)
            self.grid.addWidget(left, row, 0)
            self.grid.addWidget(right, row, 1)
            self.labels += [left, right]
        self.grid.setColumnStretch(2, 1)
        self.consequence.setText(
            self.tr(
                "After the Z report this day is closed for good: no sale, count or figure of it can change."
            )
        )

    def confirm(self, day_text: str) -> bool:
        """Ask once more, naming the consequence."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Take the Z report?"))
        box.setText(
            fill(
                self.tr(
                    "Close the day of %1 with a Z report? Nothing from this day can be changed afterwards."
                ),
                day_text,
            )
        )
        yes = box.addButton(self.tr("Take Z report"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not yet"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.exec()
        chosen = box.clickedButton() is yes
        box.deleteLater()
        return chosen
