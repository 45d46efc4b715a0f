"""The coordinators' tables write amounts without Babel per cell: exactly as the house formatting does."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from bruktpos.domain.formatting import format_number, format_percent, format_weight_kg
from bruktpos.domain.money import format_money
from bruktpos.ui.coordinator.models import count, kg, kr, percent


@given(st.integers(min_value=-(10**13), max_value=10**13))
@example(0)
@example(-49)
@example(-50)
@example(49)
@example(50)
@example(-499)
@example(-500)
def test_kroner_kilos_and_counts_are_the_house_formatting(value: int) -> None:
    whole = (abs(value) + 50) // 100 * 100
    assert kr(value) == format_money(whole if value >= 0 else -whole, whole=True)
    assert kg(value) == format_weight_kg(value, places=0)
    assert count(value) == format_number(value)


@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
@example(0.0)
@example(-0.0)
@example(0.05)
@example(-0.05)
@example(-3.05)
@example(1e-9)
@example(1234.5)
def test_percent_is_the_house_formatting(value: float) -> None:
    assert percent(value) == format_percent(Decimal(repr(value)), places=1, signed=True)
