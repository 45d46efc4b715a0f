"""The scan catcher splits codes by when keys were pressed, not by when the till got round to them."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.ui.till.scanner import RESET_AFTER_S, ScanCatcher


def _press(widget: QWidget, key: Qt.Key, text: str, stamp_ms: int) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp_ms)
    QApplication.sendEvent(widget, event)


def _type(widget: QWidget, digits: str, start_ms: int, *, stall_after: int | None = None) -> None:
    for index, digit in enumerate(digits):
        if index == stall_after:
            time.sleep(RESET_AFTER_S + 0.2)  # the GUI thread was busy: the keys waited in the queue
        _press(widget, Qt.Key(Qt.Key.Key_0 + int(digit)), digit, start_ms + 10 * index)


def _scan(widget: QWidget, code: str, start_ms: int, *, stall_after: int | None = None) -> None:
    _type(widget, code, start_ms, stall_after=stall_after)
    _press(widget, Qt.Key.Key_Return, "\r", start_ms + 10 * len(code))


def test_a_stall_mid_scan_does_not_cut_the_code(qtbot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    catcher = ScanCatcher(screen)
    screen.installEventFilter(catcher)
    codes: list[str] = []
    catcher.scanned.connect(codes.append)
    screen.setFocus()
    _scan(screen, "0400100000045", 50_000, stall_after=4)
    # A person who typed four digits and stopped for longer than the pause starts anew.
    _type(screen, "1234", 60_000)
    _scan(screen, "0400100000052", 60_000 + int(RESET_AFTER_S * 1000) + 500)
    assert codes == ["0400100000045", "0400100000052"]
