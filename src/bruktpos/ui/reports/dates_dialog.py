"""Choosing a run of days for a report ("from … to …")."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.services.analytics import Period
from bruktpos.ui.widgets.dates import TOUCH, day_edit, pydate, qdate
from bruktpos.ui.widgets.dialog_size import open_wide

LONGEST_DAYS = 3 * 366  # more than this reads a lot and says little: split it


class DatesDialog(QDialog):
    """Two dates with calendar pop-ups; :attr:`period` is the choice after OK."""

    def __init__(self, first: date, last: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose dates"))
        self.setModal(True)
        self.period: Period | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Which days should the report show?"), self)
        heading.setObjectName("dialog_title")
        layout.addWidget(heading)
        grid = QGridLayout()
        self.first_edit = day_edit(first, self)
        self.last_edit = day_edit(last, self)
        for row, (text, edit) in enumerate(
            ((self.tr("From"), self.first_edit), (self.tr("To"), self.last_edit))
        ):
            edit.setMaximumDate(qdate(today))
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(edit, row, 1)
        layout.addLayout(grid)
        self.message = QLabel(self)
        self.message.setObjectName("field_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Show"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._choose)
        for button in (self.cancel_button, self.ok_button):
            button.setMinimumHeight(TOUCH)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        open_wide(self, 420)

    def _choose(self) -> None:
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        if last < first:
            self._say(self.tr("The last day is before the first. Choose the dates again."))
            return
        if (last - first).days >= LONGEST_DAYS:
            self._say(self.tr("Choose at most three years at a time."))
            return
        self.period = Period.custom(first, last)
        self.accept()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
