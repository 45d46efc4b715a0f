"""Register a donation: weight and count per category, and a donor only if they ask.

One row per category the bag held (weight in kg with a comma, as on the
scale, and how many things). With a scale set up, each row's "Weigh" fills
its kilos from a stable weight (read in the background, so the screen never
waits on it, and typing stays possible), less the tare of a crate weighed
first; "Zero the scale" zeroes it. A weight above the category's usual
limit is questioned once ("Is that right?") before anything is saved. The
donor's name or phone is kept only when they want a pick-up or a receipt;
nothing else about donors is stored.
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

from bruktpos.devices.scale import ScaleConfig
from bruktpos.domain.errors import BruktError, InvalidPhone
from bruktpos.domain.formatting import format_number
from bruktpos.domain.people import Operator
from bruktpos.services.intake import MAX_WEIGHT_GRAMS, DonationLineInput, IntakeService
from bruktpos.services.shop import TillCatalogue
from bruktpos.ui.messages import describe
from bruktpos.ui.messages_scale import kilos_text
from bruktpos.ui.scale_reader import ScaleReader
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.text import say

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
        self.catalogue = catalogue
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
        self.weight.ensurePolished()  # the theme's type: its example whole, with the padding
        self.weight.setMinimumWidth(
            self.weight.fontMetrics().horizontalAdvance(self.weight.placeholderText()) + 32
        )
        self.count = QSpinBox(self)
        self.count.setMinimumHeight(TOUCH)
        self.count.setRange(0, MAX_COUNT)
        self.count.setSuffix(self.tr(" pcs"))
        self.count.setAccessibleName(self.tr("How many things"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setMinimumHeight(TOUCH)
        self.weigh_button = QPushButton(self.tr("Weigh"), self)
        self.weigh_button.setObjectName("weigh")
        self.weigh_button.setMinimumHeight(TOUCH)
        self.weigh_button.setAccessibleName(self.tr("Weigh on the scale"))
        self.weigh_button.setMaximumWidth(120)  # the kilos it fills need the room more
        self.weigh_button.setVisible(False)
        row.addWidget(self.category, 3)
        row.addWidget(self.weight, 2)
        row.addWidget(self.weigh_button)
        row.addWidget(self.count, 2)
        row.addWidget(self.remove_button)

    def category_id(self) -> int | None:
        """The chosen category's id."""
        value = self.category.currentData()
        return int(value) if value is not None else None

    def limit_grams(self) -> int:
        """The chosen category's usual most in one entry (0: none)."""
        chosen = self.category_id()
        return next((c.max_weight_grams for c in self.catalogue.categories if c.id == chosen), 0)


