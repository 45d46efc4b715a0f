"""The push path: on a PostgreSQL hub from schema step 8, the only way a shop writes.

A shop's login has no INSERT, UPDATE or DELETE on any table
(:func:`bruktpos.hub.grants.lock_down`), so it cannot take a lock that another
shop's push or a coordinator's read would wait for. It writes by calling two
SECURITY DEFINER functions, which run as the hub's owner:

* ``hub_push(push jsonb)`` — one push: the shop's ``shop_sync`` row, its days
  (an older revision never overwrites a newer one), its anchors and public
  keys (kept as first sent); returns the shop's held keys, so that the caller
  can tell which of its keys the hub refused;
* ``hub_refuse_keys(refusals jsonb)`` — records those refused keys.

Both write only rows of the shop the *login* belongs to
(``hub_shop_of(session_user)``): a push naming another shop code is refused
with a plain message, and the shop code of every row is the login's, never
the one sent. The rows touched are the shop's own (its days, its month and
week roll-ups, its ``shop_sync``), so a shop holding its transaction open
keeps only itself waiting. On a SQLite hub, and on a PostgreSQL hub before
step 8, the push writes the tables directly (:mod:`bruktpos.hub.push`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from psycopg import sql
from sqlalchemy import Connection, text

from bruktpos.domain.anchors import key_fingerprint, same_key
from bruktpos.hub.grants import current_database, execute, group_names

log = logging.getLogger(__name__)

PUSH_PATH_SINCE = 8  # the hub schema version that brought it
REFUSED_CODE = "42501"  # insufficient_privilege, the SQLSTATE of a push for another shop

# The day columns the push sets (shop_code comes from the login), in table order.
_DAY_COLUMNS = (
    "register_code",
    "business_date",
    "revision",
    "received_at",
    "net_sales",
    "gross_sales",
    "returns",
    "receipts",
    "items_sold",
    "discounts",
    "cash_difference",
    "grams_received",
    "cafe_sales",
    "shop_sales",
    "first_sale_at",
    "last_sale_at",
    "payload",
)
_ANCHOR_COLUMNS = (
    "register_code",
    "business_date",
    "revision",
    "received_at",
    "receipt_no",
    "signature",
    "key_version",
    "journal_id",
    "journal_hash",
)
_KEY_COLUMNS = ("register_code", "key_version", "public_key", "received_at")
_REFUSAL_COLUMNS = ("register_code", "key_version", "fingerprint", "public_key", "received_at")


def _insert(table: str, columns: tuple[str, ...], rows: str, conflict: str) -> str:
    named = ", ".join(columns)
    picked = ", ".join(f"r.{c}" for c in columns)
    return (
        f"INSERT INTO {table} AS t (shop_code, {named})"
        f" SELECT me, {picked} FROM jsonb_populate_recordset(NULL::{table}, {rows}) AS r {conflict};"
    )


def _functions_sql() -> list[str]:
    me = """
    DECLARE
        me text := public.hub_shop_of(session_user::text);
    BEGIN
        IF me IS NULL THEN
            RAISE EXCEPTION 'the login %% is not a shop''s login on this hub', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;"""
    # exec_driver_sql: psycopg's placeholders, so RAISE's % is written %%.
    update_day = ", ".join(f"{c} = EXCLUDED.{c}" for c in _DAY_COLUMNS[2:])  # not the key
    newer_day = (
        "ON CONFLICT (shop_code, register_code, business_date)"
        f" DO UPDATE SET {update_day} WHERE EXCLUDED.revision >= t.revision"
    )
    days = _insert("day_summaries", _DAY_COLUMNS, "push->'days'", newer_day)
    anchors = _insert("register_anchors", _ANCHOR_COLUMNS, "push->'anchors'", "ON CONFLICT DO NOTHING")
    keys = _insert("register_keys", _KEY_COLUMNS, "push->'keys'", "ON CONFLICT DO NOTHING")
    refusals = _insert("register_key_refusals", _REFUSAL_COLUMNS, "refusals", "ON CONFLICT DO NOTHING")
    push = f"""
    CREATE FUNCTION hub_push(push jsonb)
    RETURNS TABLE (held_register text, held_version integer, held_key text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    {me}
        IF push->>'shop_code' IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'the login %% sends for shop %% only, not for shop %%',
                session_user, me, push->>'shop_code' USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The shop code is bound to the installation that first sends as it (step 7).
        INSERT INTO shop_installations (shop_code, installation_id, bound_at)
        VALUES (me, push->>'installation_id', (push->>'received_at')::timestamptz)
        ON CONFLICT (shop_code) DO NOTHING;
        IF (SELECT i.installation_id FROM shop_installations AS i WHERE i.shop_code = me)
                IS DISTINCT FROM push->>'installation_id' THEN
            RAISE EXCEPTION 'shop %% is bound to another installation; see bruktpos hub rebind', me
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO shop_sync AS s (shop_code, last_contact_at, last_business_date, days_sent)
        VALUES (me, (push->>'received_at')::timestamptz, (push->>'newest')::date,
                (push->>'days_sent')::integer)
        ON CONFLICT (shop_code) DO UPDATE SET
            last_contact_at = EXCLUDED.last_contact_at,
            last_business_date = greatest(s.last_business_date, EXCLUDED.last_business_date),
            days_sent = EXCLUDED.days_sent;
        {days}
        {anchors}
        {keys}
        RETURN QUERY SELECT k.register_code::text, k.key_version, k.public_key
            FROM register_keys AS k WHERE k.shop_code = me;
    END $$
    """
    refuse = f"""
    CREATE FUNCTION hub_refuse_keys(refusals jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    {me}
        {refusals}
    END $$
    """
    return [push, refuse]


def install_push_path(conn: Connection) -> None:
    """Create the two functions; only the shops' group may run them (part of step 8)."""
    for statement in _functions_sql():
        conn.exec_driver_sql(statement)
    shops_group = sql.Identifier(group_names(current_database(conn))[0])
    for signature in ("hub_push(jsonb)", "hub_refuse_keys(jsonb)"):
        execute(conn, sql.SQL(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        execute(conn, sql.SQL(f"GRANT EXECUTE ON FUNCTION {signature} TO {{}}").format(shops_group))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("hub timestamps must be timezone-aware")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{c: _plain(row.get(c)) for c in columns} for row in rows]


def push_document(
    code: str,
    installation: str,
    now: datetime,
    newest: date,
    days: list[dict[str, Any]],
    anchors: list[dict[str, Any]],
    keys: list[tuple[str, int, str]],
) -> str:
    """The JSON ``hub_push`` takes: the shop, when, its days, anchors and public keys."""
    received = _plain(now)
    return json.dumps(
        {
            "shop_code": code,
            "installation_id": installation,
            "received_at": received,
            "newest": newest.isoformat(),
            "days_sent": len(days),
            "days": _rows(days, _DAY_COLUMNS),
            "anchors": _rows(anchors, _ANCHOR_COLUMNS),
            "keys": [
                {"register_code": r, "key_version": v, "public_key": pem, "received_at": received}
                for r, v, pem in keys
            ],
        }
    )


def send_through_push_path(
    hub: Connection,
    code: str,
    installation: str,
    now: datetime,
    newest: date,
    days: list[dict[str, Any]],
    anchors: list[dict[str, Any]],
    keys: list[tuple[str, int, str]],
) -> list[str]:
    """One push through ``hub_push``, in the caller's hub transaction; returns the keys refused ("K1 v1")."""
    received = _plain(now)
    push = push_document(code, installation, now, newest, days, anchors, keys)
    held = {
        (row.held_register, row.held_version): row.held_key
        for row in hub.execute(text("SELECT * FROM hub_push(CAST(:push AS jsonb))"), {"push": push})
    }
    refused = [(r, v, pem) for r, v, pem in keys if not same_key(held.get((r, v)), pem)]
    if not refused:
        return []
    refusals = [
        {
            "register_code": r,
            "key_version": v,
            "fingerprint": key_fingerprint(pem),
            "public_key": pem,
            "received_at": received,
        }
        for r, v, pem in refused
    ]
    hub.execute(text("SELECT hub_refuse_keys(CAST(:refusals AS jsonb))"), {"refusals": json.dumps(refusals)})
    log.warning(
        "the hub refused %d public key(s) of shop %s: another key was sent before for %s",
        len(refused),
        code,
        ", ".join(f"register {r} version {v}" for r, v, _ in refused),
    )
    return [f"{r} v{v}" for r, v, _ in refused]
