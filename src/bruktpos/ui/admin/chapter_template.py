"""The chapter's set-up, taken from the hub: what it would add or change, asked before it is done.

The hub settings screen (:mod:`bruktpos.ui.admin.hub_settings`) fetches the
newest template in the background and shows this dialog with the changes in
plain words; "Add and change" imports it, "Cancel" leaves the shop as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.formatting import format_datetime
from bruktpos.services.chapter_template import ChapterTemplate
from bruktpos.services.setup_file import SetupChange
from bruktpos.ui.message_text import translate

BIG = 56


def field_words(fields: tuple[str, ...]) -> str:
    """The changed fields of a category or product in plain words: ``standardpris, farge``."""
    names = {
        "name": translate("ChapterTemplate", "name"),
        "kind": translate("ChapterTemplate", "kind (goods or café)"),
        "default_price": translate("ChapterTemplate", "default price"),
        "quick_prices": translate("ChapterTemplate", "quick prices"),
        "vat_code": translate("ChapterTemplate", "VAT"),
        "color": translate("ChapterTemplate", "colour"),
        "markdown_rule": translate("ChapterTemplate", "markdown"),
        "price_tags": translate("ChapterTemplate", "price tags"),
        "category_id": translate("ChapterTemplate", "category"),
        "price": translate("ChapterTemplate", "price"),
        "barcode": translate("ChapterTemplate", "barcode"),
        "track_stock": translate("ChapterTemplate", "stock count"),
    }
    return ", ".join(names.get(f, f.replace("_", " ")) for f in fields)


def change_sentence(change: SetupChange) -> str:
    """One change the template makes, as the shop leader reads it."""
    sentences = {
        ("category", "added"): translate("ChapterTemplate", "New category: %1"),
        ("category", "changed"): translate("ChapterTemplate", "The category %1 is changed: %2"),
        ("category", "retired"): translate("ChapterTemplate", "The category %1 is taken out of use"),
        ("category", "restored"): translate("ChapterTemplate", "The category %1 is taken into use again"),
        ("product", "added"): translate("ChapterTemplate", "New product: %1"),
        ("product", "changed"): translate("ChapterTemplate", "The product %1 is changed: %2"),
        ("product", "retired"): translate("ChapterTemplate", "The product %1 is taken out of use"),
        ("product", "restored"): translate("ChapterTemplate", "The product %1 is taken into use again"),
        ("order", "changed"): translate(
            "ChapterTemplate", "The till's category buttons are put in the chapter's order"
        ),
    }
    sentence = sentences.get((change.subject, change.action))
    if sentence is None:  # registers and people are never in a template; say it as the file does
        return change.text
    return sentence.replace("%1", change.name).replace("%2", field_words(change.fields))


class ChapterTemplateDialog(QDialog):
    """The template's changes, listed; accepted means: import it."""

    def __init__(
        self, template: ChapterTemplate, changes: list[SetupChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chapter_template")
        self.setWindowTitle(translate("ChapterTemplate", "The chapter's set-up"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        published = template.published
        when = format_datetime(published.published_at.astimezone(), joiner=" ")
        intro = QLabel(
            translate(
                "ChapterTemplate",
                "The chapter's set-up, version %1, published by %2 on %3. Importing it makes these "
                "changes in this shop. Nothing is deleted, and old sales keep their names.",
            )
            .replace("%1", str(published.version))
            .replace("%2", published.published_by)
            .replace("%3", when),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.changes = QListWidget(self)
        self.changes.setObjectName("changes")
        for change in changes:
            self.changes.addItem(change_sentence(change))
        layout.addWidget(self.changes, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(translate("ChapterTemplate", "Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setMinimumHeight(BIG)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.apply_button = QPushButton(translate("ChapterTemplate", "Add and change"), self)
        self.apply_button.setObjectName("primary")
        self.apply_button.setMinimumHeight(BIG)
        self.apply_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
