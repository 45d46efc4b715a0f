"""A whole business day through the till's screens (issue 5, item 9), every Z figure checked.

Open with a float counted by tapping, sell for cash, card and Vipps, take a
book back from a Vipps sale as store credit (the cashier's return approved
with the leader's PIN), let that voucher pay part of a later sale with the
rest in cash, pay out for milk, switch to the shop leader, count the drawer,
reconcile the card terminal and Vipps, and take the Z. Then each figure of
the Z — on screen, on paper, in the PDF and as stored — is checked against
what the test sold and gave back.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import is_voucher_code
from bruktpos.domain.vat import vat_of
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import PriceDialog
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
from .test_day import close_screen_count, leader_approves, pdf_text, take_z, tap_keys

FLOAT = {20000: 2, 10000: 4, 5000: 4, 2000: 5, 1000: 5, 500: 6, 100: 10}  # kr 1 190


@dataclass
class Line:
    category: str
    amount: int  # øre, VAT included
    rate: int  # basis points


@dataclass
class Receipt:
    """A sales receipt or a return receipt, as the test made it."""

    lines: list[Line]  # a return's lines as they were sold (positive amounts)
    payments: dict[str, int]  # method → øre taken in; a return's refunds as negative amounts
    is_return: bool = False

    @property
    def sign(self) -> int:
        return -1 if self.is_return else 1


@dataclass
class Day:
    """What the test sold and gave back, kept by the test itself to check the Z against."""

    sales: list[Receipt] = field(default_factory=list)
    returns: list[Receipt] = field(default_factory=list)
    vouchers: dict[str, int] = field(default_factory=dict)  # code → what is left on it
    pay_outs: list[int] = field(default_factory=list)

    def sold(self, lines: list[Line], **paid: int) -> None:
        """A sale: ``paid`` is method → øre taken (cash as it stayed in the drawer)."""
        self.sales.append(Receipt(lines, paid))

    def returned(self, lines: list[Line], **refunded: int) -> None:
        """A return: ``refunded`` is method → øre given back (positive)."""
        self.returns.append(Receipt(lines, {m: -a for m, a in refunded.items()}, is_return=True))

    @property
    def receipts(self) -> list[Receipt]:
        return self.sales + self.returns

    @property
    def gross(self) -> int:
        return sum(line.amount for r in self.sales for line in r.lines)

    @property
    def returned_amount(self) -> int:
        return sum(line.amount for r in self.returns for line in r.lines)

    @property
    def net(self) -> int:
        return self.gross - self.returned_amount

    def by_payment(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for receipt in self.receipts:
            for method, amount in receipt.payments.items():
                out[method] = out.get(method, 0) + amount
        return out

    def by_category(self) -> dict[str, tuple[int, int]]:
        # Pieces and amounts net of returns (every line here is one piece).
        out: dict[str, tuple[int, int]] = {}
        for receipt in self.receipts:
            for line in receipt.lines:
                count, amount = out.get(line.category, (0, 0))
                out[line.category] = (count + receipt.sign, amount + receipt.sign * line.amount)
        return out

    def by_vat(self) -> dict[int, tuple[int, int]]:
        # VAT per receipt and rate, as the receipts (and return receipts) showed it.
        out: dict[int, tuple[int, int]] = {}
        for receipt in self.receipts:
            per_rate: dict[int, int] = {}
            for line in receipt.lines:
                per_rate[line.rate] = per_rate.get(line.rate, 0) + receipt.sign * line.amount
            for rate, gross in per_rate.items():
                total, vat = out.get(rate, (0, 0))
                out[rate] = (total + gross, vat + vat_of(gross, rate))
        return out


def pay(qtbot, till: Till, method: PaymentMethod, *, note: int | None = None) -> None:
    """Tap Pay and pay the whole sale: cash exact or with a note, card or Vipps approved."""

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        if method is PaymentMethod.CASH:
            if note is None:
                click(qtbot, dialog.exact_button)
            else:
                quick = dialog.cash_input.quick_buttons
                button = next(b for b in quick if b.text() == f"kr\u00a0{note // 100}")
                click(qtbot, button)
        else:
            click(qtbot, dialog.method_buttons[method])
            click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(handle)
    click(qtbot, till.window.till.pay_button)
    assert till.window.till.model.rowCount() == 0, till.window.till.message.text()


def open_the_day(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN, lands_on=window.day_screens.gate)
    click(qtbot, window.day_screens.gate.open_button)
    close_screen_count(qtbot, window.day_screens.open_screen, FLOAT)
    assert window.day_screens.open_screen.counter.total == 119000
    click(qtbot, window.day_screens.open_screen.open_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till, timeout=5000)


def sell_the_day(qtbot, till: Till, day: Day) -> None:
    shop, screen = till.shop, till.window.till
    catalogue = screen.findChild(QWidget, "catalogue")

    scan(qtbot, till, shop.codes[0])  # Bøker 49,50
    catalogue.setCurrentIndex(1)
    click(qtbot, screen.product_buttons[shop.coffee])  # Kaffe 20,00
    pay(qtbot, till, PaymentMethod.CASH)  # 69,50 → kr 70 in cash
    day.sold([Line("Bøker", 4950, 2500), Line("Kafé", 2000, 1500)], cash=7000)

    scan(qtbot, till, shop.codes[5])  # Klær dame 100,00
    pay(qtbot, till, PaymentMethod.CARD)
    day.sold([Line("Klær dame", 10000, 2500)], card=10000)

    scan(qtbot, till, shop.codes[1])  # Bøker 49,50
    click(qtbot, screen.product_buttons[shop.waffle])  # Vaffel 25,00
    pay(qtbot, till, PaymentMethod.VIPPS)  # receipt 3
    day.sold([Line("Bøker", 4950, 2500), Line("Kafé", 2500, 1500)], vipps=7450)

    def price_35(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        tap_keys(qtbot, dialog.input.keypad, "35")
        click(qtbot, dialog.input.ok_button)

    catalogue.setCurrentIndex(0)
    when_dialog_opens(price_35)
    click(qtbot, screen.category_buttons[shop.clothes])
    pay(qtbot, till, PaymentMethod.CASH, note=50000)  # a 500 note, kr 465 back
    day.sold([Line("Klær dame", 3500, 2500)], cash=3500)


def returns_and_store_credit(qtbot, till: Till, day: Day) -> None:
    """The book from receipt 3 (paid by Vipps) comes back as a voucher; the voucher pays part of a sale."""
    screen = till.window.till
    seen: dict[str, object] = {}

    def take_the_book_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        find_receipt(qtbot, dialog, "3")
        assert dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE, dialog.message.text()
        original = dialog.original
        assert original is not None and original.total == 7450
        assert [line.total for line in original.lines] == [4950, 2500]  # the book, the waffle
        tap_row(qtbot, dialog, 0)  # only the book comes back
        assert dialog.chosen() == {original.lines[0].line_id: 1}
        assert "49,50" in dialog.total_label.text()
        approve_as_leader(qtbot, till)  # Ola is a cashier: a leader approves with a PIN
        click(qtbot, dialog.voucher_button)
        assert dialog.pages.currentIndex() == ReturnDialog.DONE_PAGE, dialog.message.text()
        seen["done"] = dialog.completed
        click(qtbot, dialog.done_button)

    when_dialog_opens(take_the_book_back)
    with qtbot.waitSignal(till.desk.voucher_printed, timeout=5000):
        click(qtbot, screen.return_button)
    done = seen["done"]
    assert done is not None and done.voucher is not None
    assert (done.total, done.rounding) == (-4950, 0)
    assert [(str(method), amount) for method, amount in done.refunds] == [("voucher", 4950)]
    code = done.voucher.code
    assert is_voucher_code(code) and done.voucher.amount == 4950
    day.returned([Line("Bøker", 4950, 2500)], voucher=4950)
    day.vouchers[code] = 4950

    # Clothes for 100 kr: kr 30 of it from the voucher, the rest in cash.
    scan(qtbot, till, till.shop.codes[6])

    def voucher_then_cash(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        scan_voucher(qtbot, dialog, code)
        assert "49,50" in dialog.voucher_balance_label.text()
        assert dialog.voucher_input.amount() == 4950  # all of it, unless told otherwise
        click(qtbot, dialog.voucher_input.keypad.buttons["clear"])
        tap_keys(qtbot, dialog.voucher_input.keypad, "30")
        click(qtbot, dialog.voucher_pay_button)
        assert dialog.completed is None and dialog.controller.cart.remaining == 7000
        click(qtbot, dialog.exact_button)  # kr 70 in cash
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)  # saved on the writer
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(voucher_then_cash)
    click(qtbot, screen.pay_button)
    assert screen.model.rowCount() == 0, screen.message.text()
    day.sold([Line("Klær dame", 10000, 2500)], voucher=3000, cash=7000)
    day.vouchers[code] -= 3000

    left = rows(
        till,
        "SELECT v.amount - coalesce(sum(u.amount), 0) FROM vouchers v "
        f"LEFT JOIN voucher_uses u ON u.voucher_id = v.id WHERE v.code = '{code}' GROUP BY v.id",
    )
    assert left == [(day.vouchers[code],)] == [(1950,)]


def pay_out_for_milk(qtbot, till: Till, day: Day) -> None:
    def pay_out(dialog: QWidget) -> None:
        tap_keys(qtbot, dialog.input.keypad, "45")
        click(qtbot, next(b for b in dialog.reason_buttons if b.text() == "Milk for the café"))
        when_dialog_opens(lambda leader: leader_approves(qtbot, leader, till.shop.leader.id))
        click(qtbot, dialog.ok_button)

    when_dialog_opens(pay_out)
    till.window.cash_action.trigger()
    day.pay_outs.append(4500)


def close_the_day(qtbot, till: Till, day: Day):
    window = till.window
    click(qtbot, window.switch_button)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.close_day_action.trigger()
    screen = window.day_screens.close_screen
    counted = {**FLOAT, 10000: FLOAT[10000] + 1, 2000: FLOAT[2000] + 1, 1000: FLOAT[1000] + 1}
    close_screen_count(qtbot, screen, counted)  # kr 1 320
    click(qtbot, screen.next_button)
    click(qtbot, screen.next_button)
    payments = day.by_payment()
    tap_keys(qtbot, screen.terminal_input.keypad, str(payments["card"] // 100))
    click(qtbot, screen.entry_buttons["vipps"])
    tap_keys(qtbot, screen.terminal_input.keypad, "74,5")
    assert "They agree." in screen.entry_notes["card"].text()
    assert "They agree." in screen.entry_notes["vipps"].text()
    click(qtbot, screen.next_button)
    with qtbot.waitSignal(till.desk.report_printed, timeout=5000):
        take_z(qtbot, screen)
    return screen


def test_a_whole_day_through_the_till(qtbot, closed_till: Till) -> None:
    till, day = closed_till, Day()
    open_the_day(qtbot, till)
    sell_the_day(qtbot, till, day)
    returns_and_store_credit(qtbot, till, day)
    pay_out_for_milk(qtbot, till, day)
    screen = close_the_day(qtbot, till, day)

    z = screen.result.report.to_json()
    payments = day.by_payment()
    assert payments == {"cash": 17500, "card": 10000, "vipps": 7450, "voucher": -1950}
    # The store-credit return took no cash out of the drawer; the voucher's kr 30 did not come in.
    cash_in_drawer = 119000 + payments["cash"] - sum(day.pay_outs)
    assert cash_in_drawer == 132000
    assert z["z_number"] == 1 and z["date"] == "2026-11-12"
    assert z["receipts"] == len(day.sales) == 5
    assert z["gross_sales"] == day.gross == 37900
    assert (z["returns"], z["returns_count"]) == (day.returned_amount, len(day.returns)) == (4950, 1)
    assert z["net_sales"] == z["gross_sales"] - z["returns"] == day.net == 32950
    # By payment, net of refunds: the voucher given on the return (−49,50) and the voucher that
    # paid part of the last sale (+30,00) together; cash, card and Vipps untouched by the return.
    assert z["by_payment"] == payments
    assert z["rounding"] == 50  # receipt 1: 69,50 paid with kr 70
    assert sum(z["by_payment"].values()) == z["net_sales"] + z["rounding"]
    assert {c["category"]: (c["count"], c["amount"]) for c in z["by_category"]} == day.by_category()
    assert day.by_category() == {"Bøker": (1, 4950), "Kafé": (2, 4500), "Klær dame": (3, 23500)}
    assert (z["shop_sales"], z["cafe_sales"]) == (28450, 4500)
    assert {v["rate"]: (v["gross"], v["vat"]) for v in z["by_vat"]} == day.by_vat()
    assert day.by_vat() == {2500: (28450, 5690), 1500: (4500, 587)}
    assert sum(v["gross"] for v in z["by_vat"]) == z["net_sales"]
    assert z["vat_total"] == sum(v["vat"] for v in z["by_vat"])
    [ola] = z["by_operator"]
    assert ola["name"] == "Ola"  # the cashier took the return; the leader only approved it
    assert (ola["receipts"], ola["returns_count"], ola["amount"]) == (5, 1, day.net)
    assert ola["by_payment"] == payments
    # Store credit apart as well: one voucher given out (49,50), one use of it (30,00).
    assert (z["vouchers_issued_count"], z["vouchers_issued"]) == (1, 4950)
    assert (z["vouchers_redeemed_count"], z["vouchers_redeemed"]) == (1, 3000)
    assert z["vouchers_redeemed"] - z["vouchers_issued"] == payments["voucher"]
    assert z["discounts"] == 0 and z["copies"] == 0 and z["no_sale_openings"] == 0
    assert z["float"] == 119000
    assert (z["cash_sales"], z["cash_refunds"]) == (payments["cash"], 0)
    assert (z["cash_in"], z["cash_out"], z["deposits"]) == (0, 4500, 0)
    assert [(m["kind"], m["amount"], m["reason"]) for m in z["movements"]] == [
        ("pay_out", 4500, "Milk for the café")
    ]
    assert z["expected_cash"] == cash_in_drawer
    assert (z["counted_cash"], z["difference"]) == (132000, 0)
    assert (z["card_batch_total"], z["card_difference"]) == (payments["card"], 0)
    assert (z["vipps_settlement"], z["vipps_difference"]) == (payments["vipps"], 0)
    assert (z["grand_total_sales"], z["grand_total_returns"], z["grand_total_net"]) == (
        day.gross,
        day.returned_amount,
        day.net,
    )

    # As stored (and journalled) — the same report.
    with sqlite3.connect(till.shop.path) as conn:
        stored = json.loads(conn.execute("SELECT report FROM z_reports").fetchone()[0])
    assert stored == z

    # On paper and in the PDF.
    printed = till.printer.output.decode("cp865")
    printed = printed[printed.index("Z-rapport") :]  # not the receipts, the return and the voucher
    qtbot.waitUntil(lambda: screen.pdf_path is not None, timeout=10_000)  # written in the background
    text = pdf_text(screen.pdf_path)
    for part in (
        "Z-rapport nr. 1",
        "kr 379,00",  # gross sales
        "kr 49,50",  # returns
        "kr 329,50",  # net sales
        "kr 175,00",  # cash
        "kr 74,50",  # Vipps
        "Tilgodelapp",
        "kr -19,50",  # vouchers, net
        "Tilgodelapper gitt ut",
        "kr 30,00",  # vouchers taken in
        "kr 1 190,00",  # float
        "kr 1 320,00",  # expected and counted
        "Milk for the café",
        "Ola",
    ):
        assert part in printed, part
        assert part in text, part
    # Expected, the one (first) count, and counted.
    assert screen.z_table.texts().count("kr 1 320,00") == 3
    assert any(t.endswith("Første opptelling, Kari") for t in screen.z_table.texts())
