"""Sending the outbox to the hub, and how the till shows whether it got there.

A push reads every unsent ``hub_outbox`` row, upserts the newest revision of
each (register, business date) into the hub's ``day_summaries`` in ONE hub
transaction — ``INSERT … ON CONFLICT DO UPDATE … WHERE excluded.revision >=
day_summaries.revision`` — and only after that commit marks the rows sent in
the shop's database. So:

* a push cut off before the hub commit leaves nothing at the hub and the rows
  unsent: the next push sends them again;
* a push cut off after the hub commit but before the rows are marked sent
  sends the same revisions again next time, which changes nothing;
* an older revision never overwrites a newer one;
* each day's anchor (its register's last receipt and signature and the
  journal head) and the registers' public keys go in the same hub
  transaction, into tables a shop can only add to (:mod:`bruktpos.hub.anchors`);
* only the installation a shop code is bound to may send as it, through an
  address that is for that code (:mod:`bruktpos.hub.identity`); a refusal is
  kept in the sync state (``refusal``) so that the till can say what to do.

The till pushes on a worker, so it never waits for the network, and every
push is over within about a minute whatever the network does (timeouts,
keepalives and a hard bound: :mod:`bruktpos.hub.link`). A failed push counts
an attempt and keeps the reason on each waiting row (``attempts``,
``last_error``). The till's own tries back off 1, 2, 4 … minutes up to an
hour; a person's ``bruktpos sync`` may try at any time and never moves that
schedule. The back-off, the last try and the last success live in the shop's
``settings`` table under ``hub.sync_state`` (bookkeeping, not a declared
setting).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bruktpos.domain.clock import Clock
from bruktpos.hub.anchors import ANCHORS_SINCE, anchor_row, public_keys, send_anchors
from bruktpos.hub.identity import ShopRefused, check_address, claim, installation_id
from bruktpos.hub.link import DEFAULT_TIMEOUTS, HubTimeout, HubTimeouts, run_bounded
from bruktpos.hub.outbox import shop_code
from bruktpos.hub.push_path import PUSH_PATH_SINCE, send_through_push_path
from bruktpos.hub.schema import FIGURES, day_summaries, safe_url, schema_version, shop_sync, shops
from bruktpos.store.db import Database
from bruktpos.store.models import OutboxEntry, Register, Setting, Shop

STATE_KEY = "hub.sync_state"
RED_AFTER = timedelta(days=2)
MAX_BACKOFF = timedelta(hours=1)
Hook = Callable[[Connection], None]

log = logging.getLogger(__name__)


class SyncLevel(StrEnum):
    GREEN = "green"  # everything sent
    YELLOW = "yellow"  # some days waiting
    RED = "red"  # days waiting and nothing has gone through for two days or more
    OFF = "off"  # no hub set


@dataclass(frozen=True)
class SyncState:
    """What the till's sync light shows."""

    level: SyncLevel
    waiting: int  # outbox rows not yet at the hub
    last_success_at: datetime | None
    next_try_at: datetime | None  # while backing off
    last_error: str
    last_attempt_at: datetime | None  # the last try, whether it got through or not
    shop_code: str
    hub: str  # the hub URL with its password hidden ("" = none)
    # The hub refused this installation (hub.identity: "taken" | "wrong_login"; "" = no refusal)
    refusal: str = ""
    refusal_other: str = ""  # "wrong_login": the shop code the hub address is for


@dataclass(frozen=True)
class PushResult:
    sent: int  # outbox rows marked sent by this push
    days: int  # day rows written at the hub
    waiting: int  # outbox rows still unsent afterwards
    error: str = ""  # why it failed ("" = it went through)
    next_try_at: datetime | None = None
    # Public keys the hub refused: it holds another key for that register and version ("K1 v1").
    refused_keys: tuple[str, ...] = ()
    refusal: str = ""  # the hub refused this installation as this shop (hub.identity's kinds)

    @property
    def ok(self) -> bool:
        return not self.error and self.waiting == 0


class HubNotReady(Exception):
    """The hub database has no hub schema (``bruktpos hub init`` was not run)."""


