"""CheckoutService on a real SQLite file: from a scan to a committed sale."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy.exc
from sqlalchemy import select, update

from bruktpos.domain.cart import MAX_QUANTITY, MAX_UNIT_PRICE, Cart, LineKind, PaymentMethod
from bruktpos.domain.errors import (
    CategoryNotFound,
    EmptySale,
    InvalidPrice,
    InvalidQuantity,
    ItemAlreadyInCart,
    ItemAlreadySold,
    ItemNotForSale,
    ItemNotFound,
    OverPayment,
    ParkedSaleNotFound,
    PermissionDenied,
    ProductNotFound,
    SaleHasPayments,
    SaleNotPaid,
)
from bruktpos.services.checkout import CheckoutService, CompletedSale
from bruktpos.services.day import DayService
from bruktpos.services.shop import create_register
from bruktpos.services.users import Operator
from bruktpos.store import models
from bruktpos.store.integrity import verify_database
from bruktpos.store.models import (
    APPEND_ONLY_TABLES,
    JOURNALLED_ROWS,
    Category,
    Item,
    ItemStatus,
    Product,
    Sale,
)
from bruktpos.store.schema import open_database
from bruktpos.store.signing import HMAC_SHA1, generate_key

from .conftest import OPENING_FLOAT, Shop, make_shop
from .day_helpers import fill_journalled_tables

WRITTEN = ("sales", "sale_lines", "payments", "journal", "parked_sales")


# --- helpers ---------------------------------------------------------------


def _query(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    """Rows read with plain sqlite3, as anyone opening the file would see them."""
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def _counts(path: Path) -> dict[str, int]:
    return {table: _query(path, f"SELECT count(*) FROM {table}")[0][0] for table in WRITTEN}


def _events(path: Path, event: str) -> list[sqlite3.Row]:
    return _query(path, "SELECT * FROM journal WHERE event = ? ORDER BY id", event)


def _details(row: sqlite3.Row) -> dict[str, object]:
    return json.loads(row["details"])


def _item(path: Path, code: str) -> sqlite3.Row:
    return _query(path, "SELECT * FROM items WHERE code = ?", code)[0]


def _stock(path: Path, product_id: int) -> int:
    return _query(path, "SELECT stock FROM products WHERE id = ?", product_id)[0][0]


def _sell(
    shop: Shop,
    *codes: str,
    checkout: CheckoutService | None = None,
    operator: Operator | None = None,
    training: bool = False,
) -> CompletedSale:
    co = checkout or shop.checkout
    cart = co.new_cart()
    for code in codes:
        co.scan(cart, code)
    co.pay(cart, PaymentMethod.CARD)
    return co.complete(cart, operator=operator or shop.cashier, training=training)


def _set_item_status(shop: Shop, code: str, status: str, at) -> None:
    with shop.db.write() as session:
        session.execute(update(Item).where(Item.code == code).values(status=status, status_at=at))


def _add_register(shop: Shop, clock, code: str = "K2") -> CheckoutService:
    """A second till in the same shop, with its own signing key."""
    key = generate_key(HMAC_SHA1)
    with shop.db.write() as session:
        shop_id = session.scalar(select(models.Shop.id))
        create_register(session, shop.db.path, shop_id, code, "Kasse 2", key, at=clock())
    DayService(shop.db, register_code=code, clock=clock).open_day(OPENING_FLOAT, operator=shop.leader)
    return CheckoutService(shop.db, register_code=code, clock=clock)


@pytest.fixture
def other_till(shop: Shop, clock) -> Iterator[CheckoutService]:
    """The same register opened a second time on the same file (its own connections)."""
    db = open_database(shop.path)
    till = CheckoutService(db, clock=clock)
    yield till
    till.close()
    db.dispose()


# --- scanning --------------------------------------------------------------


def test_scan_adds_item_line_named_by_category(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, shop.codes[0])
    assert line.kind is LineKind.ITEM
    assert line.description == "Bøker: Ting 0"
    assert (line.unit_price, line.quantity, line.vat_rate) == (4950, 1, 2500)
    assert line.category_id == shop.books
    assert line.item_code == shop.codes[0]
    assert line.item_id == _item(shop.path, shop.codes[0])["id"]
    clothes = co.scan(cart, shop.codes[5])
    assert clothes.description == "Klær dame: Ting 5"
    assert clothes.unit_price == 10000
    assert cart.lines == [line, clothes]
    assert cart.total == 14950


def test_scan_item_without_description_is_named_by_category_alone(shop: Shop) -> None:
    with shop.db.write() as session:
        session.execute(update(Item).where(Item.code == shop.codes[6]).values(description="  "))
    line = shop.checkout.scan(shop.checkout.new_cart(), shop.codes[6])
    assert line.description == "Klær dame"


@pytest.mark.parametrize("wrap", ["  {}  ", "{}\n", "\t{}\r\n", " {}"])
def test_scan_ignores_surrounding_whitespace(shop: Shop, wrap: str) -> None:
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, wrap.format(shop.codes[2]))
    assert line.item_code == shop.codes[2]
    assert len(cart.lines) == 1


def test_scan_of_12_digits_finds_item_missing_its_leading_zero(shop: Shop) -> None:
    code = shop.codes[3]
    assert code.startswith("0") and len(code) == 13
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, code[1:])
    assert line.item_code == code
    assert line.item_id == _item(shop.path, code)["id"]


@pytest.mark.parametrize("text", ["0400100099999", "400100099999", "hello", "  ", ""])
def test_scan_of_unknown_code_raises_item_not_found(shop: Shop, text: str) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])
    before = cart.to_dict()
    with pytest.raises(ItemNotFound) as caught:
        shop.checkout.scan(cart, text)
    assert caught.value.text == text
    assert cart.to_dict() == before


def test_scan_of_sold_item_names_receipt_register_and_time(shop: Shop, clock) -> None:
    clock.advance(minutes=10)
    first = _sell(shop, shop.codes[1])
    clock.advance(minutes=7, seconds=13)
    sold_at = clock()
    second = _sell(shop, shop.codes[0])
    assert (first.receipt_no, second.receipt_no) == (1, 2)
    clock.advance(hours=2)
    cart = shop.checkout.new_cart()
    with pytest.raises(ItemAlreadySold) as caught:
        shop.checkout.scan(cart, f" {shop.codes[0]}\n")
    err = caught.value
    assert err.item_code == shop.codes[0]
    assert err.receipt_no == 2
    assert err.register == "K1"
    assert err.sold_at == sold_at
    assert err.sold_at.utcoffset() == sold_at.utcoffset()
    assert cart.is_empty


def test_scan_of_item_sold_at_another_register_names_that_register(shop: Shop, clock) -> None:
    k2 = _add_register(shop, clock)
    _sell(shop, shop.codes[0])
    clock.advance(minutes=1)
    sold_at = clock()
    _sell(shop, shop.codes[4], checkout=k2)
    with pytest.raises(ItemAlreadySold) as caught:
        shop.checkout.scan(shop.checkout.new_cart(), shop.codes[4])
    assert (caught.value.register, caught.value.receipt_no, caught.value.sold_at) == ("K2", 1, sold_at)


def test_scan_of_discarded_item_raises_item_not_for_sale(shop: Shop, clock) -> None:
    discarded_at = clock.advance(days=3)
    _set_item_status(shop, shop.codes[7], ItemStatus.DISCARDED, discarded_at)
    clock.advance(hours=1)
    cart = shop.checkout.new_cart()
    with pytest.raises(ItemNotForSale) as caught:
        shop.checkout.scan(cart, shop.codes[7])
    assert caught.value.item_code == shop.codes[7]
    assert caught.value.status == "discarded"
    assert caught.value.changed_at == discarded_at
    assert cart.is_empty


def test_scanning_the_same_item_twice_raises(shop: Shop) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])
    with pytest.raises(ItemAlreadyInCart):
        shop.checkout.scan(cart, shop.codes[0][1:])
    assert len(cart.lines) == 1


def test_scan_of_product_barcode_adds_product(shop: Shop) -> None:
    with shop.db.write() as session:
        cafe = session.get(Category, shop.cafe)
        bun = Product(name="Bolle", category_id=cafe.id, price=1500, barcode="7038010055720")
        old = Product(name="Gammel", category_id=cafe.id, price=900, barcode="7038010055737", active=False)
        session.add_all([bun, old])
        session.flush()
        bun_id = bun.id
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, "7038010055720 ")
    assert (line.kind, line.product_id, line.description, line.quantity) == (
        LineKind.PRODUCT,
        bun_id,
        "Bolle",
        1,
    )
    again = co.scan(cart, "7038010055720")
    assert again.quantity == 2
    assert len(cart.lines) == 1
    with pytest.raises(ItemNotFound):
        co.scan(cart, "7038010055737")


def test_scan_finds_product_by_its_stored_12_digit_upc_barcode(shop: Shop) -> None:
    # A UPC-A product barcode is 12 digits as printed and as a UPC-A scanner reads it.
    # Scanning exactly the stored barcode must find the product.
    with shop.db.write() as session:
        candle = Product(name="Stearinlys", category_id=shop.books, price=4900, barcode="036000291452")
        session.add(candle)
        session.flush()
        candle_id = candle.id
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, "036000291452")
    assert (line.kind, line.product_id) == (LineKind.PRODUCT, candle_id)


# --- products and open prices ----------------------------------------------


def test_add_product_second_tap_raises_quantity(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    first = co.add_product(cart, shop.coffee)
    assert (first.kind, first.description, first.unit_price, first.quantity) == (
        LineKind.PRODUCT,
        "Kaffe",
        2000,
        1,
    )
    assert first.vat_rate == 1500
    assert first.category_id == shop.cafe
    second = co.add_product(cart, shop.coffee)
    assert second.line_id == first.line_id
    assert second.quantity == 2
    waffles = co.add_product(cart, shop.waffle, 3)
    assert waffles.quantity == 3
    assert [line.quantity for line in cart.lines] == [2, 3]
    assert cart.total == 2 * 2000 + 3 * 2500


def test_add_open_price_line(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.add_open(cart, shop.books, 1990, quantity=2, description="  Roman  ")
    assert line.kind is LineKind.OPEN
    assert line.description == "Bøker: Roman"
    assert (line.unit_price, line.quantity, line.total, line.vat_rate) == (1990, 2, 3980, 2500)
    assert line.category_id == shop.books
    assert line.item_id is None and line.product_id is None
    plain = co.add_open(cart, shop.clothes, 5000)
    assert plain.description == "Klær dame"
    assert cart.total == 8980


def test_inactive_or_unknown_product_raises_product_not_found(shop: Shop) -> None:
    with shop.db.write() as session:
        session.execute(update(Product).where(Product.id == shop.waffle).values(active=False))
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee)
    before = cart.to_dict()
    for product_id in (shop.waffle, 9999):
        with pytest.raises(ProductNotFound) as caught:
            co.add_product(cart, product_id)
        assert caught.value.product_id == product_id
    assert cart.to_dict() == before


def test_unknown_or_inactive_category_raises_category_not_found(shop: Shop) -> None:
    with shop.db.write() as session:
        session.execute(update(Category).where(Category.id == shop.clothes).values(active=False))
    co = shop.checkout
    cart = co.new_cart()
    for category_id in (9999, shop.clothes):
        with pytest.raises(CategoryNotFound) as caught:
            co.add_open(cart, category_id, 1000)
        assert caught.value.category_id == category_id
    assert cart.is_empty


# --- completing a sale -----------------------------------------------------


def test_receipt_numbers_are_gap_free_per_register(shop: Shop, clock) -> None:
    k2 = _add_register(shop, clock)
    numbers = []
    for code in shop.codes[:3]:
        clock.advance(minutes=1)
        numbers.append(_sell(shop, code).receipt_no)
    assert numbers == [1, 2, 3]
    other = [_sell(shop, code, checkout=k2) for code in shop.codes[3:5]]
    assert [(s.receipt_no, s.register_code) for s in other] == [(1, "K2"), (2, "K2")]
    assert _sell(shop, shop.codes[5]).receipt_no == 4
    rows = _query(
        shop.path, "SELECT r.code, s.receipt_no FROM sales s JOIN registers r ON r.id = s.register_id"
    )
    assert sorted(map(tuple, rows)) == [("K1", 1), ("K1", 2), ("K1", 3), ("K1", 4), ("K2", 1), ("K2", 2)]
    assert verify_database(shop.path).ok, verify_database(shop.path).problems


def test_training_sales_have_own_series_and_touch_no_stock(shop: Shop, clock) -> None:
    co = shop.checkout
    numbers = []
    for n in range(2):
        clock.advance(minutes=1)
        cart = co.new_cart()
        co.scan(cart, shop.codes[n])
        co.add_product(cart, shop.waffle, 2)
        co.pay(cart, PaymentMethod.CASH, tendered=20000)
        done = co.complete(cart, operator=shop.cashier, training=True)
        assert done.training
        numbers.append(done.receipt_no)
    assert numbers == [1, 2]
    for code in shop.codes[:2]:
        item = _item(shop.path, code)
        assert (item["status"], item["sold_sale_id"]) == ("in_stock", None)
    assert _stock(shop.path, shop.waffle) == 10
    assert len(_events(shop.path, "training_sale")) == 2
    assert _events(shop.path, "sale") == []

    real = _sell(shop, shop.codes[0])
    assert (real.receipt_no, real.training) == (1, False)
    assert _item(shop.path, shop.codes[0])["status"] == "sold"
    assert _sell(shop, shop.codes[1], training=True).receipt_no == 3
    assert _sell(shop, shop.codes[2]).receipt_no == 2
    rows = _query(shop.path, "SELECT training, receipt_no FROM sales ORDER BY id")
    assert [tuple(r) for r in rows] == [(1, 1), (1, 2), (0, 1), (1, 3), (0, 2)]
    assert verify_database(shop.path).ok, verify_database(shop.path).problems


def test_sold_items_are_marked_with_their_sale(shop: Shop, clock) -> None:
    at = clock.advance(minutes=42)
    done = _sell(shop, shop.codes[0], shop.codes[5])
    for code in (shop.codes[0], shop.codes[5]):
        item = _item(shop.path, code)
        assert item["status"] == "sold"
        assert item["sold_sale_id"] == done.sale_id
        assert item["status_at"] == at.isoformat(timespec="microseconds")
    assert _item(shop.path, shop.codes[1])["status"] == "in_stock"
    with shop.db.read() as session:
        in_stock = session.scalars(select(Item.code).where(Item.status == ItemStatus.IN_STOCK)).all()
    assert sorted(in_stock) == sorted(c for c in shop.codes if c not in (shop.codes[0], shop.codes[5]))


def test_tracked_product_stock_goes_down(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.waffle, 2)
    co.add_product(cart, shop.waffle)
    co.add_product(cart, shop.coffee, 4)
    co.pay(cart, PaymentMethod.VIPPS)
    co.complete(cart, operator=shop.cashier)
    assert _stock(shop.path, shop.waffle) == 7
    assert _stock(shop.path, shop.coffee) == 0  # not tracked: left alone
    cart = co.new_cart()
    co.add_product(cart, shop.waffle, 5)
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)
    assert _stock(shop.path, shop.waffle) == 2


def test_sale_row_lines_vat_rounding_and_payments(shop: Shop, clock) -> None:
    at = clock.advance(minutes=30)
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])  # 49,50, 25 %
    co.add_product(cart, shop.coffee, 2)  # 2 × 20,00, 15 %
    co.add_open(cart, shop.books, 1990, description="Tegneserie")  # 19,90, 25 %
    assert cart.total == 10940
    assert cart.cash_due() == 10900
    payment = co.pay(cart, PaymentMethod.CASH, tendered=20000)
    assert (payment.amount, payment.tendered, payment.change) == (10900, 20000, 9100)
    done = co.complete(cart, operator=shop.cashier)
    assert (done.total, done.rounding, done.paid, done.change) == (10940, -40, 10900, 9100)
    assert done.created_at == at
    assert done.register_code == "K1"

    (sale,) = _query(shop.path, "SELECT * FROM sales WHERE id = ?", done.sale_id)
    assert sale["receipt_no"] == 1
    assert sale["training"] == 0
    assert sale["kind"] == "sale"
    assert sale["total"] == 10940
    # 25 % of 69,40 is 13,88; 15 % of 40,00 is 5,2174 → 5,22.
    assert sale["vat"] == 1388 + 522
    assert sale["discount"] == 0
    assert sale["rounding"] == -40
    assert sale["vat_registered"] == 1
    assert sale["operator_id"] == shop.cashier.id
    assert sale["created_at"] == at.isoformat(timespec="microseconds")
    assert sale["business_date"] == "2026-11-12"
    assert sale["key_version"] == 1
    assert sale["signature"]

    lines = _query(shop.path, "SELECT * FROM sale_lines WHERE sale_id = ? ORDER BY line_no", done.sale_id)
    assert [
        (r["line_no"], r["kind"], r["description"], r["quantity"], r["unit_price"], r["total"], r["vat_rate"])
        for r in lines
    ] == [
        (1, "item", "Bøker: Ting 0", 1, 4950, 4950, 2500),
        (2, "product", "Kaffe", 2, 2000, 4000, 1500),
        (3, "open", "Bøker: Tegneserie", 1, 1990, 1990, 2500),
    ]
    assert lines[0]["item_id"] == _item(shop.path, shop.codes[0])["id"]
    assert lines[1]["product_id"] == shop.coffee
    assert [r["category_id"] for r in lines] == [shop.books, shop.cafe, shop.books]

    payments = _query(shop.path, "SELECT * FROM payments WHERE sale_id = ?", done.sale_id)
    assert [(p["method"], p["amount"], p["tendered"], p["change"]) for p in payments] == [
        ("cash", 10900, 20000, 9100)
    ]
    assert sale["total"] + sale["rounding"] == sum(p["amount"] for p in payments)


def test_split_payment_with_rounding_up_and_discount(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])  # 49,50
    line = co.scan(cart, shop.codes[5])  # 100,00
    co.set_discount_percent(cart, line.line_id, 10, operator=shop.cashier)  # −10,00
    assert cart.total == 13950
    co.pay(cart, PaymentMethod.CARD, 5000)
    cash = co.pay(cart, PaymentMethod.CASH, tendered=9000)
    assert (cash.amount, cash.change) == (9000, 0)  # 89,50 rounds up to 90
    done = co.complete(cart, operator=shop.leader)
    (sale,) = _query(shop.path, "SELECT * FROM sales WHERE id = ?", done.sale_id)
    assert (sale["total"], sale["discount"], sale["rounding"]) == (13950, 1000, 50)
    assert sale["vat"] == 2790  # 25 % of 139,50
    assert sale["operator_id"] == shop.leader.id
    lines = _query(
        shop.path, "SELECT discount, total FROM sale_lines WHERE sale_id = ? ORDER BY line_no", done.sale_id
    )
    assert [tuple(r) for r in lines] == [(0, 4950), (1000, 9000)]
    payments = _query(shop.path, "SELECT * FROM payments WHERE sale_id = ? ORDER BY id", done.sale_id)
    assert [(p["method"], p["amount"], p["tendered"], p["change"]) for p in payments] == [
        ("card", 5000, 0, 0),
        ("cash", 9000, 9000, 0),
    ]


def test_shop_not_registered_for_vat_stores_zero_vat(tmp_path: Path, clock) -> None:
    shop = make_shop(tmp_path / "small.sqlite3", clock, vat_registered=False)
    try:
        co = shop.checkout
        cart = co.new_cart()
        co.scan(cart, shop.codes[0])
        co.add_product(cart, shop.coffee)
        co.pay(cart, PaymentMethod.CARD)
        done = co.complete(cart, operator=shop.cashier)
        (sale,) = _query(shop.path, "SELECT * FROM sales WHERE id = ?", done.sale_id)
        assert (sale["total"], sale["vat"], sale["vat_registered"]) == (6950, 0, 0)
    finally:
        shop.close()


def test_sale_is_journalled_with_its_receipt_number(shop: Shop, clock) -> None:
    at = clock.advance(minutes=5)
    first = _sell(shop, shop.codes[0])
    second = _sell(shop, shop.codes[1], shop.codes[2], operator=shop.leader)
    events = _events(shop.path, "sale")
    assert [e["sale_id"] for e in events] == [first.sale_id, second.sale_id]
    assert [_details(e)["receipt_no"] for e in events] == [1, 2]
    assert [_details(e)["total"] for e in events] == [4950, 9900]
    assert [e["user_id"] for e in events] == [shop.cashier.id, shop.leader.id]
    # 13012 "sales receipt printed" is the receipt's, journalled when it printed (test_receipt_journal)
    assert events[0]["saft_code"] == "13999"
    assert events[0]["at"] == at.isoformat(timespec="microseconds")
    assert events[0]["register_id"] == shop.checkout.register.id
    assert len(_details(events[0])["digest"]) == 64


# --- one transaction -------------------------------------------------------


def test_item_sold_meanwhile_at_another_connection_writes_nothing(
    shop: Shop, other_till: CheckoutService, clock
) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[1])
    co.scan(cart, shop.codes[0])
    co.add_product(cart, shop.waffle, 2)
    co.pay(cart, PaymentMethod.CASH, tendered=30000)

    clock.advance(minutes=1)
    sold_at = clock()
    elsewhere = _sell(shop, shop.codes[0], checkout=other_till)
    assert elsewhere.receipt_no == 1
    before = _counts(shop.path)
    clock.advance(minutes=1)
    with pytest.raises(ItemAlreadySold) as caught:
        co.complete(cart, operator=shop.cashier)
    assert (caught.value.item_code, caught.value.receipt_no, caught.value.register) == (
        shop.codes[0],
        1,
        "K1",
    )
    assert caught.value.sold_at == sold_at
    assert _counts(shop.path) == before
    assert _item(shop.path, shop.codes[0])["sold_sale_id"] == elsewhere.sale_id
    assert _item(shop.path, shop.codes[1])["status"] == "in_stock"
    assert _stock(shop.path, shop.waffle) == 10
    # The failed attempt used no receipt number.
    assert _sell(shop, shop.codes[1]).receipt_no == 2
    assert verify_database(shop.path).ok


@pytest.mark.parametrize("sold", [0, 1, 2])
def test_error_names_the_item_sold_meanwhile_whatever_its_place(
    shop: Shop, other_till: CheckoutService, clock, sold: int
) -> None:
    # Three items in the cart; one of them (first, middle or last by id) is sold
    # at the other till first. The refusal names that item and its real sale.
    codes = [shop.codes[2], shop.codes[4], shop.codes[7]]
    co = shop.checkout
    cart = co.new_cart()
    for code in codes:
        co.scan(cart, code)
    co.pay(cart, PaymentMethod.CARD)
    _sell(shop, shop.codes[9], checkout=other_till)
    sold_at = clock.advance(minutes=2)
    elsewhere = _sell(shop, codes[sold], checkout=other_till)
    assert elsewhere.receipt_no == 2
    before = _counts(shop.path)
    with pytest.raises(ItemAlreadySold) as caught:
        co.complete(cart, operator=shop.cashier)
    err = caught.value
    assert (err.item_code, err.receipt_no, err.register, err.sold_at) == (codes[sold], 2, "K1", sold_at)
    assert _counts(shop.path) == before
    for n, code in enumerate(codes):
        assert _item(shop.path, code)["status"] == ("sold" if n == sold else "in_stock")


def test_second_cart_holding_a_sold_item_writes_nothing(shop: Shop) -> None:
    co = shop.checkout
    first, second = co.new_cart(), co.new_cart()
    co.scan(first, shop.codes[0])
    co.scan(second, shop.codes[2])
    co.scan(second, shop.codes[0])
    co.add_product(second, shop.waffle)
    co.pay(first, PaymentMethod.CARD)
    co.pay(second, PaymentMethod.VIPPS)
    done = co.complete(first, operator=shop.cashier)
    before = _counts(shop.path)
    with pytest.raises(ItemAlreadySold) as caught:
        co.complete(second, operator=shop.cashier)
    assert caught.value.receipt_no == done.receipt_no
    assert _counts(shop.path) == before
    assert _item(shop.path, shop.codes[2])["status"] == "in_stock"
    assert _stock(shop.path, shop.waffle) == 10


def test_failure_after_the_sale_row_is_written_rolls_everything_back(shop: Shop) -> None:
    # A line naming an item that is not in the file passes the stock check but
    # fails its foreign key after the sale row is already inserted.
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.add_product(cart, shop.waffle)
    cart.add_item(
        item_id=99_999, item_code="0400199999990", description="?", price=100, vat_rate=2500, category_id=None
    )
    co.pay(cart, PaymentMethod.CARD)
    before = _counts(shop.path)
    # Raised by SQLAlchemy, or by sqlite3 itself when statements bypass it.
    with pytest.raises((sqlalchemy.exc.IntegrityError, sqlite3.IntegrityError)):
        co.complete(cart, operator=shop.cashier)
    assert _counts(shop.path) == before
    assert _item(shop.path, shop.codes[0])["status"] == "in_stock"
    assert _stock(shop.path, shop.waffle) == 10
    assert _sell(shop, shop.codes[0]).receipt_no == 1


def test_two_tills_completing_the_same_item_at_once_sell_it_once(shop: Shop, clock) -> None:
    dbs = [open_database(shop.path) for _ in range(2)]
    tills = [CheckoutService(db, clock=clock) for db in dbs]
    try:
        carts = []
        for till in tills:
            cart = till.new_cart()
            till.scan(cart, shop.codes[3])
            till.pay(cart, PaymentMethod.CARD)
            carts.append(cart)
        barrier = threading.Barrier(2)
        outcomes: list[object] = [None, None]

        def run(n: int) -> None:
            barrier.wait()
            try:
                outcomes[n] = tills[n].complete(carts[n], operator=shop.cashier)
            except Exception as exc:
                outcomes[n] = exc

        threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=20)
        kinds = sorted(type(o).__name__ for o in outcomes)
        assert kinds == ["CompletedSale", "ItemAlreadySold"], outcomes
        assert _counts(shop.path)["sales"] == 1
        assert _query(shop.path, "SELECT receipt_no FROM sales")[0][0] == 1
    finally:
        for till in tills:
            till.close()
        for db in dbs:
            db.dispose()


# --- paying ----------------------------------------------------------------


def test_card_over_remaining_is_refused_and_nothing_recorded(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.pay(cart, PaymentMethod.CARD, 1000)
    before = cart.to_dict()
    for method in (PaymentMethod.CARD, PaymentMethod.VIPPS):
        with pytest.raises(OverPayment) as caught:
            co.pay(cart, method, 3951)
        assert (caught.value.method, caught.value.amount, caught.value.remaining) == (
            method.value,
            3951,
            3950,
        )
    assert cart.to_dict() == before
    assert cart.remaining == 3950
    counts = _counts(shop.path)
    with pytest.raises(SaleNotPaid):
        co.complete(cart, operator=shop.cashier)
    assert _counts(shop.path) == counts


def test_paying_or_completing_an_empty_cart_raises_empty_sale(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    before = _counts(shop.path)
    with pytest.raises(EmptySale):
        co.pay(cart, PaymentMethod.CARD)
    with pytest.raises(EmptySale):
        co.pay(cart, PaymentMethod.CASH, tendered=10000)
    with pytest.raises(EmptySale):
        co.complete(cart, operator=shop.cashier)
    assert cart.payments == []
    assert _counts(shop.path) == before


def test_completing_an_unpaid_cart_raises_sale_not_paid(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[5])
    before = _counts(shop.path)
    with pytest.raises(SaleNotPaid) as caught:
        co.complete(cart, operator=shop.cashier)
    assert caught.value.remaining == 10000
    co.pay(cart, PaymentMethod.CARD, 2500)
    with pytest.raises(SaleNotPaid) as caught:
        co.complete(cart, operator=shop.cashier)
    assert caught.value.remaining == 7500
    assert _counts(shop.path) == before
    assert _item(shop.path, shop.codes[5])["status"] == "in_stock"


@pytest.mark.parametrize("price", [MAX_UNIT_PRICE + 1, 10**12, 0, -100])
def test_absurd_or_non_positive_open_price_is_refused(shop: Shop, price: int) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee)
    before = cart.to_dict()
    with pytest.raises(InvalidPrice) as caught:
        co.add_open(cart, shop.books, price)
    assert (caught.value.price, caught.value.maximum) == (price, MAX_UNIT_PRICE)
    assert cart.to_dict() == before


def test_highest_allowed_price_is_accepted(shop: Shop) -> None:
    cart = shop.checkout.new_cart()
    assert shop.checkout.add_open(cart, shop.books, MAX_UNIT_PRICE).total == MAX_UNIT_PRICE


def test_item_with_absurd_price_in_the_file_cannot_be_scanned(shop: Shop) -> None:
    with shop.db.write() as session:
        session.execute(update(Item).where(Item.code == shop.codes[8]).values(price=MAX_UNIT_PRICE + 1))
    cart = shop.checkout.new_cart()
    with pytest.raises(InvalidPrice):
        shop.checkout.scan(cart, shop.codes[8])
    assert cart.is_empty


@pytest.mark.parametrize("quantity", [0, MAX_QUANTITY + 1, -1])
def test_quantity_out_of_range_is_refused(shop: Shop, quantity: int) -> None:
    co = shop.checkout
    cart = co.new_cart()
    coffee = co.add_product(cart, shop.coffee, 2)
    co.add_open(cart, shop.books, 1000)
    before = cart.to_dict()
    with pytest.raises(InvalidQuantity) as caught:
        co.add_product(cart, shop.waffle, quantity)
    assert caught.value.quantity == quantity
    with pytest.raises(InvalidQuantity):
        co.add_product(cart, shop.coffee, quantity)
    with pytest.raises(InvalidQuantity):
        co.add_open(cart, shop.clothes, 1000, quantity=quantity)
    with pytest.raises(InvalidQuantity):
        co.set_quantity(cart, coffee.line_id, quantity, operator=shop.cashier)
    assert cart.to_dict() == before


def test_second_tap_beyond_max_quantity_is_refused(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, MAX_QUANTITY)
    before = cart.to_dict()
    with pytest.raises(InvalidQuantity):
        co.add_product(cart, shop.coffee)
    assert cart.to_dict() == before


# --- who may do what -------------------------------------------------------


def _paid_in_part(shop: Shop) -> tuple[Cart, int, int]:
    """A cart of two items (49,50 + 100,00) with 20,00 paid by card."""
    co = shop.checkout
    cart = co.new_cart()
    book = co.scan(cart, shop.codes[0])
    dress = co.scan(cart, shop.codes[5])
    co.pay(cart, PaymentMethod.CARD, 2000)
    return cart, book.line_id, dress.line_id


def test_cashier_may_not_void_a_line_after_payment(shop: Shop) -> None:
    cart, book, _ = _paid_in_part(shop)
    before = cart.to_dict()
    with pytest.raises(PermissionDenied) as caught:
        shop.checkout.remove_line(cart, book, operator=shop.cashier)
    assert (caught.value.action, caught.value.role) == ("void_after_payment", "cashier")
    assert cart.to_dict() == before
    assert _events(shop.path, "line_void") == []


def test_leader_approves_a_line_void_after_payment(shop: Shop, clock) -> None:
    cart, book, dress = _paid_in_part(shop)
    at = clock.advance(seconds=20)
    removed = shop.checkout.remove_line(cart, book, operator=shop.cashier, approver=shop.leader)
    assert removed.item_code == shop.codes[0]
    assert [line.line_id for line in cart.lines] == [dress]
    assert cart.total == 10000
    (event,) = _events(shop.path, "line_void")
    details = _details(event)
    assert details["approved_by"] == shop.leader.id
    assert details["item"] == shop.codes[0]
    assert details["amount"] == 4950
    assert details["after_payment"] is True
    assert event["user_id"] == shop.cashier.id
    assert event["at"] == at.isoformat(timespec="microseconds")
    # The voided item was never sold.
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier)
    assert _item(shop.path, shop.codes[0])["status"] == "in_stock"
    assert _item(shop.path, shop.codes[5])["status"] == "sold"


def test_cashier_voids_a_line_before_payment(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.add_product(cart, shop.coffee, 3)
    co.remove_line(cart, line.line_id, operator=shop.cashier)
    assert cart.is_empty
    (event,) = _events(shop.path, "line_void")
    details = _details(event)
    assert (details["approved_by"], details["after_payment"], details["quantity"], details["amount"]) == (
        shop.cashier.id,
        False,
        3,
        6000,
    )


def test_void_that_would_leave_less_than_paid_is_refused(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    book = co.scan(cart, shop.codes[0])
    co.scan(cart, shop.codes[1])
    co.pay(cart, PaymentMethod.CARD, 6000)
    before = cart.to_dict()
    with pytest.raises(OverPayment):
        co.remove_line(cart, book.line_id, operator=shop.cashier, approver=shop.leader)
    assert cart.to_dict() == before
    assert _events(shop.path, "line_void") == []


def test_price_override_needs_a_leader(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, shop.codes[5])
    before = cart.to_dict()
    with pytest.raises(PermissionDenied) as caught:
        co.override_price(cart, line.line_id, 5000, operator=shop.cashier)
    assert (caught.value.action, caught.value.role) == ("price_override", "cashier")
    with pytest.raises(PermissionDenied):
        co.override_price(cart, line.line_id, 5000, operator=shop.cashier, approver=shop.cashier)
    assert cart.to_dict() == before
    assert _events(shop.path, "price_override") == []


def test_price_override_with_leader_is_journalled(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, shop.codes[5])
    new = co.override_price(
        cart, line.line_id, 7500, operator=shop.cashier, approver=shop.leader, reason="Flekk på ermet"
    )
    assert new.unit_price == 7500
    assert cart.total == 7500
    (event,) = _events(shop.path, "price_override")
    details = _details(event)
    assert (details["from"], details["to"], details["approved_by"]) == (10000, 7500, shop.leader.id)
    assert details["item"] == shop.codes[5]
    assert event["user_id"] == shop.cashier.id
    assert event["saft_code"] == "13021"
    co.pay(cart, PaymentMethod.CARD)
    done = co.complete(cart, operator=shop.cashier)
    rows = _query(shop.path, "SELECT unit_price, total FROM sale_lines WHERE sale_id = ?", done.sale_id)
    assert [tuple(r) for r in rows] == [(7500, 7500)]


def test_price_override_to_an_absurd_price_is_refused(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, shop.codes[5])
    before = cart.to_dict()
    for price in (MAX_UNIT_PRICE + 1, 0, -5):
        with pytest.raises(InvalidPrice):
            co.override_price(cart, line.line_id, price, operator=shop.leader)
    assert cart.to_dict() == before
    assert _events(shop.path, "price_override") == []


def test_lowering_quantity_after_payment_needs_a_leader(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    coffee = co.add_product(cart, shop.coffee, 2)
    co.set_quantity(cart, coffee.line_id, 4, operator=shop.cashier)
    co.set_quantity(cart, coffee.line_id, 3, operator=shop.cashier)  # before payment: anyone
    co.pay(cart, PaymentMethod.CARD, 2000)
    before = cart.to_dict()
    with pytest.raises(PermissionDenied) as caught:
        co.set_quantity(cart, coffee.line_id, 2, operator=shop.cashier)
    assert (caught.value.action, caught.value.role) == ("void_after_payment", "cashier")
    assert cart.to_dict() == before
    assert co.set_quantity(cart, coffee.line_id, 5, operator=shop.cashier).quantity == 5  # raising is fine
    assert co.set_quantity(cart, coffee.line_id, 2, operator=shop.cashier, approver=shop.leader).quantity == 2
    assert co.set_quantity(cart, coffee.line_id, 1, operator=shop.leader).quantity == 1
    assert cart.total == 2000


# --- parking ---------------------------------------------------------------


def test_park_and_resume(shop: Shop, clock) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.add_product(cart, shop.waffle, 2)
    open_line = co.add_open(cart, shop.clothes, 3000, description="Skjerf")
    co.set_discount_percent(cart, open_line.line_id, 50, operator=shop.leader, reason="Flekk")
    total = cart.total
    assert total == 4950 + 5000 + 1500
    parked_at = clock.advance(minutes=3)
    parked_id = co.park(cart, operator=shop.cashier, label="  Dame i rød jakke  ")

    (info,) = co.parked_sales()
    assert info.id == parked_id
    assert info.parked_at == parked_at
    assert info.operator_id == shop.cashier.id
    assert info.label == "Dame i rød jakke"
    assert info.total == total
    (suspended,) = _events(shop.path, "sale_suspended")
    assert _details(suspended) == {"parked": parked_id, "total": total, "lines": 3}
    assert suspended["saft_code"] == "13010"

    clock.advance(minutes=10)
    restarted = CheckoutService(shop.db, clock=clock)  # e.g. after the app was restarted
    resumed = restarted.resume(parked_id, operator=shop.leader)
    assert resumed.lines == cart.lines
    assert resumed.total == total
    assert resumed.next_line_id == cart.next_line_id
    assert resumed.payments == []
    assert co.parked_sales() == []
    assert _query(shop.path, "SELECT count(*) FROM parked_sales")[0][0] == 0
    (event,) = _events(shop.path, "sale_resumed")
    assert _details(event) == {"parked": parked_id, "total": total}
    assert event["user_id"] == shop.leader.id
    assert event["saft_code"] == "13011"

    # The resumed cart carries on as before.
    added = restarted.add_product(resumed, shop.waffle)
    assert added.quantity == 3
    restarted.pay(resumed, PaymentMethod.CARD)
    done = restarted.complete(resumed, operator=shop.leader)
    assert done.total == total + 2500
    assert _item(shop.path, shop.codes[0])["sold_sale_id"] == done.sale_id
    assert _stock(shop.path, shop.waffle) == 7


def test_several_parked_sales_are_listed_in_order(shop: Shop) -> None:
    co = shop.checkout
    ids = []
    for n in range(3):
        cart = co.new_cart()
        co.scan(cart, shop.codes[n])
        ids.append(co.park(cart, operator=shop.cashier, label=f"Kunde {n}"))
    assert [(p.id, p.label) for p in co.parked_sales()] == list(
        zip(ids, ["Kunde 0", "Kunde 1", "Kunde 2"], strict=True)
    )
    co.resume(ids[1], operator=shop.cashier)
    assert [p.id for p in co.parked_sales()] == [ids[0], ids[2]]


def test_a_sale_parked_at_one_register_is_not_resumed_at_another(shop: Shop, clock) -> None:
    k2 = _add_register(shop, clock)
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])
    parked_id = shop.checkout.park(cart, operator=shop.cashier)
    assert k2.parked_sales() == []
    with pytest.raises(ParkedSaleNotFound):
        k2.resume(parked_id, operator=shop.cashier)
    assert [p.id for p in shop.checkout.parked_sales()] == [parked_id]
    assert shop.checkout.resume(parked_id, operator=shop.cashier).lines == cart.lines


def test_parking_an_empty_cart_raises_empty_sale(shop: Shop) -> None:
    before = _counts(shop.path)
    with pytest.raises(EmptySale):
        shop.checkout.park(shop.checkout.new_cart(), operator=shop.cashier)
    assert _counts(shop.path) == before


def test_parking_a_cart_with_payments_raises(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.pay(cart, PaymentMethod.CARD, 1000)
    before = _counts(shop.path)
    with pytest.raises(SaleHasPayments) as caught:
        co.park(cart, operator=shop.cashier)
    assert caught.value.paid == 1000
    assert _counts(shop.path) == before
    assert co.parked_sales() == []


def test_resuming_an_unknown_parked_sale_raises(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee)
    parked_id = co.park(cart, operator=shop.cashier)
    with pytest.raises(ParkedSaleNotFound) as caught:
        co.resume(parked_id + 100, operator=shop.cashier)
    assert caught.value.parked_id == parked_id + 100
    co.resume(parked_id, operator=shop.cashier)
    before = _counts(shop.path)
    with pytest.raises(ParkedSaleNotFound):
        co.resume(parked_id, operator=shop.cashier)
    assert _counts(shop.path) == before
    assert len(_events(shop.path, "sale_resumed")) == 1


# --- durability and append-only --------------------------------------------


def test_completed_sale_is_seen_through_a_new_connection(shop: Shop, clock) -> None:
    at = clock.advance(minutes=1)
    done = _sell(shop, shop.codes[0], shop.codes[1])
    (row,) = _query(shop.path, "SELECT receipt_no, total, created_at FROM sales WHERE id = ?", done.sale_id)
    assert tuple(row) == (1, 9900, at.isoformat(timespec="microseconds"))
    fresh = open_database(shop.path)
    try:
        with fresh.read() as session:
            sale = session.get(Sale, done.sale_id)
            assert sale is not None
            assert (sale.receipt_no, sale.total, sale.created_at) == (1, 9900, at)
            assert sale.business_date == date(2026, 11, 12)
            assert [line.item_id for line in sale.lines] == [
                _item(shop.path, shop.codes[0])["id"],
                _item(shop.path, shop.codes[1])["id"],
            ]
            assert [(p.method, p.amount) for p in sale.payments] == [("card", 9900)]
    finally:
        fresh.dispose()


def test_completed_sale_survives_closing_the_database(shop: Shop) -> None:
    done = _sell(shop, shop.codes[0])
    shop.close()
    with closing(sqlite3.connect(shop.path)) as conn:
        assert conn.execute("SELECT total FROM sales WHERE id = ?", (done.sale_id,)).fetchone() == (4950,)


@pytest.mark.parametrize("engine", ["writer", "reader"])
def test_connections_use_wal_full_sync_and_foreign_keys(shop: Shop, engine: str) -> None:
    with getattr(shop.db, engine).connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert _query(shop.path, "PRAGMA journal_mode")[0][0] == "wal"  # a property of the file


_CHANGES = {
    "sales": "UPDATE sales SET total = total + 100",
    "sale_lines": "UPDATE sale_lines SET description = 'changed'",
    "payments": "UPDATE payments SET amount = 1",
    "journal": "UPDATE journal SET details = '{}'",
}


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
@pytest.mark.parametrize("action", ["update", "delete"])
def test_append_only_tables_refuse_change_from_plain_sqlite(shop: Shop, table: str, action: str) -> None:
    _sell(shop, shop.codes[0], shop.codes[6])
    if table in JOURNALLED_ROWS:
        fill_journalled_tables(shop, shop.checkout.clock)
    sql = _CHANGES.get(table, f"UPDATE {table} SET id = id") if action == "update" else f"DELETE FROM {table}"
    before = [tuple(r) for r in _query(shop.path, f"SELECT * FROM {table} ORDER BY id")]
    assert before
    with closing(sqlite3.connect(shop.path)) as conn:
        with pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"):
            conn.execute(sql)
        conn.commit()
    assert [tuple(r) for r in _query(shop.path, f"SELECT * FROM {table} ORDER BY id")] == before
    assert verify_database(shop.path).ok
