"""Catching a keyboard-wedge barcode scanner wherever focus is on the till.

A scanner "types" the code and presses Enter. On the till screen, characters
typed while no text field has focus have no other meaning, so they are
collected here and handed over as one scan when Enter comes. A text field
with focus gets its keys as usual (the code field scans on its own Enter).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# A pause longer than this starts a new code (a person typing, then stopping).
RESET_AFTER_S = 2.0
_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, screen: QWidget) -> None:
        super().__init__(screen)
        self._screen = screen
        self._buffer: list[str] = []
        self._last = 0.0

    def _listening(self) -> bool:
        if not self._screen.isVisible() or QApplication.activeModalWidget() is not None:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and focus.window() is not self._screen.window():
            # Keys for another visible window are theirs; a closed dialog's
            # focus (it may linger a moment) is not.
            return not focus.window().isVisible()
        return not isinstance(focus, _TEXT_FIELDS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._listening():
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self._buffer:
                return False
            code = "".join(self._buffer)
            self._buffer.clear()
            self.scanned.emit(code)
            return True
        text = event.text()
        if len(text) == 1 and text.isprintable() and not text.isspace():
            now = _pressed_at(event)
            if now - self._last > RESET_AFTER_S:
                self._buffer.clear()
            self._last = now
            self._buffer.append(text)
            return True
        if key == Qt.Key.Key_Escape and self._buffer:
            self._buffer.clear()
            return True
        return False


def _pressed_at(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds.

    The window system stamps each key event when it happens; a GUI thread
    that stalls for a moment mid-scan (a slow save, a busy machine) then
    still sees the scanner's keys a few milliseconds apart, not the stall,
    so the code is not cut in two. Synthetic events (tests) carry no stamp.
    """
    stamp = event.timestamp()
    return stamp / 1000 if stamp else time.monotonic()
