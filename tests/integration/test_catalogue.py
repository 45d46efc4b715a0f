"""CatalogueService on a real SQLite file: every rule of the leaders' "Kategorier" and "Varer" screens."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.catalogue import MAX_NAME, MAX_QUICK_PRICES, CategoryDraft, CategoryKind, ProductDraft
from bruktpos.domain.codes import make_item_code
from bruktpos.domain.errors import (
    BarcodeTaken,
    BruktError,
    CatalogueNameTaken,
    CategoryHasProducts,
    CategoryNotFound,
    CategoryRetired,
    InvalidBarcode,
    InvalidCatalogueName,
    InvalidCategoryKind,
    InvalidColor,
    InvalidMarkdownRule,
    InvalidPrice,
    InvalidSaftGroup,
    InvalidTaxCode,
    PermissionDenied,
    ProductNotFound,
    TooManyQuickPrices,
)
from bruktpos.domain.vat import TaxCode, VatRate
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.day import DayService
from bruktpos.services.shop import add_category, till_catalogue
from bruktpos.store.integrity import verify_database

from .conftest import Shop

LEADER_ACTIONS = ("added", "renamed", "changed", "moved", "reordered", "retired", "restored")


def _rows(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def _entries(shop: Shop, event: str) -> list[tuple[int, dict]]:
    """(who, details) of every entry of ``event``, oldest first."""
    rows = _rows(
        shop.path, "SELECT user_id, details, saft_code FROM journal WHERE event = ? ORDER BY id", event
    )
    assert {r["saft_code"] for r in rows} <= {"13999"}
    return [(r["user_id"], json.loads(r["details"])) for r in rows]


def _snapshot(shop: Shop) -> tuple[list[tuple], list[tuple], list[tuple]]:
    return (
        [tuple(r) for r in _rows(shop.path, "SELECT * FROM categories ORDER BY id")],
        [tuple(r) for r in _rows(shop.path, "SELECT * FROM products ORDER BY id")],
        [tuple(r) for r in _rows(shop.path, "SELECT * FROM journal ORDER BY id")],
    )


@pytest.fixture
def catalogue(shop: Shop, clock) -> CatalogueService:
    return CatalogueService(shop.db, register_id=shop.checkout.register.id, clock=clock)


# --- who may ---------------------------------------------------------------------------------


def _every_change(shop: Shop) -> list[tuple[str, Callable[[CatalogueService], object]]]:
    by = shop.cashier
    return [
        ("add category", lambda c: c.add_category(CategoryDraft("Lamper"), by=by)),
        (
            "update category",
            lambda c: c.update_category(shop.books, CategoryDraft("Bøker", default_price=1), by=by),
        ),
        ("rename category", lambda c: c.rename_category(shop.books, "Bøker og blader", by=by)),
        ("move category", lambda c: c.move_category(shop.clothes, -1, by=by)),
        ("order categories", lambda c: c.set_category_order([shop.clothes, shop.books], by=by)),
        ("retire category", lambda c: c.retire_category(shop.books, by=by)),
        ("restore category", lambda c: c.restore_category(shop.books, by=by)),
        ("add product", lambda c: c.add_product(ProductDraft("Te", shop.cafe, 2000), by=by)),
        (
            "update product",
            lambda c: c.update_product(shop.coffee, ProductDraft("Kaffe", shop.cafe, 1), by=by),
        ),
        ("move product", lambda c: c.move_product(shop.waffle, -1, by=by)),
        ("order products", lambda c: c.set_product_order([shop.waffle], by=by)),
        ("retire product", lambda c: c.retire_product(shop.coffee, by=by)),
        ("restore product", lambda c: c.restore_product(shop.coffee, by=by)),
    ]


def test_a_cashier_changes_nothing_in_the_catalogue(shop: Shop, catalogue: CatalogueService) -> None:
    before = _snapshot(shop)
    for name, change in _every_change(shop):
        with pytest.raises(PermissionDenied) as info:
            change(catalogue)
        assert (info.value.action, info.value.role) == ("manage_catalogue", "cashier"), name
    assert _snapshot(shop) == before


def test_a_leader_and_an_admin_may(shop: Shop, catalogue: CatalogueService) -> None:
    catalogue.add_category(CategoryDraft("Lamper"), by=shop.leader)
    catalogue.add_category(CategoryDraft("Møbler"), by=shop.admin)
    assert {"Lamper", "Møbler"} <= {c.name for c in catalogue.categories()}


# --- categories ------------------------------------------------------------------------------


def test_a_new_category_is_stored_last_with_its_tax_code_and_quick_prices(
    shop: Shop, catalogue: CatalogueService
) -> None:
    added = catalogue.add_category(
        CategoryDraft(
            "  Barne   bøker ",
            default_price=1500,
            quick_prices=(5000, 1000, 2000, 1000),
            vat_code=TaxCode.ZERO_RATED,
            color="#2E7D32",
            markdown_rule="28:30",
            price_tags=True,
        ),
        by=shop.leader,
    )
    assert added.name == "Barne bøker"
    assert added.quick_prices == (1000, 2000, 5000)  # no amount twice, smallest first
    assert (added.vat_code, added.vat_rate) == (TaxCode.ZERO_RATED, 0)
    assert (added.color, added.kind, added.saft_group) == ("#2e7d32", CategoryKind.GOODS, "04999")
    assert (added.markdown_rule, added.price_tags, added.active) == ("28:30", True, True)
    row = _rows(shop.path, "SELECT * FROM categories WHERE id = ?", added.id)[0]
    assert (row["vat_code"], row["vat_rate"], json.loads(row["quick_prices"])) == ("5", 0, [1000, 2000, 5000])
    assert row["position"] > max(
        r["position"] for r in _rows(shop.path, "SELECT position FROM categories WHERE id != ?", added.id)
    )
    # On the till at once, last, with its quick prices for the price keypad.
    button = till_catalogue(shop.db).categories[-1]
    assert (button.id, button.name, button.quick_prices, button.price_tags) == (
        added.id,
        "Barne bøker",
        (1000, 2000, 5000),
        True,
    )


def test_a_cafe_category_gets_the_food_article_group(shop: Shop, catalogue: CatalogueService) -> None:
    cafe = catalogue.add_category(CategoryDraft("Kiosk", kind="cafe", vat_code="31"), by=shop.leader)
    assert (cafe.kind, cafe.saft_group, cafe.vat_rate) == (CategoryKind.CAFE, "04006", 1500)
    assert cafe.id not in {c.id for c in till_catalogue(shop.db).categories}  # no open-price button


@pytest.mark.parametrize(
    ("code", "rate"),
    [("3", 2500), ("31", 1500), ("33", 1200), ("5", 0), ("6", 0)],
)
def test_the_rate_always_follows_the_tax_code(
    shop: Shop, catalogue: CatalogueService, code: str, rate: int
) -> None:
    books = catalogue.category(shop.books)
    changed = catalogue.update_category(shop.books, replace(books.draft(), vat_code=code), by=shop.leader)
    assert (changed.vat_code.value, changed.vat_rate) == (code, rate)
    row = _rows(shop.path, "SELECT vat_code, vat_rate FROM categories WHERE id = ?", shop.books)[0]
    assert tuple(row) == (code, rate)


def test_zero_rated_and_outside_the_vat_act_are_told_apart(shop: Shop, catalogue: CatalogueService) -> None:
    books = catalogue.add_category(CategoryDraft("Blader", vat_code=TaxCode.ZERO_RATED), by=shop.leader)
    lottery = catalogue.add_category(CategoryDraft("Lodd", vat_code=TaxCode.OUTSIDE), by=shop.leader)
    assert books.vat_rate == lottery.vat_rate == 0
    assert (books.vat_code, lottery.vat_code) == (TaxCode.ZERO_RATED, TaxCode.OUTSIDE)


def test_the_shop_builder_takes_a_tax_code_and_keeps_the_rate_with_it(shop: Shop) -> None:
    with shop.db.write() as session:
        zero = add_category(session, "Aviser", vat_code=TaxCode.ZERO_RATED)
        food = add_category(session, "Mat", vat_rate=VatRate.FOOD)
        (zero_id, food_id) = (zero.id, food.id)
    rows = {r["id"]: (r["vat_code"], r["vat_rate"]) for r in _rows(shop.path, "SELECT * FROM categories")}
    assert rows[zero_id] == ("5", 0)
    assert rows[food_id] == ("31", 1500)
    assert rows[shop.books] == ("3", 2500)
    with pytest.raises(ValueError), shop.db.write() as session:
        add_category(session, "Feil", vat_code=TaxCode.STANDARD, vat_rate=VatRate.FOOD)


@pytest.mark.parametrize(
    ("draft", "error"),
    [
        (CategoryDraft(""), InvalidCatalogueName),
        (CategoryDraft("   "), InvalidCatalogueName),
        (CategoryDraft("x" * (MAX_NAME + 1)), InvalidCatalogueName),
        (CategoryDraft("Lamper", default_price=-100), InvalidPrice),
        (CategoryDraft("Lamper", quick_prices=(1000, -500)), InvalidPrice),
        (CategoryDraft("Lamper", quick_prices=(0,)), InvalidPrice),
        (
            CategoryDraft("Lamper", quick_prices=tuple(range(100, 100 * (MAX_QUICK_PRICES + 2), 100))),
            TooManyQuickPrices,
        ),
        (CategoryDraft("Lamper", vat_code="25"), InvalidTaxCode),
        (CategoryDraft("Lamper", vat_code="1"), InvalidTaxCode),  # an input VAT code, not for sales
        (CategoryDraft("Lamper", kind="food"), InvalidCategoryKind),
        (CategoryDraft("Lamper", color="red"), InvalidColor),
        (CategoryDraft("Lamper", saft_group="12345"), InvalidSaftGroup),
        (CategoryDraft("Lamper", markdown_rule="28:130"), InvalidMarkdownRule),
        (CategoryDraft("bøker"), CatalogueNameTaken),
        (CategoryDraft(" KLÆR  DAME "), CatalogueNameTaken),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    shop: Shop, catalogue: CatalogueService, draft: CategoryDraft, error: type[BruktError]
) -> None:
    before = _snapshot(shop)
    with pytest.raises(error):
        catalogue.add_category(draft, by=shop.leader)
    with pytest.raises(error):
        catalogue.update_category(shop.cafe, draft, by=shop.leader)
    assert _snapshot(shop) == before


def test_names_are_unique_ignoring_case_also_against_retired_ones(
    shop: Shop, catalogue: CatalogueService
) -> None:
    lamps = catalogue.add_category(CategoryDraft("Lamper"), by=shop.leader)
    catalogue.retire_category(lamps.id, by=shop.leader)
    with pytest.raises(CatalogueNameTaken) as info:
        catalogue.add_category(CategoryDraft("LAMPER"), by=shop.leader)
    assert (info.value.name, info.value.existing_id, info.value.active) == ("Lamper", lamps.id, False)
    with pytest.raises(CatalogueNameTaken) as info:
        catalogue.rename_category(shop.clothes, "bøker", by=shop.leader)
    assert (info.value.what, info.value.active) == ("category", True)
    # Its own name in another case is no clash.
    assert catalogue.rename_category(shop.books, "BØKER", by=shop.leader).name == "BØKER"


def test_an_edit_is_journalled_with_who_and_what_changed(shop: Shop, catalogue: CatalogueService) -> None:
    books = catalogue.category(shop.books)
    catalogue.update_category(
        shop.books,
        replace(
            books.draft(), default_price=2500, quick_prices=(1000, 2000), vat_code="5", markdown_rule="42:50"
        ),
        by=shop.leader,
    )
    catalogue.update_category(shop.books, catalogue.category(shop.books).draft(), by=shop.leader)  # the same
    catalogue.rename_category(shop.books, "Bøker og blader", by=shop.leader)
    entries = _entries(shop, "category_changed")
    assert len(entries) == 2
    (who, changed), (who_again, renamed) = entries
    assert who == who_again == shop.leader.id
    assert changed == {
        "action": "changed",
        "category": "Bøker",
        "category_id": shop.books,
        "by": "Kari",
        "from": {"default_price": 2000, "quick_prices": [], "vat_code": "3", "markdown_rule": ""},
        "to": {
            "default_price": 2500,
            "quick_prices": [1000, 2000],
            "vat_code": "5",
            "markdown_rule": "42:50",
        },
    }
    assert renamed["action"] == "renamed"
    assert (renamed["from"], renamed["to"]) == ({"name": "Bøker"}, {"name": "Bøker og blader"})
    assert verify_database(shop.path).ok


def test_buttons_move_up_and_down_among_their_kind(shop: Shop, catalogue: CatalogueService) -> None:
    lamps = catalogue.add_category(CategoryDraft("Lamper"), by=shop.leader)
    names = lambda: [c.name for c in till_catalogue(shop.db).categories]  # noqa: E731
    assert names() == ["Bøker", "Klær dame", "Lamper"]
    moved = catalogue.move_category(lamps.id, -1, by=shop.leader)
    assert names() == ["Bøker", "Lamper", "Klær dame"]
    assert moved.position < catalogue.category(shop.clothes).position
    catalogue.move_category(lamps.id, -1, by=shop.leader)
    assert names() == ["Lamper", "Bøker", "Klær dame"]
    catalogue.move_category(lamps.id, -1, by=shop.leader)  # already first: stays, nothing journalled
    assert names() == ["Lamper", "Bøker", "Klær dame"]
    catalogue.move_category(shop.books, +5, by=shop.leader)
    assert names() == ["Lamper", "Klær dame", "Bøker"]
    moves = [d for _, d in _entries(shop, "category_changed") if d["action"] == "moved"]
    assert [(d["category"], d["from"], d["to"]) for d in moves] == [
        ("Lamper", {"place": 3}, {"place": 2}),
        ("Lamper", {"place": 2}, {"place": 1}),
        ("Bøker", {"place": 2}, {"place": 3}),
    ]
    # The café category (not a button) kept its place among the rest.
    catalogue.set_category_order([shop.clothes, shop.books], by=shop.leader)
    assert names() == ["Klær dame", "Bøker", "Lamper"]
    with pytest.raises(CategoryNotFound):
        catalogue.set_category_order([shop.books, 999], by=shop.leader)


def test_retiring_hides_but_never_deletes_and_old_sales_keep_the_name(
    shop: Shop, catalogue: CatalogueService, clock
) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_open(cart, shop.clothes, 7500)  # an open-price line in Klær dame
    co.scan(cart, shop.codes[5])  # an item of Klær dame
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)
    categories_before = len(_rows(shop.path, "SELECT id FROM categories"))

    retired = catalogue.retire_category(shop.clothes, by=shop.leader)
    assert not retired.active
    assert shop.clothes not in {c.id for c in till_catalogue(shop.db).categories}
    assert catalogue.categories()[-1].id == shop.clothes  # listed last, greyed out on the screen
    assert shop.clothes not in {c.id for c in catalogue.categories(include_retired=False)}
    # Never deleted: the row stays, and what points at it still does.
    assert len(_rows(shop.path, "SELECT id FROM categories")) == categories_before
    assert _rows(shop.path, "SELECT count(*) FROM sale_lines WHERE category_id = ?", shop.clothes)[0][0] == 2
    report = DayService(shop.db, clock=clock).x_report(journalled=False)
    assert "Klær dame" in {c.category for c in report.by_category}
    # An item of it still on the shelf still sells; a new open-price line is not offered.
    cart = co.new_cart()
    assert co.scan(cart, shop.codes[6]).description.startswith("Klær dame")
    with pytest.raises(CategoryNotFound):
        co.add_open(cart, shop.clothes, 5000)

    back = catalogue.restore_category(shop.clothes, by=shop.leader)
    assert back.active and till_catalogue(shop.db).categories[-1].id == shop.clothes
    actions = [d["action"] for _, d in _entries(shop, "category_changed")]
    assert actions == ["retired", "restored"]


def test_a_category_with_products_on_the_till_is_not_retired(shop: Shop, catalogue: CatalogueService) -> None:
    before = _snapshot(shop)
    with pytest.raises(CategoryHasProducts) as info:
        catalogue.retire_category(shop.cafe, by=shop.leader)
    assert (info.value.name, info.value.products) == ("Kafé", 2)
    assert _snapshot(shop) == before
    catalogue.retire_product(shop.coffee, by=shop.leader)
    catalogue.retire_product(shop.waffle, by=shop.leader)
    assert not catalogue.retire_category(shop.cafe, by=shop.leader).active
    # A product cannot come back into (or be put in) a retired category.
    with pytest.raises(CategoryRetired):
        catalogue.restore_product(shop.coffee, by=shop.leader)
    with pytest.raises(CategoryRetired):
        catalogue.add_product(ProductDraft("Te", shop.cafe, 2000), by=shop.leader)
    catalogue.restore_category(shop.cafe, by=shop.leader)
    assert catalogue.restore_product(shop.coffee, by=shop.leader).active


# --- products --------------------------------------------------------------------------------


def test_a_new_cafe_product_is_on_the_till_last(shop: Shop, catalogue: CatalogueService) -> None:
    tea = catalogue.add_product(
        ProductDraft("Te", shop.cafe, 1800, color="#7A9A5A", barcode="7038010009457", track_stock=True),
        by=shop.leader,
    )
    assert (tea.name, tea.price, tea.category_name, tea.vat_code, tea.tax_code) == (
        "Te",
        1800,
        "Kafé",
        None,
        TaxCode.FOOD,
    )
    assert (tea.color, tea.barcode, tea.track_stock, tea.stock) == ("#7a9a5a", "7038010009457", True, 0)
    last = till_catalogue(shop.db).products[-1]
    assert (last.id, last.name, last.price, last.track_stock) == (tea.id, "Te", 1800, True)
    who, details = _entries(shop, "product_changed")[-1]
    assert who == shop.leader.id
    assert details["action"] == "added" and details["to"]["price"] == 1800 and details["by"] == "Kari"


def test_a_products_own_tax_code_is_what_checkout_charges(shop: Shop, catalogue: CatalogueService) -> None:
    co = shop.checkout
    # Kafé is 15 % (take-away); coffee served at a table is 25 %.
    coffee = catalogue.product(shop.coffee)
    catalogue.update_product(shop.coffee, replace(coffee.draft(), vat_code=TaxCode.STANDARD), by=shop.leader)
    cart = co.new_cart()
    assert co.add_product(cart, shop.coffee).vat_rate == 2500
    assert co.add_product(cart, shop.waffle).vat_rate == 1500  # the category's
    co.pay(cart, PaymentMethod.CARD)
    sale = co.complete(cart, operator=shop.cashier)
    lines = _rows(shop.path, "SELECT product_id, vat_rate FROM sale_lines WHERE sale_id = ?", sale.sale_id)
    assert {(r["product_id"], r["vat_rate"]) for r in lines} == {(shop.coffee, 2500), (shop.waffle, 1500)}
    # VAT on the sale: 20 kr at 25 % is 4 kr; 25 kr at 15 % is 3,26 kr.
    assert _rows(shop.path, "SELECT vat FROM sales WHERE id = ?", sale.sale_id)[0][0] == 400 + 326
    # Back to the category's: the category's code again, and a zero-rated category is charged 0 %.
    catalogue.update_product(shop.coffee, replace(coffee.draft(), vat_code=None), by=shop.leader)
    assert co.add_product(co.new_cart(), shop.coffee).vat_rate == 1500
    cafe = catalogue.category(shop.cafe)
    catalogue.update_category(shop.cafe, replace(cafe.draft(), vat_code=TaxCode.OUTSIDE), by=shop.leader)
    assert co.add_product(co.new_cart(), shop.waffle).vat_rate == 0
    # A product scanned by its barcode is charged the same way.
    catalogue.update_product(
        shop.coffee, replace(coffee.draft(), vat_code="33", barcode="7038010009457"), by=shop.leader
    )
    assert co.scan(co.new_cart(), "7038010009457").vat_rate == 1200


def test_the_sold_rate_stays_when_the_code_changes_later(shop: Shop, catalogue: CatalogueService) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee)
    co.pay(cart, PaymentMethod.CARD)
    sale = co.complete(cart, operator=shop.cashier)
    cafe = catalogue.category(shop.cafe)
    catalogue.update_category(shop.cafe, replace(cafe.draft(), vat_code="3"), by=shop.leader)
    assert _rows(shop.path, "SELECT vat_rate FROM sale_lines WHERE sale_id = ?", sale.sale_id)[0][0] == 1500


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"name": ""}, InvalidCatalogueName),
        ({"name": "VAFFEL"}, CatalogueNameTaken),
        ({"price": 0}, InvalidPrice),
        ({"price": -2000}, InvalidPrice),
        ({"vat_code": "15"}, InvalidTaxCode),
        ({"color": "#12345"}, InvalidColor),
        ({"category_id": 999}, CategoryNotFound),
        ({"barcode": "70 38"}, InvalidBarcode),
        ({"barcode": make_item_code(1, 17)}, InvalidBarcode),  # a BruktPOS item code
        ({"barcode": make_item_code(1, 17)[1:]}, InvalidBarcode),  # … read as UPC-A
    ],
)
def test_bad_product_input_is_refused_and_changes_nothing(
    shop: Shop, catalogue: CatalogueService, change: dict, error: type[BruktError]
) -> None:
    before = _snapshot(shop)
    draft = replace(catalogue.product(shop.coffee).draft(), **change)
    with pytest.raises(error):
        catalogue.update_product(shop.coffee, draft, by=shop.leader)
    with pytest.raises(error):
        catalogue.add_product(replace(draft, name=draft.name if "name" in change else "Te"), by=shop.leader)
    assert _snapshot(shop) == before


def test_a_barcode_belongs_to_one_product(shop: Shop, catalogue: CatalogueService) -> None:
    coffee = catalogue.product(shop.coffee)
    catalogue.update_product(shop.coffee, replace(coffee.draft(), barcode="036000291452"), by=shop.leader)
    with pytest.raises(BarcodeTaken) as info:
        catalogue.add_product(ProductDraft("Te", shop.cafe, 2000, barcode="0036000291452"), by=shop.leader)
    assert info.value.name == "Kaffe"  # the same code read as UPC-A or EAN-13
    assert (
        catalogue.update_product(shop.coffee, replace(coffee.draft(), barcode=""), by=shop.leader).barcode
        is None
    )
    assert catalogue.add_product(ProductDraft("Te", shop.cafe, 2000, barcode="0036000291452"), by=shop.leader)


def test_a_retired_product_leaves_the_till_and_comes_back_last(
    shop: Shop, catalogue: CatalogueService
) -> None:
    co = shop.checkout
    catalogue.retire_product(shop.coffee, by=shop.leader)
    assert shop.coffee not in {p.id for p in till_catalogue(shop.db).products}
    with pytest.raises(ProductNotFound):
        co.add_product(co.new_cart(), shop.coffee)
    assert catalogue.products()[-1].id == shop.coffee and not catalogue.products()[-1].active
    catalogue.restore_product(shop.coffee, by=shop.leader)
    assert [p.id for p in till_catalogue(shop.db).products] == [shop.waffle, shop.coffee]
    assert [d["action"] for _, d in _entries(shop, "product_changed")] == ["retired", "restored"]


def test_products_move_and_keep_their_stock(shop: Shop, catalogue: CatalogueService) -> None:
    tea = catalogue.add_product(ProductDraft("Te", shop.cafe, 2000), by=shop.leader)
    catalogue.move_product(tea.id, -2, by=shop.leader)
    assert [p.name for p in till_catalogue(shop.db).products] == ["Te", "Kaffe", "Vaffel"]
    catalogue.set_product_order([shop.waffle, shop.coffee], by=shop.leader)
    assert [p.name for p in till_catalogue(shop.db).products] == ["Vaffel", "Kaffe", "Te"]
    waffle = catalogue.product(shop.waffle)
    assert waffle.stock == 10
    moved = catalogue.update_product(
        shop.waffle, replace(waffle.draft(), category_id=shop.books, price=3000), by=shop.leader
    )
    assert (moved.category_name, moved.price, moved.stock, moved.tax_code) == (
        "Bøker",
        3000,
        10,
        TaxCode.STANDARD,
    )
    _, details = _entries(shop, "product_changed")[-1]
    assert (details["from"], details["to"]) == (
        {"category": "Kafé", "price": 2500},
        {"category": "Bøker", "price": 3000},
    )
    assert verify_database(shop.path).ok


def test_every_action_word_is_one_the_screens_know(shop: Shop, catalogue: CatalogueService) -> None:
    lamps = catalogue.add_category(CategoryDraft("Lamper"), by=shop.leader)
    catalogue.rename_category(lamps.id, "Lys", by=shop.leader)
    catalogue.update_category(
        lamps.id, replace(catalogue.category(lamps.id).draft(), default_price=100), by=shop.leader
    )
    catalogue.move_category(lamps.id, -1, by=shop.leader)
    catalogue.set_category_order([lamps.id], by=shop.leader)
    catalogue.retire_category(lamps.id, by=shop.leader)
    catalogue.restore_category(lamps.id, by=shop.leader)
    actions = [d["action"] for _, d in _entries(shop, "category_changed")]
    assert actions == list(LEADER_ACTIONS)


def test_the_demo_shop_carries_proper_tax_codes(tmp_path: Path) -> None:
    from datetime import date

    from bruktpos.services.demo import build_demo

    path = tmp_path / "demo.sqlite3"
    build_demo(path, days=3, end=date(2026, 11, 20), sales_per_day=20, stock=30)
    codes = {r["name"]: (r["vat_code"], r["vat_rate"]) for r in _rows(path, "SELECT * FROM categories")}
    assert codes["Bøker"] == codes["Barnebøker"] == ("5", 0)  # books are zero-rated in Norway
    assert codes["Kafé"] == ("3", 2500)  # served at the tables
    assert codes["Kiosk (ta med)"] == ("31", 1500)  # take-away food and drink
    assert codes["Klær dame"] == codes["Nye varer"] == ("3", 2500)
    # What was sold was charged at its category's (or product's) rate.
    wrong = _rows(
        path,
        "SELECT l.description, l.vat_rate, c.vat_rate FROM sale_lines l "
        "JOIN categories c ON c.id = l.category_id "
        "LEFT JOIN products p ON p.id = l.product_id "
        "WHERE p.vat_code IS NULL AND l.vat_rate != c.vat_rate",
    )
    assert not wrong
    assert (
        _rows(
            path,
            "SELECT count(*) FROM sale_lines l JOIN categories c ON c.id = l.category_id "
            "WHERE c.name = 'Bøker'",
        )[0][0]
        > 0
    )
