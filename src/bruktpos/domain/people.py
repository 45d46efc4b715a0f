"""The people at the till, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bruktpos.domain.roles import Role

# A PIN is 4–8 digits.
PIN_LENGTHS = range(4, 9)


@dataclass(frozen=True)
class Operator:
    """Someone logged in (or a leader approving on the spot)."""

    id: int
    name: str
    role: Role


@dataclass(frozen=True)
class UserInfo:
    """A person as the login screen lists them."""

    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
