"""The back room on a real shop file: donations, pricing, price tags, markdowns, pulling."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bruktpos.domain.errors import (
    CategoryNotFound,
    InvalidCount,
    InvalidPhone,
    InvalidPrice,
    InvalidQuantity,
    InvalidWeight,
    ItemNotForSale,
    ItemNotFound,
    PermissionDenied,
)
from bruktpos.domain.price_tags import parse_price_tag_code
from bruktpos.services.intake import DonationLineInput, IntakeService, kilos

from .conftest import Shop


def _count(shop: Shop, table: str) -> int:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def intake(shop: Shop, clock) -> IntakeService:
    return IntakeService(shop.db, register_id=shop.checkout.register.id, clock=clock)


def test_a_donation_is_weighed_per_category(shop: Shop, intake: IntakeService, clock) -> None:
    donation = intake.register_donation(
        [DonationLineInput(shop.books, 12_500, 40), DonationLineInput(shop.clothes, 8_200, 25)],
        by=shop.cashier,
        donor_name="Anne",
        donor_phone="+47 912 34 567",
    )
    assert donation > 0
    day = clock().date()
    assert kilos(shop.db, since=day, until=day) == {"Bøker": 12_500, "Klær dame": 8_200}
    assert kilos(shop.db, since=day + timedelta(days=1), until=day + timedelta(days=2)) == {}


@pytest.mark.parametrize(
    ("lines", "error"),
    [
        ([], InvalidWeight),
        ([DonationLineInput(1, -5, 1)], InvalidWeight),
        ([DonationLineInput(1, 1000, -1)], InvalidQuantity),
        ([DonationLineInput(999, 1000, 1)], CategoryNotFound),
    ],
)
def test_bad_donations_are_refused_and_write_nothing(shop: Shop, intake: IntakeService, lines, error) -> None:
    with pytest.raises(error):
        intake.register_donation(lines, by=shop.cashier)
    assert _count(shop, "donations") == _count(shop, "donation_lines") == 0


def test_a_donor_phone_must_look_like_one(shop: Shop, intake: IntakeService) -> None:
    with pytest.raises(InvalidPhone):
        intake.register_donation(
            [DonationLineInput(shop.books, 1000)], by=shop.cashier, donor_phone="ring meg"
        )
    assert _count(shop, "donations") == 0


def test_pricing_makes_unique_codes_never_reused(shop: Shop, intake: IntakeService) -> None:
    before = _count(shop, "items")
    codes = intake.price_items(shop.books, 2000, count=20, description="Pocketbok")
    more = intake.price_items(shop.clothes, 15000)
    assert len(set(codes + more)) == 21
    assert not set(codes + more) & set(shop.codes)
    assert _count(shop, "items") == before + 21
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, more[0])
    assert (line.unit_price, line.description) == (15000, "Klær dame")
    with pytest.raises(InvalidPrice):
        intake.price_items(shop.books, 0)
    with pytest.raises(CategoryNotFound):
        intake.price_items(999, 2000)
    assert _count(shop, "items") == before + 21


def test_price_suggestions_offer_the_default_and_the_usual(shop: Shop, intake: IntakeService) -> None:
    intake.price_items(shop.books, 3000, count=6)
    intake.price_items(shop.books, 5000, count=1)
    suggestions = intake.price_suggestions(shop.books)
    assert suggestions.default == 2000
    assert suggestions.common == [3000, 4950, 5000]  # most used first (the fixture has 49,50 ×5)


def test_a_price_tag_sells_as_an_open_price_line(shop: Shop, intake: IntakeService) -> None:
    code = intake.price_tag(shop.books, 2000)
    assert parse_price_tag_code(code) == (shop.books, 2000)
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, code)
    assert (line.kind.value, line.category_id, line.unit_price) == ("open", shop.books, 2000)
    shop.checkout.scan(cart, code)  # twenty paperbacks, one code
    assert len(cart.lines) == 2


def test_the_till_applies_the_markdown_and_keeps_the_original_price(
    shop: Shop, intake: IntakeService, clock
) -> None:
    with sqlite3.connect(shop.path) as conn:
        conn.execute(
            "UPDATE categories SET markdown_rule = '28:30,56:50;pull:84' WHERE id = ?", (shop.books,)
        )
    (code,) = intake.price_items(shop.books, 4990)
    clock.advance(days=30)
    line = shop.checkout.scan(shop.checkout.new_cart(), code)
    assert line.unit_price == 4990  # the receipt shows what it cost …
    assert line.total == 3400  # … and 30 % off, rounded down to whole kroner
    clock.advance(days=30)
    assert shop.checkout.scan(shop.checkout.new_cart(), code).total == 2400  # 50 % off


def test_the_pull_list_follows_the_rule(shop: Shop, intake: IntakeService, clock) -> None:
    with sqlite3.connect(shop.path) as conn:
        conn.execute("UPDATE categories SET markdown_rule = '28:30;pull:84' WHERE id = ?", (shop.clothes,))
    old = intake.price_items(shop.clothes, 10000, count=2)
    clock.advance(days=80)
    young = intake.price_items(shop.clothes, 10000)
    clock.advance(days=5)  # old ones are 85 days, the young one 5
    pulled = {row.code for row in intake.to_pull()}
    assert set(old) <= pulled
    assert not set(young) & pulled


def test_changing_a_price_is_a_leaders_job_and_journalled(shop: Shop, intake: IntakeService) -> None:
    code = shop.codes[0]
    with pytest.raises(PermissionDenied):
        intake.change_price(code, 2500, by=shop.cashier)
    intake.change_price(code, 2500, by=shop.leader)
    assert shop.checkout.scan(shop.checkout.new_cart(), code).unit_price == 2500
    with sqlite3.connect(shop.path) as conn:
        (details,) = conn.execute("SELECT details FROM journal WHERE event = 'price_change'").fetchone()
    assert '"from":4950' in details and '"to":2500' in details
    with pytest.raises(ItemNotFound):
        intake.change_price("0400100999996", 2500, by=shop.leader)


def test_taking_items_off_the_shelf_is_all_or_nothing(shop: Shop, intake: IntakeService) -> None:
    assert intake.take_off_shelf(shop.codes[:2], "discarded", by=shop.leader) == 2
    with pytest.raises(ItemNotForSale):
        shop.checkout.scan(shop.checkout.new_cart(), shop.codes[0])
    with pytest.raises(ItemNotForSale):  # the first is already gone: nothing changes
        intake.take_off_shelf([shop.codes[2], shop.codes[0]], "recycled", by=shop.leader)
    shop.checkout.scan(shop.checkout.new_cart(), shop.codes[2])  # still on the shelf
    with pytest.raises(ValueError):
        intake.take_off_shelf([shop.codes[3]], "sold", by=shop.leader)
    with sqlite3.connect(shop.path) as conn:
        rows = conn.execute("SELECT user_id, details FROM journal WHERE event = 'items_off_shelf'").fetchall()
    assert len(rows) == 1  # only the change that happened
    assert rows[0][0] == shop.leader.id
    assert shop.codes[0] in rows[0][1] and '"status":"discarded"' in rows[0][1]


def test_a_volunteer_pulls_only_what_is_due(shop: Shop, intake: IntakeService, clock) -> None:
    # Pulling what the rule says is due is routine back-room work; taking down
    # anything else takes sellable goods away, and that is a leader's decision.
    with sqlite3.connect(shop.path) as conn:
        conn.execute("UPDATE categories SET markdown_rule = '28:30;pull:84' WHERE id = ?", (shop.clothes,))
    old = intake.price_items(shop.clothes, 10000, count=2)
    clock.advance(days=80)
    young = intake.price_items(shop.clothes, 10000)
    clock.advance(days=5)
    due = {row.code for row in intake.to_pull()}
    assert set(old) <= due and young[0] not in due

    assert intake.take_off_shelf(old[:1], "recycled", by=shop.cashier) == 1
    for not_due in ([old[1], young[0]], [shop.codes[0]]):  # too young; a category without a pull rule
        with pytest.raises(PermissionDenied) as refused:
            intake.take_off_shelf(not_due, "discarded", by=shop.cashier)
        assert refused.value.action == "take_off_shelf"
    shop.checkout.scan(shop.checkout.new_cart(), old[1])  # all or nothing: still on the shelf
    assert intake.take_off_shelf([old[1], young[0]], "moved", by=shop.leader) == 2
    with sqlite3.connect(shop.path) as conn:
        statuses = dict(
            conn.execute("SELECT code, status FROM items WHERE code IN (?, ?, ?)", (*old, *young))
        )
    assert statuses == {old[0]: "recycled", old[1]: "moved", young[0]: "moved"}


def test_a_leader_sets_a_categorys_markdown_and_price_tags(shop: Shop) -> None:
    from bruktpos.domain.errors import InvalidMarkdownRule
    from bruktpos.services.intake import set_category_intake

    with pytest.raises(PermissionDenied):
        set_category_intake(shop.db, shop.books, markdown_rule="28:30", price_tags=True, by=shop.cashier)
    with pytest.raises(InvalidMarkdownRule):
        set_category_intake(shop.db, shop.books, markdown_rule="28:130", price_tags=True, by=shop.leader)
    set_category_intake(
        shop.db, shop.books, markdown_rule=" 28:30 ; pull:84 ", price_tags=True, by=shop.leader
    )
    with sqlite3.connect(shop.path) as conn:
        assert conn.execute(
            "SELECT markdown_rule, price_tags FROM categories WHERE id = ?", (shop.books,)
        ).fetchone() == (
            "28:30;pull:84",
            1,
        )
        assert conn.execute("SELECT count(*) FROM journal WHERE event = 'settings_changed'").fetchone() == (
            1,
        )


def test_goods_received_raise_the_stock_and_sales_may_take_it_below_zero(shop: Shop) -> None:
    from bruktpos.domain.cart import PaymentMethod
    from bruktpos.domain.errors import ProductNotFound
    from bruktpos.services.intake import receive_goods

    assert receive_goods(shop.db, shop.waffle, 5, by=shop.cashier) == 15
    with sqlite3.connect(shop.path) as conn:
        (user_id, details) = conn.execute(
            "SELECT user_id, details FROM journal WHERE event = 'goods_received'"
        ).fetchone()
    assert user_id == shop.cashier.id and '"from":10' in details and '"to":15' in details
    with pytest.raises(ProductNotFound):  # coffee keeps no stock count
        receive_goods(shop.db, shop.coffee, 5, by=shop.cashier)
    with pytest.raises(InvalidCount):
        receive_goods(shop.db, shop.waffle, 0, by=shop.cashier)
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.waffle, 20)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier)
    with sqlite3.connect(shop.path) as conn:
        assert conn.execute("SELECT stock FROM products WHERE id = ?", (shop.waffle,)).fetchone() == (-5,)
    from bruktpos.services.inventory import stock_products

    (waffles,) = stock_products(shop.db)  # coffee keeps no count and is not listed
    assert (waffles.name, waffles.stock, waffles.below_zero) == ("Vaffel", -5, True)
