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
    QScroller,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.shop import MAX_ADDRESS, MAX_CITY, MAX_NAME, MAX_PHONE, MAX_SHORT_NAME
from bruktpos.services.shop_details import ShopDetailsForm, ShopDetailsService
from bruktpos.ui.admin.shop_fields import (
    FIELD_HEIGHT,
    FieldGrid,
    ReceiptTextEdit,
    days_edit,
    kroner_edit,
    kroner_text,
    line_edit,
    read_days,
    read_kroner,
)
from bruktpos.ui.messages import describe, fill, format_date
from bruktpos.ui.widgets.text import message_line, say

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
        layout.setContentsMargins(24, 10, 24, 12)
        layout.setSpacing(8)
        title = QLabel(self.tr("The shop"), self)
        title.setObjectName("title")
        layout.addWidget(title)
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
        # A small screen scrolls the form; a finger drags it as well as the bar does.
        scroll.verticalScrollBar().setMinimumWidth(24)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout.addWidget(scroll, 1)
        self.form_scroll = scroll

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

    def _shop_column(self, parent: QWidget) -> FieldGrid:
        grid = FieldGrid(parent)
        grid.heading(self.tr("Name and address"))
        self.name = line_edit(parent, max_length=MAX_NAME)
        self.short_name = line_edit(parent, max_length=MAX_SHORT_NAME)
        self.org_number = line_edit(parent, max_length=11, placeholder="999 999 999")
        self.address = line_edit(parent, max_length=MAX_ADDRESS)
        self.postcode = line_edit(parent, max_length=4, placeholder="0155")
        self.postcode.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.postcode))
        self.postcode.setMaximumWidth(90)
        self.city = line_edit(parent, max_length=MAX_CITY)
        self.phone = line_edit(parent, max_length=MAX_PHONE, placeholder="22 33 44 55")
        self.vat = QCheckBox(self.tr("The shop is registered for VAT (MVA)"), parent)
        self.vat.setMinimumHeight(FIELD_HEIGHT)
        grid.add(self.tr("Name"), self.name)
        grid.add(self.tr("Short name"), self.short_name, self.tr("On labels and in the till."))
        grid.add(self.tr("Org. number"), self.org_number)
        grid.add(self.tr("Address"), self.address)
        place = QHBoxLayout()
        place.setSpacing(8)
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        grid.add(self.tr("Postcode, city"), place, buddy=self.postcode)
        grid.add(self.tr("Phone"), self.phone, self.tr("Printed on receipts."))
        row = grid.rowCount()
        grid.addWidget(self.vat, row, 0, 1, 2)
        self.vat_hint = QLabel(parent)
        self.vat_hint.setObjectName("hint")
        self.vat_hint.setWordWrap(True)
        grid.addWidget(self.vat_hint, row + 1, 0, 1, 2)
        grid.setRowStretch(grid.rowCount(), 1)
        return grid

    def _receipt_column(self, parent: QWidget) -> FieldGrid:
        grid = FieldGrid(parent)
        grid.heading(self.tr("The receipt"))
        self.receipt_header = ReceiptTextEdit(parent)
        self.receipt_header.setPlaceholderText(self.tr("For example the opening hours"))
        self.receipt_footer = ReceiptTextEdit(parent)
        self.receipt_footer.setPlaceholderText("Takk for handelen!")
        grid.add(
            self.tr("At the top"), self.receipt_header, self.tr("Up to 4 short lines under the shop’s name.")
        )
        grid.add(self.tr("At the bottom"), self.receipt_footer)
        grid.heading(self.tr("Vouchers and closing"))
        self.voucher_days = days_edit(parent)
        self.voucher_days.setMaximumWidth(140)
        self.cash_limit = kroner_edit(parent)
        self.cash_limit.setMaximumWidth(180)
        grid.add(self.tr("Voucher (days)"), self.voucher_days, self.tr("How long a voucher can be used."))
        grid.add(
            self.tr("Difference (kr)"),
            self.cash_limit,
            self.tr("A bigger difference at closing needs a note and a shop leader."),
        )
        self.vipps_number = line_edit(parent, max_length=12, placeholder="123456")
        self.vipps_number.setMaximumWidth(180)
        grid.add(
            self.tr("Vipps number"),
            self.vipps_number,
            self.tr("Shown at the till when a customer pays with Vipps."),
        )
        grid.setRowStretch(grid.rowCount(), 1)
        return grid

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
        self.vipps_number.setText(form.vipps_number)
        hint = self.tr("Only if the organisation is in the VAT Register.")
        if day is not None:
            hint += " " + fill(
                self.tr("The day of %1 is open at till %2: this can change after its Z report."),
                format_date(day.business_date),
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
            vipps_number="".join(self.vipps_number.text().split()),
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
