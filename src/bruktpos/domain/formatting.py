"""How BruktPOS writes money, numbers, percentages, weights, dates and times.

One place, through Babel, for ``nb_NO`` (the till, receipts, reports and the
command line) and ``en``. Everything a person reads goes through here, so a
number never shows up once as ``1 234,56`` and once as ``1 234.56``.

Norwegian follows the house style rather than CLDR where the two differ:
amounts ``kr 1 234,50`` (symbol first), dates ``12.11.2026``, times ``14.03``
(the point, as Språkrådet writes it). English follows Babel's ``en`` data.

Values are exact: money is integer øre, weights integer grams, VAT rates
integer basis points (2500 = 25 %); rounding is half away from zero, done here
on :class:`~decimal.Decimal`, never on floats.
"""

from __future__ import annotations

import copy
import functools
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time
from babel.numbers import NumberPattern, format_decimal

from bruktpos.domain.money import LOCALE, NBSP, format_money

__all__ = [
    "LOCALE",
    "NBSP",
    "format_date",
    "format_datetime",
    "format_money",
    "format_number",
    "format_percent",
    "format_time",
    "format_vat_rate",
    "format_weight_kg",
    "plain_spaces",
]

GRAMS_PER_KG = 1000

# Babel's nb short date is already dd.MM.y; the time is HH:mm in CLDR but
# HH.mm in Norwegian writing and everywhere on our receipts.
_NB_DATE = {"short": "dd.MM.y", "medium": "d. MMM y", "long": "d. MMMM y", "full": "EEEE d. MMMM y"}
_NB_TIME = {"short": "HH.mm", "medium": "HH.mm.ss"}
_NB_JOIN = " kl. "
_EN_JOIN = ", "

# Spaces Babel puts into numbers (no-break and narrow no-break), for paper and
# terminals that only know the ASCII space.
_SPACES = str.maketrans({NBSP: " ", "\u202f": " "})


def _norwegian(locale: str) -> bool:
    return Locale.parse(locale).language in {"nb", "no", "nn"}


def _exact(value: int | Decimal) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise TypeError(f"expected int or Decimal, got {type(value).__name__}")
    return Decimal(value)


def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def plain_spaces(text: str) -> str:
    """``text`` with Babel's no-break spaces as plain spaces (paper, terminals, PDFs)."""
    return text.translate(_SPACES)


def format_number(
    value: int | Decimal, locale: str = LOCALE, *, places: int | None = None, grouping: bool = True
) -> str:
    """A number with the locale's grouping and decimal mark: ``1 234,5`` / ``1,234.5``.

    ``places`` fixes the decimals (rounded half away from zero); ``None``
    writes as many as the value has. ``grouping=False`` leaves out the
    thousands separator (``1234,50``: what a spreadsheet reads as a number).
    """
    number = _exact(value)
    if places is None:
        return format_decimal(number, locale=locale, decimal_quantization=False, group_separator=grouping)
    pattern = ("#,##0" if grouping else "0") + ("." + "0" * places if places else "")
    return format_decimal(_round(number, places), pattern, locale=locale)


@functools.lru_cache(maxsize=16)
def _percent_pattern(locale: str, places: int) -> NumberPattern:
    pattern: NumberPattern = copy.copy(Locale.parse(locale).percent_formats[None])
    pattern.frac_prec = (places, places)
    return pattern


def format_percent(
    percent: int | Decimal, locale: str = LOCALE, *, places: int | None = None, signed: bool = False
) -> str:
    """``percent`` per cent the locale's way: ``12,5 %`` / ``12.5%``.

    ``places=None`` writes the decimals the value has (``25 %``, ``12,5 %``);
    a number fixes them. ``signed`` puts ``+`` before a rise (a change from
    last year).
    """
    share = _exact(percent)
    if places is None:
        exponent = share.normalize().as_tuple().exponent
        # Only NaN and infinity have a letter for an exponent; the till never has those.
        if not isinstance(exponent, int):
            raise ValueError(f"not a finite number: {share}")
        places = max(0, -exponent)
    share = _round(share, places)
    text: str = _percent_pattern(locale, places).apply(share / 100, Locale.parse(locale))
    return "+" + text if signed and share > 0 else text


def format_vat_rate(basis_points: int, locale: str = LOCALE) -> str:
    """A VAT rate kept as basis points (2500, 1500, 1111) as ``25 %``, ``11,11 %``."""
    return format_percent(_exact(basis_points).scaleb(-2), locale)


def format_weight_kg(grams: int, locale: str = LOCALE, *, places: int = 1) -> str:
    """Grams as kilograms: ``1 234,5 kg`` (rounded half away from zero)."""
    kilos = _exact(grams).scaleb(-3)
    return format_number(kilos, locale, places=places) + NBSP + "kg"


def format_date(day: date | datetime, locale: str = LOCALE, style: str = "short") -> str:
    """A calendar date: ``12.11.2026`` (nb short), ``12. nov. 2026`` (medium).

    A datetime is written as the wall-clock date it carries (as the till
    recorded it); no time zone is applied. ``style`` is ``short``,
    ``medium``, ``long`` or ``full`` (``mandag 23. november 2026``).
    """
    if isinstance(day, datetime):
        day = day.date()
    return _format_day(day, locale, style)


@functools.lru_cache(maxsize=4096)
def _format_day(day: date, locale: str, style: str) -> str:
    # Kept: a table of items asks for the same few dates again at every layout (Babel takes ~0.1 ms).
    pattern = _NB_DATE[style] if _norwegian(locale) else style
    return _babel_date(day, pattern, locale=locale)


def format_time(moment: datetime | time, locale: str = LOCALE, *, seconds: bool = False) -> str:
    """A wall-clock time: ``14.03`` (nb), ``2:03 PM`` (en); ``seconds`` adds them."""
    if isinstance(moment, datetime):
        moment = moment.time()
    style = "medium" if seconds else "short"
    pattern = _NB_TIME[style] if _norwegian(locale) else style
    return _babel_time(moment, pattern, locale=locale)


def format_datetime(moment: datetime, locale: str = LOCALE, *, joiner: str | None = None) -> str:
    """Date and time: ``12.11.2026 kl. 14.03`` (nb), ``11/12/26, 2:03 PM`` (en).

    ``joiner`` replaces what stands between them (``" "`` for a table cell).
    """
    if joiner is None:
        joiner = _NB_JOIN if _norwegian(locale) else _EN_JOIN
    return format_date(moment, locale) + joiner + format_time(moment, locale)
