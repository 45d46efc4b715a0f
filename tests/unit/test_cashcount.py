"""Counting the cash drawer by NOK denomination."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.cashcount import (
    COINS,
    DENOMINATIONS,
    MAX_PIECES,
    NOTES,
    CashCount,
    difference,
)
from bruktpos.domain.errors import InvalidCount

FAST = settings(max_examples=100, deadline=None, database=None)

counts = st.dictionaries(
    st.sampled_from(DENOMINATIONS),
    st.integers(min_value=0, max_value=MAX_PIECES),
)


def test_norwegian_denominations():
    # Coins 1, 5, 10, 20 kr; notes 50, 100, 200, 500, 1000 kr — in øre, smallest first.
    assert COINS == (100, 500, 1000, 2000)
    assert NOTES == (5000, 10000, 20000, 50000, 100000)
    assert DENOMINATIONS == COINS + NOTES
    assert list(DENOMINATIONS) == sorted(DENOMINATIONS)


def test_empty_count():
    count = CashCount()
    assert count.total == 0
    assert count.as_dict() == {}
    assert count.count_of(100) == 0


def test_total_of_a_known_drawer():
    # 3 × 1 kr, 2 × 20 kr, 4 × 100 kr, 1 × 1000 kr = 1443 kr
    count = CashCount({100: 3, 2000: 2, 10000: 4, 100000: 1})
    assert count.total == 144300
    assert count.count_of(2000) == 2
    assert count.count_of(500) == 0


@pytest.mark.parametrize("denomination", [0, 1, 50, 200, 250, 1500, 200000, -100, 12])
def test_unknown_denomination_refused(denomination):
    with pytest.raises(InvalidCount) as info:
        CashCount({denomination: 1})
    assert info.value.denomination == denomination
    assert info.value.count == 1
    assert info.value.code == "invalid_count"


@pytest.mark.parametrize("count", [-1, -100, MAX_PIECES + 1])
def test_negative_or_absurd_count_refused(count):
    with pytest.raises(InvalidCount) as info:
        CashCount({10000: count})
    assert info.value.denomination == 10000
    assert info.value.count == count


def test_zero_counts_are_dropped():
    count = CashCount({100: 0, 500: 2})
    assert count.as_dict() == {"500": 2}
    assert count == CashCount({500: 2})


def test_count_cannot_be_changed_in_place():
    source = {100: 1}
    count = CashCount(source)
    source[100] = 50  # the caller's dict is not shared
    assert count.count_of(100) == 1
    with pytest.raises(TypeError):
        count.pieces[100] = 5  # type: ignore[index]


def test_with_count_returns_a_copy():
    count = CashCount({100: 1})
    more = count.with_count(500, 3)
    assert count.as_dict() == {"100": 1}
    assert more.as_dict() == {"100": 1, "500": 3}
    assert more.total == 1600
    assert more.with_count(100, 0).as_dict() == {"500": 3}


def test_with_count_checks_too():
    count = CashCount({100: 1})
    with pytest.raises(InvalidCount):
        count.with_count(100, -1)
    with pytest.raises(InvalidCount):
        count.with_count(300, 1)
    assert count.as_dict() == {"100": 1}


def test_as_dict_smallest_first_with_text_keys():
    count = CashCount({100000: 1, 100: 2, 5000: 3})
    data = count.as_dict()
    assert list(data) == ["100", "5000", "100000"]
    assert data == {"100": 2, "5000": 3, "100000": 1}


def test_from_dict_refuses_unknown_denomination():
    with pytest.raises(InvalidCount):
        CashCount.from_dict({"300": 1})


@FAST
@given(counts)
def test_total_is_sum_of_pieces(pieces):
    count = CashCount(pieces)
    assert count.total == sum(d * n for d, n in pieces.items())
    assert count.total >= 0
    assert count.total % 100 == 0  # the drawer holds whole kroner only
    for denomination in DENOMINATIONS:
        assert count.count_of(denomination) == pieces.get(denomination, 0)


@FAST
@given(counts)
def test_as_dict_from_dict_round_trip(pieces):
    count = CashCount(pieces)
    data = count.as_dict()
    assert CashCount.from_dict(data) == count
    assert CashCount.from_dict(json.loads(json.dumps(data))) == count
    assert all(n > 0 for n in data.values())


@FAST
@given(counts, st.sampled_from(DENOMINATIONS), st.integers(min_value=0, max_value=MAX_PIECES))
def test_with_count_changes_only_that_denomination(pieces, denomination, n):
    count = CashCount(pieces)
    changed = count.with_count(denomination, n)
    assert changed.count_of(denomination) == n
    assert changed.total == count.total + denomination * (n - count.count_of(denomination))
    for other in DENOMINATIONS:
        if other != denomination:
            assert changed.count_of(other) == count.count_of(other)


def test_difference_is_counted_minus_expected():
    assert difference(150000, 150000) == 0
    assert difference(149950, 150000) == -50  # short
    assert difference(150100, 150000) == 100  # over
