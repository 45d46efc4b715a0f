"""The till's message line: always there, with room for two lines, so nothing moves when it speaks.

An empty line keeps its place (drawn without its box); a sentence longer
than two lines gets the room it needs. It sits under what it may push
(the cart's last rows), never above a button.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from bruktpos.ui.widgets.text import repolish

RESERVED_LINES = 2


class MessageLine(QLabel):
    """One or two calm sentences (``info`` or ``error``), or nothing, in a space kept for them."""

    def __init__(self, parent: QWidget | None = None, *, lines: int = RESERVED_LINES) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.lines = lines
        self.setProperty("level", "none")

    def say(self, text: str, level: str = "info") -> None:
        """Show ``text`` at ``level`` ("info" or "error"); empty text leaves the space empty."""
        self.setText(text)
        level = level if text else "none"
        if self.property("level") != level:
            self.setProperty("level", level)
            repolish(self)

    def clear(self) -> None:  # QLabel override: clearing keeps the space, and drops the box
        self.say("")

    def reserved_height(self) -> int:
        """Room for :attr:`lines` lines of its type, inside its padding and border."""
        self.ensurePolished()
        margins = self.contentsMargins()  # the style sheet's padding and border
        return self.lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self.reserved_height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.reserved_height()))
