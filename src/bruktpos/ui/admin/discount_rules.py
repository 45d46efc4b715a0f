"""The shop's discount limit and approval rule, set by a shop leader.

What a cashier may take off one line alone (per cent and kroner), and whether
an approval must come from someone other than the person asking. Saved with
:func:`~bruktpos.services.price_rules.save_discount_rules`, journalled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.clock import local_now
from bruktpos.services.price_rules import DiscountRules, discount_rules, save_discount_rules
from bruktpos.services.settings import SETTINGS
from bruktpos.store.db import Database
from bruktpos.ui.admin.shop_fields import FieldGrid, kroner_edit, kroner_text, line_edit, read_kroner
from bruktpos.ui.back_office_sizes import back_office_look
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.text import message_line, say

log = logging.getLogger(__name__)


class DiscountRulesDialog(QDialog):
    """Per cent, kroner and the second-person rule; Save or Cancel."""

    def __init__(
        self,
        db: Database,
        leader: Operator,
        parent: QWidget | None = None,
        *,
        register_id: int | None = None,
        clock: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(parent)
        back_office_look(self, parent)  # bigger type and targets over a big window
        self.setObjectName("discount_rules")
        self.setModal(True)
        self.setWindowTitle(self.tr("Discounts and approvals"))
        self._db, self._leader, self._register_id, self._clock = db, leader, register_id, clock
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Discounts and approvals"), self)
        heading.setObjectName("dialog_title")
        layout.addWidget(heading)
        grid = FieldGrid(self)
        self.percent = line_edit(
            self, max_length=3, placeholder=str(SETTINGS["discount_limit_percent"].default)
        )
        self.percent.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"), self.percent))
        self.percent.setMaximumWidth(120)
        self.amount = kroner_edit(self)
        self.amount.setMaximumWidth(180)
        grid.add(self.tr("Discount limit (%)"), self.percent)
        grid.add(
            self.tr("Discount limit (kr)"),
            self.amount,
            self.tr("A cashier may take this much off a line alone; more, or kr 0, needs a shop leader."),
        )
        layout.addLayout(grid)
        self.second_person = QCheckBox(self.tr("Nobody approves their own discount or difference"), self)
        self.second_person.setMinimumHeight(48)  # a finger's target, like every button
        layout.addWidget(self.second_person)
        self.message = message_line(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self._load()
        open_wide(self, 720)

    def _load(self) -> None:
        try:
            rules = discount_rules(self._db)
        except BruktError as error:
            log.warning("could not read the discount limit: %s", error)
            say(self.message, describe(error), "error")
            return
        self.percent.setText(str(rules.percent))
        self.amount.setText(kroner_text(rules.amount))
        self.second_person.setChecked(rules.second_person)

    def save(self) -> bool:
        """Store what the fields say; the dialog closes when it is stored, else says why."""
        try:
            text = self.percent.text().strip()
            # Not a number: -1, which the service's range check refuses (the range is its rule).
            percent = int(text) if text.isdigit() else -1
            rules = DiscountRules(percent, read_kroner(self.amount.text()), self.second_person.isChecked())
            save_discount_rules(
                self._db, rules, by=self._leader, register_id=self._register_id, clock=self._clock
            )
        except BruktError as error:
            log.info("discount limit not saved: %s", error)
            say(self.message, describe(error), "error")
            return False
        self.accept()
        return True
