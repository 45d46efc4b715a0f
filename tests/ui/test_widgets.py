"""The keypad, the money field and the PIN pad, driven as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from bruktpos.domain.money import NBSP
from bruktpos.ui.app import load_theme
from bruktpos.ui.widgets.keypad import Keypad, MoneyInput
from bruktpos.ui.widgets.pin_pad import PinPad

LEFT = Qt.MouseButton.LeftButton


def _tap(qtbot, widget: Keypad, *keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(widget.buttons[key], LEFT)


@pytest.fixture
def money(qtbot, qapp: QApplication) -> MoneyInput:
    load_theme(qapp)
    widget = MoneyInput(quick_amounts=[5000, 10000, 20000, 50000, 100000])
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_keypad_emits_every_key(qtbot) -> None:
    keypad = Keypad()
    qtbot.addWidget(keypad)
    pressed: list[str] = []
    keypad.key_pressed.connect(pressed.append)
    _tap(qtbot, keypad, "1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "0", "back", "clear")
    assert pressed == ["1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "0", "back", "clear"]
    assert keypad.buttons["back"].text() == "⌫" and keypad.buttons["clear"].text() == "C"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in keypad.buttons.values())


def test_keypad_hears_the_keyboard_of_its_parent(qtbot) -> None:
    parent = QWidget()
    parent.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    keypad = Keypad(parent)  # listens to its parent's keyboard by itself
    qtbot.addWidget(parent)
    pressed: list[str] = []
    keypad.key_pressed.connect(pressed.append)
    qtbot.keyClicks(parent, "4,2")
    qtbot.keyClick(parent, Qt.Key.Key_Backspace)
    qtbot.keyClick(parent, Qt.Key.Key_A)  # not a keypad key
    qtbot.keyClick(parent, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # a shortcut
    assert pressed == ["4", ",", "2", "back"]


def test_money_typed_on_the_keypad(qtbot, money: MoneyInput) -> None:
    changes: list[int | None] = []
    money.amount_changed.connect(changes.append)
    _tap(qtbot, money.keypad, "1", "2", "3", "4", "5", "0", ",", "5")
    assert money.amount() == 12345050
    assert money.display.text() == f"kr{NBSP}123{NBSP}450,5"
    _tap(qtbot, money.keypad, "0")
    assert money.display.text() == f"kr{NBSP}123{NBSP}450,50"
    _tap(qtbot, money.keypad, "9")  # a third decimal is not taken
    assert money.amount() == 12345050
    assert changes[-1] == 12345050
    assert None not in changes


def test_money_forgives_slips(qtbot, money: MoneyInput) -> None:
    _tap(qtbot, money.keypad, "0", "0", "7")
    assert money.text() == "7"  # no leading zeros
    _tap(qtbot, money.keypad, ",", ",", "5")
    assert money.text() == "7,5"  # one comma only
    _tap(qtbot, money.keypad, "back", "back")
    assert money.amount() == 700
    _tap(qtbot, money.keypad, "clear")
    assert money.amount() is None
    assert money.display.text() == f"kr{NBSP}0"
    _tap(qtbot, money.keypad, ",", "5")
    assert money.amount() == 50 and money.text() == "0,5"


def test_money_from_the_keyboard(qtbot, money: MoneyInput) -> None:
    accepted: list[int] = []
    money.accepted.connect(accepted.append)
    money.setFocus()
    qtbot.keyClicks(money, "49.5")
    assert money.amount() == 4950
    qtbot.keyClick(money, Qt.Key.Key_Return)
    assert accepted == [4950]
    qtbot.keyClick(money, Qt.Key.Key_Escape)
    assert money.amount() is None
    qtbot.keyClick(money, Qt.Key.Key_Enter)  # nothing typed: nothing accepted
    assert accepted == [4950]
    qtbot.keyClicks(money, "12,")
    assert money.amount() == 1200  # a trailing comma is forgiven


def test_money_ok_only_with_an_amount(qtbot, money: MoneyInput) -> None:
    accepted: list[int] = []
    money.accepted.connect(accepted.append)
    assert not money.ok_button.isEnabled()
    _tap(qtbot, money.keypad, "0")
    assert not money.ok_button.isEnabled()  # kr 0 is no amount here
    _tap(qtbot, money.keypad, "2", "0")
    qtbot.mouseClick(money.ok_button, LEFT)
    assert accepted == [2000]


def test_quick_amounts(qtbot, money: MoneyInput) -> None:
    chosen: list[int] = []
    money.quick_amount_chosen.connect(chosen.append)
    assert [b.text() for b in money.quick_buttons] == [
        f"kr{NBSP}50",
        f"kr{NBSP}100",
        f"kr{NBSP}200",
        f"kr{NBSP}500",
        f"kr{NBSP}1{NBSP}000",
    ]
    qtbot.mouseClick(money.quick_buttons[2], LEFT)
    assert chosen == [20000]
    assert money.amount() == 20000
    assert all(b.height() >= 48 for b in money.quick_buttons)


def test_set_amount_and_clear(qtbot, money: MoneyInput) -> None:
    changes: list[int | None] = []
    money.amount_changed.connect(changes.append)
    money.set_amount(123450)
    assert money.display.text() == f"kr{NBSP}1{NBSP}234,50"
    money.set_amount(5000)
    assert money.text() == "50"
    money.clear()
    assert changes == [123450, 5000, None]
    with pytest.raises(ValueError):
        money.set_amount(-1)


def test_touch_targets_are_big(qtbot, money: MoneyInput) -> None:
    for button in money.findChildren(QPushButton):
        assert button.height() >= 48 and button.width() >= 48, button.text()


@pytest.fixture
def pin_pad(qtbot, qapp: QApplication) -> PinPad:
    load_theme(qapp)
    pad = PinPad()
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def test_pin_pad_never_shows_the_digits(qtbot, pin_pad: PinPad) -> None:
    entered: list[str] = []
    pin_pad.pin_entered.connect(entered.append)
    _tap(qtbot, pin_pad.keypad, "2", "7", "3")
    assert pin_pad.dots.text().count("●") == 3
    assert pin_pad.digits_typed() == 3
    qtbot.mouseClick(pin_pad.keypad.buttons["8"], LEFT)
    # No label shows a digit (the keypad's own buttons are the only digits on screen).
    shown = [
        label.text() + label.accessibleName() + label.toolTip() for label in pin_pad.findChildren(QLabel)
    ]
    assert not any(c.isdigit() for text in shown for c in text), shown
    qtbot.mouseClick(pin_pad.ok_button, LEFT)
    assert entered == ["2738"]
    assert pin_pad.digits_typed() == 0  # handed on, then forgotten


def test_pin_pad_has_no_comma(pin_pad: PinPad) -> None:
    assert pin_pad.keypad.buttons[","].isHidden()


def test_pin_pad_from_the_keyboard(qtbot, pin_pad: PinPad) -> None:
    entered: list[str] = []
    pin_pad.pin_entered.connect(entered.append)
    pin_pad.setFocus()
    qtbot.keyClicks(pin_pad, "12345")
    qtbot.keyClick(pin_pad, Qt.Key.Key_Backspace)
    qtbot.keyClicks(pin_pad, ",.")  # no comma in a PIN
    qtbot.keyClick(pin_pad, Qt.Key.Key_Return)
    assert entered == ["1234"]


def test_pin_pad_says_a_short_pin_is_too_short(qtbot, pin_pad: PinPad) -> None:
    entered: list[str] = []
    pin_pad.pin_entered.connect(entered.append)
    _tap(qtbot, pin_pad.keypad, "1", "2")
    qtbot.mouseClick(pin_pad.ok_button, LEFT)
    assert entered == []
    assert pin_pad.error_text() == "A PIN has 4 to 8 digits, and this one has 2. Type it again."


def test_pin_pad_error_clears_the_pin_and_goes_when_typing(qtbot, pin_pad: PinPad) -> None:
    _tap(qtbot, pin_pad.keypad, "1", "2", "3")
    room = pin_pad.message.height()
    assert room >= 60 and pin_pad.message.property("empty") is True  # kept, and unseen
    pin_pad.show_error("That PIN was not right.")
    assert pin_pad.digits_typed() == 0
    assert pin_pad.message.isVisible() and pin_pad.error_text() == "That PIN was not right."
    assert pin_pad.message.property("empty") is False and pin_pad.message.height() == room
    _tap(qtbot, pin_pad.keypad, "5")
    assert pin_pad.error_text() == "" and pin_pad.message.property("empty") is True
    assert pin_pad.message.height() == room  # gone, and its room stays
    pin_pad.clear()
    assert pin_pad.digits_typed() == 0


def test_pin_pad_takes_at_most_eight_digits(qtbot, pin_pad: PinPad) -> None:
    entered: list[str] = []
    pin_pad.pin_entered.connect(entered.append)
    _tap(qtbot, pin_pad.keypad, *"1234567890")
    qtbot.mouseClick(pin_pad.ok_button, LEFT)
    assert entered == ["12345678"]
