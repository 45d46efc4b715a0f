"""In-store item codes: EAN-13 in GS1's 04 range, scanning quirks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.codes import (
    MAX_SERIAL,
    MAX_SHOP_NUMBER,
    PREFIX,
    ean13_check_digit,
    is_item_code,
    is_valid_ean13,
    make_item_code,
    normalize_scan,
    parse_item_code,
)
from bruktpos.domain.errors import InvalidCode

FAST = settings(max_examples=150, deadline=None, database=None)

shops = st.integers(min_value=0, max_value=MAX_SHOP_NUMBER)
serials = st.integers(min_value=1, max_value=MAX_SERIAL)
twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)


def _reference_check_digit(first12: str) -> int:
    # GS1's rule written out independently: weights 3 and 1 from the right.
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(first12)))
    return (10 - total % 10) % 10


# --- check digit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("first12", "check"),
    [
        ("400638133393", 1),  # GS1's own worked example: 4006381333931
        ("590123412345", 7),  # 5901234123457, the common specimen barcode
        ("978020137962", 4),  # ISBN 978-0-201-37962-4
        ("000000000000", 0),
    ],
)
def test_check_digit_known(first12, check):
    assert ean13_check_digit(first12) == check
    assert is_valid_ean13(first12 + str(check))


@FAST
@given(twelve_digits)
def test_check_digit_matches_gs1_rule(first12):
    check = ean13_check_digit(first12)
    assert 0 <= check <= 9
    assert check == _reference_check_digit(first12)
    assert is_valid_ean13(first12 + str(check))


@pytest.mark.parametrize("bad", ["", "12345678901", "1234567890123", "12345678901a", " 12345678901"])
def test_check_digit_refuses_non_twelve_digits(bad):
    with pytest.raises(InvalidCode) as info:
        ean13_check_digit(bad)
    assert info.value.text == bad


@pytest.mark.parametrize(
    "text",
    [
        "4006381333932",  # wrong check digit
        "400638133393",  # twelve digits
        "40063813339310",  # fourteen
        "400638133393a",
        "",
        "\uff14006381333931",  # a full-width 4 is a digit, but not ASCII
        " 4006381333931",
    ],
)
def test_is_valid_ean13_refuses(text):
    assert not is_valid_ean13(text)


# --- item codes ----------------------------------------------------------------


def test_make_item_code_layout():
    code = make_item_code(12, 345)
    assert code == "0401200003455"
    assert code[:2] == "04"
    assert code[2:5] == "012"
    assert code[5:12] == "0000345"


@pytest.mark.parametrize(
    ("shop", "serial"),
    [(-1, 1), (MAX_SHOP_NUMBER + 1, 1), (0, 0), (0, -1), (0, MAX_SERIAL + 1)],
)
def test_make_item_code_refuses_out_of_range(shop, serial):
    with pytest.raises(ValueError):
        make_item_code(shop, serial)


@FAST
@given(shops, serials)
def test_make_item_code_is_valid_in_store_ean13(shop, serial):
    code = make_item_code(shop, serial)
    assert len(code) == 13
    assert code.isascii()
    assert code.isdigit()
    assert code.startswith(PREFIX)
    assert code.startswith("04")
    assert is_valid_ean13(code)
    assert is_item_code(code)
    assert parse_item_code(code) == (shop, serial)


@FAST
@given(shops, serials, shops, serials)
def test_different_items_get_different_codes(shop_a, serial_a, shop_b, serial_b):
    same = (shop_a, serial_a) == (shop_b, serial_b)
    assert (make_item_code(shop_a, serial_a) == make_item_code(shop_b, serial_b)) == same


@FAST
@given(shops, serials, st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=9))
def test_any_single_digit_change_is_caught(shop, serial, position, shift):
    code = make_item_code(shop, serial)
    changed_digit = str((int(code[position]) + shift) % 10)
    changed = code[:position] + changed_digit + code[position + 1 :]
    assert changed != code
    assert not is_valid_ean13(changed)
    assert not is_item_code(changed)
    with pytest.raises(InvalidCode):
        parse_item_code(changed)


@FAST
@given(shops, serials, st.sampled_from(["", " ", "\t", "\n", "\r\n"]), st.sampled_from(["", " ", "\n"]))
def test_parse_item_code_ignores_surrounding_whitespace(shop, serial, before, after):
    assert parse_item_code(f"{before}{make_item_code(shop, serial)}{after}") == (shop, serial)


def test_valid_ean13_outside_in_store_range_is_not_an_item_code():
    # A manufacturer's barcode: valid EAN-13, but not ours.
    assert is_valid_ean13("4006381333931")
    assert not is_item_code("4006381333931")
    with pytest.raises(InvalidCode) as info:
        parse_item_code("4006381333931")
    assert info.value.text == "4006381333931"


@pytest.mark.parametrize("text", ["", "abc", "040120000345", "0401200003453", "04012000034555"])
def test_parse_item_code_refuses(text):
    with pytest.raises(InvalidCode) as info:
        parse_item_code(text)
    assert info.value.code == "invalid_code"


# --- normalize_scan ---------------------------------------------------------------


@FAST
@given(shops, serials)
def test_normalize_scan_restores_dropped_leading_zero(shop, serial):
    code = make_item_code(shop, serial)
    upc_read = code[1:]  # a scanner set to UPC-A drops the leading 0
    assert len(upc_read) == 12
    assert normalize_scan(upc_read) == code
    assert normalize_scan(f"  {upc_read}\n") == code
    assert parse_item_code(normalize_scan(upc_read)) == (shop, serial)


@FAST
@given(shops, serials)
def test_normalize_scan_leaves_full_codes_alone(shop, serial):
    code = make_item_code(shop, serial)
    assert normalize_scan(code) == code
    assert normalize_scan(f"\t{code} \r\n") == code


@FAST
@given(twelve_digits)
def test_normalize_scan_only_adds_zero_when_it_checks(text):
    result = normalize_scan(text)
    if is_valid_ean13("0" + text):
        assert result == "0" + text
    else:
        assert result == text


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("  4006381333931 ", "4006381333931"),
        ("abc", "abc"),
        ("", ""),
        ("12345", "12345"),
        ("401200003455", "0401200003455"),
        ("401200003453", "401200003453"),  # would not check with a zero in front
    ],
)
def test_normalize_scan_examples(text, result):
    assert normalize_scan(text) == result
