"""Small text helpers every screen shares: the calm message line, button names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def repolish(widget: QWidget) -> None:
    """Apply the theme again after a dynamic property (``level``, ``training``) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def hint_line(parent: QWidget) -> QLabel:
    """A screen's hint under its title: smaller text, wrapped."""
    label = QLabel(parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def message_line(parent: QWidget, *, min_height: int = 0) -> QLabel:
    """A screen's message line: wrapped, at the ``info`` level, hidden until :func:`say` puts text in it."""
    label = QLabel(parent)
    label.setObjectName("message")
    label.setWordWrap(True)
    if min_height:
        label.setMinimumHeight(min_height)
    label.setProperty("level", "info")
    label.setVisible(False)
    return label


def say(label: QLabel, text: str, level: str = "info") -> None:
    """Show one or two calm sentences in a screen's message line; empty text hides it.

    ``level`` is ``"info"`` or ``"error"`` (the theme colours them).
    """
    keeps_its_room = getattr(label, "say", None)  # a message line whose room is kept: it says it itself
    if callable(keeps_its_room):
        keeps_its_room(text, level)
        return
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("level", level)
    repolish(label)


def two_lines(name: str, longest: int = 11) -> str:
    """Break a long name at the space nearest its middle, so big buttons stay readable."""
    if len(name) <= longest or " " not in name:
        return name
    middle = len(name) // 2
    split = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
    return name[:split] + "\n" + name[split + 1 :]
