"""Which register is this PC? Asked once, on the first start on a shop with more than one.

One big button per register; the choice is reported by :attr:`RegisterChooser.chosen`
to the start (:class:`bruktpos.ui.app.Start`), which remembers it for this PC
and goes on to the login screen. The window decides nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.ui.messages import fill

COLUMNS = 3
BUTTON_HEIGHT = 96


class RegisterChooser(QWidget):
    """The shop's registers as big buttons; a tap chooses this PC's."""

    chosen = Signal(str)  # the register's code
    quit_requested = Signal()

    def __init__(
        self, shop_name: str, registers: list[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("register_chooser")
        self.setWindowTitle(fill(self.tr("BruktPOS — %1"), shop_name))
        self.setMinimumSize(820, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        self.heading = QLabel(self.tr("Which register is this PC?"), self)
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.shop_label = QLabel(shop_name, self)
        self.shop_label.setObjectName("subtitle")
        layout.addWidget(self.shop_label)
        self.hint = QLabel(
            self.tr(
                "Each register has its own receipt numbers, its own day and its own Z report. "
                "Tap the one this PC is. The PC remembers it, so you are asked only once."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.buttons: dict[str, QPushButton] = {}
        for n, (code, name) in enumerate(registers):
            text = name if name.strip().upper() == code.upper() else f"{name}\n{code}"
            button = QPushButton(text, self)
            button.setObjectName("register_button")
            button.setMinimumHeight(BUTTON_HEIGHT)
            button.clicked.connect(lambda _=False, code=code: self.chosen.emit(code))
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.buttons[code] = button
        layout.addLayout(grid)
        layout.addStretch(1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"), self)
        self.quit_button.setMinimumHeight(56)
        self.quit_button.clicked.connect(self._quit)
        row.addWidget(self.quit_button)
        layout.addLayout(row)

    def button_for(self, name: str) -> QPushButton:
        """The button of the register called ``name`` (or with that code)."""
        for code, button in self.buttons.items():
            if name in (code, button.text().split("\n")[0]):
                return button
        raise KeyError(name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.close()
