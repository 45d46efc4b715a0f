"""A big on-screen number pad, and the money field built on it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import InvalidAmount
from bruktpos.domain.money import ORE_PER_KRONE, format_money, parse_money

# Keys of the physical keyboard that mean the same as a keypad button.
_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{d}"): str(d) for d in range(10)}
_COMMA_KEYS = (Qt.Key.Key_Comma, Qt.Key.Key_Period)
_BLOCKING = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
MAX_WHOLE_DIGITS = 7  # kr 9 999 999: more than anything sold in a second-hand shop
QUICK_ROWS_BESIDE = 4  # quick amounts beside the pad: at most one to each row of keys per column


def key_for_event(event: QKeyEvent, *, comma: bool = True) -> str | None:
    """The keypad key ("0".."9", ",", "back", "clear") a key press means, if any.

    Shortcuts (Ctrl, Alt, Meta) are left alone; the number block counts.
    """
    if event.modifiers() & _BLOCKING:
        return None
    key = event.key()
    if key in _DIGIT_KEYS:
        return _DIGIT_KEYS[key]
    if comma and key in _COMMA_KEYS:
        return ","
    if key == Qt.Key.Key_Backspace:
        return "back"
    if key == Qt.Key.Key_Delete:
        return "clear"
    return None


class Keypad(QWidget):
    """1–9, then "," 0 "⌫", and a tall "C" beside them; emits ``key_pressed``.

    The buttons never take the keyboard focus, so whatever field the keypad
    serves keeps it. Keys typed on the physical keyboard while the parent has
    the focus are emitted too (unless ``listen_to_parent=False``), and so are
    those typed in any widget passed to :meth:`listen_to`.
    """

    key_pressed = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, comma: bool = True, listen_to_parent: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        self._comma = comma
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        rows = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], [",", "0", "back"]]
        for r, row in enumerate(rows):
            for c, key in enumerate(row):
                button = self._button(key)
                grid.addWidget(button, r, c)
        # "C" stands tall beside the digits, as on a calculator, to keep the pad low.
        grid.addWidget(self._button("clear"), 0, 3, len(rows), 1)
        self.buttons[","].setVisible(comma)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if parent is not None and listen_to_parent:
            self.listen_to(parent)

    def _button(self, key: str) -> QPushButton:
        labels = {"back": "⌫", "clear": "C"}
        button = QPushButton(labels.get(key, key), self)
        button.setObjectName({"back": "keypad_back", "clear": "keypad_clear"}.get(key, "keypad_key"))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumSize(56, 56)
        if key == "back":
            button.setToolTip(self.tr("Remove the last digit"))
            button.setAccessibleName(self.tr("Remove the last digit"))
            button.setAutoRepeat(True)  # hold to remove more
        elif key == "clear":
            button.setToolTip(self.tr("Clear"))
            button.setAccessibleName(self.tr("Clear"))
        button.clicked.connect(lambda: self.key_pressed.emit(key))
        self.buttons[key] = button
        return button

    def listen_to(self, widget: QWidget) -> None:
        """Also emit the keys typed while ``widget`` has the keyboard focus."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = key_for_event(event, comma=self._comma)
            if key is not None:
                self.key_pressed.emit(key)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = key_for_event(event, comma=self._comma)
        if key is None:
            super().keyPressEvent(event)
            return
        self.key_pressed.emit(key)


