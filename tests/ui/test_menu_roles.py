"""Roles shape the screen: a cashier's menu, a leader's, who closes the till, greyed buttons that say why."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCloseEvent, QColor
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from bruktpos.ui.day.movement import CashMovementDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.look import load_theme
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import LEFT, Till, click, log_in, when_dialog_opens

CASHIERS_MENU = [
    "Pricing and donations",
    "Items in stock",
    "Café and new goods: stock and deliveries",
    "Open the day",
    "Money in or out of the drawer",
    "X report",
    "Close the day (Z report)",
    "Return: refund or voucher",
    "Print a copy of the last receipt",
]
LEADERS_ONLY = [
    "Open the cash drawer",
    "Training mode on/off",
    "Reports",
    "SAF-T file for the tax office",
    "Electronic journal",
    "Categories: prices, VAT, markdowns and order",
    "Products: café and new goods",
    "People: names, roles and PINs",
    "Discounts and approvals: the cashier’s limit",
    "Receipt printer settings",
    "Label printer settings",
    "Scale for donations",
    "Customer display: a second screen",
    "Chapter hub: sending closed days",
    "The shop: name, address and receipt texts",
    "Registers: list and add",
    "About BruktPOS",
    "Quit BruktPOS",
]


def _rows(qtbot, menu: QMenu, at: QPoint) -> list[int]:
    """Open ``menu`` as a tap would, and measure every row the person sees; closes it again."""
    menu.popup(at)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    heights = [
        menu.actionGeometry(a).height() for a in menu.actions() if a.isVisible() and not a.isSeparator()
    ]
    assert menu.height() <= 700, menu.height()  # fits a 1366×768 screen with a title bar and a taskbar
    assert menu.geometry().bottom() < menu.screen().availableGeometry().bottom() + 1
    menu.hide()
    return heights


def test_a_cashier_sees_only_a_cashiers_entries_in_rows_a_finger_can_hit(qtbot, qapp, till: Till) -> None:
    load_theme(qapp)
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert window.visible_menu() == CASHIERS_MENU
    assert not window.quit_action.isVisible()  # a cashier does not close the till
    assert not window.reports_menu.menuAction().isVisible() and not window.setup_menu.menuAction().isVisible()
    heights = _rows(qtbot, window.menu, window.menu_button.mapToGlobal(QPoint(0, 0)))
    assert len(heights) == len(CASHIERS_MENU) and min(heights) >= 48, heights


def test_a_leader_sees_every_entry_and_a_cashier_after_her_does_not(qtbot, qapp, till: Till) -> None:
    load_theme(qapp)
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    shown = window.visible_menu()
    assert set(shown) == set(CASHIERS_MENU + LEADERS_ONLY) and len(shown) == len(CASHIERS_MENU + LEADERS_ONLY)
    top = window.menu_button.mapToGlobal(QPoint(0, 0))
    for menu in (window.menu, window.reports_menu, window.setup_menu):
        heights = _rows(qtbot, menu, top)
        assert heights and min(heights) >= 48, (menu.title(), heights)

    click(qtbot, window.switch_button)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert window.visible_menu() == CASHIERS_MENU


class ByTheWindowSystem(QCloseEvent):
    """The window's × or Alt+F4: a close the window system sends (a spontaneous event)."""

    def spontaneous(self) -> bool:
        return True


def test_a_cashier_cannot_close_the_till_without_a_leader(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        asked.append(dialog.explanation.text())
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(cancel)
    event = ByTheWindowSystem()
    QApplication.sendEvent(window, event)
    assert asked == ["Closing BruktPOS needs a shop leader’s approval."]
    assert not event.isAccepted() and window.isVisible()  # still selling


def test_a_leader_closes_the_till_from_the_window_without_being_asked(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert window.quit_action.isVisible()
    event = ByTheWindowSystem()
    QApplication.sendEvent(window, event)  # no dialog: Kari may close it
    assert event.isAccepted()


def _centre_colour(button: QPushButton) -> QColor:
    """The colour at the left of the button's middle, off its text."""
    image = button.grab().toImage()
    return image.pixelColor(12, image.height() // 2)


def test_a_greyed_ok_looks_greyed_and_a_tap_on_it_says_why(qtbot, qapp, till: Till) -> None:
    load_theme(qapp)
    window = till.window
    login = window.login
    click(qtbot, login.grid.button_for(till.shop.cashier.id))
    ok = login.pin_pad.ok_button
    assert not ok.isEnabled()
    greyed = _centre_colour(ok)
    qtbot.mouseClick(ok, LEFT)  # nothing typed yet
    assert login.pin_pad.error_text() == "Type your PIN on the keys first, then tap OK."
    click(qtbot, login.pin_pad.keypad.buttons["2"])
    assert login.pin_pad.error_text() == ""  # typing takes it away
    assert ok.isEnabled()
    enabled = _centre_colour(ok)
    assert greyed.lightness() > 200 and enabled.lightness() < 100, (greyed.name(), enabled.name())


def test_a_tap_on_the_greyed_record_says_what_is_missing(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    seen: list[str] = []

    def movement(dialog: QWidget) -> None:
        assert isinstance(dialog, CashMovementDialog)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen.append(dialog.message.text() if dialog.message.isVisible() else "")
        for key in "49":
            click(qtbot, dialog.input.keypad.buttons[key])
        qtbot.mouseClick(dialog.ok_button, LEFT)  # a pay-out needs a reason too
        seen.append(dialog.message.text() if dialog.message.isVisible() else "")
        assert dialog.isVisible()  # nothing recorded
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(movement)
    window.cash_action.trigger()
    assert seen == [
        "Type the amount on the keys first, then tap Record.",
        "Tap a reason or write one, then tap Record.",
    ]


def test_an_enabled_button_says_nothing_extra(qtbot, till: Till) -> None:
    """Only a disabled button speaks up: an enabled OK does its own work."""
    login = till.window.login
    click(qtbot, login.grid.button_for(till.shop.cashier.id))
    qtbot.keyClicks(login.pin_pad, "99")
    qtbot.mouseClick(login.pin_pad.ok_button, LEFT)  # too short: the PIN pad's own sentence
    assert login.pin_pad.error_text().startswith("A PIN has 4 to 8 digits")
