"""The first start: a new shop set up page by page, written only at Finish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.roles import Role
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import ShopDetails, is_set_up, load_shop, set_up_shop
from bruktpos.services.users import UserService
from bruktpos.store.db import Database
from bruktpos.store.schema import open_database
from bruktpos.ui.app import load_theme
from bruktpos.ui.setup_wizard import ADMIN, DONE, PRINTER, SHOP, SetupWizard

LEFT = Qt.MouseButton.LeftButton
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "new.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def wizard(qtbot, qapp: QApplication, db: Database) -> SetupWizard:
    load_theme(qapp)
    made = SetupWizard(db)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _next(qtbot, wizard: SetupWizard) -> None:
    button = wizard.button(NEXT)
    assert button.isEnabled(), wizard.currentPage().problem()
    qtbot.mouseClick(button, LEFT)


def _fill_shop(qtbot, wizard: SetupWizard, org_number: str = "999 999 999") -> None:
    page = wizard.shop_page
    qtbot.keyClicks(page.name, "Bruktbutikken Sentrum")
    qtbot.keyClicks(page.short_name, "Brukt Sentrum")
    qtbot.keyClicks(page.org_number, org_number)
    qtbot.keyClicks(page.address, "Storgata 1")
    qtbot.keyClicks(page.postcode, "0155")
    qtbot.keyClicks(page.city, "Oslo")


def _fill_admin(qtbot, wizard: SetupWizard, pin: str = "4321", again: str = "4321") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.name, "Astrid")
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, again)


def _to_printer_page(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == PRINTER


def test_the_whole_setup_fills_a_fresh_database(qtbot, wizard: SetupWizard, db: Database) -> None:
    assert wizard.button(NEXT).height() >= 48
    _next(qtbot, wizard)
    assert wizard.currentId() == SHOP
    _fill_shop(qtbot, wizard)
    qtbot.mouseClick(wizard.shop_page.vat, LEFT)
    _next(qtbot, wizard)
    assert wizard.currentId() == ADMIN
    _fill_admin(qtbot, wizard)
    _next(qtbot, wizard)
    choice = wizard.printer_page.choice
    qtbot.mouseClick(choice.kind_buttons["network"], LEFT)
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.printer_page.missing.text() == "Type the printer’s address, for example 192.168.1.50."
    qtbot.keyClicks(choice.host, "192.168.1.50")
    _next(qtbot, wizard)
    assert wizard.currentId() == DONE
    summary = wizard.done_page.summary.text()
    assert "Bruktbutikken Sentrum (org. no. 999 999 999)" in summary
    assert "Administrator: Astrid" in summary
    assert "Network (192.168.1.50:9100)" in summary
    assert not is_set_up(db), "nothing may be written before Finish"

    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted
    shop = load_shop(db)
    assert (shop.name, shop.short_name, shop.org_number) == (
        "Bruktbutikken Sentrum",
        "Brukt Sentrum",
        "999999999",
    )
    assert (shop.address, shop.postcode, shop.city, shop.vat_registered) == (
        "Storgata 1",
        "0155",
        "Oslo",
        True,
    )
    admin = wizard.created_admin
    assert admin is not None and (admin.name, admin.role) == ("Astrid", Role.ADMIN)
    assert UserService(db).login(admin.id, "4321") == admin
    stored = SettingsService(db).get("receipt_printer")
    assert PrinterConfig.from_dict(stored) == PrinterConfig(kind="network", host="192.168.1.50", port=9100)
    assert stored == PrinterConfig.from_dict(stored).as_dict()  # stored in the one canonical shape


def test_a_wrong_organisation_number_keeps_next_disabled(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    page = wizard.shop_page
    qtbot.keyClicks(page.name, "Bruktbutikken")
    qtbot.keyClicks(page.org_number, "999 999 998")
    assert not page.isComplete() and not wizard.button(NEXT).isEnabled()
    assert page.org_message.isVisible()
    assert (
        page.org_message.text() == "This is not a valid organisation number. Check each digit and try again."
    )
    page.org_number.clear()
    qtbot.keyClicks(page.org_number, "12345")
    assert not wizard.button(NEXT).isEnabled()
    assert not page.org_message.isVisible()  # still typing: no alarm, only the hint below
    assert page.missing.text() == "Type the organisation number, all 9 digits, to go on."
    qtbot.keyClicks(page.org_number, "6785")  # 123456785 has the right check digit
    assert wizard.button(NEXT).isEnabled()


def test_a_shop_needs_a_name(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.shop_page.org_number, "999999999")
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.shop_page.missing.text() == "Type the shop’s name to go on."


def test_the_pins_must_match(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.admin_page
    _fill_admin(qtbot, wizard, "4321", "4312")
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text() == "The two PINs are not the same. Type the PIN again in the last field."
    page.pin_again.clear()
    qtbot.keyClicks(page.pin_again, "4321")
    assert wizard.button(NEXT).isEnabled()
    page.pin.clear()
    qtbot.keyClicks(page.pin, "12ab")  # only digits get in
    assert page.pin.text() == "12"
    assert page.missing.text() == "Choose a PIN of 4 to 8 digits."


def test_usb_and_file_printers(qtbot, wizard: SetupWizard) -> None:
    _to_printer_page(qtbot, wizard)
    choice = wizard.printer_page.choice
    assert wizard.button(NEXT).isEnabled()  # "No printer yet" is a fine answer
    assert choice.settings()["kind"] == "none"
    qtbot.mouseClick(choice.kind_buttons["usb"], LEFT)
    qtbot.keyClicks(choice.usb_vendor, "0x04B8")
    qtbot.keyClicks(choice.usb_product, "zz")
    assert not wizard.button(NEXT).isEnabled()
    choice.usb_product.clear()
    qtbot.keyClicks(choice.usb_product, "0202")
    assert wizard.button(NEXT).isEnabled()
    assert (choice.settings()["usb_vendor"], choice.settings()["usb_product"]) == (0x04B8, 0x0202)
    qtbot.mouseClick(choice.kind_buttons["file"], LEFT)
    assert choice.settings()["path"].endswith("bruktpos-receipts.txt")
    assert choice.settings()["usb_vendor"] is None  # only the chosen kind is stored


def test_finish_on_a_database_that_has_a_shop_explains(qtbot, wizard: SetupWizard, db: Database) -> None:
    set_up_shop(db, ShopDetails(name="Den andre", org_number="999999999"), admin_name="Per", admin_pin="1000")
    _to_printer_page(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.isVisible() and wizard.created_admin is None
    assert wizard.done_page.error.text() == (
        "This database already has a shop. Close this window and start BruktPOS again."
    )
    assert load_shop(db).name == "Den andre"
