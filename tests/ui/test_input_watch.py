"""The scanner and the auto-lock see every key and tap, and none of the thousands of other events.

A screen being built sends thousands of events (ChildAdded, Polish, …) to
its widgets. A filter written in Python on the application is called for
each; the scanner's and the auto-lock's filters were, and so made building a
screen take twice as long (issue 18). They now listen through the one
:class:`~bruktpos.ui.input_watch.InputWatch`, which hands them input only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from bruktpos.ui.input_watch import input_watch
from bruktpos.ui.presence import IdleWatcher
from bruktpos.ui.till.scanner import ScanCatcher
from tests.integration.conftest import LEADER_PIN

from .conftest import Till, log_in, scan


class Seen:
    """What reached one filter's ``eventFilter``: input events and all others, counted apart."""

    def __init__(self) -> None:
        self.input = 0
        self.other = 0

    def count(self, event: QEvent) -> None:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress):
            self.input += 1
        elif kind not in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseMove,
            QEvent.Type.HoverMove,
            QEvent.Type.HoverEnter,
            QEvent.Type.HoverLeave,
            QEvent.Type.Enter,
            QEvent.Type.Leave,
            QEvent.Type.ShortcutOverride,
        ):
            self.other += 1


def counting(monkeypatch, kind: type[QObject]) -> Seen:
    seen = Seen()
    real = kind.eventFilter

    def looking(self: QObject, watched: QObject, event: QEvent) -> bool:
        seen.count(event)
        return real(self, watched, event)

    monkeypatch.setattr(kind, "eventFilter", looking)
    return seen


@pytest.fixture
def seen(monkeypatch) -> tuple[Seen, Seen]:
    """What reaches the scanner's and the auto-lock's filters (counted from before the till starts)."""
    return counting(monkeypatch, ScanCatcher), counting(monkeypatch, IdleWatcher)


def test_building_a_screen_sends_the_scanner_and_the_auto_lock_no_event_but_keys_and_taps_reach_both(
    qtbot, seen: tuple[Seen, Seen], till: Till
) -> None:
    window, shop = till.window, till.shop
    log_in(qtbot, till, shop.leader.id, LEADER_PIN)
    scanner, idle = seen
    scanner.other = idle.other = 0  # the login's own events are not the point

    window.reports_action.trigger()  # the reports screen is built now, the first time
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reports, timeout=5000)
    qtbot.waitUntil(lambda: window.reports.report is not None, timeout=10_000)
    assert (scanner.other, idle.other) == (0, 0)  # the old filters saw thousands here

    qtbot.mouseClick(window.reports.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till, timeout=5000)
    assert idle.input > 0 and window.idle_timer.isActive()  # a tap restarts the auto-lock
    before = (scanner.input, idle.input)
    scan(qtbot, till, shop.codes[0])
    qtbot.waitUntil(lambda: window.till.model.rowCount() == 1, timeout=5000)
    assert scanner.input > before[0] and idle.input > before[1]  # both saw the scanner's keys
    assert (scanner.other, idle.other) == (0, 0)


def test_the_watch_asks_the_last_to_listen_first_and_one_that_takes_a_key_keeps_it(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from bruktpos.ui.input_watch import listen, stop_listening

    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    asked: list[str] = []

    class Listener(QObject):
        def __init__(self, name: str, takes: bool) -> None:
            super().__init__()
            self.name, self.takes = name, takes

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.KeyPress:
                asked.append(self.name)
                return self.takes
            return False

    first, second = Listener("first", False), Listener("second", True)
    listen(first)
    listen(second)
    try:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        assert asked == ["second"] and field.text() == ""  # taken: neither the first nor the field saw it
        stop_listening(second)
        qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier)
        assert asked == ["second", "first"] and field.text() == "b"
        watch = input_watch()
        assert watch is not None
        first.deleteLater()
        qtbot.waitUntil(lambda: all(listener is not first for listener in watch.listeners), timeout=2000)
    finally:
        stop_listening(first)
        stop_listening(second)
