"""Voucher codes of nineteen digits on a real SQLite file, and the old thirteen-digit ones after 0008."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.codes import VOUCHER_CODE_LENGTH, format_voucher_code, gs1_check_digit, is_voucher_code
from bruktpos.domain.errors import VoucherNotFound
from bruktpos.services.returns import ReturnService
from bruktpos.store.integrity import verify_database
from bruktpos.store.schema import alembic_config, current_revision, head_revision, upgrade

from .conftest import Shop
from .test_returns import item_line, open_day, sell

OLD = "9800010000011"  # 980, shop 001, serial 000001: an EAN-13, as vouchers were issued before 0008


def _q(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _issue(shop: Shop, returns: ReturnService, code_index: int = 5) -> str:
    sale = sell(shop, shop.codes[code_index])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=shop.leader)
    assert done.voucher is not None
    return done.voucher.code


@pytest.fixture
def returns(shop: Shop) -> ReturnService:
    open_day(shop)
    return ReturnService(shop.db, clock=shop.checkout.clock, checkout=shop.checkout)


def test_a_return_issues_a_nineteen_digit_voucher_that_pays_scanned_or_typed_as_printed(
    shop: Shop, returns: ReturnService
) -> None:
    code = _issue(shop, returns)
    assert len(code) == VOUCHER_CODE_LENGTH == 19 and is_voucher_code(code)
    assert _q(shop.path, "SELECT code, amount FROM vouchers") == [(code, 10000)]
    # Typed from the slip, spaces and all, it is the same voucher.
    assert shop.checkout.voucher(format_voucher_code(code)).balance == 10000
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])  # 49,50
    shop.checkout.pay_with_voucher(cart, code)
    shop.checkout.complete(cart, operator=shop.cashier)
    assert shop.checkout.voucher(code).balance == 10000 - 4950
    assert _q(shop.path, "SELECT amount FROM voucher_uses") == [(4950,)]
    assert verify_database(shop.path).ok


def test_a_long_code_one_digit_wrong_is_refused_as_an_unknown_one(shop: Shop, returns: ReturnService) -> None:
    code = _issue(shop, returns)
    unknown = code[:3] + ("1" if code[3] != "1" else "2") + code[4:-1]
    unknown += str(gs1_check_digit(unknown))  # a right check digit, but no such voucher
    typo = code[:-1] + str((int(code[-1]) + 1) % 10)  # a wrong check digit
    answers = []
    for text in (unknown, typo, code[:-1], code + "0"):
        with pytest.raises(VoucherNotFound) as refused:
            shop.checkout.voucher(text)
        answers.append(type(refused.value))
    assert set(answers) == {VoucherNotFound}  # the very same answer: a typo tells a guesser nothing
    assert _q(shop.path, "SELECT count(*) FROM voucher_uses") == [(0,)]


def test_an_old_thirteen_digit_voucher_still_pays_after_the_upgrade_to_0008(
    shop: Shop, returns: ReturnService
) -> None:
    code = _issue(shop, returns)
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])
    shop.checkout.pay_with_voucher(cart, code, 1000)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier)
    # The shop file as it was at 0007, with the voucher under an old thirteen-digit code.
    with closing(sqlite3.connect(shop.path)) as conn:
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'vouchers' AND type = 'trigger'"
        )
        kept = triggers.fetchall()
        for name, _ in kept:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE vouchers SET code = ? WHERE code = ?", (OLD, code))
        for _, sql in kept:
            conn.execute(sql)
        conn.commit()
    # (bruktpos verify sees the code changed under the journal: the test's doing, not the upgrade's)
    altered = verify_database(shop.path).problems
    assert altered == ["vouchers row 1 was altered"]
    _migrate(shop, "downgrade", "0007")
    assert current_revision(shop.db) == "0007"
    assert "VARCHAR(13)" in _table_sql(shop.path, "vouchers")
    before = {t: _q(shop.path, f"SELECT * FROM {t} ORDER BY id") for t in ("vouchers", "voucher_uses")}
    triggers_before = _triggers(shop.path)

    upgrade(shop.db)
    assert current_revision(shop.db) == head_revision() >= "0008"
    assert "code VARCHAR(19) NOT NULL" in _table_sql(shop.path, "vouchers")
    # Every voucher and every use kept, ids and all; both tables still append-only.
    assert {
        t: _q(shop.path, f"SELECT * FROM {t} ORDER BY id") for t in ("vouchers", "voucher_uses")
    } == before
    # 0008 makes the 0004 triggers again word for word (0009 adds the REPLACE guards beside them).
    assert {n: t for n, t in _triggers(shop.path).items() if not n.endswith("_no_replace")} == triggers_before
    assert {
        "vouchers_no_update",
        "vouchers_no_delete",
        "voucher_uses_no_update",
        "voucher_uses_no_delete",
    } <= set(_triggers(shop.path))
    with (
        closing(sqlite3.connect(shop.path)) as conn,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        conn.execute("UPDATE vouchers SET amount = 1")
    with (
        closing(sqlite3.connect(shop.path)) as conn,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        conn.execute("DELETE FROM voucher_uses")
    assert _q(shop.path, "PRAGMA foreign_key_check") == []
    assert verify_database(shop.path).problems == altered  # the upgrade itself changed no row

    # The old code still pays what is left on it, and a new voucher gets nineteen digits.
    assert shop.checkout.voucher(OLD).balance == 9000
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[1])
    shop.checkout.pay_with_voucher(cart, format_voucher_code(OLD))
    shop.checkout.complete(cart, operator=shop.cashier)
    assert shop.checkout.voucher(OLD).balance < 9000
    assert len(_issue(shop, returns, 6)) == 19


def _migrate(shop: Shop, how: str, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with shop.db.writer.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, how)(config, revision)


def _table_sql(path: Path, table: str) -> str:
    return str(_q(path, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table)[0][0])


def _triggers(path: Path) -> dict[str, str]:
    rows = _q(
        path,
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name IN ('vouchers', 'voucher_uses')",
    )
    return {str(name): str(sql) for name, sql in rows}
