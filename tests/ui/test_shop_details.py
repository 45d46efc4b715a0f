"""The "Butikken" and registers screens as an administrator uses them, and what the next receipt says."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.register_choice import chosen_register
from bruktpos.services.shop import list_registers, load_shop
from bruktpos.ui.admin.registers import RegistersScreen
from bruktpos.ui.admin.shop_details import ShopDetailsScreen
from bruktpos.ui.leader_pin import LeaderPinDialog
from tests.integration.conftest import ADMIN_PIN, LEADER_PIN

from .conftest import LEFT, Till, click, log_in, rows, scan, settle, type_text, when_dialog_opens

SHOTS = os.environ.get("BRUKTPOS_SCREENSHOTS")  # a folder: save what the screens look like


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_shop_details(till: Till) -> ShopDetailsScreen:
    till.window.shop_details_action.trigger()
    screen = till.window.shop_details
    assert till.window.stack.currentWidget() is screen
    return screen


def retype(qtbot, field: QWidget, text: str) -> None:
    """Empty the field and type ``text``, as a person selecting all and typing over it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(qtbot, field, text)


def sell_and_print(qtbot, till: Till) -> str:
    """A card sale at the till, its receipt printed; what the printer got, as text."""
    window = till.window
    window.show_till()
    scan(qtbot, till, till.shop.codes[0])
    controller = window.controller
    controller.pay(PaymentMethod.CARD)
    with qtbot.waitSignal(controller.sale_completed, timeout=5000) as saved:
        controller.complete()
    settle(qtbot, till)
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        window.till.receipt_requested.emit(saved.args[0])
    return till.printer.output.decode("cp865")


def test_an_administrator_sets_the_phone_and_receipt_header_and_the_next_receipt_shows_them(
    qtbot, till: Till
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.admin.id, ADMIN_PIN)
    screen = open_shop_details(till)
    assert screen.name.text() == "Testbutikken"
    assert screen.org_number.text() == "999 999 999"
    assert screen.cash_limit.text() == "50,00" and screen.voucher_days.text() == "365"
    for field in (screen.name, screen.phone, screen.org_number, screen.cash_limit, screen.receipt_header):
        assert field.height() >= 48
    retype(qtbot, screen.name, "Bruktbutikken Sentrum")
    click(qtbot, screen.phone)
    type_text(qtbot, screen.phone, "22 33 44 55")
    screen.receipt_header.setFocus()
    type_text(qtbot, screen.receipt_header, "Åpent tirsdag–lørdag 10–16")
    qtbot.keyClick(screen.receipt_header, Qt.Key.Key_Return)
    type_text(qtbot, screen.receipt_header, "Alt overskudd går til Røde Kors")
    retype(qtbot, screen.cash_limit, "100,50")
    shot(window, "shop-details")
    click(qtbot, screen.save_button)
    assert screen.message.isVisible() and screen.message.property("level") == "info"
    assert screen.message.text() == "Saved. The next receipt shows the shop’s details as they are now."

    shop = load_shop(till.shop.db)
    assert (shop.name, shop.phone) == ("Bruktbutikken Sentrum", "22 33 44 55")
    assert window.context.shop == shop
    assert window.windowTitle() == "BruktPOS — Bruktbutikken Sentrum · Kasse 1"  # no restart
    changed = {
        json.loads(d)["field"]: uid
        for uid, d in rows(till, "SELECT user_id, details FROM journal WHERE event = 'shop_changed'")
    }
    assert changed == {"name": till.shop.admin.id, "phone": till.shop.admin.id}
    assert window.context.settings.get("max_cash_difference") == 10050

    click(qtbot, screen.back_button)
    printed = sell_and_print(qtbot, till)
    for line in (
        "Bruktbutikken Sentrum",
        "Tlf. 22 33 44 55",
        "Åpent tirsdag-lørdag 10-16",  # the printer's code page has no en dash: a hyphen
        "Alt overskudd går til Røde Kors",
    ):
        assert line in printed
    assert (
        printed.index("Tlf. 22 33 44 55") < printed.index("Alt overskudd") < printed.index("Kvittering nr.")
    )


