"""Receipt printer settings, with a sample print (for shop leaders).

The screen keeps what it is given: opening it and pressing "Save" stores
exactly what was stored, and a change touches only the field changed. The
form (:class:`~bruktpos.ui.widgets.printer_choice.PrinterChoice`) holds the
connection; this screen adds the paper width, the code page, the drawer pin
and whether the till asks the printer how it is around each job. A
connection that cannot answer (the computer's print queue, a file) says so
under that choice, and the choice is kept for when the connection changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.printer import PrinterConfig, nordic_codepages
from bruktpos.domain.errors import BruktError
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.message_text import fill
from bruktpos.ui.messages import describe
from bruktpos.ui.printing import ReceiptDesk
from bruktpos.ui.widgets.printer_choice import PrinterChoice
from bruktpos.ui.widgets.text import say

log = logging.getLogger(__name__)

TOUCH = 48
_CANNOT_ANSWER = ("cups", "file")  # connections that cannot read the printer's answer


class PrinterSettingsScreen(QWidget):
    closed = Signal()

    def __init__(
        self, settings: SettingsService, desk: ReceiptDesk, shop_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printer_settings")
        self.settings = settings
        self.desk = desk
        self.shop_name = shop_name
        self.leader: Operator | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Receipt printer"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        self.choice = PrinterChoice(self)
        layout.addWidget(self.choice, 1)

        fields = QHBoxLayout()
        fields.setSpacing(24)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.codepage = QComboBox(self)
        self.codepage.setObjectName("codepage")
        self.drawer_pin = QComboBox(self)
        self.drawer_pin.setObjectName("drawer_pin")
        self.drawer_pin.addItem(self.tr("Pin 2 (most drawers)"), 2)
        self.drawer_pin.addItem(self.tr("Pin 5"), 5)
        for name, field in (
            (self.tr("Paper"), self.paper),
            (self.tr("Letters (code page)"), self.codepage),
            (self.tr("Cash drawer"), self.drawer_pin),
        ):
            field.setMinimumHeight(TOUCH)
            column = QVBoxLayout()
            column.setSpacing(4)
            label = QLabel(name, self)
            label.setBuddy(field)
            column.addWidget(label)
            column.addWidget(field)
            fields.addLayout(column, 1)
        layout.addLayout(fields)
        self.check_status = QCheckBox(
            self.tr("Ask the printer if it has paper and its cover is shut, before and after each receipt"),
            self,
        )
        self.check_status.setObjectName("check_status")
        self.check_status.setMinimumHeight(TOUCH)
        layout.addWidget(self.check_status)
        self.status_note = QLabel(self)
        self.status_note.setObjectName("note")
        self.status_note.setWordWrap(True)
        layout.addWidget(self.status_note)

        self.status = QLabel(self)
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setProperty("level", "info")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        self.check_button = QPushButton(self.tr("Ask the printer"), self)
        self.check_button.clicked.connect(self._check)
        self.test_button = QPushButton(self.tr("Print a sample"), self)
        self.test_button.clicked.connect(self._test)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.check_button)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        self._fill_paper(PrinterConfig.columns)
        # Only the default until open_for: the profile's pages need python-escpos, not loaded at start.
        self.codepage.addItem(self._codepage_name(PrinterConfig.codepage), PrinterConfig.codepage)
        self.choice.changed.connect(self._show_what_the_connection_can_tell)
        desk.test_printed.connect(lambda: self._say(self.tr("The sample was sent to the printer."), "info"))
        desk.test_failed.connect(lambda text: self._say(text, "error"))
        desk.printer_checked.connect(lambda text: self._say(text, "info"))
        desk.printer_check_failed.connect(lambda text: self._say(text, "error"))
        self._show_what_the_connection_can_tell()

    def open_for(self, leader: Operator) -> None:
        """Show the stored settings, to be changed by ``leader``."""
        self.leader = leader
        try:
            config = PrinterConfig.from_dict(self.settings.get("receipt_printer"))
        except ValueError as error:
            log.warning("the stored receipt printer setting cannot be read: %s", error)
            config = PrinterConfig()
        self.choice.set_config(config)
        self._fill_paper(config.columns)
        self._fill_codepages(config)
        self.drawer_pin.setCurrentIndex(max(0, self.drawer_pin.findData(config.drawer_pin)))
        self.check_status.setChecked(config.check_status)
        self._show_what_the_connection_can_tell()
        self._say("", "info")

    def config(self) -> PrinterConfig | None:
        """The config the form describes, or None (with a message) when it is not complete."""
        problem = self.choice.problem()
        if problem:
            self._say(problem, "error")
            return None
        try:
            return self.choice.config(
                columns=int(self.paper.currentData()),
                codepage=str(self.codepage.currentData()),
                drawer_pin=int(self.drawer_pin.currentData()),
                check_status=self.check_status.isChecked(),
            )
        except ValueError as error:
            # PrinterConfig's own text names the field, in English: for the log.
            log.info("printer settings refused: %s", error)
            self._say(
                self.tr("These settings do not work. Check the address and the numbers, then try again."),
                "error",
            )
            return None

    # --- inside ------------------------------------------------------------

    def _fill_paper(self, columns: int) -> None:
        self.paper.clear()
        self.paper.addItem(self.tr("80 mm (42 characters)"), 42)
        self.paper.addItem(self.tr("58 mm (32 characters)"), 32)
        if self.paper.findData(columns) < 0:  # set up by hand: kept, and shown as it is
            self.paper.addItem(self.tr("%n characters", "", columns), columns)
        self.paper.setCurrentIndex(self.paper.findData(columns))

    def _fill_codepages(self, config: PrinterConfig) -> None:
        self.codepage.clear()
        for page in nordic_codepages(config.profile):
            self.codepage.addItem(self._codepage_name(page), page)
        self.codepage.setCurrentIndex(max(0, self.codepage.findData(config.codepage)))

    def _codepage_name(self, page: str) -> str:
        return fill(self.tr("%1 (the usual one)"), page) if page == PrinterConfig.codepage else page

    def _show_what_the_connection_can_tell(self) -> None:
        kind = self.choice.kind()
        cannot = kind in _CANNOT_ANSWER
        # Not unticked: the leader's choice comes back if the connection is changed again.
        self.check_status.setEnabled(kind != "none" and not cannot)
        if kind == "cups":
            note = self.tr(
                "A printer through the computer’s print queue cannot tell the till whether it has paper "
                "or its cover is open; the till only knows that the queue took the receipt. If a receipt "
                "does not come out, look at the printer, then print it again from the sale."
            )
        elif kind == "file":
            note = self.tr("A file cannot answer, so the till does not ask it.")
        else:
            note = ""
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))

    def _check(self) -> None:
        config = self.config()
        if config is None:
            return
        if not config.enabled:
            self._say(self.tr("Choose a connection first."), "error")
            return
        self._say(self.tr("Asking the printer …"), "info")
        self.desk.check_printer(config)

    def _test(self) -> None:
        config = self.config()
        if config is None:
            return
        if not config.enabled:
            self._say(self.tr("Choose a connection first."), "error")
            return
        self._say(self.tr("Printing a sample …"), "info")
        self.desk.test_print(self.shop_name, config)

    def _save(self) -> None:
        config = self.config()
        if config is None or self.leader is None:
            return
        try:
            self.settings.set("receipt_printer", config.as_dict(), by=self.leader)
        except BruktError as error:
            self._say(describe(error), "error")
            return
        self._say(self.tr("Saved."), "info")

    def _say(self, text: str, level: str) -> None:
        say(self.status, text, level)
