"""PINs as salted scrypt hashes (standard library), and one PIN checked ahead of the start.

A PIN is stored only as ``scrypt$N$r$p$salt$digest``. Its check costs about
50 ms of scrypt on purpose (guessing a 4-digit PIN from a stolen file is
slow), which the start would pay after its services had loaded: the first
PIN is typed while they load, and is checked only through them, since the
check also counts wrong tries and journals the login.

:func:`check_pin_ahead` does the scrypt at once instead, in the login's own
thread and mostly outside the GIL, beside the loading services, against the
hash the start's quick look read. The answer is kept for that one PIN and
hash, for :data:`AHEAD_S` seconds, and used once: when the services then
check the same PIN against the same stored hash (:func:`check_pin`), they
get the answer at once. Against any other hash (the PIN was changed
meanwhile) or another PIN, or later, the check is made in full. So nothing
about what is checked, counted or journalled changes; only when the
scrypt runs (issue 18).

This module imports nothing heavy: it is used before the services are there.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time

from bruktpos.domain.errors import InvalidPin
from bruktpos.domain.people import PIN_LENGTHS

# scrypt cost: about 50 ms per check on a small shop PC; enough to make
# guessing a 4-digit PIN from a stolen file slow, quick enough at the till.
_N, _R, _P = 2**14, 8, 1
AHEAD_S = 30.0  # how long an answer checked ahead is kept for the services' check


def check_pin_format(pin: str) -> None:
    """Raises :class:`InvalidPin` unless ``pin`` is ASCII digits, as many as PIN_LENGTHS allows."""
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise InvalidPin(len(pin))


def hash_pin(pin: str) -> str:
    """A new salted scrypt hash of ``pin`` (a valid PIN, see :func:`check_pin_format`)."""
    check_pin_format(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def _scrypt_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


class _Ahead:
    """The one answer checked ahead: (stored hash, PIN, answer, when), used once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entry: tuple[str, str, bool, float] | None = None

    def keep(self, stored: str, pin: str, answer: bool) -> None:
        with self._lock:
            self._entry = (stored, pin, answer, time.monotonic())

    def take(self, stored: str, pin: str) -> bool | None:
        """The answer kept for this hash and PIN (once, while fresh), else None."""
        with self._lock:
            entry, self._entry = self._entry, None
        if entry is None:
            return None
        kept_stored, kept_pin, answer, at = entry
        fresh = time.monotonic() - at <= AHEAD_S
        if fresh and hmac.compare_digest(kept_stored, stored) and hmac.compare_digest(kept_pin, pin):
            return answer
        return None


_AHEAD = _Ahead()


def check_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from (the scrypt, unless checked ahead)."""
    answer = _AHEAD.take(stored, pin)
    if answer is not None:
        return answer
    return _scrypt_matches(pin, stored)


def check_pin_ahead(pin: str, stored: str) -> bool:
    """Check ``pin`` now, and keep the answer for the services' own check of it (see the module)."""
    answer = _scrypt_matches(pin, stored)
    _AHEAD.keep(stored, pin, answer)
    return answer
