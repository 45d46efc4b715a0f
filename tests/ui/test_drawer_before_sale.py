"""No sale is saved while the cash drawer is open (kassasystemforskrifta § 2-6 (5)).

The till asks the receipt printer (a fake ESC/POS printer on a TCP port,
``tests/fake_escpos.py``, whose drawer connector says open or shut) before it
saves a paid sale; open, it says so in plain words and lets the person try
again once the drawer is shut.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.fake_escpos import FakeEscposPrinter
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in, rows, scan, when_dialog_opens
from .test_till_printer import print_to


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.close()


def test_a_sale_waits_for_the_drawer_to_be_shut_and_is_saved_once_it_is(
    qtbot, till: Till, fake: FakeEscposPrinter, caplog
) -> None:
    print_to(till, fake)
    fake.drawer_pin3_high = True  # the last customer's drawer was left open
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    seen: dict[str, object] = {}

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.exact_button)
        qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=5000)
        seen["said"] = (dialog.save_title.text(), dialog.save_text.text())
        seen["sales while open"] = rows(till, "SELECT count(*) FROM sales")[0][0]
        seen["paid"] = [p.method.value for p in till.window.controller.cart.payments]
        fake.drawer_pin3_high = False  # the cashier shuts it
        click(qtbot, dialog.retry_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    with (
        caplog.at_level(logging.INFO, logger="bruktpos.ui.printing"),
        qtbot.waitSignal(till.desk.printed, timeout=5000),
    ):
        click(qtbot, screen.pay_button)
    assert seen == {
        "said": ("The cash drawer is open.", "Close it, then you can go on. The payment is kept."),
        "sales while open": 0,
        "paid": ["cash"],
    }
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]
    assert "the cash drawer is open" in caplog.text
    assert 1 in fake.questions  # it asked DLE EOT 1, where the drawer connector's pin 3 is


def test_a_printer_that_does_not_answer_never_holds_up_a_sale(
    qtbot, till: Till, fake: FakeEscposPrinter, caplog
) -> None:
    print_to(till, fake)
    fake.lose_answer()  # the first status question gets no answer
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])

    def pay(dialog: QWidget) -> None:
        click(qtbot, dialog.exact_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    with (
        caplog.at_level(logging.WARNING, logger="bruktpos.ui.printing"),
        qtbot.waitSignal(till.desk.printed, timeout=5000),
    ):
        click(qtbot, screen.pay_button)
    assert rows(till, "SELECT count(*) FROM sales") == [(1,)]
    assert "drawer check before a sale: the printer did not answer" in caplog.text