def _load_state(session: Session) -> dict[str, Any]:
    stored = session.scalar(select(Setting.value).where(Setting.key == STATE_KEY))
    return json.loads(stored) if stored else {}


def _save_state(session: Session, state: dict[str, Any]) -> None:
    text = json.dumps(state, sort_keys=True)
    row = session.get(Setting, STATE_KEY)
    if row is None:
        session.add(Setting(key=STATE_KEY, value=text))
    else:
        row.value = text


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _setting(session: Session, key: str) -> str:
    stored = session.scalar(select(Setting.value).where(Setting.key == key))
    return str(json.loads(stored)) if stored else ""


def describe_error(exc: BaseException) -> str:
    """One line about a failure, never holding a password (the URL is not in it)."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = " ".join(str(original).split()) or type(original).__name__
    return text[:200]


def backoff(failures: int) -> timedelta:
    """1, 2, 4 … minutes after the 1st, 2nd, 3rd … failure in a row, at most an hour."""
    return min(timedelta(minutes=2 ** min(max(failures - 1, 0), 10)), MAX_BACKOFF)


def _upsert(hub: Connection, rows: list[dict[str, Any]]) -> None:
    insert = postgresql.insert if hub.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(day_summaries)
    keys = {"shop_code", "register_code", "business_date"}
    stmt = stmt.on_conflict_do_update(
        index_elements=sorted(keys),
        set_={c.name: stmt.excluded[c.name] for c in day_summaries.columns if c.name not in keys},
        where=stmt.excluded.revision >= day_summaries.c.revision,
    )
    hub.execute(stmt, rows)


def _touch(hub: Connection, code: str, name: str, now: datetime, newest: date, days: int) -> None:
    insert = postgresql.insert if hub.dialect.name == "postgresql" else sqlite.insert
    if hub.dialect.name == "sqlite":
        # One machine, no roles: the shop registers itself on first contact.
        hub.execute(insert(shops).values(code=code, name=name, created_at=now).on_conflict_do_nothing())
    stmt = insert(shop_sync).values(
        shop_code=code, last_contact_at=now, last_business_date=newest, days_sent=days
    )
    hub.execute(
        stmt.on_conflict_do_update(
            index_elements=["shop_code"],
            set_={
                "last_contact_at": stmt.excluded.last_contact_at,
                "last_business_date": func.greatest(shop_sync.c.last_business_date, newest)
                if hub.dialect.name == "postgresql"
                else func.max(func.coalesce(shop_sync.c.last_business_date, newest), newest),
                "days_sent": stmt.excluded.days_sent,
            },
        )
    )


def _hub_row(payload: dict[str, Any], code: str, register: str, now: datetime) -> dict[str, Any]:
    # The anchor goes to register_anchors, which a shop cannot rewrite; not into the day's row.
    payload = {**payload, "shop": code, "register": register}
    payload.pop("anchor", None)
    row: dict[str, Any] = {
        "shop_code": code,
        "register_code": register,
        "business_date": date.fromisoformat(payload["business_date"]),
        "revision": int(payload["revision"]),
        "received_at": now,
        "first_sale_at": _time(payload.get("first_sale_at")),
        "last_sale_at": _time(payload.get("last_sale_at")),
        "payload": payload,
    }
    for name in FIGURES:
        row[name] = int(payload.get(name, 0))
    return row


def push(
    shop_db: Database,
    hub_url: str | None = None,
    *,
    clock: Clock,
    manual: bool = False,
    timeouts: HubTimeouts = DEFAULT_TIMEOUTS,
    stop: threading.Event | None = None,
    before_commit: Hook | None = None,
    after_hub_commit: Callable[[], None] | None = None,
) -> PushResult:
    """Send every unsent outbox row to the hub (``hub_url``, default: the shop's setting).

    Never raises for a hub that is down, refuses, is not ready or does not
    answer: the result says what happened and the rows wait for the next
    push. The hub part is over within ``timeouts.bound_s`` whatever the
    network does (:func:`bruktpos.hub.link.run_bounded`), or as soon as
    ``stop`` is set. ``manual`` (``bruktpos sync``, a person trying now): a
    failure is recorded on the rows but leaves the till's own retry schedule
    (back-off and next try) as it was. The hooks are for tests that cut a
    push off at its worst moments.
    """
    now = clock()
    with shop_db.read() as session:
        hub_url = hub_url if hub_url is not None else _setting(session, "hub_url")
        if not hub_url:  # the days are only counted: nothing is sent (or read) without a hub
            waiting = (
                session.scalar(
                    select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None))
                )
                or 0
            )
            if not waiting:
                return PushResult(sent=0, days=0, waiting=0)
            return PushResult(sent=0, days=0, waiting=waiting, error="no hub is set (setting hub_url)")
        entries = session.scalars(
            select(OutboxEntry).where(OutboxEntry.sent_at.is_(None)).order_by(OutboxEntry.id)
        ).all()
        registers = {r.id: r.code for r in session.execute(select(Register.id, Register.code))}
        code = shop_code(session)
        name = _shop_name(session)
        keys = public_keys(session)
    if not entries:
        return PushResult(sent=0, days=0, waiting=0)
    newest: dict[tuple[int, date], OutboxEntry] = {}
    for entry in entries:  # ordered by id: a later revision of a day comes later
        key = (entry.register_id, entry.business_date)
        if key not in newest or entry.revision > newest[key].revision:
            newest[key] = entry
    rows = [_hub_row(json.loads(e.payload), code, registers[e.register_id], now) for e in newest.values()]
    # Every revision's anchor, not only the newest's: the hub keeps them all.
    anchors = [
        row
        for e in entries
        if (row := anchor_row(json.loads(e.payload), code, registers[e.register_id], now)) is not None
    ]
    ids = [e.id for e in entries]
    refused: list[str] = []
    installation = installation_id(shop_db)

    def send(hub: Connection) -> None:  # one hub transaction, on run_bounded's thread
        version = schema_version(hub)
        if version is None:
            raise HubNotReady(f"{safe_url(str(hub_url))} is not a hub: run `bruktpos hub init` on it")
        check_address(hub, str(hub_url), code)
        latest = max(d for _r, d in newest)
        if hub.dialect.name == "postgresql" and version >= PUSH_PATH_SINCE:
            # The shop's login may write no table itself: the hub's push path does it all,
            # the binding of the code to this installation first (refused here in plain words).
            claim(hub, code, installation, now, bind=False)
            refused[:] = send_through_push_path(hub, code, installation, now, latest, rows, anchors, keys)
        else:
            _touch(hub, code, str(name or code), now, latest, len(rows))
            claim(hub, code, installation, now)  # before any day is written: another PC's code is refused
            _upsert(hub, rows)
            if version >= ANCHORS_SINCE:
                refused[:] = send_anchors(hub, code, anchors, keys, now)
            else:  # a hub not yet upgraded still takes the days; `hub init` brings the anchor tables
                log.warning(
                    "the hub has schema version %d, without anchors: the days went without them", version
                )
        if before_commit is not None:
            before_commit(hub)

    try:
        run_bounded(hub_url, send, timeouts=timeouts, stop=stop)
        if after_hub_commit is not None:
            after_hub_commit()
    except Exception as exc:  # the hub is down, refused, silent or was cut off: try again later
        stopped = isinstance(exc, HubTimeout) and exc.stopped
        # The outbox keeps the one-line reason; the log keeps what an IT helper needs.
        log.warning("push of %d day(s) to the hub failed: %s", len(ids), describe_error(exc), exc_info=exc)
        refusal = exc if isinstance(exc, ShopRefused) else None
        error = str(refusal) if refusal is not None else describe_error(exc)  # a refusal's sentence whole
        return _failed(shop_db, ids, now, error, schedule=not (manual or stopped), refusal=refusal)
    with shop_db.write() as session:
        session.execute(update(OutboxEntry).where(OutboxEntry.id.in_(ids)).values(sent_at=now, last_error=""))
        state = _load_state(session)
        state.update(
            last_success_at=now.isoformat(),
            last_attempt_at=now.isoformat(),
            failures=0,
            next_try_at=None,
            last_error="",
            refusal=None,
        )
        _save_state(session, state)
        waiting = _waiting(session)
    return PushResult(sent=len(ids), days=len(rows), waiting=waiting, refused_keys=tuple(refused))


def _shop_name(session: Session) -> str:
    return str(session.scalar(select(Shop.name).order_by(Shop.id).limit(1)) or "")


def _waiting(session: Session) -> int:
    return int(
        session.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.sent_at.is_(None)))
        or 0
    )


def _failed(
    shop_db: Database,
    ids: list[int],
    now: datetime,
    error: str,
    *,
    schedule: bool,
    refusal: ShopRefused | None = None,
) -> PushResult:
    """Record a failed push on its rows; ``schedule``: it was the till's own try, so back off.

    A ``refusal`` is kept (its kind and codes) for the till's own sentence
    until a push goes through: a later failure of the network does not end it.
    """
    with shop_db.write() as session:
        session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.id.in_(ids), OutboxEntry.sent_at.is_(None))
            .values(attempts=OutboxEntry.attempts + 1, last_error=error)
        )
        state = _load_state(session)
        state.update(last_error=error, last_attempt_at=now.isoformat())
        if refusal is not None:
            state["refusal"] = {"kind": refusal.kind, "code": refusal.code, "other": refusal.other}
        if schedule:
            failures = int(state.get("failures", 0)) + 1
            state.update(failures=failures, next_try_at=(now + backoff(failures)).isoformat())
        _save_state(session, state)
        waiting = _waiting(session)
    next_try = _time(state.get("next_try_at"))
    return PushResult(
        sent=0,
        days=0,
        waiting=waiting,
        error=error,
        next_try_at=next_try if next_try is not None and next_try > now else None,
        refusal=refusal.kind if refusal is not None else "",
    )


def push_if_due(
    shop_db: Database,
    hub_url: str | None = None,
    *,
    clock: Clock,
    timeouts: HubTimeouts = DEFAULT_TIMEOUTS,
    stop: threading.Event | None = None,
) -> PushResult | None:
    """:func:`push`, unless backing off after a failure (then None): for the till's timer."""
    with shop_db.read() as session:
        next_try = _time(_load_state(session).get("next_try_at"))
    if next_try is not None and clock() < next_try:
        return None
    return push(shop_db, hub_url, clock=clock, timeouts=timeouts, stop=stop)


def sync_state(shop_db: Database, now: datetime) -> SyncState:
    """Green: all sent; yellow: some waiting; red: some waiting and no success for two days."""
    with shop_db.read() as session:
        hub_url = _setting(session, "hub_url")
        state = _load_state(session)
        waiting = _waiting(session)
        oldest = session.scalar(select(func.min(OutboxEntry.created_at)).where(OutboxEntry.sent_at.is_(None)))
        code = shop_code(session)
    last_success = _time(state.get("last_success_at"))
    next_try = _time(state.get("next_try_at"))
    if not hub_url:
        level = SyncLevel.OFF
    elif waiting == 0:
        level = SyncLevel.GREEN
    else:
        waited = _time(oldest) if isinstance(oldest, str) else oldest
        stuck = waited is not None and now - waited >= RED_AFTER
        quiet = last_success is None or now - last_success >= RED_AFTER
        level = SyncLevel.RED if stuck and quiet else SyncLevel.YELLOW
    refusal = (state.get("refusal") or {}) if waiting else {}
    return SyncState(
        level=level,
        waiting=waiting,
        last_success_at=last_success,
        next_try_at=next_try if waiting and next_try is not None and next_try > now else None,
        last_error=str(state.get("last_error", "")) if waiting else "",
        last_attempt_at=_time(state.get("last_attempt_at")),
        shop_code=code,
        hub=safe_url(hub_url) if hub_url else "",
        refusal=str(refusal.get("kind", "")),
        refusal_other=str(refusal.get("other", "")),
    )
