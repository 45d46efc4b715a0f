"""Closing the day with a part-paid sale parked (issue 13): told at the start, and the way out works.

The till locks while Ola has taken kr 20 in cash on Bøker (49,50). Kari, the
shop leader, logs in and starts closing the day: the close says at once that
the money is on a parked sale and what to do, and goes no further. Finished,
or with the kr 20 given back and the sale cancelled, the day closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from bruktpos.ui.day.close_wizard import COMPARE, COUNT, DONE
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import LEFT, Till, click, log_in, rows, scan, settle, when_dialog_opens
from .test_day import close_screen_count, take_z, tap_keys

KR_20 = "kr\u00a020,00"
WHAT_TO_DO = (
    "The day cannot be closed while money taken is not on a sale. Resume it under Parked sales "
    "and finish it, or undo its payments (give the money back) and cancel it. Then close the day."
)


def _key(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _lock_during_a_cash_payment_of_20(qtbot, till: Till) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # Bøker, 49,50

    def pay_20_then_walk_away(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        for key in ("2", "0"):
            click(qtbot, _key(dialog, key))
        click(qtbot, dialog.cash_input.ok_button)
        window.idle_timer.setInterval(50)  # nobody touches the till: it locks
        window.idle_timer.start()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    when_dialog_opens(pay_20_then_walk_away)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)
    assert window.stack.currentWidget() is window.login
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(1,)]


def _start_closing_and_be_told(qtbot, till: Till):
    window = till.window
    window.close_day_action.trigger()
    close = window.day_screens.close_screen
    assert window.stack.currentWidget() is close
    assert close.steps.currentIndex() == COUNT
    notice = close.parked_notice.text()
    assert notice.startswith(f"Parked with payment: 1, {KR_20}\nA sale parked by Ola at 12.11.2026 ")
    assert f"has {KR_20} paid on it. {WHAT_TO_DO}" in notice
    assert close.parked_notice.isVisible()
    assert not close.next_button.isEnabled()  # nothing to count yet: the close goes no further
    close_screen_count(qtbot, close, {20000: 1})
    assert not close.next_button.isEnabled()  # counting does not let it go on
    assert rows(till, "SELECT count(*) FROM day_counts") == [(0,)]
    click(qtbot, close.cancel_button)
    assert window.stack.currentWidget() is window.till
    return close


def _resume(qtbot, till: Till) -> None:
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ParkedDialog)
        (button,) = dialog.buttons
        click(qtbot, button)

    when_dialog_opens(choose)
    click(qtbot, till.window.till.resume_button)
    settle(qtbot, till)
    assert till.window.controller.cart.paid == 2000


def _close_the_day(qtbot, till: Till, count: dict[int, int]) -> None:
    till.window.close_day_action.trigger()
    _count_and_take_z(qtbot, till, count)


def _count_and_take_z(qtbot, till: Till, count: dict[int, int]) -> None:
    close = till.window.day_screens.close_screen
    assert close.next_button.isEnabled()
    close_screen_count(qtbot, close, count)
    click(qtbot, close.next_button)
    assert close.steps.currentIndex() == COMPARE
    assert close.difference_words.text() == "The drawer is right."
    click(qtbot, close.next_button)
    tap_keys(qtbot, close.terminal_input.keypad, "0")
    click(qtbot, close.entry_buttons["vipps"])
    tap_keys(qtbot, close.terminal_input.keypad, "0")
    click(qtbot, close.next_button)
    with qtbot.waitSignal(till.desk.report_printed, timeout=5000):
        take_z(qtbot, close)
    assert close.steps.currentIndex() == DONE
    assert rows(till, "SELECT status FROM business_days") == [("closed",)]


def test_a_part_paid_parked_sale_stops_the_close_at_once_and_closes_once_finished(qtbot, till: Till) -> None:
    _lock_during_a_cash_payment_of_20(qtbot, till)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    _start_closing_and_be_told(qtbot, till)

    _resume(qtbot, till)

    def pay_the_rest_in_cash(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.paid_label.text() == KR_20
        click(qtbot, dialog.exact_button)  # kr 29,50 → kr 30 in cash
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)  # the one way on: a receipt for every sale

    when_dialog_opens(pay_the_rest_in_cash)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)
    assert rows(till, "SELECT method, amount FROM payments ORDER BY id") == [("cash", 2000), ("cash", 3000)]

    _close_the_day(qtbot, till, {20000: 6, 1000: 4})  # float kr 1 190 and kr 50 in cash


def _give_back_and_cancel(qtbot, till: Till) -> None:
    """In the payment dialog: Undo last payment (the drawer opens), Back; then the line removed."""
    window, screen = till.window, till.window.till
    seen: dict[str, str] = {}

    def give_the_20_back(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.paid_label.text() == KR_20
        assert not dialog.back_button.isEnabled()  # the payment first
        with qtbot.waitSignal(till.desk.drawer_opened, timeout=5000):  # to give the cash back
            click(qtbot, dialog.undo_button)
        qtbot.waitUntil(lambda: dialog.paid_label.text() == "kr\u00a00,00", timeout=5000)
        seen["message"] = dialog.message.text()
        assert dialog.back_button.isEnabled()
        click(qtbot, dialog.back_button)

    when_dialog_opens(give_the_20_back)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)
    assert seen["message"] == (
        f"The cash payment of {KR_20} is undone. Give {KR_20} back to the customer from the drawer."
    )
    assert rows(till, "SELECT user_id, details FROM journal WHERE event = 'payment_given_back'") == [
        (till.shop.leader.id, '{"amount":2000,"method":"cash","total":4950}')
    ]
    assert window.controller.cart.payments == []

    table = screen.table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(screen.model.index(0, 0)).center())
    click(qtbot, screen.remove_button)  # the sale is cancelled: its line taken off
    settle(qtbot, till)
    assert window.controller.cart.is_empty
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'line_void'") == [(1,)]


def test_the_payment_given_back_and_the_sale_cancelled_the_day_closes(qtbot, till: Till) -> None:
    _lock_during_a_cash_payment_of_20(qtbot, till)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    _start_closing_and_be_told(qtbot, till)
    _resume(qtbot, till)
    _give_back_and_cancel(qtbot, till)
    _close_the_day(qtbot, till, {20000: 5, 10000: 1, 5000: 1, 2000: 2})  # the float, kr 1 190


def test_a_day_left_open_with_money_on_a_parked_sale_lets_the_till_settle_it_then_closes(
    qtbot, till: Till
) -> None:
    _lock_during_a_cash_payment_of_20(qtbot, till)
    window = till.window
    till.shop.checkout.clock.advance(days=1)  # nobody closed the day: the next morning
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)  # the till, not the gate: or nobody could
    assert "parked under Ola" in window.till.message.text()
    _start_closing_and_be_told(qtbot, till)  # the close of 12.11 stops at once, and says why
    assert WHAT_TO_DO in window.till.message.text()  # back at the till (not the gate), told again
    _resume(qtbot, till)
    _give_back_and_cancel(qtbot, till)

    window.show_till()  # settled: now the day left open must be closed first
    gate = window.day_screens.gate
    assert window.stack.currentWidget() is gate
    assert gate.title.text() == "The day of 12.11.2026 was not closed"
    click(qtbot, gate.close_button)
    close = window.day_screens.close_screen
    assert close.parked_notice.text() == ""
    _count_and_take_z(qtbot, till, {20000: 5, 10000: 1, 5000: 1, 2000: 2})
    assert rows(till, "SELECT business_date, status FROM business_days") == [("2026-11-12", "closed")]


def test_the_x_shows_money_on_a_parked_sale(qtbot, till: Till) -> None:
    _lock_during_a_cash_payment_of_20(qtbot, till)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window = till.window
    window.x_report_action.trigger()
    x = window.day_screens.x_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is x, timeout=5000)  # taken in the background
    assert x.parked_notice.isVisible()
    assert x.parked_notice.text() == f"Parked with payment: 1, {KR_20}"


def test_a_parked_sale_without_payment_is_named_calmly_and_stays_parked_over_the_close(
    qtbot, till: Till
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[1])
    click(qtbot, window.till.park_button)  # nothing paid on it
    settle(qtbot, till)
    click(qtbot, window.switch_button)  # "Bytt bruker": Kari closes the day
    settle(qtbot, till)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)

    window.close_day_action.trigger()
    close = window.day_screens.close_screen
    stays = "1 parked sale(s) without payment stay parked after the close, and can be resumed another day."
    assert close.parked_notice.text() == stays
    assert close.parked_notice.property("level") == "info"
    click(qtbot, close.cancel_button)
    _close_the_day(qtbot, till, {20000: 5, 10000: 1, 5000: 1, 2000: 2})
    # Still there for another day.
    assert rows(till, "SELECT operator_id, total FROM parked_sales") == [(till.shop.cashier.id, 4950)]
