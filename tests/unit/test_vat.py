"""VAT (MVA) from VAT-inclusive prices, per rate per receipt."""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.vat import VatLine, VatRate, split_vat, vat_of

FAST = settings(max_examples=150, deadline=None, database=None)

rates = st.sampled_from(list(VatRate))
any_rate = st.one_of(rates, st.integers(min_value=0, max_value=10000))
gross_amounts = st.integers(min_value=-(10**10), max_value=10**10)
receipt_lines = st.lists(
    st.tuples(rates, st.integers(min_value=-(10**7), max_value=10**7)),
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
    lines = [(2500, 12500), (1500, 11500), (2500, 2500), (0, 5000)]
    assert split_vat(lines, registered=True) == [
        VatLine(rate=2500, gross=15000, vat=3000),
        VatLine(rate=1500, gross=11500, vat=1500),
        VatLine(rate=0, gross=5000, vat=0),
    ]


def test_split_vat_per_rate_not_per_line():
    # Three lines of 3 øre at 25 %: 1 øre VAT each if rounded per line,
    # 9 øre × 25/125 = 1.8 → 2 øre when rounded once per rate.
    [line] = split_vat([(2500, 3)] * 3, registered=True)
    assert line == VatLine(rate=2500, gross=9, vat=2)


def test_split_vat_not_registered_gives_no_vat():
    lines = [(2500, 12500), (1500, 11500), (1200, 100)]
    assert split_vat(lines, registered=False) == [VatLine(rate=0, gross=24100, vat=0)]


def test_split_vat_takes_any_iterable():
    assert split_vat(iter([(VatRate.STANDARD, 12500)]), registered=True) == [
        VatLine(rate=2500, gross=12500, vat=2500)
    ]


def test_vat_line_net():
    assert VatLine(rate=2500, gross=12500, vat=2500).net == 10000


@FAST
@given(receipt_lines)
def test_split_vat_parts_add_up(lines):
    result = split_vat(lines, registered=True)
    assert sum(part.gross for part in result) == sum(gross for _, gross in lines)

    per_rate: dict[int, int] = defaultdict(int)
    for rate, gross in lines:
        per_rate[int(rate)] += gross
    assert {part.rate: part.gross for part in result} == dict(per_rate)

    returned_rates = [part.rate for part in result]
    assert returned_rates == sorted(set(returned_rates), reverse=True)
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
def test_split_vat_unregistered_is_one_zero_line(lines):
    result = split_vat(lines, registered=False)
    if not lines:
        assert result == []
        return
    assert result == [VatLine(rate=0, gross=sum(gross for _, gross in lines), vat=0)]
