"""The electronic journal at the till: a period's entries, readable by a person, printed or saved.

A shop leader (:attr:`Action.VIEW_JOURNAL`) reads the journal of some days,
of every register or one: each entry as one row (:class:`JournalLine`) with
its time, register, SAF-T event code and that code's description (bokmål and
English, from the tax office's list ``PredefinedBasicID-13``, shipped in the
package), the person's name, the receipt number and amount where it has
them, and one plain line of what happened (:mod:`.journal_text`).

It goes out three ways:

- :meth:`JournalView.export` to a file: CSV (``;`` between fields, UTF-8
  with a byte-order mark, amounts as ``123,45``: what Norwegian Excel opens)
  or an A4 PDF (:mod:`bruktpos.devices.journal_pdf`), chosen by the name's
  ending. Written beside the target and moved into place in the same
  transaction as its journal entry (``journal_exported``, 13020 "export of
  journal"), so a failed export leaves neither.
- :meth:`JournalView.print_on` the receipt printer
  (:mod:`bruktpos.devices.journal_receipt`), journalled once it printed
  (``journal_printed``, 13018 "other reports"). More than
  :data:`MAX_PRINTED` entries is refused (:class:`JournalTooLongToPrint`):
  that belongs in the PDF, not on a roll.
- :meth:`JournalView.lines`, for whoever lays them out otherwise.

Entries are read from one snapshot in batches of :data:`BATCH`, so memory
stays the same for a day or a year; the PDF reads them twice (to count its
pages, then to draw them), in the same snapshot. The period's days are
the wall-clock days the till recorded, as in the SAF-T export.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.resources import files
from pathlib import Path

from sqlalchemy.orm import Session

from bruktpos.devices.journal_pdf import write_journal_pdf
from bruktpos.devices.journal_receipt import render_journal
from bruktpos.devices.printer import ReceiptPrinter
from bruktpos.devices.receipts import format_org_number
from bruktpos.domain.errors import (
    InvalidExportPeriod,
    JournalTooLongToPrint,
    RegisterNotFound,
    UnknownJournalFormat,
)
from bruktpos.domain.journal_lines import JournalHeading, JournalLine
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.domain.shop import ShopInfo
from bruktpos.services.analytics_export import CSV_ENCODING, kroner_text, spreadsheet_cell
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.export_files import not_written, temporary_beside
from bruktpos.services.journal_text import entry_amount, entry_text
from bruktpos.services.shop import load_shop
from bruktpos.services.users import UserService
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.prepared import cursor

BATCH = 500
# Entries the receipt printer is given at most: two to four lines each, a busy day's worth
# (a few metres of paper). A longer period is refused with a word about the PDF.
MAX_PRINTED = 300
FORMATS = ("csv", "pdf")
CSV_HEADER = (
    "Nr.",
    "Tid",
    "Kasse",
    "Hendelseskode",
    "Hendelse (SAF-T)",
    "Event (SAF-T, English)",
    "Hvem",
    "Kvittering",
    "Beløp",
    "Beskrivelse",
)

Progress = Callable[[float], None]

_ROWS = (
    "SELECT j.id, j.at, j.event, j.saft_code, j.user_id, j.register_id, j.details, "
    "s.receipt_no, s.training, s.total "
    "FROM journal j LEFT JOIN sales s ON s.id = j.sale_id "
    "WHERE j.at >= ? AND j.at < ? AND (? IS NULL OR j.register_id = ?) ORDER BY j.id"
)
_COUNT = "SELECT count(*) FROM journal j WHERE j.at >= ? AND j.at < ? AND (? IS NULL OR j.register_id = ?)"


@dataclass(frozen=True)
class EventCode:
    """One SAF-T event code and what it means, in bokmål and English."""

    code: str
    text: str
    text_en: str


@functools.cache
def event_codes() -> dict[str, EventCode]:
    """The tax office's event codes (PredefinedBasicID-13), as shipped in the package."""
    source = files("bruktpos") / "resources" / "saft" / "PredefinedBasicID-13.csv"
    reader = csv.DictReader(io.StringIO(source.read_text(encoding="utf-8-sig")), delimiter=";")
    return {
        row["PredefinedBasicID-13"].strip(): EventCode(
            row["PredefinedBasicID-13"].strip(),
            " ".join(row["CodeDescriptionNOB"].split()),
            " ".join(row["CodeDescriptionENG"].split()),
        )
        for row in reader
    }


@dataclass(frozen=True)
class JournalExport:
    """What an export wrote."""

    path: Path
    format: str  # "csv" | "pdf"
    entries: int
    start: date
    end: date
    register: str  # "" for every register
    pages: int = 0  # the PDF's


