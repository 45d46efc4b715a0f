"""Reading what a leader types into the catalogue's fields: quick prices, names, codes, colours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bruktpos.domain.cart import MAX_UNIT_PRICE
from bruktpos.domain.catalogue import (
    MAX_NAME,
    MAX_QUICK_PRICES,
    clean_barcode,
    clean_catalogue_name,
    clean_color,
    format_quick_prices,
    kroner_text,
    parse_quick_prices,
    tax_code,
)
from bruktpos.domain.codes import make_item_code
from bruktpos.domain.errors import (
    InvalidAmount,
    InvalidBarcode,
    InvalidCatalogueName,
    InvalidColor,
    InvalidPrice,
    InvalidTaxCode,
    TooManyQuickPrices,
)
from bruktpos.domain.vat import TaxCode


@pytest.mark.parametrize(
    ("text", "prices"),
    [
        ("20, 50, 100", (2000, 5000, 10000)),
        ("100, 20, 50", (2000, 5000, 10000)),  # smallest first
        ("20 50 100", (2000, 5000, 10000)),
        ("19,50; 29,50", (1950, 2950)),
        ("19,50, 29,50", (1950, 2950)),
        ("kr 20, kr 50,-", (2000, 5000)),
        ("20, 20, 50", (2000, 5000)),  # no amount twice
        ("1500", (150000,)),
        ("", ()),
        ("  ,  ", ()),
    ],
)
def test_quick_prices_as_a_leader_types_them(text: str, prices: tuple[int, ...]) -> None:
    assert parse_quick_prices(text) == prices


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("20,50,100", InvalidAmount),  # no space after the commas: not three amounts
        ("tjue", InvalidAmount),
        ("20, 0", InvalidPrice),
        ("-20", InvalidPrice),
        (f"{MAX_UNIT_PRICE // 100 + 1}", InvalidPrice),
        (" ".join(str(n) for n in range(1, MAX_QUICK_PRICES + 2)), TooManyQuickPrices),
    ],
)
def test_quick_prices_that_are_not_prices(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        parse_quick_prices(text)


@given(st.lists(st.integers(min_value=1, max_value=MAX_UNIT_PRICE), max_size=MAX_QUICK_PRICES, unique=True))
def test_quick_prices_read_back_what_was_written(prices: list[int]) -> None:
    assert parse_quick_prices(format_quick_prices(sorted(prices))) == tuple(sorted(prices))


def test_kroner_as_typed() -> None:
    assert [kroner_text(p) for p in (5000, 4950, 5, 0)] == ["50", "49,50", "0,05", "0"]


def test_names() -> None:
    assert clean_catalogue_name("  Klær   dame ") == "Klær dame"
    for bad in ("", "   ", "x" * (MAX_NAME + 1), "Bøker\x00"):
        with pytest.raises(InvalidCatalogueName):
            clean_catalogue_name(bad, "product")


def test_tax_codes() -> None:
    assert [tax_code(c) for c in ("3", " 31 ", 33, TaxCode.ZERO_RATED, "6")] == list(TaxCode)
    for bad in ("", "0", "1", "25", "32", "x"):
        with pytest.raises(InvalidTaxCode):
            tax_code(bad)


def test_colours() -> None:
    assert clean_color(" #A0522D ") == "#a0522d"
    for bad in ("red", "#12345", "#1234567", "a0522d"):
        with pytest.raises(InvalidColor):
            clean_color(bad)


def test_barcodes() -> None:
    assert clean_barcode(None) is None
    assert clean_barcode("  ") is None
    assert clean_barcode(" 7038010009457 ") == "7038010009457"
    assert clean_barcode("ABC-123") == "ABC-123"
    for bad in ("70 38", "x" * 33, "æøå"):
        with pytest.raises(InvalidBarcode) as info:
            clean_barcode(bad)
        assert info.value.in_store is False
    with pytest.raises(InvalidBarcode) as info:
        clean_barcode(make_item_code(3, 42))
    assert info.value.in_store is True
