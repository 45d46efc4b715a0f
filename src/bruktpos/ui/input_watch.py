"""The application's one look at every event, for those who watch the person's keys and taps.

The till's scanner catches keys wherever the focus is, the auto-lock restarts
on every touch, and a payment dialog's guard tells a scanner's burst from a
person's keys: each must see input meant for any widget, so each used to be
an event filter on the application. Qt calls such a filter for every event
of every object, and a screen being built sends thousands that are none of
these (ChildAdded, Polish, StyleChange, …): each filter written in Python
costs a call into Python for each, and three of them made building the
reports screen or the close of the day take twice as long as its widgets
alone (issue 18: over 50 ms of a frozen till).

So there is one filter, :class:`InputWatch`. It lets through at C speed any
event that is not input (``isinstance`` of :class:`QInputEvent`: keys,
mouse, touch, wheel, hover) and hands input to the objects that listen,
through their own ``eventFilter``, the last to start listening first (as Qt
asks its filters): one that returns True has taken the event, and those
after it do not see it. An object that is destroyed stops listening by
itself.
"""

from __future__ import annotations

from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QInputEvent


class InputWatch(QObject):
    """The one application-wide event filter; see the module's docstring."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("input_watch")
        self._app = app
        self._listeners: list[QObject] = []  # the last to listen first

    @property
    def listeners(self) -> tuple[QObject, ...]:
        return tuple(self._listeners)

    def add(self, listener: QObject) -> None:
        """Hand ``listener.eventFilter`` every input event from now on (again: it is asked first)."""
        known = any(existing is listener for existing in self._listeners)
        if known:
            self._listeners = [existing for existing in self._listeners if existing is not listener]
        self._listeners.insert(0, listener)
        if not known:
            listener.destroyed.connect(partial(self._gone, id(listener)))
        if len(self._listeners) == 1:
            self._app.installEventFilter(self)

    def remove(self, listener: QObject) -> None:
        """No more events for ``listener`` (nothing happens if it was not listening)."""
        self._gone(id(listener))

    def _gone(self, key: int, _object: object = None) -> None:
        if not shiboken6.isValid(self):  # the application went first
            return
        before = len(self._listeners)
        self._listeners = [existing for existing in self._listeners if id(existing) != key]
        if before and not self._listeners:
            self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QInputEvent):  # nearly every event: no more Python than this
            return False
        return any(listener.eventFilter(watched, event) for listener in tuple(self._listeners))


_watch: InputWatch | None = None


def input_watch() -> InputWatch | None:
    """The application's watch (made the first time it is asked for); None without an application."""
    global _watch
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = InputWatch(app)
    return _watch


def listen(listener: QObject) -> None:
    """``listener.eventFilter`` sees every input event of the application, as a filter on it would."""
    watch = input_watch()
    if watch is not None:
        watch.add(listener)


def stop_listening(listener: QObject) -> None:
    """``listener`` sees no more of the application's input events."""
    watch = input_watch()
    if watch is not None:
        watch.remove(listener)
