"""A shop leader approves on the spot with their PIN."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bruktpos.domain.roles import Action
from bruktpos.ui.app import load_theme
from bruktpos.ui.leader_pin import LeaderPinDialog, ask_for_leader
from tests.integration.conftest import LEADER_PIN, Shop

from .conftest import pin_answered

LEFT = Qt.MouseButton.LeftButton
REASON = "Removing an item after payment"


@pytest.fixture
def dialog(qtbot, qapp: QApplication, shop: Shop) -> LeaderPinDialog:
    load_theme(qapp)
    made = LeaderPinDialog(shop.users, Action.VOID_AFTER_PAYMENT, REASON)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _choose(qtbot, dialog: LeaderPinDialog, name: str) -> None:
    button = next(b for b in dialog.people.grid.buttons if b.user.name == name)
    qtbot.mouseClick(button, LEFT)


def _type_pin(qtbot, dialog: LeaderPinDialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.pin_pad.keypad.buttons[digit], LEFT)
    qtbot.mouseClick(dialog.pin_pad.ok_button, LEFT)
    pin_answered(qtbot, dialog.pin_pad)  # the PIN is checked off the GUI thread


def test_it_says_why_and_lists_only_those_who_may(dialog: LeaderPinDialog) -> None:
    assert dialog.explanation.text() == "Removing an item after payment needs a shop leader’s approval."
    assert [b.user.name for b in dialog.people.grid.buttons] == ["Astrid", "Kari"]
    assert dialog.cancel_button.text() == "Cancel" and dialog.cancel_button.height() >= 48


def test_kari_approves_with_her_pin(qtbot, dialog: LeaderPinDialog, shop: Shop) -> None:
    _choose(qtbot, dialog, "Kari")
    assert dialog.people.greeting.text() == "Hi, Kari! Type your PIN."
    _type_pin(qtbot, dialog, LEADER_PIN)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.operator == shop.leader


def test_a_wrong_pin_is_explained_and_the_dialog_stays(qtbot, dialog: LeaderPinDialog) -> None:
    _choose(qtbot, dialog, "Kari")
    _type_pin(qtbot, dialog, "0000")
    assert dialog.isVisible() and dialog.operator is None
    assert dialog.pin_pad.error_text() == "That PIN was not right. Try again; you have 4 tries left."


def test_escape_goes_back_then_cancels(qtbot, dialog: LeaderPinDialog) -> None:
    _choose(qtbot, dialog, "Kari")
    qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Escape)
    assert not dialog.people.on_pin_page() and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.operator is None


def test_only_an_administrator_may_manage_users(qtbot, qapp: QApplication, shop: Shop) -> None:
    dialog = LeaderPinDialog(shop.users, Action.MANAGE_USERS, "")
    qtbot.addWidget(dialog)
    assert dialog.explanation.text() == (
        "Making someone an administrator or changing one needs an administrator’s approval."
    )
    assert [b.user.name for b in dialog.people.grid.buttons] == ["Astrid"]
    dialog.select_user(shop.leader.id)  # Kari is not on the list
    assert not dialog.people.on_pin_page()
    assert dialog.people.list_message.text()  # who may, said above the names


def _when_shown(action: Callable[[LeaderPinDialog], None]) -> list[str]:
    """Drive the modal dialog once ``exec()`` has shown it."""
    problems: list[str] = []

    def drive() -> None:
        dialogs = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, LeaderPinDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, drive)  # not shown yet
            return
        try:
            action(dialogs[0])
        except Exception as exc:  # pragma: no cover - shown by the assertion below
            problems.append(repr(exc))
            dialogs[0].reject()

    QTimer.singleShot(0, drive)
    return problems


def test_ask_for_leader_returns_the_leader(qtbot, qapp: QApplication, shop: Shop) -> None:
    def approve(dialog: LeaderPinDialog) -> None:
        _choose(qtbot, dialog, "Kari")
        _type_pin(qtbot, dialog, LEADER_PIN)

    problems = _when_shown(approve)
    operator = ask_for_leader(None, shop.users, Action.REFUND, "A refund")
    assert problems == []
    assert operator == shop.leader


def test_ask_for_leader_returns_none_on_cancel(qtbot, qapp: QApplication, shop: Shop) -> None:
    problems = _when_shown(lambda dialog: qtbot.mouseClick(dialog.cancel_button, LEFT))
    assert ask_for_leader(None, shop.users, Action.REFUND, "A refund") is None
    assert problems == []


def test_nothing_moves_on_the_leaders_pin_pad_when_a_wrong_pin_is_said(
    qtbot, dialog: LeaderPinDialog
) -> None:
    def places() -> dict[str, QRect]:
        pad = dialog.pin_pad
        buttons = {**pad.keypad.buttons, "ok": pad.ok_button, "cancel": dialog.cancel_button}
        return {k: QRect(b.mapToGlobal(QPoint(0, 0)), b.size()) for k, b in buttons.items() if b.isVisible()}

    _choose(qtbot, dialog, "Kari")
    qtbot.wait(20)
    before = places()
    _type_pin(qtbot, dialog, "0000")
    qtbot.wait(20)
    assert dialog.pin_pad.error_text().startswith("That PIN was not right.")
    assert places() == before
    qtbot.mouseClick(dialog.pin_pad.keypad.buttons["1"], LEFT)
    qtbot.wait(20)
    assert dialog.pin_pad.error_text() == "" and places() == before
