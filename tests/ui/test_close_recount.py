"""Issue 13, part 1, at the till: the blind count keeps its first count.

A cashier counts kr 1 000 against kr 1 240 expected, sees the expected amount,
taps Back and counts again to match. The till asks for a note and a shop
leader's PIN before it keeps the new count, and the Z shows both counts.
Leaving the close and starting it again is no way round: the stored count
stands. And a float that differs from the last close asks for a note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.money import format_money
from bruktpos.ui.day.close_wizard import COMPARE, COUNT, DONE
from bruktpos.ui.leader_pin import LeaderPinDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, rows, type_text, when_dialog_opens
from .test_day import close_screen_count, leader_approves, sell, take_z, tap_keys

EXPECTED = 119000 + 5000  # the float and one cash sale (kr 49,50 → kr 50)


def _start_close_as_cashier(qtbot, till: Till):
    sell(till, code=till.shop.codes[0], method=PaymentMethod.CASH)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    till.window.close_day_action.trigger()
    screen = till.window.day_screens.close_screen
    assert till.window.stack.currentWidget() is screen
    return screen


def test_a_cashier_who_counts_again_to_match_is_asked_for_a_note_and_a_leader(qtbot, till: Till) -> None:
    shop = till.shop
    screen = _start_close_as_cashier(qtbot, till)
    close_screen_count(qtbot, screen, {20000: 5})  # kr 1 000
    assert not screen.recount_area.isVisible()  # nothing stored yet: this is the blind count
    click(qtbot, screen.next_button)
    assert screen.steps.currentIndex() == COMPARE
    assert screen.expected_label.text() == format_money(EXPECTED)
    assert rows(till, "SELECT seq, kind, cash, counted_by FROM day_counts") == [
        (1, "first", 100000, shop.cashier.id)
    ]

    # Back, and count to match what the till expects.
    click(qtbot, screen.back_button)
    assert screen.steps.currentIndex() == COUNT
    assert screen.recount_area.isVisible()
    assert "kr\u00a01\u00a0000,00" in screen.recount_area.hint.text()
    close_screen_count(qtbot, screen, {20000: 1, 1000: 4})  # kr 1 240
    assert screen.recount_note.isVisible()
    click(qtbot, screen.next_button)  # no note: not kept
    assert screen.steps.currentIndex() == COUNT
    assert screen.message.text() == "Write a short note on why the count changed first."
    type_text(qtbot, screen.recount_note, "Counted wrong")

    # A leader's PIN: the dialog lists only those who may approve a recount, and a cancel keeps nothing.
    seen: dict[str, object] = {}

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        seen["names"] = [b.user.name for b in dialog.people.grid.buttons]
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(cancel)
    click(qtbot, screen.next_button)
    assert "Ola" not in seen["names"] and "Kari" in seen["names"]
    assert screen.steps.currentIndex() == COUNT
    assert "not stored" in screen.message.text()
    assert rows(till, "SELECT count(*) FROM day_counts") == [(1,)]

    # Walking round: cancel the close and start again. The stored count is back on the counter.
    click(qtbot, screen.cancel_button)
    till.window.close_day_action.trigger()
    assert screen.counter.total == 100000 and screen.recount_area.isVisible()
    close_screen_count(qtbot, screen, {20000: 1, 1000: 4})
    type_text(qtbot, screen.recount_note, "Counted wrong")
    when_dialog_opens(lambda dialog: leader_approves(qtbot, dialog, shop.leader.id))
    click(qtbot, screen.next_button)
    assert screen.steps.currentIndex() == COMPARE
    assert screen.difference_label.text() == "kr\u00a00,00" and not screen.note_area.isVisible()
    assert rows(till, "SELECT seq, kind, cash, approved_by, note FROM day_counts ORDER BY seq") == [
        (1, "first", 100000, None, ""),
        (2, "recount", EXPECTED, shop.leader.id, "Counted wrong"),
    ]

    click(qtbot, screen.next_button)
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.entry_buttons["vipps"])
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.next_button)
    with qtbot.waitSignal(till.desk.report_printed, timeout=5000):
        take_z(qtbot, screen)
    assert screen.steps.currentIndex() == DONE
    printed = till.printer.output.decode("cp865")
    for text in ("Første opptelling, Ola", "kr 1 000,00", "Ny opptelling (2.), Ola", "Godkjent av Kari"):
        assert text in printed, text
    assert rows(till, "SELECT counted_cash, difference FROM z_reports") == [(EXPECTED, 0)]


def test_back_and_next_without_a_change_is_no_recount(qtbot, till: Till) -> None:
    screen = _start_close_as_cashier(qtbot, till)
    close_screen_count(qtbot, screen, {20000: 6, 1000: 4})
    click(qtbot, screen.next_button)
    click(qtbot, screen.back_button)
    click(qtbot, screen.next_button)  # no PIN asked: the same count
    assert screen.steps.currentIndex() == COMPARE
    assert rows(till, "SELECT count(*) FROM day_counts") == [(1,)]


def test_a_float_unlike_the_last_close_asks_for_a_note(qtbot, till: Till) -> None:
    """The hole of issue 13: a float kr 33 off the last close's count opened without a question."""
    window = till.window
    day = window.day_screens.day
    info = day.open_day_info()
    assert info is not None
    day.close_day(info.opening_count, operator=till.shop.leader)  # yesterday, closed with its Z
    till.shop.checkout.clock.advance(days=1)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN, lands_on=window.day_screens.gate)
    last = day.last_close_cash()
    assert last is not None  # the day before closed with its Z
    click(qtbot, window.day_screens.gate.open_button)
    screen = window.day_screens.open_screen
    assert screen.counter.total == last and not screen.note_area.isVisible()
    for _ in range(3):
        click(qtbot, screen.counter.plus_buttons[1000])
    for _ in range(3):
        click(qtbot, screen.counter.plus_buttons[100])  # kr 33 more than the close left
    assert screen.note_area.isVisible() and not screen.open_button.isEnabled()
    assert format_money(last) in screen.note_hint.text()
    type_text(qtbot, screen.note_field, "Change from the bank")
    click(qtbot, screen.open_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till, timeout=5000)
    assert rows(till, "SELECT opening_note, last_close_cash FROM business_days WHERE status = 'open'") == [
        ("Change from the bank", last)
    ]
    assert day.x_report(operator=till.shop.leader).float_note == "Change from the bank"


