"""The "Kategorier" and "Produkter" screens as a shop leader uses them, and the till that follows.

A leader opens the screens from the menu, adds a category with quick prices
and a café product, goes back to the till and finds both there; a cashier
taps the new category, a quick price, the new product, and sells them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.ui.admin.catalogue_widgets import CatalogueList
from bruktpos.ui.admin.categories import CategoriesScreen, CategoryDialog
from bruktpos.ui.admin.products import ProductDialog, ProductsScreen
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import PriceDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import LEFT, Till, approve_as_leader, click, log_in, rows, settle

SHOTS = os.environ.get("BRUKTPOS_SCREENSHOTS")  # a folder: save what the screens look like


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def when_open(kind: type[QWidget], handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog of ``kind``, once it is open (before exec() blocks)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except BaseException:
            if dialog.isVisible() and hasattr(dialog, "done"):
                dialog.done(0)
            raise

    QTimer.singleShot(0, poll)


def type_into(qtbot, field, text: str) -> None:
    """Tap the field, clear it, type."""
    qtbot.mouseClick(field, LEFT)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def tap_row(qtbot, screen: CatalogueList, row_id: int) -> None:
    table = screen.table
    rect = table.visualRect(table.model().index(screen.row_of(row_id), 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert screen.selected() is not None and screen.row_id(screen.selected()) == row_id


def listed(screen: CatalogueList) -> list[tuple[str, ...]]:
    table = screen.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def open_categories(qtbot, till: Till) -> CategoriesScreen:
    till.window.categories_action.trigger()
    screen = till.window.categories_screen
    assert till.window.stack.currentWidget() is screen
    return screen


def choose(box, data: object) -> None:
    """Pick the entry of a choice list, as a tap in its list would."""
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_a_leader_adds_a_category_and_a_cafe_product_and_the_till_sells_them(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_categories(qtbot, till)
    assert [r[0] for r in listed(screen)] == ["Bøker", "Kafé", "Klær dame"]

    # Add "Lamper": a default price, quick prices typed as kroner, a colour.
    def fill_in_lamps(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        shot(dialog, "category-dialog")
        type_into(qtbot, dialog.name_field, "Lamper")
        type_into(qtbot, dialog.price_field, "150")
        type_into(qtbot, dialog.quick_field, "100, 149,50, 250")
        click(qtbot, dialog.colors.buttons["#6a3d9a"])
        click(qtbot, dialog.save_button)

    when_open(CategoryDialog, fill_in_lamps)
    click(qtbot, screen.add_button)
    assert screen.message.text() == "Lamper is added. It is on the till now."
    lamps = next(c for c in screen.rows if c.name == "Lamper")
    assert listed(screen)[screen.row_of(lamps.id)] == (
        "Lamper",
        "Shop goods",
        "kr\u00a0150",
        "100, 149,50, 250",
        "25 %",
        "Active",
    )
    assert (lamps.quick_prices, lamps.color) == ((10000, 14950, 25000), "#6a3d9a")
    shot(screen, "categories")

    # On to the products: a take-away tea in the café, at 25 % of its own.
    click(qtbot, screen.products_button)
    products = window.products_screen
    assert window.stack.currentWidget() is products

    def fill_in_tea(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        choose(dialog.category_box, till.shop.cafe)
        assert dialog.tax_choice.itemText(0) == "As the category: 15 % – food and drink to take away"
        shot(dialog, "product-dialog")
        type_into(qtbot, dialog.name_field, "Te")
        type_into(qtbot, dialog.price_field, "18,50")
        choose(dialog.tax_choice, "3")
        click(qtbot, dialog.save_button)

    when_open(ProductDialog, fill_in_tea)
    click(qtbot, products.add_button)
    assert products.message.text() == "Te is added. It is on the till now."
    assert listed(products)[-1] == ("Te", "Kafé", "kr\u00a018,50", "25 %", "–", "Active")
    shot(products, "products")

    # Back at the till, the buttons are there without a restart.
    click(qtbot, products.back_button)
    till_screen = window.till
    assert window.stack.currentWidget() is till_screen
    assert till_screen.category_buttons[lamps.id].text() == "Lamper"
    tea = next(p for p in window.context.catalogue.products if p.name == "Te")
    assert till_screen.product_buttons[tea.id].text().startswith("Te\n")

    # The cashier taps the category, a quick price, "Add to sale"; then the tea.
    window.lock()
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    seen: dict[str, object] = {}

    def tap_quick_price(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        shot(dialog, "price-keypad-quick-prices")
        seen["quick"] = [b.text() for b in dialog.input.quick_buttons]
        click(qtbot, dialog.input.quick_buttons[1])
        seen["shown"] = dialog.input.display.text()
        assert dialog.isVisible()  # a quick price fills the field; it is not added yet
        assert dialog.input.ok_button.text() == "Add to sale"
        click(qtbot, dialog.input.ok_button)

    when_open(PriceDialog, tap_quick_price)
    click(qtbot, till_screen.category_buttons[lamps.id])
    assert seen == {"quick": ["kr\u00a0100", "kr\u00a0149,50", "kr\u00a0250"], "shown": "kr\u00a0149,50"}
    till_screen.findChild(QWidget, "catalogue").setCurrentIndex(1)
    click(qtbot, till_screen.product_buttons[tea.id])
    settle(qtbot, till)
    assert till_screen.total_label.text() == "kr\u00a0168,00"

    def pay_by_card(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    when_open(PaymentDialog, pay_by_card)
    click(qtbot, till_screen.pay_button)
    assert sorted(
        rows(till, "SELECT kind, category_id, description, total, vat_rate FROM sale_lines ORDER BY line_no")
    ) == sorted(
        [
            ("open", lamps.id, "Lamper", 14950, 2500),
            ("product", till.shop.cafe, "Te", 1850, 2500),
        ]
    )
    # Who did what is in the journal: Kari added both.
    added = rows(
        till,
        "SELECT event, user_id, json_extract(details, '$.action') FROM journal "
        "WHERE event IN ('category_changed', 'product_changed') ORDER BY id",
    )
    assert added == [
        ("category_changed", till.shop.leader.id, "added"),
        ("product_changed", till.shop.leader.id, "added"),
    ]


def test_a_refused_name_is_said_in_the_dialog_which_stays_open(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_categories(qtbot, till)
    seen: list[str] = []

    def try_a_taken_name(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        type_into(qtbot, dialog.name_field, "bøker")
        click(qtbot, dialog.save_button)
        seen.append(dialog.message.text())
        type_into(qtbot, dialog.name_field, "Lamper")
        type_into(qtbot, dialog.quick_field, "20,50,100")
        click(qtbot, dialog.save_button)
        seen.append(dialog.message.text())
        assert dialog.isVisible()
        click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"))

    when_open(CategoryDialog, try_a_taken_name)
    click(qtbot, screen.add_button)
    assert seen == [
        "There is already a category called Bøker. Choose another name.",
        "“20,50,100” is not an amount. Type kroner and øre, for example 49,50.",
    ]
    assert [r[0] for r in listed(screen)] == ["Bøker", "Kafé", "Klær dame"]  # nothing was added


def test_a_leader_sets_a_categorys_markdown_and_price_tags(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_categories(qtbot, till)
    tap_row(qtbot, screen, till.shop.books)
    seen: list[str] = []

    def set_markdown(dialog: QWidget) -> None:
        assert isinstance(dialog, CategoryDialog)
        type_into(qtbot, dialog.markdown_field, "28:130")  # more than 99 % off
        click(qtbot, dialog.save_button)
        seen.append(dialog.message.property("level"))
        type_into(qtbot, dialog.markdown_field, "28:30;pull:84")
        click(qtbot, dialog.tags_box)
        # The five choices in plain words, and who decides, under the list.
        assert [dialog.tax_choice.itemText(i) for i in range(dialog.tax_choice.count())] == [
            "25 % – most goods",
            "15 % – food and drink to take away",
            "12 % – e.g. cinema tickets and transport",
            "0 % zero-rated – e.g. books and newspapers",
            "Outside the VAT Act – e.g. lottery tickets",
        ]
        assert dialog.tax_note.isVisible()
        assert (
            dialog.tax_note.text() == "The shop decides together with its accountant which sales are exempt."
        )
        choose(dialog.tax_choice, "5")  # books are zero-rated
        click(qtbot, dialog.save_button)

    when_open(CategoryDialog, set_markdown)
    click(qtbot, screen.edit_button)
    assert seen == ["error"]
    assert screen.message.text() == "Bøker is saved."
    assert rows(
        till,
        f"SELECT markdown_rule, price_tags, vat_code, vat_rate FROM categories WHERE id = {till.shop.books}",
    ) == [("28:30;pull:84", 1, "5", 0)]
    # The back room's price-tag default follows without a restart.
    click(qtbot, screen.back_button)
    till.window.pricing_action.trigger()
    pricing = till.window.pricing
    click(qtbot, pricing.category_buttons[till.shop.books])
    assert pricing.tag_button.isChecked()


def test_order_and_retiring_show_on_the_till_and_in_the_back_room(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    screen = open_categories(qtbot, till)
    tap_row(qtbot, screen, till.shop.clothes)
    assert not screen.down_button.isEnabled()  # the last goods button
    click(qtbot, screen.up_button)
    assert [r[0] for r in listed(screen)] == ["Klær dame", "Kafé", "Bøker"]
    assert not screen.up_button.isEnabled()

    # Retire the books: asked once, naming what happens.
    tap_row(qtbot, screen, till.shop.books)
    asked: list[str] = []

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click(qtbot, next(b for b in box.buttons() if b.text() == "Retire"))

    when_open(QMessageBox, confirm)
    click(qtbot, screen.active_button)
    assert asked and asked[0].startswith("Retire Bøker? It will no longer be on the till")
    assert listed(screen)[-1] == ("Bøker", "Shop goods", "kr\u00a020", "–", "25 %", "Retired")
    assert screen.active_button.text() == "Bring back"
    assert not screen.up_button.isEnabled() and not screen.down_button.isEnabled()

    # The café category still has products: the service says what to do.
    tap_row(qtbot, screen, till.shop.cafe)
    when_open(QMessageBox, confirm)
    click(qtbot, screen.active_button)
    assert screen.message.text() == (
        "The category Kafé still has 2 products on the till. "
        "Move them to another category or retire them first, on the Products screen."
    )

    click(qtbot, screen.back_button)
    assert list(window.till.category_buttons) == [till.shop.clothes]
    window.pricing_action.trigger()
    assert list(window.pricing.category_buttons) == [till.shop.clothes]
    click(qtbot, window.pricing.close_button)
    window.inventory_action.trigger()
    box = window.inventory.category_box
    assert [box.itemText(i) for i in range(box.count())] == ["All", "Klær dame"]


def test_a_product_is_retired_and_brought_back(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.products_action.trigger()
    screen = window.products_screen
    assert isinstance(screen, ProductsScreen) and window.stack.currentWidget() is screen
    tap_row(qtbot, screen, till.shop.coffee)
    when_open(QMessageBox, lambda box: click(qtbot, next(b for b in box.buttons() if b.text() == "Retire")))
    click(qtbot, screen.active_button)
    assert screen.message.text() == "Kaffe is retired."
    click(qtbot, screen.back_button)
    assert till.shop.coffee not in window.till.product_buttons
    window.products_action.trigger()
    tap_row(qtbot, screen, till.shop.coffee)
    click(qtbot, screen.active_button)
    assert screen.message.text() == "Kaffe is back on the till, last."
    click(qtbot, screen.back_button)
    assert list(window.till.product_buttons) == [till.shop.waffle, till.shop.coffee]


def test_a_cashier_reaches_the_catalogue_only_with_a_leaders_pin(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    when_open(LeaderPinDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    window.categories_action.trigger()
    assert window.stack.currentWidget() is window.till
    approve_as_leader(qtbot, till)
    window.products_action.trigger()
    assert window.stack.currentWidget() is window.products_screen
    assert window.products_screen.leader == till.shop.leader  # changes are journalled as Kari's


def _no_overlaps(widgets: list[QWidget], within: QWidget) -> None:
    """No two of the widgets cover each other, and each has a finger's height."""
    rects = [
        (w, w.geometry().translated(w.parentWidget().mapTo(within, w.parentWidget().rect().topLeft())))
        for w in widgets
    ]
    for n, (widget, rect) in enumerate(rects):
        assert rect.height() >= 48, widget.text() if isinstance(widget, QPushButton) else widget
        for other, other_rect in rects[n + 1 :]:
            assert not rect.intersects(other_rect), (
                getattr(widget, "text", str)(),
                getattr(other, "text", str)(),
            )


