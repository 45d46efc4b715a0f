"""How big a dialog opens, and wrapped text kept whole in it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget


class _WholeText(QObject):
    """Keeps a word-wrapped label as high as its text needs at the width it is given."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            needed = max(0, watched.heightForWidth(watched.width()))  # -1: no text to wrap
            if needed != watched.minimumHeight():
                watched.setMinimumHeight(needed)
        return False


def keep_wrapped_whole(root: QWidget) -> None:
    """Every word-wrapped label under ``root`` gets the height its text needs, once laid out.

    A layout asks a wrapped label for its height at the width it guesses
    before the window has its size; a window narrower than that guess then
    squeezes what is below the label (a keypad's bottom row under the OK
    button). With this, the label's minimum follows its real width, and the
    window makes room.
    """
    guard = root.findChild(_WholeText, "whole_text") or _WholeText(root)
    guard.setObjectName("whole_text")
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(guard)


def open_wide(dialog: QWidget, width: int, height: int = 0) -> None:
    """Open ``dialog`` at least ``width`` px wide (and ``height`` high), or as its layout wants (once built).

    Never ``setMinimumWidth``: a minimum set by hand takes the place of the
    layout's, and the layout then squeezes the buttons below their text and
    the fields over one another. Sized like this, the dialog is never smaller
    than what its layout needs, its wrapped sentences included.
    """
    keep_wrapped_whole(dialog)
    dialog.ensurePolished()  # the theme's sizes, before the hint is asked for
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), max(height, hint.height()))
