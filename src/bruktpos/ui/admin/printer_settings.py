"""Receipt printer settings, with a test print (for shop leaders)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.errors import BruktError
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.messages import describe
from bruktpos.ui.printing import ReceiptDesk
from bruktpos.ui.widgets.printer_choice import PrinterChoice
from bruktpos.ui.widgets.text import say

log = logging.getLogger(__name__)


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
        paper_row = QHBoxLayout()
        paper_row.addWidget(QLabel(self.tr("Paper"), self))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("80 mm (42 characters)"), 42)
        self.paper.addItem(self.tr("58 mm (32 characters)"), 32)
        paper_row.addWidget(self.paper, 1)
        layout.addLayout(paper_row)

        self.status = QLabel(self)
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setProperty("level", "info")
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        self.test_button = QPushButton(self.tr("Print a test page"), self)
        self.test_button.clicked.connect(self._test)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)

        desk.test_printed.connect(
            lambda: self._say(self.tr("The test page was sent to the printer."), "info")
        )
        desk.test_failed.connect(lambda text: self._say(text, "error"))

    def open_for(self, leader: Operator) -> None:
        """Show the stored settings, to be changed by ``leader``."""
        self.leader = leader
        try:
            config = PrinterConfig.from_dict(self.settings.get("receipt_printer"))
        except ValueError:
            config = PrinterConfig()
        self.choice.set_config(config)
        self.paper.setCurrentIndex(max(0, self.paper.findData(config.columns)))
        self._say("", "info")

    def config(self) -> PrinterConfig | None:
        """The config the form describes, or None (with a message) when it is not complete."""
        problem = self.choice.problem()
        if problem:
            self._say(problem, "error")
            return None
        try:
            return self.choice.config(columns=int(self.paper.currentData()))
        except ValueError as error:
            # PrinterConfig's own text names the field, in English: for the log.
            log.info("printer settings refused: %s", error)
            self._say(
                self.tr("These settings do not work. Check the address and the numbers, then try again."),
                "error",
            )
            return None

    def _test(self) -> None:
        config = self.config()
        if config is None:
            return
        if not config.enabled:
            self._say(self.tr("Choose a connection first."), "error")
            return
        self._say(self.tr("Printing a test page …"), "info")
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
