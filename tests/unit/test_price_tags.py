"""Price tag codes: category and price in a 29-prefixed EAN-13."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.codes import (
    MAX_SERIAL,
    MAX_SHOP_NUMBER,
    ean13_check_digit,
    is_item_code,
    is_valid_ean13,
    make_item_code,
    normalize_scan,
)
from bruktpos.domain.errors import InvalidCategoryNumber, InvalidCode, InvalidPrice
from bruktpos.domain.money import kroner
from bruktpos.domain.price_tags import (
    MAX_CATEGORY_NUMBER,
    MAX_PRICE,
    PREFIX,
    is_price_tag_code,
    make_price_tag_code,
    parse_price_tag_code,
)

FAST = settings(max_examples=200, deadline=None, database=None)

categories = st.integers(min_value=1, max_value=MAX_CATEGORY_NUMBER)
tag_prices = st.integers(min_value=1, max_value=MAX_PRICE)
digits = "0123456789"
# Random 13 digits seldom look like a price tag, so half are 29 codes with a
# valid check digit and anything in the layout digit, category and price.
scans = st.one_of(
    st.text(alphabet=digits, min_size=13, max_size=13),
    st.text(alphabet=digits, min_size=10, max_size=10).map(lambda rest: _with_check("29" + rest)),
)


def _with_check(first12: str) -> str:
    return first12 + str(ean13_check_digit(first12))


# --- layout ----------------------------------------------------------------------


def test_layout_of_twenty_paperbacks_at_20_kr():
    code = make_price_tag_code(7, kroner(20))
    assert code == _with_check("29" + "007" + "0" + "002000")
    assert len(code) == 13
    assert is_valid_ean13(code)
    assert parse_price_tag_code(code) == (7, kroner(20))


@pytest.mark.parametrize(
    ("category", "price", "first12"),
    [
        (1, 1, "290010000001"),
        (12, 1250, "290120001250"),  # kr 12,50: øre fit
        (MAX_CATEGORY_NUMBER, MAX_PRICE, "299990999999"),  # kr 9 999,99
    ],
)
def test_layout_edges(category, price, first12):
    assert make_price_tag_code(category, price) == _with_check(first12)


@pytest.mark.parametrize("category", [0, -1, MAX_CATEGORY_NUMBER + 1, True, 1.0, "7"])
def test_bad_category_number(category):
    with pytest.raises(InvalidCategoryNumber) as caught:
        make_price_tag_code(category, kroner(20))
    assert caught.value.code == "invalid_category_number"
    assert caught.value.facts() == {"category_number": category, "maximum": MAX_CATEGORY_NUMBER}


@pytest.mark.parametrize("price", [0, -100, MAX_PRICE + 1, kroner(100_000), True, 20.0, "2000"])
def test_bad_price(price):
    with pytest.raises(InvalidPrice) as caught:
        make_price_tag_code(7, price)
    assert caught.value.facts() == {"price": price, "maximum": MAX_PRICE}


# --- reading codes back ------------------------------------------------------


def test_parse_ignores_scanner_whitespace():
    code = make_price_tag_code(7, kroner(20))
    assert parse_price_tag_code(f"  {code}\r\n") == (7, kroner(20))
    assert normalize_scan(f" {code}\n") == code  # the UPC-A zero fix leaves 2x codes alone


@pytest.mark.parametrize(
    "text",
    [
        "",
        "29007000200",  # too short
        "29007000200000",  # too long
        _with_check("290070002000")[:-1] + str((ean13_check_digit("290070002000") + 1) % 10),  # bad check
        _with_check("280070002000"),  # another 2x prefix
        _with_check("290071002000"),  # layout digit not 0: a layout this version does not know
        _with_check("290000002000"),  # category 000 is never issued
        _with_check("290070000000"),  # price 0
        _with_check("040010000001"),  # an item code
        "4006381333931",  # a manufacturer's barcode
        "29OO7OOO2OOOX",
        "２９００７０００２０００５",  # full-width digits
    ],
)
def test_not_a_price_tag(text):
    assert not is_price_tag_code(text)
    with pytest.raises(InvalidCode) as caught:
        parse_price_tag_code(text)
    assert caught.value.text == text


@FAST
@given(categories, tag_prices)
def test_round_trip(category, price):
    code = make_price_tag_code(category, price)
    assert len(code) == 13 and code.isascii() and code.isdigit()
    assert code.startswith(PREFIX)
    assert is_valid_ean13(code)
    assert int(code[12]) == ean13_check_digit(code[:12])
    assert is_price_tag_code(code)
    assert parse_price_tag_code(code) == (category, price)
    assert not is_item_code(code)


@FAST
@given(categories, tag_prices, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_one_wrong_digit_is_caught(category, price, position, change):
    code = make_price_tag_code(category, price)
    digit = (int(code[position]) + change) % 10
    misread = code[:position] + str(digit) + code[position + 1 :]
    assert not is_price_tag_code(misread)


@FAST
@given(categories, tag_prices, categories, tag_prices)
def test_different_tags_have_different_codes(c1, p1, c2, p2):
    assert (make_price_tag_code(c1, p1) == make_price_tag_code(c2, p2)) is ((c1, p1) == (c2, p2))


@FAST
@given(
    st.integers(min_value=0, max_value=MAX_SHOP_NUMBER),
    st.integers(min_value=1, max_value=MAX_SERIAL),
    categories,
    tag_prices,
)
def test_never_collides_with_item_codes(shop, serial, category, price):
    item = make_item_code(shop, serial)
    tag = make_price_tag_code(category, price)
    assert item != tag
    assert not is_price_tag_code(item)
    assert not is_item_code(tag)
    with pytest.raises(InvalidCode):
        parse_price_tag_code(item)


@FAST
@given(scans)
def test_recogniser_agrees_with_maker(text):
    # Whatever is recognised as a price tag is exactly what make_price_tag_code
    # would have printed for the facts read from it.
    if is_price_tag_code(text):
        assert make_price_tag_code(*parse_price_tag_code(text)) == text
        assert not is_item_code(text)
    else:
        with pytest.raises(InvalidCode):
            parse_price_tag_code(text)
