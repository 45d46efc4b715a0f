"""The log at the till: "Om BruktPOS" for leaders, calm words for an uncaught error, no PINs or phones."""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bruktpos import __version__, logs
from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.intake.donation import DonationDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.till.returns import ReturnDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import (
    Till,
    approve_as_leader,
    click,
    find_receipt,
    log_in,
    pin_answered,
    scan,
    tap_row,
    when_dialog_opens,
)

WRONG_PIN = "9473"
DONOR_PHONE = "+47 913 58 264"
DONOR_NAME = "Solveig Haugland"


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "log"
    logs.setup_logging(task="till", folder=folder, level=logging.DEBUG)
    yield folder
    logs.set_error_listener(None)
    logs.shutdown_logging()
    logging.getLogger().setLevel(logging.INFO)


def _log(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logs.LOG_FILE).read_text(encoding="utf-8")


def test_a_leader_opens_about_from_the_menu_and_copies_the_troubleshooting_info(
    qtbot, till: Till, log_folder: Path
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    window.controller.pay(PaymentMethod.CARD)
    with qtbot.waitSignal(window.controller.sale_completed, timeout=5000) as saved:  # saved in the background
        window.controller.complete()
    sale = saved.args[0]
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        window.till.receipt_requested.emit(sale)

    assert window.about_action in window.menu_actions()
    window.about_action.trigger()
    about = window.about
    assert window.stack.currentWidget() is about
    assert about.values["BruktPOS"].text() == __version__
    assert about.values["Database"].text() == str(till.shop.path)
    assert about.values["Log folder"].text() == str(log_folder)
    assert qVersion() in about.values["Qt"].text()

    QGuiApplication.clipboard().clear()
    click(qtbot, about.copy_button)
    copied = QGuiApplication.clipboard().text()
    for fact in (f"BruktPOS: {__version__}", f"Database: {till.shop.path}", f"Log folder: {log_folder}"):
        assert fact in copied
    assert f"PySide6 {PySide6.__version__}" in copied
    assert f"receipt of sale {sale.sale_id} printed" in copied  # the log's last lines come along
    assert about.status.isVisible()

    click(qtbot, about.back_button)
    assert window.stack.currentWidget() is window.till


def test_a_cashier_needs_a_leader_for_about(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    seen: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        seen.append(dialog)
        dialog.reject()  # type: ignore[attr-defined]

    when_dialog_opens(cancel)
    window.about_action.trigger()
    assert isinstance(seen[0], LeaderPinDialog)
    assert window.stack.currentWidget() is window.till
    approve_as_leader(qtbot, till)
    window.about_action.trigger()
    assert window.stack.currentWidget() is window.about


@pytest.mark.qt_no_exception_capture
def test_an_error_nobody_caught_in_a_slot_is_logged_and_said_calmly(
    qtbot, till: Till, log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])

    def broken_logout(operator: object) -> None:
        raise RuntimeError("the logout broke")

    monkeypatch.setattr(window.context.users, "logout", broken_logout)
    click(qtbot, window.switch_button)  # the slot raises; PySide6 hands it to sys.excepthook

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=5000)
    box = QApplication.activeModalWidget()
    assert box.objectName() == "unexpected_error"
    assert "log" in box.text()
    text = _log(log_folder)
    assert "CRITICAL" in text and "unhandled RuntimeError" in text
    assert "in lock" in text and "RuntimeError: the logout broke" in text
    click(qtbot, box.button(QMessageBox.StandardButton.Ok))
    assert window.isVisible()  # the till is still there
    # The sale is kept: on the screen, or parked (the lock parks it before it logs out) — in one place.
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=5000)
    on_screen, parked = window.till.model.rowCount(), window.controller.parked_count
    assert (on_screen, parked) in ((1, 0), (0, 1)), (on_screen, parked)


def _standalone(text: str, digits: str) -> bool:
    return re.search(rf"(?<!\d){digits}(?!\d)", text) is not None


