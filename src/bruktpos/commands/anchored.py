"""``bruktpos verify --hub``: the part that reads the chapter hub's anchors and keys.

The file is first verified alone (``cli._verify``); then the hub the till
pushes to (or the URL given) is asked what it holds of this shop, and
:func:`bruktpos.store.anchors.check_against_hub` holds the file against it.
A hub that cannot answer, or holds nothing of this shop yet, is "cannot
check" (exit code 2), never a pass.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from bruktpos.commands.checks import CommandFailed, store_reason
from bruktpos.domain.errors import StoreUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubCheck:
    """What the hub held and what did not match it."""

    findings: list[str]
    shop_code: str
    hub: str  # the URL, password hidden
    anchors: int
    keys: int


def check_with_hub(path: Path, hub_url: str, *, wait_s: float) -> HubCheck:
    """Hold ``path`` against the hub at ``hub_url`` ("" = the shop's own hub setting).

    :class:`CommandFailed` (exit code 2) when it cannot be done: no hub set,
    the hub unreachable, no hub or too old, or nothing of this shop there.
    """
    from bruktpos.hub.anchors import HubHasNoAnchors, read_hub_record
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import safe_url
    from bruktpos.store.anchors import check_against_hub

    cannot = f"Cannot check {path} against the hub"
    try:
        own_url, code = _shop_hub(path)
    except StoreUnavailable as error:
        raise CommandFailed(f"{cannot}: {store_reason(error)}.") from error
    url = hub_url or own_url
    if not url:
        raise CommandFailed(
            f"{cannot}: this shop has no hub set (the setting hub_url); "
            "give the hub's address with --hub URL."
        )
    shown = safe_url(url)
    try:
        record = read_hub_record(url, code)
    except HubHasNoAnchors as error:
        log.warning("verify --hub: %s", error)
        raise CommandFailed(f"{cannot}: {error}.") from error
    except Exception as error:  # down, refused, silent: nothing was learnt
        log.warning("verify --hub: the hub at %s could not be read: %s", shown, describe_error(error))
        raise CommandFailed(
            f"{cannot}: the hub at {shown} could not be reached or refused ({describe_error(error)}). "
            "Try again when it answers."
        ) from error
    if record.empty:
        raise CommandFailed(
            f"{cannot}: the hub at {shown} holds nothing of shop {code} yet (no closed day has been sent "
            "to it with its anchor). Close a day and sync, then verify again."
        )
    try:
        findings = check_against_hub(path, record, busy_timeout_s=wait_s)
    except StoreUnavailable as error:
        raise CommandFailed(f"{cannot}: {store_reason(error)}.") from error
    return HubCheck(findings, code, shown, len(record.anchors), len(record.keys))


def _shop_hub(path: str | Path) -> tuple[str, str]:
    """The hub URL the till at ``path`` pushes to ("" = none set) and the shop code it pushes as.

    Read-only: the file is opened as ``verify`` opens it.
    """
    import json

    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import StaticPool

    from bruktpos.hub.outbox import shop_code
    from bruktpos.store.shopfile import open_read_only

    with open_read_only(path) as file:
        engine = create_engine("sqlite://", creator=lambda: file.conn, poolclass=StaticPool)
        try:
            with engine.connect() as conn:
                stored = conn.execute(text("SELECT value FROM settings WHERE key = 'hub_url'")).scalar()
                code = shop_code(conn)
                conn.rollback()
        finally:
            engine.dispose()
    url = json.loads(stored) if stored else ""
    return (str(url) if url else ""), code
