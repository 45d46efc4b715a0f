"""The electronic journal on the receipt printer: a few days' entries, each in two or three short lines.

The shop leader prints it at the till to look back over a day (who opened
the drawer, which lines were removed, which receipt did not print). A long
period does not belong on a receipt roll: the service refuses one above its
limit and points to the PDF (:mod:`bruktpos.devices.journal_pdf`). The words
are Norwegian, as on the receipts.

Each day starts with its date; each entry reads::

    14.03.05 K1 13999              kvittering 35
      Øvrige hendelser
      Ola Hansen                        kr 80,00
      Salg
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bruktpos.devices.receipts import WIDE, ReceiptLine, _Layout, money
from bruktpos.domain.formatting import format_date, format_datetime, format_time
from bruktpos.domain.journal_lines import JournalHeading, JournalLine

TITLE = "Elektronisk journal"


def period_text(first: date, last: date) -> str:
    """``12.11.2026`` for one day, ``01.11.2026–30.11.2026`` for more."""
    return format_date(first) if first == last else f"{format_date(first)}–{format_date(last)}"


def register_text(register: str) -> str:
    return f"Kasse {register}" if register else "Alle kasser"


def render_journal(
    heading: JournalHeading, lines: Iterable[JournalLine], *, width: int = WIDE
) -> list[ReceiptLine]:
    """The journal as receipt-printer lines of at most ``width`` characters."""
    out = _Layout(width)
    out.text(TITLE, bold=True, size=2, center=True)
    out.blank()
    if heading.shop_name:
        out.text(heading.shop_name, bold=True, center=True)
    if heading.org_line:
        out.text(heading.org_line, center=True)
    out.blank()
    out.pair("Periode", period_text(heading.first, heading.last))
    out.pair("Kasse", register_text(heading.register).removeprefix("Kasse "))
    out.pair("Hendelser", str(heading.entries))
    out.pair("Skrevet ut", format_datetime(heading.made_at))
    out.pair("av", heading.made_by)
    day: date | None = None
    for line in lines:
        if line.at.date() != day:
            day = line.at.date()
            out.rule()
            out.text(format_date(day, style="full").capitalize(), bold=True)
        _entry(out, line)
    if day is None:
        out.rule()
        out.text("Ingen hendelser i perioden")
    out.rule()
    out.text(f"Slutt på {TITLE.lower()}", bold=True, center=True)
    return out.lines


def _entry(out: _Layout, line: JournalLine) -> None:
    head = " ".join(part for part in (format_time(line.at, seconds=True), line.register, line.code) if part)
    if line.receipt:
        out.pair(head, f"kvittering {line.receipt}", bold=True)
    else:
        out.text(head, bold=True)
    out.text(line.code_text, indent=2)
    if line.amount is not None:
        out.pair(line.who, money(line.amount), indent=2)
    elif line.who:
        out.text(line.who, indent=2)
    if line.text and line.text != line.code_text:
        out.text(line.text, indent=2)
