"""Locking is safe (issue 13): open dialogs close, the sale on the screen is parked with its payments."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, rows, scan, settle, when_dialog_opens


def _key(dialog: QWidget, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _resume_the_parked_sale(qtbot, till: Till, seen: dict[str, str]) -> None:
    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ParkedDialog)
        (button,) = dialog.buttons
        seen["parked"] = button.text()
        click(qtbot, button)

    when_dialog_opens(choose)
    click(qtbot, till.window.till.resume_button)
    settle(qtbot, till)


def test_auto_lock_with_a_part_paid_sale_parks_it_with_its_cash_and_it_finishes_later(
    qtbot, till: Till
) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # Bøker, 49,50
    seen: dict[str, str] = {}

    def pay_20_then_walk_away(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        for key in ("2", "0"):
            click(qtbot, _key(dialog, key))
        click(qtbot, dialog.cash_input.ok_button)
        assert dialog.paid_label.text() == "kr\u00a020,00"
        window.idle_timer.setInterval(50)  # nobody touches the till: it locks
        window.idle_timer.start()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
        seen["screen"] = "login" if window.stack.currentWidget() is window.login else "other"

    when_dialog_opens(pay_20_then_walk_away)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)

    assert seen["screen"] == "login"
    assert QApplication.activeModalWidget() is None  # nothing left above the login screen
    assert window.controller.operator is None
    assert window.controller.cart.is_empty
    assert rows(till, "SELECT operator_id, label, total FROM parked_sales") == [
        (till.shop.cashier.id, "Ola", 4950)
    ]
    assert rows(till, "SELECT count(*) FROM payments") == [(0,)]  # counted once, when the sale is done

    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert "parked under Ola" in screen.message.text()
    assert screen.resume_button.text() == "Parked sales (1)"
    _resume_the_parked_sale(qtbot, till, seen)
    assert "kr\u00a020,00 already paid" in seen["parked"]
    assert screen.model.rowCount() == 1
    assert window.controller.cart.paid == 2000

    def pay_the_rest_by_card(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.paid_label.text() == "kr\u00a020,00"
        assert dialog.remaining_label.text() == "kr\u00a029,50"
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_the_rest_by_card)
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.pay_button)
    assert rows(till, "SELECT total FROM sales") == [(4950,)]
    assert rows(till, "SELECT method, amount FROM payments ORDER BY id") == [("cash", 2000), ("card", 2950)]
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]


def test_switch_user_parks_the_sale_under_the_first_person(qtbot, till: Till) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    click(qtbot, window.switch_button)
    settle(qtbot, till)
    assert window.stack.currentWidget() is window.login
    assert rows(till, "SELECT operator_id, label FROM parked_sales") == [(till.shop.cashier.id, "Ola")]

    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert screen.model.rowCount() == 0  # Kari starts with an empty sale
    assert screen.message.text() == (
        "The sale that was on the screen when the till locked is parked under Ola. "
        "You find it under Parked sales."
    )
    seen: dict[str, str] = {}
    _resume_the_parked_sale(qtbot, till, seen)
    assert "Ola" in seen["parked"] and "paid" not in seen["parked"]
    assert screen.model.rowCount() == 1


def test_switch_user_with_an_empty_sale_parks_nothing_and_says_nothing(qtbot, till: Till) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    click(qtbot, window.switch_button)
    settle(qtbot, till)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]
    assert "parked" not in screen.message.text()