@dataclass(frozen=True)
class JournalPrinted:
    """What was printed on the receipt printer."""

    entries: int
    start: date
    end: date
    register: str


class _Reader:
    """The journal of a period, read inside one snapshot, with the names it needs looked up once."""

    def __init__(self, session: Session, start: date, end: date, register: str | None) -> None:
        self.conn: sqlite3.Connection = cursor(session.connection()).connection
        self.people = dict(self.conn.execute("SELECT id, name FROM users").fetchall())
        self.registers: dict[int, str] = dict(self.conn.execute("SELECT id, code FROM registers").fetchall())
        register_id: int | None = None
        if register:
            found = [id_ for id_, code in self.registers.items() if code == register]
            if not found:
                raise RegisterNotFound(register)
            register_id = found[0]
        self.params = (start.isoformat(), (end + timedelta(days=1)).isoformat(), register_id, register_id)
        self.codes = event_codes()

    def count(self) -> int:
        return int(self.conn.execute(_COUNT, self.params).fetchone()[0])

    def lines(self) -> Iterator[JournalLine]:
        rows = self.conn.execute(_ROWS, self.params)
        while batch := rows.fetchmany(BATCH):
            for row in batch:
                yield self._line(*row)

    def _line(
        self,
        entry_id: int,
        at: str,
        event: str,
        saft_code: str,
        user_id: int | None,
        register_id: int | None,
        details_text: str,
        receipt_no: int | None,
        training: int | None,
        sale_total: int | None,
    ) -> JournalLine:
        try:
            details = json.loads(details_text or "{}")
        except ValueError:
            details = {}
        if not isinstance(details, dict):
            details = {}
        number = receipt_no if receipt_no is not None else details.get("receipt_no")
        training = bool(training) or bool(details.get("training")) or event == Event.TRAINING_SALE.value
        code = self.codes.get(saft_code) or EventCode(saft_code, "", "")
        return JournalLine(
            entry_id=entry_id,
            at=datetime.fromisoformat(at),
            register=self.registers.get(register_id, "") if register_id is not None else "",
            code=saft_code,
            code_text=code.text,
            code_text_en=code.text_en,
            event=event,
            who=self.people.get(user_id, "") if user_id is not None else "",
            receipt="" if number is None else f"{'T' if training else ''}{number}",
            amount=entry_amount(event, details, sale_total=sale_total),
            text=entry_text(event, details, names=self.people, user_id=user_id),
        )


