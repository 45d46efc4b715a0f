"""The till when the database refuses the sale, for real: a full disk, a held lock, a read-only file.

The person at the till must see that the sale is NOT saved, why, and what
to do with a payment already taken; the dialog stays usable; "Try again"
saves the sale exactly once when the fault is gone; the screen never
freezes while the till's writer waits for the lock.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.faults import SmallDisk, freeze, small_disk, unfreeze, write_lock_held
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, _running_till, click, log_in, rows, scan, settle, when_dialog_opens


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk", "32m") as mounted:
        yield mounted


@pytest.fixture
def till_on_disk(qtbot, disk: SmallDisk) -> Iterator[Till]:
    yield from _running_till(qtbot, disk.path / "shop.sqlite3", open_day=True)


def _answer(qtbot, dialog: PaymentDialog) -> None:
    """Wait for the save's answer: "Try again" (not saved) or the receipt buttons (saved)."""
    qtbot.waitUntil(lambda: not dialog.saving, timeout=15_000)


def _state(dialog: PaymentDialog) -> dict[str, object]:
    return {
        "title": dialog.save_title.text(),
        "text": dialog.save_text.text(),
        "retry": dialog.retry_button.isVisible(),
        "undo": dialog.undo_button.isEnabled(),
        "methods": any(b.isEnabled() for b in dialog.method_buttons.values()),
        "remaining": dialog.remaining_label.text(),
    }


def test_a_card_payment_on_a_full_disk_is_not_saved_says_so_and_saves_once_on_retry(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # 49,50
    seen: dict[str, object] = {}

    def pay_by_card(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        disk.fill()
        click(qtbot, dialog.approved_button)
        _answer(qtbot, dialog)
        seen["full"] = _state(dialog)
        seen["sales while full"] = rows(till, "SELECT count(*) FROM sales")
        dialog.reject()  # Escape: payments are taken, so the dialog stays
        seen["open after escape"] = dialog.isVisible()

        click(qtbot, dialog.retry_button)  # still full
        _answer(qtbot, dialog)
        seen["again"] = _state(dialog)
        seen["sales after a second try"] = rows(till, "SELECT count(*) FROM sales")

        disk.free()
        click(qtbot, dialog.retry_button)
        click(qtbot, dialog.receipt_button)  # the sale is saved: the receipt button appears

    when_dialog_opens(pay_by_card)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)

    full = seen["full"]
    assert full["title"] == "The sale is not saved"
    assert str(full["text"]).startswith("The sale is not saved: the disk is full. Do not give the customer")
    assert "The card payment is approved on the terminal: the customer has paid." in str(full["text"])
    assert "refund the payment on the terminal" in str(full["text"])
    assert full["retry"] and full["undo"] and not full["methods"]
    assert full["remaining"] == "kr\u00a00,00"  # paid, and the page says what that means
    assert seen["again"] == full
    assert seen["sales while full"] == seen["sales after a second try"] == [(0,)]
    assert seen["open after escape"]

    assert rows(till, "SELECT receipt_no, total FROM sales") == [(1, 4950)]
    assert rows(till, "SELECT method, amount FROM payments") == [("card", 4950)]
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'sale'") == [(1,)]
    till.desk.wait()  # the receipt printed once, journalled once
    qtbot.waitUntil(
        lambda: rows(till, "SELECT count(*) FROM journal WHERE event = 'receipt_printed'") == [(1,)],
        timeout=5000,
    )
    assert till.window.till.model.rowCount() == 0  # ready for the next customer


def test_a_cash_sale_not_saved_can_be_undone_and_the_cart_is_intact(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    scan(qtbot, till, till.shop.codes[5])
    seen: dict[str, object] = {}

    def pay_cash_then_give_it_back(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        disk.fill()
        click(qtbot, dialog.exact_button)
        _answer(qtbot, dialog)
        seen["text"] = dialog.save_text.text()
        click(qtbot, dialog.undo_button)  # the customer takes the cash back
        seen["after undo"] = (dialog.pages.currentIndex(), dialog.remaining_label.text())
        seen["methods"] = all(b.isEnabled() for b in dialog.method_buttons.values())
        click(qtbot, dialog.back_button)

    when_dialog_opens(pay_cash_then_give_it_back)
    click(qtbot, till.window.till.pay_button)
    assert "Keep the customer's cash apart until the sale is saved." in str(seen["text"])
    assert seen["after undo"] == (PaymentDialog.CASH_PAGE, "kr\u00a0149,50")
    assert seen["methods"]
    assert till.window.till.model.rowCount() == 2  # the sale is still on the screen
    assert rows(till, "SELECT count(*) FROM sales") == [(0,)]
    disk.free()


def test_while_another_program_holds_the_lock_the_till_says_saving_and_never_freezes(
    qtbot, till: Till
) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, object] = {}
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    def pay_while_locked(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        with write_lock_held(till.shop.path):  # the real 10 s wait, released after 1.5 s
            timer.start()
            started = time.monotonic()
            click(qtbot, dialog.approved_button)
            seen["tap took"] = time.monotonic() - started
            qtbot.wait(300)
            seen["saving"] = (dialog.saving, dialog.save_title.text(), _state(dialog))
            # Nothing else can be done meanwhile: a second tap, Escape, F1, undo.
            qtbot.keyClick(dialog, Qt.Key.Key_F1)
            dialog.reject()
            seen["still"] = (dialog.isVisible(), dialog.pages.currentIndex())
            qtbot.wait(1200)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        timer.stop()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_while_locked)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)

    assert seen["tap took"] < 0.1, seen
    saving, title, state = seen["saving"]  # type: ignore[misc]
    assert saving and title == "Saving …"
    assert not state["retry"] and not state["undo"] and not state["methods"]
    assert seen["still"] == (True, PaymentDialog.SAVE_PAGE)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50 and max(gaps) < 0.1, (len(ticks), max(gaps))
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]


