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
    has_pin: bool = True  # False: added from a set-up file, cannot log in until given a PIN


# A display name fits on a login button in two lines.
MAX_NAME = 40


def clean_name(name: str) -> str:
    """A display name as stored, spaces trimmed; InvalidName if empty, too long or not printable."""
    from bruktpos.domain.errors import InvalidName

    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_NAME or not cleaned.isprintable():
        raise InvalidName(name, MAX_NAME)
    return cleaned


def same_name(a: str, b: str) -> bool:
    """Whether two display names would look the same on the login screen (case and spaces ignored)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
