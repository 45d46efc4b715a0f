"""The business day of one register: open with a counted float, move cash, X, close with Z.

A day opens when someone counts the float in the drawer; sales need an open
day (see :meth:`CheckoutService.business_date`). During the day money may be
put in (change from the bank), taken out (milk for the café) or taken to the
bank, each journalled, in whole kroner (there are no øre coins). A float
that differs from what the last close left needs a short note. The X report
shows the day so far. Closing counts the drawer (every complete count is
kept, see :mod:`bruktpos.services.drawer_count`), checks the difference
against the shop's limit, and writes the Z report — numbered without gaps
per register, with grand totals that never reset — in one transaction that
also locks the day for good (the triggers of migration 0004 refuse any later
change) and queues the day for the hub.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text, update
from sqlalchemy.orm import Session

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import (
    CashDifferenceTooLarge,
    CountNotRecorded,
    DayAlreadyClosed,
    DayAlreadyOpen,
    DayLeftOpen,
    DayNotOpen,
    FloatNoteRequired,
    InvalidCashMovement,
    NotWholeKroner,
    ReasonRequired,
    SecondCounterRequired,
)
from bruktpos.domain.money import ORE_PER_KRONE
from bruktpos.domain.people import Operator
from bruktpos.domain.reports import CountLine
from bruktpos.domain.roles import Action, Role, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.drawer_count import day_counts, same_count, store_count
from bruktpos.services.parked_close import ParkedAtClose, parked_at_close
from bruktpos.services.reports import DayReport, Z, build_report
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import load_register
from bruktpos.services.users import UserService
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.integrity import journalled_rows
from bruktpos.store.journal import Event
from bruktpos.store.models import BusinessDay, CashMovement, CashMovementKind, DayStatus, User, ZReport
from bruktpos.store.prepared import inserted_id

MOVEMENT_KINDS = (CashMovementKind.PAY_IN, CashMovementKind.PAY_OUT, CashMovementKind.DEPOSIT)
MAX_MOVEMENT = 100_000_000  # øre: 1 million kroner, far above any drawer
MAX_REASON = 120
MAX_NOTE = 200


@dataclass(frozen=True)
class DayInfo:
    """A register's open day."""

    id: int
    business_date: date
    opened_at: datetime
    opened_by: str
    opening_float: int
    opening_count: CashCount
    left_open: bool  # its date is before today: it must be closed before anything else
    opening_note: str = ""  # why the float differs from what the last close left


@dataclass(frozen=True)
class CountCheck:
    """A closing count entered: as stored, and what the till expected."""

    line: CountLine
    expected_cash: int
    stored: bool  # False when it was the same as the last count (nothing new stored)

    @property
    def difference(self) -> int:
        return self.line.cash - self.expected_cash


@dataclass(frozen=True)
class ZResult:
    """What closing the day wrote."""

    z_id: int
    z_number: int
    business_date: date
    report: DayReport
    counted_cash: int
    expected_cash: int
    difference: int