def test_a_lock_held_past_the_wait_is_said_and_try_again_saves_once(qtbot, till: Till) -> None:
    till.shop.db.busy_timeout_ms = 300
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, object] = {}

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.VIPPS])
        with write_lock_held(till.shop.path):
            click(qtbot, dialog.approved_button)
            _answer(qtbot, dialog)
            seen["text"] = dialog.save_text.text()
            seen["sales"] = rows(till, "SELECT count(*) FROM sales")
        click(qtbot, dialog.retry_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    assert str(seen["text"]).startswith("The sale is not saved: another program is using the database.")
    assert "The Vipps payment is received: the customer has paid." in str(seen["text"])
    assert seen["sales"] == [(0,)]
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]


def test_a_read_only_file_is_said_at_payment_and_try_again_saves_once_it_is_writable(
    qtbot, till_on_disk: Till
) -> None:
    till = till_on_disk
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    # The file turns read-only (chattr +i: root ignores chmod). SQLite finds out
    # when it opens the file (and reuses a writable descriptor while any
    # connection of the process keeps one), so every connection of the till is
    # closed here and opened again, as when the till starts on a read-only file.
    freeze(till.shop.path)
    till.shop.db.dispose()
    seen: dict[str, object] = {}

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        try:
            click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
            click(qtbot, dialog.approved_button)
            _answer(qtbot, dialog)
            seen["text"] = dialog.save_text.text()
        finally:
            unfreeze(till.shop.path)
        click(qtbot, dialog.retry_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)
    assert str(seen["text"]).startswith("The sale is not saved: the database file is read-only")
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]


