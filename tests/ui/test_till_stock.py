"""Café and new goods at the till: the stock count on the buttons, and a calm note at zero."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.till.screen import TillScreen
from bruktpos.ui.till.tiles import DANGER_RED
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in, rows, scan, when_dialog_opens


def _set_stock(till: Till, count: int) -> None:
    with sqlite3.connect(till.shop.path) as conn:
        conn.execute("UPDATE products SET stock = ? WHERE id = ?", (count, till.shop.waffle))


def _cafe(qtbot, till: Till) -> TillScreen:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    screen = till.window.till
    screen.findChild(QWidget, "catalogue").setCurrentIndex(1)
    return screen


def _pay_by_card(qtbot, till: Till) -> None:
    def by_card(dialog: QWidget) -> None:
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(by_card)
    click(qtbot, till.window.till.pay_button)
    assert till.window.till.model.rowCount() == 0, "the sale did not complete"


def test_the_button_shows_the_count_and_it_goes_down_after_a_sale(qtbot, till: Till) -> None:
    screen = _cafe(qtbot, till)
    waffle = screen.product_buttons[till.shop.waffle]
    coffee = screen.product_buttons[till.shop.coffee]
    assert waffle.count_label.isVisible() and waffle.count_label.text() == "10 left"
    assert not coffee.count_label.isVisible()  # coffee keeps no count
    assert waffle.height() == coffee.height()  # the grid stays even
    assert "10 left" in waffle.accessibleName()

    click(qtbot, waffle)
    click(qtbot, waffle)
    click(qtbot, coffee)
    assert screen.message.text() == ""  # plenty left: nothing to say
    assert waffle.count_label.text() == "10 left"  # the count is the shop's, not the cart's
    _pay_by_card(qtbot, till)
    assert waffle.count_label.text() == "8 left"
    assert not waffle.below_zero
    assert rows(till, f"SELECT stock FROM products WHERE id = {till.shop.waffle}") == [(8,)]


def test_selling_below_zero_is_allowed_with_a_note_and_shown_in_red(qtbot, till: Till) -> None:
    _set_stock(till, 1)
    screen = _cafe(qtbot, till)  # the till reads the counts when it is shown
    waffle = screen.product_buttons[till.shop.waffle]
    assert waffle.count_label.text() == "1 left"
    click(qtbot, waffle)
    click(qtbot, waffle)
    assert screen.message.text() == ""  # the count said 1 when they were tapped
    _pay_by_card(qtbot, till)
    assert waffle.count_label.text() == "−1 left"
    assert waffle.below_zero and DANGER_RED in waffle.count_label.styleSheet()

    click(qtbot, waffle)  # not blocked: the line is there
    assert screen.model.rowCount() == 1
    assert screen.message.isVisible() and screen.message.property("level") == "info"
    assert screen.message.text() == (
        "Vaffel: the stock count shows −1. The sale goes ahead; tell a shop leader."
    )
    _pay_by_card(qtbot, till)
    assert waffle.count_label.text() == "−2 left"


def test_zero_left_is_red_and_a_delivery_shows_when_back_at_the_till(qtbot, till: Till) -> None:
    _set_stock(till, 0)
    screen = _cafe(qtbot, till)
    waffle = screen.product_buttons[till.shop.waffle]
    assert waffle.count_label.text() == "0 left" and waffle.below_zero
    click(qtbot, waffle)
    assert screen.message.text().startswith("Vaffel: the stock count shows 0.")
    screen.controller.clear_cart()

    window = till.window
    window.stock_action.trigger()
    window.stock.choose(till.shop.waffle)
    for key in "12":
        click(qtbot, window.stock.keypad.buttons[key])
    click(qtbot, window.stock.receive_button)
    window.show_till()
    assert waffle.count_label.text() == "12 left"
    assert not waffle.below_zero and DANGER_RED not in waffle.count_label.styleSheet()


def test_a_training_sale_leaves_the_count_alone(qtbot, till: Till) -> None:
    screen = _cafe(qtbot, till)
    till.window.controller.training = True
    waffle = screen.product_buttons[till.shop.waffle]
    click(qtbot, waffle)
    _pay_by_card(qtbot, till)
    assert waffle.count_label.text() == "10 left"


def test_a_scanned_product_at_zero_gets_the_note_too(qtbot, till: Till) -> None:
    with sqlite3.connect(till.shop.path) as conn:
        conn.execute(
            "UPDATE products SET stock = -4, barcode = '7311041013663' WHERE id = ?", (till.shop.waffle,)
        )
    screen = _cafe(qtbot, till)
    scan(qtbot, till, "7311041013663")
    assert screen.model.rowCount() == 1
    assert screen.message.text().startswith("Vaffel: the stock count shows −4.")
