"""The one formatter: money, numbers, percentages, weights, dates and times in nb_NO and en."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

import pytest

from bruktpos.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
    format_time,
    format_vat_rate,
    format_weight_kg,
    plain_spaces,
)

NB = "nb_NO"
EN = "en"
S = "\u00a0"  # Babel's no-break space


@pytest.mark.parametrize(
    ("ore", "nb", "en"),
    [
        (0, f"kr{S}0,00", f"NOK{S}0.00"),
        (123456, f"kr{S}1{S}234,56", f"NOK{S}1,234.56"),
        (-5, f"kr{S}-0,05", f"NOK{S}-0.05"),
        (123456789012, f"kr{S}1{S}234{S}567{S}890,12", f"NOK{S}1,234,567,890.12"),
    ],
)
def test_money_in_both_locales(ore: int, nb: str, en: str) -> None:
    assert format_money(ore, locale=NB) == nb
    assert format_money(ore, locale=EN) == en


def test_whole_kroner_leave_out_the_ore() -> None:
    assert format_money(-100000, whole=True) == f"kr{S}-1{S}000"
    with pytest.raises(ValueError):
        format_money(150, whole=True)


@pytest.mark.parametrize(
    ("value", "places", "nb", "en"),
    [
        (0, None, "0", "0"),
        (1234567, None, f"1{S}234{S}567", "1,234,567"),
        (-1234567, None, f"-1{S}234{S}567", "-1,234,567"),
        (Decimal("1234.5"), None, f"1{S}234,5", "1,234.5"),
        (Decimal("2"), 2, "2,00", "2.00"),
        (Decimal("0.05"), 1, "0,1", "0.1"),  # half away from zero, not to even
        (Decimal("-0.05"), 1, "-0,1", "-0.1"),
        (Decimal("0.25"), 1, "0,3", "0.3"),
        (Decimal("1234.5"), 0, f"1{S}235", "1,235"),
    ],
)
def test_numbers(value: int | Decimal, places: int | None, nb: str, en: str) -> None:
    assert format_number(value, NB, places=places) == nb
    assert format_number(value, EN, places=places) == en


def test_numbers_for_spreadsheets_leave_out_grouping() -> None:
    assert format_number(Decimal("-1234567.5"), NB, places=2, grouping=False) == "-1234567,50"
    assert format_number(Decimal("1234.5"), EN, grouping=False) == "1234.5"
    assert format_number(0, NB, places=1, grouping=False) == "0,0"


def test_numbers_refuse_floats() -> None:
    with pytest.raises(TypeError):
        format_number(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_number(True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("percent", "places", "signed", "nb", "en"),
    [
        (25, None, False, f"25{S}%", "25%"),
        (0, None, False, f"0{S}%", "0%"),
        (Decimal("12.5"), None, False, f"12,5{S}%", "12.5%"),
        (Decimal("3.45"), 1, True, f"+3,5{S}%", "+3.5%"),
        (Decimal("-3.45"), 1, True, f"-3,5{S}%", "-3.5%"),
        (0, 1, True, f"0,0{S}%", "0.0%"),
        (123456, 0, False, f"123{S}456{S}%", "123,456%"),
    ],
)
def test_percentages(percent: int | Decimal, places: int | None, signed: bool, nb: str, en: str) -> None:
    assert format_percent(percent, NB, places=places, signed=signed) == nb
    assert format_percent(percent, EN, places=places, signed=signed) == en


@pytest.mark.parametrize(
    ("basis_points", "nb", "en"),
    [(2500, f"25{S}%", "25%"), (1500, f"15{S}%", "15%"), (1111, f"11,11{S}%", "11.11%"), (0, f"0{S}%", "0%")],
)
def test_vat_rates_from_basis_points(basis_points: int, nb: str, en: str) -> None:
    assert format_vat_rate(basis_points, NB) == nb
    assert format_vat_rate(basis_points, EN) == en


def test_weights() -> None:
    assert format_weight_kg(1234550) == f"1{S}234,6{S}kg"
    assert format_weight_kg(1234550, EN) == f"1,234.6{S}kg"
    assert format_weight_kg(0) == f"0,0{S}kg"
    assert format_weight_kg(-50) == f"-0,1{S}kg"
    assert format_weight_kg(2499, places=0) == f"2{S}kg"
    assert format_weight_kg(2500, places=0) == f"3{S}kg"


def test_dates_the_norwegian_way() -> None:
    moment = datetime(2026, 11, 2, 14, 3, 9)
    assert format_date(moment) == "02.11.2026"
    assert format_date(date(2026, 1, 31), NB) == "31.01.2026"
    assert format_date(moment, NB, "medium") == "2. nov. 2026"
    assert format_date(moment, NB, "long") == "2. november 2026"
    assert format_date(moment, NB, "full") == "mandag 2. november 2026"
    assert format_time(moment) == "14.03"
    assert format_time(time(7, 5), NB, seconds=True) == "07.05.00"
    assert format_datetime(moment) == "02.11.2026 kl. 14.03"
    assert format_datetime(moment, joiner=" ") == "02.11.2026 14.03"


def test_dates_in_english() -> None:
    moment = datetime(2026, 11, 2, 14, 3, 9)
    assert format_date(moment, EN) == "11/2/26"
    assert format_date(moment, EN, "medium") == "Nov 2, 2026"
    assert format_date(moment, EN, "full") == "Monday, November 2, 2026"
    assert plain_spaces(format_time(moment, EN)) == "2:03 PM"
    assert plain_spaces(format_datetime(moment, EN)) == "11/2/26, 2:03 PM"


def test_plain_spaces_for_paper() -> None:
    assert plain_spaces(format_money(123456)) == "kr 1 234,56"
    assert plain_spaces(format_weight_kg(1234000)) == "1 234,0 kg"
