"""Om BruktPOS: what a shop's IT helper asks first, for shop leaders.

The version, the shop database, the log folder, Python and Qt; and
"Kopier feilsøkingsinfo", which puts all of that and the last lines of the
log on the clipboard, ready to paste into an e-mail.
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos import logs
from bruktpos.services.users import Operator
from bruktpos.ui.widgets.text import message_line, say

LOG_LINES = 50


def troubleshooting_facts(db_path: Path | str, shop: str, register: str) -> dict[str, str]:
    """The facts the screen shows and copies (English keys: they are for a helper)."""
    found = logs.facts()
    platform_name = QGuiApplication.platformName() if QGuiApplication.instance() else "?"
    return {
        "BruktPOS": found["version"],
        "Shop": f"{shop}, till {register}",
        "Database": str(db_path),
        "Log folder": found["log_folder"],
        "Python": found["python"],
        "Qt": f"{qVersion()} (PySide6 {PySide6.__version__}, {platform_name})",
        "System": found["platform"],
    }


def troubleshooting_text(facts: dict[str, str], lines: int = LOG_LINES) -> str:
    """The facts, then the last ``lines`` lines of the log."""
    tail = logs.last_lines(lines)
    head = [f"{name}: {value}" for name, value in facts.items()]
    return "\n".join([*head, "", f"Last {len(tail)} lines of {logs.log_file()}:", *tail]) + "\n"


class AboutScreen(QWidget):
    """Version, database, log folder, Python and Qt, and a button that copies them with the log."""

    closed = Signal()

    def __init__(self, db_path: Path | str, shop: str, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self._place = (str(db_path), shop, register)
        self.leader: Operator | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(14)
        title = QLabel(self.tr("About BruktPOS"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "If something goes wrong, the person who helps the shop with computers needs "
                "what is written here. “Copy troubleshooting info” copies it together with the "
                "last lines of the log, ready to paste into an e-mail."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        self.values: dict[str, QLabel] = {}
        names = {
            "BruktPOS": self.tr("Version"),
            "Shop": self.tr("Shop and till"),
            "Database": self.tr("Shop database"),
            "Log folder": self.tr("Log folder"),
            "Python": self.tr("Python"),
            "Qt": self.tr("Qt"),
            "System": self.tr("System"),
        }
        for key, label in names.items():
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.values[key] = value
        layout.addLayout(form)
        self.status = message_line(self)
        layout.addWidget(self.status)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self.copy_button = QPushButton(self.tr("Copy troubleshooting info"), self)
        self.copy_button.setObjectName("primary")
        self.copy_button.clicked.connect(self.copy_info)
        row.addWidget(self.copy_button)
        layout.addLayout(row)

    def facts(self) -> dict[str, str]:
        db_path, shop, register = self._place
        return troubleshooting_facts(db_path, shop, register)

    def open_for(self, leader: Operator) -> None:
        """Show the facts as they are now (to ``leader``)."""
        self.leader = leader
        for key, value in self.facts().items():
            self.values[key].setText(value)
        say(self.status, "", "info")

    def copy_info(self) -> None:
        """Put the facts and the last lines of the log on the clipboard."""
        QGuiApplication.clipboard().setText(troubleshooting_text(self.facts()))
        say(
            self.status,
            self.tr("Copied. Paste it into an e-mail to the person who helps you with the till."),
            "info",
        )
