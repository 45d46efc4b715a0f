"""Open the day: count the float in the drawer, then sales may start.

The count starts filled with the float the last close left (the service's
suggestion); "Same as last time" puts it back after any change. A float that
differs from what the last close counted asks for a short note (it goes on
the X and Z). Nothing is stored until "Open the day" is tapped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.domain.people import Operator
from bruktpos.ui.background import while_button_waits
from bruktpos.ui.day.count import CountWidget
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.text import hint_line, message_line, say


class OpenDayScreen(QWidget):
    """Count the float by denomination and open the day."""

    opened = Signal(object)  # what DayService.open_day returned
    cancelled = Signal()

    def __init__(self, day: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_day")
        self._day = day
        self._operator: Operator | None = None
        self._suggestion = CashCount()
        self._last_close: int | None = None
        self.opening = False  # the day is being opened in the background

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        self.title = QLabel(self.tr("Open the day: count the float"), self)
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        self.hint = hint_line(self)
        layout.addWidget(self.hint)

        self.counter = CountWidget(self, total_caption=self.tr("Float in the drawer"))
        self.counter.count_changed.connect(lambda _count: self._update())
        layout.addWidget(self.counter, 1)

        self.note_area = QWidget(self)
        note_layout = QVBoxLayout(self.note_area)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_hint = QLabel(self.note_area)
        self.note_hint.setObjectName("explanation")
        self.note_hint.setWordWrap(True)
        note_layout.addWidget(self.note_hint)
        self.note_field = QLineEdit(self.note_area)
        self.note_field.setObjectName("note")
        self.note_field.setMinimumHeight(48)
        self.note_field.setMaxLength(200)
        self.note_field.setPlaceholderText(self.tr("Why the float differs"))
        self.note_field.textChanged.connect(lambda _text: self._update())
        note_layout.addWidget(self.note_field)
        self.note_area.setVisible(False)
        layout.addWidget(self.note_area)

        self.message = message_line(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.same_button = QPushButton(self.tr("Same as last time"), self)
        self.same_button.clicked.connect(self.use_suggestion)
        self.clear_button = QPushButton(self.tr("Start from zero"), self)
        self.clear_button.clicked.connect(self.counter.clear)
        self.open_button = QPushButton(self.tr("Open the day"), self)
        self.open_button.setObjectName("pay")
        self.open_button.setMinimumHeight(72)
        self.open_button.clicked.connect(self.open_day)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.open_button, 2)
        layout.addLayout(buttons)

    def start(self, operator: Operator) -> None:
        """Show the screen for ``operator``, filled with the suggested float."""
        self._operator = operator
        say(self.message, "")
        self.note_field.clear()
        try:
            self._suggestion = self._day.suggested_float() or CashCount()
            self._last_close = self._day.last_close_cash()
        except BruktError as error:
            self._suggestion = CashCount()
            self._last_close = None
            say(self.message, describe(error), "error")
        if self._suggestion.total:
            self.hint.setText(
                fill(
                    self.tr(
                        "The last close left %1 in the drawer. Count what is there now and "
                        "change the numbers where they differ."
                    ),
                    format_money(self._suggestion.total),
                )
            )
        else:
            self.hint.setText(
                self.tr("Count the coins and notes in the drawer: tap + for each one, or type the number.")
            )
        self.same_button.setEnabled(bool(self._suggestion.total))
        self.counter.set_count(self._suggestion)
        self._update()

    def use_suggestion(self) -> None:
        self.counter.set_count(self._suggestion)

    def needs_note(self) -> bool:
        """True when the counted float differs from what the last close left."""
        return self._last_close is not None and self.counter.total != self._last_close

    def _update(self) -> None:
        total = self.counter.total
        self.open_button.setToolTip(fill(self.tr("Open the day with %1"), format_money(total)))
        needs = self.needs_note()
        self.note_area.setVisible(needs)
        if needs and self._last_close is not None:
            self.note_hint.setText(
                fill(
                    self.tr(
                        "The last close left %1 in the drawer, and you have counted %2. "
                        "Count once more; if it stays, write a short note on why."
                    ),
                    format_money(self._last_close),
                    format_money(total),
                )
            )
        self.open_button.setEnabled(not needs or bool(self.note_field.text().strip()))

    def open_day(self) -> None:
        """Store the float and open the day, in the background; the screen waits, its button says so.

        The opening is a write of its own (the day, its count, its journal
        entry) that waits for the disk: on the GUI thread it held the till.
        """
        if self._operator is None or self.opening:
            return
        day, count, operator = self._day, self.counter.count(), self._operator
        note = self.note_field.text().strip() if self.needs_note() else ""
        self.opening = True
        say(self.message, "")
        for widget in self._held():
            widget.setEnabled(False)

        def back_to_normal() -> None:
            self.opening = False
            for widget in self._held():
                widget.setEnabled(True)
            self.same_button.setEnabled(bool(self._suggestion.total))
            self._update()

        def not_opened(error: BaseException) -> None:
            if not isinstance(error, BruktError):
                raise error  # a bug: the till's handler for uncaught errors logs it and says so calmly
            say(self.message, describe(error), "error")

        while_button_waits(
            self.open_button,
            self.tr("Opening the day …"),
            lambda _progress: day.open_day(count, operator=operator, note=note),
            self.opened.emit,
            not_opened,
            restore=back_to_normal,
        )

    def _held(self) -> tuple[QWidget, ...]:
        """What waits while the day is being opened (the count as it was tapped is what is stored)."""
        return (self.counter, self.note_field, self.cancel_button, self.clear_button, self.same_button)


class DayGate(QWidget):
    """What the till shows instead of the sale when no day is open (or one was left open).

    A calm page: one sentence of what is the matter and one big button that
    fixes it (anyone at the till may open the day and close it, see
    :mod:`bruktpos.domain.roles`).
    """

    open_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_gate")
        self.setStyleSheet(
            "QPushButton { min-width: 360px; min-height: 96px; font-size: 26px; }"
            "QPushButton#primary:disabled { background-color: #a7b4c0; border-color: #a7b4c0; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = QLabel(self)
        self.text.setObjectName("explanation")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.open_button = QPushButton(self.tr("Open the day"), self)
        self.open_button.setObjectName("pay")
        self.open_button.setMinimumSize(360, 96)
        self.open_button.clicked.connect(self.open_requested.emit)
        row.addWidget(self.open_button)
        self.close_button = QPushButton(self.tr("Count and close that day"), self)
        self.close_button.setObjectName("primary")
        self.close_button.setMinimumSize(360, 96)
        self.close_button.clicked.connect(self.close_requested.emit)
        row.addWidget(self.close_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_not_open(self) -> None:
        """No day is open at this till today."""
        self.title.setText(self.tr("The day is not open"))
        self.text.setText(self.tr("Count the float in the drawer and open the day before the first sale."))
        self.open_button.setVisible(True)
        self.close_button.setVisible(False)

    def show_closed_today(self) -> None:
        """Today's Z is taken: this till sells again tomorrow (training mode still works)."""
        self.title.setText(self.tr("Today is closed"))
        self.text.setText(
            self.tr(
                "The Z report for today is taken, so no more sales can be added to it. "
                "The till opens again tomorrow. To practise, switch on training mode in the menu."
            )
        )
        self.open_button.setVisible(False)
        self.close_button.setVisible(False)

    def show_left_open(self, business_date: str) -> None:
        """An earlier day (``business_date``, dd.mm.yyyy) was never closed."""
        self.title.setText(fill(self.tr("The day of %1 was not closed"), business_date))
        self.text.setText(
            self.tr(
                "Before today can start, count the drawer and take the Z report for that day. "
                "The money in the drawer belongs to it."
            )
        )
        self.open_button.setVisible(False)
        self.close_button.setVisible(True)
