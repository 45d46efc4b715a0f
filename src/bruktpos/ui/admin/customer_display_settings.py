"""Customer display settings: off, or which screen shows the customer the sale.

The connected screens are listed by name and size; the one the till's own
window is on cannot be chosen (the display would cover the till). A screen
chosen before and not connected now stays listed, and stays chosen, so
opening and saving changes nothing the leader did not change. Save stores
it in the shop's settings (``customer_display``), like the printers', and
the display opens (or closes) at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.customer_display import screen_key, screen_label
from bruktpos.ui.message_text import fill
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.text import message_line, say

TOUCH = 48


class CustomerDisplaySettingsScreen(QWidget):
    """Off, or one of the screens; Save."""

    closed = Signal()
    saved = Signal(dict)  # the stored setting: {} (off) or {"screen": …, "label": …}

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_display_settings")
        self.settings = settings
        self.leader: Operator | None = None
        self._stored: dict[str, Any] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Customer display"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "A second screen turned to the customer shows the sale’s lines, the total, what was paid "
                "and the change in large type, and a welcome between sales. It never takes the till’s "
                "keyboard or scanner. Connect the screen, then choose it here."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choices = QVBoxLayout()
        self.choices.setSpacing(8)
        layout.addLayout(self.choices)
        self.buttons: dict[str, QPushButton] = {}  # screen key ("" = off) → its button
        self._labels: dict[str, str] = {}
        self.status = message_line(self, min_height=TOUCH)
        layout.addWidget(self.status)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for button in (self.back_button, self.save_button):
            button.setMinimumHeight(TOUCH)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def open_for(self, leader: Operator) -> None:
        """List off and the screens connected now, with the stored choice chosen."""
        self.leader = leader
        say(self.status, "")
        try:
            stored = self.settings.get("customer_display")
        except BruktError as error:
            stored = {}
            say(self.status, describe(error), "error")
        self._stored = dict(stored) if isinstance(stored, dict) else {}
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        self._labels.clear()
        self._add("", self.tr("Off: no customer display"))
        till_screen = self.window().screen()
        for screen in QGuiApplication.screens():
            key, label = screen_key(screen), screen_label(screen)
            if screen is till_screen:
                button = self._add(key, fill(self.tr("%1 (the till is on this screen)"), label))
                button.setEnabled(False)
            else:
                self._add(key, label)
        chosen = str(self._stored.get("screen") or "")
        if chosen and chosen not in self.buttons:
            gone = str(self._stored.get("label") or chosen)
            self._add(chosen, fill(self.tr("%1 (not connected now)"), gone))
            say(self.status, self.tr("The screen chosen before is not connected now."), "error")
        self.buttons[chosen if chosen in self.buttons else ""].setChecked(True)

    def _add(self, key: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName("choice")
        button.setCheckable(True)
        button.setMinimumHeight(TOUCH)
        self.group.addButton(button)
        self.choices.addWidget(button)
        self.buttons[key] = button
        self._labels[key] = text
        return button

    def choice(self) -> dict[str, Any]:
        """The setting the screen shows: {} for off, or the screen's name and label."""
        key = next((k for k, b in self.buttons.items() if b.isChecked()), "")
        if not key:
            return {}
        if key == self._stored.get("screen"):
            return dict(self._stored)  # as stored: a screen not connected now keeps its label
        screen = next((s for s in QGuiApplication.screens() if screen_key(s) == key), None)
        return {"screen": key, "label": screen_label(screen) if screen is not None else key}

    def save(self) -> None:
        if self.leader is None:
            return
        value = self.choice()
        try:
            self.settings.set("customer_display", value, by=self.leader)
        except BruktError as error:
            say(self.status, describe(error), "error")
            return
        self._stored = dict(value)
        self.saved.emit(value)
        if value and value["screen"] not in {screen_key(s) for s in QGuiApplication.screens()}:
            text = self.tr("Saved. The customer display shows on %1 once that screen is connected.")
            say(self.status, fill(text, value["label"]))
        elif value:
            say(self.status, fill(self.tr("Saved. The customer display shows on %1."), value["label"]))
        else:
            say(self.status, self.tr("Saved. There is no customer display."))
