"""Who may do what at the till."""

from __future__ import annotations

from enum import StrEnum

from bruktpos.domain.errors import PermissionDenied


class Role(StrEnum):
    CASHIER = "cashier"  # sells
    LEADER = "leader"  # opens and closes the day, refunds, overrides, prices
    ADMIN = "admin"  # all a leader may, plus users and devices

    @property
    def rank(self) -> int:
        return {"cashier": 0, "leader": 1, "admin": 2}[self.value]


class Action(StrEnum):
    SELL = "sell"
    REFUND = "refund"
    PRICE_OVERRIDE = "price_override"
    VOID_AFTER_PAYMENT = "void_after_payment"
    DRAWER_WITHOUT_SALE = "drawer_without_sale"
    SETTINGS = "settings"
    MANAGE_USERS = "manage_users"
    TRAINING_MODE = "training_mode"


# The least role each action needs.
_NEEDS: dict[Action, Role] = {
    Action.SELL: Role.CASHIER,
    Action.REFUND: Role.LEADER,
    Action.PRICE_OVERRIDE: Role.LEADER,
    Action.VOID_AFTER_PAYMENT: Role.LEADER,
    Action.DRAWER_WITHOUT_SALE: Role.LEADER,
    Action.SETTINGS: Role.LEADER,
    Action.MANAGE_USERS: Role.ADMIN,
    # A leader switches a till to training and back, so that practice sales
    # can never be used to take real money off the books.
    Action.TRAINING_MODE: Role.LEADER,
}


def may(role: Role | str, action: Action) -> bool:
    return Role(role).rank >= _NEEDS[action].rank


def require(role: Role | str, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may do ``action``."""
    if not may(role, action):
        raise PermissionDenied(action.value, Role(role).value)