def test_with_the_theme_the_keypad_and_the_dialogs_fit_a_700_px_screen(qtbot, till: Till) -> None:
    from bruktpos.domain.catalogue import CategoryDraft
    from bruktpos.services.catalogue import CatalogueService
    from bruktpos.ui.app import load_theme

    app = QApplication.instance()
    before = app.styleSheet()
    load_theme(app)  # the theme's 18 px type and 48 px buttons are what must fit
    try:
        service = CatalogueService(till.shop.db)
        clothes = service.category(till.shop.clothes)
        ten = tuple(n * 5000 for n in range(1, 11))
        service.update_category(
            clothes.id,
            CategoryDraft(**{**clothes.draft().__dict__, "quick_prices": ten}),
            by=till.shop.leader,
        )
        log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
        screen = till.window.till
        sizes: dict[str, object] = {}

        def measure(dialog: QWidget) -> None:
            assert isinstance(dialog, PriceDialog)
            qtbot.wait(20)
            sizes["keypad"] = dialog.height()
            keys = [b for b in dialog.input.keypad.buttons.values() if b.isVisible()]
            _no_overlaps(keys + dialog.input.quick_buttons, dialog)
            sizes["quick"] = len(dialog.input.quick_buttons)
            dialog.reject()

        when_open(PriceDialog, measure)
        click(qtbot, screen.category_buttons[clothes.id])
        assert sizes["quick"] == 10
        assert sizes["keypad"] <= 660  # with a window's title bar, on a 700 px screen

        till.window.lock()
        log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
        categories = open_categories(qtbot, till)
        tap_row(qtbot, categories, clothes.id)

        def check(dialog: QWidget) -> None:
            qtbot.wait(20)
            sizes[type(dialog).__name__] = dialog.height()
            fields = [dialog.name_field, dialog.tax_choice, dialog.message, dialog.save_button]
            _no_overlaps(fields, dialog)
            dialog.reject()

        when_open(CategoryDialog, check)
        click(qtbot, categories.edit_button)
        click(qtbot, categories.products_button)
        products = till.window.products_screen
        tap_row(qtbot, products, till.shop.coffee)
        when_open(ProductDialog, check)
        click(qtbot, products.edit_button)
        assert sizes["CategoryDialog"] <= 660 and sizes["ProductDialog"] <= 660
    finally:
        app.setStyleSheet(before)
