"""A shop leader corrects a registered donation: choose it, put the weights right, say why.

The latest donations are listed newest first, each with its day, time, kilos
and who registered it. The chosen one's rows show its categories as they
stand; the leader changes what is wrong and gives a reason. Saving adds a
correction (new lines that reverse the old and add the right ones, see
:meth:`~bruktpos.services.intake.IntakeService.correct_donation`); what was
registered first is never changed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.formatting import format_number
from bruktpos.domain.people import Operator
from bruktpos.services.intake import DonationLineInput, DonationView, IntakeService
from bruktpos.services.shop import TillCatalogue
from bruktpos.ui.intake.donation import TOUCH, DonationRow, parse_kilos
from bruktpos.ui.messages import describe, format_datetime
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.text import say


def kilos_field(grams: int) -> str:
    """A weight as the row's field shows it: ``2,345``."""
    return format_number(Decimal(grams).scaleb(-3), places=3, grouping=False)


class DonationCorrectionDialog(QDialog):
    """The latest donations; the chosen one's rows to put right; Save adds the correction."""

    def __init__(
        self,
        intake: IntakeService,
        catalogue: TillCatalogue,
        leader: Operator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("donation_correction")
        self.setWindowTitle(self.tr("Correct a donation"))
        self.intake = intake
        self.catalogue = catalogue
        self.leader = leader
        self.chosen: DonationView | None = None
        self.rows: list[DonationRow] = []
        self.correction_id: int | None = None

        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Choose the donation, put its weights right and say why. What was registered first "
                "stays in the records; the correction is added to it."
            ),
            self,
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.list = QListWidget(self)
        self.list.setObjectName("donation_list")
        self.list.setMinimumHeight(160)
        self.list.currentRowChanged.connect(self._chosen)
        layout.addWidget(self.list, 1)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add a row"), self)
        self.add_button.setMinimumHeight(TOUCH)
        self.add_button.clicked.connect(lambda: self._add_row(None))
        layout.addWidget(self.add_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Why"), self))
        self.reason = QLineEdit(self)
        self.reason.setMinimumHeight(TOUCH)
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("for example: 960 g, not 960 kg"))
        reason_row.addWidget(self.reason, 1)
        layout.addLayout(reason_row)
        self.message = MessageLine(self, lines=2)  # its room kept: the buttons below never move
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setMinimumHeight(TOUCH)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save the correction"), self)
        self.save_button.setObjectName("primary")
        self.save_button.setMinimumHeight(64)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button, 1)
        layout.addLayout(buttons)
        self.reload()
        open_wide(self, 820)

    def reload(self) -> None:
        """List the latest donations again (the first is chosen)."""
        self.list.clear()
        for donation in self.intake.recent_donations():
            text = (
                self.tr("%1 · %2 kg · %3")
                .replace("%1", format_datetime(donation.received_at))
                .replace("%2", format_number(Decimal(donation.weight_grams).scaleb(-3), places=1))
                .replace("%3", donation.received_by)
            )
            if donation.corrections:
                text += " · " + self.tr("corrected")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, donation.id)
            item.setSizeHint(QSize(0, TOUCH))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            say(self.message, self.tr("No donation has been registered yet."))
        self.save_button.setEnabled(self.list.count() > 0)

    def _chosen(self, index: int) -> None:
        item = self.list.item(index) if index >= 0 else None
        for row in self.rows:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.chosen = None
        if item is None:
            return
        try:
            self.chosen = self.intake.donation(int(item.data(Qt.ItemDataRole.UserRole)))
        except BruktError as error:
            say(self.message, describe(error), "error")
            return
        for line in self.chosen.lines:
            self._add_row(line.category_id, line.weight_grams, line.count)
        if not self.rows:
            self._add_row(None)
        say(self.message, "")

    def _add_row(self, category_id: int | None, grams: int = 0, count: int = 0) -> DonationRow:
        row = DonationRow(self.catalogue, self)
        if category_id is not None:
            at = row.category.findData(category_id)
            if at >= 0:
                row.category.setCurrentIndex(at)
            row.weight.setText(kilos_field(grams))
            row.count.setValue(count)
        row.remove_button.clicked.connect(lambda _=False, r=row: self._remove_row(r))
        self.rows_box.addWidget(row)
        self.rows.append(row)
        return row

    def _remove_row(self, row: DonationRow) -> None:
        if len(self.rows) <= 1 or row not in self.rows:
            return
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()

    def save(self) -> None:
        """Add the correction, or say plainly why not (nothing is saved then)."""
        if self.chosen is None:
            return
        lines: list[DonationLineInput] = []
        for n, row in enumerate(self.rows, start=1):
            grams = parse_kilos(row.weight.text())
            category_id = row.category_id()
            if grams is None or category_id is None:
                say(
                    self.message,
                    self.tr("Row %1: “%2” is not a weight. Type kilos, for example 2,5.")
                    .replace("%1", str(n))
                    .replace("%2", row.weight.text().strip()),
                    "error",
                )
                row.weight.setFocus()
                return
            lines.append(DonationLineInput(category_id, grams, row.count.value()))
        given = {(x.category_id, x.weight_grams, x.count) for x in lines if x.weight_grams or x.count}
        if given == {(x.category_id, x.weight_grams, x.count) for x in self.chosen.lines}:
            say(self.message, self.tr("Nothing is different from what is registered. Change a weight first."))
            return
        if not self.reason.text().strip():
            say(self.message, self.tr("Say why it is corrected, so the records explain it."), "error")
            self.reason.setFocus()
            return
        try:
            self.correction_id = self.intake.correct_donation(
                self.chosen.id, lines, by=self.leader, reason=self.reason.text()
            )
        except BruktError as error:
            say(self.message, describe(error), "error")
            return
        self.accept()
