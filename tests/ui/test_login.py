"""Logging in at the till: tap your name, type your PIN."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.ui.app import load_theme
from bruktpos.ui.login import LoginScreen
from bruktpos.ui.widgets.user_grid import UserButton
from tests.conftest import FakeClock
from tests.integration.conftest import CASHIER_PIN, Shop

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def screen(qtbot, qapp: QApplication, shop: Shop) -> LoginScreen:
    load_theme(qapp)
    widget = LoginScreen(shop.users)
    qtbot.addWidget(widget)
    widget.resize(1024, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _button(screen: LoginScreen, name: str) -> UserButton:
    return next(b for b in screen.grid.buttons if b.user.name == name)


def _type_pin(qtbot, screen: LoginScreen, pin: str) -> None:
    """Tap the digits and OK, and wait for the answer (the PIN is checked off the GUI thread)."""
    for digit in pin:
        qtbot.mouseClick(screen.pin_pad.keypad.buttons[digit], LEFT)
    qtbot.mouseClick(screen.pin_pad.ok_button, LEFT)
    qtbot.waitUntil(lambda: not screen.checking(), timeout=5000)


def test_the_shops_people_are_big_buttons(screen: LoginScreen) -> None:
    assert [(b.name_label.text(), b.role_label.text()) for b in screen.grid.buttons] == [
        ("Astrid", "Administrator"),
        ("Kari", "Shop leader"),
        ("Ola", "Cashier"),
    ]
    assert all(b.height() >= 48 and b.width() >= 48 for b in screen.grid.buttons)
    assert screen.title.text() == "Who is at the till?"


def test_ola_logs_in_with_his_pin(qtbot, screen: LoginScreen) -> None:
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    assert screen.people.on_pin_page()
    assert screen.people.greeting.text() == "Hi, Ola! Type your PIN."
    with qtbot.waitSignal(screen.logged_in, timeout=2000) as signal:
        _type_pin(qtbot, screen, CASHIER_PIN)
    operator = signal.args[0]
    assert (operator.name, operator.role) == ("Ola", Role.CASHIER)
    assert not screen.people.on_pin_page()  # ready for the next person
    assert screen.pin_pad.digits_typed() == 0


class HeldService:
    """The shop's user service, with each login held until the test lets it go (and who asked, and where)."""

    def __init__(self, shop: Shop) -> None:
        self._users = shop.users
        self.clock = shop.users.clock
        self.go = threading.Event()
        self.calls: list[tuple[int, str]] = []  # (user id, thread name)

    def list_users(self):
        return self._users.list_users()

    def login(self, user_id: int, pin: str) -> Operator:
        self.calls.append((user_id, threading.current_thread().name))
        assert self.go.wait(10)
        return self._users.login(user_id, pin)


def test_the_pin_is_checked_off_the_gui_thread_and_taken_once(qtbot, qapp, shop: Shop) -> None:
    load_theme(qapp)
    users = HeldService(shop)
    screen = LoginScreen(users)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    logged_in: list[Operator] = []
    screen.logged_in.connect(logged_in.append)
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    for digit in CASHIER_PIN:
        qtbot.mouseClick(screen.pin_pad.keypad.buttons[digit], LEFT)
    qtbot.mouseClick(screen.pin_pad.ok_button, LEFT)
    # The GUI goes on while the PIN is checked: the pad says so calmly, and takes nothing more.
    assert screen.checking()
    assert screen.pin_pad.error_text() == "Checking your PIN …"
    qtbot.waitUntil(lambda: len(users.calls) == 1, timeout=5000)
    assert users.calls[0][1] != threading.current_thread().name
    for digit in CASHIER_PIN:
        qtbot.mouseClick(screen.pin_pad.keypad.buttons[digit], LEFT)
    qtbot.keyClick(screen.pin_pad, Qt.Key.Key_Return)
    qtbot.keyClick(screen.pin_pad, Qt.Key.Key_Escape)
    assert screen.pin_pad.digits_typed() == 0
    assert not screen.pin_pad.ok_button.isEnabled() and not screen.back_button.isEnabled()
    assert screen.people.on_pin_page()
    users.go.set()
    qtbot.waitUntil(lambda: logged_in != [], timeout=5000)
    assert [o.name for o in logged_in] == ["Ola"]
    assert len(users.calls) == 1  # one PIN typed, one check
    assert not screen.checking() and screen.back_button.isEnabled()
    assert screen.pin_pad.error_text() == ""


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, screen: LoginScreen) -> None:
    logged_in: list[object] = []
    screen.logged_in.connect(logged_in.append)
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    _type_pin(qtbot, screen, "9999")
    assert screen.pin_pad.error_text() == "That PIN was not right. Try again; you have 4 tries left."
    assert screen.people.on_pin_page() and screen.people.selected_user().name == "Ola"
    assert screen.pin_pad.digits_typed() == 0
    assert logged_in == []
    with qtbot.waitSignal(screen.logged_in, timeout=2000):
        _type_pin(qtbot, screen, CASHIER_PIN)