class MoneyInput(QWidget):
    """A large amount display over a keypad, with optional quick amounts (above it, or beside it).

    Shows ``kr 1 234,5`` while typing (grouped kroner, the øre as typed) and
    ``kr 1 234,50`` once complete. The physical keyboard works as well:
    digits, comma or point, Backspace, Enter to accept, Escape to clear.
    ``whole_kroner`` (cash into or out of the drawer: there are no øre coins)
    has no comma key and takes whole kroner only.
    """

    amount_changed = Signal(object)  # int øre, or None when empty or not an amount
    accepted = Signal(int)
    quick_amount_chosen = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        quick_amounts: list[int] | None = None,
        ok_text: str | None = None,
        show_ok: bool = True,
        allow_zero: bool = False,
        quick_beside: bool = False,
        whole_kroner: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("money_input")
        self.whole_kroner = whole_kroner
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = ""
        self._allow_zero = allow_zero
        self._last: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the field lines up with what is around it
        layout.setSpacing(10)

        self.display = QLabel(self)
        self.display.setObjectName("money_display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.display.setMinimumHeight(72)
        layout.addWidget(self.display)

        self.quick_buttons: list[QPushButton] = []
        quick = QGridLayout()
        quick.setSpacing(8)
        amounts = list(quick_amounts or ())
        # Beside the pad: as many columns as four rows need, then the rows shared out evenly.
        columns = -(-len(amounts) // QUICK_ROWS_BESIDE) or 1
        rows_beside = -(-len(amounts) // columns) or 1
        for n, ore in enumerate(amounts):
            whole = ore % ORE_PER_KRONE == 0
            button = QPushButton(format_money(ore, whole=whole), self)
            button.setObjectName("quick_amount")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, ore=ore: self._choose_quick(ore))
            if quick_beside:
                # In columns beside the digits, a row to each row of keys: the pad keeps its height.
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                quick.addWidget(button, n % rows_beside, n // rows_beside)
            else:
                quick.addWidget(button, n // 5, n % 5)
            self.quick_buttons.append(button)

        self.keypad = Keypad(self, comma=not whole_kroner)
        self.keypad.key_pressed.connect(self._on_key)
        if quick_beside and self.quick_buttons:
            pad = QHBoxLayout()
            pad.setSpacing(16)
            # The digits and amounts keep their full width (the theme's, not the layout's smaller guess).
            self.keypad.setMinimumWidth(self.keypad.sizeHint().width())
            for button in self.quick_buttons:
                button.setMinimumWidth(button.sizeHint().width())
            pad.addWidget(self.keypad, 3)
            pad.addLayout(quick, columns)
            layout.addLayout(pad, 1)
        else:
            if self.quick_buttons:
                layout.addLayout(quick)
            layout.addWidget(self.keypad, 1)

        self.ok_button = QPushButton(ok_text or self.tr("OK"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ok_button.setMinimumHeight(64)
        self.ok_button.setProperty("target", "tall")  # the till's style sheet: 64 px at any scale
        self.ok_button.clicked.connect(self._accept)
        self.ok_button.setVisible(show_ok)
        layout.addWidget(self.ok_button)
        self._refresh()

    # --- the public API ----------------------------------------------------

    def amount(self) -> int | None:
        """The typed amount in øre, or None when nothing (or no amount) is typed."""
        text = self._text.rstrip(",")
        if not text:
            return None
        try:
            return parse_money(text)
        except InvalidAmount:
            return None

    def set_amount(self, ore: int) -> None:
        """Show ``ore`` as if it had been typed (``12,50`` or ``12``)."""
        if not isinstance(ore, int) or isinstance(ore, bool) or ore < 0:
            raise ValueError(f"an amount is whole øre, 0 or more: {ore!r}")
        if self.whole_kroner and ore % ORE_PER_KRONE:
            raise ValueError(f"this field takes whole kroner: {ore!r}")
        whole, rest = divmod(ore, ORE_PER_KRONE)
        self._text = f"{whole},{rest:02d}" if rest else str(whole)
        self._refresh()

    def clear(self) -> None:
        """Empty the field."""
        self._text = ""
        self._refresh()

    def text(self) -> str:
        """What was typed, as typed (``"12,5"``)."""
        return self._text

    # --- typing ------------------------------------------------------------

    def _on_key(self, key: str) -> None:
        text = self._text
        if key == "clear":
            text = ""
        elif key == "back":
            text = text[:-1]
        elif key == ",":
            if "," not in text and not self.whole_kroner:
                text = (text or "0") + ","
        elif key.isdigit():
            whole, comma, decimals = text.partition(",")
            if comma:
                if len(decimals) < 2:
                    text += key
            elif whole == "0":
                text = key  # no leading zeros: "05" is "5"
            elif len(whole) < MAX_WHOLE_DIGITS:
                text += key
        if text != self._text:
            self._text = text
            self._refresh()

    def _choose_quick(self, ore: int) -> None:
        self.set_amount(ore)
        self.quick_amount_chosen.emit(ore)

    def _valid(self, amount: int | None) -> bool:
        return amount is not None and (amount > 0 or (self._allow_zero and amount == 0))

    def _accept(self) -> None:
        amount = self.amount()
        if self._valid(amount):
            assert amount is not None
            self.accepted.emit(amount)

    def _refresh(self) -> None:
        self.display.setText(self._display_text())
        self.display.setProperty("empty", not self._text)
        self.display.style().unpolish(self.display)
        self.display.style().polish(self.display)
        amount = self.amount()
        self.ok_button.setEnabled(self._valid(amount))
        if amount != self._last:
            self._last = amount
            self.amount_changed.emit(amount)

    def _display_text(self) -> str:
        if not self._text:
            return format_money(0, whole=True)
        whole, comma, decimals = self._text.partition(",")
        shown = format_money(int(whole or "0") * ORE_PER_KRONE, whole=True)
        return shown + (comma + decimals if comma else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept()
        elif event.key() == Qt.Key.Key_Escape and self._text:
            self.clear()
        else:
            # Escape on an empty field goes on to the dialog (which may close).
            super().keyPressEvent(event)
