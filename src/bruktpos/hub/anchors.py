"""The anchors of each closed day and the registers' public keys: taken at the Z, sent, read back.

* :func:`register_anchor` is the ``anchor`` of a day's summary
  (:func:`bruktpos.hub.outbox.build_day_summary`, in the Z's transaction): the
  register's last receipt number and signature and the journal's head;
* :func:`send_anchors` runs inside the push's hub transaction: every anchor
  goes into the append-only ``register_anchors`` (a revision already there
  is left as it first came), every public key into ``register_keys`` (the
  first PEM of a version is kept; a later, different one is refused and
  recorded in ``register_key_refusals``);
* :func:`read_hub_record` is what ``verify --hub`` reads back; the comparison
  itself is :func:`bruktpos.store.anchors.compare_with_hub`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bruktpos.domain.anchors import Anchor, HubKey, HubRecord, key_fingerprint, same_key
from bruktpos.hub.link import DEFAULT_TIMEOUTS, HubTimeouts, run_bounded
from bruktpos.hub.schema import (
    register_anchors,
    register_key_refusals,
    register_keys,
    safe_url,
    schema_version,
)

log = logging.getLogger(__name__)

ANCHORS_SINCE = 6  # the hub schema version that brought the anchor tables

_LAST_RECEIPT = text(
    "SELECT receipt_no, signature, key_version FROM sales"
    " WHERE register_id = :register AND training = 0 ORDER BY receipt_no DESC LIMIT 1"
)
_JOURNAL_HEAD = text("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1")
# Only these three columns: the private part may live elsewhere (a key file).
_PUBLIC_KEYS = text(
    "SELECT r.code, k.key_version, k.public_key FROM signing_keys k JOIN registers r ON r.id = k.register_id"
    " WHERE k.public_key IS NOT NULL ORDER BY r.code, k.key_version"
)


class HubHasNoAnchors(Exception):
    """The database is no hub, or a hub older than the anchors (``bruktpos hub init`` upgrades it)."""


def _connection(conn: Connection | Session) -> Connection:
    return conn.connection() if isinstance(conn, Session) else conn


def register_anchor(conn: Connection | Session, register_id: int) -> dict[str, Any]:
    """The register's chains as they stand now: ``receipt_no``, ``signature``, ``key_version``,
    ``journal_id``, ``journal_hash`` (receipt 0 and None before the register's first sale)."""
    conn = _connection(conn)
    receipt = conn.execute(_LAST_RECEIPT, {"register": register_id}).first()
    head = conn.execute(_JOURNAL_HEAD).first()
    return {
        "receipt_no": int(receipt.receipt_no) if receipt else 0,
        "signature": str(receipt.signature) if receipt else None,
        "key_version": int(receipt.key_version) if receipt else None,
        "journal_id": int(head.id) if head else 0,
        "journal_hash": str(head.hash) if head else "",
    }


def public_keys(conn: Connection | Session) -> list[tuple[str, int, str]]:
    """``(register code, key version, PEM)`` of every register's public key in the shop's file."""
    return [(str(c), int(v), str(pem)) for c, v, pem in _connection(conn).execute(_PUBLIC_KEYS)]


def anchor_row(payload: dict[str, Any], code: str, register: str, now: datetime) -> dict[str, Any] | None:
    """The ``register_anchors`` row of one outbox payload (None: queued before days carried anchors)."""
    anchor = payload.get("anchor")
    if not isinstance(anchor, dict):
        return None
    return {
        "shop_code": code,
        "register_code": register,
        "business_date": date.fromisoformat(payload["business_date"]),
        "revision": int(payload["revision"]),
        "received_at": now,
        "receipt_no": int(anchor["receipt_no"]),
        "signature": anchor["signature"],
        "key_version": anchor["key_version"],
        "journal_id": int(anchor["journal_id"]),
        "journal_hash": str(anchor["journal_hash"]),
    }


def send_anchors(
    hub: Connection,
    code: str,
    anchors: Iterable[dict[str, Any]],
    keys: Iterable[tuple[str, int, str]],
    now: datetime,
) -> list[str]:
    """Add the anchors and keys in the push's hub transaction; returns the keys refused ("K1 v1")."""
    insert = postgresql.insert if hub.dialect.name == "postgresql" else sqlite.insert
    rows = list(anchors)
    if rows:
        hub.execute(insert(register_anchors).on_conflict_do_nothing(), rows)
    keys = list(keys)
    if not keys:
        return []
    hub.execute(
        insert(register_keys).on_conflict_do_nothing(),
        [
            {"shop_code": code, "register_code": r, "key_version": v, "public_key": pem, "received_at": now}
            for r, v, pem in keys
        ],
    )
    held = {
        (row.register_code, row.key_version): row.public_key
        for row in hub.execute(
            select(
                register_keys.c.register_code, register_keys.c.key_version, register_keys.c.public_key
            ).where(register_keys.c.shop_code == code)
        )
    }
    refused = [(r, v, pem) for r, v, pem in keys if not same_key(held.get((r, v)), pem)]
    if refused:
        hub.execute(
            insert(register_key_refusals).on_conflict_do_nothing(),
            [
                {
                    "shop_code": code,
                    "register_code": r,
                    "key_version": v,
                    "fingerprint": key_fingerprint(pem),
                    "public_key": pem,
                    "received_at": now,
                }
                for r, v, pem in refused
            ],
        )
        log.warning(
            "the hub refused %d public key(s) of shop %s: another key was sent before for %s",
            len(refused),
            code,
            ", ".join(f"register {r} version {v}" for r, v, _ in refused),
        )
    return [f"{r} v{v}" for r, v, _ in refused]


def read_hub_record(url: str, code: str, *, timeouts: HubTimeouts = DEFAULT_TIMEOUTS) -> HubRecord:
    """What the hub holds of shop ``code``'s chains; bounded like a push (:func:`run_bounded`).

    Raises what the hub raised, :class:`~bruktpos.hub.link.HubTimeout`, or
    :class:`HubHasNoAnchors` for a database that is no hub or one too old.
    """

    def read(hub: Connection) -> HubRecord:
        version = schema_version(hub)
        if version is None:
            raise HubHasNoAnchors(f"{safe_url(url)} is not a hub")
        if version < ANCHORS_SINCE:
            raise HubHasNoAnchors(
                f"the hub at {safe_url(url)} is older than the anchors (schema version {version}): "
                "run `bruktpos hub init` on it to upgrade it"
            )
        anchors = tuple(
            Anchor(
                register_code=row.register_code,
                business_date=row.business_date,
                revision=row.revision,
                receipt_no=row.receipt_no,
                signature=row.signature,
                journal_id=row.journal_id,
                journal_hash=row.journal_hash,
            )
            for row in hub.execute(
                select(register_anchors)
                .where(register_anchors.c.shop_code == code)
                .order_by(register_anchors.c.business_date, register_anchors.c.revision)
            )
        )
        keys, refused = (
            tuple(
                HubKey(row.register_code, row.key_version, row.public_key, row.received_at)
                for row in hub.execute(select(table).where(table.c.shop_code == code))
            )
            for table in (register_keys, register_key_refusals)
        )
        return HubRecord(shop_code=code, anchors=anchors, keys=keys, refused_keys=refused)

    return run_bounded(url, read, timeouts=timeouts)
