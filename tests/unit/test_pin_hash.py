"""PIN hashes, and the one PIN checked ahead of the start's services (domain.pin_hash)."""

from __future__ import annotations

import hashlib

import pytest

from bruktpos.domain import pin_hash
from bruktpos.domain.errors import InvalidPin
from bruktpos.domain.pin_hash import check_pin, check_pin_ahead, hash_pin


@pytest.fixture
def scrypts(monkeypatch) -> list[int]:
    """How many scrypts ran (each call appends one)."""
    calls: list[int] = []
    real = hashlib.scrypt

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pin_hash.hashlib, "scrypt", counted)
    monkeypatch.setattr(pin_hash, "_AHEAD", pin_hash._Ahead())  # nothing kept from another test
    return calls


def test_a_hash_takes_its_own_pin_only() -> None:
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$")
    assert check_pin("2468", stored)
    assert not check_pin("2469", stored)
    assert hash_pin("2468") != stored  # salted
    assert not check_pin("2468", "not a hash")
    with pytest.raises(InvalidPin):
        hash_pin("12a4")


def test_an_answer_checked_ahead_is_used_once(scrypts: list[int]) -> None:
    stored = hash_pin("2468")
    scrypts.clear()
    assert check_pin_ahead("2468", stored)
    assert check_pin("2468", stored)  # the answer kept: no second scrypt
    assert len(scrypts) == 1
    assert check_pin("2468", stored)  # used up: checked in full again
    assert len(scrypts) == 2


def test_a_wrong_pin_checked_ahead_stays_wrong(scrypts: list[int]) -> None:
    stored = hash_pin("2468")
    scrypts.clear()
    assert not check_pin_ahead("1357", stored)
    assert not check_pin("1357", stored)
    assert len(scrypts) == 1


@pytest.mark.parametrize("other", ["pin", "hash"])
def test_another_pin_or_hash_is_checked_in_full(scrypts: list[int], other: str) -> None:
    stored, changed = hash_pin("2468"), hash_pin("1357")
    scrypts.clear()
    check_pin_ahead("2468", stored)
    if other == "pin":
        assert not check_pin("1357", stored)
    else:  # the PIN was changed meanwhile: the new hash decides
        assert check_pin("1357", changed)
    assert len(scrypts) == 2


def test_an_old_answer_is_not_used(scrypts: list[int], monkeypatch) -> None:
    stored = hash_pin("2468")
    check_pin_ahead("2468", stored)
    scrypts.clear()
    later = pin_hash.time.monotonic() + pin_hash.AHEAD_S + 1
    monkeypatch.setattr(pin_hash.time, "monotonic", lambda: later)
    assert check_pin("2468", stored)
    assert len(scrypts) == 1
