"""The pieces every error sentence is made of: the translator, placeholders, dates and amounts.

Shared by :mod:`bruktpos.ui.messages` and its area modules
(``messages_<area>.py``), which all translate in the ``"Messages"`` context.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from bruktpos.domain import formatting
from bruktpos.domain.formatting import format_money

translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2`` … of a translated ``text`` (in one pass)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        text,
    )


def format_date(moment: date | datetime) -> str:
    """``12.11.2026`` (the moment's own wall-clock date, as the till recorded it)."""
    return formatting.format_date(moment)


def format_time(moment: datetime) -> str:
    """``14.03``."""
    return formatting.format_time(moment)


def format_datetime(moment: datetime) -> str:
    """``12.11.2026 14.03``: a moment in a sentence or a table cell."""
    return formatting.format_datetime(moment, joiner=" ")


def money(ore: object) -> str:
    """An amount in a sentence: ``kr 1 234,50`` (anything that is not øre as it is)."""
    # Errors may carry what was refused, which is not always a clean int.
    if isinstance(ore, int) and not isinstance(ore, bool):
        return format_money(ore)
    return str(ore)


def day(value: object) -> str:
    """A business date as ``dd.MM.yyyy``."""
    # A business date (or moment) as dd.MM.yyyy; anything else as it is.
    return format_date(value) if isinstance(value, date) else str(value)
