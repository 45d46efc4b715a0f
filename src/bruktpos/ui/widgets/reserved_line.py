"""A message line whose room is always kept, so nothing below it moves under a finger."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from bruktpos.ui.widgets.text import repolish


class ReservedLine(QLabel):
    """A calm message of up to ``lines`` wrapped lines, always as high as that, empty or not.

    A line that appears and disappears pushes the keys below it down and up
    again, and the next tap lands on the wrong key. This one is always there:
    with nothing to say it is an empty, borderless space of the same height
    (the theme's ``QLabel#message[empty="true"]``).
    """

    def __init__(self, parent: QWidget | None = None, *, lines: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._lines = lines
        self.setProperty("level", "info")
        self.setProperty("empty", True)

    def say(self, text: str, level: str = "info") -> None:
        """Show ``text`` (``level`` "info" or "error"); "" leaves the space empty. Nothing moves."""
        self.setText(text)
        self.setProperty("level", level)
        self.setProperty("empty", not text)
        repolish(self)

    def reserved_height(self) -> int:
        """The height kept for ``lines`` lines in the current font, with the theme's padding and border."""
        self.ensurePolished()
        margins = self.contentsMargins()  # the theme's padding and border are in these
        return self.fontMetrics().lineSpacing() * self._lines + margins.top() + margins.bottom() + 4

    # A fixed height whatever the text: no height-for-width, which would grow it with a long text.
    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, width: int) -> int:
        return self.reserved_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.reserved_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.reserved_height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # a bigger font (the large look) keeps room for as many lines
        super().changeEvent(event)
