"""Label printer settings, with a test label (for shop leaders).

The leader chooses how the label printer is connected (the same choice as
for the receipt printer), its resolution (203 or 300 dpi) and prints one
sample label to check both. "No label printer" keeps labels on A4 sticker
sheets. A printer set up in the computer (CUPS) gets each label as a picture
through its print queue; one on the network, USB or a serial port must speak
ESC/POS, as receipt printers do.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.label_printer import DPIS
from bruktpos.devices.labels import LabelData, mark_for
from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.codes import ean13_check_digit
from bruktpos.domain.errors import BruktError
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.messages import describe
from bruktpos.ui.printing import ReceiptDesk
from bruktpos.ui.widgets.printer_choice import PrinterChoice
from bruktpos.ui.widgets.text import say

log = logging.getLogger(__name__)

TOUCH = 48
# Shop 000, serial 0: an item code no shop ever hands out, so the test label
# scans as "not found" at the till instead of selling something.
TEST_CODE = "040000000000" + str(ean13_check_digit("040000000000"))
TEST_PRICE = 5000


class LabelPrinterSettingsScreen(QWidget):
    """Choose the label printer and its resolution; print a test label; save."""

    closed = Signal()

    def __init__(
        self,
        settings: SettingsService,
        desk: ReceiptDesk,
        shop_name: str,
        parent: QWidget | None = None,
        *,
        clock: Clock = local_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("label_printer_settings")
        self.settings = settings
        self.desk = desk
        self.shop_name = shop_name
        self.clock = clock
        self.leader: Operator | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Label printer"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "Without a label printer, labels are saved as A4 sticker sheets (PDF). "
                "A printer set up in the computer gets each label as a picture; one on the "
                "network, USB or a serial port must understand ESC/POS, like a receipt printer."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        self.choice = PrinterChoice(self)
        # Its texts speak of receipts; for labels the first page says what "none" means,
        # and a file of printer commands is no use to a leader.
        self.choice.kind_buttons["none"].setText(self.tr("No label printer (A4 sheets)"))
        none_page = self.choice.forms.widget(0)
        if isinstance(none_page, QLabel):
            none_page.setText(self.tr("Labels are saved as A4 sticker sheets to print on an office printer."))
        self.choice.kind_buttons["file"].setVisible(False)
        layout.addWidget(self.choice, 1)

        dpi_row = QHBoxLayout()
        dpi_row.addWidget(QLabel(self.tr("Resolution"), self))
        self.dpi_group = QButtonGroup(self)
        self.dpi_buttons: dict[int, QPushButton] = {}
        texts = {203: self.tr("203 dpi (8 dots per mm)"), 300: self.tr("300 dpi (12 dots per mm)")}
        for dpi in DPIS:
            button = QPushButton(texts[dpi], self)
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH)
            self.dpi_group.addButton(button, dpi)
            self.dpi_buttons[dpi] = button
            dpi_row.addWidget(button)
        dpi_row.addStretch(1)
        layout.addLayout(dpi_row)
        hint = QLabel(self.tr("The resolution is on the printer’s type label or in its manual."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.status = QLabel(self)
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(TOUCH)
        self.status.setProperty("level", "info")
        self.status.setVisible(False)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        self.test_button = QPushButton(self.tr("Print a test label"), self)
        self.test_button.clicked.connect(self.print_test)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for button in (self.back_button, self.test_button, self.save_button):
            button.setMinimumHeight(TOUCH)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        desk.label_test_printed.connect(self._test_printed)
        desk.label_test_failed.connect(lambda text: self._say(text, "error"))

    # --- the public face ---------------------------------------------------

    def open_for(self, leader: Operator) -> None:
        """Show the stored settings, to be changed by ``leader``."""
        self.leader = leader
        try:
            config = PrinterConfig.from_dict(self.settings.get("label_printer"))
        except ValueError:
            config = PrinterConfig()
        self.choice.set_config(config)
        stored = int(self.settings.get("label_printer_dpi"))
        nearest = min(DPIS, key=lambda dpi: abs(dpi - stored))
        self.dpi_buttons[nearest].setChecked(True)
        self._say("")

    def dpi(self) -> int:
        """The chosen resolution (203 or 300)."""
        chosen = self.dpi_group.checkedId()
        return chosen if chosen in DPIS else DPIS[0]

    def stored_setting(self) -> dict[str, object] | None:
        """The ``label_printer`` setting the form describes (``{}`` for none), or None
        (with a message) when it is not complete."""
        problem = self.choice.problem()
        if problem:
            self._say(problem, "error")
            return None
        try:
            config = self.choice.config()
        except ValueError as error:
            log.info("label printer settings refused: %s", error)
            self._say(
                self.tr("These settings do not work. Check the address and the numbers, then try again."),
                "error",
            )
            return None
        return config.as_dict() if config.enabled else {}

    def test_label(self) -> LabelData:
        """The sample label: a price, æøå, the shop's name, this week's mark and a code."""
        return LabelData(
            TEST_CODE,
            TEST_PRICE,
            self.tr("Test label – æøå ÆØÅ"),
            self.shop_name,
            mark_for(self.clock().date()),
        )

    def print_test(self) -> None:
        """Print the sample label with the settings on the screen (saved or not), in the background."""
        stored = self.stored_setting()
        if stored is None:
            return
        if not stored:
            self._say(self.tr("Choose how the label printer is connected first."), "error")
            return
        self._say(self.tr("Printing a test label …"))
        self.desk.test_label_print(stored, self.dpi(), self.test_label())

    def save(self) -> None:
        stored = self.stored_setting()
        if stored is None or self.leader is None:
            return
        try:
            self.settings.set("label_printer", stored, by=self.leader)
            self.settings.set("label_printer_dpi", self.dpi(), by=self.leader)
        except BruktError as error:
            self._say(describe(error), "error")
            return
        if stored:
            self._say(self.tr("Saved. New labels go to the label printer."))
        else:
            self._say(self.tr("Saved. New labels are saved as A4 sticker sheets."))

    # --- inside ------------------------------------------------------------

    def _test_printed(self) -> None:
        self._say(
            self.tr(
                "The test label was sent. Check that the price is sharp and the barcode "
                "is not cut off; if it prints too big or too small, try the other resolution."
            )
        )

    def _say(self, text: str, level: str = "info") -> None:
        say(self.status, text, level)
