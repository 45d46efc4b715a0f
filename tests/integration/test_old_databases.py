"""A shop database saved by every released schema step upgrades to this one, and keeps working.

``tests/fixtures/old_databases/shop-NNNN.sqlite3`` is a small demo shop made
by the release at which NNNN was the newest migration, with that release's
own code (``scripts/make_old_databases.py``). Each is copied, opened as the
till opens it (a backup first, then the upgrade), and must come out at head
with its history as it was, ``bruktpos verify`` satisfied, and a new sale
possible on top of it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.people import Operator
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.store.models import APPEND_ONLY_TABLES
from bruktpos.store.quick import known_revisions
from bruktpos.store.schema import current_revision, head_revision, open_database

from ..conftest import OSLO
from .conftest import copy_shop_file

OLD_DATABASES = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases"
SAVED = sorted(p.name for p in OLD_DATABASES.glob("shop-*.sqlite3"))
# The history every upgrade must leave as it was, read the same way before and after.
HISTORY = {
    "sales": "SELECT count(*) FROM sales",
    "receipts": "SELECT count(*) FROM sales WHERE training = 0",
    "total": "SELECT coalesce(sum(total), 0) FROM sales",
    "vat": "SELECT coalesce(sum(vat), 0) FROM sales",
    "payments": "SELECT coalesce(sum(amount), 0) FROM payments",
    "items": "SELECT count(*) FROM items",
    "items_sold": "SELECT count(*) FROM items WHERE status = 'sold'",
    "last_signature": "SELECT signature FROM sales ORDER BY id DESC LIMIT 1",
    **{f"rows in {t}": f"SELECT count(*) FROM {t}" for t in APPEND_ONLY_TABLES[:4]},
}


def _history(path: Path) -> dict[str, object]:
    with closing(sqlite3.connect(path)) as conn:
        return {name: conn.execute(sql).fetchone()[0] for name, sql in HISTORY.items()}


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _schema(path: Path) -> dict[tuple[str, str], str]:
    """Every table, index and trigger in the file, with the SQL that makes it."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        return {(kind, name): sql for kind, name, sql in rows}


@pytest.fixture(scope="module")
def new_schema(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    """The schema of a new shop file at head."""
    path = tmp_path_factory.mktemp("new") / "new.sqlite3"
    open_database(path).dispose()
    return _schema(path)


def _verify(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["verify", "--db", str(path)])
    out = capsys.readouterr()
    assert code == 0, out.out + out.err
    return out.out


def test_there_is_a_saved_database_for_every_schema_step() -> None:
    expected = [f"shop-{revision}.sqlite3" for revision in sorted(known_revisions())]
    assert expected == SAVED


@pytest.mark.parametrize("name", SAVED)
def test_a_saved_database_upgrades_with_a_backup_verifies_and_takes_a_new_sale(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], new_schema: dict[tuple[str, str], str]
) -> None:
    path = tmp_path / name
    copy_shop_file(OLD_DATABASES / name, path)  # with its .keys folder, from 0011 on
    saved_at = _revision(path)
    assert name == f"shop-{saved_at}.sqlite3"
    before = _history(path)
    assert before["receipts"] > 0 and before["total"] > 0 and before["items"] > before["items_sold"] > 0

    db = open_database(path)
    try:
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
    # The copy taken before the upgrade is the file as it was (none when it was at head already).
    backups = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == (0 if saved_at == head_revision() else 1)
    for backup in backups:
        assert _revision(backup) == saved_at
        assert _history(backup) == before
    assert _history(path) == before
    # Upgraded, it is the same database a new shop gets: tables, indexes, guards, full-text search.
    assert _schema(path) == new_schema
    assert f"{before['sales']} sales" in _verify(path, capsys)

    with closing(sqlite3.connect(path)) as conn:
        (last_receipt,) = conn.execute("SELECT max(receipt_no) FROM sales WHERE training = 0").fetchone()
    sale_total, receipt_no = _sell_one_item(path)
    assert receipt_no == last_receipt + 1  # the shop's receipt numbers go on without a gap

    after = _history(path)
    assert (after["sales"], after["total"], after["items_sold"]) == (
        before["sales"] + 1,
        before["total"] + sale_total,
        before["items_sold"] + 1,
    )
    assert f"{after['sales']} sales" in _verify(path, capsys)


def _sell_one_item(path: Path) -> tuple[int, int]:
    """Sell one of the shop's items by card, on an open day after all its history.

    Returns the sale's total and receipt number.
    """
    with closing(sqlite3.connect(path)) as conn:
        leader_id, leader_name = conn.execute(
            "SELECT id, name FROM users WHERE role IN ('leader', 'admin') AND active = 1 ORDER BY id"
        ).fetchone()
        (code,) = conn.execute("SELECT code FROM items WHERE status = 'in_stock' ORDER BY id").fetchone()
        (last,) = conn.execute("SELECT max(at) FROM journal").fetchone()
        open_day = conn.execute("SELECT business_date FROM business_days WHERE status = 'open'").fetchone()
    leader = Operator(leader_id, leader_name, "leader")
    last_moment = datetime.fromisoformat(last).astimezone(OSLO)
    if open_day is None:
        at = datetime.combine(last_moment.date() + timedelta(days=1), time(10), tzinfo=OSLO)
    else:  # a shop saved in the middle of its day goes on with that day
        at = last_moment + timedelta(minutes=1)
    db = open_database(path)
    checkout = CheckoutService(db, clock=lambda: at)
    try:
        days = DayService(db, clock=lambda: at)
        if days.open_day_info() is None:
            days.open_day(CashCount({10000: 10}), operator=leader, note="A new float")
        cart = checkout.new_cart()
        checkout.scan(cart, code)
        checkout.pay(cart, PaymentMethod.CARD)
        sale = checkout.complete(cart, operator=leader)
        return sale.total, sale.receipt_no
    finally:
        checkout.close()
        db.dispose()
