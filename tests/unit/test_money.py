"""Money as integer øre: formatting, parsing, cash rounding and percentages."""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction

import pytest
from babel.numbers import parse_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.errors import InvalidAmount
from bruktpos.domain.money import (
    NBSP,
    ORE_PER_KRONE,
    cash_rounding,
    format_money,
    kroner,
    parse_money,
    percent_of,
    round_cash,
)

NNBSP = "\u202f"  # narrow no-break space, what newer CLDR data and spreadsheets group with

# Babel loads its locale data on first use; that first call must not trip a deadline.
# No example database: unit tests stay off the disk.
FAST = settings(max_examples=200, deadline=None, database=None)

# Far beyond anything a till sees, well inside what Decimal's default 28 digits hold.
any_ore = st.integers(min_value=-(10**18), max_value=10**18)
positive_ore = st.integers(min_value=0, max_value=10**12)


# --- kroner ----------------------------------------------------------------


def test_kroner_from_int_and_decimal_text():
    assert kroner(12) == 1200
    assert kroner(0) == 0
    assert kroner(-3) == -300
    assert kroner("12.50") == 1250
    assert kroner("0.05") == 5


def test_kroner_refuses_fractions_of_an_ore():
    with pytest.raises(InvalidAmount) as info:
        kroner("12.505")
    assert info.value.text == "12.505"


# --- format_money ------------------------------------------------------------


def test_format_money_exact_norwegian_form():
    assert format_money(123450) == "kr\u00a01\u00a0234,50"


@pytest.mark.parametrize(
    ("ore", "text"),
    [
        (0, "kr\u00a00,00"),
        (5, "kr\u00a00,05"),
        (100, "kr\u00a01,00"),
        (99999, "kr\u00a0999,99"),
        (100000, "kr\u00a01\u00a0000,00"),
        (123456789, "kr\u00a01\u00a0234\u00a0567,89"),
    ],
)
def test_format_money_known_values(ore, text):
    assert format_money(ore) == text


def test_format_money_negative_keeps_symbol_first():
    text = format_money(-123450)
    assert text.startswith("kr\u00a0")
    assert text.endswith("1\u00a0234,50")
    assert parse_money(text) == -123450


def test_format_money_whole():
    assert format_money(123400, whole=True) == "kr\u00a01\u00a0234"
    assert format_money(0, whole=True) == "kr\u00a00"


def test_format_money_whole_refuses_ore():
    with pytest.raises(ValueError):
        format_money(123450, whole=True)


@pytest.mark.parametrize("value", [12.5, True, False, "1200", None])
def test_format_money_only_takes_int_ore(value):
    with pytest.raises(TypeError):
        format_money(value)


@FAST
@given(any_ore)
def test_format_money_uses_no_breaking_spaces(ore):
    text = format_money(ore)
    assert " " not in text
    assert text.startswith("kr" + NBSP)
    # Always exactly two decimals after a comma.
    assert text[-3] == ","
    assert text[-2:].isdigit()


def _babels(ore: int, *, whole: bool = False) -> str:
    """What Babel itself makes of ``ore`` in nb_NO, with format_money's own patterns."""
    from decimal import Decimal

    from babel.numbers import format_currency

    from bruktpos.domain import money

    pattern = money._WHOLE_PATTERN if whole else money._PATTERN
    return format_currency(
        Decimal(ore).scaleb(-2), "NOK", format=pattern, locale=money.LOCALE, currency_digits=False
    )


@FAST
@given(any_ore)
def test_format_money_is_babels_nb_no(ore):
    """The till's own nb_NO formatting (no locale data loaded for it) is Babel's, to the character."""
    assert format_money(ore) == _babels(ore)


@FAST
@given(st.integers(min_value=-(10**16), max_value=10**16))
def test_format_money_whole_is_babels_nb_no(kr):
    ore = kr * ORE_PER_KRONE
    assert format_money(ore, whole=True) == _babels(ore, whole=True)


@pytest.mark.parametrize("ore", [0, 1, 99, 100, -1, -99, -100, 99_999, 100_000, -123_456_789])
def test_format_money_is_babels_at_the_edges(ore):
    assert format_money(ore) == _babels(ore)


@FAST
@given(any_ore)
def test_format_then_parse_round_trips(ore):
    assert parse_money(format_money(ore)) == ore


