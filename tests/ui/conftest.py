"""A till on a real shop database, with a receipt printer that prints into memory."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import load_register, load_shop, till_catalogue
from bruktpos.ui.collector import GuiCollector, collecting_on_gui_thread
from bruktpos.ui.input_watch import stop_listening
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.main_window import MainWindow, TillContext
from bruktpos.ui.printing import ReceiptDesk
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.returns import ReturnDialog
from bruktpos.ui.widgets.pin_pad import PinPad
from tests.conftest import FakeClock
from tests.integration.conftest import LEADER_PIN, Shop, make_shop

LEFT = Qt.MouseButton.LeftButton


class SwitchablePrinter:
    """A Dummy escpos printer that can be 'switched off' by the test.

    With ``timeouts`` set (e.g. ``{"status_timeout": 0.5}``), the till talks to the
    printer its settings name instead (a fake ESC/POS printer on a TCP port,
    ``tests/fake_escpos.py``), with those short timeouts.
    """

    def __init__(self) -> None:
        self.device = Dummy()
        self.failing: Exception | None = None
        self.timeouts: dict[str, float] | None = None

    def __call__(self, config: PrinterConfig) -> ReceiptPrinter:
        if self.failing is not None:
            raise self.failing
        if self.timeouts is not None:
            return ReceiptPrinter(config, **self.timeouts)
        return ReceiptPrinter(config, device=self.device)

    @property
    def output(self) -> bytes:
        return self.device.output


@dataclass
class Till:
    shop: Shop
    window: MainWindow
    printer: SwitchablePrinter
    desk: ReceiptDesk


def start_till(shop: Shop, clock: FakeClock) -> Till:
    """The till's main window on ``shop``, shown at 1024×768, its receipts printed into memory."""
    printer = SwitchablePrinter()
    register = load_register(shop.db)
    settings = SettingsService(shop.db, register_id=register.id, clock=clock)
    desk = ReceiptDesk(shop.db, settings, printer_factory=printer)
    context = TillContext(
        db=shop.db,
        shop=load_shop(shop.db),
        register=register,
        users=shop.users,
        checkout=shop.checkout,
        settings=settings,
        catalogue=till_catalogue(shop.db),
        desk=desk,
    )
    window = MainWindow(context)
    # Not qtbot.addWidget: pytest-qt would close it before the cart is cleared below.
    window.resize(1024, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    return Till(shop, window, printer, desk)


def stop_till(till: Till) -> None:
    """Close the till's window (the sale on the screen dropped) and let go of its scanner."""
    window = till.window
    till.desk.wait()
    window.controller.cart = till.shop.checkout.new_cart()  # else closing asks about the sale on screen
    window.close()
    window.deleteLater()
    stop_listening(window.till.scanner)


def _running_till(qtbot, path: Path, *, open_day: bool) -> Iterator[Till]:
    clock = FakeClock()
    shop = make_shop(path, clock, open_day=open_day)
    till = start_till(shop, clock)
    yield till
    stop_till(till)
    shop.close()


@pytest.fixture(autouse=True)
def gui_collector(qapp: QApplication) -> Iterator[GuiCollector]:
    """Garbage collected on the GUI thread only, as in the till.

    The real app switches automatic collection off and collects from the GUI
    thread in ``ui.app.run()`` (and ``run_coordinator``). UI tests build their
    windows on pytest-qt's ``qapp`` and never go through ``run()``, so each UI
    test gets the same collector here, and gives automatic collection back
    after it, for the tests outside tests/ui that follow.
    """
    with collecting_on_gui_thread() as collector:
        yield collector


@pytest.fixture
def till(qtbot, tmp_path: Path) -> Iterator[Till]:
    yield from _running_till(qtbot, tmp_path / "shop.sqlite3", open_day=True)


@pytest.fixture
def closed_till(qtbot, tmp_path: Path) -> Iterator[Till]:
    """A till whose shop has no day open yet (a new morning)."""
    yield from _running_till(qtbot, tmp_path / "shop.sqlite3", open_day=False)


def click(qtbot, button: QPushButton) -> None:
    """Tap a button, as a person does once it is there (a save may still be under way)."""
    if not (button.isVisible() and button.isEnabled()):
        qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=5000)
    qtbot.mouseClick(button, LEFT)


def settle(qtbot, till: Till) -> None:
    """Wait until the till's writer has saved what it was given."""
    controller = till.window.controller
    qtbot.waitUntil(lambda: not controller.busy and not controller.writer.busy, timeout=5000)


def pin_answered(qtbot, pad: PinPad) -> None:
    """Wait for the answer to the PIN just handed on (the login checks it off the GUI thread)."""
    qtbot.waitUntil(lambda: not pad.checking(), timeout=5000)


def log_in(qtbot, till: Till, user_id: int, pin: str, *, lands_on: QWidget | None = None) -> None:
    """Tap the person, type the PIN, Enter; ``lands_on`` must show then (the till screen by default)."""
    login = till.window.login
    click(qtbot, login.grid.button_for(user_id))
    qtbot.keyClicks(login.pin_pad, pin)
    qtbot.keyClick(login.pin_pad, Qt.Key.Key_Return)
    pin_answered(qtbot, login.pin_pad)
    assert till.window.stack.currentWidget() is (till.window.till if lands_on is None else lands_on)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a keyboard does, Norwegian letters too (QTest's keyClicks takes ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def scan(qtbot, till: Till, code: str) -> None:
    """A keyboard-wedge scanner: fast keys into whatever has focus, then Enter."""
    target = till.window.till.table
    target.setFocus()
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def rows(till: Till, sql: str) -> list[tuple]:
    with sqlite3.connect(till.shop.path) as conn:
        return conn.execute(sql).fetchall()


def when_dialog_opens(handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog, once it is open (before exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except BaseException:
            # Close it, or exec() would wait for ever; the error still fails the test.
            if dialog.isVisible() and hasattr(dialog, "done"):
                dialog.done(0)
            raise

    QTimer.singleShot(0, poll)


# --- returns and vouchers, as a person does them ---------------------------------------


def approve_as_leader(qtbot, till: Till) -> None:
    """When the leader's PIN is asked for next, the shop leader taps their name and types it."""

    def approve(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)

    when_dialog_opens(approve)


def find_receipt(qtbot, dialog: ReturnDialog, receipt_no: str) -> None:
    """On the Return screen: tap the receipt number on the keypad, then Find."""
    for digit in receipt_no:
        click(qtbot, dialog.keypad.buttons[digit])
    click(qtbot, dialog.find_button)


def tap_row(qtbot, dialog: ReturnDialog, row: int) -> None:
    """Tick a line of the found sale by tapping it."""
    table = dialog.table
    rect = table.visualRect(table.model().index(row, ReturnDialog.DESCRIPTION))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def scan_voucher(qtbot, dialog: PaymentDialog, code: str) -> None:
    """In the payment dialog: tap Voucher, scan the voucher's barcode (a wedge scanner types it)."""
    click(qtbot, dialog.method_buttons[PaymentMethod.VOUCHER])
    qtbot.keyClicks(dialog.voucher_field, code)
    qtbot.keyClick(dialog.voucher_field, Qt.Key.Key_Return)