class JournalView:
    """The electronic journal of one shop, for a shop leader: read, printed or saved."""

    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id  # this PC's register, named in the journal entry
        self.clock = clock
        self.users = UserService(db, register_id=register_id, clock=clock)

    def registers(self) -> list[str]:
        """The shop's register codes, to choose one from."""
        with self.db.read() as session:
            conn = cursor(session.connection()).connection
            return [code for (code,) in conn.execute("SELECT code FROM registers ORDER BY id")]

    def count(self, start: date, end: date, *, by: Operator, register: str | None = None) -> int:
        """How many entries the period has (of ``register``, or of every register)."""
        _check(by, start, end)
        with self.db.read() as session:
            return _Reader(session, start, end, register).count()

    def lines(
        self, start: date, end: date, *, by: Operator, register: str | None = None
    ) -> Iterator[JournalLine]:
        """The period's entries, oldest first, read in batches from one snapshot.

        Checked before the first row is asked for (:class:`PermissionDenied`,
        :class:`InvalidExportPeriod`, :class:`RegisterNotFound`); close the
        iterator (or read it to the end) to end the snapshot.
        """
        _check(by, start, end)
        return self._lines(start, end, register)

    def _lines(self, start: date, end: date, register: str | None) -> Iterator[JournalLine]:
        with self.db.read() as session:
            yield from _Reader(session, start, end, register).lines()

    def export(
        self,
        start: date,
        end: date,
        target: Path,
        *,
        by: Operator,
        register: str | None = None,
        progress: Progress | None = None,
    ) -> JournalExport:
        """Save the period's journal at ``target``: ``.csv`` or ``.pdf``; journalled (13020).

        Raises :class:`PermissionDenied`, :class:`InvalidExportPeriod`,
        :class:`UnknownJournalFormat`, :class:`RegisterNotFound` or
        :class:`ExportNotWritten` (the folder or disk refused); nothing is left behind then.
        """
        _check(by, start, end)
        kind = target.suffix.lower().lstrip(".")
        if kind not in FORMATS:
            raise UnknownJournalFormat(target.name)
        report = progress or (lambda _fraction: None)
        now = self.clock()
        shop = load_shop(self.db)
        temporary = temporary_beside(target)
        try:
            with self.db.read() as session:
                reader = _Reader(session, start, end, register)
                entries = reader.count()
                passes = 2 if kind == "pdf" else 1
                done = 0

                def step(rows: int) -> None:
                    nonlocal done
                    done += rows
                    report(min(done / max(entries * passes, 1), 0.99))

                pages = 0
                if kind == "csv":
                    _write_csv(temporary, reader.lines(), step)
                else:
                    pages = write_journal_pdf(
                        _heading(shop, start, end, register, now, by, entries),
                        reader.lines,
                        temporary,
                        step=step,
                    )
            with self.db.write() as session:
                self._record(
                    session,
                    Event.JOURNAL_EXPORTED,
                    by,
                    now,
                    start,
                    end,
                    register,
                    entries,
                    format=kind,
                    file=target.name,
                )
                os.replace(temporary, target)
        except OSError as error:  # the disk filled up, the stick was pulled …
            raise not_written(target, error) from error
        finally:
            temporary.unlink(missing_ok=True)
        report(1.0)
        return JournalExport(target, kind, entries, start, end, register or "", pages)

    def print_on(
        self,
        printer: ReceiptPrinter,
        start: date,
        end: date,
        *,
        by: Operator,
        register: str | None = None,
    ) -> JournalPrinted:
        """Print the period's journal on the receipt printer; journalled (13018) once it printed.

        Raises :class:`JournalTooLongToPrint` above :data:`MAX_PRINTED`
        entries (before anything is sent), the checks of :meth:`export`, and
        :class:`PrinterError` when the printer fails (then nothing is journalled).
        """
        _check(by, start, end)
        now = self.clock()
        shop = load_shop(self.db)
        with self.db.read() as session:
            reader = _Reader(session, start, end, register)
            entries = reader.count()
            if entries > MAX_PRINTED:
                raise JournalTooLongToPrint(entries, MAX_PRINTED)
            lines = render_journal(
                _heading(shop, start, end, register, now, by, entries),
                reader.lines(),
                width=printer.columns,
            )
        printer.print_receipt(lines)
        with self.db.write() as session:
            self._record(session, Event.JOURNAL_PRINTED, by, now, start, end, register, entries)
        return JournalPrinted(entries, start, end, register or "")

    def _record(
        self,
        session: Session,
        event: Event,
        by: Operator,
        now: datetime,
        start: date,
        end: date,
        register: str | None,
        entries: int,
        **extra: str,
    ) -> None:
        """Journal a print or an export of the period, by a person who may still read the journal."""
        require(self.users.actor_role(session, by), Action.VIEW_JOURNAL)
        details: dict[str, object] = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "register": register or None,
            "entries": entries,
        }
        journal.append(
            session, event, at=now, user_id=by.id, register_id=self.register_id, details={**details, **extra}
        )


def default_name(start: date, end: date, kind: str, register: str = "") -> str:
    """A file name that says what it holds: ``elektronisk-journal_2026-11-01_2026-11-30_K1.pdf``."""
    days = start.isoformat() if start == end else f"{start.isoformat()}_{end.isoformat()}"
    return f"elektronisk-journal_{days}{'_' + register if register else ''}.{kind}"


def csv_row(line: JournalLine) -> list[str]:
    """One entry as a CSV row, in the order of :data:`CSV_HEADER`."""
    return [
        str(line.entry_id),
        line.at.strftime("%d.%m.%Y %H:%M:%S"),  # what Norwegian Excel reads as a date and time
        line.register,
        line.code,
        line.code_text,
        line.code_text_en,
        spreadsheet_cell(line.who),
        line.receipt,
        "" if line.amount is None else kroner_text(line.amount),
        spreadsheet_cell(line.text),
    ]


def _write_csv(path: Path, lines: Iterator[JournalLine], step: Callable[[int], None]) -> None:
    with path.open("w", encoding=CSV_ENCODING, newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        written = 0
        for line in lines:
            writer.writerow(csv_row(line))
            written += 1
            if written % BATCH == 0:
                step(BATCH)
        step(written % BATCH)


def _heading(
    shop: ShopInfo, start: date, end: date, register: str | None, at: datetime, by: Operator, entries: int
) -> JournalHeading:
    org_line = format_org_number(shop.org_number, shop.vat_registered)
    return JournalHeading(shop.name, org_line, start, end, register or "", at, by.name, entries)


def _check(by: Operator, start: date, end: date) -> None:
    require(by.role, Action.VIEW_JOURNAL)
    if end < start:
        raise InvalidExportPeriod(start, end)
