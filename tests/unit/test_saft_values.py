"""The SAF-T file's text forms: amounts, rates, names, periods (issue 14)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bruktpos.services.saft import file_name, key_file
from bruktpos.services.saft.master import months, period_number
from bruktpos.services.saft.xml import amount, debit_credit, percent
from bruktpos.ui.admin.saft_export import last_month

EXAMPLE = "ExampleFile_SAF-T_Cash_Register_999999999_20210330104000.xml"


def test_the_file_is_named_as_skatteetatens_example() -> None:
    assert file_name("999999999", datetime(2021, 3, 30, 10, 40, 0)) == EXAMPLE.removeprefix("ExampleFile_")
    assert key_file(Path("/w/SAF-T_x.xml"), "K2", 3) == Path("/w/SAF-T_x.xml.K2-3.pem")


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_amounts_are_exact_kroner_and_ore(ore: int) -> None:
    text = amount(ore)
    whole, _, cents = text.lstrip("-").partition(".")
    assert len(cents) == 2
    assert (int(whole) * 100 + int(cents)) * (-1 if text.startswith("-") else 1) == ore
    assert debit_credit(ore) == ("D" if ore < 0 else "C")


def test_amounts_rates_and_signs_as_the_example_writes_them() -> None:
    assert [amount(29540), amount(-40), amount(0), amount(-1640)] == ["295.40", "-0.40", "0.00", "-16.40"]
    assert [percent(2500), percent(1500), percent(1200), percent(0)] == ["25.00", "15.00", "12.00", "0.00"]


def test_periods_are_the_calendar_months_of_the_export() -> None:
    assert months(date(2025, 11, 15), date(2026, 2, 3)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert period_number(date(2025, 11, 15), date(2025, 11, 30)) == 1
    assert period_number(date(2025, 11, 15), date(2026, 2, 1)) == 4


def test_the_dialog_offers_last_month() -> None:
    assert last_month(date(2026, 12, 2)) == (date(2026, 11, 1), date(2026, 11, 30))
    assert last_month(date(2027, 1, 31)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert last_month(date(2028, 3, 1)) == (date(2028, 2, 1), date(2028, 2, 29))
