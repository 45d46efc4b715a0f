"""`bruktpos verify` catches any change made behind the app's back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.services.day import DayService
from bruktpos.services.settings import SettingsService
from bruktpos.store.integrity import verify_database
from bruktpos.store.models import APPEND_ONLY_TABLES
from bruktpos.store.signing import HMAC_SHA1

from .conftest import Shop, copy_shop_file, make_shop
from .day_helpers import voucher_code_of, write_return


def _sell_some(shop: Shop, clock, first: int = 0) -> None:
    co = shop.checkout
    for n in range(3):
        clock.advance(minutes=7)
        cart = co.new_cart()
        co.scan(cart, shop.codes[first + n])
        co.add_product(cart, shop.coffee, 2)
        co.add_open(cart, shop.books, 1990)
        if n == 1:
            co.pay(cart, PaymentMethod.CARD, 5000)
            co.pay(cart, PaymentMethod.CASH, tendered=10000)
        else:
            co.pay(cart, PaymentMethod.VIPPS if n else PaymentMethod.CASH, tendered=20000 if not n else None)
        co.complete(cart, operator=shop.cashier)


@pytest.fixture(scope="module")
def sold_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A shop with a few sales, made once; each test tampers with its own copy."""
    from tests.conftest import FakeClock

    clock = FakeClock()
    path = tmp_path_factory.mktemp("verify") / "shop.sqlite3"
    shop = make_shop(path, clock)
    _sell_some(shop, clock)
    _run_the_day(shop, clock)
    shop.close()
    return path


def _run_the_day(shop: Shop, clock) -> None:
    """Every journalled table gets rows, each column a value: movements, a return as store
    credit and its voucher spent, and a Z with every field filled; then the next day opens."""
    day = DayService(shop.db, clock=clock)
    clock.advance(minutes=5)
    day.cash_movement("pay_in", 20000, "Vekslepenger", operator=shop.cashier, approver=shop.leader)
    day.cash_movement("pay_out", 3500, "Melk til kafeen", operator=shop.cashier, approver=shop.leader)
    clock.advance(minutes=5)
    returned = write_return(shop, 3, quantities={1: 1}, refund_to="voucher")
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 1)
    co.pay_with_voucher(cart, voucher_code_of(shop, returned))
    co.complete(cart, operator=shop.cashier)
    clock.advance(hours=2)
    SettingsService(shop.db, clock=clock).set("require_second_counter", True, by=shop.leader)
    report = day.x_report(operator=shop.cashier)
    count = CashCount({100: 3, 20000: 1}).with_count(10000, (report.expected_cash - 20300) // 10000)
    # Counted once with a note too many, then again with the leader: both counts are kept.
    day.record_count(count.with_count(10000, count.count_of(10000) + 1), operator=shop.cashier)
    day.record_count(count, operator=shop.cashier, approver=shop.leader, note="A note was stuck to another")
    day.close_day(
        count,
        operator=shop.cashier,
        note="Mangler litt",
        approver=shop.leader,
        second_counter=shop.admin,
        card_batch_total=report.card_total,
        vipps_settlement=report.vipps_total + 100,
    )
    clock.advance(days=1)
    day.open_day(count, operator=shop.cashier)
    _sell_some(shop, clock, first=3)


@pytest.fixture
def copy(sold_shop: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.sqlite3"
    src = sqlite3.connect(sold_shop)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != "id"]


def _tamper(path: Path, sql: str, *params: object) -> None:
    """What someone with the file and sqlite3 could do: drop the guard, change, put the guard back."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("PRAGMA foreign_keys = OFF")
    changed = conn.execute(sql, params).rowcount
    assert changed > 0, sql
    for (trigger_sql,) in triggers:
        conn.execute(trigger_sql)
    conn.commit()
    conn.close()


def test_untouched_database_verifies(copy: Path) -> None:
    report = verify_database(copy)
    assert report.ok, report.problems
    assert report.sales == 3 + 1 + 1 + 3  # sales, a return, a voucher sale, the next day's
    assert report.journal_entries > 3


def _every_column() -> list[tuple[str, str]]:
    # Listed from the migrated schema itself, so a new column is covered too.
    import tempfile

    from tests.conftest import FakeClock

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "schema.sqlite3"
        shop = make_shop(path, FakeClock(), algorithm=HMAC_SHA1)
        shop.close()
        return [(table, column) for table in APPEND_ONLY_TABLES for column in _columns(path, table)]


@pytest.mark.parametrize(("table", "column"), _every_column())
def test_changing_any_column_is_caught(copy: Path, table: str, column: str) -> None:
    with sqlite3.connect(copy) as conn:
        row_id, value = conn.execute(
            f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
    new = value + 1 if isinstance(value, int) else (value or "") + "x"
    _tamper(copy, f"UPDATE {table} SET {column} = ? WHERE id = ?", new, row_id)
    report = verify_database(copy)
    assert not report.ok, f"changing {table}.{column} went unnoticed"


@pytest.mark.parametrize("table", APPEND_ONLY_TABLES)
@pytest.mark.parametrize("which", ["first", "last"])
def test_removing_a_row_is_caught(copy: Path, table: str, which: str) -> None:
    order = "ASC" if which == "first" else "DESC"
    _tamper(copy, f"DELETE FROM {table} WHERE id = (SELECT id FROM {table} ORDER BY id {order} LIMIT 1)")
    assert not verify_database(copy).ok


def test_removing_a_whole_sale_is_caught(copy: Path) -> None:
    _tamper(copy, "DELETE FROM payments WHERE sale_id = 2")
    _tamper(copy, "DELETE FROM sale_lines WHERE sale_id = 2")
    _tamper(copy, "UPDATE items SET sold_sale_id = NULL WHERE sold_sale_id = 2")
    _tamper(copy, "DELETE FROM journal WHERE sale_id = 2")
    _tamper(copy, "DELETE FROM sales WHERE id = 2")
    report = verify_database(copy)
    assert any("jump from 1 to 3" in p for p in report.problems), report.problems


def test_dropped_guard_is_reported(copy: Path) -> None:
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TRIGGER payments_no_delete")
    report = verify_database(copy)
    assert report.problems == ["the append-only guard payments_no_delete was removed"]


def test_verify_command_names_the_first_broken_record(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", str(copy)]) == 0
    assert "OK" in capsys.readouterr().out
    _tamper(copy, "UPDATE journal SET details = ? WHERE id = 3", '{"changed":1}')
    assert main(["verify", "--db", str(copy)]) == 1
    err = capsys.readouterr().err
    assert "TAMPERED" in err
    assert "journal entry #3" in err


def test_verify_missing_file(tmp_path: Path) -> None:
    assert main(["verify", "--db", str(tmp_path / "none.sqlite3")]) == 2


def test_hmac_keys_verify_too(tmp_path: Path, clock) -> None:
    shop = make_shop(tmp_path / "hmac.sqlite3", clock, algorithm=HMAC_SHA1)
    _sell_some(shop, clock)
    shop.close()
    assert verify_database(tmp_path / "hmac.sqlite3").ok
    copy_shop_file(tmp_path / "hmac.sqlite3", tmp_path / "b.sqlite3")
    _tamper(tmp_path / "b.sqlite3", "UPDATE sales SET signature = 'AAAA' WHERE receipt_no = 2")
    assert not verify_database(tmp_path / "b.sqlite3").ok
