"""The drawer's counts at close: the first (blind) one is kept, a recount is a correction.

Closing counts the drawer blind: the till shows what it expected only once a
complete count is entered, and that count is stored with the day and
journalled (``day_counts``, migration 0007). Counting again after the
expected amount was shown is a correction: it needs a shop leader (or, in a
shop that wants a second counter, another person who counts with them) and,
when it changes the counted amount, a note saying why. Every count stays: the
Z shows the first, every recount and the final one.

These are the rules :class:`bruktpos.services.day.DayService` applies inside
its own transactions.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection, insert, text

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import RecountNeedsApproval
from bruktpos.domain.people import Operator
from bruktpos.domain.reports import CountLine
from bruktpos.domain.roles import Action, may
from bruktpos.store import journal
from bruktpos.store.journal import Event, iso
from bruktpos.store.prepared import inserted_id

FIRST = "first"
RECOUNT = "recount"

_COUNTS = text(
    "SELECT c.seq, c.kind, c.cash, c.by_denomination, u.name, c.at, c.expected_cash, a.name, c.note "
    "FROM day_counts c JOIN users u ON u.id = c.counted_by LEFT JOIN users a ON a.id = c.approved_by "
    "WHERE c.business_day_id = :day ORDER BY c.seq"
)


def day_counts(conn: Connection, business_day_id: int) -> tuple[CountLine, ...]:
    """Every stored count of the day, the first first."""
    return tuple(
        CountLine(
            seq=int(seq),
            kind=str(kind),
            cash=int(cash),
            by_denomination={str(k): int(v) for k, v in json.loads(pieces).items()},
            by=str(by),
            at=str(at),
            expected=int(expected),
            approved_by=approver,
            note=str(note or ""),
        )
        for seq, kind, cash, pieces, by, at, expected, approver, note in conn.execute(
            _COUNTS, {"day": business_day_id}
        )
    )


def same_count(line: CountLine, count: CashCount) -> bool:
    """True when ``count`` is piece for piece the stored ``line``."""
    return dict(line.by_denomination) == count.as_dict()


def store_count(
    conn: Connection,
    *,
    business_day_id: int,
    register_id: int,
    business_date: str,
    count: CashCount,
    expected: int,
    operator: Operator,
    approver: Operator | None,
    note: str,
    second_counter_allowed: bool,
    at: datetime,
) -> tuple[CountLine, bool]:
    """Store ``count`` as the day's next count; returns it and whether it is new.

    The same count as the last stored one is not stored again. A recount
    raises :class:`RecountNeedsApproval` without a note (when the amount
    changed) or without someone allowed to approve it: a leader (the operator
    themselves when they are one), or the second counter where the shop wants
    one — never the person who counted.
    """
    # Here, not at the top: the X and Z reports read the counts and need neither.
    from bruktpos.store.integrity import journalled_rows
    from bruktpos.store.models import DayCount

    counts = day_counts(conn, business_day_id)
    if counts and same_count(counts[-1], count):
        return counts[-1], False
    approved: Operator | None = None
    kind = FIRST
    if counts:
        kind = RECOUNT
        first, last = counts[0], counts[-1]
        if count.total != last.cash and not note:
            raise RecountNeedsApproval(first.cash, count.total, RecountNeedsApproval.NOTE)
        if approver is None and may(operator.role, Action.CORRECT_COUNT):
            approved = operator
        elif (
            approver is not None
            and approver.id != operator.id
            and (may(approver.role, Action.CORRECT_COUNT) or second_counter_allowed)
        ):
            approved = approver
        else:
            raise RecountNeedsApproval(first.cash, count.total, RecountNeedsApproval.LEADER)
    else:
        note = ""  # the blind count needs no explanation
    seq = (counts[-1].seq if counts else 0) + 1
    pieces = count.as_dict()
    count_id = inserted_id(
        conn.execute(
            insert(DayCount).values(
                business_day_id=business_day_id,
                seq=seq,
                kind=kind,
                cash=count.total,
                by_denomination=json.dumps(pieces, sort_keys=True),
                expected_cash=expected,
                counted_by=operator.id,
                at=at,
                approved_by=approved.id if approved is not None else None,
                note=note,
            )
        )
    )
    line = CountLine(
        seq=seq,
        kind=kind,
        cash=count.total,
        by_denomination=pieces,
        by=operator.name,
        at=iso(at),
        expected=expected,
        approved_by=approved.name if approved is not None else None,
        note=note,
    )
    journal.append(
        conn,
        Event.DRAWER_COUNTED,
        at=at,
        user_id=operator.id,
        register_id=register_id,
        details={
            "business_day": business_day_id,
            "business_date": business_date,
            **line.to_json(),
            "approved_by_id": approved.id if approved is not None else None,
            "rows": {"day_counts": journalled_rows(conn, "day_counts", [count_id])},
        },
    )
    return line, True
