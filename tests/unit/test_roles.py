"""Who may do what at the till, and the typed errors the core refuses with."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from bruktpos.domain import errors
from bruktpos.domain.errors import BruktError, InvalidPrice, ItemAlreadySold, PermissionDenied
from bruktpos.domain.roles import Action, Role, may, require, require_over

LEADER_ACTIONS = [
    Action.REFUND,
    Action.PRICE_OVERRIDE,
    Action.VOID_AFTER_PAYMENT,
    Action.DRAWER_WITHOUT_SALE,
    Action.SETTINGS,
    Action.CASH_OUT,
    Action.TAKE_OFF_SHELF,
    Action.MANAGE_CATALOGUE,
    Action.EXPORT_SAFT,
    Action.VIEW_JOURNAL,
    Action.DISCOUNT,
    Action.CASH_DIFFERENCE,
    Action.QUIT_TILL,
]


def test_action_names_are_stable():
    # They travel in PermissionDenied and the journal: renaming one is a change of format.
    assert {a.value for a in Action} == {
        "sell",
        "refund",
        "price_override",
        "void_after_payment",
        "drawer_without_sale",
        "settings",
        "training_mode",
        "manage_users",
        "open_day",
        "close_day",
        "x_report",
        "cash_in",
        "cash_out",
        "correct_count",
        "view_reports",
        "take_off_shelf",
        "receive_goods",
        "correct_donation",
        "manage_people",
        "manage_catalogue",
        "shop_details",
        "export_saft",
        "view_journal",
        "discount",
        "cash_difference",
        "quit_till",
    }


def test_roles_are_ranked():
    assert Role.CASHIER.rank < Role.LEADER.rank < Role.ADMIN.rank


@pytest.mark.parametrize("role", list(Role))
def test_everyone_may_sell(role):
    assert may(role, Action.SELL)
    require(role, Action.SELL)


@pytest.mark.parametrize("action", LEADER_ACTIONS)
def test_cashier_may_not_do_leader_actions(action):
    assert not may(Role.CASHIER, action)
    with pytest.raises(PermissionDenied) as info:
        require(Role.CASHIER, action)
    assert info.value.action == action.value
    assert info.value.role == "cashier"
    assert info.value.code == "permission_denied"


@pytest.mark.parametrize("action", LEADER_ACTIONS)
@pytest.mark.parametrize("role", [Role.LEADER, Role.ADMIN])
def test_leader_and_admin_may_do_leader_actions(role, action):
    assert may(role, action)
    require(role, action)


@pytest.mark.parametrize("action", [Action.MANAGE_USERS, Action.SHOP_DETAILS])
def test_only_admin_manages_users_and_the_shop_details(action):
    assert may(Role.ADMIN, action)
    require(Role.ADMIN, action)
    for role in (Role.CASHIER, Role.LEADER):
        assert not may(role, action)
        with pytest.raises(PermissionDenied) as info:
            require(role, action)
        assert info.value.action == action.value
        assert info.value.role == role.value


def test_leaders_manage_people_but_only_admins_touch_admins():
    for role in (Role.LEADER, Role.ADMIN):
        for target in (Role.CASHIER, Role.LEADER):
            require_over(role, target)
    require_over(Role.ADMIN, Role.ADMIN)
    with pytest.raises(PermissionDenied) as info:
        require_over(Role.LEADER, Role.ADMIN)
    assert (info.value.action, info.value.role) == ("manage_users", "leader")
    for target in Role:
        with pytest.raises(PermissionDenied) as info:
            require_over(Role.CASHIER, target)
        assert (info.value.action, info.value.role) == ("manage_people", "cashier")


def test_every_action_has_a_rule():
    for role in Role:
        for action in Action:
            assert isinstance(may(role, action), bool)


def test_role_given_as_text():
    # Roles come back from the database as plain strings.
    assert may("leader", Action.REFUND)
    assert not may("cashier", Action.REFUND)
    with pytest.raises(PermissionDenied) as info:
        require("cashier", Action.SETTINGS)
    assert info.value.facts() == {"action": "settings", "role": "cashier"}


def test_unknown_role_is_not_silently_allowed():
    with pytest.raises(ValueError):
        may("superuser", Action.SELL)
    with pytest.raises(ValueError):
        require("superuser", Action.REFUND)


# --- errors: the contract ui/ translates from --------------------------------


def _error_classes() -> list[type[BruktError]]:
    return [
        obj
        for obj in vars(errors).values()
        if isinstance(obj, type) and issubclass(obj, BruktError) and obj is not BruktError
    ]


def test_every_error_has_its_own_code():
    classes = _error_classes()
    codes = [cls.code for cls in classes]
    assert "error" not in codes
    assert len(codes) == len(set(codes))
    for cls in classes:
        assert dataclasses.is_dataclass(cls), cls.__name__
        assert cls.code.islower()


def test_error_facts_and_str():
    error = PermissionDenied("refund", "cashier")
    assert isinstance(error, BruktError)
    assert isinstance(error, Exception)
    assert error.facts() == {"action": "refund", "role": "cashier"}
    assert str(error) == "permission_denied(action='refund', role='cashier')"


def test_error_facts_keep_their_types():
    sold_at = datetime(2026, 11, 12, 14, 3)
    error = ItemAlreadySold("0401200003455", sold_at, 1234, "Kasse 1")
    assert error.facts() == {
        "item_code": "0401200003455",
        "sold_at": sold_at,
        "receipt_no": 1234,
        "register": "Kasse 1",
    }
    assert "receipt_no=1234" in str(error)


def test_error_without_facts():
    error = errors.EmptySale()
    assert error.facts() == {}
    assert str(error) == "empty_sale()"


def test_errors_are_caught_as_brukt_error():
    with pytest.raises(BruktError) as info:
        raise InvalidPrice(-1, 10_000_000)
    assert info.value.facts() == {"price": -1, "maximum": 10_000_000}