def test_a_locked_user_is_told_when_to_try_again(qtbot, screen: LoginScreen, clock: FakeClock) -> None:
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    for _ in range(5):
        _type_pin(qtbot, screen, "9999")
    locked = "Too many wrong PINs in a row. You can try again at 14.08, or ask the shop leader for help."
    assert screen.pin_pad.error_text() == locked
    # Coming back to the name later still shows it, before any PIN is typed.
    screen.reset()
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    assert screen.pin_pad.error_text() == locked
    clock.advance(minutes=5, seconds=1)
    screen.reset()
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    assert screen.pin_pad.error_text() == ""
    with qtbot.waitSignal(screen.logged_in, timeout=2000):
        _type_pin(qtbot, screen, CASHIER_PIN)


def test_back_and_escape_lead_to_the_list(qtbot, screen: LoginScreen) -> None:
    qtbot.mouseClick(_button(screen, "Kari"), LEFT)
    qtbot.mouseClick(screen.pin_pad.keypad.buttons["1"], LEFT)
    qtbot.mouseClick(screen.back_button, LEFT)
    assert not screen.people.on_pin_page()
    assert screen.title.isVisible()
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    assert screen.pin_pad.digits_typed() == 0  # Kari's digit is gone
    qtbot.keyClick(screen.pin_pad, Qt.Key.Key_Escape)
    assert not screen.people.on_pin_page()


def test_keyboard_alone(qtbot, screen: LoginScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen, timeout=2000)

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    # The window opens with the first name in focus; Tab and the arrows move on.
    assert focused() is _button(screen, "Astrid")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is _button(screen, "Kari")
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert focused() is _button(screen, "Astrid")
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert focused() is _button(screen, "Ola")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert screen.people.selected_user().name == "Ola"
    assert focused() is screen.pin_pad
    with qtbot.waitSignal(screen.logged_in, timeout=2000) as signal:
        qtbot.keyClicks(focused(), CASHIER_PIN)
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert signal.args[0].name == "Ola"


def test_digits_reach_the_pin_while_back_has_the_focus(qtbot, screen: LoginScreen) -> None:
    screen.select_user(_button(screen, "Ola").user.id)
    screen.back_button.setFocus()
    qtbot.keyClicks(screen.back_button, "22")
    assert screen.pin_pad.digits_typed() == 2


def test_quick_switch_goes_straight_to_the_pin(qtbot, screen: LoginScreen, shop: Shop) -> None:
    screen.select_user(shop.leader.id)
    assert screen.people.greeting.text() == "Hi, Kari! Type your PIN."
    with qtbot.waitSignal(screen.logged_in, timeout=2000) as signal:
        _type_pin(qtbot, screen, "1111")
    assert signal.args[0] == shop.leader


def test_reset_reads_the_people_again(qtbot, screen: LoginScreen, shop: Shop) -> None:
    shop.users.create_user("Per", Role.CASHIER, "3333", by=shop.admin)
    assert [b.user.name for b in screen.grid.buttons] == ["Astrid", "Kari", "Ola"]
    screen.reset()
    assert [b.user.name for b in screen.grid.buttons] == ["Astrid", "Kari", "Ola", "Per"]
    new = _button(screen, "Per").user.id
    screen.reset()
    screen.select_user(new)
    assert screen.people.greeting.text() == "Hi, Per! Type your PIN."


def test_someone_unknown_is_explained(screen: LoginScreen) -> None:
    screen.select_user(99_999)
    assert not screen.people.on_pin_page()
    assert screen.people.list_message.text() == (
        "This person is no longer in the shop’s list. Choose your name again."
    )


def _places(screen: QWidget, pad) -> dict[str, QRect]:
    """Where each key and OK/Back are on the screen, in global coordinates."""
    buttons = {**pad.keypad.buttons, "ok": pad.ok_button, "back_button": screen.back_button}
    return {key: QRect(b.mapToGlobal(QPoint(0, 0)), b.size()) for key, b in buttons.items() if b.isVisible()}


@pytest.mark.parametrize("size", [(1024, 768), (1366, 700), (1920, 1080)])
def test_nothing_moves_when_a_wrong_pin_is_said_and_the_next_digit_is_typed(
    qtbot, screen: LoginScreen, size: tuple[int, int]
) -> None:
    screen.resize(*size)
    qtbot.mouseClick(_button(screen, "Ola"), LEFT)
    qtbot.wait(20)
    before = _places(screen, screen.pin_pad)
    assert len(before) == 14  # ten digits, C, ⌫, OK and Back (no comma on a PIN pad)
    _type_pin(qtbot, screen, "9999")
    qtbot.wait(20)
    assert screen.pin_pad.error_text().startswith("That PIN was not right.")
    assert _places(screen, screen.pin_pad) == before
    qtbot.mouseClick(screen.pin_pad.keypad.buttons["2"], LEFT)  # the message goes, its room stays
    qtbot.wait(20)
    assert screen.pin_pad.error_text() == ""
    assert _places(screen, screen.pin_pad) == before
