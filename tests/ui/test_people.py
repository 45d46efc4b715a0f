"""The "Folk" screen as a shop leader uses it: add a person, their own PIN twice, unlock, switch off."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bruktpos.domain.roles import Role
from bruktpos.ui.admin.people import PeopleScreen
from bruktpos.ui.admin.people_dialogs import AddPersonDialog, NewPinDialog, RoleDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.widgets.pin_pad import PinPad
from tests.integration.conftest import ADMIN_PIN, CASHIER_PIN, LEADER_PIN

from .conftest import LEFT, Till, approve_as_leader, click, log_in, pin_answered, rows

WRONG = "9999"
SHOTS = os.environ.get("BRUKTPOS_SCREENSHOTS")  # a folder: save what the screen looks like


def when_open(kind: type[QWidget], handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog of ``kind``, once it is open."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except BaseException:
            if dialog.isVisible() and hasattr(dialog, "done"):
                dialog.done(0)
            raise

    QTimer.singleShot(0, poll)


def tap_pin(qtbot, pad: PinPad, pin: str) -> None:
    """Tap the digits on the pad, then OK, as a finger would."""
    for digit in pin:
        click(qtbot, pad.keypad.buttons[digit])
    click(qtbot, pad.ok_button)
    pin_answered(qtbot, pad)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_people(qtbot, till: Till) -> PeopleScreen:
    till.window.people_action.trigger()
    screen = till.window.people
    assert till.window.stack.currentWidget() is screen
    return screen


def tap_person(qtbot, screen: PeopleScreen, user_id: int) -> None:
    table = screen.table
    rect = table.visualRect(table.model().index(screen.row_of(user_id), PeopleScreen.NAME))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert screen.selected() is not None and screen.selected().id == user_id


def names_on_screen(screen: PeopleScreen) -> list[tuple[str, str, str]]:
    return [tuple(screen.table.item(r, c).text() for c in range(3)) for r in range(screen.table.rowCount())]


def test_a_leader_adds_a_cashier_who_sets_their_pin_and_logs_in(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_people(qtbot, till)
    assert names_on_screen(screen) == [
        ("Astrid", "Administrator", "Active"),
        ("Kari", "Shop leader", "Active"),
        ("Ola", "Cashier", "Active"),
    ]
    shot(till.window, "people")
    seen: dict[str, object] = {}

    def name_and_role(dialog: QWidget) -> None:
        assert isinstance(dialog, AddPersonDialog)
        qtbot.keyClicks(dialog.name_field, "Kari")  # taken: said at once, before any PIN
        click(qtbot, dialog.next_button)
        seen["taken"] = dialog.message.text()
        dialog.name_field.clear()
        qtbot.keyClicks(dialog.name_field, "Per")
        click(qtbot, dialog.roles.buttons[Role.CASHIER])
        shot(dialog, "people-add")
        when_open(NewPinDialog, per_types_the_pin)
        click(qtbot, dialog.next_button)

    def per_types_the_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPinDialog)
        seen["handover"] = dialog.findChild(QWidget, "explanation").text()
        tap_pin(qtbot, dialog.pin_pad, "2468")
        assert dialog.is_second_try()
        tap_pin(qtbot, dialog.pin_pad, "2467")  # a slip: both again
        seen["mismatch"] = dialog.pin_pad.error_text()
        assert not dialog.is_second_try()
        shot(dialog, "people-pin")
        tap_pin(qtbot, dialog.pin_pad, "2468")
        tap_pin(qtbot, dialog.pin_pad, "2468")

    when_open(AddPersonDialog, name_and_role)
    click(qtbot, screen.add_button)
    assert seen["taken"].startswith("There is already someone called Kari.")
    assert seen["handover"] == "Give the screen to Per. Only Per should see what is typed."
    assert seen["mismatch"] == "The two PINs were not the same. Start again with the new PIN."
    assert screen.message.text() == "Per is added and can log in now."
    assert ("Per", "Cashier", "Active") in names_on_screen(screen)
    (per_id,) = rows(till, "SELECT id FROM users WHERE name = 'Per'")[0]
    assert rows(till, f"SELECT role, active FROM users WHERE id = {per_id}") == [("cashier", 1)]
    ((who,),) = rows(
        till, "SELECT user_id FROM journal WHERE event = 'user_changed' ORDER BY id DESC LIMIT 1"
    )
    assert who == till.shop.leader.id

    click(qtbot, screen.back_button)
    click(qtbot, till.window.switch_button)  # log out
    assert till.window.stack.currentWidget() is till.window.login
    log_in(qtbot, till, per_id, "2468")
    assert till.window.operator_label.text() == "Per"


def test_a_leader_unlocks_a_cashier_after_five_wrong_pins(qtbot, till: Till) -> None:
    login = till.window.login
    click(qtbot, login.grid.button_for(till.shop.cashier.id))
    for _ in range(5):
        tap_pin(qtbot, login.pin_pad, WRONG)
    assert "Too many wrong PINs" in login.pin_pad.error_text()
    click(qtbot, login.people.back_button)

    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_people(qtbot, till)
    ola = next(r for r in names_on_screen(screen) if r[0] == "Ola")
    assert ola[2].startswith("Locked until ")
    tap_person(qtbot, screen, till.shop.cashier.id)
    shot(till.window, "people-locked")
    click(qtbot, screen.unlock_button)
    assert screen.message.text() == "Ola is unlocked and can log in again."
    assert ("Ola", "Cashier", "Active") in names_on_screen(screen)
    assert not screen.unlock_button.isEnabled()

    click(qtbot, screen.back_button)
    click(qtbot, till.window.switch_button)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)


def test_a_leader_resets_a_pin_changes_a_role_and_switches_someone_off(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_people(qtbot, till)
    ola = till.shop.cashier.id
    tap_person(qtbot, screen, ola)

    def new_pin(dialog: QWidget) -> None:
        tap_pin(qtbot, dialog.pin_pad, "13579")
        tap_pin(qtbot, dialog.pin_pad, "13579")

    when_open(NewPinDialog, new_pin)
    click(qtbot, screen.pin_button)
    assert screen.message.text() == "Ola has a new PIN."

    def make_leader(dialog: QWidget) -> None:
        click(qtbot, dialog.roles.buttons[Role.LEADER])
        shot(dialog, "people-role")
        click(qtbot, dialog.save_button)

    when_open(RoleDialog, make_leader)
    click(qtbot, screen.role_button)
    assert screen.message.text() == "Ola is now: Shop leader."

    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        shot(box, "people-deactivate")
        (yes,) = [b for b in box.buttons() if b.text() == "Deactivate"]
        click(qtbot, yes)

    when_open(QMessageBox, confirm)
    click(qtbot, screen.active_button)
    assert asked == [
        "Switch off Ola? Ola can no longer log in or approve anything. "
        "Their sales keep their name, and you can switch them on again later."
    ]
    assert ("Ola", "Shop leader", "Switched off") in names_on_screen(screen)
    assert screen.active_button.text() == "Activate again"

    # A leader may not change the administrator: the service says so, on the screen.
    tap_person(qtbot, screen, till.shop.admin.id)
    when_open(
        QMessageBox, lambda box: click(qtbot, next(b for b in box.buttons() if b.text() == "Deactivate"))
    )
    click(qtbot, screen.active_button)
    assert screen.message.text().startswith("Only an administrator may approve")
    assert ("Astrid", "Administrator", "Active") in names_on_screen(screen)

    click(qtbot, screen.back_button)
    click(qtbot, till.window.switch_button)
    assert till.window.login.grid.button_for(ola) is None  # switched off: not on the login screen


def test_the_only_admin_cannot_switch_themself_off(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.admin.id, ADMIN_PIN)
    screen = open_people(qtbot, till)
    tap_person(qtbot, screen, till.shop.admin.id)
    when_open(
        QMessageBox, lambda box: click(qtbot, next(b for b in box.buttons() if b.text() == "Deactivate"))
    )
    click(qtbot, screen.active_button)
    assert screen.message.text() == (
        "Astrid is the only administrator and cannot be switched off. Make someone else administrator first."
    )
    assert rows(till, f"SELECT active FROM users WHERE id = {till.shop.admin.id}") == [(1,)]


def test_a_cashier_reaches_folk_only_with_a_leaders_pin(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    when_open(LeaderPinDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    till.window.people_action.trigger()
    assert till.window.stack.currentWidget() is not till.window.people
    approve_as_leader(qtbot, till)
    till.window.people_action.trigger()
    assert till.window.stack.currentWidget() is till.window.people
    assert till.window.people.leader == till.shop.leader  # changes are made, and journalled, as Kari
