"""The tamper suite: what someone with the shop file and a plain ``sqlite3`` can and cannot do.

Every attack runs on a real shop file through Python's own ``sqlite3``, not
through the till's connections, so none of the till's pragmas help
(``recursive_triggers`` is off there, as in any outside program). Each is
either refused by the file's own triggers with nothing changed, or caught by
``bruktpos verify``; the few the file alone cannot show are named in the
README (they need the hub's anchors).
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import exc as sa_exc

from bruktpos.domain.catalogue import CategoryDraft, ProductDraft
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.day import DayService
from bruktpos.services.people import PeopleService
from bruktpos.store.integrity import verify_database
from bruktpos.store.journal import GENESIS_HASH, canonical_json, entry_hash
from bruktpos.store.models import APPEND_ONLY_TABLES
from bruktpos.store.schema import open_database

from .attacks import cut_the_last_sale, drop_guards, outside
from .conftest import OPENING_FLOAT, copy_shop_file, make_shop
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
    """Rows in every append-only table (sales, a return, a voucher spent, a closed day with its Z,
    queued for the hub), a person switched off, a leader's catalogue changes (a new category and
    product, the coffee's price, a product retired), and the next day open with one sale of an item."""
    from tests.conftest import FakeClock

    clock = FakeClock()
    path = tmp_path_factory.mktemp("tamper") / "shop.sqlite3"
    shop = make_shop(path, clock)
    sell(shop, codes=(shop.codes[0],), coffees=1)
    fill_journalled_tables(shop, clock)
    PeopleService(shop.db, clock=clock).deactivate(shop.leader.id, by=shop.admin)
    catalogue = CatalogueService(shop.db, clock=clock)
    catalogue.add_category(
        CategoryDraft("Leker", default_price=3000, quick_prices=(1000, 2000)), by=shop.admin
    )
    coffee = catalogue.product(shop.coffee)
    catalogue.update_product(shop.coffee, replace(coffee.draft(), price=2200), by=shop.admin)
    tea = catalogue.add_product(ProductDraft("Te", category_id=shop.cafe, price=1500), by=shop.admin)
    catalogue.retire_product(tea.id, by=shop.admin)
    clock.advance(days=1)
    DayService(shop.db, clock=clock).open_day(OPENING_FLOAT, operator=shop.admin, note="Ny veksel")
    clock.advance(minutes=10)
    sell(shop, codes=(shop.codes[1],))
    shop.close()
    assert verify_database(path).ok
    return path


@pytest.fixture
def shop_file(filled_shop: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    copy_shop_file(filled_shop, path)
    return path


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
        closing(outside(shop_file)) as conn,
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
        closing(outside(shop_file)) as conn,
        pytest.raises(sqlite3.IntegrityError, match=f"{table} is append-only"),
    ):
        _attack(conn, table, attack, on_key=True)
    assert _dump(shop_file) == before


@pytest.mark.parametrize("attack", ("insert or replace", "replace into", "upsert", "update", "delete"))
def test_a_closed_business_day_cannot_be_replaced_reopened_or_removed(shop_file: Path, attack: str) -> None:
    before = _dump(shop_file)
    with closing(outside(shop_file)) as conn:
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


@pytest.mark.parametrize("attack", ("replace into", "update", "delete"))
@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
def test_with_the_guards_dropped_and_put_back_verify_still_catches_the_change(
    shop_file: Path, table: str, attack: str
) -> None:
    with closing(outside(shop_file)) as conn:
        guards = drop_guards(conn, table)
        conn.execute("PRAGMA foreign_keys = OFF")
        _attack(conn, table, attack)
        for sql in guards:
            conn.execute(sql)
    report = verify_database(shop_file)
    assert report.checked and report.problems, f"{attack} on {table} went unnoticed"


def test_verify_names_a_missing_replace_guard(shop_file: Path) -> None:
    with closing(outside(shop_file)) as conn:
        conn.execute("DROP TRIGGER sales_no_replace")
    assert verify_database(shop_file).problems == ["the append-only guard sales_no_replace was removed"]


# --- rows that may change, held against the journal ----------------------------------------


