"""Catching a keyboard-wedge barcode scanner wherever focus is on the till.

A scanner "types" the code and presses Enter. On the till screen, characters
typed while no text field has focus have no other meaning, so they are
collected here and handed over as one scan when Enter comes. A text field
with focus gets its keys as usual (the code field scans on its own Enter).

In the dialogs of the payment flow a scan must never act as a tap: its Enter
(or a Space after it) would otherwise take cash, approve a card payment or
give money back. :class:`ScanGuard` tells a scanner from a person by speed
(characters a few milliseconds apart, ending in Enter), undoes what the
characters typed, swallows the Enter and says it was a scan.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from bruktpos.ui.input_watch import listen, stop_listening

log = logging.getLogger(__name__)

# A pause longer than this starts a new code (a person typing, then stopping).
RESET_AFTER_S = 2.0
# Keys closer together than this are a scanner's: a wedge scanner sends a
# character every few milliseconds, a fast typist one about every 60–100.
BURST_GAP_S = 0.03
# Characters before the Enter for a burst to be a scan: two or three quick
# keys are a person's finger rolling over the keys.
MIN_BURST = 4
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
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
            now = pressed_at(event)
            if now - self._last > RESET_AFTER_S:
                self._buffer.clear()
            self._last = now
            self._buffer.append(text)
            return True
        if key == Qt.Key.Key_Escape and self._buffer:
            self._buffer.clear()
            return True
        return False


def pressed_at(event: QKeyEvent) -> float:
    """When the key was pressed, in seconds.

    The window system stamps each key event when it happens; a GUI thread
    that stalls for a moment mid-scan (a slow save, a busy machine) then
    still sees the scanner's keys a few milliseconds apart, not the stall,
    so the code is not cut in two. Synthetic events (tests) carry no stamp.
    """
    stamp = event.timestamp()
    return stamp / 1000 if stamp else time.monotonic()


# What a dialog keeps of its fields before a burst, and gives back after it.
Restore = Callable[[], None]


class ScanGuard(QObject):
    """Keeps a scanner's burst in ``dialog`` from acting as a tap.

    Every key for the dialog's window passes through as usual; the guard only
    watches the timing. When at least :data:`MIN_BURST` characters came
    :data:`BURST_GAP_S` apart or closer and an Enter or Space follows as
    fast, it was a scan: the guard calls the ``restore`` it got from
    ``snapshot()`` when the burst began (so the digits typed into an amount
    are gone), swallows the Enter or Space (and its release) and emits
    ``scanned`` with the code. A field where scanning is the way to enter a
    code (``accepts_scan(focus)`` says True) gets the whole scan as usual.
    """

    scanned = Signal(str)

    def __init__(
        self,
        dialog: QWidget,
        snapshot: Callable[[], Restore],
        accepts_scan: Callable[[QWidget | None], bool] = lambda _focus: False,
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._snapshot = snapshot
        self._accepts_scan = accepts_scan
        self.start()

    def start(self) -> None:
        """Look at the dialog's keys (from the start; again for a dialog used once more)."""
        self._run: list[str] = []
        self._restore: Restore | None = None
        self._last = -RESET_AFTER_S
        # The key press last looked at (its address, key and text), and the widget it was for.
        self._seen: tuple[tuple[int, int, str], QObject] | None = None
        self._swallow_release: int | None = None
        # Every key of the application: the key goes to whichever child has the focus (listening
        # again, it is still there once).
        listen(self)

    def stop(self) -> None:
        """The dialog is closing: stop looking at keys."""
        stop_listening(self)

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and self._dialog.isVisible() and watched.window() is self._dialog

    def _again(self, event: QKeyEvent, watched: QObject) -> bool:
        """True for the same key press climbing from a child to its parent (already looked at)."""
        pointer = (shiboken6.getCppPointer(event)[0], event.key(), event.text())
        seen = self._seen
        self._seen = (pointer, watched)
        if seen is None or seen[0] != pointer:
            return False
        child = seen[1]
        # Qt counts a widget as its own ancestor; the same widget again is a new key press
        # (one freed and made at the same address), never the old one climbing.
        return (
            isinstance(child, QWidget)
            and isinstance(watched, QWidget)
            and watched is not child
            and watched.isAncestorOf(child)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not self._ours(watched):
            return False
        assert isinstance(event, QKeyEvent)
        if kind == QEvent.Type.KeyRelease:
            if self._swallow_release == event.key():
                self._swallow_release = None
                return True
            return False
        if self._again(event, watched):
            return False
        return self._key_pressed(event)

    def _key_pressed(self, event: QKeyEvent) -> bool:
        key = event.key()
        text = event.text()
        is_char = len(text) == 1 and text.isprintable() and not text.isspace()
        if not is_char and key not in _ENDS:
            if text or key not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr):
                self._forget()  # another key (a person's): the run is over; Shift for a capital is not
            return False
        now = pressed_at(event)
        fast = now - self._last <= BURST_GAP_S
        self._last = now
        if is_char:
            if not fast or not self._run:
                self._run = []
                self._restore = self._snapshot()
            self._run.append(text)
            return False
        burst = fast and len(self._run) >= MIN_BURST
        code, restore = "".join(self._run), self._restore
        self._forget()
        if not burst or self._accepts_scan(QApplication.focusWidget()):
            return False
        if restore is not None:
            restore()
        self._swallow_release = key
        log.info("a scan (%d characters) in %s was not taken as a tap", len(code), self._dialog.objectName())
        self.scanned.emit(code)
        return True

    def _forget(self) -> None:
        self._run = []
        self._restore = None
