"""The administrators' "Butikken" screen: the shop's facts and the texts on its receipts.

Two columns: the shop (name, short name, organisation number, address,
phone, VAT registration) and the receipt and the day (the text at the top
and the bottom of every receipt, how long a voucher is valid, the cash
difference a close takes without a note). Save stores what changed, in one
go; the rules are the service's (:mod:`bruktpos.services.shop_details`),
which says in a sentence what is wrong and changes nothing then.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.shop import MAX_ADDRESS, MAX_CITY, MAX_NAME, MAX_PHONE, MAX_SHORT_NAME
from bruktpos.services.shop_details import ShopDetailsForm, ShopDetailsService
from bruktpos.ui.admin.shop_fields import (
    FIELD_HEIGHT,
    ReceiptTextEdit,
    days_edit,
    kroner_edit,
    kroner_text,
    labelled,
    line_edit,
    read_days,
    read_kroner,
)
from bruktpos.ui.messages import describe, fill, format_date
from bruktpos.ui.widgets.text import hint_line, message_line, say

log = logging.getLogger(__name__)


def grouped_org_number(digits: str) -> str:
    """``999 999 999``, as it is printed."""
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


class ShopDetailsScreen(QWidget):
    """The shop's details, for an administrator to read and change."""

    closed = Signal()
    saved = Signal(object)  # ShopInfo, as stored now

    def __init__(self, service: ShopDetailsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shop_details")
        self.service = service
        self.admin: Operator | None = None
        self._stored: ShopDetailsForm | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("The shop"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        intro = hint_line(self)
        intro.setText(
            self.tr(
                "What every receipt and report says about the shop. Change what is needed and tap Save; "
                "the next receipt shows it."
            )
        )
        layout.addWidget(intro)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        body.setObjectName("shop_details_body")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(32)
        columns.addLayout(self._shop_column(body), 1)
        columns.addLayout(self._receipt_column(body), 1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.message = message_line(self, min_height=FIELD_HEIGHT)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.setMinimumHeight(56)
        self.back_button.clicked.connect(self.closed)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(56)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    # --- the two columns ---------------------------------------------------------

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("section")
        return label

    def _shop_column(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self._heading(self.tr("The shop"), parent))
        self.name = line_edit(parent, max_length=MAX_NAME)
        self.short_name = line_edit(parent, max_length=MAX_SHORT_NAME)
        self.org_number = line_edit(parent, max_length=11, placeholder="999 999 999")
        self.address = line_edit(parent, max_length=MAX_ADDRESS)
        self.postcode = line_edit(parent, max_length=4)
        self.postcode.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.postcode))
        self.city = line_edit(parent, max_length=MAX_CITY)
        self.phone = line_edit(parent, max_length=MAX_PHONE, placeholder="22 33 44 55")
        self.vat = QCheckBox(self.tr("The shop is registered for VAT (MVA)"), parent)
        self.vat.setMinimumHeight(FIELD_HEIGHT)
        blocks = [
            labelled(parent, self.tr("Name"), self.name)[0],
            labelled(
                parent,
                self.tr("Short name"),
                self.short_name,
                self.tr("On labels and at the top of the till. Empty: the same as the name."),
            )[0],
            labelled(
                parent,
                self.tr("Organisation number"),
                self.org_number,
                self.tr("9 digits, printed on every receipt."),
            )[0],
            labelled(parent, self.tr("Address"), self.address)[0],
        ]
        for block in blocks:
            column.addWidget(block)
        place = QHBoxLayout()
        place.setSpacing(12)
        place.addWidget(labelled(parent, self.tr("Postcode"), self.postcode)[0], 1)
        place.addWidget(labelled(parent, self.tr("City"), self.city)[0], 3)
        column.addLayout(place)
        column.addWidget(
            labelled(
                parent,
                self.tr("Phone"),
                self.phone,
                self.tr("Printed on receipts, so customers can call. May be left empty."),
            )[0]
        )
        column.addWidget(self.vat)
        self.vat_hint = QLabel(parent)
        self.vat_hint.setObjectName("hint")
        self.vat_hint.setWordWrap(True)
        column.addWidget(self.vat_hint)
        column.addStretch(1)
        return column

    def _receipt_column(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self._heading(self.tr("Receipts and the day"), parent))
        self.receipt_header = ReceiptTextEdit(parent)
        self.receipt_footer = ReceiptTextEdit(parent)
        self.voucher_days = days_edit(parent)
        self.cash_limit = kroner_edit(parent)
        for block in (
            labelled(
                parent,
                self.tr("Text at the top of the receipt"),
                self.receipt_header,
                self.tr("Up to 4 short lines under the shop’s name, for example the opening hours."),
            )[0],
            labelled(
                parent,
                self.tr("Text at the bottom of the receipt"),
                self.receipt_footer,
                self.tr("Up to 4 short lines, for example “Takk for handelen!”."),
            )[0],
            labelled(
                parent,
                self.tr("A voucher is valid for (days)"),
                self.voucher_days,
                self.tr("How long a voucher (tilgodelapp) can be used after it is given out."),
            )[0],
            labelled(
                parent,
                self.tr("Cash difference allowed at closing (kr)"),
                self.cash_limit,
                self.tr("A bigger difference needs a note and a shop leader’s approval. For example 50,00."),
            )[0],
        ):
            column.addWidget(block)
        column.addStretch(1)
        return column

    # --- what the main window calls -------------------------------------------------

    def open_for(self, admin: Operator) -> None:
        """Show the details as stored now, to be changed by ``admin``."""
        self.admin = admin
        say(self.message, "")
        self.reload()
        self.name.setFocus()

    def reload(self) -> None:
        try:
            form = self.service.current()
            day = self.service.open_day()
        except BruktError as error:
            log.warning("could not read the shop's details: %s", error)
            say(self.message, describe(error), "error")
            return
        self._stored = form
        self.name.setText(form.name)
        self.short_name.setText(form.short_name)
        self.org_number.setText(grouped_org_number(form.org_number))
        self.address.setText(form.address)
        self.postcode.setText(form.postcode)
        self.city.setText(form.city)
        self.phone.setText(form.phone)
        self.vat.setChecked(form.vat_registered)
        self.receipt_header.setText(form.receipt_header)
        self.receipt_footer.setText(form.receipt_footer)
        self.voucher_days.setText(str(form.voucher_valid_days))
        self.cash_limit.setText(kroner_text(form.max_cash_difference))
        hint = self.tr("Tick this only if the organisation is in the VAT Register; receipts then show VAT.")
        if day is not None:
            hint += " " + fill(
                self.tr("The day of %1 is open at till %2, so this can change only after its Z report."),
                format_date(day.business_date),  # type: ignore[arg-type]
                day.register,
            )
        self.vat_hint.setText(hint)

    def form(self) -> ShopDetailsForm:
        """What the fields say now (``InvalidShopDetail``, ``InvalidAmount``: days or kroner that are not)."""
        return ShopDetailsForm(
            name=self.name.text(),
            short_name=self.short_name.text(),
            org_number=re.sub(r"\s", "", self.org_number.text()),
            address=self.address.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            vat_registered=self.vat.isChecked(),
            receipt_header=self.receipt_header.text(),
            receipt_footer=self.receipt_footer.text(),
            voucher_valid_days=read_days(self.voucher_days.text()),
            max_cash_difference=read_kroner(self.cash_limit.text()),
        )

    def save(self) -> bool:
        """Store what changed; the message line says what happened."""
        if self.admin is None:
            return False
        try:
            form = self.form()
            if form == self._stored:
                say(self.message, self.tr("Nothing was changed."), "info")
                return True
            shop = self.service.save(form, by=self.admin)
        except BruktError as error:
            say(self.message, describe(error), "error")
            return False
        self.reload()
        say(
            self.message, self.tr("Saved. The next receipt shows the shop’s details as they are now."), "info"
        )
        self.saved.emit(shop)
        return True
