"""The first start: set up the shop, its first administrator and the printer.

Eight pages: welcome; the shop's facts (name, organisation number, address,
phone); VAT, vouchers and the cash count; the receipt's own texts; the
chapter hub's shop code; the first administrator; the receipt printer; and
a summary. Everything after the shop's facts comes filled in with what most
shops use, so a leader can just tap Next. Nothing is written until Finish;
then the shop is created with its settings (:func:`set_up_shop`), the
administrator logs in and the printer choice is stored as the
``receipt_printer`` setting. Each page keeps Next disabled until its input is
right and says in one line what is missing; the rules are the service's
(:mod:`bruktpos.services.shop`), so the setup and the "Butikken" screen
refuse alike.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.domain.roles import Role
from bruktpos.services.settings import SETTINGS, SettingsService
from bruktpos.services.shop import (
    MAX_PHONE,
    RegisterInfo,
    ShopDetails,
    clean_phone,
    clean_setting,
    set_up_shop,
    valid_org_number,
)
from bruktpos.services.users import PIN_LENGTHS, Operator, UserService
from bruktpos.store.db import Database
from bruktpos.ui.admin.shop_fields import (
    ReceiptTextEdit,
    days_edit,
    kroner_edit,
    kroner_text,
    read_days,
    read_kroner,
)
from bruktpos.ui.messages import describe, explain_tax_codes, fill
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.printer_choice import PrinterChoice

log = logging.getLogger(__name__)
WELCOME, SHOP, MONEY, RECEIPT, HUB, ADMIN, PRINTER, DONE = range(8)


def field_label(text: str, field: QWidget) -> QLabel:
    """A form label level with its (tall, touch-sized) field; a tap on it focuses the field."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    label.setMinimumHeight(44)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setSpacing(10)
    return form


