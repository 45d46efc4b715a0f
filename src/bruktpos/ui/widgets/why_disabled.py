"""A greyed-out button that says why when it is tapped, instead of doing nothing.

A beginner who taps a button and sees nothing happen doubts the machine or
themselves. :func:`explain_when_disabled` gives a button the sentence to
say while it is disabled ("Type your PIN first, then tap OK."); a tap on it
then puts that sentence in the message line of the screen or dialog it is
on — the nearest ``show_message(text, level)`` up its parents, else the
nearest ``QLabel#message`` — or, with neither, in a tooltip at the finger.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QToolTip, QWidget

from bruktpos.ui.widgets.reserved_line import ReservedLine
from bruktpos.ui.widgets.text import say

WHY = "why_disabled"  # the widget property holding the sentence


class _SaysWhy(QObject):
    """Catches the release of a tap on the disabled widget it watches (a disabled widget ignores it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QWidget)
            and not watched.isEnabled()
        ):
            reason = why_disabled(watched)
            if reason:
                tell(watched, reason)
                return True
        return False


def explain_when_disabled(widget: QWidget, reason: str) -> None:
    """What a tap on ``widget`` says while it is disabled; again when the reason changes ("" for none)."""
    widget.setProperty(WHY, reason)
    if widget.findChild(_SaysWhy) is None:
        widget.installEventFilter(_SaysWhy(widget))


def why_disabled(widget: QWidget) -> str:
    """The sentence a tap on the disabled ``widget`` says ("" when none)."""
    reason = widget.property(WHY)
    return reason if isinstance(reason, str) else ""


def tell(widget: QWidget, text: str) -> None:
    """Say ``text`` in the message line of the screen or dialog ``widget`` is on."""
    parent = widget.parentWidget()
    while parent is not None:
        show = getattr(parent, "show_message", None)
        if callable(show):
            show(text, "info")
            return
        label = parent.findChild(QLabel, "message")
        if label is not None:
            if isinstance(label, ReservedLine):
                label.say(text)
            else:
                say(label, text)
            return
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    QToolTip.showText(widget.mapToGlobal(widget.rect().center()), text, widget)
