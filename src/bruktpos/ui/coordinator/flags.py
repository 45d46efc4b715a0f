"""A flagged day, opened from the coordinators' window: the note, who approved it and the figures."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from bruktpos.domain.formatting import format_money, format_number
from bruktpos.services.coordinator import CashFlag, Overview
from bruktpos.ui.widgets.dates import qdate


class FlagDialog(QDialog):
    """One register's day with a cash difference over the limit."""

    def __init__(self, flag: CashFlag, overview: Overview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag = flag
        names = {shop.code: shop.name for shop in overview.shops}
        day = QLocale().toString(qdate(flag.business_date), "dddd d. MMMM yyyy")
        self.setWindowTitle(self.tr("Cash difference"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{names.get(flag.shop_code, flag.shop_name)} — {day}", self)
        heading.setObjectName("flag_heading")
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        self.values: dict[str, QLabel] = {}
        rows = (
            (
                "difference",
                self.tr("Cash difference"),
                ("+" if flag.difference > 0 else "") + format_money(flag.difference),
            ),
            ("note", self.tr("Note at the Z"), flag.note or self.tr("No note was written")),
            ("approved_by", self.tr("Approved by"), flag.approved_by or self.tr("No leader approved it")),
            ("register", self.tr("Register"), flag.register_code),
            ("net_sales", self.tr("Net sales that day"), format_money(flag.net_sales)),
            ("receipts", self.tr("Receipts that day"), format_number(flag.receipts)),
        )
        for key, title, value in rows:
            label = QLabel(value, self)
            label.setWordWrap(True)
            label.setStyleSheet("font-size: 16px;")
            self.values[key] = label
            form.addRow(QLabel(title, self), label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setMinimumHeight(44)
        layout.addWidget(buttons)
