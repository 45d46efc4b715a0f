"""What someone with the shop file and a plain ``sqlite3`` does to it (tamper suite, hub anchors).

Every attack goes through Python's own ``sqlite3``, not the till's
connections, so none of the till's pragmas help; the append-only guards are
dropped first and put back afterwards, as an attacker who knows SQLite would.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bruktpos.store.journal import GENESIS_HASH, canonical_json, entry_hash

# Every table a closed day leaves rows in, with how its rows name the day (or its sales).
_DAY_ROWS = (
    ("payments", "sale_id IN (SELECT id FROM sales WHERE business_date = :date AND register_id = :register)"),
    (
        "sale_lines",
        "sale_id IN (SELECT id FROM sales WHERE business_date = :date AND register_id = :register)",
    ),
    ("sales", "business_date = :date AND register_id = :register"),
    ("z_reports", "business_day_id = :day"),
    ("day_counts", "business_day_id = :day"),
    ("cash_movements", "business_day_id = :day"),
    ("hub_outbox", "business_date = :date AND register_id = :register"),
    ("business_days", "id = :day"),
)


def outside(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection, as an outside program opens the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    return conn


def drop_guards(conn: sqlite3.Connection, *tables: str) -> list[str]:
    """What an attacker who knows SQLite does first: the guards off, to be put back afterwards."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({', '.join('?' for _ in tables)})",
        tables,
    ).fetchall()
    for name, _ in rows:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def lower_sequences(conn: sqlite3.Connection, *tables: str) -> None:
    """``sqlite_sequence`` set back to what is left, so the file shows no sign of the cut."""
    for table in tables:
        conn.execute(
            f"UPDATE sqlite_sequence SET seq = (SELECT coalesce(max(id), 0) FROM {table}) WHERE name = ?",
            (table,),
        )


def cut_the_last_sale(conn: sqlite3.Connection, *, lower_the_sequence: bool) -> None:
    """Remove the last sale and every journal entry from its own on, and set its item back in stock."""
    sale_id = conn.execute("SELECT max(id) FROM sales").fetchone()[0]
    (first_entry,) = conn.execute("SELECT min(id) FROM journal WHERE sale_id = ?", (sale_id,)).fetchone()
    guards = drop_guards(conn, "sales", "sale_lines", "payments", "journal")
    conn.execute(
        "UPDATE items SET status = 'in_stock', sold_sale_id = NULL, status_at = intake_at "
        "WHERE sold_sale_id = ?",
        (sale_id,),
    )
    conn.execute("DELETE FROM payments WHERE sale_id = ?", (sale_id,))
    conn.execute("DELETE FROM sale_lines WHERE sale_id = ?", (sale_id,))
    conn.execute("DELETE FROM sales WHERE id = ?", (sale_id,))
    conn.execute("DELETE FROM journal WHERE id >= ?", (first_entry,))
    if lower_the_sequence:
        lower_sequences(conn, "journal")
    for sql in guards:
        conn.execute(sql)


def cut_the_last_day(conn: sqlite3.Connection) -> None:
    """Remove the last closed day whole: its sales, Z, counts, outbox row, the day itself, and the
    journal from the day's opening on, with every sequence lowered (a day of café sales only:
    no item or stock count to put back)."""
    day = conn.execute(
        "SELECT id, register_id, business_date FROM business_days WHERE status = 'closed' ORDER BY id DESC"
    ).fetchone()
    opened = conn.execute(
        "SELECT id, details FROM journal WHERE event = 'day_opened' ORDER BY id DESC"
    ).fetchall()
    first_entry = next(e["id"] for e in opened if json.loads(e["details"])["business_day"] == day["id"])
    tables = [table for table, _ in _DAY_ROWS]
    guards = drop_guards(conn, *tables, "journal")
    conn.execute("PRAGMA foreign_keys = OFF")
    names = {"day": day["id"], "date": day["business_date"], "register": day["register_id"]}
    for table, where in _DAY_ROWS:
        conn.execute(f"DELETE FROM {table} WHERE {where}", names)
    conn.execute("DELETE FROM journal WHERE id >= ?", (first_entry,))
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_sequence")}
    lower_sequences(conn, *(t for t in (*tables, "journal") if t in present))
    for sql in guards:
        conn.execute(sql)


def rehash_journal(conn: sqlite3.Connection) -> None:
    """Every journal entry's hash computed again from the first on (the chain has no secret)."""
    previous = GENESIS_HASH
    for row in conn.execute("SELECT * FROM journal ORDER BY id").fetchall():
        fields = {k: row[k] for k in ("at", "event", "saft_code", "user_id", "register_id", "sale_id")}
        previous = entry_hash(previous, details=row["details"], **fields)
        conn.execute("UPDATE journal SET hash = ? WHERE id = ?", (previous, row["id"]))


def make_ola_an_administrator_from_the_start(conn: sqlite3.Connection) -> None:
    """Rewrite the journal entry that made Ola a cashier, and Ola's row to match; hash it all again."""
    guards = drop_guards(conn, "journal")
    entry = conn.execute(
        "SELECT id, details FROM journal WHERE event = 'user_changed' AND details LIKE '%\"Ola\"%'"
    ).fetchone()
    details = json.loads(entry["details"])
    details["role"] = "admin"
    conn.execute("UPDATE journal SET details = ? WHERE id = ?", (canonical_json(details), entry["id"]))
    conn.execute("UPDATE users SET role = 'admin' WHERE name = 'Ola'")
    rehash_journal(conn)
    for sql in guards:
        conn.execute(sql)
