"""Fields the shop's details are typed into, shared by the "Butikken" screen and the setup wizard.

Big enough for a finger (at least 48 px), each with its label above and, where
it helps, a one-line hint under it. Days and kroner are read here from what
was typed; whether they fit is the service's rule (:func:`bruktpos.services.shop.clean_setting`).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

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
        height = QFontMetrics(self.font()).lineSpacing() * lines + 20
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


def labelled(
    parent: QWidget, text: str, field: QWidget, hint: str = "", *, name: str = ""
) -> tuple[QWidget, QLabel, QLabel | None]:
    """A block: the label (a tap on it focuses the field), the field, and the hint under it if any."""
    block = QWidget(parent)
    if name:
        block.setObjectName(name)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    label = QLabel(text, block)
    label.setBuddy(field)
    label.setObjectName("field_label")
    layout.addWidget(label)
    field.setParent(block)
    layout.addWidget(field)
    hint_label = None
    if hint:
        hint_label = QLabel(hint, block)
        hint_label.setObjectName("hint")
        hint_label.setWordWrap(True)
        layout.addWidget(hint_label)
    return block, label, hint_label
