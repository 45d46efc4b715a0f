"""The journal: every audit event, append-only, chained by SHA-256.

Each entry's hash covers the previous entry's hash and the entry's own facts,
so changing, removing or reordering any entry breaks the chain from there on.
Event kinds map one-to-one to SAF-T Cash Register event codes
(PredefinedBasicID-13); kinds SAF-T has no code for use 13999 "other".
"""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from bruktpos.store.prepared import Prepared

GENESIS_HASH = "0" * 64


class Event(StrEnum):
    POS_START = "pos_start"
    POS_STOP = "pos_stop"
    SETUP = "setup"
    LOGIN = "login"
    LOGOUT = "logout"
    LOGIN_FAILED = "login_failed"
    USER_LOCKED = "user_locked"
    USER_CHANGED = "user_changed"
    DRAWER_OPENED = "drawer_opened"
    X_REPORT = "x_report"
    Z_REPORT = "z_report"
    SALE_SUSPENDED = "sale_suspended"
    SALE_RESUMED = "sale_resumed"
    # A payment taken before a sale was parked, undone and handed back to the customer (13999).
    PAYMENT_GIVEN_BACK = "payment_given_back"
    SALE = "sale"
    RETURN = "return"
    RECEIPT_COPY = "receipt_copy"
    TRAINING_SALE = "training_sale"
    PRICE_CHANGE = "price_change"
    PRICE_OVERRIDE = "price_override"
    DISCOUNT = "discount"  # a discount given on a cart line, with who approved it (13021 price change)
    LINE_VOID = "line_void"
    TRAINING_ON = "training_on"
    TRAINING_OFF = "training_off"
    NO_RECEIPT = "no_receipt"
    SETTINGS_CHANGED = "settings_changed"
    BACKUP = "backup"
    VOUCHER_COPY = "voucher_copy"  # a store-credit voucher printed again, marked KOPI (13999)
    DAY_OPENED = "day_opened"  # the float counted, sales may start (no SAF-T code: 13999)
    # A complete count of the drawer at close, the first or a recount (issue 13). SAF-T has
    # no code for a count (13006 is the drawer shut, 13018 a printed report): 13999 "other".
    DRAWER_COUNTED = "drawer_counted"
    CASH_IN = "cash_in"  # a pay-in (no SAF-T code: 13999)
    CASH_OUT = "cash_out"  # a pay-out or a bank deposit (13019 cash withdrawal)
    ITEMS_OFF_SHELF = "items_off_shelf"  # discarded, recycled or moved (13999)
    GOODS_RECEIVED = "goods_received"  # café or new goods counted in (13999)
    # A registered donation's weights put right by a leader: reversing and new lines (13999).
    DONATION_CORRECTED = "donation_corrected"
    CATEGORY_CHANGED = "category_changed"  # added, renamed, re-priced, re-taxed, retired (13999)
    PRODUCT_CHANGED = "product_changed"  # a café or new-goods product added or changed (13999)
    REGISTER_ADDED = "register_added"  # a further register, with its own series and key (13999)
    SHOP_CHANGED = "shop_changed"  # the shop's details: name, org. number, address … (13999)
    SAFT_EXPORT = "saft_export"  # the journal exported as a SAF-T Cash Register file (13020)
    # A sale's (or return's) receipt came out of the printer: the original, also when it is
    # the first that printed after a failure (the customer never had one). 13012.
    RECEIPT_PRINTED = "receipt_printed"
    # A sale's receipt could not print, with the reason; the till offers it until it prints.
    # SAF-T has no code for a failed print: 13999 "other".
    RECEIPT_FAILED = "receipt_failed"
    # The electronic journal of a period printed on the receipt printer (13018 "other
    # reports"), or saved as a PDF or CSV file (13020 "export of journal"), with who and the period.
    JOURNAL_PRINTED = "journal_printed"
    JOURNAL_EXPORTED = "journal_exported"

    @property
    def saft_code(self) -> str:
        return _SAFT_CODES.get(self, "13999")


