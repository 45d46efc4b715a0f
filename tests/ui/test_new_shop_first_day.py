"""A new shop from an empty database to its first sale and its first Z, in the app alone.

Nothing is made behind the app's back: the setup wizard on a file that does
not exist yet, then the administrator adds a shop leader and a cashier
("Folk"), two categories and a café product ("Kategorier", "Produkter"); the
cashier opens the day, sells one of each and pays cash; the leader counts the
drawer and takes the Z. The receipt printer is a file, as the wizard offers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from bruktpos.domain.roles import Role
from bruktpos.ui.admin.categories import CategoryDialog
from bruktpos.ui.admin.people_dialogs import AddPersonDialog, NewPinDialog
from bruktpos.ui.admin.products import ProductDialog
from bruktpos.ui.app import Start, show_window
from bruktpos.ui.main_window import MainWindow
from bruktpos.ui.setup_wizard import PRINTER, SetupWizard
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import PriceDialog
from bruktpos.ui.widgets.pin_pad import PinPad

from .conftest import LEFT, click, pin_answered, type_text, when_dialog_opens
from .test_catalogue_screens import choose, type_into, when_open
from .test_day import close_screen_count, tap_keys

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
ADMIN_PIN, LEADER_PIN, CASHIER_PIN = "4321", "5678", "2468"


@pytest.fixture
def start(qtbot, qapp: QApplication) -> Iterator[Start]:
    made = Start(qapp, "en")
    yield made
    window = made.window
    while (modal := QApplication.activeModalWidget()) is not None:  # a failed step's dialog
        modal.close()
    if isinstance(window, MainWindow):
        if window.controller is not None:
            window.controller.cart = window.context.checkout.new_cart()  # no "sale on screen?" question
        window.close()
        window.context.desk.wait()
        window.deleteLater()
    made.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def tap_pin(qtbot, pad: PinPad, pin: str) -> None:
    for digit in pin:
        click(qtbot, pad.keypad.buttons[digit])
    click(qtbot, pad.ok_button)
    pin_answered(qtbot, pad)


def log_in(qtbot, window: MainWindow, name: str, pin: str) -> None:
    login = window.login
    assert window.stack.currentWidget() is login
    button = next(b for b in login.grid.buttons if b.user.name == name)
    click(qtbot, button)
    tap_pin(qtbot, login.pin_pad, pin)


def set_up_the_shop(qtbot, wizard: SetupWizard, receipts: Path) -> None:
    def next_page() -> None:
        button = wizard.button(NEXT)
        assert button.isEnabled(), wizard.currentPage().problem()
        qtbot.mouseClick(button, LEFT)

    next_page()  # the welcome
    shop = wizard.shop_page
    type_text(qtbot, shop.name, "Bruktbutikken Løkka")
    qtbot.keyClicks(shop.org_number, "999 999 999")
    qtbot.keyClicks(shop.address, "Thorvald Meyers gate 1")
    qtbot.keyClicks(shop.postcode, "0555")
    qtbot.keyClicks(shop.city, "Oslo")
    next_page()
    for _ in range(3):  # VAT and money, the receipt's texts, the hub's shop code: as they come
        next_page()
    admin = wizard.admin_page
    qtbot.keyClicks(admin.name, "Astrid")
    qtbot.keyClicks(admin.pin, ADMIN_PIN)
    qtbot.keyClicks(admin.pin_again, ADMIN_PIN)
    next_page()
    assert wizard.currentId() == PRINTER
    choice = wizard.printer_page.choice
    qtbot.mouseClick(choice.kind_buttons["file"], LEFT)
    choice.path.clear()
    qtbot.keyClicks(choice.path, str(receipts))
    next_page()
    qtbot.mouseClick(wizard.button(FINISH), LEFT)


def add_person(qtbot, window: MainWindow, name: str, role: Role, pin: str) -> None:
    screen = window.people

    def name_and_role(dialog: QWidget) -> None:
        assert isinstance(dialog, AddPersonDialog)
        qtbot.keyClicks(dialog.name_field, name)
        click(qtbot, dialog.roles.buttons[role])
        when_open(NewPinDialog, the_person_types_their_pin)
        click(qtbot, dialog.next_button)

    def the_person_types_their_pin(dialog: QWidget) -> None:
        assert isinstance(dialog, NewPinDialog)
        tap_pin(qtbot, dialog.pin_pad, pin)
        tap_pin(qtbot, dialog.pin_pad, pin)

    when_open(AddPersonDialog, name_and_role)
    click(qtbot, screen.add_button)
    assert screen.message.text() == f"{name} is added and can log in now."


def add_category(qtbot, window: MainWindow, name: str, *, cafe: bool, price: str = "") -> None:
    screen = window.categories_screen

    def fill_in(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        type_into(qtbot, dialog.name_field, "")
        type_text(qtbot, dialog.name_field, name)  # æøå: QTest's keyClicks takes ASCII only
        click(qtbot, dialog.kind_buttons["cafe" if cafe else "goods"])
        if price:
            type_into(qtbot, dialog.price_field, price)
        click(qtbot, dialog.save_button)

    when_open(CategoryDialog, fill_in)
    click(qtbot, screen.add_button)
    assert screen.message.text() == f"{name} is added. It is on the till now."


def test_a_new_shop_goes_from_an_empty_database_to_its_first_sale_and_z(
    qtbot, start: Start, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "bruktpos.sqlite3"
    receipts = tmp_path / "receipts.txt"
    wizard = start.begin(path, may_create=True)
    assert isinstance(wizard, SetupWizard)
    show_window(wizard)
    qtbot.waitExposed(wizard)
    set_up_the_shop(qtbot, wizard, receipts)
    window = start.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert rows(path, "SELECT name, role FROM users") == [("Astrid", "admin")]
    assert rows(path, "SELECT count(*) FROM categories") == [(0,)]

    # The administrator: people first, then what the shop sells.
    log_in(qtbot, window, "Astrid", ADMIN_PIN)
    window.people_action.trigger()
    assert window.stack.currentWidget() is window.people
    add_person(qtbot, window, "Kari", Role.LEADER, LEADER_PIN)
    add_person(qtbot, window, "Per", Role.CASHIER, CASHIER_PIN)
    click(qtbot, window.people.back_button)

    window.categories_action.trigger()
    assert window.stack.currentWidget() is window.categories_screen
    add_category(qtbot, window, "Klær", cafe=False, price="60")
    add_category(qtbot, window, "Kafé", cafe=True)
    click(qtbot, window.categories_screen.products_button)
    products = window.products_screen
    cafe_id = next(c.id for c in window.categories_screen.rows if c.name == "Kafé")

    def coffee(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        choose(dialog.category_box, cafe_id)
        type_into(qtbot, dialog.name_field, "Kaffe")
        type_into(qtbot, dialog.price_field, "25")
        click(qtbot, dialog.save_button)

    when_open(ProductDialog, coffee)
    click(qtbot, products.add_button)
    assert products.message.text() == "Kaffe is added. It is on the till now."
    click(qtbot, products.back_button)
    click(qtbot, window.switch_button)

    # The cashier opens the day with a counted float, and sells one of each.
    log_in(qtbot, window, "Per", CASHIER_PIN)
    gate = window.day_screens.gate
    assert window.stack.currentWidget() is gate
    click(qtbot, gate.open_button)
    opening = window.day_screens.open_screen
    close_screen_count(qtbot, opening, {10000: 5, 2000: 10})  # kr 700
    click(qtbot, opening.open_button)
    till = window.till
    qtbot.waitUntil(lambda: window.stack.currentWidget() is till, timeout=5000)  # opened in the background
    clothes = next(c for c in window.context.catalogue.categories if c.name == "Klær")
    kaffe = next(p for p in window.context.catalogue.products if p.name == "Kaffe")

    def default_price(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        # The category's default price is the first ready amount, among the usual ones.
        sixty = next(b for b in dialog.input.quick_buttons if b.text() == "kr\u00a060")
        click(qtbot, sixty)
        assert dialog.input.display.text() == "kr\u00a060"
        click(qtbot, dialog.input.ok_button)

    when_open(PriceDialog, default_price)
    click(qtbot, till.category_buttons[clothes.id])
    till.findChild(QWidget, "catalogue").setCurrentIndex(1)
    click(qtbot, till.product_buttons[kaffe.id])
    qtbot.waitUntil(lambda: till.total_label.text() == "kr\u00a085,00", timeout=5000)

    def cash_with_a_hundred(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, next(b for b in dialog.cash_input.quick_buttons if b.text() == "kr\u00a0100"))
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_open(PaymentDialog, cash_with_a_hundred)
    click(qtbot, till.pay_button)
    qtbot.waitUntil(lambda: till.model.rowCount() == 0, timeout=5000)
    (per_id,) = rows(path, "SELECT id FROM users WHERE name = 'Per'")[0]
    assert rows(path, "SELECT receipt_no, total, operator_id FROM sales") == [(1, 8500, per_id)]
    assert sorted(rows(path, "SELECT description, total, vat_rate FROM sale_lines")) == [
        ("Kaffe", 2500, 2500),
        ("Klær", 6000, 2500),
    ]
    qtbot.waitUntil(lambda: receipts.exists() and "Kaffe" in receipts.read_text("cp865", "replace"))

    # The leader counts the drawer (float + kr 85: kr 785), checks the terminals and takes the Z.
    click(qtbot, window.switch_button)
    log_in(qtbot, window, "Kari", LEADER_PIN)
    window.close_day_action.trigger()
    closing_screen = window.day_screens.close_screen
    assert window.stack.currentWidget() is closing_screen
    close_screen_count(qtbot, closing_screen, {10000: 5, 2000: 14, 500: 1})  # kr 785
    click(qtbot, closing_screen.next_button)
    assert closing_screen.difference_words.text() == "The drawer is right."
    click(qtbot, closing_screen.next_button)
    tap_keys(qtbot, closing_screen.terminal_input.keypad, "0")
    click(qtbot, closing_screen.entry_buttons["vipps"])
    tap_keys(qtbot, closing_screen.terminal_input.keypad, "0")
    click(qtbot, closing_screen.next_button)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click(qtbot, next(b for b in box.buttons() if b.text() == "Take Z report"))

    when_dialog_opens(confirm)
    click(qtbot, closing_screen.z_button)
    qtbot.waitUntil(lambda: closing_screen.result is not None, timeout=5000)
    (kari_id,) = rows(path, "SELECT id FROM users WHERE name = 'Kari'")[0]
    assert rows(path, "SELECT z_number, created_by, counted_cash FROM z_reports") == [(1, kari_id, 78500)]
    assert rows(path, "SELECT user_id FROM journal WHERE event = 'z_report'") == [(kari_id,)]
    assert rows(path, "SELECT closed_at IS NOT NULL FROM business_days") == [(1,)]
