"""The till with its receipt printer through the computer's print queue (a fake ``lp`` on PATH).

A refused job is a receipt that did not print: the person is told, "Print
again" stays offered, and it prints once the queue takes jobs again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.errors import PrinterError
from bruktpos.ui.messages import describe
from tests.fake_lp import FakeQueue, fake_queue  # noqa: F401  (a fixture)
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in, rows, scan, when_dialog_opens


def _pay_exact_cash_with_receipt(qtbot, dialog: QWidget) -> None:
    click(qtbot, dialog.exact_button)
    click(qtbot, dialog.receipt_button)


def test_a_refused_job_keeps_print_again_offered(qtbot, till: Till, fake_queue: FakeQueue) -> None:  # noqa: F811
    till.printer.timeouts = {}  # the real printer the settings name: the queue
    config = PrinterConfig(kind="cups", cups_printer="Kvittering")
    till.window.context.settings.set("receipt_printer", config.as_dict(), by=till.shop.leader)
    fake_queue.fail("lp: Error - scheduler not responding.")
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    when_dialog_opens(lambda dialog: _pay_exact_cash_with_receipt(qtbot, dialog))
    with (
        qtbot.waitSignal(till.desk.print_failed, timeout=10_000) as failed,
        qtbot.waitSignal(till.desk.drawer_failed, timeout=10_000),
    ):
        click(qtbot, screen.pay_button)
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]  # the sale is saved
    assert failed.args[1] == describe(PrinterError(PrinterError.OFFLINE, ""))
    qtbot.waitUntil(screen.print_problem.isVisible)
    assert fake_queue.jobs() == []

    fake_queue.works()
    with qtbot.waitSignal(till.desk.printed, timeout=10_000):
        click(qtbot, screen.reprint_button)
    qtbot.waitUntil(lambda: not screen.print_problem.isVisible())
    jobs = fake_queue.jobs()
    receipts = [data for _args, data in jobs if b"Salgskvittering" in data]
    assert len(receipts) == 1 and all(args[-2:] == ["-o", "raw"] for args, _data in jobs)
    assert not any(b"\x1bp" in data for _args, data in jobs)  # no drawer kick sent later by itself