@FAST
@given(st.integers(min_value=-(10**16), max_value=10**16))
def test_format_whole_then_parse_round_trips(kr):
    ore = kr * ORE_PER_KRONE
    assert parse_money(format_money(ore, whole=True)) == ore


# --- parse_money: what people type -------------------------------------------


@pytest.mark.parametrize(
    ("text", "ore"),
    [
        ("1 234,50", 123450),
        ("1234.5", 123450),
        ("1234,5", 123450),
        ("1234", 123400),
        ("kr 12", 1200),
        ("kr12", 1200),
        ("kr. 12", 1200),
        ("12 kr", 1200),
        ("NOK 12", 1200),
        ("nok 12", 1200),
        ("Kr 12", 1200),
        ("12,-", 1200),
        ("12.-", 1200),
        ("kr 12,-", 1200),
        ("-5,00", -500),
        ("\u22125,00", -500),  # a real minus sign, as Babel and word processors write it
        ("kr -12", -1200),
        ("-12,-", -1200),
        ("0,5", 50),
        ("0,05", 5),
        ("0", 0),
        ("  12,50  ", 1250),
        ("1\u00a0234,50", 123450),
        ("1\u202f234,50", 123450),
        ("1\u2009234,50", 123450),
        ("kr\u00a01\u00a0234,50", 123450),
        ("1 000 000", 100000000),
    ],
)
def test_parse_money_accepts(text, ore):
    assert parse_money(text) == ore


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "kr",
        "-",
        ",-",
        "1,234",  # three decimals
        "12,345",
        "12.345",
        "1,2345",
        ",5",
        "5,",
        "5.",
        "1.234,50",
        "1,2,3",
        "12a",
        "a12",
        "12 34 kr 5",
        "--5",
        "+5",
        "5-",
        "1e3",
        "NaN",
        "Infinity",
    ],
)
def test_parse_money_refuses(text):
    with pytest.raises(InvalidAmount) as info:
        parse_money(text)
    assert info.value.text == text
    assert info.value.code == "invalid_amount"


_GROUP_SEPARATORS = st.sampled_from([" ", NBSP, NNBSP, "\u2009"])


def _grouped(kr: int, sep: str) -> str:
    return f"{kr:,}".replace(",", sep)


@FAST
@given(positive_ore, _GROUP_SEPARATORS, st.sampled_from(["", "kr ", "kr\u00a0", "kr", "NOK "]), st.booleans())
def test_parse_money_norwegian_grouping(ore, sep, prefix, negative):
    kr, rest = divmod(ore, ORE_PER_KRONE)
    text = f"{prefix}{'-' if negative else ''}{_grouped(kr, sep)},{rest:02d}"
    assert parse_money(text) == (-ore if negative else ore)


@FAST
@given(positive_ore, st.sampled_from(["", " kr", "kr", " NOK"]))
def test_parse_money_point_decimal_and_suffix(ore, suffix):
    kr, rest = divmod(ore, ORE_PER_KRONE)
    # "1234.5" as a spreadsheet writes it: trailing zero dropped.
    decimals = f"{rest:02d}".rstrip("0")
    text = f"{kr}.{decimals}{suffix}" if decimals else f"{kr}{suffix}"
    assert parse_money(text) == ore


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_parse_money_dash_for_whole_kroner(kr):
    assert parse_money(f"{kr},-") == kr * ORE_PER_KRONE
    assert parse_money(f"kr {_grouped(kr, ' ')},-") == kr * ORE_PER_KRONE


@FAST
@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=3, max_value=6),
    st.sampled_from([",", "."]),
)
def test_parse_money_refuses_more_than_two_decimals(kr, decimals, width, mark):
    text = f"{kr}{mark}{decimals:0{width}d}"
    with pytest.raises(InvalidAmount):
        parse_money(text)


@FAST
@given(
    st.text(alphabet="abcdefghijlmpqstuvwxyzæøå", min_size=1, max_size=5),
    st.integers(min_value=0, max_value=10**6),
    st.sampled_from(["{l}{n}", "{n}{l}", "{n}{l}{n}", "{l}"]),
)
def test_parse_money_refuses_letters(letters, number, shape):
    # The alphabet leaves out k, r, n and o so no "kr"/"nok" can form.
    with pytest.raises(InvalidAmount):
        parse_money(shape.format(l=letters, n=number))


