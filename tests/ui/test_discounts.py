"""Discounts and new prices at the till, as a cashier and a shop leader do them.

Within the shop's limit a cashier gives a discount alone; beyond it the till
asks for a leader and a reason, and only then. An approval lists only those
who may approve, and a PIN of someone who may not is refused at once.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.domain.roles import Action, Role
from bruktpos.services.people import PeopleService
from bruktpos.services.settings import SettingsService
from bruktpos.ui.admin.discount_rules import DiscountRulesDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.till.approval import LeaderReasonDialog, ReasonDialog
from bruktpos.ui.till.price_dialog import DiscountDialog, PriceDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, pin_answered, rows, scan, settle, when_dialog_opens


def _keypad(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _discount(qtbot, till: Till, percent: int) -> None:
    """Select the first line, tap Discount, tap the percentage."""

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, DiscountDialog)
        click(qtbot, dialog.percent_buttons[percent])

    till.window.till.table.selectRow(0)
    when_dialog_opens(choose)
    click(qtbot, till.window.till.discount_button)


def _discount_events(till: Till) -> list[dict[str, object]]:
    return [
        {"user_id": user_id, **json.loads(details)}
        for user_id, details in rows(till, "SELECT user_id, details FROM journal WHERE event = 'discount'")
    ]


def test_a_cashier_gives_ten_percent_without_anyone(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[5])  # Klær dame, kr 100
    _discount(qtbot, till, 10)
    settle(qtbot, till)
    assert QApplication.activeModalWidget() is None  # nobody was asked
    assert till.window.till.total_label.text() == "kr\u00a090,00"
    (event,) = _discount_events(till)
    assert (event["user_id"], event["before"], event["after"], event["approved_by"]) == (
        till.shop.cashier.id,
        10000,
        9000,
        None,
    )


def test_a_hundred_percent_asks_for_a_leader_and_a_reason(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[5])
    seen: dict[str, object] = {}

    def leader_approves(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderReasonDialog)
        seen["names"] = [b.user.name for b in dialog.people.grid.buttons]
        seen["explanation"] = dialog.explanation.text()
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        # No reason yet: said at once, back on the names, before any PIN is typed.
        assert not dialog.people.on_pin_page()
        seen["no_reason"] = dialog.people.list_message.text()
        assert dialog.isVisible() and dialog.height() <= 700  # fits a 768-px screen with a title bar
        click(qtbot, dialog.reasons.quick_buttons[0])  # "Damaged"
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        assert dialog.people.on_pin_page()
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)

    _discount(qtbot, till, 100)
    when_dialog_opens(leader_approves)
    qtbot.waitUntil(lambda: till.window.till.total_label.text() == "kr\u00a00,00", timeout=5000)
    settle(qtbot, till)
    assert seen["names"] == ["Astrid", "Kari"]  # not the cashier
    assert seen["explanation"] == "A discount beyond the shop’s limit needs a shop leader’s approval."
    assert seen["no_reason"] == "Choose a reason or write a few words first, then approve."
    (event,) = _discount_events(till)
    assert (event["user_id"], event["approved_by"], event["reason"], event["after"]) == (
        till.shop.cashier.id,
        till.shop.leader.id,
        "Damaged",
        0,
    )


def test_a_leader_at_the_till_gives_a_reason_only(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    scan(qtbot, till, till.shop.codes[5])

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, ReasonDialog)
        click(qtbot, dialog.ok_button)
        assert dialog.message.text() == "Choose a reason or write a few words first, then approve."
        qtbot.keyClicks(dialog.reasons.field, "Flekk")
        click(qtbot, dialog.ok_button)

    _discount(qtbot, till, 50)
    when_dialog_opens(give_reason)
    qtbot.waitUntil(lambda: till.window.till.total_label.text() == "kr\u00a050,00", timeout=5000)
    settle(qtbot, till)
    (event,) = _discount_events(till)
    assert (event["approved_by"], event["reason"]) == (till.shop.leader.id, "Flekk")


def test_new_price_of_one_krone_on_a_1500_krone_item_asks_for_a_leader(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)

    def type_amount(digits: str):
        def handle(dialog: QWidget) -> None:
            assert isinstance(dialog, PriceDialog)
            for key in digits:
                click(qtbot, _keypad(dialog, key))
            click(qtbot, dialog.input.ok_button)

        return handle

    when_dialog_opens(type_amount("1500"))
    click(qtbot, screen.category_buttons[till.shop.clothes])
    assert screen.total_label.text() == "kr\u00a01\u00a0500,00"
    screen.table.selectRow(0)
    when_dialog_opens(type_amount("1"))
    click(qtbot, screen.price_button)
    asked: list[QWidget] = []

    def nobody_comes(dialog: QWidget) -> None:
        asked.append(dialog)
        assert isinstance(dialog, LeaderReasonDialog)
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(nobody_comes)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    settle(qtbot, till)
    assert screen.total_label.text() == "kr\u00a01\u00a0500,00"  # unchanged
    assert screen.message.text() == "Nothing was changed."
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'price_override'") == [(0,)]


def test_a_pin_of_someone_who_may_not_approve_is_refused_at_once(qtbot, till: Till) -> None:
    shop = till.shop
    people = PeopleService(shop.db, clock=shop.users.clock)
    people.set_role(shop.cashier.id, Role.LEADER, by=shop.admin)  # Ola is a leader when it opens …
    dialog = LeaderPinDialog(shop.users, Action.CASH_DIFFERENCE, "", asker=shop.leader)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [b.user.name for b in dialog.people.grid.buttons] == ["Astrid", "Kari", "Ola"]
    people.set_role(shop.cashier.id, Role.CASHIER, by=shop.admin)  # … and a cashier again meanwhile
    click(qtbot, dialog.people.grid.button_for(shop.cashier.id))
    qtbot.keyClicks(dialog.pin_pad, CASHIER_PIN)
    qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)
    pin_answered(qtbot, dialog.pin_pad)  # checked off the GUI thread
    assert dialog.isVisible() and dialog.operator is None  # no "✓ Approved by Ola"
    assert not dialog.people.on_pin_page()
    assert dialog.people.list_message.text() == (
        "Ola may not approve this. Astrid or Kari can: tap that name, then type the PIN."
    )
    assert [b.user.name for b in dialog.people.grid.buttons] == ["Astrid", "Kari"]


def test_where_the_shop_wants_a_second_person_the_one_asking_is_not_listed(qtbot, till: Till) -> None:
    shop = till.shop
    SettingsService(shop.db).set("second_person_approves", True, by=shop.leader)
    dialog = LeaderPinDialog(shop.users, Action.CASH_DIFFERENCE, "", asker=shop.leader)
    qtbot.addWidget(dialog)
    assert [b.user.name for b in dialog.people.grid.buttons] == ["Astrid"]
    cashier_asks = LeaderPinDialog(shop.users, Action.CASH_DIFFERENCE, "", asker=shop.cashier)
    qtbot.addWidget(cashier_asks)
    assert [b.user.name for b in cashier_asks.people.grid.buttons] == ["Astrid", "Kari"]


def test_a_leader_sets_the_limit_from_the_menu_and_the_till_follows_it(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    seen: dict[str, str] = {}

    def set_limit(dialog: QWidget) -> None:
        assert isinstance(dialog, DiscountRulesDialog)
        seen["percent"] = dialog.percent.text()
        dialog.percent.selectAll()
        qtbot.keyClicks(dialog.percent, "150")
        click(qtbot, dialog.save_button)
        seen["refused"] = dialog.message.text()
        dialog.percent.selectAll()
        qtbot.keyClicks(dialog.percent, "5")
        click(qtbot, dialog.save_button)

    def leader_first(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)
        pin_answered(qtbot, dialog.pin_pad)  # checked off the GUI thread; then the rules open
        when_dialog_opens(set_limit)

    when_dialog_opens(leader_first)
    till.window.discount_rules_action.trigger()
    assert seen == {
        "percent": "20",
        "refused": "The limit in per cent is a whole number from 0 to 100. Nothing was changed.",
    }
    assert rows(till, "SELECT value FROM settings WHERE key = 'discount_limit_percent'") == [("5",)]

    scan(qtbot, till, till.shop.codes[5])
    asked: list[QWidget] = []

    def nobody_comes(dialog: QWidget) -> None:
        asked.append(dialog)
        click(qtbot, dialog.cancel_button)

    _discount(qtbot, till, 10)  # within 20 %, but no longer within 5 %
    when_dialog_opens(nobody_comes)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    settle(qtbot, till)
    assert isinstance(asked[0], LeaderReasonDialog)
    assert till.window.till.total_label.text() == "kr\u00a0100,00"


def test_a_cashier_closing_with_a_difference_is_asked_for_a_leader_not_for_themself(
    qtbot, till: Till
) -> None:
    """The approval of a difference lists only leaders: a cashier's PIN can no longer 'approve' it."""
    from .test_day import close_screen_count  # the count as the close-of-day tests tap it

    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    window.close_day_action.trigger()
    screen = window.day_screens.close_screen
    close_screen_count(qtbot, screen, {20000: 5, 10000: 1})  # kr 1 100: kr 90 short of the float
    click(qtbot, screen.next_button)
    click(qtbot, screen.note_buttons[0])
    seen: dict[str, object] = {}

    def approve(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        seen["names"] = [b.user.name for b in dialog.people.grid.buttons]
        seen["explanation"] = dialog.explanation.text()
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)

    when_dialog_opens(approve)
    click(qtbot, screen.approve_button)
    assert seen == {
        "names": ["Astrid", "Kari"],
        "explanation": "A difference in the drawer needs a shop leader’s approval.",
    }
    assert screen.approved_label.text() == "✓ Approved by Kari"
    assert screen.next_button.isEnabled()