def _problems_after(path: Path, *statements: str) -> list[str]:
    with closing(outside(path)) as conn:
        for sql in statements:
            conn.execute(sql)
    report = verify_database(path)
    assert report.checked
    return report.problems


def test_verify_catches_a_role_raised_behind_the_tills_back(shop_file: Path) -> None:
    problems = _problems_after(shop_file, "UPDATE users SET role = 'admin' WHERE name = 'Ola'")
    assert problems == [
        "person #3 (Ola) was changed behind the till's back: role is 'admin', the journal says 'cashier'"
    ]


def test_verify_catches_a_person_switched_on_again_behind_the_tills_back(shop_file: Path) -> None:
    problems = _problems_after(shop_file, "UPDATE users SET active = 1 WHERE name = 'Kari'")
    assert problems == [
        "person #2 (Kari) was changed behind the till's back: active is True, the journal says False"
    ]


def test_verify_catches_a_person_added_or_renamed_or_removed_behind_the_tills_back(shop_file: Path) -> None:
    problems = _problems_after(
        shop_file,
        "INSERT INTO users (name, role, pin_hash, failed_attempts, active, created_at) "
        "SELECT 'Eve', 'admin', pin_hash, 0, 1, created_at FROM users WHERE id = 1",
        "UPDATE users SET name = 'Olav' WHERE name = 'Ola'",
        "DELETE FROM users WHERE name = 'Kari'",
    )
    assert problems[0].endswith("points at a missing users row")  # Kari counted a drawer
    assert problems[1:] == [
        "person #3 (Olav) was changed behind the till's back: name is 'Olav', the journal says 'Ola'",
        "person #4 (Eve) was added behind the till's back (no journal entry made them)",
        "person #2 (Kari) was removed",
    ]


def test_verify_catches_a_pin_hash_swapped_for_one_whose_pin_is_known(shop_file: Path) -> None:
    """Ola's hash put on Kari-the-leader would let whoever knows Ola's PIN approve as her."""
    problems = _problems_after(
        shop_file,
        "UPDATE users SET pin_hash = (SELECT pin_hash FROM users WHERE name = 'Ola') WHERE name = 'Kari'",
    )
    assert problems == [
        "person #2 (Kari) has a PIN the till never set (its hash was swapped behind the till's back)"
    ]


def test_verify_catches_the_open_days_float_raised(shop_file: Path) -> None:
    """More float on paper hides cash taken from the drawer: the Z would expect it back."""
    problems = _problems_after(
        shop_file, "UPDATE business_days SET opening_float = opening_float + 50000 WHERE status = 'open'"
    )
    assert len(problems) == 1
    assert problems[0].startswith("business day ") and problems[0].endswith(
        f"the float is {OPENING_FLOAT.total + 50000} øre, but {OPENING_FLOAT.total} øre was counted "
        "when the day opened (the float was changed)"
    )


def test_verify_catches_the_open_days_count_changed(shop_file: Path) -> None:
    problems = _problems_after(
        shop_file, "UPDATE business_days SET opening_count = '{\"100\": 1}' WHERE status = 'open'"
    )
    assert len(problems) == 1 and "(the float was changed)" in problems[0]


def test_verify_catches_a_hub_summary_changed_before_it_is_sent(shop_file: Path) -> None:
    with closing(outside(shop_file)) as conn:
        (row_id, payload) = conn.execute("SELECT id, payload FROM hub_outbox ORDER BY id").fetchone()
        summary = json.loads(payload)
        summary["net_sales"] += 10000
        conn.execute("UPDATE hub_outbox SET payload = ? WHERE id = ?", (canonical_json(summary), row_id))
    problems = verify_database(shop_file).problems
    assert len(problems) == 1
    assert problems[0].startswith(f"the hub summary #{row_id} of ")
    assert problems[0].endswith("was changed: its figures are not the Z report's")


def test_verify_catches_a_price_changed_behind_the_tills_back(shop_file: Path) -> None:
    problems = _problems_after(shop_file, "UPDATE products SET price = 100 WHERE name = 'Kaffe'")
    assert problems == [
        "product #1 (Kaffe) was changed behind the till's back: price is 100, the journal says 2200"
    ]


