"""PeopleService on a real SQLite file: every rule of the "Folk" screen and ``bruktpos users``."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.domain.errors import (
    InvalidName,
    InvalidPin,
    LastAdmin,
    NameTaken,
    PermissionDenied,
    UnknownUser,
    UserInactive,
    UserLocked,
    WrongPin,
)
from bruktpos.domain.people import MAX_NAME, Operator
from bruktpos.domain.roles import Action, Role
from bruktpos.services.people import PeopleService
from bruktpos.store.integrity import verify_database

from .conftest import ADMIN_PIN, CASHIER_PIN, LEADER_PIN, Shop

WRONG = "9999"


def _rows(path: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(path)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute(sql, params).fetchall()


def _changes(path: Path) -> list[tuple[int, dict]]:
    """Every ``user_changed`` entry after the test shop was made: (who did it, details)."""
    rows = _rows(
        path, "SELECT user_id, details, saft_code FROM journal WHERE event = 'user_changed' ORDER BY id"
    )
    assert {r["saft_code"] for r in rows} == {"13999"}
    changes = [(r["user_id"], json.loads(r["details"])) for r in rows][3:]  # admin, leader, cashier made
    for _by, details in changes:
        # A PIN set carries its hash's seal (verify holds the hash to it: test_tamper.py), never the PIN.
        seal = details.pop("pin", None)
        assert seal is None or (len(seal) == 64 and details["action"] in ("created", "pin_changed")), details
    return changes


def _snapshot(path: Path) -> tuple[list[tuple], list[tuple]]:
    return (
        [tuple(r) for r in _rows(path, "SELECT * FROM users ORDER BY id")],
        [tuple(r) for r in _rows(path, "SELECT * FROM journal ORDER BY id")],
    )


@pytest.fixture
def people(shop: Shop, clock) -> PeopleService:
    return PeopleService(shop.db, register_id=shop.checkout.register.id, clock=clock)


def _lock_out(shop: Shop, user_id: int) -> None:
    for _ in range(4):
        with pytest.raises(WrongPin):
            shop.users.login(user_id, WRONG)
    with pytest.raises(UserLocked):
        shop.users.login(user_id, WRONG)


# --- a cashier may do none of it ----------------------------------------------


def test_a_cashier_can_do_none_of_it(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    cashier, leader = shop.cashier, shop.leader
    attempts = [
        lambda: people.add_person("Per", Role.CASHIER, "4321", by=cashier),
        lambda: people.set_role(leader.id, Role.CASHIER, by=cashier),
        lambda: people.set_role(cashier.id, Role.LEADER, by=cashier),
        lambda: people.set_pin(leader.id, "4321", by=cashier),
        lambda: people.unlock(leader.id, by=cashier),
        lambda: people.deactivate(leader.id, by=cashier),
        lambda: people.reactivate(leader.id, by=cashier),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert (caught.value.action, caught.value.role) == ("manage_people", "cashier")
    assert _snapshot(shop.path) == before


def test_a_cashier_may_still_change_their_own_pin(shop: Shop, people: PeopleService) -> None:
    people.set_pin(shop.cashier.id, "86420", by=shop.cashier)
    assert shop.users.login(shop.cashier.id, "86420") == shop.cashier
    assert _changes(shop.path) == [(shop.cashier.id, {"action": "pin_changed", "user": shop.cashier.id})]


# --- a leader looks after cashiers and leaders, never administrators ----------


def test_a_leader_adds_cashiers_and_leaders_who_can_log_in(shop: Shop, people: PeopleService) -> None:
    per = people.add_person("  Per   Hansen ", Role.CASHIER, "13579", by=shop.leader)
    lise = people.add_person("Lise", Role.LEADER, "24680", by=shop.leader)
    assert (per.name, per.role, per.active, per.locked) == ("Per Hansen", Role.CASHIER, True, False)
    assert shop.users.login(per.id, "13579") == Operator(per.id, "Per Hansen", Role.CASHIER)
    assert shop.users.authorize(lise.id, "24680", Action.REFUND).role is Role.LEADER
    assert _changes(shop.path) == [
        (shop.leader.id, {"action": "created", "user": per.id, "name": "Per Hansen", "role": "cashier"}),
        (shop.leader.id, {"action": "created", "user": lise.id, "name": "Lise", "role": "leader"}),
    ]


def test_a_leader_may_not_make_or_change_an_administrator(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    leader, admin, cashier = shop.leader, shop.admin, shop.cashier
    attempts = [
        lambda: people.add_person("Per", Role.ADMIN, "4321", by=leader),
        lambda: people.set_role(cashier.id, Role.ADMIN, by=leader),
        lambda: people.set_role(leader.id, Role.ADMIN, by=leader),  # not themself either
        lambda: people.set_role(admin.id, Role.LEADER, by=leader),
        lambda: people.set_pin(admin.id, "4321", by=leader),
        lambda: people.deactivate(admin.id, by=leader),
        lambda: people.unlock(admin.id, by=leader),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert (caught.value.action, caught.value.role) == ("manage_users", "leader")
    assert _snapshot(shop.path) == before


def test_a_leader_changes_roles_between_cashier_and_leader(shop: Shop, people: PeopleService) -> None:
    promoted = people.set_role(shop.cashier.id, Role.LEADER, by=shop.leader)
    assert promoted.role is Role.LEADER
    assert shop.users.authorize(shop.cashier.id, CASHIER_PIN, Action.REFUND).role is Role.LEADER
    people.set_role(shop.cashier.id, Role.CASHIER, by=shop.leader)
    with pytest.raises(PermissionDenied):
        shop.users.authorize(shop.cashier.id, CASHIER_PIN, Action.REFUND)
    assert _changes(shop.path) == [
        (
            shop.leader.id,
            {"action": "role_changed", "user": shop.cashier.id, "from": "cashier", "to": "leader"},
        ),
        (
            shop.leader.id,
            {"action": "role_changed", "user": shop.cashier.id, "from": "leader", "to": "cashier"},
        ),
    ]


def test_the_same_role_again_changes_and_journals_nothing(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    assert people.set_role(shop.cashier.id, Role.CASHIER, by=shop.leader).role is Role.CASHIER
    assert _snapshot(shop.path) == before


def test_an_admin_may_do_all_of_it(shop: Shop, people: PeopleService) -> None:
    second = people.add_person("Berit", Role.ADMIN, "55555", by=shop.admin)
    people.set_role(shop.leader.id, Role.ADMIN, by=shop.admin)
    people.set_role(shop.leader.id, Role.LEADER, by=shop.admin)
    people.set_pin(second.id, "66666", by=shop.admin)
    people.deactivate(second.id, by=shop.admin)
    people.reactivate(second.id, by=shop.admin)
    assert shop.users.login(second.id, "66666").role is Role.ADMIN
    assert [d["action"] for _, d in _changes(shop.path)] == [
        "created",
        "role_changed",
        "role_changed",
        "pin_changed",
        "deactivated",
        "reactivated",
    ]
    assert {by for by, _ in _changes(shop.path)} == {shop.admin.id}


# --- the last active administrator --------------------------------------------


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    admin = shop.admin
    with pytest.raises(LastAdmin) as caught:
        people.deactivate(admin.id, by=admin)
    assert caught.value.facts() == {"user_id": admin.id, "name": "Astrid", "change": "deactivate"}
    for role in (Role.LEADER, Role.CASHIER):
        with pytest.raises(LastAdmin) as caught:
            people.set_role(admin.id, role, by=admin)
        assert caught.value.change == "demote"
    assert _snapshot(shop.path) == before
    assert shop.users.login(admin.id, ADMIN_PIN).role is Role.ADMIN


def test_with_a_second_admin_one_may_step_down(shop: Shop, people: PeopleService) -> None:
    berit = people.add_person("Berit", Role.ADMIN, "55555", by=shop.admin)
    berit_op = shop.users.login(berit.id, "55555")
    people.set_role(shop.admin.id, Role.LEADER, by=berit_op)
    # Berit is now the only active admin: she cannot go, not even by her own hand.
    with pytest.raises(LastAdmin):
        people.deactivate(berit.id, by=berit_op)
    with pytest.raises(LastAdmin):
        people.set_role(berit.id, Role.CASHIER, by=berit_op)


def test_a_switched_off_admin_does_not_count_as_the_one_left(shop: Shop, people: PeopleService) -> None:
    berit = people.add_person("Berit", Role.ADMIN, "55555", by=shop.admin)
    people.deactivate(berit.id, by=shop.admin)
    with pytest.raises(LastAdmin):
        people.deactivate(shop.admin.id, by=shop.admin)
    # A switched-off admin may be demoted: it leaves the active admins as they are.
    assert people.set_role(berit.id, Role.CASHIER, by=shop.admin).role is Role.CASHIER


# --- names ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["kari", "KARI", "  Kari ", "Kari"])
def test_names_are_unique_ignoring_case_and_spaces(shop: Shop, people: PeopleService, name: str) -> None:
    before = _snapshot(shop.path)
    with pytest.raises(NameTaken) as caught:
        people.add_person(name, Role.CASHIER, "4321", by=shop.admin)
    assert caught.value.facts() == {"name": "Kari", "user_id": shop.leader.id, "active": True}
    with pytest.raises(NameTaken):
        people.check_new_name(name)
    assert _snapshot(shop.path) == before


def test_a_switched_off_persons_name_is_still_taken(shop: Shop, people: PeopleService) -> None:
    people.deactivate(shop.cashier.id, by=shop.leader)
    with pytest.raises(NameTaken) as caught:
        people.add_person("ola", Role.CASHIER, "4321", by=shop.leader)
    assert (caught.value.name, caught.value.active) == ("Ola", False)
    assert people.add_person("Ola N.", Role.CASHIER, "4321", by=shop.leader).name == "Ola N."


@pytest.mark.parametrize("name", ["", "   ", "x" * (MAX_NAME + 1), "Per\tHansen\x00", "Per\x07"])
def test_a_name_must_be_printable_and_fit(shop: Shop, people: PeopleService, name: str) -> None:
    before = _snapshot(shop.path)
    with pytest.raises(InvalidName) as caught:
        people.add_person(name, Role.CASHIER, "4321", by=shop.admin)
    assert caught.value.maximum == MAX_NAME
    with pytest.raises(InvalidName):
        people.check_new_name(name)
    assert _snapshot(shop.path) == before
    assert people.check_new_name("x" * MAX_NAME) == "x" * MAX_NAME


def test_a_bad_pin_adds_nobody(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    with pytest.raises(InvalidPin):
        people.add_person("Per", Role.CASHIER, "12", by=shop.leader)
    assert _snapshot(shop.path) == before


# --- PINs and lockouts --------------------------------------------------------


def test_a_leader_resets_a_cashiers_pin_and_that_lifts_a_lockout(shop: Shop, people: PeopleService) -> None:
    _lock_out(shop, shop.cashier.id)
    assert next(p for p in people.list_people() if p.id == shop.cashier.id).locked
    people.set_pin(shop.cashier.id, "97531", by=shop.leader)
    assert not next(p for p in people.list_people() if p.id == shop.cashier.id).locked
    assert shop.users.login(shop.cashier.id, "97531") == shop.cashier
    hashes = _rows(shop.path, "SELECT pin_hash FROM users WHERE id = ?", shop.cashier.id)
    assert "97531" not in hashes[0]["pin_hash"]
    journal_text = " ".join(r["details"] or "" for r in _rows(shop.path, "SELECT details FROM journal"))
    assert "97531" not in journal_text


def test_a_leader_unlocks_after_five_wrong_pins(shop: Shop, people: PeopleService, clock) -> None:
    _lock_out(shop, shop.cashier.id)
    with pytest.raises(UserLocked):
        shop.users.login(shop.cashier.id, CASHIER_PIN)  # the right PIN, but locked
    assert people.unlock(shop.cashier.id, by=shop.leader) is True
    (person,) = [p for p in people.list_people() if p.id == shop.cashier.id]
    assert (person.locked, person.locked_until) == (False, None)
    assert shop.users.login(shop.cashier.id, CASHIER_PIN) == shop.cashier  # the old PIN works again
    assert _changes(shop.path) == [(shop.leader.id, {"action": "unlocked", "user": shop.cashier.id})]
    # The count starts again from nothing: four wrong PINs do not lock.
    for attempt in range(4):
        with pytest.raises(WrongPin) as caught:
            shop.users.login(shop.cashier.id, WRONG)
        assert caught.value.attempts_left == 4 - attempt


def test_unlocking_someone_not_locked_does_nothing(shop: Shop, people: PeopleService) -> None:
    before = _snapshot(shop.path)
    assert people.unlock(shop.cashier.id, by=shop.leader) is False
    assert _snapshot(shop.path) == before


def test_only_an_admin_unlocks_an_admin(shop: Shop, people: PeopleService) -> None:
    berit = people.add_person("Berit", Role.ADMIN, "55555", by=shop.admin)
    _lock_out(shop, berit.id)
    with pytest.raises(PermissionDenied):
        people.unlock(berit.id, by=shop.leader)
    assert people.unlock(berit.id, by=shop.admin)
    assert shop.users.login(berit.id, "55555").name == "Berit"


# --- switching off and on -----------------------------------------------------


def test_a_switched_off_person_cannot_log_in_or_approve_but_keeps_their_sales(
    shop: Shop, people: PeopleService
) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.scan(cart, shop.codes[0])
    from bruktpos.domain.cart import PaymentMethod

    shop.checkout.pay(cart, PaymentMethod.CARD, 4950)
    sale = shop.checkout.complete(cart, operator=shop.cashier)
    people.deactivate(shop.cashier.id, by=shop.leader)
    people.deactivate(shop.leader.id, by=shop.admin)
    with pytest.raises(UserInactive):
        shop.users.login(shop.cashier.id, CASHIER_PIN)
    with pytest.raises(UserInactive):
        shop.users.authorize(shop.leader.id, LEADER_PIN, Action.REFUND)
    assert [u.name for u in shop.users.list_users()] == ["Astrid"]  # the login screen
    listed = people.list_people()
    assert [(p.name, p.active) for p in listed] == [("Astrid", True), ("Kari", False), ("Ola", False)]
    (operator,) = _rows(shop.path, "SELECT operator_id FROM sales WHERE id = ?", sale.sale_id)
    assert operator[0] == shop.cashier.id
    assert _rows(shop.path, "SELECT name FROM users WHERE id = ?", shop.cashier.id)[0][0] == "Ola"
    people.reactivate(shop.cashier.id, by=shop.admin)
    assert shop.users.login(shop.cashier.id, CASHIER_PIN) == shop.cashier  # old role and PIN
    assert _changes(shop.path) == [
        (shop.leader.id, {"action": "deactivated", "user": shop.cashier.id}),
        (shop.admin.id, {"action": "deactivated", "user": shop.leader.id}),
        (shop.admin.id, {"action": "reactivated", "user": shop.cashier.id}),
    ]
    assert verify_database(shop.path).ok


def test_switching_off_twice_journals_once(shop: Shop, people: PeopleService) -> None:
    people.deactivate(shop.cashier.id, by=shop.leader)
    people.deactivate(shop.cashier.id, by=shop.leader)
    people.reactivate(shop.cashier.id, by=shop.leader)
    people.reactivate(shop.cashier.id, by=shop.leader)
    assert [d["action"] for _, d in _changes(shop.path)] == ["deactivated", "reactivated"]


def test_unknown_people_are_refused(shop: Shop, people: PeopleService) -> None:
    for attempt in (
        lambda: people.set_role(999, Role.CASHIER, by=shop.admin),
        lambda: people.deactivate(999, by=shop.admin),
        lambda: people.reactivate(999, by=shop.admin),
        lambda: people.unlock(999, by=shop.admin),
        lambda: people.set_pin(999, "4321", by=shop.admin),
    ):
        with pytest.raises(UnknownUser):
            attempt()


def test_find_ignores_case_and_spaces(people: PeopleService) -> None:
    assert people.find(" kari ").name == "Kari"
    assert people.find("Nobody") is None


# --- the command line's recovery of an administrator's PIN -------------------------


def test_an_admins_forgotten_pin_is_recovered_without_anyones_pin(shop: Shop, people: PeopleService) -> None:
    _lock_out(shop, shop.admin.id)
    people.recover_admin_pin(shop.admin.id, "31415", os_user="it-helper")
    assert shop.users.login(shop.admin.id, "31415").role is Role.ADMIN  # and the lockout is gone
    assert _changes(shop.path)[-1] == (
        None,
        {"action": "pin_changed", "user": shop.admin.id, "by": "command line", "os_user": "it-helper"},
    )
    rows = _rows(shop.path, "SELECT user_id, details FROM journal WHERE event = 'user_changed' ORDER BY id")
    assert "31415" not in " ".join(r["details"] for r in rows)
    assert verify_database(shop.path).ok


@pytest.mark.parametrize("who", ["leader", "cashier"])
def test_recovery_is_only_for_an_administrator(shop: Shop, people: PeopleService, who: str) -> None:
    from bruktpos.domain.errors import RecoveryRefused

    before = _snapshot(shop.path)
    person = getattr(shop, who)
    with pytest.raises(RecoveryRefused) as caught:
        people.recover_admin_pin(person.id, "31415", os_user="it-helper")
    assert caught.value.facts() == {"user_id": person.id, "name": person.name, "role": who}
    assert _snapshot(shop.path) == before


# --- the person doing it, as stored now --------------------------------------------


def test_rights_are_those_stored_now_not_those_at_login(shop: Shop, people: PeopleService) -> None:
    """Kari, logged in as a leader, is made a cashier (at another till): her session may no longer manage."""
    kari_at_login = shop.leader
    people.set_role(shop.leader.id, Role.CASHIER, by=shop.admin)
    before = _snapshot(shop.path)
    for attempt in (
        lambda: people.add_person("Per", Role.CASHIER, "4321", by=kari_at_login),
        lambda: people.set_role(shop.cashier.id, Role.LEADER, by=kari_at_login),
        lambda: people.set_pin(shop.cashier.id, "4321", by=kari_at_login),
        lambda: people.deactivate(shop.cashier.id, by=kari_at_login),
    ):
        with pytest.raises(PermissionDenied) as caught:
            attempt()
        assert (caught.value.action, caught.value.role) == ("manage_people", "cashier")
    assert _snapshot(shop.path) == before
    _lock_out(shop, shop.cashier.id)
    before = _snapshot(shop.path)
    with pytest.raises(PermissionDenied):
        people.unlock(shop.cashier.id, by=kari_at_login)
    assert _snapshot(shop.path) == before


def test_a_switched_off_leader_can_change_no_one(shop: Shop, people: PeopleService) -> None:
    kari_at_login = shop.leader
    people.deactivate(shop.leader.id, by=shop.admin)
    before = _snapshot(shop.path)
    for attempt in (
        lambda: people.add_person("Per", Role.CASHIER, "4321", by=kari_at_login),
        lambda: people.reactivate(shop.leader.id, by=kari_at_login),  # not even herself
        lambda: people.set_pin(shop.cashier.id, "4321", by=kari_at_login),
    ):
        with pytest.raises(UserInactive):
            attempt()
    assert _snapshot(shop.path) == before
