"""The pricing screen: one item after another, from category to printed label.

Tap a category (big buttons, as at the till), tap a suggested price or type
another, optionally a short description, how many identical things, then
"Print labels". Many identical things get either a unique label each or one
price tag for the category and price (the category's setting is the
default). Labels go to the shop's label printer if it has one; otherwise to
an A4 sticker sheet PDF in a ``labels`` folder next to the database, starting
at any position of a half-used sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.labels import LAYOUTS, LabelData, label_sheet_pdf, mark_for
from bruktpos.devices.scale import ScaleConfig
from bruktpos.domain.errors import BruktError
from bruktpos.domain.formatting import format_number
from bruktpos.domain.money import ORE_PER_KRONE, format_money
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, may
from bruktpos.services.intake import MAX_ITEMS_AT_ONCE, IntakeService
from bruktpos.services.shop import CategoryButton, TillCatalogue
from bruktpos.store.db import Database
from bruktpos.ui.background import give_way, while_button_waits
from bruktpos.ui.intake.donation import TOUCH, DonationDialog
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.keypad import MoneyInput
from bruktpos.ui.widgets.text import message_line, say, two_lines

BUTTON_COLUMNS = 2
DEFAULT_LAYOUT = "a4-3x8"


def price_text(ore: int) -> str:
    """``kr 50`` for whole kroner, else ``kr 49,50``."""
    return format_money(ore, whole=ore % ORE_PER_KRONE == 0)


class PricingScreen(QWidget):
    """Categories on the left; price, count, label kind and printing on the right."""

    closed = Signal()

    def __init__(
        self,
        intake: IntakeService,
        catalogue: TillCatalogue,
        db: Database,
        shop_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pricing")
        self.intake = intake
        self.catalogue = catalogue
        self.db = db
        self.shop_name = shop_name
        self.operator: Operator | None = None
        self.category: CategoryButton | None = None
        self.donation_id: int | None = None
        self.labels: list[LabelData] = []  # every label made on this screen, oldest first
        # Sends labels to a label printer if the shop has one (True), else A4 PDFs are made.
        self.label_sender: Callable[[list[LabelData]], bool] | None = None
        self.last_pdf: Path | None = None
        self.suggestion_buttons: list[QPushButton] = []
        # The main window sets this to a PIN dialog for a shop leader (correcting a donation).
        self.ask_leader: Callable[[Action, str], Operator | None] = lambda _action, _reason: None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(16)
        left = self._build_left()
        outer.addLayout(left, 1)
        outer.addLayout(self._build_right(), 1)
        # The label kind, how many and the sheet sit on the left, under the list of
        # labels made: at 1024 × 768 the right side has room for the keypad, the
        # description, the print button and a two-line message, and no more.
        at = left.indexOf(self.made) + 1
        for row in (self.kind_row, self.count_row, self.sheet_row):
            left.insertLayout(at, row)
            at += 1
        self._choose_category(None)

    # --- building ------------------------------------------------------------

    def _fill_categories(self) -> None:
        """One big button per goods category of ``self.catalogue``, in the till's order."""
        grid = self._category_grid
        for button in self.category_buttons.values():
            grid.removeWidget(button)
            button.setParent(None)
            button.deleteLater()
        self.category_buttons.clear()
        while grid.count():  # the stretch row under the last buttons
            grid.takeAt(0)
        for n, category in enumerate(self.catalogue.categories):
            button = QPushButton(two_lines(category.name), self._category_page)
            button.setObjectName("category")
            button.setCheckable(True)
            button.setStyleSheet(
                f"background-color: {category.color}; color: #ffffff; border-color: {category.color};"
            )
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, c=category: self._choose_category(c))
            grid.addWidget(button, n // BUTTON_COLUMNS, n % BUTTON_COLUMNS)
            self.category_buttons[category.id] = button
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        grid.setRowStretch(grid.rowCount(), 1)

    def _build_left(self) -> QVBoxLayout:
        side = QVBoxLayout()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        self._category_page = QWidget(scroll)
        self._category_grid = QGridLayout(self._category_page)
        self._category_grid.setSpacing(8)
        self.category_buttons: dict[int, QPushButton] = {}
        self._fill_categories()
        scroll.setWidget(self._category_page)
        side.addWidget(scroll, 3)
        self.made = QTableWidget(0, 3, self)
        self.made.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Text"), self.tr("Price")])
        self.made.horizontalHeader().setStretchLastSection(True)
        self.made.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.made.verticalHeader().setVisible(False)
        self.made.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.made.setMinimumHeight(90)
        side.addWidget(self.made, 1)

        buttons = QHBoxLayout()
        self.donation_button = QPushButton(self.tr("Register donation"), self)
        self.donation_button.setMinimumHeight(TOUCH)
        self.donation_button.clicked.connect(self.open_donation)
        buttons.addWidget(self.donation_button, 1)
        self.close_button = QPushButton(self.tr("Done"), self)
        self.close_button.setMinimumHeight(TOUCH)
        self.close_button.clicked.connect(self.closed.emit)
        buttons.addWidget(self.close_button, 1)
        side.addLayout(buttons)
        # A leader's step, on its own row: three buttons side by side would not fit 1024 px.
        self.correct_button = QPushButton(self.tr("Correct a donation …"), self)
        self.correct_button.setMinimumHeight(TOUCH)
        self.correct_button.clicked.connect(self.correct_donation)
        side.addWidget(self.correct_button)
        return side

    def _build_right(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.setSpacing(6)
        self.category_label = QLabel(self)
        self.category_label.setObjectName("heading")
        self.category_label.setWordWrap(True)
        side.addWidget(self.category_label)

        self.suggestions = QHBoxLayout()
        side.addLayout(self.suggestions)
        self.price_input = MoneyInput(self, show_ok=False, allow_zero=True)
        price_layout = self.price_input.layout()
        assert price_layout is not None  # MoneyInput lays itself out in its constructor
        price_layout.setContentsMargins(0, 0, 0, 0)  # the screen has its own margins
        price_layout.setSpacing(8)
        self.price_input.accepted.connect(lambda _amount: self.print_labels())
        side.addWidget(self.price_input, 1)

        self.description = QLineEdit(self)
        self.description.setMinimumHeight(TOUCH)
        self.description.setMaxLength(120)
        # Short enough to show whole in the side column of a 1024-px screen.
        self.description.setPlaceholderText(self.tr("Description (optional), e.g. “Blue wool sweater”"))
        side.addWidget(self.description)

        count_row = self.count_row = QHBoxLayout()
        self.count_label = QLabel(self.tr("How many"), self)
        self.minus_button = QPushButton("−", self)
        self.count = QSpinBox(self)
        self.plus_button = QPushButton("+", self)
        self.count.setRange(1, MAX_ITEMS_AT_ONCE)
        self.count.setAccessibleName(self.tr("How many"))
        self.count.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)  # − and + are big buttons
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.minus_button, self.count, self.plus_button):
            widget.setMinimumSize(TOUCH + 8, TOUCH)
        for button in (self.minus_button, self.plus_button):
            button.setObjectName("step")  # the theme's narrow −/+ buttons
            button.setStyleSheet("padding: 0px; min-width: 56px;")
            button.setFixedWidth(60)
        self.minus_button.clicked.connect(lambda: self.count.setValue(self.count.value() - 1))
        self.plus_button.clicked.connect(lambda: self.count.setValue(self.count.value() + 1))
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.minus_button)
        count_row.addWidget(self.count)
        count_row.addWidget(self.plus_button)
        count_row.addStretch(1)
        kind_row = self.kind_row = QHBoxLayout()
        # Checkable buttons rather than radio buttons: the whole button answers a tap.
        self.each_button = QPushButton(self.tr("One label each"), self)
        self.tag_button = QPushButton(self.tr("One price tag"), self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        for radio in (self.each_button, self.tag_button):
            radio.setObjectName("choice")
            radio.setStyleSheet("padding: 4px 8px;")
            radio.setCheckable(True)
            radio.setMinimumHeight(TOUCH)
            self.kind_group.addButton(radio)
            kind_row.addWidget(radio)
        self.each_button.setChecked(True)
        self.tag_button.toggled.connect(self._refresh_kind)

        sheet_row = self.sheet_row = QHBoxLayout()
        self.layout_choice = QComboBox(self)
        self.layout_choice.setMinimumHeight(TOUCH)
        # Shrinks (and elides) rather than pushing the start field off the screen.
        self.layout_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_choice.setMinimumContentsLength(12)
        for name, layout in LAYOUTS.items():
            text = self.tr("A4, %1 labels of %2 × %3 mm")
            for n, value in enumerate((layout.per_page, layout.label_width, layout.label_height), start=1):
                text = text.replace(f"%{n}", format_number(Decimal(str(value))))
            self.layout_choice.addItem(text, name)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(DEFAULT_LAYOUT)))
        self.layout_choice.currentIndexChanged.connect(self._refresh_start)
        self.start = QSpinBox(self)
        self.start.setMinimumSize(TOUCH * 2, TOUCH)
        self.start.setPrefix(self.tr("start at label "))
        self.start.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sheet_row.addWidget(self.layout_choice, 1)
        sheet_row.addWidget(self.start)
        self._refresh_start()

        self.writing_labels = False  # a label sheet is being written in the background
        self.print_button = QPushButton(self.tr("Print labels"), self)
        self.print_button.setObjectName("primary")
        self.print_button.setMinimumHeight(72)
        self.print_button.clicked.connect(self.print_labels)
        side.addWidget(self.print_button)

        self.message = message_line(self, min_height=TOUCH)
        side.addWidget(self.message)

        return side

    # --- the public API ------------------------------------------------------

    def set_catalogue(self, catalogue: TillCatalogue) -> None:
        """Show ``catalogue``'s categories (after a leader changed them); the chosen one stays if there."""
        if catalogue.categories == self.catalogue.categories:
            self.catalogue = catalogue
            return
        chosen = self.category.id if self.category is not None else None
        self.catalogue = catalogue
        self._fill_categories()
        again = next((c for c in catalogue.categories if c.id == chosen), None)
        if again is None:
            self._choose_category(None)
        else:
            self.category = again
            self.category_label.setText(again.name)
            self.category_buttons[again.id].setChecked(True)

    def set_operator(self, operator: Operator | None) -> None:
        """Who is pricing now (needed to register a donation)."""
        self.operator = operator

    def show_message(self, text: str, level: str = "info") -> None:
        """One or two calm sentences under the print button (empty hides it)."""
        say(self.message, text, level)

    def labels_not_printed(self, text: str) -> None:
        """The label printer failed (``text`` says why): the items are saved, so nothing is lost."""
        self.show_message(
            text
            + " "
            + self.tr("The items are saved: print their labels from “Items in stock”, or on A4 sheets."),
            "error",
        )

    def layout_name(self) -> str:
        """The chosen sticker sheet (a key of ``LAYOUTS``)."""
        return str(self.layout_choice.currentData())

    def labels_folder(self) -> Path:
        """Where the PDFs go: a ``labels`` folder next to the database."""
        return Path(self.db.path).parent / "labels"

    # --- choosing ------------------------------------------------------------

    def _choose_category(self, category: CategoryButton | None) -> None:
        self.category = category
        for category_id, button in self.category_buttons.items():
            button.setChecked(category is not None and category.id == category_id)
        for button in self.suggestion_buttons:
            self.suggestions.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        self.price_input.clear()
        self.description.clear()
        self.count.setValue(1)
        chosen = category is not None
        for widget in (self.price_input, self.description, self.count, self.minus_button, self.plus_button):
            widget.setEnabled(chosen)
        for widget in (self.each_button, self.tag_button):
            widget.setEnabled(chosen)
        self.print_button.setEnabled(chosen and not self.writing_labels)
        if category is None:
            self.category_label.setText(self.tr("Choose a category on the left."))
            return
        self.category_label.setText(category.name)
        self.show_message("")
        try:
            suggestions = self.intake.price_suggestions(category.id)
        except BruktError as error:
            self.show_message(describe(error), "error")
            return
        prices = [p for p in (suggestions.default, *suggestions.common) if p > 0]
        for price in dict.fromkeys(prices):  # default first, no price twice
            button = QPushButton(price_text(price), self)
            button.setObjectName("quick_amount")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, p=price: self.price_input.set_amount(p))
            self.suggestions.addWidget(button)
            button.show()  # a child added to a visible screen is hidden until shown
            self.suggestion_buttons.append(button)
        if suggestions.default > 0:
            self.price_input.set_amount(suggestions.default)
        (self.tag_button if category.price_tags else self.each_button).setChecked(True)
        self._refresh_kind()

    def _refresh_kind(self) -> None:
        # A price tag is one label: the count is greyed out, not hidden, so nothing moves.
        counting = self.category is not None and not self.tag_button.isChecked()
        for widget in (self.count_label, self.minus_button, self.count, self.plus_button):
            widget.setEnabled(counting)

    def _refresh_start(self) -> None:
        per_page = LAYOUTS[self.layout_name()].per_page
        self.start.setRange(1, per_page)
        self.start.setSuffix(self.tr(" of %1").replace("%1", str(per_page)))

    # --- donation ------------------------------------------------------------

    def open_donation(self) -> None:
        """Ask what came in; items priced afterwards are linked to that donation."""
        if self.operator is None:
            self.show_message(self.tr("Log in first, then register the donation."), "error")
            return
        dialog = DonationDialog(self.intake, self.catalogue, self.operator, self, scale=self.scale_config())
        if dialog.exec() and dialog.donation_id is not None:
            self.donation_id = dialog.donation_id
            kilos = format_number(Decimal(dialog.grams).scaleb(-3), places=1)
            self.show_message(
                self.tr("The donation is registered (%1 kg). Now price the items.").replace("%1", kilos)
            )

    def correct_donation(self) -> None:
        """A leader puts a registered donation's weights right (a cashier asks a leader first)."""
        if self.operator is None:
            self.show_message(self.tr("Log in first, then register the donation."), "error")
            return
        leader: Operator | None = self.operator
        if leader is None or not may(leader.role, Action.CORRECT_DONATION):
            leader = self.ask_leader(Action.CORRECT_DONATION, self.tr("Correcting a registered donation"))
            if leader is None:
                self.show_message(self.tr("Nothing was changed."))
                return
        from bruktpos.ui.intake.donation_correction import DonationCorrectionDialog

        dialog = DonationCorrectionDialog(self.intake, self.catalogue, leader, self)
        if dialog.exec() and dialog.correction_id is not None:
            self.show_message(self.tr("The correction is saved. The reports show the corrected kilos."))

    def scale_config(self) -> ScaleConfig:
        """The shop's scale as the settings have it (none when unset or not readable)."""
        from bruktpos.services.settings import SettingsService

        try:
            return ScaleConfig.from_dict(SettingsService(self.db).get("scale"))
        except (ValueError, BruktError):
            return ScaleConfig()

    # --- printing ------------------------------------------------------------

    def print_labels(self) -> None:
        """Make the items (or the price tag) and send their labels to the label printer, or to a PDF."""
        category = self.category
        if category is None:
            self.show_message(self.tr("Choose a category on the left first."), "error")
            return
        price = self.price_input.amount()
        if price is None:
            self.show_message(self.tr("Tap a price or type one first."), "error")
            return
        if self.writing_labels:
            self.show_message(self.tr("The last labels are still being made. Wait a moment."))
            return
        description = self.description.text().strip()
        text = f"{category.name}: {description}" if description else category.name
        mark = mark_for(self.intake.clock().date())
        intake, tag, count, donation_id = (
            self.intake,
            self.tag_button.isChecked(),
            self.count.value(),
            self.donation_id,
        )

        def make(_progress: Callable[[int, int], None]) -> list[str]:
            # Up to MAX_ITEMS_AT_ONCE items in one transaction and its fsync: off the GUI thread.
            if tag:
                return [intake.price_tag(category.id, price)]
            return intake.price_items(
                category.id, price, count=count, description=description, donation_id=donation_id
            )

        def made(codes: object) -> None:
            assert isinstance(codes, list)
            labels = [LabelData(code, price, text, self.shop_name, mark) for code in codes]
            self._add_to_list(labels)
            self.price_input.clear()
            self.description.clear()
            self.count.setValue(1)
            if self.label_sender is not None and self.label_sender(labels):
                self.writing_labels = False
                self.show_message(self.tr("The labels are being printed on the label printer."))
            else:
                self._write_pdf(labels)

        def not_made(error: BaseException) -> None:
            self.writing_labels = False
            if not isinstance(error, BruktError):
                raise error  # a bug: the till's handler for uncaught errors logs it and says so calmly
            self.show_message(describe(error), "error")

        def back_to_normal() -> None:
            self.print_button.setEnabled(self.category is not None)

        self.writing_labels = True  # until the labels are sent, or their sheet is written
        while_button_waits(
            self.print_button, self.tr("Saving the items …"), make, made, not_made, restore=back_to_normal
        )

    def _add_to_list(self, labels: list[LabelData]) -> None:
        self.labels.extend(labels)
        first = self.made.rowCount()
        self.made.setRowCount(first + len(labels))  # the rows in one go: a row at a time re-lays out each
        for row, label in enumerate(labels, start=first):
            for column, value in enumerate((label.code, label.text, price_text(label.price))):
                self.made.setItem(row, column, QTableWidgetItem(value))
        self.made.scrollToBottom()

    def _write_pdf(self, labels: list[LabelData]) -> None:
        layout = self.layout_name()
        start = self.start.value()
        stamp = self.intake.clock().strftime("%Y%m%d-%H%M%S")
        folder = self.labels_folder()
        path = folder / f"etiketter-{stamp}.pdf"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"etiketter-{stamp}-{n}.pdf"
        self.writing_labels = True

        def write(progress: Callable[[int, int], None]) -> None:
            folder.mkdir(parents=True, exist_ok=True)
            label_sheet_pdf(labels, layout, path, start=start, progress=progress, pause=give_way)

        def drawn(done: int, of: int) -> None:  # "Making the label sheet … 300 of 500"
            if self.writing_labels and of > 1:
                self.print_button.setText(fill(self.tr("Making the label sheet … %1 of %2"), done, of))

        def back_to_normal() -> None:
            self.writing_labels = False
            self.print_button.setEnabled(self.category is not None)

        def saved(_: object) -> None:
            self.last_pdf = path
            per_page = LAYOUTS[layout].per_page
            self.start.setValue((start - 1 + len(labels)) % per_page + 1)  # go on where this sheet ends
            self.show_message(
                self.tr("The labels are saved in %1. Open it and print at 100 %.").replace("%1", str(path))
            )

        def not_saved(error: BaseException) -> None:
            if isinstance(error, BruktError):
                self.show_message(describe(error), "error")
                return
            self.show_message(
                self.tr(
                    "The items are saved, but the labels could not be written to %1. Ask the shop leader."
                ).replace("%1", str(folder)),
                "error",
            )

        while_button_waits(
            self.print_button,
            self.tr("Making the label sheet …"),
            write,
            saved,
            not_saved,
            progressed=drawn,
            restore=back_to_normal,
        )
