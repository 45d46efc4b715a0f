"""Register a donation: weight and count per category, and a donor only if they ask.

One row per category the bag held (weight in kg with a comma, as on the
scale, and how many things). The donor's name or phone is kept only when
they want a pick-up or a receipt; nothing else about donors is stored.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError, InvalidPhone
from bruktpos.domain.people import Operator
from bruktpos.services.intake import MAX_WEIGHT_GRAMS, DonationLineInput, IntakeService
from bruktpos.services.shop import TillCatalogue
from bruktpos.ui.messages import describe

TOUCH = 48  # px: the smallest thing a finger has to hit
MAX_COUNT = 100_000


def parse_kilos(text: str) -> int | None:
    """Grams for a weight typed in kg (``2,5`` → 2500), or None when it is not a weight.

    Comma or point as the decimal mark; spaces are ignored. Negative
    and absurd weights are not weights; part grams are rounded.
    """
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        kilos = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not kilos.is_finite() or kilos < 0 or kilos * 1000 > MAX_WEIGHT_GRAMS:
        return None
    return int((kilos * 1000).quantize(Decimal(1), rounding=ROUND_HALF_UP))


class DonationRow(QWidget):
    """One category of the donation: category, weight in kg, count, and a remove button."""

    def __init__(self, catalogue: TillCatalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.category = QComboBox(self)
        self.category.setMinimumHeight(TOUCH)
        for category in catalogue.categories:
            self.category.addItem(category.name, category.id)
        self.weight = QLineEdit(self)
        self.weight.setMinimumHeight(TOUCH)
        self.weight.setPlaceholderText(self.tr("kg, for example 2,5"))
        self.weight.setAccessibleName(self.tr("Weight in kg"))
        self.count = QSpinBox(self)
        self.count.setMinimumHeight(TOUCH)
        self.count.setRange(0, MAX_COUNT)
        self.count.setSuffix(self.tr(" pcs"))
        self.count.setAccessibleName(self.tr("How many things"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setMinimumHeight(TOUCH)
        row.addWidget(self.category, 3)
        row.addWidget(self.weight, 2)
        row.addWidget(self.count, 2)
        row.addWidget(self.remove_button)

    def category_id(self) -> int | None:
        """The chosen category's id."""
        value = self.category.currentData()
        return int(value) if value is not None else None


class DonationDialog(QDialog):
    """What came in, per category; on OK it is saved and ``donation_id`` is set."""

    def __init__(
        self,
        intake: IntakeService,
        catalogue: TillCatalogue,
        operator: Operator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("donation_dialog")
        self.setWindowTitle(self.tr("Register donation"))
        self.intake = intake
        self.catalogue = catalogue
        self.operator = operator
        self.donation_id: int | None = None
        self.grams = 0
        self.rows: list[DonationRow] = []

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("What came in? One row per category: weight in kg and how many things."))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add a row"), self)
        self.add_button.setMinimumHeight(TOUCH)
        self.add_button.clicked.connect(self.add_row)
        layout.addWidget(self.add_button)

        donor = QFormLayout()
        self.donor_name = QLineEdit(self)
        self.donor_name.setMinimumHeight(TOUCH)
        self.donor_name.setMaxLength(80)
        self.donor_phone = QLineEdit(self)
        self.donor_phone.setMinimumHeight(TOUCH)
        self.donor_phone.setMaxLength(20)
        donor.addRow(self.tr("Donor’s name (optional)"), self.donor_name)
        donor.addRow(self.tr("Donor’s phone (optional)"), self.donor_phone)
        layout.addLayout(donor)
        privacy = QLabel(
            self.tr(
                "Only fill these in when the donor wants a pick-up or a receipt; otherwise nothing is kept."
            )
        )
        privacy.setWordWrap(True)
        layout.addWidget(privacy)

        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", "error")
        self.message.setVisible(False)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setMinimumHeight(TOUCH)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Register donation"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setMinimumHeight(64)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.register)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button, 1)
        layout.addLayout(buttons)
        self.add_row()

    def add_row(self) -> DonationRow:
        """A new, empty row at the bottom."""
        row = DonationRow(self.catalogue, self)
        row.remove_button.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        self.rows_box.addWidget(row)
        self.rows.append(row)
        self._refresh_remove()
        row.weight.setFocus()
        return row

    def remove_row(self, row: DonationRow) -> None:
        """Take ``row`` away (the last row always stays)."""
        if len(self.rows) <= 1 or row not in self.rows:
            return
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self._refresh_remove()

    def _refresh_remove(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)

    def show_message(self, text: str) -> None:
        """A calm sentence over the buttons (empty hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def lines(self) -> list[DonationLineInput] | None:
        """The rows as donation lines, or None (and a message) when a weight is not a weight."""
        lines: list[DonationLineInput] = []
        for n, row in enumerate(self.rows, start=1):
            category_id = row.category_id()
            if category_id is None:
                self.show_message(self.tr("There is no category to choose. Ask the shop leader to add one."))
                return None
            grams = parse_kilos(row.weight.text())
            if grams is None:
                self.show_message(
                    self.tr("Row %1: “%2” is not a weight. Type kilos from the scale, for example 2,5.")
                    .replace("%1", str(n))
                    .replace("%2", row.weight.text().strip())
                )
                row.weight.setFocus()
                return None
            lines.append(DonationLineInput(category_id, grams, row.count.value()))
        return lines

    def register(self) -> None:
        """Save the donation and close, or say plainly why not (nothing is saved then)."""
        lines = self.lines()
        if lines is None:
            return
        try:
            self.donation_id = self.intake.register_donation(
                lines,
                by=self.operator,
                donor_name=self.donor_name.text(),
                donor_phone=self.donor_phone.text(),
            )
        except InvalidPhone as error:
            self.show_message(describe(error))
            self.donor_phone.setFocus()
            return
        except BruktError as error:
            self.show_message(describe(error))
            return
        self.grams = sum(line.weight_grams for line in lines)
        self.accept()