def test_a_pin_from_a_cashier_does_not_approve_a_recount(qtbot, till: Till) -> None:
    screen = _start_close_as_cashier(qtbot, till)
    close_screen_count(qtbot, screen, {20000: 5})
    click(qtbot, screen.next_button)
    click(qtbot, screen.back_button)
    close_screen_count(qtbot, screen, {20000: 1})
    type_text(qtbot, screen.recount_note, "Counted wrong")

    def try_own_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        assert screen.operator is not None
        assert screen.operator.id not in [b.user.id for b in dialog.people.grid.buttons]
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, CASHIER_PIN)  # the cashier's PIN on the leader's name
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)
        assert dialog.isVisible()
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(try_own_pin)
    click(qtbot, screen.next_button)
    assert screen.steps.currentIndex() == COUNT
    assert rows(till, "SELECT count(*) FROM day_counts") == [(1,)]
    assert LEADER_PIN != CASHIER_PIN


def test_where_the_shop_wants_a_second_counter_that_person_approves_the_recount(qtbot, till: Till) -> None:
    shop = till.shop
    till.window.day_screens.day.settings.set("require_second_counter", True, by=shop.admin)
    screen = _start_close_as_cashier(qtbot, till)
    close_screen_count(qtbot, screen, {20000: 5})
    click(qtbot, screen.next_button)
    click(qtbot, screen.back_button)
    close_screen_count(qtbot, screen, {20000: 1, 1000: 4})
    assert "The second person approves the new count" in screen.recount_area.hint.text()
    type_text(qtbot, screen.recount_note, "Counted wrong")

    def kari_counts_with_ola(dialog: QWidget) -> None:
        names = [b.user.name for b in dialog.people.grid.buttons]
        assert "Ola" not in names  # not the one who counted
        click(qtbot, dialog.people.grid.button_for(shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)

    when_dialog_opens(kari_counts_with_ola)
    click(qtbot, screen.next_button)
    assert screen.steps.currentIndex() == COMPARE
    assert screen.second_label.text() == "✓ Confirmed by Kari"  # she counted it with Ola
    assert rows(till, "SELECT seq, approved_by FROM day_counts ORDER BY seq") == [
        (1, None),
        (2, shop.leader.id),
    ]
    click(qtbot, screen.next_button)
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.entry_buttons["vipps"])
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.next_button)
    summary = dict(screen.summary_rows())
    assert summary["First count"] == "kr\u00a01\u00a0000,00" and summary["Counted"] == format_money(EXPECTED)
