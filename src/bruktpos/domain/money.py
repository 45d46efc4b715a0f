"""Money as integer øre.

Every amount in BruktPOS is an ``int`` of øre (1 kr = 100 øre). Text is turned
into øre and back only at the edge, so the core never sees a float: read as
integers, and written in ``nb_NO`` as Babel writes it (other locales through
Babel itself).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from babel.numbers import format_currency

from bruktpos.domain.errors import InvalidAmount

ORE_PER_KRONE = 100
LOCALE = "nb_NO"
NBSP = "\u00a0"
# Norwegian receipts write the symbol first: "kr 1 234,50".
_PATTERN = f"¤{NBSP}#,##0.00;¤{NBSP}-#,##0.00"
_WHOLE_PATTERN = f"¤{NBSP}#,##0;¤{NBSP}-#,##0"

# Spaces of every kind a person, Babel or a spreadsheet may put in a number.
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_CURRENCY = re.compile(r"^(?:kr\.?|nok)|(?:kr\.?|nok)$", re.IGNORECASE)
_MINUS = "\u2212"
# What parse_money reads once the spaces, symbol and sign are off: kroner, and at most two decimals.
_AMOUNT = re.compile(r"([0-9]+)(?:[.,]([0-9]{1,2}))?", re.ASCII)


def kroner(amount: int | str) -> int:
    """Whole kroner (or a decimal string such as ``"12.50"``) as øre."""
    if isinstance(amount, int):
        return amount * ORE_PER_KRONE
    value = Decimal(amount) * ORE_PER_KRONE
    if value != value.to_integral_value():
        raise InvalidAmount(str(amount))
    return int(value)


@functools.lru_cache(maxsize=4096)
def format_money(ore: int, *, locale: str = LOCALE, whole: bool = False) -> str:
    """Format øre the Norwegian way: ``kr 1 234,50`` (no-break spaces).

    Cached: a till shows the same few amounts over and over, and Babel parses
    its number pattern on every call.

    ``whole=True`` leaves out the øre (``kr 1 235``) for big buttons, and is
    only allowed for whole-krone amounts.
    """
    if not isinstance(ore, int) or isinstance(ore, bool):
        raise TypeError(f"money is int øre, got {type(ore).__name__}")
    if whole and ore % ORE_PER_KRONE:
        raise ValueError("whole=True needs a whole-krone amount")
    if locale == LOCALE:
        return _nb_no(ore, whole=whole)
    value = Decimal(ore).scaleb(-2)
    return format_currency(
        value,
        "NOK",
        format=_WHOLE_PATTERN if whole else _PATTERN,
        locale=locale,
        currency_digits=False,
    )


def _nb_no(ore: int, *, whole: bool) -> str:
    """``format_money`` in ``nb_NO`` without Babel's data: ``kr 1 234,50``, ``kr -5,00``.

    The till shows this one format everywhere, from its first screen on; Babel
    would first load some 600 KB of locale data for it (about 25 ms of the
    start, issue 18). The symbols are nb_NO's as Babel has them (a no-break
    space between thousands, a decimal comma, the pattern's own hyphen-minus);
    ``tests/unit/test_money.py`` holds this to Babel's own output, so a Babel
    or CLDR that formats otherwise fails there, not at the till.
    """
    sign = "-" if ore < 0 else ""
    krone, rest = divmod(abs(ore), ORE_PER_KRONE)
    text = f"kr{NBSP}{sign}{krone:,}".replace(",", NBSP)
    return text if whole else f"{text},{rest:02d}"


def parse_money(text: str) -> int:
    """Parse what a person types or pastes into øre.

    Accepts ``1 234,50``, ``1234.5``, ``kr 12``, ``12,-``, ``-5,00``. Both
    comma and point are taken as the decimal mark (a keypad or a spreadsheet
    may give either); spaces group thousands. More than two decimals, empty
    text or letters raise :class:`InvalidAmount`.

    Once the spaces, the symbol and the sign are off, what is left must be
    digits with at most one mark and two decimals, so the øre are read as
    integers: no locale's data is needed (Babel's nb_NO took some 20 ms to
    load at the first amount a person typed, a freeze of the till, issue 18).
    """
    original = text
    s = _SPACES.sub("", text.strip()).replace(_MINUS, "-")
    s = _CURRENCY.sub("", s)
    if s.endswith(",-") or s.endswith(".-"):
        s = s[:-2]
    negative = s.startswith("-")
    if negative:
        s = s[1:]
    found = _AMOUNT.fullmatch(s)
    if found is None:
        raise InvalidAmount(original)
    krone, decimals = found.group(1), found.group(2) or ""
    ore = int(krone) * ORE_PER_KRONE + int(decimals.ljust(2, "0"))
    return -ore if negative else ore


def round_cash(ore: int) -> int:
    """Round to whole kroner the Norwegian way: 1–49 øre down, 50–99 up.

    Negative amounts (refunds) round symmetrically, away from zero at 50.
    """
    sign = -1 if ore < 0 else 1
    whole, rest = divmod(abs(ore), ORE_PER_KRONE)
    if rest >= 50:
        whole += 1
    return sign * whole * ORE_PER_KRONE


def cash_rounding(ore: int) -> int:
    """The rounding amount that takes ``ore`` to :func:`round_cash` (−49…+50)."""
    return round_cash(ore) - ore


def percent_of(ore: int, percent: int) -> int:
    """``percent`` % of ``ore``, rounded half up to whole øre."""
    return (ore * percent + 50) // 100 if ore >= 0 else -((-ore * percent + 50) // 100)
