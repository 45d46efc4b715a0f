"""A scan never approves a payment: a keyboard-wedge scanner's burst in every dialog of the payment flow.

A scanner types a code a few milliseconds a character and ends with Enter
(some with a Space). The keys go to whatever has the focus, as here: to
``QApplication.focusWidget()``, one real key event at a time.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import format_voucher_code, new_voucher_code
from bruktpos.domain.returns import CompletedReturn
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.returns import ReturnDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, find_receipt, log_in, rows, scan, scan_voucher, tap_row, when_dialog_opens

SCANNER_MS = 3  # between two characters of a wedge scanner
PERSON_MS = 150  # between two keys of a person typing
ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Space)
NOT_PAID = ("Nothing was paid", "Ingenting ble betalt")
NOT_GIVEN = ("Nothing was given back", "Ingenting ble gitt tilbake")


def active(qtbot, dialog: QWidget) -> None:
    """Wait until the dialog has the keyboard (the window system gives it once it is shown)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)


_clock = itertools.count(1_000_000, 1_000_000)  # the window system's key time stamps (ms), per burst


def press(qtbot, dialog: QWidget, key: int, text: str, at_ms: int) -> None:
    """One key pressed and let go, stamped ``at_ms`` as the window system stamps a real key."""
    target = QApplication.focusWidget() or dialog
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(at_ms)
        QApplication.sendEvent(target, event)
    qtbot.wait(1)


def keys_into_focus(qtbot, dialog: QWidget, text: str, end: Qt.Key, gap_ms: int) -> None:
    """Key presses into whatever has the keyboard focus, ``gap_ms`` apart, then ``end``.

    Each carries its time stamp, as the window system's keys do, so a busy
    test machine that delivers them late still shows the gaps between them
    as the keyboard (or scanner) made them.
    """
    at = next(_clock)
    for n, char in enumerate(text):
        press(qtbot, dialog, ord(char.upper()), char, at + n * gap_ms)
    ends = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Space: " "}
    press(qtbot, dialog, end, ends[end], at + len(text) * gap_ms)


def scanner(qtbot, dialog: QWidget, code: str, end: Qt.Key = Qt.Key.Key_Return) -> None:
    keys_into_focus(qtbot, dialog, code, end, SCANNER_MS)


def said(dialog: QWidget, words: tuple[str, str]) -> bool:
    text = dialog.message.text()
    return dialog.message.isVisible() and any(w in text for w in words)


def assert_tap_only(*buttons: QPushButton) -> None:
    for button in buttons:
        assert not button.autoDefault() and not button.isDefault(), button.text()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus, button.text()
        assert not button.hasFocus()


def payments(till: Till) -> list[tuple]:
    return rows(till, "SELECT method, amount FROM payments ORDER BY id")


# --- the payment dialog ----------------------------------------------------------------


