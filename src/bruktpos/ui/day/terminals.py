"""Closing step 3: the card terminal's batch total and the Vipps settlement, against the till."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.money import format_money
from bruktpos.ui.messages import fill
from bruktpos.ui.widgets.keypad import MoneyInput

CARD = "card"
VIPPS = "vipps"


def signed(ore: int) -> str:
    """``+kr 5,00`` / ``kr -5,00`` / ``kr 0,00``: a difference, with its sign."""
    return ("+" if ore > 0 else "") + format_money(ore)


class TerminalsStep(QWidget):
    """Two lines to tap (card, Vipps) and one keypad that types the chosen line's amount.

    Each line says what the till has and the difference once an amount is typed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entered: dict[str, int | None] = {CARD: None, VIPPS: None}
        self.till: dict[str, int] = {CARD: 0, VIPPS: 0}
        self.entry = CARD
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(10)
        row.addLayout(left, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[str, QLabel] = {}
        for key, caption in (
            (CARD, self.tr("Card terminal: batch total")),
            (VIPPS, self.tr("Vipps: settlement for the day")),
        ):
            button = QPushButton(self)
            button.setObjectName("entry")
            button.setCheckable(True)
            button.setProperty("caption", caption)
            button.clicked.connect(lambda _=False, k=key: self.choose(k))
            self.group.addButton(button)
            left.addWidget(button)
            note = QLabel(self)
            note.setWordWrap(True)
            left.addWidget(note)
            self.buttons[key] = button
            self.notes[key] = note
        left.addStretch(1)
        self.input = MoneyInput(self, show_ok=False, allow_zero=True)
        self.input.setMinimumWidth(360)
        self.input.amount_changed.connect(self._typed)
        row.addWidget(self.input, 1)

    def reset(self) -> None:
        self.entered = {CARD: None, VIPPS: None}
        self.entry = CARD
        self.input.blockSignals(True)
        self.input.clear()
        self.input.blockSignals(False)

    def show_till(self, figures: dict[str, int]) -> None:
        """The till's own card and Vipps totals, to reconcile against."""
        self.till = dict(figures)
        self.choose(self.entry)

    def complete(self) -> bool:
        return all(value is not None for value in self.entered.values())

    def choose(self, key: str) -> None:
        """Type the amount of this line next."""
        self.entry = key
        self.buttons[key].setChecked(True)
        value = self.entered[key]
        self.input.blockSignals(True)
        if value is None:
            self.input.clear()
        else:
            self.input.set_amount(value)
        self.input.blockSignals(False)
        self._refresh()
        self.input.setFocus()

    def _typed(self, amount: int | None) -> None:
        self.entered[self.entry] = amount
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        for key, value in self.entered.items():
            button = self.buttons[key]
            shown = self.tr("not typed yet") if value is None else format_money(value)
            button.setText(f"{button.property('caption')}\n{shown}")
            note = fill(self.tr("The till has %1."), format_money(self.till[key]))
            if value is not None:
                difference = value - self.till[key]
                note += " " + (
                    self.tr("They agree.")
                    if difference == 0
                    else fill(self.tr("Difference: %1."), signed(difference))
                )
            self.notes[key].setText(note)
