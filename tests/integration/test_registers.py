"""Two registers in one shop file: their own receipt numbers, days, Z reports and signature chains."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import DayAlreadyClosed, InvalidRegister, PermissionDenied, RegisterTaken
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.services.receipts import load_receipt
from bruktpos.services.shop import add_register, list_registers, load_register, suggested_register
from bruktpos.store.integrity import verify_database
from bruktpos.store.signing import HMAC_SHA1

from .conftest import OPENING_FLOAT, Shop, make_shop
from .test_verify import _tamper


def _rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _sell(checkout: CheckoutService, shop: Shop, code: str | None = None) -> int:
    cart = checkout.new_cart()
    if code is not None:
        checkout.scan(cart, code)
    checkout.add_product(cart, shop.coffee, 1)
    checkout.pay(cart, PaymentMethod.CARD)
    return checkout.complete(cart, operator=shop.cashier).receipt_no


def _close(day: DayService, shop: Shop) -> int:
    expected = day.expected_cash()
    count = CashCount({20000: expected // 20000, 100: expected % 20000 // 100})
    return day.close_day(count, operator=shop.leader).z_number


def test_an_administrator_adds_a_register_with_its_own_key(shop: Shop, clock) -> None:
    assert suggested_register(shop.db) == ("K2", "Kasse 2")
    added = add_register(shop.db, " k2 ", " Kasse   2 ", by=shop.admin, clock=clock)
    assert (added.code, added.name) == ("K2", "Kasse 2")
    assert [(r.code, r.name) for r in list_registers(shop.db)] == [("K1", "Kasse 1"), ("K2", "Kasse 2")]
    assert load_register(shop.db, "K2") == added
    keys = _rows(
        shop.path,
        "SELECT r.code, k.key_version, k.algorithm, k.public_key FROM signing_keys k "
        "JOIN registers r ON r.id = k.register_id ORDER BY r.id",
    )
    assert [(code, version, algorithm) for code, version, algorithm, _ in keys] == [
        ("K1", 1, "RSA-SHA1"),
        ("K2", 1, "RSA-SHA1"),  # as the first register signs
    ]
    assert keys[0][3] != keys[1][3]
    ((user_id, register_id, details, code),) = _rows(
        shop.path,
        "SELECT user_id, register_id, details, saft_code FROM journal WHERE event = 'register_added'",
    )
    assert (user_id, register_id, code) == (shop.admin.id, added.id, "13999")
    assert json.loads(details) == {
        "register": "K2",
        "name": "Kasse 2",
        "algorithm": "RSA-SHA1",
        "key_version": 1,
    }
    assert suggested_register(shop.db) == ("K3", "Kasse 3")


def test_a_leader_may_not_add_a_register(shop: Shop, clock) -> None:
    with pytest.raises(PermissionDenied):
        add_register(shop.db, "K2", "Kasse 2", by=shop.leader, clock=clock)
    assert len(list_registers(shop.db)) == 1


@pytest.mark.parametrize(
    ("code", "name", "error", "field"),
    [
        ("", "Kasse 2", InvalidRegister, "code"),
        ("K 2", "Kasse 2", InvalidRegister, "code"),
        ("K" * 21, "Kasse 2", InvalidRegister, "code"),
        ("KASSE-Ø", "Kasse 2", InvalidRegister, "code"),
        ("K2", "   ", InvalidRegister, "name"),
        ("k1", "Kafé", RegisterTaken, "code"),
        ("K2", "kasse 1", RegisterTaken, "name"),
    ],
)
def test_a_bad_or_taken_register_is_refused_and_nothing_is_added(
    shop: Shop, clock, code: str, name: str, error: type, field: str
) -> None:
    journal = _rows(shop.path, "SELECT count(*) FROM journal")
    with pytest.raises(error) as refused:
        add_register(shop.db, code, name, by=shop.admin, clock=clock)
    assert refused.value.field == field
    assert len(list_registers(shop.db)) == 1
    assert _rows(shop.path, "SELECT count(*) FROM signing_keys") == [(1,)]
    assert _rows(shop.path, "SELECT count(*) FROM journal") == journal


def _two_register_day(shop: Shop, clock) -> tuple[CheckoutService, DayService, DayService]:
    add_register(shop.db, "K2", "Kasse 2", by=shop.admin, clock=clock)
    second = CheckoutService(shop.db, register_code="K2", clock=clock)
    day2 = DayService(shop.db, register_code="K2", clock=clock)
    day2.open_day(OPENING_FLOAT, operator=shop.cashier)
    return second, DayService(shop.db, register_code="K1", clock=clock), day2


def test_two_registers_keep_their_own_receipt_numbers_days_and_z_reports(shop: Shop, clock) -> None:
    second, day1, day2 = _two_register_day(shop, clock)
    first = shop.checkout
    numbers = []
    for n, checkout in enumerate((first, second, second, first, second, first)):
        clock.advance(minutes=3)
        numbers.append((checkout.register.code, _sell(checkout, shop, shop.codes[n])))
    assert numbers == [("K1", 1), ("K2", 1), ("K2", 2), ("K1", 2), ("K2", 3), ("K1", 3)]
    assert load_receipt(shop.db, 2).register_code == "K2"  # sale id 2 is K2's receipt 1

    # K1 closes; K2's day goes on, and K1's X of the day counts only K1's sales.
    clock.advance(hours=2)
    assert day1.x_report(journalled=False).receipts == 3
    assert _close(day1, shop) == 1
    assert day1.open_day_info() is None and day2.open_day_info() is not None
    clock.advance(minutes=5)
    assert (second.register.code, _sell(second, shop)) == ("K2", 4)
    report2 = day2.x_report(journalled=False)
    assert report2.receipts == 4 and report2.register == "K2"
    assert _close(day2, shop) == 1
    with pytest.raises(DayAlreadyClosed):
        day1.open_day(OPENING_FLOAT, operator=shop.cashier)

    # The next day: each register's Z series goes on from its own last number.
    clock.advance(days=1)
    day1.open_day(OPENING_FLOAT, operator=shop.cashier)
    assert _sell(first, shop) == 4
    assert _close(day1, shop) == 2
    z_numbers = _rows(
        shop.path,
        "SELECT r.code, z.z_number, d.business_date FROM z_reports z "
        "JOIN registers r ON r.id = z.register_id "
        "JOIN business_days d ON d.id = z.business_day_id ORDER BY z.id",
    )
    today = clock().date()
    assert [(code, number) for code, number, _ in z_numbers] == [("K1", 1), ("K2", 1), ("K1", 2)]
    assert z_numbers[-1][2] == today.isoformat()
    # Each register's closed day goes to the hub on its own.
    outbox = _rows(shop.path, "SELECT register_id, business_date FROM hub_outbox ORDER BY id")
    assert [register_id for register_id, _ in outbox] == [1, 2, 1]


def test_two_signature_chains_verify_and_each_is_checked(shop: Shop, clock) -> None:
    second, _, day2 = _two_register_day(shop, clock)
    for n, checkout in enumerate((shop.checkout, second, second, shop.checkout)):
        clock.advance(minutes=3)
        _sell(checkout, shop, shop.codes[n])
    _close(day2, shop)
    shop.close()
    report = verify_database(shop.path)
    assert report.ok, report.problems
    assert report.sales == 4
    assert main(["verify", "--db", str(shop.path)]) == 0

    # A changed signature in K2's chain is caught, and named as K2's.
    _tamper(
        shop.path,
        "UPDATE sales SET signature = 'AAAA' WHERE receipt_no = 2 AND register_id = "
        "(SELECT id FROM registers WHERE code = 'K2')",
    )
    broken = verify_database(shop.path)
    assert not broken.ok
    assert any("register K2" in problem for problem in broken.problems), broken.problems
    assert not any("register K1" in problem for problem in broken.problems), broken.problems


def test_a_shop_signing_with_hmac_gets_its_next_register_signing_alike(tmp_path: Path, clock) -> None:
    shop = make_shop(tmp_path / "hmac.sqlite3", clock, algorithm=HMAC_SHA1)
    try:
        add_register(shop.db, "KAFE", "Kafé", by=shop.admin, clock=clock)
        assert _rows(shop.path, "SELECT algorithm, public_key FROM signing_keys ORDER BY id") == [
            ("HMAC-SHA1", None),
            ("HMAC-SHA1", None),
        ]
        DayService(shop.db, register_code="KAFE", clock=clock).open_day(OPENING_FLOAT, operator=shop.cashier)
        kafe = CheckoutService(shop.db, register_code="KAFE", clock=clock)
        assert _sell(kafe, shop) == 1
        kafe.close()
    finally:
        shop.close()
    assert verify_database(shop.path).ok
