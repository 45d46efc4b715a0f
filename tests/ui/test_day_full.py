"""A whole business day through the till's screens (issue 5, item 9), every Z figure checked.

Open with a float counted by tapping, sell for cash, card and Vipps, pay out
for milk, switch to the shop leader, count the drawer, reconcile the card
terminal and Vipps, and take the Z. Then each figure of the Z — on screen, on
paper, in the PDF and as stored — is checked against what was sold.

The returns and store-credit part of item 9 (a return as a voucher, the
voucher redeemed) belongs between the sales and the pay-out: see
``returns_and_store_credit`` below, and add its figures to ``Day``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.vat import vat_of
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import PriceDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, when_dialog_opens
from .test_day import close_screen_count, leader_approves, pdf_text, take_z, tap_keys

FLOAT = {20000: 2, 10000: 4, 5000: 4, 2000: 5, 1000: 5, 500: 6, 100: 10}  # kr 1 190


@dataclass
class Line:
    category: str
    amount: int  # øre, VAT included
    rate: int  # basis points


@dataclass
class Day:
    """What the test sold, kept by the test itself to check the Z against."""

    receipts: list[tuple[list[Line], str, int]] = field(default_factory=list)  # lines, method, paid
    pay_outs: list[int] = field(default_factory=list)

    def sold(self, lines: list[Line], method: str, paid: int) -> None:
        self.receipts.append((lines, method, paid))

    @property
    def gross(self) -> int:
        return sum(line.amount for lines, _m, _p in self.receipts for line in lines)

    def by_payment(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _lines, method, paid in self.receipts:
            out[method] = out.get(method, 0) + paid
        return out

    def by_category(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for lines, _m, _p in self.receipts:
            for line in lines:
                count, amount = out.get(line.category, (0, 0))
                out[line.category] = (count + 1, amount + line.amount)
        return out

    def by_vat(self) -> dict[int, tuple[int, int]]:
        # VAT per receipt and rate, as the receipts showed it.
        out: dict[int, tuple[int, int]] = {}
        for lines, _m, _p in self.receipts:
            per_rate: dict[int, int] = {}
            for line in lines:
                per_rate[line.rate] = per_rate.get(line.rate, 0) + line.amount
            for rate, gross in per_rate.items():
                total, vat = out.get(rate, (0, 0))
                out[rate] = (total + gross, vat + vat_of(gross, rate))
        return out


def scan(qtbot, till: Till, code: str) -> None:
    target = till.window.till.table
    target.setFocus()
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


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
        click(qtbot, dialog.no_receipt_button)

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
    assert window.stack.currentWidget() is window.till


def sell_the_day(qtbot, till: Till, day: Day) -> None:
    shop, screen = till.shop, till.window.till
    catalogue = screen.findChild(QWidget, "catalogue")

    scan(qtbot, till, shop.codes[0])  # Bøker 49,50
    catalogue.setCurrentIndex(1)
    click(qtbot, screen.product_buttons[shop.coffee])  # Kaffe 20,00
    pay(qtbot, till, PaymentMethod.CASH)  # 69,50 → kr 70 in cash
    day.sold([Line("Bøker", 4950, 2500), Line("Kafé", 2000, 1500)], "cash", 7000)

    scan(qtbot, till, shop.codes[5])  # Klær dame 100,00
    pay(qtbot, till, PaymentMethod.CARD)
    day.sold([Line("Klær dame", 10000, 2500)], "card", 10000)

    scan(qtbot, till, shop.codes[1])  # Bøker 49,50
    click(qtbot, screen.product_buttons[shop.waffle])  # Vaffel 25,00
    pay(qtbot, till, PaymentMethod.VIPPS)
    day.sold([Line("Bøker", 4950, 2500), Line("Kafé", 2500, 1500)], "vipps", 7450)

    def price_35(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        tap_keys(qtbot, dialog.input.keypad, "35")
        click(qtbot, dialog.input.ok_button)

    catalogue.setCurrentIndex(0)
    when_dialog_opens(price_35)
    click(qtbot, screen.category_buttons[shop.clothes])
    pay(qtbot, till, PaymentMethod.CASH, note=50000)  # a 500 note, kr 465 back
    day.sold([Line("Klær dame", 3500, 2500)], "cash", 3500)


def returns_and_store_credit(qtbot, till: Till, day: Day) -> None:
    """A return as store credit and the voucher redeemed: added by the returns work (issue 5 item 3)."""


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
    close_screen_count(qtbot, screen, {**FLOAT, 5000: FLOAT[5000] + 1, 1000: FLOAT[1000] + 1})  # kr 1 250
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
    cash_in_drawer = 119000 + payments["cash"] - sum(day.pay_outs)
    assert cash_in_drawer == 125000
    assert z["z_number"] == 1 and z["date"] == "2026-11-12"
    assert z["receipts"] == len(day.receipts) == 4
    assert z["gross_sales"] == day.gross == 27900
    assert z["returns"] == 0 and z["returns_count"] == 0
    assert z["net_sales"] == day.gross
    assert z["by_payment"] == payments
    assert sum(z["by_payment"].values()) == z["net_sales"] + z["rounding"]  # 50 øre of cash rounding
    assert {c["category"]: (c["count"], c["amount"]) for c in z["by_category"]} == day.by_category()
    assert {v["rate"]: (v["gross"], v["vat"]) for v in z["by_vat"]} == day.by_vat()
    [ola] = z["by_operator"]
    assert ola["name"] == "Ola" and ola["receipts"] == 4 and ola["by_payment"] == payments
    assert z["discounts"] == 0 and z["copies"] == 0 and z["no_sale_openings"] == 0
    assert z["float"] == 119000
    assert (z["cash_in"], z["cash_out"], z["deposits"]) == (0, 4500, 0)
    assert [(m["kind"], m["amount"], m["reason"]) for m in z["movements"]] == [
        ("pay_out", 4500, "Milk for the café")
    ]
    assert z["expected_cash"] == cash_in_drawer
    assert (z["counted_cash"], z["difference"]) == (125000, 0)
    assert (z["card_batch_total"], z["card_difference"]) == (payments["card"], 0)
    assert (z["vipps_settlement"], z["vipps_difference"]) == (payments["vipps"], 0)
    assert (z["grand_total_sales"], z["grand_total_returns"], z["grand_total_net"]) == (27900, 0, 27900)

    # As stored (and journalled) — the same report.
    with sqlite3.connect(till.shop.path) as conn:
        stored = json.loads(conn.execute("SELECT report FROM z_reports").fetchone()[0])
    assert stored == z

    # On paper and in the PDF.
    printed = till.printer.output.decode("cp865")
    text = pdf_text(screen.pdf_path)
    for part in (
        "Z-rapport nr. 1",
        "kr 279,00",  # net sales
        "kr 105,00",  # cash
        "kr 74,50",  # Vipps
        "kr 1 190,00",  # float
        "kr 1 250,00",  # expected and counted
        "Milk for the café",
        "Ola",
    ):
        assert part in printed, part
        assert part in text, part
    assert screen.z_table.texts().count("kr 1 250,00") == 2
