"""From the back room to the till, as a person does it: price, label, scan, sell."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from bruktpos.devices.labels import LAYOUTS
from bruktpos.domain.cart import PaymentMethod
from tests.integration.conftest import LEADER_PIN
from tests.integration.test_labels import decode_sheet

from .conftest import Till, click, log_in, scan, when_dialog_opens


def test_a_priced_and_labelled_item_is_scanned_and_sold(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.pricing_action.trigger()
    pricing = window.pricing
    assert window.stack.currentWidget() is pricing

    click(qtbot, pricing.category_buttons[till.shop.clothes])
    suggestion = next(b for b in pricing.suggestion_buttons if b.text() == "kr\u00a060")
    click(qtbot, suggestion)
    click(qtbot, pricing.print_button)
    qtbot.waitUntil(lambda: not pricing.writing_labels, timeout=10_000)
    assert pricing.last_pdf is not None and pricing.last_pdf.exists()
    _, decoded = decode_sheet(pricing.last_pdf.read_bytes(), LAYOUTS[pricing.layout_name()])
    (code,) = [d.code for d in decoded]

    click(qtbot, pricing.close_button)
    assert window.stack.currentWidget() is window.till
    scan(qtbot, till, code)
    assert window.till.model.rowCount() == 1
    assert window.controller.cart.total == 6000

    def pay_by_card(dialog: QWidget) -> None:
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_by_card)
    click(qtbot, window.till.pay_button)
    with sqlite3.connect(till.shop.path) as conn:
        assert conn.execute("SELECT status FROM items WHERE code = ?", (code,)).fetchone() == ("sold",)


def test_with_a_label_printer_the_pricing_screen_prints_there(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.context.settings.set(
        "label_printer", {"kind": "network", "host": "192.0.2.20"}, by=till.shop.leader
    )
    window.pricing_action.trigger()
    pricing = window.pricing
    click(qtbot, pricing.category_buttons[till.shop.books])
    click(qtbot, pricing.suggestion_buttons[0])
    with qtbot.waitSignal(till.desk.labels_printed, timeout=5000):
        click(qtbot, pricing.print_button)
    assert pricing.last_pdf is None  # no sheet: the label printer took it
    assert b"\x1dv0" in till.printer.output
