"""The leaders' "Kategorier" screen: what the till's category buttons are, and how each is priced and taxed.

One big row per category (active first, in the till's order; retired ones
greyed out, with "Bring back"). Add and Edit open :class:`CategoryDialog`
with every field: name, shop goods or café, default price, the price
keypad's quick prices, VAT as a SAF-T tax code in plain words, colour, and
the back room's markdown rule and price tags. Up and Down move a button on
the till. The rules are :class:`~bruktpos.services.catalogue.CatalogueService`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.catalogue import (
    MAX_NAME,
    CategoryDraft,
    CategoryInfo,
    CategoryKind,
    format_quick_prices,
    kroner_text,
    parse_quick_prices,
)
from bruktpos.domain.errors import BruktError, InvalidWeight
from bruktpos.domain.formatting import format_number
from bruktpos.domain.vat import TaxCode
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.intake import MAX_WEIGHT_GRAMS
from bruktpos.ui.admin.catalogue_widgets import (
    CatalogueList,
    ColorChoice,
    TaxCodeChoice,
    add_row,
    check_box,
    choice_buttons,
    dialog_buttons,
    field,
    form_layout,
    price_from_field,
    price_text,
)
from bruktpos.ui.intake.donation import parse_kilos
from bruktpos.ui.messages import (
    describe,
    describe_tax_code,
    explain_tax_codes,
    fill,
    tax_code_choice_note,
)
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.text import message_line, say


def describe_kind(kind: CategoryKind | str) -> str:
    """Shop goods or café, in plain words."""
    if str(kind) == CategoryKind.CAFE.value:
        return QCoreApplication.translate("CategoriesScreen", "Café")
    return QCoreApplication.translate("CategoriesScreen", "Shop goods")


def _kilos_field(grams: int) -> str:
    """A weight limit as the field shows it: ``30``, ``2,5``; empty for none."""
    if not grams:
        return ""
    return format_number(Decimal(grams).scaleb(-3).normalize(), grouping=False)


def _limit_grams(text: str) -> int:
    """The limit typed, in grams (empty: 0, none); :class:`InvalidWeight` for one that is not a weight."""
    if not text.strip():
        return 0
    grams = parse_kilos(text)
    if grams is None:
        raise InvalidWeight(-1, MAX_WEIGHT_GRAMS)
    return grams


class CategoryDialog(QDialog):
    """Every field of one category; Save hands a :class:`CategoryDraft` to ``save`` and shows a refusal."""

    def __init__(
        self,
        title: str,
        category: CategoryInfo | None,
        save: Callable[[CategoryDraft], CategoryInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("category_dialog")
        self.setModal(True)
        self.setWindowTitle(title)
        self._save = save
        self._category = category
        self.saved: CategoryInfo | None = None
        draft = category.draft() if category is not None else CategoryDraft("")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QLabel(title, self)
        heading.setObjectName("dialog_title")
        layout.addWidget(heading)
        form = form_layout()
        layout.addLayout(form)

        self.name_field = field(
            QLineEdit(draft.name, self), self.tr("For example Klær dame"), longest=MAX_NAME + 20
        )
        add_row(form, self.tr("Name"), self.name_field)

        kind_row, self.kind_buttons = choice_buttons(
            self,
            [
                (CategoryKind.GOODS.value, describe_kind(CategoryKind.GOODS)),
                (CategoryKind.CAFE.value, describe_kind(CategoryKind.CAFE)),
            ],
            str(draft.kind),
        )
        for button in self.kind_buttons.values():
            button.toggled.connect(lambda _on: self._kind_changed())
        add_row(form, self.tr("Kind"), kind_row)

        self.price_field = field(
            QLineEdit(kroner_text(draft.default_price) if draft.default_price else "", self),
            self.tr("kroner, for example 49,50 (empty: none)"),
            longest=20,
        )
        add_row(form, self.tr("Default price"), self.price_field)

        self.quick_field = field(
            QLineEdit(format_quick_prices(draft.quick_prices), self),
            self.tr("for example 20, 50, 100"),
            longest=200,
        )
        add_row(form, self.tr("Quick prices"), self.quick_field)

        self.tax_choice = TaxCodeChoice(TaxCode(draft.vat_code), self)
        # The choices are in plain words in the list; who decides stands beside it (no taller a dialog).
        self.tax_note = QLabel(tax_code_choice_note(), self)
        self.tax_note.setObjectName("note")
        self.tax_note.setWordWrap(True)
        self.tax_note.setToolTip(explain_tax_codes())
        tax_row = QHBoxLayout()
        tax_row.setSpacing(12)
        tax_row.addWidget(self.tax_choice)
        tax_row.addWidget(self.tax_note, 1)
        add_row(form, self.tr("VAT"), tax_row)

        self.colors = ColorChoice(draft.color, self)
        add_row(form, self.tr("Colour"), self.colors)

        self.markdown_field = field(
            QLineEdit(draft.markdown_rule, self),
            self.tr("none; for example 28:30,56:50;pull:84"),
            longest=80,
        )
        self.markdown_field.setToolTip(
            self.tr(
                "Written as days:percent, and when to take the item down: 28:30,56:50;pull:84 is "
                "30 % off after 4 weeks, 50 % after 8, down after 12."
            )
        )
        add_row(form, self.tr("Markdown"), self.markdown_field)

        # Short, so the row with the kilos fits a 1024-px screen; the tooltip says the rest.
        self.tags_box = check_box(self.tr("One price tag for many alike things"), draft.price_tags, self)
        self.tags_box.setToolTip(self.tr("One price tag for many identical things, not a label each"))

        self.limit_field = field(
            QLineEdit(_kilos_field(draft.max_weight_grams), self),
            self.tr("for example 30"),
            longest=20,
        )
        self.limit_field.setMinimumWidth(100)
        self.limit_field.setMaximumWidth(220)  # its example whole
        self.limit_field.setToolTip(
            self.tr(
                "When one row of a donation weighs more than this, the donation screen asks "
                "“Is that right?” before saving: 960 g typed as 960 kg would skew the month’s kilos. "
                "Empty: never asked."
            )
        )
        # Beside the price tags, not a row of its own: the dialog must fit a 700 px screen.
        intake_row = QHBoxLayout()
        intake_row.setSpacing(12)
        intake_row.addWidget(self.tags_box, 1)
        self.limit_label = QLabel(self.tr("Most kg in one entry"), self)
        intake_row.addWidget(self.limit_label)
        intake_row.addWidget(self.limit_field)
        add_row(form, self.tr("Price tags"), intake_row)

        # Shown from the start (how prices are typed), so the buttons never move when a refusal shows.
        self.message = message_line(self, min_height=64)
        layout.addWidget(self.message)
        say(
            self.message,
            self.tr(
                "Prices are in kroner, for example 49,50. Quick prices are the till's ready-made "
                "price buttons, separated by a comma and a space: 20, 50, 100."
            ),
        )
        self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self._kind_changed()
        self.name_field.setFocus()
        open_wide(self, 820)

    def kind(self) -> CategoryKind:
        return next(CategoryKind(k) for k, b in self.kind_buttons.items() if b.isChecked())

    def _kind_changed(self) -> None:
        # A café category is not a price button on the till, and its products are not labelled.
        goods = self.kind() is CategoryKind.GOODS
        for widget in (
            self.price_field,
            self.quick_field,
            self.markdown_field,
            self.tags_box,
            self.limit_field,
        ):
            widget.setEnabled(goods)

    def draft(self) -> CategoryDraft:
        """The fields as a draft (InvalidAmount for a price that is not one)."""
        base = self._category.draft() if self._category is not None else CategoryDraft("")
        goods = self.kind() is CategoryKind.GOODS
        return replace(
            base,
            name=self.name_field.text(),
            kind=self.kind(),
            default_price=price_from_field(self.price_field.text(), empty=0) if goods else base.default_price,
            quick_prices=parse_quick_prices(self.quick_field.text()) if goods else base.quick_prices,
            vat_code=self.tax_choice.code() or base.vat_code,
            color=self.colors.color(),
            markdown_rule=self.markdown_field.text() if goods else base.markdown_rule,
            price_tags=self.tags_box.isChecked() if goods else base.price_tags,
            max_weight_grams=_limit_grams(self.limit_field.text()) if goods else base.max_weight_grams,
        )

    def save(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except BruktError as error:
            say(self.message, describe(error), "error")
            return
        self.accept()


class CategoriesScreen(CatalogueList[CategoryInfo]):
    """Every category, and what a leader may do with it."""

    products_requested = Signal()
    NAME, KIND, PRICE, QUICK, VAT, STATE = range(6)

    def __init__(self, service: CatalogueService, parent: QWidget | None = None) -> None:
        self.service = service
        super().__init__(parent)
        self.set_texts(
            self.tr("Categories"),
            self.tr(
                "The till's category buttons, in their order. Tap a category, then what to do. "
                "Nothing is deleted: a category that stops is retired, and its old sales keep its name."
            ),
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Default price"),
                self.tr("Quick prices"),
                self.tr("VAT"),
                self.tr("State"),
            ],
        )
        self.setObjectName("categories")
        self.table.setObjectName("category_list")
        # The quick prices get a set width (a long list is cut short with …); the name takes the rest.
        self.table.horizontalHeader().setSectionResizeMode(self.QUICK, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.QUICK, 180)
        self.products_button = self.button(self.tr("Products …"), self.products_requested.emit, self.bottom)

    def add_text(self) -> str:
        return self.tr("Add a category")

    def read_rows(self) -> list[CategoryInfo]:
        return self.service.categories()

    def cells(self, row: CategoryInfo) -> Sequence[str]:
        return (
            row.name,
            describe_kind(row.kind),
            price_text(row.default_price) if row.default_price else "–",
            format_quick_prices(row.quick_prices) if row.quick_prices else "–",
            describe_tax_code(row.vat_code, short=True),
            self.tr("Active") if row.active else self.tr("Retired"),
        )

    def same_group(self, row: CategoryInfo, other: CategoryInfo | None) -> bool:
        return other is not None and row.kind == other.kind

    # --- the steps ---------------------------------------------------------------

    def add(self) -> None:
        if self.leader is None:
            return
        leader = self.leader
        dialog = CategoryDialog(
            self.tr("Add a category"), None, lambda draft: self.service.add_category(draft, by=leader), self
        )
        self.after_dialog(dialog, self.tr("%1 is added. It is on the till now."))

    def edit(self) -> None:
        category = self.selected()
        if category is None or self.leader is None:
            return
        leader = self.leader
        dialog = CategoryDialog(
            fill(self.tr("Change %1"), category.name),
            category,
            lambda draft: self.service.update_category(category.id, draft, by=leader),
            self,
        )
        self.after_dialog(dialog, self.tr("%1 is saved."))

    def move_row(self, step: int) -> None:
        category = self.selected()
        if category is None or self.leader is None:
            return
        leader = self.leader
        if self.do(lambda: self.service.move_category(category.id, step, by=leader)) is not None:
            self.reload(select=category.id)

    def toggle_active(self) -> None:
        category = self.selected()
        if category is None or self.leader is None:
            return
        leader = self.leader
        if category.active:
            if not self.confirm(
                "confirm_retire",
                fill(
                    self.tr(
                        "Retire %1? It will no longer be on the till or in the back room. Items already "
                        "labelled can still be sold, reports keep its name, and you can bring it back later."
                    ),
                    category.name,
                ),
                self.tr("Retire"),
            ):
                return
            done = self.do(lambda: self.service.retire_category(category.id, by=leader))
            text = self.tr("%1 is retired.")
        else:
            done = self.do(lambda: self.service.restore_category(category.id, by=leader))
            text = self.tr("%1 is back on the till, last.")
        if done is not None:
            self.reload(select=category.id)
            say(self.message, fill(text, category.name))