class DayService:
    """Open, run and close the business day at one register."""

    def __init__(self, db: Database, *, register_code: str | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.clock = clock
        self.register = load_register(db, register_code)
        self.settings = SettingsService(db, register_id=self.register.id, clock=clock)

    # --- reading -------------------------------------------------------------

    def open_day_info(self) -> DayInfo | None:
        """The register's open day, if there is one."""
        with self.db.read() as session:
            return self._open_day(session, self.clock())

    # --- the shop's rules for the close ----------------------------------------

    def max_difference(self) -> int:
        """The largest cash difference (øre, either way) a close takes without a note and a leader."""
        return int(self.settings.get("max_cash_difference"))

    def needs_approval(self, difference: int) -> bool:
        """True when ``difference`` (counted − expected) needs a note and a leader's approval."""
        return abs(difference) > self.max_difference()

    def second_counter_required(self) -> bool:
        """True when the shop wants a second person to confirm the closing count."""
        return bool(self.settings.get("require_second_counter"))

    def closed_today(self) -> bool:
        """True when today's day at this register is already closed (it cannot open again)."""
        with self.db.read() as session:
            return self._closed_on(session, self.clock().date())

    def _closed_on(self, session: Session, day: date) -> bool:
        found = session.scalar(
            select(BusinessDay.id).where(
                BusinessDay.register_id == self.register.id,
                BusinessDay.business_date == day,
                BusinessDay.status == DayStatus.CLOSED,
            )
        )
        return found is not None

    def _open_day(self, session: Session, now: datetime) -> DayInfo | None:
        row = session.execute(
            select(BusinessDay, User.name)
            .join(User, User.id == BusinessDay.opened_by)
            .where(BusinessDay.register_id == self.register.id, BusinessDay.status == DayStatus.OPEN)
        ).one_or_none()
        if row is None:
            return None
        day, name = row
        return DayInfo(
            id=day.id,
            business_date=day.business_date,
            opened_at=day.opened_at,
            opened_by=name,
            opening_float=day.opening_float,
            opening_count=CashCount.from_dict(json.loads(day.opening_count)),
            left_open=day.business_date < now.date(),
            opening_note=day.opening_note,
        )

    def suggested_float(self) -> CashCount | None:
        """The count to suggest for the next float: what stayed in the drawer at the last close.

        Takings leave the drawer as a recorded bank deposit before the closing
        count, so the last Z's closing count is what lay in the drawer
        overnight. Without a Z yet, the last opening count; with no day at all,
        None. It is only a suggestion: the float is always counted.
        """
        with self.db.read() as session:
            closing = session.scalar(
                select(ZReport.closing_count)
                .where(ZReport.register_id == self.register.id)
                .order_by(ZReport.z_number.desc())
                .limit(1)
            )
            if closing is None:
                closing = session.scalar(
                    select(BusinessDay.opening_count)
                    .where(BusinessDay.register_id == self.register.id)
                    .order_by(BusinessDay.business_date.desc())
                    .limit(1)
                )
        return None if closing is None else CashCount.from_dict(json.loads(closing))

    def last_close_cash(self) -> int | None:
        """What the register's last Z counted in the drawer (None before its first Z).

        A float that differs from it needs a note (:meth:`open_day`).
        """
        with self.db.read() as session:
            return self._last_close_cash(session)

    def _last_close_cash(self, session: Session) -> int | None:
        found = session.scalar(
            select(ZReport.counted_cash)
            .where(ZReport.register_id == self.register.id)
            .order_by(ZReport.z_number.desc())
            .limit(1)
        )
        return None if found is None else int(found)

    def counts(self) -> tuple[CountLine, ...]:
        """The open day's closing counts so far, the first (blind) one first."""
        with self.db.read() as session:
            day = self._open_day(session, self.clock())
            return () if day is None else day_counts(session.connection(), day.id)

    def parked_sales(self) -> ParkedAtClose:
        """The register's parked sales as the close sees them (one with payments stops the Z)."""
        with self.db.read() as session:
            return parked_at_close(session, self.register.id)

    def expected_cash(self) -> int:
        """What should lie in the drawer now (float, cash sales and movements)."""
        return self.x_report(journalled=False).expected_cash

    # --- opening -------------------------------------------------------------

    def open_day(self, count: CashCount, *, operator: Operator, note: str = "") -> DayInfo:
        """Open today's day with the counted float (journalled with the count).

        A float that differs from what the last close counted needs a ``note``
        (:class:`FloatNoteRequired`); the note goes on the day's X and Z.
        """
        require(operator.role, Action.OPEN_DAY)
        note = " ".join(note.split())[:MAX_NOTE]
        now = self.clock()
        today = now.date()
        with self.db.write() as session:
            current = self._open_day(session, now)
            if current is not None:
                if current.left_open:
                    raise DayLeftOpen(current.business_date)
                raise DayAlreadyOpen(current.business_date, current.opened_at)
            if self._closed_on(session, today):
                raise DayAlreadyClosed(today)
            last_close = self._last_close_cash(session)
            if last_close is None or count.total == last_close:
                note = ""  # nothing to explain
            elif not note:
                raise FloatNoteRequired(count.total, last_close)
            day = BusinessDay(
                register_id=self.register.id,
                business_date=today,
                status=DayStatus.OPEN,
                opened_at=now,
                opened_by=operator.id,
                opening_float=count.total,
                opening_count=json.dumps(count.as_dict(), sort_keys=True),
                last_close_cash=last_close,
                opening_note=note,
            )
            session.add(day)
            session.flush()
            journal.append(
                session,
                Event.DAY_OPENED,
                at=now,
                user_id=operator.id,
                register_id=self.register.id,
                details={
                    "business_day": day.id,
                    "business_date": today.isoformat(),
                    "float": count.total,
                    "count": count.as_dict(),
                    "last_close_cash": last_close,
                    "note": note,
                },
            )
            return DayInfo(
                day.id, today, now, operator.name, count.total, count, left_open=False, opening_note=note
            )

    # --- during the day ------------------------------------------------------

    def cash_movement(
        self,
        kind: str,
        amount: int,
        reason: str = "",
        *,
        operator: Operator,
        approver: Operator | None = None,
    ) -> int:
        """Put money into the drawer or take it out; returns the movement's id.

        ``kind`` is ``pay_in``, ``pay_out`` or ``deposit`` (to the bank). A
        pay-in is anyone's; money out needs a leader (``approver`` when the
        operator is a cashier) and a pay-out needs a reason. A day left open
        overnight still takes movements (the morning's bank deposit before
        its closing count).
        """
        if kind not in MOVEMENT_KINDS or isinstance(amount, bool) or not isinstance(amount, int):
            raise InvalidCashMovement(str(kind), amount if isinstance(amount, int) else 0)
        if not 0 < amount <= MAX_MOVEMENT:
            raise InvalidCashMovement(kind, amount)
        if amount % ORE_PER_KRONE:
            raise NotWholeKroner(kind, amount)
        reason = " ".join(reason.split())[:MAX_REASON]
        if kind == CashMovementKind.PAY_OUT and not reason:
            raise ReasonRequired(kind)
        actor = approver or operator
        require(actor.role, Action.CASH_IN if kind == CashMovementKind.PAY_IN else Action.CASH_OUT)
        now = self.clock()
        with self.db.write() as session:
            day = self._open_day(session, now)
            if day is None:
                raise DayNotOpen(self.register.code)
            conn = session.connection()
            movement_id = inserted_id(
                conn.execute(
                    insert(CashMovement).values(
                        register_id=self.register.id,
                        business_day_id=day.id,
                        kind=kind,
                        amount=amount,
                        reason=reason,
                        at=now,
                        user_id=operator.id,
                        approved_by=approver.id if approver is not None else None,
                    )
                )
            )
            journal.append(
                session,
                Event.CASH_IN if kind == CashMovementKind.PAY_IN else Event.CASH_OUT,
                at=now,
                user_id=operator.id,
                register_id=self.register.id,
                details={
                    "business_date": day.business_date.isoformat(),
                    "kind": kind,
                    "amount": amount,
                    "reason": reason,
                    "approved_by": actor.id,
                    "rows": {"cash_movements": journalled_rows(conn, "cash_movements", [movement_id])},
                },
            )
            return int(movement_id)

    def x_report(
        self,
        *,
        operator: Operator | None = None,
        journalled: bool = True,
        before_commit: Callable[[DayReport], None] | None = None,
    ) -> DayReport:
        """The open day's figures so far (an X report, journalled whole, with who took it).

        Raises :class:`DayNotOpen` when the register has no open day.
        ``before_commit`` is called with the report inside the journalling
        transaction: if it raises, no X is journalled (the command line writes
        its PDF there, so a PDF that cannot be written leaves no X behind).
        """
        if operator is not None:
            require(operator.role, Action.X_REPORT)
        now = self.clock()
        if not journalled:
            with self.db.read() as session:
                day = self._open_day(session, now)
                if day is None:
                    raise DayNotOpen(self.register.code)
                return build_report(session, self.register.id, day.business_date, "X", at=now)
        with self.db.write() as session:
            day = self._open_day(session, now)
            if day is None:
                raise DayNotOpen(self.register.code)
            report = build_report(session, self.register.id, day.business_date, "X", at=now)
            journal.append(
                session,
                Event.X_REPORT,
                at=now,
                user_id=operator.id if operator is not None else None,
                register_id=self.register.id,
                details={"report": report.to_json()},
            )
            if before_commit is not None:
                before_commit(report)
            return report

    # --- closing -------------------------------------------------------------

    def record_count(
        self,
        count: CashCount,
        *,
        operator: Operator,
        approver: Operator | None = None,
        note: str = "",
    ) -> CountCheck:
        """Store a complete closing count with the day (journalled) and say what the till expected.

        The first count is the blind one. A different count after it is a
        recount: it needs a leader (the operator, or ``approver``; where the
        shop wants a second counter, that person may approve) and a ``note``
        when the amount changed (:class:`RecountNeedsApproval`). The same count
        again stores nothing. A parked sale with payments on it stops the close
        here, at its start (:class:`ParkedSaleHasPayments`).
        """
        require(operator.role, Action.CLOSE_DAY)
        note = " ".join(note.split())[:MAX_NOTE]
        second = self.second_counter_required()
        now = self.clock()
        with self.db.write() as session:
            conn = session.connection()
            day = self._open_day(session, now)
            if day is None:
                raise DayNotOpen(self.register.code)
            parked_at_close(session, self.register.id).refuse_if_paid()
            expected = build_report(conn, self.register.id, day.business_date, "X", at=now).expected_cash
            line, stored = store_count(
                conn,
                business_day_id=day.id,
                register_id=self.register.id,
                business_date=day.business_date.isoformat(),
                count=count,
                expected=expected,
                operator=operator,
                approver=approver,
                note=note,
                second_counter_allowed=second,
                at=now,
            )
            return CountCheck(line, expected, stored)

    def close_day(
        self,
        count: CashCount,
        *,
        operator: Operator,
        note: str = "",
        approver: Operator | None = None,
        second_counter: Operator | None = None,
        card_batch_total: int | None = None,
        vipps_settlement: int | None = None,
    ) -> ZResult:
        """Count the drawer, take the Z report and lock the day, in one transaction.

        A difference above the setting ``max_cash_difference`` needs a
        ``note`` and a leader (the operator or ``approver``);
        ``require_second_counter`` asks for a ``second_counter`` other than the
        operator. ``count`` must be the day's last recorded count
        (:meth:`record_count`, :class:`CountNotRecorded` otherwise); a day
        closed without one stores it here as its first. A parked sale with
        payments on it is refused (:class:`ParkedSaleHasPayments`); parked sales
        without payments stay parked. Raises typed errors before anything is written.
        """
        actor = approver or operator
        require(actor.role, Action.CLOSE_DAY)
        note = " ".join(note.split())[:MAX_NOTE]
        limit = self.max_difference()
        if self.second_counter_required():
            if second_counter is None:
                raise SecondCounterRequired(same_person=False)
            if second_counter.id == operator.id:
                raise SecondCounterRequired(same_person=True)
        # A terminal's batch can be below zero: a day with more card refunds than card sales.
        for name, value in (("card_batch_total", card_batch_total), ("vipps_settlement", vipps_settlement)):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InvalidCashMovement(name, value if isinstance(value, int) else 0)
        now = self.clock()
        with self.db.write() as session:
            conn = session.connection()
            day = self._open_day(session, now)
            if day is None:
                raise DayNotOpen(self.register.code)
            # Money taken on a parked sale: no Z over it (see services.parked_close).
            parked_at_close(session, self.register.id).refuse_if_paid()
            report = build_report(conn, self.register.id, day.business_date, Z, at=now)
            counts = day_counts(conn, day.id)
            if counts and not same_count(counts[-1], count):
                raise CountNotRecorded(counts[-1].cash, count.total)
            if not counts:
                first, _stored = store_count(
                    conn,
                    business_day_id=day.id,
                    register_id=self.register.id,
                    business_date=day.business_date.isoformat(),
                    count=count,
                    expected=report.expected_cash,
                    operator=operator,
                    approver=None,
                    note="",
                    second_counter_allowed=False,
                    at=now,
                )
                report = replace(report, counts=(first,))
            difference = count.total - report.expected_cash
            if self.needs_approval(difference):
                if not note:
                    raise CashDifferenceTooLarge(difference, limit, CashDifferenceTooLarge.NOTE)
                if Role(actor.role).rank < Role.LEADER.rank:
                    raise CashDifferenceTooLarge(difference, limit, CashDifferenceTooLarge.LEADER)
                # Where the shop wants a second person, nobody answers for their own count.
                UserService(self.db, register_id=self.register.id, clock=self.clock).check_approver(
                    session, actor, Action.CASH_DIFFERENCE, asker=operator
                )
                # The leader who answers for the difference (the closer, or who approved).
                approver = actor
            last = conn.execute(
                text("SELECT max(z_number) FROM z_reports WHERE register_id = :r"), {"r": self.register.id}
            ).scalar()
            z_number = (last or 0) + 1
            report = report.with_close(
                z_number=z_number,
                count=count,
                note=note,
                closed_by=operator.name,
                approved_by=approver.name if approver is not None else None,
                second_counter=second_counter.name if second_counter is not None else None,
                card_batch_total=card_batch_total,
                vipps_settlement=vipps_settlement,
            )
            data = report.to_json()
            z_id = inserted_id(
                conn.execute(
                    insert(ZReport).values(
                        register_id=self.register.id,
                        z_number=z_number,
                        business_day_id=day.id,
                        created_at=now,
                        created_by=operator.id,
                        counted_cash=count.total,
                        expected_cash=report.expected_cash,
                        difference=difference,
                        difference_note=note,
                        approved_by=approver.id if approver is not None else None,
                        second_counter=second_counter.id if second_counter is not None else None,
                        closing_count=json.dumps(count.as_dict(), sort_keys=True),
                        card_batch_total=card_batch_total,
                        vipps_settlement=vipps_settlement,
                        grand_total_sales=report.grand_total_sales,
                        grand_total_returns=report.grand_total_returns,
                        grand_total_net=report.grand_total_net,
                        report=journal.canonical_json(data),
                    )
                )
            )
            details: dict[str, Any] = {
                "report": data,
                "rows": {"z_reports": journalled_rows(conn, "z_reports", [z_id])},
            }
            journal.append(
                session,
                Event.Z_REPORT,
                at=now,
                user_id=operator.id,
                register_id=self.register.id,
                details=details,
            )
            conn.execute(
                update(BusinessDay)
                .where(BusinessDay.id == day.id)
                .values(status=DayStatus.CLOSED, closed_at=now, closed_by=operator.id)
            )
            _enqueue_for_hub(conn, self.register.id, day.business_date, now)
            result = ZResult(
                z_id=int(z_id),
                z_number=z_number,
                business_date=day.business_date,
                report=report,
                counted_cash=count.total,
                expected_cash=report.expected_cash,
                difference=difference,
            )
        # The day's pages into the shop's file while the till is quiet (in the
        # checkpoint worker: the screen does not wait for it).
        self.db.checkpoints.full_soon()
        return result


def _enqueue_for_hub(conn: Connection, register_id: int, business_date: date, at: datetime) -> None:
    # The hub's own module builds the day's summary for the chapter's hub.
    from bruktpos.hub.outbox import enqueue_day

    enqueue_day(conn, register_id, business_date, at)