class DonationDialog(QDialog):
    """What came in, per category; on OK it is saved and ``donation_id`` is set."""

    def __init__(
        self,
        intake: IntakeService,
        catalogue: TillCatalogue,
        operator: Operator,
        parent: QWidget | None = None,
        *,
        scale: ScaleConfig | None = None,
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
        self.scale = scale if scale is not None and scale.enabled else None
        self.tare_grams = 0
        # (category, grams) of the weights above their category's limit already asked about.
        self.confirmed: set[tuple[int, int]] = set()
        self._weighing: tuple[str, DonationRow | None, str] | None = None  # what, row, its text then

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
        self.reader = ScaleReader(lambda: self.scale or ScaleConfig(), self)
        self.reader.weighed.connect(self._weighed)
        self.reader.zeroed.connect(self._zeroed)
        self.reader.failed.connect(self._scale_failed)
        self.reader.busy_changed.connect(self._refresh_scale)
        layout.addLayout(self._scale_row())

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

        self.message = MessageLine(self, lines=2)  # its room kept: the buttons below never move
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
        open_wide(self, 820)

    def _scale_row(self) -> QHBoxLayout:
        """Zero and tare, and what the scale said: only with a scale set up."""
        bar = QHBoxLayout()
        self.zero_button = QPushButton(self.tr("Zero the scale"), self)
        self.zero_button.setMinimumHeight(TOUCH)
        self.zero_button.clicked.connect(self.zero_scale)
        self.tare_button = QPushButton(self.tr("Tare: weigh the empty crate"), self)
        self.tare_button.setMinimumHeight(TOUCH)
        self.tare_button.clicked.connect(self.take_tare)
        self.scale_message = QLabel(self)
        self.scale_message.setObjectName("message")
        self.scale_message.setWordWrap(True)
        self.scale_message.setProperty("level", "info")
        bar.addWidget(self.zero_button)
        bar.addWidget(self.tare_button)
        bar.addWidget(self.scale_message, 1)
        for widget in (self.zero_button, self.tare_button, self.scale_message):
            widget.setVisible(self.scale is not None)
        return bar

    def add_row(self) -> DonationRow:
        """A new, empty row at the bottom."""
        row = DonationRow(self.catalogue, self)
        row.remove_button.clicked.connect(lambda _=False, r=row: self.remove_row(r))
        row.weigh_button.setVisible(self.scale is not None)
        row.weigh_button.setEnabled(not self.reader.busy)
        row.weigh_button.clicked.connect(lambda _=False, r=row: self.weigh(r))
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
        """A calm sentence over the buttons (empty leaves its room empty)."""
        self.message.say(text, "error")

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

    def unusual(self, lines: list[DonationLineInput]) -> list[tuple[int, DonationLineInput, int]]:
        """(row number, line, limit) of each weight above its category's limit not yet asked about."""
        found = []
        for n, (row, line) in enumerate(zip(self.rows, lines, strict=True), start=1):
            limit = row.limit_grams()
            if (
                limit
                and line.weight_grams > limit
                and (line.category_id, line.weight_grams) not in self.confirmed
            ):
                found.append((n, line, limit))
        return found

    def register(self) -> None:
        """Save the donation and close, or say plainly why not (nothing is saved then).

        A weight above its category's limit is asked about first, once: the
        same weight registered again is taken as meant.
        """
        lines = self.lines()
        if lines is None:
            return
        unusual = self.unusual(lines)
        if unusual:
            n, line, limit = unusual[0]
            row = self.rows[n - 1]
            self.show_message(
                self.tr(
                    "Row %1: %2 kg of %3 is more than the %4 kg that usually comes in one go. Is that right? "
                    "If it is, tap Register donation again; if not, correct the weight."
                )
                .replace("%1", str(n))
                .replace("%2", _kilos(line.weight_grams))
                .replace("%3", row.category.currentText())
                .replace("%4", _kilos(limit))
            )
            self.confirmed.update((x.category_id, x.weight_grams) for _, x, _ in unusual)
            row.weight.setFocus()
            row.weight.selectAll()
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

    # --- the scale ------------------------------------------------------------

    def weigh(self, row: DonationRow) -> None:
        """Read a stable weight into ``row``'s kilos (less the tare), in the background."""
        self._start_scale("weigh", row)

    def take_tare(self) -> None:
        """Weigh the empty crate: its weight comes off every weighing after it (empty scale: no tare)."""
        self._start_scale("tare", None)

    def zero_scale(self) -> None:
        self._start_scale("zero", None)

    def _start_scale(self, what: str, row: DonationRow | None) -> None:
        if self.reader.busy:
            return
        self._weighing = (what, row, row.weight.text() if row is not None else "")
        if what == "zero":
            self._say_scale(self.tr("Zeroing the scale …"))
            self.reader.zero()
        else:
            self._say_scale(self.tr("Weighing … keep the scale still."))
            self.reader.weigh()

    def _weighed(self, grams: int) -> None:
        what, row, text_then = self._weighing or ("weigh", None, "")
        self._weighing = None
        if what == "tare":
            self.tare_grams = max(0, grams)
            if self.tare_grams:
                self._say_scale(
                    self.tr("Tare %1 kg: it is taken off each weighing.").replace("%1", kilos_text(grams))
                )
            else:
                self._say_scale(self.tr("No tare: the scale was empty."))
            return
        if row is None or row not in self.rows:
            return
        net = grams - self.tare_grams
        if net < 0:
            self._say_scale(
                self.tr(
                    "The scale shows %1 kg, less than the tare. Put the crate on, then weigh again."
                ).replace("%1", kilos_text(grams)),
                "error",
            )
            return
        if row.weight.text() != text_then:  # typed while the scale was read: what was typed stays
            self._say_scale(
                self.tr("The scale showed %1 kg; the weight you typed is kept.").replace(
                    "%1", kilos_text(net)
                )
            )
            return
        row.weight.setText(format_number(Decimal(net).scaleb(-3), places=3, grouping=False))
        self._say_scale(self.tr("Weighed: %1 kg.").replace("%1", kilos_text(net)))

    def _zeroed(self) -> None:
        self._weighing = None
        self._say_scale(self.tr("The scale is zeroed."))

    def _scale_failed(self, text: str) -> None:
        self._weighing = None
        self._say_scale(text, "error")

    def _refresh_scale(self, busy: bool) -> None:
        for widget in (self.zero_button, self.tare_button, *(row.weigh_button for row in self.rows)):
            widget.setEnabled(not busy)

    def _say_scale(self, text: str, level: str = "info") -> None:
        say(self.scale_message, text, level)
        self.scale_message.setVisible(self.scale is not None and bool(text))

    def done(self, result: int) -> None:
        self.reader.stop()  # a read still running ends soon; its answer finds no one
        super().done(result)


def _kilos(grams: int) -> str:
    """Kilos with one decimal, as the shop speaks of them: ``30``, ``35,5``."""
    text = format_number(Decimal(grams).scaleb(-3), places=1)
    return text[:-2] if text.endswith(",0") else text
