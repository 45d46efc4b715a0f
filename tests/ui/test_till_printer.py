"""The till and a receipt printer that is not ready: the sale is safe, the person is told, nothing later.

The till prints to a fake ESC/POS printer on a TCP port (``tests/fake_escpos.py``)
that holds what it gets while it is out of paper and prints it when the roll
is back, as a real one does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.errors import DrawerError, PrinterError
from bruktpos.ui.app import install_translators
from bruktpos.ui.messages import describe
from bruktpos.ui.messages_printer import paper_near_end_warning
from tests.fake_escpos import FakeEscposPrinter
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in, rows, scan, when_dialog_opens


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.reads = True
    printer.close()


def print_to(till: Till, fake: FakeEscposPrinter) -> None:
    """The shop's receipt printer is ``fake``, with short timeouts."""
    till.printer.timeouts = {"status_timeout": 0.5, "write_timeout": 0.5}
    config = PrinterConfig(kind="network", host="127.0.0.1", port=fake.port)
    till.window.context.settings.set("receipt_printer", config.as_dict(), by=till.shop.leader)


def pay_exact_cash_with_receipt(qtbot, dialog: QWidget) -> None:
    click(qtbot, dialog.exact_button)
    click(qtbot, dialog.receipt_button)


def test_a_cash_sale_with_the_paper_out(qtbot, till: Till, fake: FakeEscposPrinter, caplog) -> None:
    print_to(till, fake)
    fake.paper_out = True
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])

    when_dialog_opens(lambda dialog: pay_exact_cash_with_receipt(qtbot, dialog))
    with (
        qtbot.waitSignal(till.desk.print_failed, timeout=5000) as receipt,
        qtbot.waitSignal(till.desk.drawer_failed, timeout=5000) as drawer,
    ):
        click(qtbot, screen.pay_button)
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]  # the sale is saved

    # Both are said: the receipt did not print, the drawer did not open, and what to do.
    assert receipt.args[1] == describe(PrinterError(PrinterError.PAPER_OUT, ""))
    qtbot.waitUntil(screen.print_problem.isVisible)
    assert "out of paper" in screen.print_problem_text.text()
    qtbot.waitUntil(screen.drawer_problem.isVisible)
    said = screen.drawer_problem.text.text()
    assert drawer.args[1] == said
    assert said.startswith("The drawer did not open. ")
    assert "out of paper" in said and "key" in said and "“Open the drawer”" in said
    assert fake.printed == b"" and fake.held == b""  # the printer was given nothing to hold
    [(sale_id,)] = rows(till, "SELECT id FROM sales")
    assert f"cash drawer did not open (sale {sale_id})" in caplog.text and "paper_out" in caplog.text

    # A new roll: no receipt comes out for the next customer, and the drawer stays shut.
    fake.paper_out = False
    qtbot.wait(700)  # longer than the till's status timeout
    assert fake.printed == b"" and fake.kicks == 0
    assert screen.print_problem.isVisible() and screen.drawer_problem.isVisible()

    # The person asks: "Open the drawer", then "Print again".
    with qtbot.waitSignal(till.desk.drawer_opened, timeout=5000):
        click(qtbot, screen.drawer_problem.open_button)
    assert fake.kicks == 1
    qtbot.waitUntil(lambda: not screen.drawer_problem.isVisible())
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.reprint_button)
    qtbot.waitUntil(lambda: not screen.print_problem.isVisible())
    assert "Salgskvittering" in fake.text() and fake.kicks == 1


def test_the_cover_opened_in_the_middle_of_the_receipt(qtbot, till: Till, fake: FakeEscposPrinter) -> None:
    print_to(till, fake)
    fake.cover_opens_after = 200  # the drawer kick and a few lines, then someone lifts the cover
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    when_dialog_opens(lambda dialog: pay_exact_cash_with_receipt(qtbot, dialog))
    with qtbot.waitSignal(till.desk.print_failed, timeout=5000) as receipt:
        click(qtbot, screen.pay_button)
    assert receipt.args[1] == describe(PrinterError(PrinterError.COVER_OPEN, ""))
    qtbot.waitUntil(screen.print_problem.isVisible)
    assert fake.kicks == 1 and "Totalt" not in fake.text()
    fake.cover_open = False  # closed again: the rest of the receipt does not come out by itself
    qtbot.wait(300)
    assert "Totalt" not in fake.text()
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.reprint_button)
    assert fake.text().count("Salgskvittering") == 2 and fake.text().count("Totalt") == 1


def test_a_receipt_on_a_nearly_empty_roll_prints_with_a_gentle_word(
    qtbot, till: Till, fake: FakeEscposPrinter
) -> None:
    print_to(till, fake)
    fake.paper_near_end = True
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    when_dialog_opens(lambda dialog: pay_exact_cash_with_receipt(qtbot, dialog))
    with qtbot.waitSignal(till.desk.paper_low, timeout=5000):
        click(qtbot, screen.pay_button)
    qtbot.waitUntil(lambda: "nearly empty" in screen.message.text())
    assert screen.message.property("level") == "info"
    assert "Salgskvittering" in fake.text() and fake.kicks == 1
    assert not screen.print_problem.isVisible() and not screen.drawer_problem.isVisible()


def test_a_drawer_kick_that_waited_too_long_is_not_sent(qtbot, till: Till, fake: FakeEscposPrinter) -> None:
    print_to(till, fake)
    till.desk.drawer_patience = 0.2
    fake.reads = False  # a hung printer: the receipt job waits for its answer first
    till.desk.test_print("Testbutikken", PrinterConfig(kind="network", host="127.0.0.1", port=fake.port))
    with qtbot.waitSignal(till.desk.drawer_failed, timeout=5000) as drawer:
        till.desk.open_drawer(7)
    assert drawer.args[0] == 7
    assert drawer.args[1] == describe(DrawerError(DrawerError.TOO_LATE, ""))
    fake.reads = True
    till.desk.wait()
    qtbot.wait(200)
    assert fake.kicks == 0


def test_the_drawer_sentence_in_bokmal(qapp: QApplication) -> None:
    locale = QLocale()
    translators = install_translators(qapp, "nb")
    try:
        text = describe(DrawerError(PrinterError.PAPER_OUT, ""))
        assert text.startswith("Kasseskuffen åpnet seg ikke. "), text
        assert "nøkkelen" in text and "«Åpne kasseskuffen»" in text
        assert describe(PrinterError(PrinterError.COVER_OPEN, "")).startswith("Dekselet")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_each_printer_fault_has_its_own_sentence() -> None:
    faults = [
        PrinterError.PAPER_OUT,
        PrinterError.COVER_OPEN,
        PrinterError.NOT_READY,
        PrinterError.NO_ANSWER,
        PrinterError.NOT_READING,
        PrinterError.OFFLINE,
        PrinterError.NOT_FOUND,
    ]
    fallback = describe(PrinterError(PrinterError.FAILED, ""))
    receipts = {describe(PrinterError(kind, "")) for kind in faults}
    assert len(receipts) == len(faults) and fallback not in receipts
    drawer_faults = [
        PrinterError.PAPER_OUT,
        PrinterError.COVER_OPEN,
        PrinterError.NOT_READY,
        DrawerError.TOO_LATE,
    ]
    drawers = [describe(DrawerError(kind, "")) for kind in [*drawer_faults, PrinterError.NO_ANSWER]]
    assert len(set(drawers)) == len(drawers)
    assert all(text.startswith("The drawer did not open. ") for text in drawers)
    assert "nearly empty" in paper_near_end_warning()
