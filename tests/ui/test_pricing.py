"""The back room as a volunteer uses it: register a bag, price things, print labels, sell them."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from bruktpos.devices.labels import LAYOUTS
from bruktpos.domain.errors import InvalidPrice
from bruktpos.domain.price_tags import parse_price_tag_code
from bruktpos.services.intake import IntakeService
from bruktpos.services.shop import till_catalogue
from bruktpos.ui.intake import pricing as pricing_module
from bruktpos.ui.intake.donation import DonationDialog, parse_kilos
from bruktpos.ui.intake.pricing import PricingScreen
from bruktpos.ui.messages import describe
from tests.conftest import FakeClock
from tests.integration.conftest import Shop, make_shop
from tests.integration.test_labels import decode_sheet

from .conftest import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
NBSP = "\u00a0"


@dataclass
class Room:
    shop: Shop
    screen: PricingScreen


@pytest.fixture
def room(qtbot, tmp_path: Path) -> Iterator[Room]:
    clock = FakeClock()
    shop = make_shop(tmp_path / "s.sqlite3", clock)
    screen = PricingScreen(
        IntakeService(shop.db, clock=FakeClock()), till_catalogue(shop.db), shop.db, "Testbutikken"
    )
    screen.set_operator(shop.cashier)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    yield Room(shop, screen)
    shop.close()


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)
    screen = button.parentWidget()
    while screen is not None and not isinstance(screen, PricingScreen):
        screen = screen.parentWidget()
    if screen is not None:  # a label sheet is written in the background: wait for it
        qtbot.waitUntil(lambda: not screen.writing_labels, timeout=10_000)


def type_price(qtbot, screen: PricingScreen, digits: str) -> None:
    click(qtbot, screen.price_input.keypad.buttons["clear"])
    for key in digits:
        click(qtbot, screen.price_input.keypad.buttons[key])


def suggestion(screen: PricingScreen, text: str) -> QPushButton:
    return next(b for b in screen.suggestion_buttons if b.text() == text)


def rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute(sql).fetchall()


def in_stock(shop: Shop) -> set[str]:
    return {code for (code,) in rows(shop, "SELECT code FROM items WHERE status = 'in_stock'")}


def printed_codes(screen: PricingScreen) -> list[str]:
    assert screen.last_pdf is not None and screen.last_pdf.exists()
    _pages, found = decode_sheet(screen.last_pdf.read_bytes(), LAYOUTS[screen.layout_name()])
    return [d.code for d in sorted(found, key=lambda d: (d.page, d.position))]


def test_three_identical_things_get_three_labels(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop
    before = in_stock(shop)
    assert all(b.minimumHeight() >= 48 for b in screen.category_buttons.values())

    click(qtbot, screen.category_buttons[shop.books])
    assert screen.category_label.text() == "Bøker"
    assert screen.suggestion_buttons[0].text() == f"kr{NBSP}20"  # the default comes first
    click(qtbot, suggestion(screen, f"kr{NBSP}20"))
    screen.description.setText("Pocketbok")
    click(qtbot, screen.plus_button)
    click(qtbot, screen.plus_button)
    assert screen.count.value() == 3
    click(qtbot, screen.print_button)

    new = in_stock(shop) - before
    assert len(new) == 3
    assert rows(
        shop, f"SELECT DISTINCT price, description FROM items WHERE code IN ({','.join(map(repr, new))})"
    ) == [(2000, "Pocketbok")]
    assert [label.code for label in screen.labels] == sorted(new)
    assert screen.made.rowCount() == 3
    assert screen.made.item(0, 1).text() == "Bøker: Pocketbok"
    assert screen.last_pdf is not None and screen.last_pdf.parent == shop.path.parent / "labels"
    assert printed_codes(screen) == sorted(new)
    assert str(screen.last_pdf) in screen.message.text()
    assert screen.start.value() == 4  # the next print goes on where this sheet ended
    # Ready for the next item in the same category.
    assert screen.count.value() == 1 and screen.price_input.amount() is None


def test_a_half_used_sheet_and_the_small_layout(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop
    screen.layout_choice.setCurrentIndex(screen.layout_choice.findData("a4-4x10"))
    assert screen.start.maximum() == 40
    screen.start.setValue(39)
    click(qtbot, screen.category_buttons[shop.clothes])
    click(qtbot, screen.plus_button)
    click(qtbot, screen.plus_button)
    click(qtbot, screen.print_button)
    _pages, found = decode_sheet(screen.last_pdf.read_bytes(), LAYOUTS["a4-4x10"])
    assert [(d.page, d.position) for d in sorted(found, key=lambda d: (d.page, d.position))] == [
        (0, 39),
        (0, 40),
        (1, 1),
    ]


def test_one_price_tag_makes_no_items(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop
    before = in_stock(shop)
    click(qtbot, screen.category_buttons[shop.books])
    click(qtbot, screen.tag_button)
    assert not screen.count.isEnabled()
    type_price(qtbot, screen, "15")
    click(qtbot, screen.print_button)

    assert in_stock(shop) == before
    assert len(screen.labels) == 1
    code = screen.labels[0].code
    assert parse_price_tag_code(code) == (shop.books, 1500)
    assert printed_codes(screen) == [code]


def test_a_price_of_zero_is_refused_and_nothing_is_written(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop
    before = in_stock(shop)
    click(qtbot, screen.category_buttons[shop.clothes])
    type_price(qtbot, screen, "0")
    click(qtbot, screen.print_button)

    assert screen.message.isVisible()
    assert screen.message.text() == describe(InvalidPrice(0, 0))
    assert in_stock(shop) == before
    assert screen.labels == [] and screen.last_pdf is None
    assert not (shop.path.parent / "labels").exists()

    # Nothing typed at all: asked for a price, still nothing written.
    click(qtbot, screen.price_input.keypad.buttons["clear"])
    click(qtbot, screen.print_button)
    assert "price" in screen.message.text()
    assert in_stock(shop) == before


def test_a_donation_with_two_rows(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, DonationDialog)
        first = dialog.rows[0]
        first.category.setCurrentIndex(first.category.findData(shop.books))
        qtbot.keyClicks(first.weight, "2,5")
        first.count.setValue(12)
        click(qtbot, dialog.add_button)
        second = dialog.rows[1]
        second.category.setCurrentIndex(second.category.findData(shop.clothes))
        qtbot.keyClicks(second.weight, "1,255")
        click(qtbot, dialog.ok_button)

    when_dialog_opens(fill_in)
    click(qtbot, screen.donation_button)

    assert rows(shop, "SELECT category_id, weight_grams, count FROM donation_lines ORDER BY id") == [
        (shop.books, 2500, 12),
        (shop.clothes, 1255, 0),
    ]
    assert rows(shop, "SELECT donor_name, donor_phone FROM donations") == [(None, None)]
    assert "3,8 kg" in screen.message.text()

    # What is priced now belongs to that donation.
    click(qtbot, screen.category_buttons[shop.books])
    click(qtbot, screen.print_button)
    assert rows(shop, "SELECT count(*) FROM items WHERE donation_id IS NOT NULL") == [(1,)]


@pytest.mark.parametrize("weight", ["-1", "tre kilo", ""])
def test_a_weight_that_is_not_a_weight_saves_nothing(qtbot, room: Room, weight: str) -> None:
    screen, shop = room.screen, room.shop
    seen: list[str] = []

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, DonationDialog)
        qtbot.keyClicks(dialog.rows[0].weight, weight)
        click(qtbot, dialog.ok_button)
        assert dialog.isVisible()
        seen.append(dialog.message.text())
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(fill_in)
    click(qtbot, screen.donation_button)
    assert seen and "is not a weight" in seen[0]
    assert rows(shop, "SELECT count(*) FROM donations") == [(0,)]
    assert rows(shop, "SELECT count(*) FROM donation_lines") == [(0,)]


def test_a_donation_needs_someone_logged_in(qtbot, room: Room) -> None:
    room.screen.set_operator(None)
    click(qtbot, room.screen.donation_button)
    assert "Log in" in room.screen.message.text()


def test_parse_kilos() -> None:
    assert parse_kilos("2,5") == 2500
    assert parse_kilos(" 1 000.0004 ") == 1_000_000
    assert parse_kilos("0") == 0
    assert parse_kilos("-0,1") is None
    assert parse_kilos("2001") is None  # two tonnes is a typing mistake
    assert parse_kilos("NaN") is None
    assert parse_kilos("abc") is None


def test_printed_labels_sell_at_the_till(qtbot, room: Room) -> None:
    screen, shop = room.screen, room.shop
    click(qtbot, screen.category_buttons[shop.clothes])
    type_price(qtbot, screen, "49,5")
    click(qtbot, screen.print_button)
    [item_code] = printed_codes(screen)

    click(qtbot, screen.tag_button)
    type_price(qtbot, screen, "10")
    click(qtbot, screen.print_button)
    [tag_code] = printed_codes(screen)

    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, item_code)
    assert (line.item_code, line.unit_price, line.category_id) == (item_code, 4950, shop.clothes)
    tag_line = shop.checkout.scan(cart, tag_code)
    assert (tag_line.item_code, tag_line.unit_price, tag_line.category_id) == (None, 1000, shop.clothes)


def test_everything_fits_at_1024_by_768_with_the_theme_and_a_long_message(qtbot, till) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit

    from bruktpos.ui.app import load_theme

    from .conftest import log_in

    app = QApplication.instance()
    before = app.styleSheet()
    load_theme(app)  # the theme's 18 px type and 48 px buttons are what must fit
    try:
        window = till.window
        log_in(qtbot, till, till.shop.leader.id, "1111")
        window.pricing_action.trigger()
        screen = window.pricing
        click(qtbot, screen.category_buttons[till.shop.books])
        click(qtbot, screen.suggestion_buttons[0])
        click(qtbot, screen.print_button)  # a PDF: the message names its long path
        assert screen.message.isVisible() and screen.last_pdf is not None
        qtbot.wait(50)
        assert window.size().width() == 1024 and window.size().height() == 768
        assert screen.minimumSizeHint().height() <= screen.height()
        inside = window.rect()
        kinds = (QPushButton, QLineEdit, QComboBox, QAbstractSpinBox)
        shown = [w for w in screen.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(screen)]
        shown = [w for w in shown if w.parent() is screen or w.parent() is screen.price_input.keypad]
        assert len(shown) >= 20
        for widget in shown:
            top_left = widget.mapTo(window, widget.rect().topLeft())
            bottom_right = widget.mapTo(window, widget.rect().bottomRight())
            name = widget.text() if isinstance(widget, QPushButton) else type(widget).__name__
            assert inside.contains(top_left) and inside.contains(bottom_right), name
            assert widget.height() >= min(widget.minimumSizeHint().height(), 48), name
        for button in screen.price_input.keypad.buttons.values():
            if button.isVisibleTo(screen):
                assert button.height() >= 56, button.text()  # the keypad's own minimum: nothing clipped
    finally:
        app.setStyleSheet(before)


def test_the_label_sheet_is_written_off_the_gui_thread(qtbot, room: Room, monkeypatch) -> None:
    screen, shop = room.screen, room.shop
    writers: list[threading.Thread] = []
    gate = threading.Event()
    real = pricing_module.label_sheet_pdf

    def recording(*args: object, **kwargs: object) -> None:
        writers.append(threading.current_thread())
        gate.wait(10)
        real(*args, **kwargs)

    monkeypatch.setattr(pricing_module, "label_sheet_pdf", recording)
    savers: list[threading.Thread] = []
    real_price_items = screen.intake.price_items

    def saving(*args: object, **kwargs: object) -> list[str]:
        savers.append(threading.current_thread())
        return real_price_items(*args, **kwargs)

    monkeypatch.setattr(screen.intake, "price_items", saving)
    before = in_stock(shop)
    click(qtbot, screen.category_buttons[shop.books])
    click(qtbot, suggestion(screen, f"kr{NBSP}20"))
    qtbot.mouseClick(screen.print_button, LEFT)
    assert not screen.print_button.isEnabled()  # the items are saved in the background too
    assert screen.print_button.text() in ("Saving the items …", "Making the label sheet …")
    qtbot.waitUntil(lambda: screen.print_button.text() == "Making the label sheet …", timeout=10_000)
    assert len(in_stock(shop) - before) == 1  # the item is saved before the sheet is written
    assert not screen.print_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not screen.writing_labels, timeout=10_000)
    assert savers and savers[0] is not threading.main_thread()
    assert writers and writers[0] is not threading.main_thread()
    assert screen.print_button.isEnabled() and screen.print_button.text() == "Print labels"
    assert screen.last_pdf is not None and screen.last_pdf.exists()
    assert str(screen.last_pdf) in screen.message.text()