def test_verify_catches_a_categorys_tax_code_and_name_changed(shop_file: Path) -> None:
    problems = _problems_after(
        shop_file, "UPDATE categories SET vat_code = '6', vat_rate = 0, name = 'Lek' WHERE name = 'Leker'"
    )
    assert problems == [
        "category #4 (Lek) was changed behind the till's back: name is 'Lek', the journal says 'Leker'",
        "category #4 (Lek) was changed behind the till's back: vat_code is '6', the journal says '3'",
    ]


def test_verify_catches_a_retired_product_put_back_or_a_category_removed(shop_file: Path) -> None:
    problems = _problems_after(
        shop_file,
        "UPDATE products SET active = 1 WHERE name = 'Te'",
        "DELETE FROM categories WHERE name = 'Leker'",
    )
    assert problems == [
        "category #4 (Leker) was removed",
        "product #3 (Te) was changed behind the till's back: active is True, the journal says False",
    ]


def test_the_set_ups_own_catalogue_is_held_to_the_journal_only_once_a_leader_changes_it(
    shop_file: Path,
) -> None:
    """The set-up and the demo make categories without a journal entry each: nothing to hold them to."""
    assert _problems_after(shop_file, "UPDATE categories SET default_price = 1 WHERE name = 'Bøker'") == []


def test_the_hub_summarys_sending_state_is_not_the_journals_business(shop_file: Path) -> None:
    """Sent, tries and the last error change as the till pushes: verify leaves them be."""
    problems = _problems_after(shop_file, "UPDATE hub_outbox SET sent_at = created_at, attempts = 3")
    assert problems == []


# --- cutting the tail ---------------------------------------------------------------------


def test_cutting_the_tail_is_caught_while_the_journals_sequence_remembers_it(shop_file: Path) -> None:
    with closing(outside(shop_file)) as conn:
        cut_the_last_sale(conn, lower_the_sequence=False)
    problems = verify_database(shop_file).problems
    assert len(problems) == 1 and problems[0].startswith("journal entries after #")


def test_cutting_the_tail_cleanly_needs_the_hub_anchor(shop_file: Path) -> None:
    """The file alone cannot show a clean cut of its own end: everything left is whole and
    chained. What catches it is an anchor kept elsewhere: the hub's last receipt number,
    signature and journal head of each closed day (``verify --hub``, tests/hub/test_anchors.py),
    for what was cut from before the last sync; a cut of what came after it stays unseen."""
    with closing(outside(shop_file)) as conn:
        cut_the_last_sale(conn, lower_the_sequence=True)
        assert (
            conn.execute(
                "SELECT count(*) FROM sales WHERE business_date = "
                "(SELECT business_date FROM business_days WHERE status = 'open')"
            ).fetchone()[0]
            == 0
        )
    assert verify_database(shop_file).ok


def test_rewriting_the_journal_with_its_hashes_recomputed_needs_the_hub_anchor(shop_file: Path) -> None:
    """The chain has no secret: make Ola an administrator from the start, then hash every
    entry again. The file is consistent afterwards; only an anchor kept elsewhere shows it
    (``verify --hub``: tests/hub/test_anchors.py)."""
    with closing(outside(shop_file)) as conn:
        guards = drop_guards(conn, "journal")
        entry = conn.execute(
            "SELECT id, details FROM journal WHERE event = 'user_changed' AND details LIKE '%\"Ola\"%'"
        ).fetchone()
        details = json.loads(entry["details"])
        details["role"] = "admin"
        conn.execute("UPDATE journal SET details = ? WHERE id = ?", (canonical_json(details), entry["id"]))
        conn.execute("UPDATE users SET role = 'admin' WHERE name = 'Ola'")
        assert verify_database(shop_file).problems  # changed, not yet hashed again: caught
        previous = GENESIS_HASH
        for row in conn.execute("SELECT * FROM journal ORDER BY id").fetchall():
            fields = {k: row[k] for k in ("at", "event", "saft_code", "user_id", "register_id", "sale_id")}
            previous = entry_hash(previous, details=row["details"], **fields)
            conn.execute("UPDATE journal SET hash = ? WHERE id = ?", (previous, row["id"]))
        for sql in guards:
            conn.execute(sql)
    assert verify_database(shop_file).ok
