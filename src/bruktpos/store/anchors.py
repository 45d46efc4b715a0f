"""``verify --hub``: the shop file held against the anchors and public keys the chapter hub keeps.

The file alone cannot show a clean cut of its own end (the last sales and the
journal after them removed, ``sqlite_sequence`` lowered), nor history
rewritten with every hash computed again: what is left is whole and chained.
The hub's copy can (:mod:`bruktpos.domain.anchors`). For every anchor:

* the anchored receipt is still in the file, with the same signature (a
  changed or re-signed sale before it changes the chain up to it);
* the anchored journal entry is still there, with the same hash (the hash
  covers every entry before it);
* the file's last receipt of each register, and its last journal entry, are
  not below the newest anchor (the tail was not cut);

and every public key the hub holds is the file's key of that register and
version. What was written after the last sync is not covered: the hub has
not seen it.

:func:`compare_with_hub` is the whole comparison, on an open connection;
:func:`check_against_hub` opens the file read-only for it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from bruktpos.domain.anchors import Anchor, HubKey, HubRecord, same_key
from bruktpos.store.shopfile import open_read_only, store_error

T = TypeVar("T")
# finding(kind, register code, text): only the first of each kind and register is kept.
_Finding = Callable[[str, str, str], None]
BATCH = 500  # SQLite's bound parameters per look-up


def check_against_hub(path: str | Path, record: HubRecord, *, busy_timeout_s: float = 5.0) -> list[str]:
    """The findings of :func:`compare_with_hub` on the file at ``path`` (read-only, one snapshot)."""
    with open_read_only(path, busy_timeout_s=busy_timeout_s) as file:
        file.conn.row_factory = sqlite3.Row
        try:
            file.conn.execute("BEGIN")
            findings = compare_with_hub(file.conn, record)
            file.conn.execute("COMMIT")
        except sqlite3.Error as error:
            raise store_error(error, file.path) from error
    return findings


def compare_with_hub(conn: sqlite3.Connection, record: HubRecord) -> list[str]:
    """What in the file does not match the hub's anchors and keys ([] = all match).

    The first finding of each kind (per register) is named, as ``verify``
    names the first broken record.
    """
    registers = {str(row[1]): int(row[0]) for row in conn.execute("SELECT id, code FROM registers")}
    findings: list[str] = []
    seen: set[tuple[str, str]] = set()

    def finding(kind: str, register: str, text: str) -> None:
        if (kind, register) not in seen:
            seen.add((kind, register))
            findings.append(text)

    anchors = sorted(record.anchors, key=lambda a: (a.business_date, a.revision))
    by_register: dict[str, list[Anchor]] = defaultdict(list)
    for anchor in anchors:
        by_register[anchor.register_code].append(anchor)
    for code, held in sorted(by_register.items()):
        register_id = registers.get(code)
        if register_id is None:
            finding("register", code, f"register {code}, whose closed days the hub holds, was removed")
            continue
        _check_receipts(conn, code, register_id, held, finding)
    _check_journal(conn, anchors, finding)
    _check_keys(conn, registers, record, finding)
    return findings


def _check_receipts(
    conn: sqlite3.Connection, code: str, register_id: int, held: list[Anchor], finding: _Finding
) -> None:
    last = conn.execute(
        "SELECT coalesce(max(receipt_no), 0) FROM sales WHERE register_id = ? AND training = 0",
        (register_id,),
    ).fetchone()[0]
    newest = max(held, key=lambda a: a.receipt_no)
    if newest.receipt_no > last:
        finding(
            "tail",
            code,
            f"register {code}: the last receipt is {last}, but the hub holds receipt {newest.receipt_no} "
            f"from {newest.sent_with} (the receipts after {last} were removed)",
        )
    numbers = sorted({a.receipt_no for a in held if 0 < a.receipt_no <= last})
    signatures: dict[int, str] = {}
    for part in _batches(numbers):
        marks = ", ".join("?" for _ in part)
        for row in conn.execute(
            f"SELECT receipt_no, signature FROM sales WHERE register_id = ? AND training = 0 "
            f"AND receipt_no IN ({marks})",
            (register_id, *part),
        ):
            signatures[int(row[0])] = str(row[1])
    for anchor in held:
        if not 0 < anchor.receipt_no <= last:
            continue
        name = f"receipt {anchor.receipt_no} of register {code}"
        stored = signatures.get(anchor.receipt_no)
        if stored is None:
            finding("receipt-removed", code, f"{name}, sent to the hub with {anchor.sent_with}, was removed")
        elif stored != anchor.signature:
            finding(
                "receipt-signature",
                code,
                f"{name} is not the one sent to the hub with {anchor.sent_with} "
                "(its signature differs: it was altered or signed again)",
            )


def _check_journal(conn: sqlite3.Connection, anchors: list[Anchor], finding: _Finding) -> None:
    if not anchors:
        return
    last = conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]
    newest = max(anchors, key=lambda a: a.journal_id)
    if newest.journal_id > last:
        finding(
            "journal-tail",
            "",
            f"the journal ends at entry #{last}, but the hub holds entry #{newest.journal_id} from "
            f"{newest.sent_with} of register {newest.register_code} "
            f"(the entries after #{last} were removed)",
        )
    ids = sorted({a.journal_id for a in anchors if a.journal_id <= last})
    hashes: dict[int, str] = {}
    for part in _batches(ids):
        marks = ", ".join("?" for _ in part)
        for row in conn.execute(f"SELECT id, hash FROM journal WHERE id IN ({marks})", part):
            hashes[int(row[0])] = str(row[1])
    for anchor in anchors:
        if anchor.journal_id > last:
            continue
        name = f"journal entry #{anchor.journal_id}"
        stored = hashes.get(anchor.journal_id)
        if stored is None:
            finding("journal-removed", "", f"{name}, sent to the hub with {anchor.sent_with}, was removed")
        elif stored != anchor.journal_hash:
            finding(
                "journal-hash",
                "",
                f"{name} is not the one sent to the hub with {anchor.sent_with} "
                "(its hash differs: the journal up to it was rewritten)",
            )


def _check_keys(
    conn: sqlite3.Connection, registers: dict[str, int], record: HubRecord, finding: _Finding
) -> None:
    codes = {register_id: code for code, register_id in registers.items()}
    local: dict[tuple[str, int], str | None] = {}
    for row in conn.execute("SELECT register_id, key_version, public_key FROM signing_keys"):
        code = codes.get(int(row[0]))
        if code is not None:
            local[(code, int(row[1]))] = row[2]
    for key in sorted(record.keys, key=_key_order):
        name = f"register {key.register_code}'s public key version {key.key_version}"
        where = (key.register_code, key.key_version)
        if where not in local:
            finding("key-removed", key.register_code, f"{name}, which the hub holds, was removed")
        elif not same_key(local[where], key.public_key):
            finding(
                "key-swapped",
                key.register_code,
                f"{name} is not the one the hub received on {key.received_at.date().isoformat()} "
                "(the key was swapped)",
            )
    for key in sorted(record.refused_keys, key=_key_order):
        finding(
            "key-refused",
            key.register_code,
            f"on {key.received_at.date().isoformat()} the hub refused another public key version "
            f"{key.key_version} for register {key.register_code} (the key was swapped at some time)",
        )


def _key_order(key: HubKey) -> tuple[str, int, object]:
    return (key.register_code, key.key_version, key.received_at)


def _batches(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), BATCH):
        yield values[start : start + BATCH]
