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


# --- the guard on a dialog of the payment flow ------------------------------------------


def _guarded(qtbot):
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    from bruktpos.ui.till.scanner import ScanGuard

    dialog = QDialog()
    qtbot.addWidget(dialog)
    box = QVBoxLayout(dialog)
    field = QLineEdit(dialog)
    button = QPushButton("Ok", dialog)
    box.addWidget(field)
    box.addWidget(button)
    restored: list[str] = []

    def snapshot():
        before = field.text()
        return lambda: (restored.append(before), field.setText(before))

    guard = ScanGuard(dialog, snapshot)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, field, button, guard, restored


def test_the_guard_takes_a_fast_burst_as_one_scan_and_undoes_its_keys(qtbot) -> None:
    _dialog, field, _button, guard, restored = _guarded(qtbot)
    field.setFocus()
    field.setText("12")
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    with qtbot.waitSignal(guard.scanned) as got:
        _type(field, "0000000000000", 5_000_000)  # the same key again and again: each one counts
        _press(field, Qt.Key.Key_Return, "\r", 5_000_000 + 10 * 13)
    assert got.args == ["0000000000000"]
    assert field.text() == "12" and restored == ["12"] and entered == []
    guard.stop()


def test_a_key_climbing_to_the_dialog_is_counted_once(qtbot) -> None:
    _dialog, _field, button, guard, _restored = _guarded(qtbot)
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    # Digits to a button climb on to the dialog (the button has no use for them).
    with qtbot.waitSignal(guard.scanned) as got:
        _scan(button, "1234", 6_000_000)
    assert got.args == ["1234"] and clicked == []
    guard.stop()


def test_a_person_typing_is_no_scan(qtbot) -> None:
    _dialog, field, _button, guard, restored = _guarded(qtbot)
    field.setFocus()
    scans: list[str] = []
    guard.scanned.connect(scans.append)
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    for n, digit in enumerate("12345"):
        _press(field, Qt.Key(Qt.Key.Key_0 + int(digit)), digit, 7_000_000 + 150 * n)
    _press(field, Qt.Key.Key_Return, "\r", 7_000_000 + 150 * 5)
    assert scans == [] and restored == [] and entered == [True]
    guard.stop()
