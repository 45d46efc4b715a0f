"""Till events that are journalled but change no data: start, stop, training mode.

Training mode: practice sales that count for nothing. A till in training
mode sells for real on screen and paper, but its sales go to a separate
receipt series (``Sale.training``), are printed as training
receipts, touch no stock and are left out of every day figure. Switching it
on and off is a leader's action and is journalled (SAF-T 13023/13024).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select, text

from bruktpos.domain.roles import Action, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.users import Operator
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import NOT_A_SALE, Event
from bruktpos.store.models import JournalEntry


def switch_training_mode(
    db: Database,
    *,
    register_id: int,
    on: bool,
    operator: Operator,
    approver: Operator | None = None,
    clock: Clock = local_now,
) -> None:
    """Journal training mode on or off for a register (leader, or a leader's approval)."""
    actor = approver or operator
    require(actor.role, Action.TRAINING_MODE)
    with db.write() as session:
        journal.append(
            session,
            Event.TRAINING_ON if on else Event.TRAINING_OFF,
            at=clock(),
            user_id=operator.id,
            register_id=register_id,
            details={"approved_by": actor.id},
        )


def app_started(db: Database, *, register_id: int, version: str, clock: Clock = local_now) -> None:
    """Journal the till program starting (SAF-T 13001)."""
    with db.write() as session:
        journal.append(
            session, Event.POS_START, at=clock(), register_id=register_id, details={"version": version}
        )


def app_stopped(
    db: Database,
    *,
    register_id: int,
    operator: Operator | None,
    clock: Clock = local_now,
    unprinted_sales: Sequence[int] = (),
    unprinted_vouchers: Sequence[str] = (),
) -> None:
    """Journal the till program shutting down (SAF-T 13002).

    Receipts (sale ids) and vouchers (codes) that had not printed when it
    closed go with it, so the next start can offer them (:func:`unprinted_at_last_stop`).
    """
    details: dict[str, object] = {}
    if unprinted_sales:
        details["unprinted_sales"] = list(unprinted_sales)
    if unprinted_vouchers:
        details["unprinted_vouchers"] = list(unprinted_vouchers)
    with db.write() as session:
        journal.append(
            session,
            Event.POS_STOP,
            at=clock(),
            user_id=operator.id if operator else None,
            register_id=register_id,
            details=details,
        )


def unprinted_at_last_stop(db: Database, *, register_id: int) -> tuple[list[int], list[str]]:
    """Receipts (sale ids) and vouchers (codes) that had not printed when this till last closed.

    Read before the new start is journalled: only a last run that ended with
    a stop counts (after a crash there is no list, rather than an old one).
    """
    with db.read() as session:
        last = session.execute(
            select(JournalEntry.event, JournalEntry.details)
            .where(
                JournalEntry.register_id == register_id,
                JournalEntry.event.in_((Event.POS_START.value, Event.POS_STOP.value)),
                text(NOT_A_SALE),  # the (register, event, at) index's condition, so SQLite uses it
            )
            .order_by(JournalEntry.id.desc())
            .limit(1)
        ).first()
    if last is None or last.event != Event.POS_STOP.value:
        return [], []
    details = json.loads(last.details or "{}")
    return [int(s) for s in details.get("unprinted_sales", [])], [
        str(c) for c in details.get("unprinted_vouchers", [])
    ]
