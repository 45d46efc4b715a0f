"""VAT (MVA) from VAT-inclusive prices, per tax code per receipt."""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.vat import TaxCode, VatLine, VatRate, code_order, line_code, split_vat, vat_of

FAST = settings(max_examples=150, deadline=None, database=None)

rates = st.sampled_from(list(VatRate))
any_rate = st.one_of(rates, st.integers(min_value=0, max_value=10000))
gross_amounts = st.integers(min_value=-(10**10), max_value=10**10)
codes = st.sampled_from(list(TaxCode))
receipt_lines = st.lists(
    st.tuples(codes, st.integers(min_value=-(10**7), max_value=10**7)),
    max_size=30,
)


# --- VatRate ---------------------------------------------------------------------


def test_rates_in_basis_points():
    assert VatRate.STANDARD == 2500
    assert VatRate.FOOD == 1500
    assert VatRate.LOW == 1200
    assert VatRate.ZERO == 0


@pytest.mark.parametrize(
    ("rate", "percent", "saft"),
    [
        (VatRate.STANDARD, "25", "3"),
        (VatRate.FOOD, "15", "31"),
        (VatRate.LOW, "12", "33"),
        (VatRate.ZERO, "0", "5"),
    ],
)
def test_rate_texts(rate, percent, saft):
    assert rate.percent_text == percent
    assert rate.saft_tax_code == saft


# --- vat_of ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gross", "rate", "vat"),
    [
        (12500, 2500, 2500),  # kr 125 at 25 %: kr 25 VAT
        (11500, 1500, 1500),  # kr 115 at 15 %: kr 15 VAT
        (11200, 1200, 1200),
        (10000, 2500, 2000),
        (100, 2500, 20),
        (2, 2500, 0),  # 0.4 øre → 0
        (3, 2500, 1),  # 0.6 øre → 1
        (14, 1200, 2),  # exactly 1.5 øre → 2, half up
        (-14, 1200, -2),
        (-12500, 2500, -2500),
        (0, 2500, 0),
        (12500, 0, 0),
        (12500, VatRate.ZERO, 0),
        (12500, VatRate.STANDARD, 2500),
    ],
)
def test_vat_of_known(gross, rate, vat):
    assert vat_of(gross, rate) == vat


@FAST
@given(gross_amounts, any_rate)
def test_vat_of_is_the_nearest_ore(gross, rate):
    vat = vat_of(gross, rate)
    exact = Fraction(gross * rate, 10000 + rate)
    assert vat <= exact + 1
    assert abs(vat - exact) <= Fraction(1, 2)
    if abs(vat - exact) == Fraction(1, 2):
        assert abs(vat) > abs(exact)  # ties go away from zero
    assert isinstance(vat, int)


@FAST
@given(gross_amounts, any_rate)
def test_vat_of_is_symmetric_for_returns(gross, rate):
    assert vat_of(-gross, rate) == -vat_of(gross, rate)


@FAST
@given(st.integers(min_value=0, max_value=10**10), any_rate)
def test_vat_of_never_more_than_the_amount(gross, rate):
    vat = vat_of(gross, rate)
    assert 0 <= vat <= gross


@FAST
@given(gross_amounts)
def test_vat_of_zero_rate_is_zero(gross):
    assert vat_of(gross, 0) == 0
    assert vat_of(gross, VatRate.ZERO) == 0


# --- split_vat ------------------------------------------------------------------


def test_split_vat_empty():
    assert split_vat([], registered=True) == []
    assert split_vat([], registered=False) == []


def test_split_vat_known_receipt():
    lines = [
        (TaxCode.STANDARD, 12500),
        (TaxCode.FOOD, 11500),
        (TaxCode.STANDARD, 2500),
        (TaxCode.ZERO_RATED, 5000),
    ]
    assert split_vat(lines, registered=True) == [
        VatLine(TaxCode.STANDARD, gross=15000, vat=3000),
        VatLine(TaxCode.FOOD, gross=11500, vat=1500),
        VatLine(TaxCode.ZERO_RATED, gross=5000, vat=0),
    ]


