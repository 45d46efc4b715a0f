"""Café and new goods: the stock list (red below zero) and goods received on the keypad."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from bruktpos.ui.inventory.stock import BELOW_ZERO, StockTableModel
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in

LEFT = Qt.MouseButton.LeftButton


def _sold_below_zero(till: Till) -> None:
    # Thirteen waffles sold with ten counted in (the sale itself is proven in
    # tests/integration/test_intake.py; here only the count matters).
    with sqlite3.connect(till.shop.path) as conn:
        conn.execute("UPDATE products SET stock = -3 WHERE id = ?", (till.shop.waffle,))


def _stock_cell(screen, row: int) -> tuple[str, object]:
    index = screen.model.index(row, StockTableModel.STOCK)
    return index.data(), index.data(Qt.ItemDataRole.ForegroundRole)


def test_a_volunteer_counts_a_delivery_in_and_below_zero_shows_red(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    window.stock_action.trigger()
    screen = window.stock
    assert window.stack.currentWidget() is screen
    assert [row.name for row in screen.model.rows] == ["Vaffel"]  # coffee keeps no count
    assert _stock_cell(screen, 0) == ("10 in stock", None)
    assert not screen.receive_button.isEnabled()  # nothing chosen, nothing typed

    # The till sells below zero; the list says so in red.
    _sold_below_zero(till)
    window.show_till()
    window.stock_action.trigger()
    text, brush = _stock_cell(screen, 0)
    assert text == "−3 in stock"
    assert isinstance(brush, QBrush) and brush.color() == BELOW_ZERO

    table = screen.table
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualRect(screen.model.index(0, 0)).center())
    assert screen.product_label.text() == "Vaffel: −3 in stock"
    for key in "240":
        click(qtbot, screen.keypad.buttons[key])
    click(qtbot, screen.keypad.buttons["back"])
    assert screen.quantity_display.text() == "24"
    assert screen.receive_button.text() == "Add 24 × Vaffel to the stock"
    click(qtbot, screen.receive_button)

    assert screen.message.text() == "24 × Vaffel counted in. Now 21 in stock."
    assert _stock_cell(screen, 0) == ("21 in stock", None)
    assert screen.quantity_display.text() == "0" and not screen.receive_button.isEnabled()
    with sqlite3.connect(till.shop.path) as conn:
        assert conn.execute("SELECT stock FROM products WHERE id = ?", (till.shop.waffle,)).fetchone() == (
            21,
        )
        (user_id,) = conn.execute("SELECT user_id FROM journal WHERE event = 'goods_received'").fetchone()
    assert user_id == till.shop.cashier.id


def test_a_zero_or_no_product_is_refused_calmly(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    window.stock_action.trigger()
    screen = window.stock
    click(qtbot, screen.keypad.buttons["0"])  # a leading zero is not a number
    assert screen.quantity() is None
    screen.receive()  # as Enter would: nothing chosen
    assert screen.message.property("level") == "error"
    assert screen.message.text() == "Tap the product that came in first."
    screen.choose(till.shop.waffle)
    screen.receive()
    assert screen.message.text() == "Type how many came in on the keypad."
    for _ in range(8):
        click(qtbot, screen.keypad.buttons["9"])
    assert screen.quantity() == 99_999  # five digits at most
    with sqlite3.connect(till.shop.path) as conn:
        assert conn.execute("SELECT count(*) FROM journal WHERE event = 'goods_received'").fetchone() == (0,)
