"""What the chapter hub keeps of a shop's chains, so that ``verify --hub`` can hold the file against it.

Each closed day sends, per register, an :class:`Anchor`: the last receipt
number of the register's sales series with its signature, and the head of the
shop's journal (the last entry's id and hash), as they stood at the Z. The
register's public keys go too (:class:`HubKey`). The hub keeps every anchor
and the first key of each version, and a shop cannot change them afterwards;
so a file whose tail was cut, or whose history before the last sync was
rewritten, no longer matches what the hub holds. Plain data only: the hub
reads them (bruktpos.hub.anchors), the store compares (bruktpos.store.anchors).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Anchor:
    """One register's chains as they stood at one revision of a closed day's Z."""

    register_code: str
    business_date: date
    revision: int
    receipt_no: int  # the last receipt of the sales series (0: the register had sold nothing yet)
    signature: str | None  # that receipt's signature (None with receipt_no 0)
    journal_id: int  # the journal's last entry (the shop's one chain) …
    journal_hash: str  # … and its hash

    @property
    def sent_with(self) -> str:
        """How a finding names it: "the Z of 2026-11-12" (with the revision when it is a correction)."""
        again = f", revision {self.revision}" if self.revision > 1 else ""
        return f"the Z of {self.business_date.isoformat()}{again}"


@dataclass(frozen=True)
class HubKey:
    """A register's public key as the hub first received it (or a later one it refused)."""

    register_code: str
    key_version: int
    public_key: str  # PEM
    received_at: datetime


@dataclass(frozen=True)
class HubRecord:
    """Everything the hub holds of one shop's chains."""

    shop_code: str
    anchors: tuple[Anchor, ...] = ()
    keys: tuple[HubKey, ...] = ()  # the first of each (register, version): the one that counts
    refused_keys: tuple[HubKey, ...] = field(default=())  # later, different keys the hub refused

    @property
    def empty(self) -> bool:
        return not self.anchors and not self.keys


def same_key(a: str | None, b: str | None) -> bool:
    """Two PEM texts are the same key (line endings and the whitespace around them aside)."""
    if a is None or b is None:
        return a is b
    return _plain_pem(a) == _plain_pem(b)


def key_fingerprint(pem: str) -> str:
    """SHA-256 of the PEM as :func:`same_key` compares it (how the hub tells refused keys apart)."""
    return hashlib.sha256(_plain_pem(pem).encode("ascii", "replace")).hexdigest()


def _plain_pem(pem: str) -> str:
    return "\n".join(line.strip() for line in pem.strip().splitlines() if line.strip())
