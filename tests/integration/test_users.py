"""UserService on a real SQLite file: PIN login, lockout, roles."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import (
    InvalidPin,
    PermissionDenied,
    UnknownUser,
    UserInactive,
    UserLocked,
    WrongPin,
)
from bruktpos.domain.people import pin_seal
from bruktpos.domain.roles import Action, Role
from bruktpos.services.users import Operator, UserService, check_pin, hash_pin
from bruktpos.store.models import User
from bruktpos.store.schema import open_database

from .conftest import ADMIN_PIN, CASHIER_PIN, LEADER_PIN, Shop

WRONG = "9999"


def _query(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def _events(path: Path, event: str, user_id: int | None = None) -> list[sqlite3.Row]:
    rows = _query(path, "SELECT * FROM journal WHERE event = ? ORDER BY id", event)
    return [r for r in rows if user_id is None or r["user_id"] == user_id]


def _user(path: Path, user_id: int) -> sqlite3.Row:
    return _query(path, "SELECT * FROM users WHERE id = ?", user_id)[0]


def _table(path: Path, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in _query(path, f"SELECT * FROM {table} ORDER BY 1")]


def _lock(shop: Shop, user_id: int) -> datetime:
    """Five wrong PINs; returns when the lock runs out."""
    for _ in range(4):
        with pytest.raises(WrongPin):
            shop.users.login(user_id, WRONG)
    with pytest.raises(UserLocked) as caught:
        shop.users.login(user_id, WRONG)
    return caught.value.locked_until


# --- login -----------------------------------------------------------------


def test_login_with_right_pin_returns_operator_and_is_journalled(shop: Shop, clock) -> None:
    at = clock.advance(minutes=2)
    operator = shop.users.login(shop.cashier.id, CASHIER_PIN)
    assert operator == Operator(shop.cashier.id, "Ola", Role.CASHIER)
    assert shop.users.login(shop.leader.id, LEADER_PIN).role is Role.LEADER
    (event,) = _events(shop.path, "login", shop.cashier.id)
    assert event["at"] == at.isoformat(timespec="microseconds")
    assert event["register_id"] == shop.checkout.register.id
    assert event["saft_code"] == "13003"
    assert _events(shop.path, "login_failed") == []


def test_wrong_pins_count_down_then_lock(shop: Shop, clock) -> None:
    left = []
    for _ in range(4):
        clock.advance(seconds=3)
        with pytest.raises(WrongPin) as caught:
            shop.users.login(shop.cashier.id, WRONG)
        assert caught.value.user_id == shop.cashier.id
        left.append(caught.value.attempts_left)
    assert left == [4, 3, 2, 1]
    at = clock.advance(seconds=3)
    with pytest.raises(UserLocked) as caught:
        shop.users.login(shop.cashier.id, WRONG)
    assert caught.value.user_id == shop.cashier.id
    assert caught.value.locked_until == at + timedelta(minutes=5)

    failed = _events(shop.path, "login_failed", shop.cashier.id)
    assert [json.loads(e["details"])["attempt"] for e in failed] == [1, 2, 3, 4, 5]
    (locked,) = _events(shop.path, "user_locked", shop.cashier.id)
    assert json.loads(locked["details"])["until"] == (at + timedelta(minutes=5)).isoformat(
        timespec="microseconds"
    )
    row = _user(shop.path, shop.cashier.id)
    assert row["failed_attempts"] == 5
    assert datetime.fromisoformat(row["locked_until"]) == at + timedelta(minutes=5)
    assert _events(shop.path, "login", shop.cashier.id) == []
    # Another user is not affected.
    assert shop.users.login(shop.leader.id, LEADER_PIN).id == shop.leader.id


def test_locked_user_is_refused_even_with_right_pin_until_the_lock_runs_out(shop: Shop, clock) -> None:
    until = _lock(shop, shop.cashier.id)
    for wait in ({"seconds": 1}, {"minutes": 4, "seconds": 58}):
        clock.advance(**wait)
        with pytest.raises(UserLocked) as caught:
            shop.users.login(shop.cashier.id, CASHIER_PIN)
        assert caught.value.locked_until == until
    with pytest.raises(UserLocked):
        shop.users.authorize(shop.cashier.id, CASHIER_PIN, Action.SELL)
    assert _events(shop.path, "login", shop.cashier.id) == []

    clock.advance(seconds=2)  # 5 min 1 s after the lock
    assert shop.users.login(shop.cashier.id, CASHIER_PIN).id == shop.cashier.id
    assert len(_events(shop.path, "login", shop.cashier.id)) == 1
    row = _user(shop.path, shop.cashier.id)
    assert (row["failed_attempts"], row["locked_until"]) == (0, None)


def test_count_starts_again_when_the_lock_runs_out(shop: Shop, clock) -> None:
    _lock(shop, shop.cashier.id)
    clock.advance(minutes=5, seconds=1)
    with pytest.raises(WrongPin) as caught:
        shop.users.login(shop.cashier.id, WRONG)
    assert caught.value.attempts_left == 4


def test_right_pin_starts_the_count_again(shop: Shop) -> None:
    for expected in (4, 3, 2):
        with pytest.raises(WrongPin) as caught:
            shop.users.login(shop.cashier.id, WRONG)
        assert caught.value.attempts_left == expected
    shop.users.login(shop.cashier.id, CASHIER_PIN)
    assert _user(shop.path, shop.cashier.id)["failed_attempts"] == 0
    with pytest.raises(WrongPin) as caught:
        shop.users.login(shop.cashier.id, WRONG)
    assert caught.value.attempts_left == 4


def test_lock_is_kept_in_the_file(shop: Shop, clock) -> None:
    _lock(shop, shop.cashier.id)
    fresh = open_database(shop.path)
    try:
        again = UserService(fresh, clock=clock)
        with pytest.raises(UserLocked):
            again.login(shop.cashier.id, CASHIER_PIN)
    finally:
        fresh.dispose()


def test_wrong_pins_at_authorize_count_towards_the_lock(shop: Shop) -> None:
    for expected in (4, 3):
        with pytest.raises(WrongPin) as caught:
            shop.users.login(shop.leader.id, WRONG)
        assert caught.value.attempts_left == expected
    for expected in (2, 1):
        with pytest.raises(WrongPin) as caught:
            shop.users.authorize(shop.leader.id, WRONG, Action.REFUND)
        assert caught.value.attempts_left == expected
    with pytest.raises(UserLocked):
        shop.users.authorize(shop.leader.id, WRONG, Action.REFUND)
    with pytest.raises(UserLocked):
        shop.users.authorize(shop.leader.id, LEADER_PIN, Action.REFUND)
    failed = [json.loads(e["details"]) for e in _events(shop.path, "login_failed", shop.leader.id)]
    assert [f.get("attempt") for f in failed[:5]] == [1, 2, 3, 4, 5]
    assert failed[5:] == [{"while_locked": True}]  # a try while locked is journalled, not counted


def test_logout_is_journalled(shop: Shop, clock) -> None:
    operator = shop.users.login(shop.cashier.id, CASHIER_PIN)
    at = clock.advance(hours=3)
    shop.users.logout(operator)
    (event,) = _events(shop.path, "logout")
    assert event["user_id"] == shop.cashier.id
    assert event["at"] == at.isoformat(timespec="microseconds")
    assert event["register_id"] == shop.checkout.register.id
    assert event["saft_code"] == "13004"


def test_inactive_user_may_not_log_in(shop: Shop) -> None:
    with shop.db.write() as session:
        session.execute(update(User).where(User.id == shop.cashier.id).values(active=False))
    journal = _table(shop.path, "journal")
    with pytest.raises(UserInactive) as caught:
        shop.users.login(shop.cashier.id, CASHIER_PIN)
    assert caught.value.user_id == shop.cashier.id
    with pytest.raises(UserInactive):
        shop.users.authorize(shop.cashier.id, CASHIER_PIN, Action.SELL)
    assert _table(shop.path, "journal") == journal
    assert [u.name for u in shop.users.list_users()] == ["Astrid", "Kari"]
    everyone = shop.users.list_users(include_inactive=True)
    assert [(u.name, u.role, u.active) for u in everyone] == [
        ("Astrid", Role.ADMIN, True),
        ("Kari", Role.LEADER, True),
        ("Ola", Role.CASHIER, False),
    ]


def test_unknown_user(shop: Shop) -> None:
    journal = _table(shop.path, "journal")
    with pytest.raises(UnknownUser) as caught:
        shop.users.login(999, CASHIER_PIN)
    assert caught.value.user_id == 999
    with pytest.raises(UnknownUser):
        shop.users.authorize(999, LEADER_PIN, Action.REFUND)
    with pytest.raises(UnknownUser):
        shop.users.set_pin(999, "4321", by=shop.admin)
    assert _table(shop.path, "journal") == journal


# --- PINs ------------------------------------------------------------------


def test_pins_are_stored_hashed(shop: Shop) -> None:
    pins = {shop.admin.id: ADMIN_PIN, shop.leader.id: LEADER_PIN, shop.cashier.id: CASHIER_PIN}
    rows = _query(shop.path, "SELECT id, pin_hash FROM users")
    assert {r["id"] for r in rows} == set(pins)
    for row in rows:
        stored, pin = row["pin_hash"], pins[row["id"]]
        assert stored.startswith("scrypt$")
        assert pin not in stored
        scheme, n, r, p, salt, digest = stored.split("$")
        assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**14, 8, 1)
        assert len(salt) >= 24 and len(digest) >= 44
        assert check_pin(pin, stored)
        assert not check_pin(WRONG, stored)
    assert len({r["pin_hash"] for r in rows}) == 3
    # The same PIN twice gives two hashes (each has its own salt).
    assert hash_pin(CASHIER_PIN) != hash_pin(CASHIER_PIN)


def test_set_pin_lifts_a_lock_and_replaces_the_pin(shop: Shop, clock) -> None:
    _lock(shop, shop.cashier.id)
    clock.advance(minutes=1)
    shop.users.set_pin(shop.cashier.id, "246810", by=shop.admin)
    row = _user(shop.path, shop.cashier.id)
    assert (row["failed_attempts"], row["locked_until"]) == (0, None)
    assert "246810" not in row["pin_hash"]
    assert shop.users.login(shop.cashier.id, "246810").id == shop.cashier.id
    with pytest.raises(WrongPin) as caught:
        shop.users.login(shop.cashier.id, CASHIER_PIN)
    assert caught.value.attempts_left == 4
    (event,) = [
        e for e in _events(shop.path, "user_changed") if json.loads(e["details"])["action"] != "created"
    ]
    # Never the PIN nor its hash: the hash's seal, which verify holds the stored hash to.
    assert json.loads(event["details"]) == {
        "action": "pin_changed",
        "user": shop.cashier.id,
        "pin": pin_seal(row["pin_hash"]),
    }
    assert row["pin_hash"] not in event["details"]
    assert event["user_id"] == shop.admin.id


def test_users_may_change_their_own_pin_but_not_anothers(shop: Shop) -> None:
    shop.users.set_pin(shop.cashier.id, "8642", by=shop.cashier)
    assert check_pin("8642", _user(shop.path, shop.cashier.id)["pin_hash"])
    leader_hash, admin_hash = (_user(shop.path, u.id)["pin_hash"] for u in (shop.leader, shop.admin))
    with pytest.raises(PermissionDenied) as caught:
        shop.users.set_pin(shop.leader.id, "1357", by=shop.cashier)
    assert (caught.value.action, caught.value.role) == ("manage_people", "cashier")
    with pytest.raises(PermissionDenied) as caught:
        shop.users.set_pin(shop.admin.id, "1357", by=shop.leader)  # a leader never sets an admin's PIN
    assert (caught.value.action, caught.value.role) == ("manage_users", "leader")
    assert _user(shop.path, shop.leader.id)["pin_hash"] == leader_hash
    assert _user(shop.path, shop.admin.id)["pin_hash"] == admin_hash
    assert check_pin("8642", _user(shop.path, shop.cashier.id)["pin_hash"])
    shop.users.set_pin(shop.cashier.id, "1357", by=shop.leader)  # a cashier's forgotten PIN
    assert check_pin("1357", _user(shop.path, shop.cashier.id)["pin_hash"])


@pytest.mark.parametrize("pin", ["12", "abcd", "123456789", "", "12 34", "123a", "١٢٣٤", "-123"])
def test_invalid_new_pin_is_refused(shop: Shop, pin: str) -> None:
    users, journal = _table(shop.path, "users"), _table(shop.path, "journal")
    with pytest.raises(InvalidPin) as caught:
        shop.users.set_pin(shop.cashier.id, pin, by=shop.admin)
    assert caught.value.length == len(pin)
    with pytest.raises(InvalidPin):
        shop.users.set_pin(shop.cashier.id, pin, by=shop.cashier)
    with pytest.raises(InvalidPin):
        shop.users.create_user("Per", Role.CASHIER, pin, by=shop.admin)
    assert _table(shop.path, "users") == users
    assert _table(shop.path, "journal") == journal


@pytest.mark.parametrize("pin", ["1234", "12345678"])
def test_pins_of_four_to_eight_digits_are_accepted(pin: str) -> None:
    assert check_pin(pin, hash_pin(pin))


# --- roles -----------------------------------------------------------------


def test_only_an_admin_may_create_an_admin_and_a_cashier_nobody(shop: Shop) -> None:
    users, journal = _table(shop.path, "users"), _table(shop.path, "journal")
    for by, role, action in (
        (shop.cashier, Role.CASHIER, "manage_people"),
        (shop.leader, Role.ADMIN, "manage_users"),
    ):
        with pytest.raises(PermissionDenied) as caught:
            shop.users.create_user("Per", role, "4321", by=by)
        assert (caught.value.action, caught.value.role) == (action, by.role.value)
    assert _table(shop.path, "users") == users
    assert _table(shop.path, "journal") == journal
    assert shop.users.create_user("Per", Role.CASHIER, "4321", by=shop.leader).role is Role.CASHIER


def test_admin_creates_a_user_who_can_log_in(shop: Shop, clock) -> None:
    at = clock.advance(days=1)
    info = shop.users.create_user("  Per  ", Role.CASHIER, "13579", by=shop.admin)
    assert (info.name, info.role, info.active, info.locked_until) == ("Per", Role.CASHIER, True, None)
    assert "Per" in [u.name for u in shop.users.list_users()]
    (event,) = [
        e for e in _events(shop.path, "user_changed") if json.loads(e["details"]).get("user") == info.id
    ]
    assert json.loads(event["details"]) == {
        "action": "created",
        "user": info.id,
        "name": "Per",
        "role": "cashier",
        "pin": pin_seal(_user(shop.path, info.id)["pin_hash"]),
    }
    assert event["user_id"] == shop.admin.id
    assert event["at"] == at.isoformat(timespec="microseconds")
    assert _user(shop.path, info.id)["role"] == "cashier"
    assert shop.users.login(info.id, "13579") == Operator(info.id, "Per", Role.CASHIER)


def test_authorize_a_leader_on_the_spot(shop: Shop) -> None:
    logins = len(_events(shop.path, "login"))
    assert shop.users.authorize(shop.leader.id, LEADER_PIN, Action.REFUND) == shop.leader
    assert shop.users.authorize(shop.admin.id, ADMIN_PIN, Action.REFUND) == shop.admin
    assert len(_events(shop.path, "login")) == logins  # an approval is not a login
    with pytest.raises(PermissionDenied) as caught:
        shop.users.authorize(shop.cashier.id, CASHIER_PIN, Action.REFUND)
    assert (caught.value.action, caught.value.role) == ("refund", "cashier")
    with pytest.raises(PermissionDenied) as caught:
        shop.users.authorize(shop.leader.id, LEADER_PIN, Action.MANAGE_USERS)
    assert (caught.value.action, caught.value.role) == ("manage_users", "leader")
    with pytest.raises(WrongPin):
        shop.users.authorize(shop.leader.id, CASHIER_PIN, Action.REFUND)


def test_authorized_leader_approves_at_the_till(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.scan(cart, shop.codes[5])
    co.pay(cart, PaymentMethod.CARD, 1000)
    approver = shop.users.authorize(shop.leader.id, LEADER_PIN, Action.VOID_AFTER_PAYMENT)
    co.override_price(cart, line.line_id, 6000, operator=shop.cashier, approver=approver, reason="Skadet")
    assert cart.total == 6000
    (event,) = _events(shop.path, "price_override")
    assert json.loads(event["details"])["approved_by"] == shop.leader.id
