"""Fields the shop's details are typed into, shared by the "Butikken" screen and the setup wizard.

Big enough for a finger (at least 48 px), each with its label above and, where
it helps, a one-line hint under it. Days and kroner are read here from what
was typed; whether they fit is the service's rule (:func:`bruktpos.services.shop.clean_setting`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget

from bruktpos.domain.errors import InvalidShopDetail
from bruktpos.domain.money import ORE_PER_KRONE, parse_money
from bruktpos.services.settings import SETTINGS
from bruktpos.services.shop import MAX_RECEIPT_LINES

FIELD_HEIGHT = 48


def line_edit(parent: QWidget, *, max_length: int = 0, placeholder: str = "") -> QLineEdit:
    """A one-line field, touch-sized."""
    field = QLineEdit(parent)
    field.setMinimumHeight(FIELD_HEIGHT)
    if max_length:
        field.setMaxLength(max_length)
    if placeholder:
        field.setPlaceholderText(placeholder)
    return field


class ReceiptTextEdit(QPlainTextEdit):
    """A few lines of text for the top or bottom of the receipt (as tall as the lines it may hold)."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = MAX_RECEIPT_LINES) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_text")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._lines = lines
        self._fit()

    def event(self, event: QEvent) -> bool:
        # The theme's font arrives when the field is polished: as tall as its lines in that font.
        if event.type() in (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        return super().event(event)

    def _fit(self) -> None:
        frame = 2 * self.frameWidth() + int(self.document().documentMargin() * 2) + 8
        height = QFontMetrics(self.font()).lineSpacing() * self._lines + frame
        self.setFixedHeight(max(FIELD_HEIGHT, height))

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLineEdit's name, so both kinds of field read alike
        self.setPlainText(text)


def days_edit(parent: QWidget) -> QLineEdit:
    """Whole days (digits only)."""
    field = line_edit(parent, max_length=5)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), field))
    return field


def kroner_edit(parent: QWidget) -> QLineEdit:
    """Kroner, with a comma for the øre: ``50,00``."""
    field = line_edit(parent, max_length=14, placeholder="50,00")
    field.setValidator(
        QRegularExpressionValidator(QRegularExpression(r"[0-9 \x{00a0}]{0,11}([,.][0-9]{0,2})?"), field)
    )
    return field


def kroner_text(ore: int) -> str:
    """Øre as a person types kroner: ``50,00``."""
    whole, rest = divmod(int(ore), ORE_PER_KRONE)
    return f"{whole},{rest:02d}"


def read_days(text: str) -> int:
    """The voucher validity typed; :class:`InvalidShopDetail` when it is not a whole number of days."""
    spec = SETTINGS["voucher_valid_days"]
    digits = text.strip()
    if not digits.isdigit():
        raise InvalidShopDetail(InvalidShopDetail.VOUCHER_DAYS, digits, spec.minimum or 0, spec.maximum or 0)
    return int(digits)


def read_kroner(text: str) -> int:
    """The cash difference limit typed, in øre; :class:`InvalidAmount` when it is not an amount."""
    return parse_money(text)


class FieldGrid(QGridLayout):
    """Labels on the left, fields on the right, a hint under a field that needs one: compact enough
    for 1024×768. A tap on a label focuses its field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__()
        self._parent = parent
        self.setHorizontalSpacing(12)
        self.setVerticalSpacing(4)
        self.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {}

    def heading(self, text: str) -> QLabel:
        label = QLabel(text, self._parent)
        label.setObjectName("section")
        self.addWidget(label, self.rowCount(), 0, 1, 2)
        return label

    def add(
        self, text: str, field: QWidget | QLayout, hint: str = "", *, buddy: QWidget | None = None
    ) -> QLabel:
        """A row: ``text`` beside ``field`` (a widget, or a layout of several with ``buddy`` the first)."""
        row = self.rowCount()
        label = QLabel(text, self._parent)
        label.setObjectName("field_label")
        label.setMinimumHeight(FIELD_HEIGHT)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):
            label.setBuddy(target)
        tall = isinstance(field, QPlainTextEdit)
        align = Qt.AlignmentFlag.AlignLeft | (
            Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
        )
        label.setAlignment(align)
        self.addWidget(label, row, 0, align)
        if isinstance(field, QLayout):
            self.addLayout(field, row, 1)
        else:
            self.addWidget(field, row, 1)
        if hint:
            note = QLabel(hint, self._parent)
            note.setObjectName("hint")
            note.setWordWrap(True)
            self.addWidget(note, row + 1, 1)
        self.labels[text] = label
        return label
