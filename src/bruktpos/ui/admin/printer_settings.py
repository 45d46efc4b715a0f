"""Receipt printer settings, with a test print (for shop leaders)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.errors import BruktError
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.messages import describe
from bruktpos.ui.printing import ReceiptDesk


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
        form = QFormLayout()
        self.kind = QComboBox(self)
        for kind, text in (
            ("none", self.tr("No printer")),
            ("network", self.tr("Network (IP address)")),
            ("usb", self.tr("USB")),
            ("serial", self.tr("Serial port")),
            ("cups", self.tr("Printer installed on this computer (CUPS)")),
            ("file", self.tr("File or device path")),
        ):
            self.kind.addItem(text, kind)
        self.kind.currentIndexChanged.connect(self._show_fields)
        form.addRow(self.tr("Connection"), self.kind)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.usb_vendor = QLineEdit(self)
        self.usb_vendor.setPlaceholderText("0x04b8")
        self.usb_product = QLineEdit(self)
        self.usb_product.setPlaceholderText("0x0202")
        self.serial_device = QLineEdit(self)
        self.serial_device.setPlaceholderText("/dev/ttyUSB0, COM3")
        self.cups_printer = QLineEdit(self)
        self.file_path = QLineEdit(self)
        self.file_path.setPlaceholderText("/dev/usb/lp0")
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("80 mm (42 characters)"), 42)
        self.paper.addItem(self.tr("58 mm (32 characters)"), 32)
        self._rows = {
            "network": [(self.tr("Address"), self.host), (self.tr("Port"), self.port)],
            "usb": [(self.tr("Vendor id"), self.usb_vendor), (self.tr("Product id"), self.usb_product)],
            "serial": [(self.tr("Serial port"), self.serial_device)],
            "cups": [(self.tr("Printer name"), self.cups_printer)],
            "file": [(self.tr("Path"), self.file_path)],
        }
        for rows in self._rows.values():
            for label, field in rows:
                form.addRow(label, field)
        form.addRow(self.tr("Paper"), self.paper)
        self.form = form
        layout.addLayout(form)

        self.status = QLabel(self)
        self.status.setObjectName("message")
        self.status.setWordWrap(True)
        self.status.setProperty("level", "info")
        layout.addWidget(self.status)
        layout.addStretch(1)
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
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
        self.host.setText(config.host)
        self.port.setValue(config.port)
        self.usb_vendor.setText(config.usb_vendor_id)
        self.usb_product.setText(config.usb_product_id)
        self.serial_device.setText(config.serial_device)
        self.cups_printer.setText(config.cups_printer)
        self.file_path.setText(config.file_path)
        self.paper.setCurrentIndex(max(0, self.paper.findData(config.columns)))
        self._say("", "info")
        self._show_fields()

    def _show_fields(self) -> None:
        chosen = self.kind.currentData()
        for kind, rows in self._rows.items():
            for _, field in rows:
                self.form.setRowVisible(field, kind == chosen)

    def config(self) -> PrinterConfig | None:
        """The config the form describes, or None (with a message) when it is not complete."""
        kind = self.kind.currentData()
        needed = {
            "network": (self.host, self.tr("Type the printer's IP address.")),
            "usb": (self.usb_vendor, self.tr("Type the printer's USB vendor and product id, like 0x04b8.")),
            "serial": (self.serial_device, self.tr("Type the serial port, like /dev/ttyUSB0 or COM3.")),
            "cups": (self.cups_printer, self.tr("Type the printer's name as this computer knows it.")),
            "file": (self.file_path, self.tr("Type the path to write to.")),
        }
        if kind in needed and not needed[kind][0].text().strip():
            self._say(needed[kind][1], "error")
            return None
        try:
            return PrinterConfig(
                kind=kind,
                host=self.host.text().strip(),
                port=self.port.value(),
                usb_vendor_id=self.usb_vendor.text().strip(),
                usb_product_id=self.usb_product.text().strip(),
                serial_device=self.serial_device.text().strip(),
                cups_printer=self.cups_printer.text().strip(),
                file_path=self.file_path.text().strip(),
                columns=int(self.paper.currentData()),
            )
        except ValueError as error:
            self._say(self.tr("These settings do not work: %1").replace("%1", str(error)), "error")
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
        self.status.setText(text)
        self.status.setProperty("level", level)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
