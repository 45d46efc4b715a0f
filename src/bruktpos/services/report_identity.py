"""The X and Z section the cash register rules ask of every report (issue 14).

Kassasystemforskrifta § 2-8-2 and § 2-8-3 list what an X and a Z show beyond
the sales: the system's name and version and the register's identity, the
day's first and last receipt number, the training receipts (count and
amount), and how often the drawer was opened, with a sale and without one.

* The receipt numbers are those of the register's real series on the day:
  sales and returns share it (see
  :class:`~bruktpos.services.sale_writer.ReceiptSeries`); training receipts
  have a series of their own and are counted apart.
* The training receipts are the day's training sales and returns: how many,
  and their total (sales less returns).
* The drawer's openings are what is journalled: entries with SAF-T code 13005
  ("cash drawer opened") in the day's span, of whichever kind (``Event``) has
  it; with a sale when the entry names a sale, without one when it does not.
  Nothing is inferred from the payments: a cash sale whose opening was not
  journalled is not counted.
* Price look-ups: the till records none (a scanned or typed item goes on the
  sale, there is no "look up a price" function), so the report shows none.
"""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from sqlalchemy import Connection, bindparam, text

import bruktpos
from bruktpos.domain.reports import CountAmount, DrawerOpenings
from bruktpos.store.journal import NOT_A_SALE, Event

SYSTEM_NAME = "BruktPOS"

_SERIES = text(
    "SELECT min(receipt_no), max(receipt_no) FROM sales "
    "WHERE register_id = :register AND business_date = :date AND training = 0"
)
_TRAINING = text(
    "SELECT count(*), coalesce(sum(total), 0) FROM sales "
    "WHERE register_id = :register AND business_date = :date AND training = 1"
)
# Every kind of entry SAF-T codes 13005, looked up by kind so the journal's
# (register, event, at) index serves it (its condition said too); the code is checked as well.
DRAWER_OPENED_CODE = "13005"
_OPENING_EVENTS = tuple(event.value for event in Event if event.saft_code == DRAWER_OPENED_CODE)
_OPENINGS = text(
    "SELECT sale_id IS NOT NULL, count(*) FROM journal "
    "WHERE register_id = :register AND event IN :events AND saft_code = :code "
    f"AND at >= :start AND at < :end AND {NOT_A_SALE} GROUP BY sale_id IS NOT NULL"
).bindparams(bindparam("events", expanding=True))


class Identity(TypedDict):
    system_name: str
    system_version: str
    first_receipt_no: int | None
    last_receipt_no: int | None
    training: CountAmount
    drawer_openings: DrawerOpenings


def system_version() -> str:
    """The running BruktPOS's version, as the package states it."""
    return bruktpos.__version__


def identity_section(
    conn: Connection, register_id: int, business_date: date, start: str, end: str
) -> Identity:
    """The system, the receipt series, the training receipts and the drawer's openings.

    ``start`` and ``end`` are the day's span in the journal (ISO text, ``end``
    excluded), as the report's other journal counts use.
    """
    params = {"register": register_id, "date": business_date.isoformat()}
    first, last = conn.execute(_SERIES, params).one()
    training_count, training_amount = conn.execute(_TRAINING, params).one()
    openings = {
        bool(with_sale): int(n)
        for with_sale, n in conn.execute(
            _OPENINGS,
            {
                "register": register_id,
                "events": list(_OPENING_EVENTS),
                "code": DRAWER_OPENED_CODE,
                "start": start,
                "end": end,
            },
        )
    }
    return {
        "system_name": SYSTEM_NAME,
        "system_version": system_version(),
        "first_receipt_no": None if first is None else int(first),
        "last_receipt_no": None if last is None else int(last),
        "training": CountAmount(int(training_count), int(training_amount)),
        "drawer_openings": DrawerOpenings(
            with_sale=openings.get(True, 0), without_sale=openings.get(False, 0)
        ),
    }