@settings(FAST, max_examples=300)
@given(st.text(max_size=20))
def test_parse_money_raises_nothing_but_invalid_amount(text):
    try:
        ore = parse_money(text)
    except InvalidAmount:
        return
    assert isinstance(ore, int)
    assert not isinstance(ore, bool)
    assert parse_money(format_money(ore)) == ore


# --- round_cash / cash_rounding --------------------------------------------


@pytest.mark.parametrize(
    ("ore", "rounded"),
    [
        (0, 0),
        (1, 0),
        (49, 0),
        (50, 100),
        (99, 100),
        (100, 100),
        (6940, 6900),
        (6949, 6900),
        (6950, 7000),
        (6999, 7000),
        (-1, 0),
        (-49, 0),
        (-50, -100),
        (-6940, -6900),
        (-6950, -7000),
    ],
)
def test_round_cash_known(ore, rounded):
    assert round_cash(ore) == rounded
    assert cash_rounding(ore) == rounded - ore


@settings(FAST, max_examples=300)
@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_round_cash_rules(ore):
    rounded = round_cash(ore)
    assert rounded % ORE_PER_KRONE == 0
    assert abs(rounded - ore) <= 50
    assert round_cash(-ore) == -rounded
    assert round_cash(rounded) == rounded
    rest = abs(ore) % ORE_PER_KRONE
    sign = -1 if ore < 0 else 1
    if rest == 0:
        assert rounded == ore
    elif rest < 50:
        assert rounded == ore - sign * rest  # 1–49 øre: down (towards zero)
    else:
        assert rounded == ore + sign * (ORE_PER_KRONE - rest)  # 50–99 øre: up (away from zero)


@settings(FAST, max_examples=300)
@given(st.integers(min_value=0, max_value=10**12))
def test_cash_rounding_range_for_sales(ore):
    rounding = cash_rounding(ore)
    assert -49 <= rounding <= 50
    assert cash_rounding(-ore) == -rounding
    assert ore + rounding == round_cash(ore)


# --- percent_of ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("ore", "percent", "result"),
    [
        (10000, 10, 1000),
        (125, 10, 13),  # 12.5 → 13, half up
        (124, 10, 12),
        (1999, 10, 200),
        (999, 50, 500),
        (5, 50, 3),
        (-125, 10, -13),
        (0, 50, 0),
        (12345, 0, 0),
        (12345, 100, 12345),
    ],
)
def test_percent_of_known(ore, percent, result):
    assert percent_of(ore, percent) == result


@settings(FAST, max_examples=300)
@given(st.integers(min_value=-(10**10), max_value=10**10), st.integers(min_value=0, max_value=100))
def test_percent_of_is_nearest_half_up(ore, percent):
    result = percent_of(ore, percent)
    exact = Fraction(ore * percent, 100)
    assert abs(result - exact) <= Fraction(1, 2)
    if abs(result - exact) == Fraction(1, 2):
        assert abs(result) > abs(exact)  # ties away from zero
    assert percent_of(-ore, percent) == -result
    if ore >= 0:
        assert 0 <= result <= ore


@FAST
@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["", ",5", ",50", ".07", ",0", ".99"]))
def test_parse_money_reads_an_amount_as_babel_reads_it(krone, decimals):
    text = f"{krone}{decimals}"
    assert parse_money(text) == int(parse_decimal(text.replace(".", ","), locale="nb_NO") * ORE_PER_KRONE)


def test_parse_money_needs_no_locale_data():
    # Loading Babel's nb_NO data froze the till for some 20 ms at the first amount typed (issue 18).
    # A fresh interpreter: Babel keeps what it has loaded for the rest of a process.
    code = (
        "import babel.localedata\n"
        "def load(*args, **kwargs):\n"
        "    raise AssertionError('parse_money loaded locale data')\n"
        "babel.localedata.load = load\n"
        "from bruktpos.domain.errors import InvalidAmount\n"
        "from bruktpos.domain.money import parse_money\n"
        "assert parse_money('kr 1\\u00a0234,50') == 123450\n"
        "assert parse_money('-12.5') == -1250\n"
        "try:\n"
        "    parse_money('12,345')\n"
        "except InvalidAmount:\n"
        "    print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