def test_no_pin_and_no_donor_in_the_log(qtbot, till: Till, log_folder: Path) -> None:
    window, shop = till.window, till.shop
    log_in(qtbot, till, shop.cashier.id, WRONG_PIN, lands_on=window.login)  # a wrong PIN
    assert "not right" in window.login.pin_pad.error_text()
    qtbot.keyClicks(window.login.pin_pad, CASHIER_PIN)  # then the right one
    qtbot.keyClick(window.login.pin_pad, Qt.Key.Key_Return)
    pin_answered(qtbot, window.login.pin_pad)
    assert window.stack.currentWidget() is window.till

    # A sale paid in cash, with its receipt.
    scan(qtbot, till, shop.codes[5])

    def pay_cash(dialog: QWidget) -> None:
        click(qtbot, dialog.method_buttons[PaymentMethod.CASH])
        click(qtbot, dialog.exact_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_cash)
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, window.till.pay_button)

    # It comes back as a voucher, approved by the leader with her PIN.
    def take_return(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        find_receipt(qtbot, dialog, "1")
        tap_row(qtbot, dialog, 0)
        approve_as_leader(qtbot, till)
        click(qtbot, dialog.voucher_button)
        assert dialog.pages.currentIndex() == ReturnDialog.DONE_PAGE, dialog.message.text()
        click(qtbot, dialog.done_button)

    when_dialog_opens(take_return)
    with qtbot.waitSignal(till.desk.voucher_printed, timeout=5000):
        click(qtbot, window.till.return_button)
    (code,) = (row[0] for row in sqlite3.connect(shop.path).execute("SELECT code FROM vouchers"))

    # A donation whose donor leaves a name and phone for a pick-up.
    window.show_pricing()

    def donate(dialog: QWidget) -> None:
        assert isinstance(dialog, DonationDialog)
        row = dialog.rows[0]
        row.category.setCurrentIndex(row.category.findData(shop.books))
        qtbot.keyClicks(row.weight, "3,2")
        qtbot.keyClicks(dialog.donor_name, DONOR_NAME)
        qtbot.keyClicks(dialog.donor_phone, DONOR_PHONE)
        click(qtbot, dialog.ok_button)

    when_dialog_opens(donate)
    click(qtbot, window.pricing.donation_button)
    with sqlite3.connect(shop.path) as conn:
        assert conn.execute("SELECT donor_phone FROM donations").fetchall() == [(DONOR_PHONE,)]
    till.desk.wait()

    text = _log(log_folder)
    assert "receipt of sale 1 printed" in text and "voucher" in text  # it did log the day
    for pin in (WRONG_PIN, CASHIER_PIN, LEADER_PIN):
        assert not _standalone(text, pin), pin
    for secret in (DONOR_PHONE, "913 58 264", "91358264", DONOR_NAME, code):
        assert secret not in text, secret


def test_each_hub_sync_round_is_logged(qtbot, shop, clock, tmp_path: Path, log_folder: Path) -> None:
    from datetime import date

    from bruktpos.hub.schema import init_hub
    from bruktpos.ui.sync_status import HubSync

    from .test_sync_status import queue_day, run_round, set_hub

    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    set_hub(shop, clock, hub)
    queue_day(shop, clock, date(2026, 11, 11))
    sync = HubSync(shop.db.path, clock=clock)
    run_round(qtbot, sync, force=True)
    set_hub(shop, clock, f"sqlite:///{tmp_path / 'gone' / 'hub.sqlite3'}")  # the network goes
    queue_day(shop, clock, date(2026, 11, 12))
    run_round(qtbot, sync, force=True)
    sync.stop()
    text = _log(log_folder)
    assert "hub sync: sending now" in text
    assert "closed day 2026-11-12 of register 1 queued for the hub" in text
    assert "hub sync: 1 day(s) sent, 0 waiting" in text
    assert "hub sync: nothing sent, 1 waiting: " in text and "unable to open database file" in text
