"""The people at the till, as plain data."""

from __future__ import annotations

import hashlib
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


def pin_seal(pin_hash: str) -> str:
    """A digest of a stored PIN hash, journalled each time the hash is set.

    ``verify`` holds each person's stored hash to the last seal the journal
    gave them, so a hash swapped in with ``sqlite3`` (for one whose PIN the
    swapper knows) is caught. The seal tells no more than the hash itself: a
    PIN can only be tried against it through the hash's scrypt.
    """
    return hashlib.sha256(pin_hash.encode()).hexdigest()
