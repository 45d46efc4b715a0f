"""Returns at the till as a person does them: a return as store credit, then the voucher pays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.devices.barcodes import code128_data
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import is_voucher_code
from bruktpos.domain.errors import PrinterError
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.returns import ReturnDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import (
    Till,
    approve_as_leader,
    click,
    find_receipt,
    log_in,
    rows,
    scan,
    scan_voucher,
    tap_row,
    when_dialog_opens,
)


def sell_by_card(qtbot, till: Till, code: str, *, receipt: bool = True) -> None:
    scan(qtbot, till, code)

    def pay_by_card(dialog: QWidget) -> None:
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_by_card)
    if not receipt:
        click(qtbot, till.window.till.pay_button)
        return
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, till.window.till.pay_button)


def test_return_as_store_credit_then_the_voucher_pays_two_later_sales(qtbot, till: Till) -> None:
    screen = till.window.till
    shop = till.shop
    log_in(qtbot, till, shop.cashier.id, CASHIER_PIN)
    sell_by_card(qtbot, till, shop.codes[5])  # Klær dame, 100 kr: receipt 1

    seen: dict[str, object] = {}

    def take_return(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        find_receipt(qtbot, dialog, "1")
        assert dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE, dialog.message.text()
        assert not dialog.voucher_button.isEnabled()  # nothing ticked yet
        tap_row(qtbot, dialog, 0)
        assert dialog.chosen() == {dialog.original.lines[0].line_id: 1}
        assert "100,00" in dialog.total_label.text()
        approve_as_leader(qtbot, till)  # Ola is a cashier: a leader approves
        click(qtbot, dialog.voucher_button)
        assert dialog.pages.currentIndex() == ReturnDialog.DONE_PAGE, dialog.message.text()
        seen["done"] = dialog.completed
        seen["text"] = dialog.done_text.text()
        click(qtbot, dialog.done_button)

    when_dialog_opens(take_return)
    with qtbot.waitSignal(till.desk.voucher_printed, timeout=5000):
        click(qtbot, screen.return_button)
    done = seen["done"]
    assert done is not None and done.voucher is not None
    code = done.voucher.code
    assert is_voucher_code(code) and done.voucher.amount == 10000
    assert "voucher" in str(seen["text"]).lower() or "tilgodelapp" in str(seen["text"]).lower()
    printed = till.printer.output.decode("cp865", errors="replace")
    for text in ("Returkvittering", "Retur av kvittering nr. 1", "Tilgodelapp", "kr 100,00", "Gyldig til"):
        assert text in printed, text
    assert code128_data(code).encode() in till.printer.output  # the barcode's digits, as Code 128
    assert rows(till, "SELECT kind, total FROM sales ORDER BY id") == [("sale", 10000), ("return", -10000)]
    assert rows(till, "SELECT status FROM items WHERE code = ?".replace("?", f"'{shop.codes[5]}'")) == [
        ("in_stock",)
    ]

    # A 49,50 book, paid with the voucher through the payment dialog's voucher button.
    scan(qtbot, till, shop.codes[0])

    def pay_with_voucher(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        scan_voucher(qtbot, dialog, code)
        seen["balance"] = dialog.voucher_balance_label.text()
        assert dialog.voucher_input.amount() == 4950
        click(qtbot, dialog.voucher_pay_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)  # saved on the writer
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_with_voucher)
    click(qtbot, screen.pay_button)
    assert "100,00" in str(seen["balance"])
    assert rows(till, "SELECT amount FROM voucher_uses") == [(4950,)]

    # Then 100 kr of clothes: the voucher scanned at the till pays its last 50,50, cash the rest.
    scan(qtbot, till, shop.codes[6])

    def rest_in_cash(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.pages.currentIndex() == PaymentDialog.VOUCHER_PAGE
        assert "50,50" in dialog.voucher_balance_label.text()
        click(qtbot, dialog.voucher_pay_button)
        assert dialog.controller.cart.remaining == 4950
        click(qtbot, dialog.exact_button)  # 49,50 → 50 kr cash
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)  # saved on the writer
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(rest_in_cash)
    scan(qtbot, till, code)
    assert rows(till, "SELECT amount FROM voucher_uses ORDER BY id") == [(4950,), (5050,)]
    assert rows(till, "SELECT method, amount FROM payments WHERE sale_id = 4 ORDER BY id") == [
        ("voucher", 5050),
        ("cash", 5000),
    ]
    scan(qtbot, till, code)  # used up: the till says so
    assert "used up" in screen.message.text() or "brukt opp" in screen.message.text()


def test_a_voucher_that_did_not_print_is_printed_again_as_a_copy(qtbot, till: Till) -> None:
    screen = till.window.till
    shop = till.shop
    log_in(qtbot, till, shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, shop.codes[5], receipt=False)
    till.printer.failing = PrinterError(PrinterError.PAPER_OUT, "test")

    def take_return(dialog: QWidget) -> None:
        qtbot.keyClicks(dialog.find_field, shop.codes[5])  # scanned: the item finds its sale
        qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
        tap_row(qtbot, dialog, 0)
        click(qtbot, dialog.voucher_button)  # a leader needs no approval
        click(qtbot, dialog.done_button)

    when_dialog_opens(take_return)
    with qtbot.waitSignal(till.desk.voucher_print_failed, timeout=5000):
        click(qtbot, screen.return_button)
    qtbot.waitUntil(screen.print_problem.isVisible)
    till.printer.failing = None
    with qtbot.waitSignal(till.desk.voucher_printed, timeout=5000):
        click(qtbot, screen.reprint_button)
    printed = till.printer.output.decode("cp865", errors="replace")
    assert "Tilgodelapp" in printed and "KOPI" in printed
    # The return receipt did not print either: it is offered next.
    assert screen.print_problem.isVisible()
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.reprint_button)
    assert "Returkvittering" in till.printer.output.decode("cp865", errors="replace")
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'voucher_copy'") == [(1,)]
