"""Counting the drawer again at close, after the till showed what it expected.

The first complete count is stored the moment the till shows its expected
amount (:meth:`DayService.record_count`). A different count after that is a
correction: this area on the count step says so, takes the note that a
changed amount needs, and the close asks a shop leader (or, in a shop that
wants one, the second counter) before the new count is stored. The service
holds the rule; this only asks and tells.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.money import format_money
from bruktpos.domain.reports import CountLine
from bruktpos.ui.messages import fill


def is_recount(recorded: CountLine | None, count: CashCount) -> bool:
    """True when ``count`` is not the count already stored (so storing it is a correction)."""
    return recorded is not None and dict(recorded.by_denomination) != count.as_dict()


class RecountArea(QWidget):
    """What the count step shows once a count is stored: the first count, and the note for a new one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self)
        self.hint.setObjectName("explanation")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.note_row = QWidget(self)
        row = QHBoxLayout(self.note_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.note_field = QLineEdit(self.note_row)
        self.note_buttons: list[QPushButton] = []
        for text in (self.tr("Counted wrong the first time"), self.tr("A note was stuck to another")):
            button = QPushButton(text, self.note_row)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, t=text: self.note_field.setText(t))
            row.addWidget(button)
            self.note_buttons.append(button)
        self.note_field.setObjectName("note")
        self.note_field.setMaxLength(200)
        self.note_field.setPlaceholderText(self.tr("Why the count changed"))
        row.addWidget(self.note_field, 1)
        layout.addWidget(self.note_row)
        self.setVisible(False)

    def note(self) -> str:
        return self.note_field.text().strip()

    def clear(self) -> None:
        self.note_field.clear()

    def show_for(self, recorded: CountLine | None, count: CashCount, *, second_person: bool = False) -> None:
        """Say what a new count means, given the stored one (none: nothing to say).

        ``second_person``: the shop's second counter approves, not a shop leader.
        """
        who = (
            self.tr("The second person approves the new count when you tap Next.")
            if second_person
            else self.tr("A shop leader approves the new count when you tap Next.")
        )
        if recorded is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        changed = is_recount(recorded, count)
        changes_amount = count.total != recorded.cash
        self.note_row.setVisible(changed and changes_amount)
        if not changed:
            self.hint.setText(
                fill(
                    self.tr(
                        "This is the count the till has stored: %1. Counting again now, after the till "
                        "showed what it expected, needs someone to approve the new count."
                    ),
                    format_money(recorded.cash),
                )
            )
        elif changes_amount:
            self.hint.setText(
                fill(
                    self.tr("The stored count was %1; this one is %2. Write a short note on why it changed."),
                    format_money(recorded.cash),
                    format_money(count.total),
                )
                + " "
                + who
            )
        else:
            self.hint.setText(
                self.tr("The amount is the same as the stored count, with other coins and notes.") + " " + who
            )
