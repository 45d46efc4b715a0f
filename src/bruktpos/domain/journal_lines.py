"""The electronic journal as a person reads it: one plain row per entry, and what stands above them.

:class:`bruktpos.services.journal_view.JournalView` reads the stored
journal and makes these; the CSV, the A4 PDF
(:mod:`bruktpos.devices.journal_pdf`) and the receipt printer
(:mod:`bruktpos.devices.journal_receipt`) lay them out. Plain data, so the
layouts never read the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class JournalLine:
    """One journal entry, readable: when, where, which SAF-T event, who, and what happened."""

    entry_id: int  # the entry's number in the journal (its place in the hash chain)
    at: datetime
    register: str  # the register's code ("K1"); "" for an entry of the whole shop
    code: str  # SAF-T event code (PredefinedBasicID-13), e.g. "13012"
    code_text: str  # the code's bokmål description: "Salgskvittering skrevet ut"
    code_text_en: str  # and the English one: "Sales receipt printed"
    event: str  # BruktPOS's own kind of event ("receipt_printed")
    who: str  # the person's name; "" when nobody was logged in (a start, the command line)
    receipt: str  # the receipt number ("35", a training receipt "T3"); "" when the entry has none
    amount: int | None  # øre, where the entry has an amount
    text: str  # one plain line of what happened, in Norwegian


@dataclass(frozen=True)
class JournalHeading:
    """What stands above the rows: whose journal, which days and register, made when and by whom."""

    shop_name: str
    org_line: str  # "Org.nr. 999 999 999 MVA"
    first: date
    last: date
    register: str  # "K1", or "" for every register
    made_at: datetime
    made_by: str
    entries: int