def _label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class _Page(QWizardPage):
    """A page that shows, under its fields, what is still missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(12)
        self.missing = _label("", self, "hint")

    def finish_layout(self) -> None:
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.missing)
        self.refresh()

    def problem(self) -> str:
        return ""

    def refresh(self) -> None:
        self.missing.setText(self.hint())
        self.completeChanged.emit()

    def hint(self) -> str:
        """The line under the fields (a problem already shown by its field is not repeated)."""
        return self.problem()

    def isComplete(self) -> bool:
        return not self.problem()


class WelcomePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to BruktPOS"))
        self.layout_.addWidget(
            _label(
                self.tr(
                    "This till has no shop yet. In a few short steps you set up the shop. "
                    "Most of it comes filled in: check it and tap Next."
                ),
                self,
            )
        )
        self.layout_.addWidget(
            _label(self.tr("Nothing is saved until you tap Finish, so you can go back at any time."), self)
        )
        self.finish_layout()


class ShopPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shop"))
        self.setSubTitle(self.tr("This is printed on every receipt."))
        form = _form()
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.short_name = QLineEdit(self)
        self.short_name.setMaxLength(40)
        self.short_name.setPlaceholderText(self.tr("The same as the name"))
        self.org_number = QLineEdit(self)
        self.org_number.setMaxLength(11)
        self.org_number.setPlaceholderText("999 999 999")
        self.org_message = _label("", self, "field_message")
        self.org_message.hide()
        self.address = QLineEdit(self)
        self.postcode = QLineEdit(self)
        self.postcode.setMaxLength(4)
        self.postcode.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self))
        self.postcode.setMaximumWidth(120)
        self.postcode.setPlaceholderText("0155")
        self.city = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setMaxLength(MAX_PHONE)
        self.phone.setPlaceholderText("22 33 44 55")
        place = QHBoxLayout()
        place.setSpacing(10)
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        form.addRow(field_label(self.tr("Name"), self.name), self.name)
        form.addRow(field_label(self.tr("Short name"), self.short_name), self.short_name)
        form.addRow(field_label(self.tr("Organisation number"), self.org_number), self.org_number)
        form.addRow("", self.org_message)
        form.addRow(field_label(self.tr("Address"), self.address), self.address)
        form.addRow(field_label(self.tr("Postcode and city"), self.postcode), place)
        form.addRow(field_label(self.tr("Phone"), self.phone), self.phone)
        form.addRow(
            "",
            _label(self.tr("Printed on receipts, so customers can call. May be left empty."), self, "note"),
        )
        self.layout_.addLayout(form)
        for field in (self.name, self.org_number, self.postcode, self.phone):
            field.textChanged.connect(self.refresh)
        self.finish_layout()

    def org_digits(self) -> str:
        return re.sub(r"\s", "", self.org_number.text())

    def _org_problem(self) -> str:
        digits = self.org_digits()
        if not digits:
            return ""
        if not digits.isdigit():
            return self.tr("An organisation number has only digits.")
        if len(digits) > 9:
            return self.tr("An organisation number has 9 digits.")
        if len(digits) == 9 and not valid_org_number(digits):
            return self.tr("This is not a valid organisation number. Check each digit and try again.")
        return ""

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Type the shop’s name to go on.")
        if self._org_problem():
            return self._org_problem()
        if not valid_org_number(self.org_digits()):
            return self.tr("Type the organisation number, all 9 digits, to go on.")
        if 0 < len(self.postcode.text()) < 4:
            return self.tr("A postcode has 4 digits.")
        try:
            clean_phone(self.phone.text())
        except BruktError as error:
            return describe(error)
        return ""

    def refresh(self) -> None:
        message = self._org_problem()
        self.org_message.setText(message)
        self.org_message.setVisible(bool(message))
        super().refresh()

    def hint(self) -> str:
        problem = self.problem()
        return "" if problem == self._org_problem() else problem

    def details(self) -> ShopDetails:
        return ShopDetails(
            name=self.name.text().strip(),
            org_number=self.org_digits(),
            address=self.address.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            short_name=self.short_name.text().strip(),
            phone=self.phone.text().strip(),
        )


class MoneyPage(_Page):
    """VAT registration, how long a voucher is valid, the cash difference a close takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("VAT, vouchers and the cash count"))
        self.setSubTitle(self.tr("Most shops keep what is filled in. You can change it later."))
        form = _form()
        self.vat = QCheckBox(self.tr("The shop is registered for VAT (MVA)"), self)
        self.vat.setMinimumHeight(48)  # a finger's: the whole row is the tick box's to tap
        self.voucher_days = days_edit(self)
        self.voucher_days.setText(str(SETTINGS["voucher_valid_days"].default))
        self.voucher_days.setMaximumWidth(160)
        self.cash_limit = kroner_edit(self)
        self.cash_limit.setText(kroner_text(SETTINGS["max_cash_difference"].default))
        self.cash_limit.setMaximumWidth(200)
        # The tick box and its note, and beside them what a category's VAT can be (set on each
        # category later), in plain words: across the page, so it fits a 700-px screen.
        vat_row = QHBoxLayout()
        vat_row.setSpacing(24)
        vat_column = QVBoxLayout()
        vat_column.addWidget(self.vat)
        vat_column.addWidget(
            _label(
                self.tr("Tick this only if the organisation is in the VAT Register; receipts then show VAT."),
                self,
                "note",
            )
        )
        vat_column.addStretch(1)
        vat_row.addLayout(vat_column, 1)
        self.tax_codes = _label(explain_tax_codes(), self, "note")
        vat_row.addWidget(self.tax_codes, 1)
        self.layout_.addLayout(vat_row)
        form.addRow(
            field_label(self.tr("A voucher is valid for (days)"), self.voucher_days), self.voucher_days
        )
        form.addRow(
            "",
            _label(
                self.tr("How long a voucher (tilgodelapp) can be used after it is given out."), self, "note"
            ),
        )
        form.addRow(
            field_label(self.tr("Cash difference allowed at closing (kr)"), self.cash_limit), self.cash_limit
        )
        form.addRow(
            "",
            _label(
                self.tr("A bigger difference needs a note and a shop leader’s approval. For example 50,00."),
                self,
                "note",
            ),
        )
        self.layout_.addLayout(form)
        for field in (self.voucher_days, self.cash_limit):
            field.textChanged.connect(self.refresh)
        self.finish_layout()

    def values(self) -> dict[str, int]:
        """The two settings as stored (``BruktError`` when one does not fit)."""
        return {
            "voucher_valid_days": clean_setting("voucher_valid_days", read_days(self.voucher_days.text())),
            "max_cash_difference": clean_setting("max_cash_difference", read_kroner(self.cash_limit.text())),
        }

    def problem(self) -> str:
        try:
            self.values()
        except BruktError as error:
            return describe(error)
        return ""


