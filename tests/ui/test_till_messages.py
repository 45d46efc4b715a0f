"""The till's message line says one thing, about now; banners name what they are about.

A message is cleared when what it was about is gone: a new line in the cart,
a new sale, a parked sale taken back, another person at the till. Its room is
kept, so nothing moves when it speaks. The receipt that did not print is
named by number and time, and no sentence is said twice. The payment dialog
says the shop's Vipps number; the return's second step can be cancelled.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import InvalidShopDetail, PrinterError
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop_details import ShopDetailsService
from bruktpos.ui.app import install_translators
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.returns import ReturnDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, find_receipt, log_in, rows, scan, settle, when_dialog_opens
from .till_layout import rect_in


def pay_by_card(qtbot, till: Till) -> None:
    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    settle(qtbot, till)


def test_a_new_sale_starts_without_the_last_sales_message(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    scan(qtbot, till, till.shop.codes[0])  # the same item again
    assert "already in the cart" in screen.message.text()
    pay_by_card(qtbot, till)
    assert screen.model.rowCount() == 0
    assert screen.message.text() == ""  # a new, empty sale says nothing of the last one


def test_a_new_line_clears_what_the_last_scan_said(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, "0400999999990")  # no such item
    assert screen.message.text() and screen.message.property("level") == "error"
    scan(qtbot, till, till.shop.codes[1])
    assert screen.model.rowCount() == 1 and screen.message.text() == ""
    assert screen.message.property("level") == "none"  # no box around nothing


def test_a_resumed_sale_does_not_say_it_is_parked(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    click(qtbot, screen.park_button)
    settle(qtbot, till)
    assert "parked" in screen.message.text()

    def resume(dialog: QWidget) -> None:
        assert isinstance(dialog, ParkedDialog)
        click(qtbot, dialog.buttons[0])

    when_dialog_opens(resume)
    click(qtbot, screen.resume_button)
    settle(qtbot, till)
    assert screen.model.rowCount() == 1
    assert screen.message.text() == ""


def test_the_next_person_at_the_till_sees_nothing_of_the_last_ones_messages(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, "0400999999990")
    assert screen.message.text()
    till.window.lock()
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert screen.message.text() == ""


def test_the_message_line_keeps_its_room_so_nothing_moves(qtbot, till: Till) -> None:
    screen, window = till.window.till, till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    qtbot.wait(20)
    watched = (screen.table, screen.discount_button, screen.remove_button, screen.pay_button, screen.message)
    before = [rect_in(w, window) for w in watched]
    assert screen.message.isVisible() and screen.message.height() >= 2 * screen.message.fontMetrics().height()
    scan(qtbot, till, till.shop.codes[0])  # "already in the cart": two lines
    qtbot.wait(20)
    assert screen.message.text()
    assert [rect_in(w, window) for w in watched] == before
    scan(qtbot, till, till.shop.codes[1])  # and gone again
    qtbot.wait(20)
    assert screen.message.text() == "" and [rect_in(w, window) for w in watched] == before


def test_while_paying_the_payment_dialog_alone_says_what_went_wrong(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    seen: dict[str, str] = {}

    def wrong_voucher(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.VOUCHER])
        dialog.voucher_field.setText("9912345678901")
        click(qtbot, dialog.voucher_check_button)
        seen["dialog"], seen["screen"] = dialog.message.text(), screen.message.text()
        click(qtbot, dialog.back_button)

    when_dialog_opens(wrong_voucher)
    click(qtbot, screen.pay_button)
    assert seen["dialog"] and seen["screen"] == ""
    assert screen.message.text() == ""  # not left behind on the till either


def test_the_banner_names_the_receipt_and_no_sentence_is_said_twice(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[2])
    # The printer cannot be reached at all: the receipt and the drawer fail with the same sentence.
    till.printer.failing = PrinterError(PrinterError.PAPER_OUT, "no paper")

    def pay_cash(dialog: QWidget) -> None:
        click(qtbot, dialog.exact_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_cash)
    with qtbot.waitSignals([till.desk.print_failed, till.desk.drawer_failed], timeout=5000):
        click(qtbot, screen.pay_button)
    qtbot.waitUntil(lambda: screen.print_problem.isVisible() and screen.drawer_problem.isVisible())
    [(receipt_no,)] = rows(till, "SELECT receipt_no FROM sales")
    receipt = screen.print_problem_text.text()
    assert receipt.startswith(f"Receipt {receipt_no} at 14.03 did not print. The sale is saved. ")
    drawer = screen.drawer_problem.text.text()
    assert drawer.startswith("The drawer did not open")
    sentence = "The receipt printer is out of paper."
    shown = " ".join((receipt, drawer, screen.message.text()))
    assert shown.count(sentence) == 1, shown


def test_the_vipps_page_says_the_shops_vipps_number(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])
    texts: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.VIPPS])
        texts.append(dialog.terminal_text.text())
        click(qtbot, dialog.back_button)

    when_dialog_opens(look)
    click(qtbot, screen.pay_button)
    assert "Menu → The shop" in texts[0]  # none set up yet: where it is set up
    SettingsService(till.shop.db).set("vipps_number", "123456", by=till.shop.admin)
    when_dialog_opens(look)
    click(qtbot, screen.pay_button)
    assert "Vipps number 123456." in texts[1]


def test_the_administrator_sets_the_vipps_number_with_the_shops_details(till: Till) -> None:
    service = ShopDetailsService(till.shop.db)
    form = service.current()
    assert form.vipps_number == ""
    service.save(form.__class__(**{**form.__dict__, "vipps_number": "12 34 56"}), by=till.shop.admin)
    assert service.current().vipps_number == "123456"
    try:
        service.save(form.__class__(**{**form.__dict__, "vipps_number": "12ab"}), by=till.shop.admin)
    except InvalidShopDetail as error:
        assert error.field == InvalidShopDetail.VIPPS_NUMBER
    else:
        raise AssertionError("a Vipps number with letters was stored")
    assert service.current().vipps_number == "123456"


def test_the_returns_second_step_can_be_cancelled_and_says_how_it_was_paid(qapp, qtbot, till: Till) -> None:
    translators = install_translators(qapp, "nb")
    try:
        _cancel_a_return_in_bokmal(qtbot, till)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _cancel_a_return_in_bokmal(qtbot, till: Till) -> None:
    screen = till.window.till
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])

    def pay_cash(dialog: QWidget) -> None:
        click(qtbot, dialog.exact_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_cash)
    click(qtbot, screen.pay_button)
    settle(qtbot, till)
    seen: dict[str, str] = {}

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        find_receipt(qtbot, dialog, "1")
        assert dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE
        seen["sale"] = dialog.sale_label.text()
        seen["button"] = dialog.original_button.text()
        seen["cancel"] = dialog.lines_cancel_button.text()
        click(qtbot, dialog.lines_cancel_button)

    when_dialog_opens(cancel)
    click(qtbot, screen.return_button)
    assert seen["cancel"] == "Avbryt"
    assert seen["sale"].endswith("betalt med kontant"), seen["sale"]
    assert "(kontant)" in seen["button"].replace("\n", " ")
    assert rows(till, "SELECT count(*) FROM sales WHERE kind = 'return'") == [(0,)]  # nothing given back
