"""The leaders' "Produkter" screen: the café menu and new goods, the till's fixed-price buttons.

One big row per product (active first, in the till's order; retired ones
greyed out, with "Bring back"). Add and Edit open :class:`ProductDialog`:
name, price, category, VAT (its own tax code or the category's), colour,
barcode and whether it keeps a stock count. The rules are
:class:`~bruktpos.services.catalogue.CatalogueService`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.catalogue import (
    MAX_BARCODE,
    MAX_NAME,
    CategoryInfo,
    ProductDraft,
    ProductInfo,
    kroner_text,
)
from bruktpos.domain.errors import BruktError, CategoryNotFound
from bruktpos.services.catalogue import CatalogueService
from bruktpos.ui.admin.catalogue_widgets import (
    FIELD,
    CatalogueList,
    ColorChoice,
    TaxCodeChoice,
    add_row,
    check_box,
    dialog_buttons,
    field,
    form_layout,
    price_from_field,
    price_text,
)
from bruktpos.ui.messages import describe, describe_tax_code, fill
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.text import message_line, say


class ProductDialog(QDialog):
    """Every field of one product; Save hands a :class:`ProductDraft` to ``save`` and shows a refusal.

    ``categories`` are the active ones to choose from (the product's own is
    listed even when it has been retired since, so an edit shows it).
    """

    def __init__(
        self,
        title: str,
        product: ProductInfo | None,
        categories: Sequence[CategoryInfo],
        save: Callable[[ProductDraft], ProductInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.setModal(True)
        self.setWindowTitle(title)
        self._save = save
        self._categories = {c.id: c for c in categories}
        self.saved: ProductInfo | None = None

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        heading = QLabel(title, self)
        heading.setObjectName("dialog_title")
        layout.addWidget(heading)
        form = form_layout()
        layout.addLayout(form)

        self.name_field = field(
            QLineEdit(product.name if product else "", self),
            self.tr("For example Kaffe or Vaffel"),
            longest=MAX_NAME + 20,
        )
        add_row(form, self.tr("Name"), self.name_field)

        self.price_field = field(
            QLineEdit(kroner_text(product.price) if product else "", self),
            self.tr("kroner, for example 25 or 49,50"),
            longest=20,
        )
        add_row(form, self.tr("Price"), self.price_field)

        self.category_box = QComboBox(self)
        self.category_box.setObjectName("product_category")
        self.category_box.setMinimumHeight(FIELD)
        for category in categories:
            self.category_box.addItem(category.name, category.id)
        if product is not None:
            at = self.category_box.findData(product.category_id)
            if at < 0:
                self.category_box.addItem(product.category_name, product.category_id)
                at = self.category_box.count() - 1
            self.category_box.setCurrentIndex(at)
        self.category_box.currentIndexChanged.connect(lambda _n: self._category_changed())
        add_row(form, self.tr("Category"), self.category_box)

        self.tax_choice = TaxCodeChoice(product.vat_code if product else None, self, inherit_text="")
        add_row(form, self.tr("VAT"), self.tax_choice)

        self.colors = ColorChoice(product.color if product else "#8a5a44", self)
        add_row(form, self.tr("Colour"), self.colors)

        self.barcode_field = field(
            QLineEdit((product.barcode or "") if product else "", self),
            self.tr("optional: scan the product's barcode here"),
            longest=MAX_BARCODE + 8,
        )
        add_row(form, self.tr("Barcode"), self.barcode_field)

        counted = bool(product and product.track_stock)
        self.stock_box = check_box(self.tr("Keep a stock count (deliveries in, sales out)"), counted, self)
        add_row(form, self.tr("Stock"), self.stock_box)

        # Shown from the start (how the price is typed), so the buttons never move when a refusal shows.
        self.message = message_line(self, min_height=64)
        layout.addWidget(self.message)
        say(
            self.message,
            self.tr(
                "The price is in kroner, for example 25 or 49,50. VAT “as the category” follows "
                "the category, also when its VAT is changed later."
            ),
        )
        self.save_button = dialog_buttons(self, layout, self.tr("Save"), self.tr("Cancel"))
        self.save_button.clicked.connect(self.save)
        self._category_changed()
        self.name_field.setFocus()
        open_wide(self, 820)

    def _category_changed(self) -> None:
        """Name what "as the category" means for the one chosen now."""
        category = self._categories.get(self.category_box.currentData())
        own = describe_tax_code(category.vat_code) if category is not None else "–"
        self.tax_choice.setItemText(0, fill(self.tr("As the category: %1"), own))

    def draft(self) -> ProductDraft:
        """The fields as a draft (InvalidAmount for a price that is not one)."""
        category_id = self.category_box.currentData()
        if category_id is None:
            raise CategoryNotFound(-1)
        return ProductDraft(
            name=self.name_field.text(),
            category_id=int(category_id),
            price=price_from_field(self.price_field.text()),
            vat_code=self.tax_choice.code(),
            color=self.colors.color(),
            barcode=self.barcode_field.text(),
            track_stock=self.stock_box.isChecked(),
        )

    def save(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except BruktError as error:
            say(self.message, describe(error), "error")
            return
        self.accept()


class ProductsScreen(CatalogueList[ProductInfo]):
    """Every product, and what a leader may do with it."""

    categories_requested = Signal()
    NAME, CATEGORY, PRICE, VAT, STOCK, STATE = range(6)

    def __init__(self, service: CatalogueService, parent: QWidget | None = None) -> None:
        self.service = service
        super().__init__(parent)
        self.set_texts(
            self.tr("Products"),
            self.tr(
                "The café's menu and new goods: the till's fixed-price buttons, in their order. "
                "Tap a product, then what to do. A product that stops is retired; its sales stay."
            ),
            [
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Price"),
                self.tr("VAT"),
                self.tr("Stock count"),
                self.tr("State"),
            ],
        )
        self.setObjectName("products")
        self.table.setObjectName("product_list")
        self.categories_button = self.button(
            self.tr("Categories …"), self.categories_requested.emit, self.bottom
        )

    def add_text(self) -> str:
        return self.tr("Add a product")

    def read_rows(self) -> list[ProductInfo]:
        return self.service.products()

    def cells(self, row: ProductInfo) -> Sequence[str]:
        vat = describe_tax_code(row.tax_code, short=True)
        return (
            row.name,
            row.category_name,
            price_text(row.price),
            vat if row.vat_code is not None else fill(self.tr("%1 (the category's)"), vat),
            str(row.stock) if row.track_stock else "–",
            self.tr("Active") if row.active else self.tr("Retired"),
        )

    # --- the steps ---------------------------------------------------------------

    def _categories(self) -> list[CategoryInfo] | None:
        try:
            return self.service.categories(include_retired=False)
        except BruktError as error:
            say(self.message, describe(error), "error")
            return None

    def add(self) -> None:
        if self.leader is None:
            return
        categories = self._categories()
        if categories is None:
            return
        if not categories:
            say(self.message, self.tr("Add a category first: every product belongs to one."), "error")
            return
        leader = self.leader
        dialog = ProductDialog(
            self.tr("Add a product"),
            None,
            categories,
            lambda draft: self.service.add_product(draft, by=leader),
            self,
        )
        self.after_dialog(dialog, self.tr("%1 is added. It is on the till now."))

    def edit(self) -> None:
        product = self.selected()
        if product is None or self.leader is None:
            return
        categories = self._categories()
        if categories is None:
            return
        leader = self.leader
        dialog = ProductDialog(
            fill(self.tr("Change %1"), product.name),
            product,
            categories,
            lambda draft: self.service.update_product(product.id, draft, by=leader),
            self,
        )
        self.after_dialog(dialog, self.tr("%1 is saved."))

    def move_row(self, step: int) -> None:
        product = self.selected()
        if product is None or self.leader is None:
            return
        leader = self.leader
        if self.do(lambda: self.service.move_product(product.id, step, by=leader)) is not None:
            self.reload(select=product.id)

    def toggle_active(self) -> None:
        product = self.selected()
        if product is None or self.leader is None:
            return
        leader = self.leader
        if product.active:
            if not self.confirm(
                "confirm_retire",
                fill(
                    self.tr(
                        "Retire %1? Its button leaves the till. Its sales and stock count stay, "
                        "and you can bring it back later."
                    ),
                    product.name,
                ),
                self.tr("Retire"),
            ):
                return
            done = self.do(lambda: self.service.retire_product(product.id, by=leader))
            text = self.tr("%1 is retired.")
        else:
            done = self.do(lambda: self.service.restore_product(product.id, by=leader))
            text = self.tr("%1 is back on the till, last.")
        if done is not None:
            self.reload(select=product.id)
            say(self.message, fill(text, product.name))