def test_split_vat_keeps_two_codes_at_0_percent_apart():
    # A book (zero-rated), a lottery ticket (outside the VAT Act) and a lamp: three lines, not two.
    lines = [
        (TaxCode.OUTSIDE, 2000),
        (TaxCode.ZERO_RATED, 5000),
        (TaxCode.STANDARD, 12500),
        (TaxCode.OUTSIDE, 1000),
    ]
    result = split_vat(lines, registered=True)
    assert result == [
        VatLine(TaxCode.STANDARD, gross=12500, vat=2500),
        VatLine(TaxCode.ZERO_RATED, gross=5000, vat=0),
        VatLine(TaxCode.OUTSIDE, gross=3000, vat=0),
    ]
    assert [(line.rate, line.under_vat) for line in result] == [(2500, True), (0, True), (0, False)]


def test_split_vat_takes_codes_as_stored():
    assert split_vat([("31", 11500), ("6", 100)], registered=True) == [
        VatLine(TaxCode.FOOD, gross=11500, vat=1500),
        VatLine(TaxCode.OUTSIDE, gross=100, vat=0),
    ]


def test_split_vat_per_code_not_per_line():
    # Three lines of 3 øre at 25 %: 1 øre VAT each if rounded per line,
    # 9 øre × 25/125 = 1.8 → 2 øre when rounded once per code.
    [line] = split_vat([(TaxCode.STANDARD, 3)] * 3, registered=True)
    assert line == VatLine(TaxCode.STANDARD, gross=9, vat=2)


def test_split_vat_not_registered_gives_no_vat_and_no_code():
    lines = [(TaxCode.STANDARD, 12500), (TaxCode.FOOD, 11500), (TaxCode.LOW, 100), (TaxCode.OUTSIDE, 5)]
    assert split_vat(lines, registered=False) == [VatLine(None, gross=24105, vat=0)]
    [line] = split_vat(lines, registered=False)
    assert (line.rate, line.under_vat) == (0, False)


def test_split_vat_takes_any_iterable():
    assert split_vat(iter([(TaxCode.STANDARD, 12500)]), registered=True) == [
        VatLine(TaxCode.STANDARD, gross=12500, vat=2500)
    ]


def test_vat_line_net():
    assert VatLine(TaxCode.STANDARD, gross=12500, vat=2500).net == 10000


@pytest.mark.parametrize(
    ("stored", "rate", "code"),
    [
        ("6", 0, TaxCode.OUTSIDE),  # as sold
        ("5", 0, TaxCode.ZERO_RATED),
        ("31", 1500, TaxCode.FOOD),
        (None, 0, TaxCode.ZERO_RATED),  # none stored: the rate's
        (None, 2500, TaxCode.STANDARD),
        ("99", 1200, TaxCode.LOW),  # not a code this version knows: the rate's
    ],
)
def test_line_code(stored, rate, code):
    assert line_code(stored, rate) is code


def test_code_order_is_highest_rate_first_then_the_code_list():
    assert sorted([None, *TaxCode], key=code_order) == [
        TaxCode.STANDARD,
        TaxCode.FOOD,
        TaxCode.LOW,
        TaxCode.ZERO_RATED,
        TaxCode.OUTSIDE,
        None,
    ]


@FAST
@given(receipt_lines)
def test_split_vat_parts_add_up(lines):
    result = split_vat(lines, registered=True)
    assert sum(part.gross for part in result) == sum(gross for _, gross in lines)

    per_code: dict[TaxCode, int] = defaultdict(int)
    for code, gross in lines:
        per_code[code] += gross
    assert {part.code: part.gross for part in result} == dict(per_code)

    assert [part.code for part in result] == sorted(per_code, key=code_order)
    for part in result:
        assert type(part.rate) is int
        assert part.vat == vat_of(part.gross, part.rate)
        assert part.net + part.vat == part.gross
        exact = Fraction(part.gross * part.rate, 10000 + part.rate)
        assert part.vat <= exact + 1
        if part.rate == 0:
            assert part.vat == 0


@FAST
@given(receipt_lines)
def test_split_vat_unregistered_is_one_line_without_a_code(lines):
    result = split_vat(lines, registered=False)
    if not lines:
        assert result == []
        return
    assert result == [VatLine(None, gross=sum(gross for _, gross in lines), vat=0)]
