"""Scale settings: which serial port the donation scale is on, the protocol it speaks, and a live Test.

The leader (or the IT helper beside them) picks the port (the ones the
computer has are listed; any name can be typed), Toledo 8217 or SMA, and the
speed and data format if the scale was set up differently from the usual.
"Test" shows what the scale shows for ten seconds, read in the background;
Save stores it in the shop's settings (``scale``) like the printers'.
"No scale" keeps kilos typed by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.scale import BAUDRATES, FRAMINGS, ScaleConfig, ScaleProtocol
from bruktpos.domain.errors import BruktError
from bruktpos.services.settings import SettingsService
from bruktpos.services.users import Operator
from bruktpos.ui.messages import describe
from bruktpos.ui.messages_scale import kilos_text
from bruktpos.ui.scale_reader import NO_WEIGHT, ScaleReader
from bruktpos.ui.widgets.text import message_line, say

TOUCH = 48
WATCH_S = 10.0


def serial_ports() -> list[str]:
    """The serial ports this computer has now (USB adapters included); empty when none or unknown."""
    try:
        from serial.tools import list_ports
    except ImportError:
        return []
    return sorted(port.device for port in list_ports.comports())


class ScaleSettingsScreen(QWidget):
    """Port, protocol, speed and format; Test shows the live weight; Save."""

    closed = Signal()

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scale_settings")
        self.settings = settings
        self.leader: Operator | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Scale"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "A scale on a serial or USB port fills the donation’s kilos when Weigh is tapped. "
                "Most counter scales speak Toledo 8217 or SMA: the scale’s own menu says which, "
                "and its speed. Set the scale to kilos."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        form = QFormLayout()
        self.port = QComboBox(self)
        self.port.setEditable(True)
        self.port.setMinimumHeight(TOUCH)
        self.port.setToolTip(self.tr("For example /dev/ttyUSB0 on Linux or COM3 on Windows; empty: no scale"))
        form.addRow(self.tr("Port"), self.port)
        protocol_row = QHBoxLayout()
        self.protocol_group = QButtonGroup(self)
        self.protocol_buttons: dict[ScaleProtocol, QPushButton] = {}
        names = {ScaleProtocol.TOLEDO_8217: self.tr("Toledo 8217"), ScaleProtocol.SMA: self.tr("SMA")}
        for protocol in ScaleProtocol:
            button = QPushButton(names[protocol], self)
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH)
            self.protocol_group.addButton(button)
            self.protocol_buttons[protocol] = button
            protocol_row.addWidget(button)
        protocol_row.addStretch(1)
        form.addRow(self.tr("Protocol"), protocol_row)
        self.baud = QComboBox(self)
        self.baud.setMinimumHeight(TOUCH)
        for rate in BAUDRATES:
            self.baud.addItem(str(rate), rate)
        form.addRow(self.tr("Speed (baud)"), self.baud)
        self.framing = QComboBox(self)
        self.framing.setMinimumHeight(TOUCH)
        self.framing.addItem(self.tr("The protocol’s usual (7E1 for Toledo, 8N1 for SMA)"), "")
        for framing in FRAMINGS:
            self.framing.addItem(framing, framing)
        form.addRow(self.tr("Data format"), self.framing)
        layout.addLayout(form)

        self.weight = QLabel(self)
        self.weight.setObjectName("scale_weight")
        self.weight.setStyleSheet("font-size: 32px; font-weight: bold;")
        self.weight.setMinimumHeight(56)
        layout.addWidget(self.weight)
        self.status = message_line(self, min_height=TOUCH)
        layout.addWidget(self.status)
        layout.addStretch(1)

        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self._back)
        self.test_button = QPushButton(self.tr("Test: show the weight"), self)
        self.test_button.clicked.connect(self.test)
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

        self.reader = ScaleReader(self._config_or_none, self)
        self.reader.live.connect(self._live)
        self.reader.live_ended.connect(self._live_ended)
        self.reader.failed.connect(self._failed)
        self.reader.busy_changed.connect(lambda busy: self.test_button.setEnabled(not busy))

    # --- the public face ---------------------------------------------------

    def open_for(self, leader: Operator) -> None:
        """Show the stored settings, to be changed by ``leader``."""
        self.leader = leader
        try:
            config = ScaleConfig.from_dict(self.settings.get("scale"))
        except ValueError:
            config = ScaleConfig()
        self.port.clear()
        self.port.addItem(self.tr("No scale"), "")
        for name in serial_ports():
            self.port.addItem(name, name)
        if config.enabled:
            at = self.port.findData(config.port)
            if at < 0:
                self.port.addItem(config.port, config.port)
                at = self.port.count() - 1
            self.port.setCurrentIndex(at)
        else:
            self.port.setCurrentIndex(0)
        self.protocol_buttons[ScaleProtocol(config.protocol)].setChecked(True)
        self.baud.setCurrentIndex(max(0, self.baud.findData(config.baudrate)))
        self.framing.setCurrentIndex(max(0, self.framing.findData(config.framing)))
        self.weight.setText("")
        say(self.status, "")

    def config(self) -> ScaleConfig:
        """The settings on the screen (no port: no scale)."""
        text = self.port.currentText().strip()
        at = self.port.findText(text)
        port = str(self.port.itemData(at) or "") if at >= 0 else text
        protocol = next(
            (p for p, b in self.protocol_buttons.items() if b.isChecked()), ScaleProtocol.TOLEDO_8217
        )
        return ScaleConfig(
            port, protocol, int(self.baud.currentData()), str(self.framing.currentData() or "")
        )

    def test(self) -> None:
        """Show what the scale shows for ten seconds (the settings on the screen, saved or not)."""
        if not self.config().enabled:
            say(self.status, self.tr("Choose the port the scale is on first."), "error")
            return
        say(self.status, self.tr("Reading the scale … put something on it to see the weight change."))
        self.reader.watch(WATCH_S)

    def save(self) -> None:
        if self.leader is None:
            return
        config = self.config()
        try:
            self.settings.set("scale", config.as_dict(), by=self.leader)
        except BruktError as error:
            say(self.status, describe(error), "error")
            return
        if config.enabled:
            say(self.status, self.tr("Saved. Weigh on the donation screen reads this scale."))
        else:
            say(self.status, self.tr("Saved. Kilos are typed by hand."))

    # --- inside ------------------------------------------------------------

    def _config_or_none(self) -> ScaleConfig:
        return self.config()

    def _live(self, grams: int, still: bool) -> None:
        if grams == NO_WEIGHT:
            self.weight.setText(self.tr("The scale is moving …"))
            return
        shown = kilos_text(grams) + " kg"
        self.weight.setText(shown if still else self.tr("%1 (moving)").replace("%1", shown))

    def _live_ended(self) -> None:
        say(self.status, self.tr("The scale answers. Save to use it on the donation screen."))

    def _failed(self, text: str) -> None:
        self.weight.setText("")
        say(self.status, text, "error")

    def _back(self) -> None:
        self.reader.stop()
        self.closed.emit()