def test_a_bad_organisation_number_is_said_and_nothing_is_stored(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.admin.id, ADMIN_PIN)
    screen = open_shop_details(till)
    retype(qtbot, screen.org_number, "999 999 998")
    click(qtbot, screen.phone)
    type_text(qtbot, screen.phone, "22 33 44 55")
    click(qtbot, screen.save_button)
    assert screen.message.property("level") == "error"
    assert (
        screen.message.text()
        == "This is not a valid organisation number. Type all 9 digits and check each one."
    )
    assert load_shop(till.shop.db).phone == ""
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'shop_changed'") == [(0,)]


def test_the_vat_registration_is_refused_while_the_day_is_open(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.admin.id, ADMIN_PIN)
    screen = open_shop_details(till)
    assert "is open at till K1: this can change after its Z report." in screen.vat_hint.text()
    assert screen.vat.isChecked()
    qtbot.mouseClick(screen.vat, LEFT, pos=screen.vat.rect().center())
    assert not screen.vat.isChecked()
    click(qtbot, screen.save_button)
    assert screen.message.text() == (
        "The day of 12.11.2026 is open at till K1. Close the day with a Z report first, "
        "then change the VAT registration."
    )
    assert load_shop(till.shop.db).vat_registered is True


def test_a_leader_is_asked_for_an_administrator(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    asked: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        asked.append(dialog.explanation.text())
        assert dialog.people.grid.button_for(till.shop.admin.id) is not None
        assert dialog.people.grid.button_for(till.shop.leader.id) is None  # a leader may not approve this
        dialog.reject()

    when_dialog_opens(cancel)
    till.window.shop_details_action.trigger()
    assert asked == ["Changing the shop’s details needs an administrator’s approval."]
    assert till.window.stack.currentWidget() is not till.window.shop_details


def test_an_administrator_adds_a_register_and_chooses_it_for_this_pc(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.admin.id, ADMIN_PIN)
    window.registers_action.trigger()
    screen = window.registers
    assert isinstance(screen, RegistersScreen) and window.stack.currentWidget() is screen
    assert [screen.table.item(0, c).text() for c in range(3)] == ["K1", "Kasse 1", "Now"]
    assert (screen.code_input.text(), screen.name_input.text()) == ("K2", "Kasse 2")  # filled in
    shot(window, "registers")
    click(qtbot, screen.add_button)
    assert screen.message.property("level") == "info"
    assert screen.message.text().startswith("Kasse 2 (K2) is added, with its own receipt numbers.")
    assert [(r.code, r.name) for r in list_registers(till.shop.db)] == [("K1", "Kasse 1"), ("K2", "Kasse 2")]
    assert (screen.code_input.text(), screen.name_input.text()) == ("K3", "Kasse 3")

    click(qtbot, screen.add_button)
    retype(qtbot, screen.code_input, "K2")
    retype(qtbot, screen.name_input, "Kafé")
    click(qtbot, screen.add_button)
    assert screen.message.text() == (
        "There is already a till with the code K2. Choose another code, for example the next number."
    )
    assert len(list_registers(till.shop.db)) == 3

    table = screen.table
    rect = table.visualRect(table.model().index(1, RegistersScreen.NAME))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    click(qtbot, screen.here_button)
    assert chosen_register(till.shop.path) == "K2"
    assert screen.table.item(1, RegistersScreen.HERE).text() == "From the next start"
    assert "From the next start this PC is Kasse 2." in screen.message.text()


def test_a_till_that_kept_running_sells_with_the_vat_registration_changed_elsewhere(
    qtbot, closed_till: Till
) -> None:
    """Another PC changed the shop (no day open anywhere): this till learns it as its day opens."""
    from dataclasses import replace

    from bruktpos.services.shop_details import ShopDetailsService
    from tests.ui.test_day_full import open_the_day

    till = closed_till
    assert till.window.context.checkout.shop.vat_registered
    elsewhere = ShopDetailsService(till.shop.db)
    elsewhere.save(
        replace(elsewhere.current(), vat_registered=False, name="Bruktbutikken Nord"), by=till.shop.admin
    )
    assert till.window.context.checkout.shop.vat_registered  # not yet: nothing told this till
    open_the_day(qtbot, till)
    assert not till.window.context.checkout.shop.vat_registered
    assert till.window.context.shop.name == "Bruktbutikken Nord"
