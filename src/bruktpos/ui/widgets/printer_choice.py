"""Choosing the receipt printer: how it is connected, and its address.

The form's own plain dict (:meth:`PrinterChoice.settings`) is::

    {"kind": "none" | "file" | "network" | "usb" | "serial" | "cups",
     "host": str, "port": int, "usb_vendor": int | None, "usb_product": int | None,
     "serial_device": str, "cups_name": str, "path": str}

Every key is always there; only the chosen kind's fields are filled in.
What is stored is :meth:`PrinterChoice.config` (a ``PrinterConfig``): the
configuration it was shown (:meth:`PrinterChoice.set_config`) with only what
the form holds put in, so what the form has no field for (drawer pin, code
page, profile, status check, USB endpoints, baud rate) stays as it was.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.printer import PrinterConfig
from bruktpos.ui.widgets.files import save_file_name

KINDS = ("none", "file", "network", "usb", "serial", "cups")
DEFAULT_PORT = 9100
# The PrinterConfig fields each kind's form has (the rest are kept from what it was shown).
_FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "none": (),
    "file": ("file_path",),
    "network": ("host", "port"),
    "usb": ("usb_vendor_id", "usb_product_id"),
    "serial": ("serial_device",),
    "cups": ("cups_printer",),
}


def empty_printer_settings(kind: str = "none") -> dict[str, Any]:
    """The setting's shape with nothing filled in."""
    return {
        "kind": kind,
        "host": "",
        "port": DEFAULT_PORT,
        "usb_vendor": None,
        "usb_product": None,
        "serial_device": "",
        "cups_name": "",
        "path": "",
    }


def parse_usb_id(text: str) -> int | None:
    """A USB vendor or product id as written on labels: ``04b8``, ``0x04B8``."""
    text = text.strip().lower().removeprefix("0x")
    if not 1 <= len(text) <= 4 or any(c not in "0123456789abcdef" for c in text):
        return None
    value = int(text, 16)
    return value or None


def _same(stored: object, shown: object) -> bool:
    """Whether the form shows the stored value, written another way (spaces, a USB id's 0x)."""
    if isinstance(stored, str) and isinstance(shown, str):
        if stored.strip() == shown.strip():
            return True
        ids = parse_usb_id(stored), parse_usb_id(shown)
        return ids[0] is not None and ids[0] == ids[1]
    return stored == shown


def _cups_printers() -> list[str]:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:  # a Qt build without print support
        return []
    return list(QPrinterInfo.availablePrinterNames())


class _WholeRowRadio(QRadioButton):
    """A radio button that takes a tap anywhere on its 48-pixel row, not only on its circle and words."""

    def hitButton(self, pos: QPoint) -> bool:  # a Qt override, hence camelCase
        return self.rect().contains(pos)


