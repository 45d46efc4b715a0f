"""A receipt for every sale (issue 14): no way to end a sale without one, and what the printer did journalled.

The till prints to a fake ESC/POS printer on a TCP port (``tests/fake_escpos.py``):
with the paper out the sale is saved, the failure journalled and the banner
offers that receipt by number; with paper back, "Print again" prints the
original (not KOPI), journalled as printed. After a restart the journal alone
tells the till which receipts have not printed yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.domain.errors import PrinterError
from bruktpos.ui.app import install_translators
from bruktpos.ui.till.print_problem import PrintProblem
from tests.conftest import FakeClock
from tests.fake_escpos import FakeEscposPrinter
from tests.integration.conftest import CASHIER_PIN, make_shop

from .conftest import SwitchablePrinter, Till, click, log_in, rows, scan, settle, when_dialog_opens
from .test_closing import _forget, _window
from .test_till_printer import print_to


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.reads = True
    printer.close()


def _receipt_events(till: Till) -> list[tuple[str, str, int, dict]]:
    return [
        (event, code, sale_id, json.loads(details))
        for event, code, sale_id, details in rows(
            till,
            "SELECT event, saft_code, sale_id, details FROM journal WHERE event IN "
            "('receipt_printed', 'receipt_failed', 'receipt_copy', 'drawer_opened', 'no_receipt') "
            "ORDER BY id",
        )
    ]


def test_paper_out_then_back_the_receipt_prints_as_the_original_and_both_are_journalled(
    qtbot, till: Till, fake: FakeEscposPrinter
) -> None:
    print_to(till, fake)
    fake.paper_out = True
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    buttons: list[str] = []

    def pay(dialog: QWidget) -> None:
        click(qtbot, dialog.exact_button)
        qtbot.waitUntil(dialog.receipt_button.isVisible, timeout=5000)
        done_page = dialog.pages.widget(dialog.DONE_PAGE)
        buttons.extend(b.text() for b in done_page.findChildren(QPushButton))
        everywhere = {b.text() for b in dialog.findChildren(QPushButton)}
        assert not everywhere & {"No receipt", "Ingen kvittering"}
        assert not hasattr(dialog, "no_receipt_button")
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    with qtbot.waitSignal(till.desk.print_failed, timeout=5000):
        click(qtbot, screen.pay_button)
    # The done page offers the receipt only: nothing ends the sale without one.
    assert buttons == ["Print receipt"]
    [(sale_id, receipt_no)] = rows(till, "SELECT id, receipt_no FROM sales")  # the sale is saved

    qtbot.waitUntil(screen.print_problem.isVisible, timeout=5000)
    text = screen.print_problem_text.text()
    # It names the receipt and the time of the sale: it may still be there during the next sale.
    assert text.startswith(f"Receipt {receipt_no} at 14.03 did not print."), text
    assert "out of paper" in text
    assert "did not print. The sale is saved." in text
    qtbot.waitUntil(lambda: bool(_receipt_events(till)), timeout=5000)
    settle(qtbot, till)
    # Failed, not printed; the drawer did not open, so no drawer event with the sale.
    [(event, code, journalled_sale, details)] = _receipt_events(till)
    assert (event, code, journalled_sale) == ("receipt_failed", "13999", sale_id)
    assert details["receipt_no"] == receipt_no and "paper_out" in details["reason"]

    # A new roll: "Print again" prints the original, and the journal says it printed.
    fake.paper_out = False
    qtbot.wait(700)  # longer than the till's status timeout
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.reprint_button)
    qtbot.waitUntil(lambda: not screen.print_problem.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: b"Salgskvittering" in fake.printed, timeout=5000)
    assert b"KOPI" not in fake.printed
    qtbot.waitUntil(lambda: len(_receipt_events(till)) == 2, timeout=5000)
    assert _receipt_events(till)[1] == (
        "receipt_printed",
        "13012",
        sale_id,
        {"receipt_no": receipt_no, "after_failure": True},
    )
    assert screen.not_printed() == []


def test_a_cash_sale_that_prints_journals_the_receipt_and_the_drawer_with_the_sale(
    qtbot, till: Till, fake: FakeEscposPrinter
) -> None:
    print_to(till, fake)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])

    def pay(dialog: QWidget) -> None:
        click(qtbot, dialog.exact_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    with qtbot.waitSignals([till.desk.printed, till.desk.drawer_opened], timeout=5000):
        click(qtbot, till.window.till.pay_button)
    [(sale_id, receipt_no)] = rows(till, "SELECT id, receipt_no FROM sales")
    qtbot.waitUntil(lambda: len(_receipt_events(till)) == 2, timeout=5000)
    assert sorted(_receipt_events(till)) == [
        ("drawer_opened", "13005", sale_id, {"receipt_no": receipt_no}),
        ("receipt_printed", "13012", sale_id, {"receipt_no": receipt_no}),
    ]

    # A copy afterwards, for a customer who had the receipt: KOPI, journalled as 13014.
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        till.window.print_copy()
    qtbot.waitUntil(lambda: fake.printed.count(b"Salgskvittering") == 2, timeout=5000)
    assert b"KOPI" in fake.printed
    assert _receipt_events(till)[-1][:3] == ("receipt_copy", "13014", sale_id)


def test_after_a_restart_the_journal_tells_which_receipts_have_not_printed(qtbot, tmp_path: Path) -> None:
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock())
    printer = SwitchablePrinter()
    printer.failing = PrinterError(PrinterError.PAPER_OUT, "paper out")
    first = _window(qtbot, shop, printer)
    log_in(qtbot, first, shop.cashier.id, CASHIER_PIN)
    numbers = []
    for code in shop.codes[:2]:
        scan(qtbot, first, code)
        when_dialog_opens(
            lambda dialog: (click(qtbot, dialog.exact_button), click(qtbot, dialog.receipt_button))
        )
        with qtbot.waitSignal(first.desk.print_failed, timeout=5000):
            click(qtbot, first.window.till.pay_button)
        settle(qtbot, first)
        numbers.append(rows(first, "SELECT max(receipt_no) FROM sales")[0][0])
    screen = first.window.till
    assert screen.print_problem_text.text().startswith(f"Receipt {numbers[1]} at ")
    assert "1 more receipt" in screen.print_problem_text.text()
    qtbot.waitUntil(lambda: len(rows(first, "SELECT id FROM journal WHERE event = 'receipt_failed'")) == 2)
    first.desk.shutdown()
    first.window.controller.cart = shop.checkout.new_cart()
    # The till ends without its stop (a crash): only the journal's failures are left.
    app = QApplication.instance()
    assert app is not None
    first.window.hide()
    _forget(first.window)

    printer.failing = None
    second = _window(qtbot, shop, printer)
    try:
        log_in(qtbot, second, shop.cashier.id, CASHIER_PIN)
        screen = second.window.till
        qtbot.waitUntil(screen.print_problem.isVisible, timeout=5000)
        assert screen.print_problem_text.text().startswith(f"Receipt {numbers[1]} at ")
        for _ in numbers:
            with qtbot.waitSignal(second.desk.printed, timeout=5000):
                click(qtbot, screen.reprint_button)
            settle(qtbot, second)
        qtbot.waitUntil(lambda: not screen.print_problem.isVisible(), timeout=5000)
        text = printer.output.decode("cp865", errors="replace")
        assert text.count("Salgskvittering") == 2 and "KOPI" not in text
        qtbot.waitUntil(
            lambda: len(rows(second, "SELECT id FROM journal WHERE event = 'receipt_printed'")) == 2,
            timeout=5000,
        )
        assert second.window.controller.receipts.not_printed() == []
    finally:
        second.desk.wait()
        second.window.controller.cart = shop.checkout.new_cart()
        assert second.window.close()
        _forget(second.window)
        shop.close()


def test_the_banner_in_bokmal_names_each_receipt_not_printed(qapp: QApplication, qtbot) -> None:
    locale = QLocale()
    translators = install_translators(qapp, "nb")
    try:
        banner = PrintProblem()
        qtbot.addWidget(banner)
        sold = FakeClock().now  # 14.03
        banner.show_receipt(3, 12, "Skriveren er tom for papir.", at=sold)
        assert banner.text.text() == (
            "Kvittering 12 kl. 14.03 ble ikke skrevet ut. Salget er lagret. Skriveren er tom for papir."
        )
        banner.show_receipt(4, 13, "Skriveren er tom for papir.", at=sold.replace(minute=5))
        assert banner.text.text().startswith("Kvittering 13 kl. 14.05 ble ikke skrevet ut.")
        assert banner.text.text().endswith("1 kvittering til er ikke skrevet ut ennå.")
        assert banner.reprint_button.text() == "Skriv ut igjen"
        with qtbot.waitSignal(banner.reprint_requested) as asked:
            banner.reprint_button.click()
        assert asked.args == [4]  # the newest first; the other stays offered
        banner.clear_receipt(4)
        assert banner.text.text().startswith("Kvittering 12 kl. 14.03") and not banner.isHidden()
        banner.clear_receipt(3)
        assert banner.isHidden() and banner.not_printed() == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