def test_scans_during_a_save_wait_their_turn_and_land_in_order(qtbot, till: Till) -> None:
    screen = till.window.till
    controller = till.window.controller
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    screen.table.selectRow(0)
    with write_lock_held(till.shop.path):
        click(qtbot, screen.remove_button)  # a line void: journalled on the writer, which waits
        assert controller.busy
        scan(qtbot, till, till.shop.codes[5])
        scan(qtbot, till, till.shop.codes[1])
        qtbot.waitUntil(screen.saving_label.isVisible, timeout=2000)
        assert not screen.pay_button.isEnabled() and not screen.park_button.isEnabled()
        assert [line.item_code for line in controller.cart.lines] == [till.shop.codes[0]]
    settle(qtbot, till)
    assert [line.item_code for line in controller.cart.lines] == [till.shop.codes[5], till.shop.codes[1]]
    assert not screen.saving_label.isVisible() and screen.pay_button.isEnabled()
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'line_void'") == [(1,)]


def test_a_line_removed_on_a_full_disk_stays_and_the_reason_is_shown(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    screen.table.selectRow(0)
    disk.fill()
    click(qtbot, screen.remove_button)
    settle(qtbot, till)
    assert screen.model.rowCount() == 1
    assert screen.message.text() == (
        "Nothing was saved: the disk is full. Ask the shop leader to free some space, then try again."
    )
    assert screen.message.property("level") == "error"
    disk.free()
    click(qtbot, screen.remove_button)
    settle(qtbot, till)
    assert screen.model.rowCount() == 0


def test_switching_user_on_a_full_disk_still_locks_the_till(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    disk.fill()
    click(qtbot, till.window.switch_button)  # the logout note cannot be written
    assert till.window.stack.currentWidget() is till.window.login
    disk.free()


def test_parking_on_a_full_disk_keeps_the_sale_on_screen_then_park_and_resume_work(
    qtbot, till_on_disk: Till, disk: SmallDisk
) -> None:
    till = till_on_disk
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    scan(qtbot, till, till.shop.codes[5])
    disk.fill()
    click(qtbot, screen.park_button)
    settle(qtbot, till)
    assert screen.model.rowCount() == 2  # not parked: still here, and said why
    assert screen.message.text().startswith("Nothing was saved: the disk is full.")
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]

    disk.free()
    click(qtbot, screen.park_button)
    settle(qtbot, till)
    assert screen.model.rowCount() == 0
    assert screen.message.text() == "The sale is parked. Resume it under Parked sales."
    assert screen.resume_button.text().replace("\n", " ") == "Parked sales (1)"

    def choose_it(dialog: QWidget) -> None:
        click(qtbot, dialog.buttons[0])

    when_dialog_opens(choose_it)
    click(qtbot, screen.resume_button)
    settle(qtbot, till)
    assert [line.item_code for line in till.window.controller.cart.lines] == [
        till.shop.codes[0],
        till.shop.codes[5],
    ]
    assert screen.resume_button.text().replace("\n", " ") == "Parked sales (0)"
    assert rows(till, "SELECT count(*) FROM parked_sales") == [(0,)]


def test_a_missing_signing_key_is_said_at_payment_and_try_again_saves_once_it_is_back(
    qtbot, till: Till
) -> None:
    """The key folder was lost (a disk swapped, a restore by hand): no sale can be signed; the till says."""
    from bruktpos.store.keyfile import key_path

    key = key_path(till.shop.path, 1, 1)
    saved = key.read_bytes()
    key.unlink()
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, object] = {}

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        _answer(qtbot, dialog)
        seen.update(_state(dialog))
        key.write_bytes(saved)  # the shop leader puts the key folder back from the backup
        click(qtbot, dialog.retry_button)
        _answer(qtbot, dialog)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)
    assert seen["text"] == (
        f"The sale is not saved. The till's signing key file {key} is missing or cannot be read, so no sale "
        "can be signed. Do not give the customer the goods yet. Ask the shop leader to put the key folder "
        "back from the backup. The card payment is approved on the terminal: the customer has paid. Ask "
        "the customer to wait, and tap Try again when the fault is fixed. If the sale cannot be saved, "
        "refund the payment on the terminal, then tap Undo last payment."
    )
    assert seen["retry"] is True
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]
