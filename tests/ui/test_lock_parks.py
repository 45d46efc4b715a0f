"""Locking is safe (issue 13): open dialogs close, the sale on the screen is parked with its payments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import PriceDialog
from tests.faults import SmallDisk, small_disk, write_lock_held
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, _running_till, click, log_in, rows, scan, settle, when_dialog_opens


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
    assert screen.resume_button.text().replace("\n", " ") == "Parked sales (1)"
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


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", "32m") as mounted:
        yield mounted


@pytest.fixture
def till_on_disk(qtbot, disk: SmallDisk) -> Iterator[Till]:
    yield from _running_till(qtbot, disk.path / "shop.sqlite3", open_day=True)


def test_a_paid_sale_the_disk_refused_stays_with_its_payment_through_a_lock_and_saves_after(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # 49,50
    seen: dict[str, object] = {}

    def card_approved_then_the_till_locks(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        disk.fill()
        click(qtbot, dialog.approved_button)
        qtbot.waitUntil(lambda: dialog.unsaved, timeout=15_000)  # "The sale is not saved"
        window.idle_timer.setInterval(50)
        window.idle_timer.start()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    when_dialog_opens(card_approved_then_the_till_locks)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)  # the park is tried on the writer: the disk refuses it too
    assert window.stack.currentWidget() is window.login
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]
    assert [(p.method, p.amount) for p in window.controller.cart.payments] == [(PaymentMethod.CARD, 4950)]

    disk.free()
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert screen.message.text().startswith(
        "The sale that was on the screen when the till locked could not be parked"
    )
    assert screen.model.rowCount() == 1

    def only_the_saving_is_left(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=15_000)
        seen["remaining"] = dialog.remaining_label.text()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(only_the_saving_is_left)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)
    assert seen["remaining"] == "kr\u00a00,00"
    assert rows(till, "SELECT total FROM sales") == [(4950,)]
    assert rows(till, "SELECT method, amount FROM payments") == [("card", 4950)]
    assert screen.model.rowCount() == 0


def test_auto_lock_while_the_sale_is_being_saved_lets_the_save_finish_and_prints_the_receipt(
    qtbot, till: Till
) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, object] = {}

    def card_then_lock_while_saving(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        with write_lock_held(till.shop.path):  # another program holds the file: "Saving …" for a while
            click(qtbot, dialog.approved_button)
            qtbot.wait(100)
            seen["saving"] = dialog.saving
            window.idle_timer.setInterval(20)
            window.idle_timer.start()
            qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=3000)
            seen["open while saving"] = dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)

    when_dialog_opens(card_then_lock_while_saving)
    with qtbot.waitSignal(till.desk.printed, timeout=15_000):  # the receipt: the safe default
        click(qtbot, screen.pay_button)
    settle(qtbot, till)
    assert seen == {"saving": True, "open while saving": True}
    assert QApplication.activeModalWidget() is None
    assert rows(till, "SELECT total FROM sales") == [(4950,)]
    assert rows(till, "SELECT method, amount FROM payments") == [("card", 4950)]
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]  # saved: nothing left to park
    assert window.controller.cart.is_empty


def test_auto_lock_closes_a_dialog_over_the_till_as_cancel_and_parks_the_sale(qtbot, till: Till) -> None:
    window, screen = till.window, till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, object] = {}

    def type_a_price_then_walk_away(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        for key in ("3", "5"):
            click(qtbot, _key(dialog, key))
        window.idle_timer.setInterval(50)
        window.idle_timer.start()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
        seen["closed"] = True

    when_dialog_opens(type_a_price_then_walk_away)
    click(qtbot, screen.category_buttons[till.shop.clothes])
    settle(qtbot, till)
    assert seen == {"closed": True}
    assert window.stack.currentWidget() is window.login
    assert QApplication.activeModalWidget() is None
    # Only the scanned book is parked: the price typed in the closed dialog was not added.
    assert rows(till, "SELECT total FROM parked_sales") == [(4950,)]
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert screen.model.rowCount() == 0