class ReceiptPage(_Page):
    """The receipt's own texts: a few lines at the top, under the shop's name, and at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The receipt’s own texts"))
        self.setSubTitle(self.tr("Up to 4 short lines each. You can change them later."))
        form = _form()
        self.header = ReceiptTextEdit(self)
        self.header.setPlaceholderText(self.tr("For example: Open Tuesday to Saturday 10–16"))
        self.footer = ReceiptTextEdit(self)
        self.footer.setText(str(SETTINGS["receipt_footer"].default))
        form.addRow(field_label(self.tr("At the top"), self.header), self.header)
        form.addRow(
            "",
            _label(
                self.tr("Under the shop’s name and address, for example the opening hours."), self, "note"
            ),
        )
        form.addRow(field_label(self.tr("At the bottom"), self.footer), self.footer)
        form.addRow("", _label(self.tr("For example “Takk for handelen!”."), self, "note"))
        self.layout_.addLayout(form)
        for field in (self.header, self.footer):
            field.textChanged.connect(self.refresh)
        self.finish_layout()

    def values(self) -> dict[str, str]:
        return {
            "receipt_header": clean_setting("receipt_header", self.header.text()),
            "receipt_footer": clean_setting("receipt_footer", self.footer.text()),
        }

    def problem(self) -> str:
        try:
            self.values()
        except BruktError as error:
            return describe(error)
        return ""


class HubPage(_Page):
    """The chapter hub's code for this shop (may be left empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The chapter hub"))
        self.setSubTitle(self.tr("The code this shop sends its closed days to the chapter as."))
        form = _form()
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql+psycopg://…?shop=S007")
        form.addRow(field_label(self.tr("Hub address"), self.url), self.url)
        self.code = QLineEdit(self)
        self.code.setMaxLength(20)
        self.code.setMaximumWidth(320)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase)
        form.addRow(field_label(self.tr("Shop code"), self.code), self.code)
        form.addRow(
            "",
            _label(
                self.tr(
                    "The chapter gives each shop its own code, and an address with the code in it: "
                    "paste the address and the code fills in by itself. "
                    "Leave both empty if the shop does not report to a chapter hub."
                ),
                self,
                "note",
            ),
        )
        self.layout_.addLayout(form)
        self.code.textChanged.connect(self.refresh)
        self.url.textChanged.connect(self._take_code)
        self.finish_layout()

    def _take_code(self) -> None:
        from bruktpos.hub.link import url_shop

        carried = url_shop(self.url.text().strip()).upper()
        if carried and carried != self.code.text().strip().upper():
            self.code.setText(carried)
        self.refresh()

    def value(self) -> str:
        """The code as stored, upper-cased ("" = none given)."""
        return str(clean_setting("hub_shop_code", self.code.text()))

    def address(self) -> str:
        return self.url.text().strip()

    def problem(self) -> str:
        from bruktpos.services.hub_settings import hub_backend

        try:
            code = self.value()
        except BruktError as error:
            return describe(error)
        address = self.address()
        if address and hub_backend(address) not in ("postgresql", "sqlite"):
            return self.tr(
                "This is not a hub address. It starts with postgresql+psycopg:// or sqlite:///. "
                "Copy it exactly as the chapter sent it."
            )
        if address and not code:
            return self.tr(
                "Type the shop code the chapter gave this shop, so it is not mixed up with another."
            )
        return ""


class AdminPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr("The administrator adds the shop’s people and may do everything at the till.")
        )
        form = _form()
        self.name = QLineEdit(self)
        self.name.setMaxLength(60)
        digits = QRegularExpression(rf"\d{{0,{max(PIN_LENGTHS)}}}")
        self.pin = QLineEdit(self)
        self.pin_again = QLineEdit(self)
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(QRegularExpressionValidator(digits, self))
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        form.addRow(field_label(self.tr("Name"), self.name), self.name)
        form.addRow(field_label(self.tr("PIN (4 to 8 digits)"), self.pin), self.pin)
        form.addRow(field_label(self.tr("PIN again"), self.pin_again), self.pin_again)
        self.layout_.addLayout(form)
        self.layout_.addWidget(
            _label(self.tr("Choose a PIN only you know, and keep it to yourself."), self, "note")
        )
        for field in (self.name, self.pin, self.pin_again):
            field.textChanged.connect(self.refresh)
        self.finish_layout()

    def problem(self) -> str:
        pin, again = self.pin.text(), self.pin_again.text()
        if not self.name.text().strip():
            return self.tr("Type the administrator’s name to go on.")
        if len(pin) not in PIN_LENGTHS:
            return self.tr("Choose a PIN of 4 to 8 digits.")
        if not again:
            return self.tr("Type the PIN once more, to be sure it is right.")
        if again != pin:
            return self.tr("The two PINs are not the same. Type the PIN again in the last field.")
        return ""


class PrinterPage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The receipt printer"))
        self.setSubTitle(self.tr("How is the receipt printer connected? You can change this later."))
        self.choice = PrinterChoice(self)
        self.choice.changed.connect(self.refresh)
        self.layout_.addWidget(self.choice)
        self.finish_layout()

    def problem(self) -> str:
        return self.choice.problem()


class DonePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ready"))
        self.setSubTitle(self.tr("Check that all is right. Tap Back to change something."))
        self.summary = _label("", self)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.layout_.addWidget(self.summary)
        self.next_step = _label("", self)
        self.layout_.addWidget(self.next_step)
        self.error = _label("", self, "message")
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.setFinalPage(True)
        self.finish_layout()

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        details = wizard.details()
        money = wizard.money_page.values()
        code = wizard.hub_page.value()
        lines = [
            fill(self.tr("Shop: %1 (org. no. %2)"), details.name, _grouped(details.org_number)),
            fill(self.tr("Administrator: %1"), wizard.admin_page.name.text().strip()),
            fill(self.tr("Receipt printer: %1"), wizard.printer_page.choice.summary()),
            self.tr("Registered for VAT: receipts show VAT.")
            if details.vat_registered
            else self.tr("Not registered for VAT: receipts show no VAT."),
            fill(
                self.tr("Vouchers valid for %1 days; a cash difference above %2 needs a note."),
                money["voucher_valid_days"],
                format_money(money["max_cash_difference"]),
            ),
        ]
        if details.phone:
            lines.insert(1, fill(self.tr("Phone: %1"), details.phone))
        if code:
            lines.append(fill(self.tr("Shop code for the chapter hub: %1"), code))
        self.summary.setText("\n".join(lines))
        self.next_step.setText(
            fill(
                self.tr("Tap Finish to save. Then log in as %1 with your PIN."),
                wizard.admin_page.name.text().strip(),
            )
        )
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def validatePage(self) -> bool:
        # Finish: this is the one place the setup writes anything.
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.save()


def _grouped(org_number: str) -> str:
    return " ".join(org_number[i : i + 3] for i in range(0, len(org_number), 3))


class SetupWizard(QWizard):
    """Set up a new shop in ``db``; after it is accepted, :attr:`created_admin` is logged in."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Set up BruktPOS"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self._db = db
        self._register: RegisterInfo | None = None
        self.created_admin: Operator | None = None
        self.welcome_page = WelcomePage(self)
        self.shop_page = ShopPage(self)
        self.money_page = MoneyPage(self)
        self.receipt_page = ReceiptPage(self)
        self.hub_page = HubPage(self)
        self.admin_page = AdminPage(self)
        self.printer_page = PrinterPage(self)
        self.done_page = DonePage(self)
        for page_id, page in (
            (WELCOME, self.welcome_page),
            (SHOP, self.shop_page),
            (MONEY, self.money_page),
            (RECEIPT, self.receipt_page),
            (HUB, self.hub_page),
            (ADMIN, self.admin_page),
            (PRINTER, self.printer_page),
            (DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        # Wide, so the notes beside the fields wrap less and the tallest page fits a 700-px screen;
        # as high as that page needs (a wizard does not grow for its pages' wrapped notes).
        open_wide(self, 1000, 640)

    def details(self) -> ShopDetails:
        """The shop's facts from the pages that ask for them."""
        return replace(self.shop_page.details(), vat_registered=self.money_page.vat.isChecked())

    def settings(self) -> dict[str, object]:
        """The settings the setup stores with the shop (an empty shop code keeps the default)."""
        chosen: dict[str, object] = {**self.money_page.values(), **self.receipt_page.values()}
        code = self.hub_page.value()
        if code:
            chosen["hub_shop_code"] = code
        if self.hub_page.address():
            chosen["hub_url"] = self.hub_page.address()
        return chosen

    def save(self) -> bool:
        """Create the shop, log the administrator in and store the printer; False on failure.

        A second tap on Finish after a failure picks up where the first one stopped.
        """
        pin = self.admin_page.pin.text()
        try:
            if self._register is None:
                _, self._register = set_up_shop(
                    self._db,
                    self.details(),
                    admin_name=self.admin_page.name.text().strip(),
                    admin_pin=pin,
                    settings=self.settings(),
                )
            users = UserService(self._db, register_id=self._register.id)
            admin_info = next(u for u in users.list_users() if u.role is Role.ADMIN)
            admin = users.login(admin_info.id, pin)
            SettingsService(self._db, register_id=self._register.id).set(
                "receipt_printer", self.printer_page.choice.config().as_dict(), by=admin
            )
        except BruktError as err:
            self.done_page.show_error(describe(err))
            return False
        except ValueError as err:
            log.warning("setup refused: %s", err)
            self.done_page.show_error(
                self.tr("This database already has a shop. Close this window and start BruktPOS again.")
                if "already has a shop" in str(err)
                else self.tr("Some of the facts were not accepted. Tap Back and check each page.")
            )
            return False
        except Exception:
            log.exception("setup could not be saved")
            self.done_page.show_error(
                self.tr(
                    "The shop could not be saved. Check that the disk is not full, then tap Finish again."
                )
            )
            return False
        self.created_admin = admin
        return True
