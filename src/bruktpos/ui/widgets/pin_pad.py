"""Typing a PIN: dots for what is typed, a keypad and an OK button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import InvalidPin
from bruktpos.domain.people import PIN_LENGTHS
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.keypad import Keypad
from bruktpos.ui.widgets.reserved_line import ReservedLine
from bruktpos.ui.widgets.why_disabled import explain_when_disabled

DOT = "●"
EMPTY_DOT = "○"  # the digits still to come (at least four)
MIN_PIN = min(PIN_LENGTHS)
MAX_PIN = max(PIN_LENGTHS)


class PinPad(QWidget):
    """Shows the PIN as dots (never the digits) and emits it on OK or Enter.

    The PIN is emptied as soon as it is handed on, so it never lingers on
    screen; :meth:`show_error` shows a calm line under the dots. While the
    owner checks a PIN (:meth:`set_checking`) the line says so and keys, OK
    and Enter wait, so a PIN is never handed on twice.
    """

    pin_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pin_pad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pin = ""
        self._checking = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.dots = QLabel(self)
        self.dots.setObjectName("pin_dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(52)
        self.dots.setAccessibleName(self.tr("PIN"))
        layout.addWidget(self.dots)

        # Always there, two lines high, empty when there is nothing to say: the
        # keys below never move when a message comes or goes (a tap would land
        # on the wrong key).
        self.message = ReservedLine(self, lines=2)
        layout.addWidget(self.message)

        self.keypad = Keypad(self, comma=False)
        self.keypad.key_pressed.connect(self._on_key)
        layout.addWidget(self.keypad, 1)

        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.setMinimumHeight(56)
        self.ok_button.clicked.connect(self._submit)
        explain_when_disabled(self.ok_button, self.tr("Type your PIN on the keys first, then tap OK."))
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(10)
        self._buttons.addWidget(self.ok_button, 1)
        layout.addLayout(self._buttons)
        self._refresh()

    def add_button(self, button: QPushButton) -> None:
        """Put another button (say "Back") on the row of OK, to its left."""
        button.setParent(self)
        self._buttons.insertWidget(self._buttons.count() - 1, button)

    def clear(self) -> None:
        """Forget what was typed (and any message)."""
        self._pin = ""
        self.message.say("")
        self._refresh()

    def show_error(self, text: str) -> None:
        """Show ``text`` under the dots and empty the PIN, ready to type again."""
        self._pin = ""
        self.message.say(text, "error")
        self._refresh()

    def set_checking(self, on: bool) -> None:
        """The PIN handed on is being checked (``on``): said under the dots; nothing is taken meanwhile."""
        self._checking = on
        self.message.say(self.tr("Checking your PIN …") if on else "")
        self._refresh()

    def checking(self) -> bool:
        return self._checking

    def show_message(self, text: str, level: str = "info") -> None:
        """Say something under the dots and keep what is typed (a tap on OK with nothing typed)."""
        self.message.say(text, level)

    def error_text(self) -> str:
        """The message shown under the dots ("" when none)."""
        return self.message.text()

    def digits_typed(self) -> int:
        """How many digits are typed (the PIN itself stays inside)."""
        return len(self._pin)

    def _on_key(self, key: str) -> None:
        if self._checking:
            return
        if key == "clear":
            self._pin = ""
        elif key == "back":
            self._pin = self._pin[:-1]
        elif key.isdigit() and len(self._pin) < MAX_PIN:
            self._pin += key
            self.message.say("")  # its room stays: nothing moves
        self._refresh()

    def _submit(self) -> None:
        if self._checking:
            return
        if len(self._pin) < MIN_PIN:
            if self._pin:
                self.show_error(describe(InvalidPin(len(self._pin))))
            return
        pin, self._pin = self._pin, ""
        self._refresh()
        self.pin_entered.emit(pin)

    def _refresh(self) -> None:
        typed = len(self._pin)
        self.dots.setText(" ".join(DOT * typed + EMPTY_DOT * max(0, MIN_PIN - typed)))
        self.dots.setProperty("empty", not self._pin)
        self.dots.style().unpolish(self.dots)
        self.dots.style().polish(self.dots)
        self.ok_button.setEnabled(bool(self._pin) and not self._checking)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        elif self._checking:
            event.accept()  # the PIN is being checked: nothing typed now counts
        elif event.key() == Qt.Key.Key_Escape and self._pin:
            self.clear()
        else:
            # Escape with nothing typed goes on to the screen or dialog around.
            super().keyPressEvent(event)