class PrinterChoice(QWidget):
    """Radio buttons for the kind of printer, and the fields that kind needs."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printer_choice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # six 48-px rows and the settings under them fit 700 px
        layout.setSpacing(24)
        kinds = QVBoxLayout()
        kinds.setSpacing(2)
        self._group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        names = {
            "none": self.tr("No printer yet"),
            "file": self.tr("File (for testing)"),
            "network": self.tr("Network"),
            "usb": self.tr("USB"),
            "serial": self.tr("Serial port"),
            "cups": self.tr("Printer set up in the computer (print queue)"),
        }
        self.forms = QStackedWidget(self)
        for n, kind in enumerate(KINDS):
            button = _WholeRowRadio(names[kind], self)
            button.setObjectName(f"printer_{kind}")
            button.setMinimumHeight(48)
            self._group.addButton(button, n)
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
        kinds.addStretch(1)
        layout.addLayout(kinds)
        layout.addWidget(self.forms, 1)

        self.forms.addWidget(
            self._note(self.tr("You can set up the receipt printer later, in the settings."))
        )

        # File
        self.path = QLineEdit(str(Path.home() / "bruktpos-receipts.txt"), self)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.forms.addWidget(
            self._form(
                self.tr("Receipts are written to this file instead of on paper, to try the till out."),
                [(self.tr("File"), row)],
            )
        )

        # Network
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("192.168.1.50")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.forms.addWidget(
            self._form(
                self.tr("The printer’s address on the shop’s network. The port is nearly always 9100."),
                [(self.tr("Address"), self.host), (self.tr("Port"), self.port)],
            )
        )

        # USB
        self.usb_vendor = QLineEdit(self)
        self.usb_vendor.setPlaceholderText("04b8")
        self.usb_product = QLineEdit(self)
        self.usb_product.setPlaceholderText("0202")
        self.forms.addWidget(
            self._form(
                self.tr("The two numbers the computer shows for the printer, for example 04b8 and 0202."),
                [(self.tr("Vendor ID"), self.usb_vendor), (self.tr("Product ID"), self.usb_product)],
            )
        )

        # Serial
        self.serial_device = QLineEdit(self)
        self.serial_device.setPlaceholderText("COM1" if sys.platform == "win32" else "/dev/ttyUSB0")
        self.forms.addWidget(
            self._form(
                self.tr("The serial port the printer is plugged into."),
                [(self.tr("Port"), self.serial_device)],
            )
        )

        # CUPS
        self.cups_name = QComboBox(self)
        self.cups_name.setEditable(True)
        self.cups_name.addItems(_cups_printers())
        self.forms.addWidget(
            self._form(
                self.tr("A printer the computer already knows. Choose it, or type its name."),
                [(self.tr("Printer"), self.cups_name)],
            )
        )

        for field in (self.path, self.host, self.usb_vendor, self.usb_product, self.serial_device):
            field.textChanged.connect(self.changed)
        self.port.valueChanged.connect(self.changed)
        self.cups_name.currentTextChanged.connect(self.changed)
        self._group.idToggled.connect(self._on_kind)
        self.kind_buttons["none"].setChecked(True)
        self._given = PrinterConfig()  # what set_config showed: kept where the form has no field

    # --- the public API ----------------------------------------------------

    def kind(self) -> str:
        return KINDS[max(self._group.checkedId(), 0)]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def settings(self) -> dict[str, Any]:
        """The choice as the plain dict stored in the ``receipt_printer`` setting."""
        kind = self.kind()
        result = empty_printer_settings(kind)
        if kind == "file":
            result["path"] = self.path.text().strip()
        elif kind == "network":
            result["host"] = self.host.text().strip()
            result["port"] = self.port.value()
        elif kind == "usb":
            result["usb_vendor"] = parse_usb_id(self.usb_vendor.text())
            result["usb_product"] = parse_usb_id(self.usb_product.text())
        elif kind == "serial":
            result["serial_device"] = self.serial_device.text().strip()
        elif kind == "cups":
            result["cups_name"] = self.cups_name.currentText().strip()
        return result

    def config(self, **changes: Any) -> PrinterConfig:
        """The choice as a :class:`PrinterConfig`, the one shape that is stored.

        It is the configuration last shown with :meth:`set_config` (the
        defaults before that), with the chosen kind and that kind's fields
        from the form, and ``changes`` (other :class:`PrinterConfig` fields,
        e.g. ``drawer_pin=5``) on top. Raises ValueError if the choice is not
        complete (see :meth:`problem`).
        """
        typed = PrinterConfig.from_dict(self.settings())
        kind = typed.kind
        own = {name: getattr(typed, name) for name in _FORM_FIELDS[kind]}
        if kind == self._given.kind:
            for name, value in own.items():
                if _same(getattr(self._given, name), value):
                    own[name] = getattr(self._given, name)  # "04b8" stays "04b8", not "0x04b8"
        return replace(self._given, kind=kind, **own, **changes)

    def set_config(self, config: PrinterConfig) -> None:
        """Show a stored configuration; :meth:`config` gives it back unchanged until the form is changed."""
        self._given = config
        self.set_kind(config.kind if config.kind in KINDS else "none")
        self.path.setText(config.file_path)
        self.host.setText(config.host)
        self.port.setValue(config.port)
        self.usb_vendor.setText(config.usb_vendor_id)
        self.usb_product.setText(config.usb_product_id)
        self.serial_device.setText(config.serial_device)
        self.cups_name.setCurrentText(config.cups_printer)

    def problem(self) -> str:
        """What still needs typing, in one sentence ("" when the choice is complete)."""
        settings = self.settings()
        kind = settings["kind"]
        if kind == "file" and not settings["path"]:
            return self.tr("Type the name of the file for the receipts.")
        if kind == "network" and not settings["host"]:
            return self.tr("Type the printer’s address, for example 192.168.1.50.")
        if kind == "usb" and (settings["usb_vendor"] is None or settings["usb_product"] is None):
            return self.tr("Type both numbers with 1 to 4 digits or letters a–f, for example 04b8 and 0202.")
        if kind == "serial" and not settings["serial_device"]:
            return self.tr("Type the serial port, for example /dev/ttyUSB0 or COM1.")
        if kind == "cups" and not settings["cups_name"]:
            return self.tr("Choose the printer, or type its name.")
        return ""

    def summary(self) -> str:
        """The choice in a few words, for a summary."""
        settings = self.settings()
        text = self.kind_buttons[settings["kind"]].text()
        detail = {
            "file": settings["path"],
            "network": f"{settings['host']}:{settings['port']}",
            "usb": f"{self.usb_vendor.text().strip()}:{self.usb_product.text().strip()}",
            "serial": settings["serial_device"],
            "cups": settings["cups_name"],
        }.get(settings["kind"])
        return f"{text} ({detail})" if detail else text

    # --- inside ------------------------------------------------------------

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _form(self, note: str, rows: list[tuple[str, Any]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setSpacing(12)
        form.addRow(self._note(note))
        for label, field in rows:
            text = QLabel(label, page)
            text.setMinimumHeight(44)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QWidget):
                text.setBuddy(field)
            form.addRow(text, field)
        return page

    def _on_kind(self, button_id: int, checked: bool) -> None:
        if checked:
            self.forms.setCurrentIndex(button_id)
            self.changed.emit()

    def _browse(self) -> None:
        path = save_file_name(self, self.tr("File for the receipts"), self.path.text())
        if path is not None:
            self.path.setText(str(path))
