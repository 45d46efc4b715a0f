"""The tamper suite: what someone with the shop file and a plain ``sqlite3`` can and cannot do.

Every attack runs on a real shop file through Python's own ``sqlite3``, not
through the till's connections, so none of the till's pragmas help
(``recursive_triggers`` is off there, as in any outside program). Each is
either refused by the file's own triggers with nothing changed, or caught by
``bruktpos verify``; the few the file alone cannot show are named in the
README (they need the hub's anchors).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc

from bruktpos.store.integrity import verify_database
from bruktpos.store.models import APPEND_ONLY_TABLES
from bruktpos.store.schema import open_database

from .conftest import make_shop
from .day_helpers import fill_journalled_tables, sell

# A column of each append-only table an attacker would want to change, and how.
CHANGED = {
    "sales": ("total", lambda v: v + 100),
    "sale_lines": ("description", lambda v: v + " (changed)"),
    "payments": ("amount", lambda v: v + 100),
    "journal": ("details", lambda v: "{}"),
    "z_reports": ("difference_note", lambda v: "changed"),
    "cash_movements": ("amount", lambda v: v + 100),
    "vouchers": ("amount", lambda v: v + 100),
    "voucher_uses": ("amount", lambda v: v + 100),
    "return_lines": ("quantity", lambda v: v + 1),
    "day_counts": ("note", lambda v: "changed"),
}
# The unique keys besides the id: REPLACE on one of these deletes the row holding it.
UNIQUE_KEYS = {
    "sales": ("register_id", "training", "receipt_no"),
    "z_reports": ("business_day_id",),
    "vouchers": ("code",),
    "return_lines": ("line_id",),
    "day_counts": ("business_day_id", "seq"),
}
ATTACKS = ("insert or replace", "replace into", "upsert", "update or replace", "update", "delete")


@pytest.fixture(scope="module")
def filled_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Rows in every append-only table (sales, a return, a voucher spent, a closed day with its Z)."""
    from tests.conftest import FakeClock

    clock = FakeClock()
    path = tmp_path_factory.mktemp("tamper") / "shop.sqlite3"
    shop = make_shop(path, clock)
    sell(shop, codes=(shop.codes[0],), coffees=1)
    fill_journalled_tables(shop, clock)
    shop.close()
    assert verify_database(path).ok
    return path


@pytest.fixture
def shop_file(filled_shop: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(filled_shop, path)
    return path


def _outside(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection, as an outside program opens the file."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    return conn


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}")), key=repr) for t in tables}


def _attack(conn: sqlite3.Connection, table: str, attack: str, *, on_key: bool = False) -> None:
    row = dict(conn.execute(f"SELECT * FROM {table} ORDER BY id LIMIT 1").fetchone())
    column, change = CHANGED[table]
    row[column] = change(row[column])
    if on_key:  # a new id, but the unique key of the row already there
        row["id"] = conn.execute(f"SELECT max(id) + 1000 FROM {table}").fetchone()[0]
    names = ", ".join(row)
    marks = ", ".join(f":{n}" for n in row)
    sql = {
        "insert or replace": f"INSERT OR REPLACE INTO {table} ({names}) VALUES ({marks})",
        "replace into": f"REPLACE INTO {table} ({names}) VALUES ({marks})",
        "upsert": f"INSERT INTO {table} ({names}) VALUES ({marks}) "
        f"ON CONFLICT DO UPDATE SET {column} = excluded.{column}",
        "update or replace": f"UPDATE OR REPLACE {table} SET {column} = :{column} WHERE id = :id",
        "update": f"UPDATE {table} SET {column} = :{column} WHERE id = :id",
        "delete": f"DELETE FROM {table} WHERE id = :id",
    }[attack]
    conn.execute(sql, row)


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_an_outside_sqlite3_cannot_change_an_append_only_row(
    shop_file: Path, table: str, attack: str
) -> None:
    before = _dump(shop_file)
    assert before[table], f"the test shop has no {table} rows"
    with (
        closing(_outside(shop_file)) as conn,
        pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"),
    ):
        _attack(conn, table, attack)
    assert _dump(shop_file) == before
    assert verify_database(shop_file).ok


@pytest.mark.parametrize("attack", ("insert or replace", "replace into"))
@pytest.mark.parametrize("table", sorted(UNIQUE_KEYS))
def test_replace_on_a_unique_key_cannot_push_a_row_out(shop_file: Path, table: str, attack: str) -> None:
    """A new id with a receipt number (voucher code, day, …) already taken would delete the old row."""
    before = _dump(shop_file)
    with (
        closing(_outside(shop_file)) as conn,
        pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"),
    ):
        _attack(conn, table, attack, on_key=True)
    assert _dump(shop_file) == before


@pytest.mark.parametrize("attack", ("insert or replace", "replace into", "upsert", "update", "delete"))
def test_a_closed_business_day_cannot_be_replaced_reopened_or_removed(shop_file: Path, attack: str) -> None:
    before = _dump(shop_file)
    with closing(_outside(shop_file)) as conn:
        day = dict(conn.execute("SELECT * FROM business_days WHERE status = 'closed'").fetchone())
        day["status"] = "open"
        names, marks = ", ".join(day), ", ".join(f":{n}" for n in day)
        sql = {
            "insert or replace": f"INSERT OR REPLACE INTO business_days ({names}) VALUES ({marks})",
            "replace into": f"REPLACE INTO business_days ({names}) VALUES ({marks})",
            "upsert": f"INSERT INTO business_days ({names}) VALUES ({marks}) "
            "ON CONFLICT DO UPDATE SET status = excluded.status",
            "update": "UPDATE business_days SET status = 'open' WHERE id = :id",
            "delete": "DELETE FROM business_days WHERE id = :id",
        }[attack]
        with pytest.raises(sqlite3.IntegrityError, match="business day"):
            conn.execute(sql, day)
    assert _dump(shop_file) == before


def test_the_tills_own_connections_refuse_replace_too(shop_file: Path) -> None:
    """Inside the till, REPLACE's hidden delete also meets the DELETE guard (recursive triggers on)."""
    before = _dump(shop_file)
    db = open_database(shop_file)
    try:
        with pytest.raises(sa_exc.IntegrityError, match="append-only"), db.write() as session:
            session.connection().exec_driver_sql(
                "INSERT OR REPLACE INTO payments SELECT id, sale_id, method, amount + 100, tendered, change "
                "FROM payments ORDER BY id LIMIT 1"
            )
    finally:
        db.dispose()
    assert _dump(shop_file) == before


def _drop_guards(conn: sqlite3.Connection, *tables: str) -> list[str]:
    """What an attacker who knows SQLite does first: the guards off, to be put back afterwards."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({', '.join('?' for _ in tables)})",
        tables,
    ).fetchall()
    for name, _ in rows:
        conn.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


@pytest.mark.parametrize("attack", ("replace into", "update", "delete"))
@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_with_the_guards_dropped_and_put_back_verify_still_catches_the_change(
    shop_file: Path, table: str, attack: str
) -> None:
    with closing(_outside(shop_file)) as conn:
        guards = _drop_guards(conn, table)
        conn.execute("PRAGMA foreign_keys = OFF")
        _attack(conn, table, attack)
        for sql in guards:
            conn.execute(sql)
    report = verify_database(shop_file)
    assert report.checked and report.problems, f"{attack} on {table} went unnoticed"


def test_verify_names_a_missing_replace_guard(shop_file: Path) -> None:
    with closing(_outside(shop_file)) as conn:
        conn.execute("DROP TRIGGER sales_no_replace")
    assert verify_database(shop_file).problems == ["the append-only guard sales_no_replace was removed"]
