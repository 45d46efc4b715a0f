"""A leader's per-category choices: price ageing and price tags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.intake import category_intake_settings, set_category_intake
from bruktpos.store.db import Database
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.text import say


class CategorySettingsScreen(QWidget):
    """One row per goods category: its markdown rule and whether it uses price tags."""

    closed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("category_settings")
        self.db = db
        self.leader: Operator | None = None
        self.rows: dict[int, tuple[QLineEdit, QCheckBox]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Categories: markdowns and price tags"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "A markdown is written as days:percent, and when to take the item down, "
                "for example 28:30,56:50;pull:84 (after 4 weeks 30 % off, after 8 weeks 50 %, "
                "down after 12 weeks). Leave it empty for none."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        inner = QWidget()
        self.grid = QGridLayout(inner)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setProperty("level", "info")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.clicked.connect(self.closed)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def open_for(self, leader: Operator) -> None:
        """Show the categories as stored, to be changed by ``leader``."""
        self.leader = leader
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.rows.clear()
        for n, category in enumerate(category_intake_settings(self.db)):
            category_id, name, rule, tags = (
                category.id,
                category.name,
                category.markdown_rule,
                category.price_tags,
            )
            label = QLabel(name)
            rule_field = QLineEdit(rule)
            rule_field.setMinimumHeight(48)
            rule_field.setPlaceholderText(self.tr("no markdown"))
            tags_box = QCheckBox(self.tr("Price tags"))
            tags_box.setChecked(bool(tags))
            tags_box.setMinimumHeight(48)
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(rule_field, n, 1)
            self.grid.addWidget(tags_box, n, 2)
            self.rows[category_id] = (rule_field, tags_box)
        self._say("", "info")

    def save(self) -> None:
        """Store every row; the first refusal stops with a message naming what to fix."""
        if self.leader is None:
            return
        for category_id, (rule_field, tags_box) in self.rows.items():
            try:
                set_category_intake(
                    self.db,
                    category_id,
                    markdown_rule=rule_field.text(),
                    price_tags=tags_box.isChecked(),
                    by=self.leader,
                )
            except BruktError as error:
                rule_field.setFocus()
                self._say(describe(error), "error")
                return
        self._say(self.tr("Saved."), "info")

    def _say(self, text: str, level: str) -> None:
        say(self.message, text, level)
