"""The first start: a new shop set up page by page, written only at Finish."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget, QWizard

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.roles import Role
from bruktpos.hub.outbox import shop_code
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import ShopDetails, is_set_up, load_shop, set_up_shop
from bruktpos.services.users import UserService
from bruktpos.store.db import Database
from bruktpos.store.schema import open_database
from bruktpos.ui.app import load_theme
from bruktpos.ui.setup_wizard import ADMIN, DONE, HUB, MONEY, PRINTER, RECEIPT, SHOP, SetupWizard
from tests.ui.conftest import type_text

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
    qtbot.keyClicks(page.phone, "22 33 44 55")


def _through_the_filled_pages(qtbot, wizard: SetupWizard) -> None:
    """VAT and money, the receipt's texts, the hub: each comes filled in; Next on each."""
    for expected in (MONEY, RECEIPT, HUB):
        assert wizard.currentId() == expected
        _next(qtbot, wizard)


def _fill_admin(qtbot, wizard: SetupWizard, pin: str = "4321", again: str = "4321") -> None:
    page = wizard.admin_page
    qtbot.keyClicks(page.name, "Astrid")
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, again)


def _to_printer_page(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    _through_the_filled_pages(qtbot, wizard)
    _fill_admin(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == PRINTER


def test_the_whole_setup_fills_a_fresh_database(qtbot, wizard: SetupWizard, db: Database) -> None:
    assert wizard.button(NEXT).height() >= 48
    _next(qtbot, wizard)
    assert wizard.currentId() == SHOP
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == MONEY
    money = wizard.money_page
    assert (money.voucher_days.text(), money.cash_limit.text()) == ("365", "50,00")  # ready to go on
    qtbot.mouseClick(money.vat, LEFT)
    money.voucher_days.clear()
    qtbot.keyClicks(money.voucher_days, "90")
    money.cash_limit.clear()
    qtbot.keyClicks(money.cash_limit, "100,50")
    _next(qtbot, wizard)
    assert wizard.currentId() == RECEIPT
    receipt = wizard.receipt_page
    assert receipt.footer.text() == "Takk for handelen!"
    type_text(qtbot, receipt.header, "Åpent tirsdag–lørdag 10–16")
    qtbot.keyClick(receipt.header, Qt.Key.Key_Return)
    type_text(qtbot, receipt.header, "Alt overskudd går til Røde Kors")
    _next(qtbot, wizard)
    assert wizard.currentId() == HUB
    qtbot.keyClicks(wizard.hub_page.code, "oslo-1")
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
    assert "Phone: 22 33 44 55" in summary
    assert "Administrator: Astrid" in summary
    assert "Network (192.168.1.50:9100)" in summary
    assert "Registered for VAT: receipts show VAT." in summary
    assert "Vouchers valid for 90 days; a cash difference above kr\u00a0100,50 needs a note." in summary
    assert "Shop code for the chapter hub: OSLO-1" in summary
    assert not is_set_up(db), "nothing may be written before Finish"

    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted
    shop = load_shop(db)
    assert (shop.name, shop.short_name, shop.org_number) == (
        "Bruktbutikken Sentrum",
        "Brukt Sentrum",
        "999999999",
    )
    assert (shop.address, shop.postcode, shop.city, shop.phone, shop.vat_registered) == (
        "Storgata 1",
        "0155",
        "Oslo",
        "22 33 44 55",
        True,
    )
    settings = SettingsService(db)
    assert settings.get("receipt_header") == "Åpent tirsdag–lørdag 10–16\nAlt overskudd går til Røde Kors"
    assert shop.receipt_header == settings.get("receipt_header")
    assert settings.get("receipt_footer") == "Takk for handelen!"
    assert (settings.get("voucher_valid_days"), settings.get("max_cash_difference")) == (90, 10050)
    assert settings.get("hub_shop_code") == "OSLO-1"
    admin = wizard.created_admin
    assert admin is not None and (admin.name, admin.role) == ("Astrid", Role.ADMIN)
    assert UserService(db).login(admin.id, "4321") == admin
    # Each setting that differs from its default is journalled as set by the new administrator.
    with closing(sqlite3.connect(db.path)) as conn:
        changed = {
            json.loads(details)["setting"]: (user_id, json.loads(details)["to"])
            for user_id, details in conn.execute(
                "SELECT user_id, details FROM journal WHERE event = 'settings_changed' ORDER BY id"
            )
        }
    assert changed["voucher_valid_days"] == (admin.id, 90)
    assert changed["max_cash_difference"] == (admin.id, 10050)
    assert changed["hub_shop_code"] == (admin.id, "OSLO-1")
    assert "receipt_footer" not in changed  # left as it came: nothing to journal
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
    _through_the_filled_pages(qtbot, wizard)
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


def test_a_leader_who_only_taps_next_gets_what_most_shops_use(
    qtbot, wizard: SetupWizard, db: Database
) -> None:
    _to_printer_page(qtbot, wizard)
    _next(qtbot, wizard)
    assert "Not registered for VAT: receipts show no VAT." in wizard.done_page.summary.text()
    assert "Shop code" not in wizard.done_page.summary.text()
    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted
    settings = SettingsService(db)
    assert settings.get("voucher_valid_days") == 365
    assert settings.get("max_cash_difference") == 5000
    assert settings.get("receipt_header") == ""
    assert settings.get("hub_shop_code") == ""
    assert load_shop(db).vat_registered is False
    with db.read() as session:
        assert shop_code(session) == "S001"  # no code typed: the shop sends as today's default


def _to(qtbot, wizard: SetupWizard, page_id: int) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    while wizard.currentId() != page_id:
        _next(qtbot, wizard)


def test_money_that_does_not_fit_keeps_next_disabled(qtbot, wizard: SetupWizard) -> None:
    _to(qtbot, wizard, MONEY)
    page = wizard.money_page
    page.voucher_days.clear()
    qtbot.keyClicks(page.voucher_days, "0")
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text() == (
        "A voucher can be valid from 1 to 3650 days. Type a whole number of days, for example 365."
    )
    page.voucher_days.clear()
    qtbot.keyClicks(page.voucher_days, "30")
    assert wizard.button(NEXT).isEnabled()
    page.cash_limit.clear()
    qtbot.keyClicks(page.cash_limit, "12,345kr")  # only kroner with two decimals get in
    assert page.cash_limit.text() == "12,34"
    page.cash_limit.clear()
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text() == "Type an amount first, for example 49,50."


def test_receipt_texts_longer_than_the_paper_keep_next_disabled(qtbot, wizard: SetupWizard) -> None:
    _to(qtbot, wizard, RECEIPT)
    page = wizard.receipt_page
    for n in range(5):
        qtbot.keyClicks(page.header, f"Linje {n}")
        qtbot.keyClick(page.header, Qt.Key.Key_Return)
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text() == (
        "The text at the top of the receipt can have at most 4 lines of 42 letters. Shorten it a little."
    )
    page.header.clear()
    qtbot.keyClicks(page.header, "x" * 43)
    assert not wizard.button(NEXT).isEnabled()
    page.header.clear()
    qtbot.keyClicks(page.header, "x" * 42)
    assert wizard.button(NEXT).isEnabled()


def test_the_shop_code_is_checked_and_upper_cased(qtbot, wizard: SetupWizard) -> None:
    _to(qtbot, wizard, HUB)
    page = wizard.hub_page
    assert wizard.button(NEXT).isEnabled()  # empty: the shop keeps the default code
    qtbot.keyClicks(page.code, "s")
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text().startswith("A shop code has 2 to 20 letters (A–Z), digits and hyphens")
    qtbot.keyClicks(page.code, "-7")
    assert wizard.button(NEXT).isEnabled() and page.value() == "S-7"
    type_text(qtbot, page.code, " ø")
    assert not wizard.button(NEXT).isEnabled()


def test_a_phone_number_with_letters_keeps_next_disabled(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    qtbot.keyClicks(wizard.shop_page.phone, " ring oss")
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.shop_page.missing.text() == (
        "A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55."
    )


@pytest.mark.parametrize("size", [(1024, 768), (1366, 700)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_fits_the_small_screens(qtbot, wizard: SetupWizard, size: tuple[int, int]) -> None:
    wizard.resize(*size)
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    buttons_top = wizard.button(NEXT).mapTo(wizard, wizard.button(NEXT).rect().topLeft()).y()
    for page_id in (SHOP, MONEY, RECEIPT, HUB, ADMIN, PRINTER):
        assert wizard.currentId() == page_id
        page = wizard.currentPage()
        qtbot.waitUntil(lambda page=page: page.isVisible())
        fields = [w for w in page.findChildren(QWidget) if isinstance(w, QLineEdit | QPlainTextEdit)]
        for field in (w for w in fields if w.isVisible()):
            bottom = field.mapTo(wizard, field.rect().bottomLeft()).y()
            assert bottom < buttons_top, f"page {page_id}: {field.objectName() or field} is cut off"
            assert field.height() >= 44
        missing = page.missing
        assert missing.mapTo(wizard, missing.rect().bottomLeft()).y() <= buttons_top
        if page_id == ADMIN:
            _fill_admin(qtbot, wizard)
        _next(qtbot, wizard)
    assert wizard.currentId() == DONE


def test_the_money_page_explains_the_five_vat_choices_and_who_decides(qtbot, wizard: SetupWizard) -> None:
    _next(qtbot, wizard)
    _fill_shop(qtbot, wizard)
    _next(qtbot, wizard)
    assert wizard.currentId() == MONEY
    note = wizard.money_page.tax_codes
    qtbot.waitUntil(note.isVisible)
    assert note.text().splitlines() == [
        "Each category has one of these VAT choices:",
        "• 25 % – most goods",
        "• 15 % – food and drink to take away",
        "• 12 % – e.g. cinema tickets and transport",
        "• 0 % zero-rated – e.g. books and newspapers",
        "• Outside the VAT Act – e.g. lottery tickets",
        "The shop decides together with its accountant which sales are exempt.",
    ]
    # Shown whether or not the shop is VAT-registered: the codes go into the SAF-T export either way.
    qtbot.mouseClick(wizard.money_page.vat, LEFT)
    assert note.isVisible()


def test_the_hub_address_the_chapter_sends_fills_in_the_shop_code(qtbot, wizard: SetupWizard, db) -> None:
    _to(qtbot, wizard, HUB)
    page = wizard.hub_page
    assert page.code.placeholderText() == ""  # no default that every new shop would share
    address = "postgresql+psycopg://hub_s007:pw@krets.example.no/hub?shop=S007"
    qtbot.keyClicks(page.url, address)
    assert page.code.text() == "S007" and wizard.button(NEXT).isEnabled()
    page.code.clear()  # an address without a code to go with it: the shop would be mixed up
    assert not wizard.button(NEXT).isEnabled()
    assert page.missing.text() == (
        "Type the shop code the chapter gave this shop, so it is not mixed up with another."
    )
    qtbot.keyClicks(page.code, "s007")
    _next(qtbot, wizard)
    _fill_admin(qtbot, wizard)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    assert "Shop code for the chapter hub: S007" in wizard.done_page.summary.text()
    qtbot.mouseClick(wizard.button(FINISH), LEFT)
    assert wizard.result() == QDialog.DialogCode.Accepted
    settings = SettingsService(db)
    assert (settings.get("hub_url"), settings.get("hub_shop_code")) == (address, "S007")


def test_an_address_that_is_no_hub_address_keeps_next_disabled(qtbot, wizard: SetupWizard) -> None:
    _to(qtbot, wizard, HUB)
    qtbot.keyClicks(wizard.hub_page.url, "krets.example.no")
    assert not wizard.button(NEXT).isEnabled()
    assert wizard.hub_page.missing.text().startswith("This is not a hub address.")
