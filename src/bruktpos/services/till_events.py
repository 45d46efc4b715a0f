"""Till events that are journalled but change no data: start, stop, training mode.

Training mode: practice sales that count for nothing. A till in training
mode sells for real on screen and paper, but its sales go to a separate
receipt series (``Sale.training``), are printed as training
receipts, touch no stock and are left out of every day figure. Switching it
on and off is a leader's action and is journalled (SAF-T 13023/13024).
"""

from __future__ import annotations

from bruktpos.domain.roles import Action, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.users import Operator
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event


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
    db: Database, *, register_id: int, operator: Operator | None, clock: Clock = local_now
) -> None:
    """Journal the till program shutting down (SAF-T 13002)."""
    with db.write() as session:
        journal.append(
            session,
            Event.POS_STOP,
            at=clock(),
            user_id=operator.id if operator else None,
            register_id=register_id,
        )
