"""Proving that nothing was altered: sale digests and ``bruktpos verify``.

Three locks, each catching what the others cannot:

* the **journal chain** (SHA-256): every event, including each sale's digest
  of its own rows, chained so no entry can change or vanish unnoticed;
* the **SAF-T signature chain** per register: each sale's signature covers
  the previous signature, its time, number and amounts;
* **gap-free receipt numbers** and SQLite's own ``integrity_check``;

and the rows that may change (people, floats, the hub outbox) are held
against the journal entries that changed them (store/integrity_state.py).

A sale's digest covers every stored column of the sale, its lines and its
payments, so even a change the signature does not cover (a line's
description, a payment's method) breaks the sale's journal entry. The lines'
tax codes are in it since migration 0010, which filled in the codes of the
lines before it: those older sales' digests are taken without them, and each
line's code is held to the rate it was sold at.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bruktpos.domain.errors import SigningKeyUnusable, StoreProblem, StoreUnavailable
from bruktpos.domain.vat import TaxCode
from bruktpos.store.integrity_state import check_state
from bruktpos.store.journal import GENESIS_HASH, Event, canonical_json, entry_hash, plain
from bruktpos.store.keyfile import RECORDS_SQL, key_path, public_records, read_key
from bruktpos.store.models import (
    APPEND_ONLY_ACTIONS,
    APPEND_ONLY_TABLES,
    CLOSED_DAY_GUARDS,
    JOURNALLED_ROWS,
    KEY_GUARDS,
)
from bruktpos.store.quick import head_revision
from bruktpos.store.shopfile import open_read_only, store_error
from bruktpos.store.signing import GENESIS, RSA_SHA1, Signer, signature_text

SALE_FIELDS = (
    "register_id",
    "receipt_no",
    "training",
    "kind",
    "created_at",
    "business_date",
    "operator_id",
    "total",
    "vat",
    "discount",
    "rounding",
    "vat_registered",
    "key_version",
    "signature",
)
LINE_FIELDS = (
    "line_no",
    "kind",
    "item_id",
    "product_id",
    "category_id",
    "description",
    "quantity",
    "unit_price",
    "discount",
    "total",
    "vat_rate",
    "vat_code",
)
# A sale journalled before migration 0010 has a digest without its lines' tax codes.
LINE_FIELDS_BEFORE_0010 = LINE_FIELDS[:-1]
PAYMENT_FIELDS = ("method", "amount", "tendered", "change")


def sale_digest(
    sale: Mapping[str, Any] | sqlite3.Row,
    lines: Iterable[Mapping[str, Any] | sqlite3.Row],
    payments: Iterable[Mapping[str, Any] | sqlite3.Row],
    *,
    line_fields: tuple[str, ...] = LINE_FIELDS,
) -> str:
    """SHA-256 over a sale's stored values (as plain JSON scalars)."""
    body = canonical_json(
        [
            [plain(sale[f]) for f in SALE_FIELDS],
            [[plain(line[f]) for f in line_fields] for line in lines],
            [[plain(p[f]) for f in PAYMENT_FIELDS] for p in payments],
        ]
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def row_digest(table: str, row: Mapping[str, Any]) -> str:
    """SHA-256 over one stored row: its table's name and every column, in column order."""
    body = canonical_json([table, [plain(value) for value in row.values()]])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def journalled_rows(conn: Any, table: str, ids: Iterable[int]) -> list[list[Any]]:
    """``[[id, digest], …]`` of rows just written, read back as stored, for a journal entry's
    ``details["rows"][table]``.

    ``conn`` is a SQLAlchemy Connection inside the writing transaction. Reading
    the rows back (rather than digesting what was meant to be written) gives
    exactly what ``verify`` will read: defaults, types and all.
    """
    from sqlalchemy import text

    if table not in JOURNALLED_ROWS:
        raise ValueError(f"{table} is not a journalled table")
    ids = list(ids)
    if not ids:
        return []
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    result = conn.execute(
        text(f"SELECT * FROM {table} WHERE id IN ({marks}) ORDER BY id"),
        {f"i{n}": i for n, i in enumerate(ids)},
    )
    return [[row["id"], row_digest(table, row)] for row in result.mappings()]


@dataclass
class VerifyReport:
    """What ``verify`` found. ``problems`` is empty for an intact database.

    ``revision`` is the file's schema revision; when it is not this version's
    (``head``), nothing was checked (``checked`` is False): the checks know
    only the current schema, and an older file is upgraded by opening it.
    """

    problems: list[str] = field(default_factory=list)
    journal_entries: int = 0
    sales: int = 0
    revision: str | None = None
    head: str | None = None

    @property
    def checked(self) -> bool:
        return self.revision is not None and self.revision == self.head

    @property
    def ok(self) -> bool:
        return self.checked and not self.problems


def verify_database(path: str | Path, *, busy_timeout_s: float = 5.0) -> VerifyReport:
    """Check a shop database read-only; the first problem of each kind is named.

    Every table is read inside ONE read transaction, so the checks see one
    snapshot: a sale the till commits half-way through the walk is either
    wholly in it (sale, lines, payments, journal entry, sequence) or not at
    all, and an intact database never looks tampered while a till sells.
    The file is opened with SQLite's ``mode=ro`` and never written.

    A file that cannot be checked (not a SQLite database, damaged, locked,
    unreadable, missing) raises :class:`StoreUnavailable`; a failing
    ``integrity_check`` is such damage (``StoreProblem.CORRUPT``), not tampering.
    """
    report = VerifyReport()
    with open_read_only(path, busy_timeout_s=busy_timeout_s) as file:
        conn = file.conn
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("BEGIN")  # deferred: the snapshot is fixed at the first read below
            _check_sqlite(conn, file.path)
            if _check_revision(conn, report) and _check_tables(conn, report):
                _check_triggers(conn, report)
                sale_digests, row_digests = _check_journal(conn, report)
                _check_sales(conn, report, sale_digests, file.path)
                _check_rows(conn, report, row_digests)
                check_state(conn, report.problems)
            conn.execute("COMMIT")
        except (sqlite3.Error, StoreUnavailable) as error:
            if not file.unchanged():
                raise _changed(file.path) from error
            if isinstance(error, StoreUnavailable):
                raise
            raise store_error(error, file.path) from error
        if not file.unchanged():
            raise _changed(file.path)
    return report


def _changed(path: Path) -> StoreUnavailable:
    # An immutable read (see store.shopfile) saw the file change: a till wrote a checkpoint.
    return StoreUnavailable(StoreProblem.LOCKED, str(path), "the file changed while it was read")


def _check_sqlite(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own check of the file: damage here means it cannot be checked further."""
    result = [row[0] for row in conn.execute("PRAGMA integrity_check(10)")]
    if result != ["ok"]:
        raise StoreUnavailable(StoreProblem.CORRUPT, str(path), "integrity_check: " + "; ".join(result[:3]))


def _check_revision(conn: sqlite3.Connection, report: VerifyReport) -> bool:
    report.head = head_revision()
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: not a shop database at all
        row = None
    report.revision = None if row is None else str(row[0])
    return report.checked


def _check_tables(conn: sqlite3.Connection, report: VerifyReport) -> bool:
    """Every table verify reads is there (a dropped one is tampering); and foreign keys hold."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    needed = ("journal", "sales", "sale_lines", "payments", "registers", "signing_keys", *JOURNALLED_ROWS)
    for table in needed:
        if table not in present:
            report.problems.append(f"the table {table} was removed")
            return False
    for row in conn.execute("PRAGMA foreign_key_check"):
        report.problems.append(f"table {row[0]} row {row[1]} points at a missing {row[2]} row")
        break
    return True


def _check_triggers(conn: sqlite3.Connection, report: VerifyReport) -> None:
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in APPEND_ONLY_TABLES:
        for action in APPEND_ONLY_ACTIONS:
            if f"{table}_no_{action}" not in present:
                report.problems.append(f"the append-only guard {table}_no_{action} was removed")
    for name in CLOSED_DAY_GUARDS:
        if name not in present:
            report.problems.append(f"the closed-day guard {name} was removed")
    for name in KEY_GUARDS:
        if name not in present:
            report.problems.append(f"the signing keys' guard {name} was removed")


def _check_journal(
    conn: sqlite3.Connection, report: VerifyReport
) -> tuple[dict[int, str], dict[str, dict[int, str]]]:
    """Walk the chain; return each sale's and each journalled row's digest as recorded."""
    previous = GENESIS_HASH
    digests: dict[int, str] = {}
    rows_recorded: dict[str, dict[int, str]] = {table: {} for table in JOURNALLED_ROWS}
    broken = False
    last_id = 0
    rows = conn.execute(
        "SELECT id, at, event, saft_code, user_id, register_id, sale_id, details, hash "
        "FROM journal ORDER BY id"
    )
    for row in rows:
        report.journal_entries += 1
        last_id = row["id"]
        expected = entry_hash(
            previous,
            at=row["at"],
            event=row["event"],
            saft_code=row["saft_code"],
            user_id=row["user_id"],
            register_id=row["register_id"],
            sale_id=row["sale_id"],
            details=row["details"],
        )
        if expected != row["hash"] and not broken:
            report.problems.append(
                f"journal entry #{row['id']} ({row['event']} at {row['at']}) was altered, "
                "or an entry before it was removed"
            )
            broken = True
        previous = row["hash"]
        if row["event"] in (Event.SALE, Event.RETURN, Event.TRAINING_SALE) and row["sale_id"] is not None:
            try:
                digests[row["sale_id"]] = json.loads(row["details"])["digest"]
            except (ValueError, KeyError, TypeError):
                digests[row["sale_id"]] = ""
        if '"rows":' in row["details"]:
            _recorded_rows(row, rows_recorded, report)
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'journal'").fetchone()
    if seq is not None and seq[0] > last_id:
        report.problems.append(f"journal entries after #{last_id} were removed (the last was #{seq[0]})")
    return digests, rows_recorded


def _recorded_rows(entry: sqlite3.Row, recorded: dict[str, dict[int, str]], report: VerifyReport) -> None:
    try:
        named = json.loads(entry["details"])["rows"]
        pairs = [(table, int(i), str(d)) for table, rows in named.items() for i, d in rows]
    except (ValueError, KeyError, TypeError):
        report.problems.append(f"journal entry #{entry['id']} names its rows unreadably")
        return
    for table, row_id, digest in pairs:
        if table in recorded:
            if row_id in recorded[table]:
                report.problems.append(f"{table} row {row_id} is named by two journal entries")
            recorded[table][row_id] = digest


def _check_rows(conn: sqlite3.Connection, report: VerifyReport, recorded: dict[str, dict[int, str]]) -> None:
    """Every row of a journalled table matches the digest its journal entry recorded."""
    for table in JOURNALLED_ROWS:
        expected = dict(recorded.get(table, {}))
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            digest = expected.pop(row["id"], None)
            if digest is None:
                report.problems.append(f"{table} row {row['id']} has no journal entry (it was forged)")
                break
            if digest != row_digest(table, dict(zip(row.keys(), tuple(row), strict=True))):
                report.problems.append(f"{table} row {row['id']} was altered")
                break
        if expected:
            report.problems.append(f"{table} row {min(expected)} was removed")


def _checkers(
    conn: sqlite3.Connection, db_path: Path, registers: Mapping[int, str], report: VerifyReport
) -> dict[tuple[int, int], Signer | None]:
    """Each key's checker, by (register, version); None for a key whose signatures cannot be checked.

    An RSA key is checked against its public record alone, whatever a key
    file holds; a key file that is there must be that record's private half,
    else a key was swapped. An HMAC key has no public half: its key file is
    needed, and without it the register's signatures go unchecked (reported).
    """
    checkers: dict[tuple[int, int], Signer | None] = {}
    for record in public_records(conn.execute(RECORDS_SQL)):
        where = (record.register_id, record.key_version)
        register = registers.get(record.register_id, record.register_id)
        name = f"register {register}'s key version {record.key_version}"
        checkers[where] = None
        if record.algorithm == RSA_SHA1:
            try:
                checkers[where] = Signer.checking(record.public_key or "")
            except ValueError:
                report.problems.append(f"{name} has a public record that is not an RSA public key")
                continue
            if key_path(db_path, *where).exists():
                try:
                    read_key(db_path, record)
                except SigningKeyUnusable as error:
                    if error.problem == SigningKeyUnusable.WRONG:
                        report.problems.append(
                            f"{name}: the key file is not the private half of its public record"
                            " (a key was swapped)"
                        )
            continue
        try:
            checkers[where] = read_key(db_path, record)
        except SigningKeyUnusable:
            report.problems.append(
                f"{name} is an HMAC key and its key file is missing or unusable:"
                " its signatures were not checked"
            )
    return checkers


def _check_sales(
    conn: sqlite3.Connection, report: VerifyReport, journal_digests: dict[int, str], db_path: Path
) -> None:
    registers = {row["id"]: row["code"] for row in conn.execute("SELECT id, code FROM registers")}
    signers = _checkers(conn, db_path, registers, report)
    lines: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM sale_lines ORDER BY sale_id, line_no, id"):
        lines[row["sale_id"]].append(row)
    payments: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for row in conn.execute("SELECT * FROM payments ORDER BY sale_id, id"):
        payments[row["sale_id"]].append(row)

    # Per register and series (training has its own): numbers 1, 2, 3 … with no gap,
    # each signature chained to the one before.
    chain: dict[tuple[int, int], tuple[int, str]] = {}
    reported: set[str] = set()

    def problem(kind: str, text: str) -> None:
        if kind not in reported:
            reported.add(kind)
            report.problems.append(text)

    seen_sales: set[int] = set()
    for sale in conn.execute("SELECT * FROM sales ORDER BY register_id, training, receipt_no"):
        report.sales += 1
        seen_sales.add(sale["id"])
        series = (sale["register_id"], sale["training"])
        register = registers.get(sale["register_id"], str(sale["register_id"]))
        name = f"receipt {sale['receipt_no']} of register {register}" + (
            " (training)" if sale["training"] else ""
        )
        last_no, previous = chain.get(series, (0, GENESIS))
        if sale["receipt_no"] != last_no + 1:
            problem(
                f"gap{series}",
                f"register {register}: receipt numbers jump from {last_no} to {sale['receipt_no']} "
                "(a sale was removed)",
            )
        sale_lines, sale_payments = lines.get(sale["id"], []), payments.get(sale["id"], [])
        digest = sale_digest(sale, sale_lines, sale_payments)
        recorded = journal_digests.get(sale["id"])
        if recorded is not None and recorded != digest:
            # Journalled before 0010 kept the lines' tax codes: its digest has none. (A later
            # sale's digest has them, and no change to its rows makes it match this form.)
            digest = sale_digest(sale, sale_lines, sale_payments, line_fields=LINE_FIELDS_BEFORE_0010)
        if any(not _code_fits(line) for line in sale_lines):
            problem(f"taxcode{series}", f"{name} has a line whose tax code does not fit its VAT rate")
        if recorded is None:
            problem(f"nojournal{series}", f"{name} has no journal entry")
        elif recorded != digest:
            problem(f"digest{series}", f"{name} was altered (its rows no longer match the journal)")
        key = (sale["register_id"], sale["key_version"])
        try:
            created = datetime.fromisoformat(sale["created_at"])
            text = signature_text(
                previous, created, sale["receipt_no"], sale["total"], sale["total"] - sale["vat"]
            )
        except (TypeError, ValueError):
            problem(f"unreadable{series}", f"{name} holds values that are not what the till writes")
            text = None
        if key not in signers:
            problem(f"key{series}", f"{name} names key version {sale['key_version']}, which is missing")
        elif (
            (signer := signers[key]) is not None
            and text is not None
            and not signer.verify(text, str(sale["signature"]))
        ):
            problem(f"signature{series}", f"{name} has a broken signature chain")
        chain[series] = (sale["receipt_no"], sale["signature"])
    for sale_id in journal_digests:
        if sale_id not in seen_sales:
            problem("missing-sale", f"the sale journalled as #{sale_id} was removed")
            break


def _code_fits(line: sqlite3.Row) -> bool:
    """A line's tax code is one of the codes, at the rate the line was sold at."""
    try:
        return int(TaxCode(line["vat_code"]).rate) == int(line["vat_rate"])
    except ValueError:
        return False
