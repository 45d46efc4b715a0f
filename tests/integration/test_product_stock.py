"""The till's stock counts: in its catalogue, and read again after a sale."""

from __future__ import annotations

import sqlite3

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.intake import receive_goods
from bruktpos.services.shop import product_stock, till_catalogue


def test_the_catalogue_and_the_counts_name_only_products_that_keep_a_count(shop) -> None:
    products = {p.id: p for p in till_catalogue(shop.db).products}
    assert (products[shop.waffle].track_stock, products[shop.waffle].stock) == (True, 10)
    assert products[shop.coffee].track_stock is False  # coffee keeps no count
    assert product_stock(shop.db) == {shop.waffle: 10}


def test_the_counts_follow_sales_below_zero_and_deliveries(shop) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.waffle, 13)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier)
    assert product_stock(shop.db) == {shop.waffle: -3}  # sold below zero: allowed, and shown
    receive_goods(shop.db, shop.waffle, 5, by=shop.cashier)
    assert product_stock(shop.db) == {shop.waffle: 2}


def test_a_product_taken_off_the_till_has_no_count_there(shop) -> None:
    with sqlite3.connect(shop.path) as conn:
        conn.execute("UPDATE products SET active = 0 WHERE id = ?", (shop.waffle,))
    assert product_stock(shop.db) == {}