def test_a_scan_on_the_cash_page_takes_no_cash_and_a_tap_still_does(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # a book, 49,50
    item = till.shop.codes[1]

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.cash_input
        assert_tap_only(dialog.exact_button)
        for end in ENDS:
            dialog._show_message("", "info")
            scanner(qtbot, dialog, item, end)
            assert dialog.controller.cart.payments == [], end
            assert dialog.cash_input.amount() is None  # the scanned digits are gone again
            assert said(dialog, NOT_PAID), dialog.message.text()
        # A person typing 100 and Enter still takes the cash (the keyboard's Enter is theirs).
        keys_into_focus(qtbot, dialog, "100", Qt.Key.Key_Return, PERSON_MS)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    assert payments(till) == [("cash", 5000)]


def test_a_scan_never_approves_a_card_or_vipps_payment(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    item = till.shop.codes[2]
    for method in (PaymentMethod.CARD, PaymentMethod.VIPPS):
        scan(qtbot, till, till.shop.codes[0 if method is PaymentMethod.CARD else 1])

        def pay(dialog: QWidget, method: PaymentMethod = method) -> None:
            assert isinstance(dialog, PaymentDialog)
            active(qtbot, dialog)
            click(qtbot, dialog.method_buttons[method])
            assert dialog.pages.currentIndex() == PaymentDialog.TERMINAL_PAGE
            assert_tap_only(dialog.approved_button)
            amount = dialog.terminal_input.amount()
            for end in ENDS:
                dialog._show_message("", "info")
                scanner(qtbot, dialog, item, end)
                assert dialog.controller.cart.payments == [], (method, end)
                assert dialog.terminal_input.amount() == amount
                assert said(dialog, NOT_PAID), dialog.message.text()
            # Enter and Space from a person do not approve either: only the tap does.
            for end in ENDS:
                keys_into_focus(qtbot, dialog, "", end, PERSON_MS)
            assert dialog.controller.cart.payments == []
            click(qtbot, dialog.approved_button)
            qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
            click(qtbot, dialog.receipt_button)

        when_dialog_opens(pay)
        click(qtbot, till.window.till.pay_button)
    assert [m for m, _ in payments(till)] == ["card", "vipps"]


def test_a_split_payment_a_scan_between_the_parts_changes_nothing(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    scan(qtbot, till, till.shop.codes[0])  # 49,50
    scan(qtbot, till, till.shop.codes[5])  # 100,00
    item = till.shop.codes[1]

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.terminal_input.keypad.buttons["clear"])
        for digit in "100":
            click(qtbot, dialog.terminal_input.keypad.buttons[digit])
        scanner(qtbot, dialog, item)
        assert dialog.terminal_input.amount() == 10000  # what the person typed, not the scan
        assert dialog.controller.cart.payments == []
        click(qtbot, dialog.approved_button)  # kr 100 on the card
        assert dialog.controller.cart.remaining == 4950
        assert dialog.pages.currentIndex() == PaymentDialog.CASH_PAGE
        scanner(qtbot, dialog, item)
        assert [p.amount for p in dialog.controller.cart.payments] == [10000]
        assert said(dialog, NOT_PAID)
        click(qtbot, dialog.exact_button)  # the rest, 49,50 → 50 in cash
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        # On the last page a scan chooses no receipt either: the dialog stays until a tap.
        scanner(qtbot, dialog, item)
        assert dialog.isVisible() and said(dialog, ("already done", "allerede ferdig")), dialog.message.text()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    assert payments(till) == [("card", 10000), ("cash", 5000)]


# --- vouchers: a return to a voucher, then a part of it pays ------------------------------


def sell_by_card(qtbot, till: Till, code: str) -> None:
    scan(qtbot, till, code)

    def by_card(dialog: QWidget) -> None:
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(by_card)
    click(qtbot, till.window.till.pay_button)


def voucher_code(seen: dict[str, object]) -> str:
    done = seen["done"]
    assert isinstance(done, CompletedReturn) and done.voucher is not None
    return done.voucher.code


def return_to_voucher(qtbot, till: Till, receipt_no: str, seen: dict[str, object]) -> None:
    """As the shop leader: take receipt ``receipt_no``'s first line back as a voucher."""

    def take_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        active(qtbot, dialog)
        find_receipt(qtbot, dialog, receipt_no)
        assert dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE, dialog.message.text()
        tap_row(qtbot, dialog, 0)
        chosen = dialog.chosen()
        assert_tap_only(dialog.original_button, dialog.voucher_button)
        for end in ENDS:
            dialog._say("", "info")
            scanner(qtbot, dialog, till.shop.codes[1], end)
            assert dialog.completed is None and dialog.chosen() == chosen, end
            assert said(dialog, NOT_GIVEN), dialog.message.text()
        click(qtbot, dialog.voucher_button)
        assert dialog.pages.currentIndex() == ReturnDialog.DONE_PAGE, dialog.message.text()
        seen["done"] = dialog.completed
        seen["title"] = dialog.done_title.text()
        seen["amount"] = dialog.voucher_amount.text() if dialog.voucher_amount.isVisible() else ""
        seen["change_shown"] = dialog.done_amount.isVisible()
        seen["text"] = dialog.done_text.text()
        scanner(qtbot, dialog, till.shop.codes[1])  # a scan on the last page closes nothing
        assert dialog.isVisible()
        click(qtbot, dialog.done_button)

    when_dialog_opens(take_back)
    with qtbot.waitSignal(till.desk.voucher_printed, timeout=5000):
        click(qtbot, till.window.till.return_button)


def test_a_return_to_a_voucher_says_it_printed_and_hands_out_nothing(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    assert seen["title"] in ("Voucher printed", "Tilgodelapp skrevet ut")
    assert seen["amount"] == "kr\u00a0100,00"
    assert seen["change_shown"] is False
    assert "Gi tilbake" not in str(seen) and "Give back" not in str(seen)


def test_part_of_a_voucher_pays_and_what_is_left_is_shown_and_printed(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    code = voucher_code(seen)

    scan(qtbot, till, till.shop.codes[0])  # a book, 49,50

    def pay_with_part(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        scan_voucher(qtbot, dialog, code)  # the voucher field takes a scan: it looks the voucher up
        assert "100,00" in dialog.voucher_balance_label.text()
        assert_tap_only(dialog.voucher_pay_button)
        for end in ENDS:
            dialog._show_message("", "info")
            scanner(qtbot, dialog, till.shop.codes[1], end)  # an item scanned by mistake
            assert dialog.controller.cart.payments == [], end
            assert dialog.voucher_input.amount() == 4950
            assert said(dialog, NOT_PAID), dialog.message.text()
        click(qtbot, dialog.voucher_pay_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        seen["done_text"] = dialog.done_text.text()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_with_part)
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, till.window.till.pay_button)
    assert any(
        f"{words} kr\u00a050,50" in str(seen["done_text"])
        for words in ("Left on the voucher:", "Igjen på tilgodelappen:")
    ), seen["done_text"]
    printed = till.printer.output.decode("cp865", errors="replace")
    assert "Igjen på tilgodelappen" in printed and "50,50" in printed
    assert rows(till, "SELECT amount FROM voucher_uses") == [(4950,)]


def test_a_voucher_scanned_on_the_cash_page_is_looked_up_not_paid(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    code = voucher_code(seen)
    scan(qtbot, till, till.shop.codes[6])  # 100,00 of clothes
    scan(qtbot, till, till.shop.codes[0])  # and a book: 149,50

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        assert dialog.pages.currentIndex() == PaymentDialog.CASH_PAGE
        scanner(qtbot, dialog, code)
        assert dialog.pages.currentIndex() == PaymentDialog.VOUCHER_PAGE
        assert dialog.controller.cart.payments == []
        click(qtbot, dialog.voucher_pay_button)  # all 100 of it
        assert "Left on the voucher" not in dialog.payments_label.text()  # nothing left on it
        click(qtbot, dialog.exact_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    assert payments(till)[-2:] == [("voucher", 10000), ("cash", 5000)]


def test_a_nineteen_digit_voucher_scanned_into_the_voucher_field_is_found(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    code = voucher_code(seen)
    assert len(code) == 19
    scan(qtbot, till, till.shop.codes[0])  # a book, 49,50

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.VOUCHER])
        assert QApplication.focusWidget() is dialog.voucher_field
        # The scanner types the nineteen digits a few ms apart, then Enter: the field takes them all.
        scanner(qtbot, dialog, code)
        assert dialog.voucher_field.text() == code
        assert "100,00" in dialog.voucher_balance_label.text(), dialog.message.text()
        assert dialog.voucher_pay_button.isEnabled()
        # Typed by a person from the slip, grouped as printed, it is the same voucher.
        dialog.voucher_field.clear()
        dialog.voucher_field.setFocus()
        keys_into_focus(qtbot, dialog, format_voucher_code(code), Qt.Key.Key_Return, PERSON_MS)
        assert "100,00" in dialog.voucher_balance_label.text(), dialog.message.text()
        click(qtbot, dialog.voucher_pay_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, till.window.till.pay_button)
    assert rows(till, "SELECT amount FROM voucher_uses") == [(4950,)]
    assert rows(till, "SELECT length(code) FROM vouchers") == [(19,)]


def test_a_long_voucher_scanned_on_the_till_is_looked_up_and_a_typo_gets_the_voucher_answer(
    qtbot, till: Till
) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    code = voucher_code(seen)
    screen = till.window.till
    scan(qtbot, till, code)  # nothing on the sale yet: the till says what is on it
    assert screen.model.rowCount() == 0
    assert any(
        words in screen.message.text() for words in ("This voucher has kr", "Denne tilgodelappen har kr")
    ), screen.message.text()
    typo = code[:-1] + str((int(code[-1]) + 1) % 10)
    scan(qtbot, till, typo)  # the voucher's answer, not the one for an unknown item
    assert screen.model.rowCount() == 0
    assert screen.message.text() in (
        "This voucher is not known. Check the code on the voucher, or scan it again.",
        "Denne tilgodelappen er ukjent. Sjekk koden på tilgodelappen, eller skann den på nytt.",
    ), screen.message.text()
    assert rows(till, "SELECT count(*) FROM voucher_uses") == [(0,)]


def test_an_item_scanned_on_the_returns_find_page_finds_its_sale(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1

    def find(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        active(qtbot, dialog)
        scanner(qtbot, dialog, till.shop.codes[5])
        assert dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE, dialog.message.text()
        assert dialog.completed is None
        dialog.reject()
        dialog.reject()

    when_dialog_opens(find)
    click(qtbot, till.window.till.return_button)
    assert rows(till, "SELECT kind FROM sales") == [("sale",)]


def test_a_code_next_to_a_real_voucher_is_refused_calmly_and_pays_nothing(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    sell_by_card(qtbot, till, till.shop.codes[5])  # 100,00: receipt 1
    seen: dict[str, object] = {}
    return_to_voucher(qtbot, till, "1", seen)
    code = voucher_code(seen)
    number = int(code[3:18])
    neighbours = [new_voucher_code(lambda n, m=m: m % n) for m in (number - 1, number + 1)]
    wrong_check = code[:18] + str((int(code[18]) + 1) % 10)
    scan(qtbot, till, till.shop.codes[0])

    def try_them(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        active(qtbot, dialog)
        answers = set()
        for guess in [*neighbours, wrong_check]:
            scan_voucher(qtbot, dialog, guess)
            assert not dialog.voucher_pay_button.isEnabled()
            assert dialog.voucher_balance_label.text() == ""
            answers.add(dialog.message.text())
        # Every wrong try gets the same calm sentence: nothing tells a near miss from a far one.
        assert len(answers) == 1 and any(w in answers.pop() for w in ("not known", "ukjent"))
        assert dialog.controller.cart.payments == []
        dialog.reject()

    when_dialog_opens(try_them)
    click(qtbot, till.window.till.pay_button)
    assert rows(till, "SELECT COUNT(*) FROM voucher_uses") == [(0,)]