_SAFT_CODES: dict[Event, str] = {
    Event.POS_START: "13001",
    Event.POS_STOP: "13002",
    Event.LOGIN: "13003",
    Event.LOGOUT: "13004",
    Event.DRAWER_OPENED: "13005",
    Event.X_REPORT: "13008",
    Event.Z_REPORT: "13009",
    Event.SALE_SUSPENDED: "13010",
    Event.SALE_RESUMED: "13011",
    # The sale itself is 13999: 13012 "sales receipt printed" is journalled only when the
    # receipt printed (Event.RECEIPT_PRINTED). Older journals keep 13012 on their sales.
    Event.RECEIPT_PRINTED: "13012",
    Event.RETURN: "13013",
    Event.RECEIPT_COPY: "13014",
    Event.TRAINING_SALE: "13017",
    Event.BACKUP: "13020",
    Event.SAFT_EXPORT: "13020",
    Event.JOURNAL_EXPORTED: "13020",
    Event.JOURNAL_PRINTED: "13018",
    Event.PRICE_CHANGE: "13021",
    Event.PRICE_OVERRIDE: "13021",
    Event.DISCOUNT: "13021",
    Event.TRAINING_ON: "13023",
    Event.TRAINING_OFF: "13024",
    Event.NO_RECEIPT: "13030",
    Event.CASH_OUT: "13019",
}

# Every kind but the sales: the condition of the journal's (register, event, at)
# index (migration 0014), which a query must say word for word for SQLite to use it.
NOT_A_SALE = f"event NOT IN ('{Event.SALE.value}', '{Event.TRAINING_SALE.value}')"


def iso(value: datetime) -> str:
    """The one text form of a timestamp (as stored, hashed and signed)."""
    return value.isoformat(timespec="microseconds")


def plain(value: Any) -> Any:
    """A stored value as the database gives it back (bool → int, time → text)."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no spaces: one text for one content."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=plain)


def entry_hash(
    previous: str,
    *,
    at: str,
    event: str,
    saft_code: str,
    user_id: int | None,
    register_id: int | None,
    sale_id: int | None,
    details: str,
) -> str:
    body = canonical_json([previous, at, event, saft_code, user_id, register_id, sale_id, details])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@functools.cache
def _statements() -> tuple[Prepared, Prepared]:
    """The last hash's query and the insert, built once, on the first append.

    The till journals on every sale, and a prebuilt Core statement skips
    SQLAlchemy's per-call statement construction. Built on first use, so that
    reading the journal's kinds (the X and Z reports in a fresh process) does
    not import the ORM models.
    """
    from bruktpos.store.models import JournalEntry

    table = JournalEntry.__table__
    last = Prepared(select(table.c.hash).order_by(table.c.id.desc()).limit(1))
    insert = Prepared(
        table.insert(), ("at", "event", "saft_code", "user_id", "register_id", "sale_id", "details", "hash")
    )
    return last, insert


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def last_hash(target: Session | Connection) -> str:
    found = _statements()[0].execute(_connection(target)).fetchone()
    return found[0] if found else GENESIS_HASH


def append(
    target: Session | Connection,
    event: Event,
    *,
    at: datetime,
    user_id: int | None = None,
    register_id: int | None = None,
    sale_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> str:
    """Write one event at the end of the chain (inside the caller's transaction).

    ``target`` is the caller's Session or Connection.
    """
    text = canonical_json(details or {})
    row: dict[str, Any] = {
        "at": at,
        "event": event.value,
        "saft_code": event.saft_code,
        "user_id": user_id,
        "register_id": register_id,
        "sale_id": sale_id,
        "details": text,
    }
    row["hash"] = entry_hash(
        last_hash(target),
        at=iso(at),
        event=event.value,
        saft_code=event.saft_code,
        user_id=user_id,
        register_id=register_id,
        sale_id=sale_id,
        details=text,
    )
    _statements()[1].execute(_connection(target), row)
    return str(row["hash"])
