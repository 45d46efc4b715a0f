"""Closing the till never waits for a printer, and what had not printed is offered at the next start."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from escpos.printer import Dummy

from bruktpos.devices.printer import ReceiptPrinter
from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import load_register, load_shop, till_catalogue
from bruktpos.ui.input_watch import stop_listening
from bruktpos.ui.main_window import MainWindow, TillContext
from bruktpos.ui.printing import ReceiptDesk
from tests.conftest import FakeClock
from tests.integration.conftest import CASHIER_PIN, Shop, make_shop

from .conftest import SwitchablePrinter, Till, click, log_in


class HangingDevice(Dummy):
    """A receipt printer that takes the first bytes of a job and then never answers."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def _raw(self, msg: bytes) -> None:
        self.started.set()
        self.release.wait(60)
        super()._raw(msg)


def _window(qtbot, shop: Shop, factory) -> Till:
    register = load_register(shop.db)
    settings = SettingsService(shop.db, register_id=register.id, clock=shop.checkout.clock)
    desk = ReceiptDesk(shop.db, settings, printer_factory=factory)
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
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return Till(shop, window, factory if isinstance(factory, SwitchablePrinter) else None, desk)  # type: ignore[arg-type]


def _sell(qtbot, till: Till, code: str) -> int:
    controller = till.window.controller
    assert controller.scan(code)
    controller.pay(PaymentMethod.CARD)
    with qtbot.waitSignal(controller.sale_completed, timeout=5000) as saved:  # saved in the background
        controller.complete()
    sale = saved.args[0]
    till.window.till.receipt_requested.emit(sale)  # "Receipt" in the payment dialog
    return sale.sale_id


def _forget(window: MainWindow) -> None:
    stop_listening(window.till.scanner)
    window.deleteLater()


def test_closing_with_a_hanging_printer_is_instant_and_the_receipts_are_offered_at_the_next_start(
    qtbot, tmp_path: Path
) -> None:
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock())
    hanging = HangingDevice()
    first = _window(qtbot, shop, lambda config: ReceiptPrinter(config, device=hanging))
    log_in(qtbot, first, shop.cashier.id, CASHIER_PIN)
    stuck = _sell(qtbot, first, shop.codes[0])  # in the printer, which never answers
    assert hanging.started.wait(5)
    queued = _sell(qtbot, first, shop.codes[1])  # waits behind it

    started = time.perf_counter()
    assert first.window.close()
    took = time.perf_counter() - started
    assert took < 0.5, f"closing took {took:.2f} s"
    _forget(first.window)

    with sqlite3.connect(shop.path) as conn:
        details = conn.execute("SELECT details FROM journal WHERE event = 'pos_stop'").fetchall()
    assert [json.loads(d) for (d,) in details] == [{"unprinted_sales": [stuck, queued]}]

    # The next start, with the printer working again: the till offers the receipts, one at a time.
    printer = SwitchablePrinter()
    second = _window(qtbot, shop, printer)
    try:
        log_in(qtbot, second, shop.cashier.id, CASHIER_PIN)
        screen = second.window.till
        qtbot.waitUntil(lambda: screen.print_problem.isVisible(), timeout=5000)
        assert "closed" in screen.print_problem_text.text()
        with qtbot.waitSignal(second.desk.printed, timeout=5000) as printed:
            click(qtbot, screen.reprint_button)
        assert printed.args == [queued]
        qtbot.waitUntil(lambda: screen.print_problem.isVisible(), timeout=5000)  # the other one next
        with qtbot.waitSignal(second.desk.printed, timeout=5000) as printed:
            click(qtbot, screen.reprint_button)
        assert printed.args == [stuck]
        qtbot.waitUntil(lambda: not screen.print_problem.isVisible(), timeout=5000)
        text = printer.output.decode("cp865", errors="replace")
        assert text.count("Salgskvittering") == 2 and "KOPI" not in text
        assert second.desk.unprinted().sales == []
    finally:
        hanging.release.set()
        second.desk.wait()
        assert second.window.close()
        _forget(second.window)
    with sqlite3.connect(shop.path) as conn:
        last = conn.execute(
            "SELECT details FROM journal WHERE event = 'pos_stop' ORDER BY id DESC"
        ).fetchone()
    assert json.loads(last[0]) == {}  # all printed: nothing left for the start after
    shop.close()


def test_a_receipt_that_printed_is_not_offered_again(qtbot, tmp_path: Path) -> None:
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock())
    printer = SwitchablePrinter()
    first = _window(qtbot, shop, printer)
    log_in(qtbot, first, shop.cashier.id, CASHIER_PIN)
    with qtbot.waitSignal(first.desk.printed, timeout=5000):
        _sell(qtbot, first, shop.codes[0])
    assert first.window.close()
    _forget(first.window)
    second = _window(qtbot, shop, printer)
    log_in(qtbot, second, shop.cashier.id, CASHIER_PIN)
    qtbot.wait(100)
    assert not second.window.till.print_problem.isVisible()
    assert second.window.close()
    _forget(second.window)
    shop.close()


def test_a_program_whose_printer_hangs_still_ends_at_once(tmp_path: Path) -> None:
    """The worker is a daemon thread: the process ends while a job hangs in the printer."""
    code = f"""
import sys, threading, time
sys.path[:0] = {sys.path!r}
from PySide6.QtWidgets import QApplication
from escpos.printer import Dummy
from bruktpos.devices.printer import ReceiptPrinter
from bruktpos.services.settings import SettingsService
from bruktpos.ui.printing import ReceiptDesk
from tests.conftest import FakeClock
from tests.integration.conftest import make_shop

class Hanging(Dummy):
    def _raw(self, msg):
        started.set()
        threading.Event().wait()

started = threading.Event()
app = QApplication([])
shop = make_shop(__import__("pathlib").Path({str(tmp_path / "shop.sqlite3")!r}), FakeClock())
hanging = lambda config: ReceiptPrinter(config, device=Hanging())
desk = ReceiptDesk(shop.db, SettingsService(shop.db), printer_factory=hanging)
desk.open_drawer()
assert started.wait(10)
desk.shutdown()
print("closed", flush=True)
"""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    took = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "closed"
    assert took < 20  # it starts a Python, Qt and a shop; a waiting exit would never end
