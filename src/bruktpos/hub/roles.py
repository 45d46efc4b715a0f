"""Who may do what on a PostgreSQL hub, enforced by PostgreSQL itself.

Each hub database gets two group roles named after it (roles are shared by
the whole cluster, so a second hub in the same cluster gets its own):
``<db>_shops`` and ``<db>_coordinators``. A shop logs in as ``<db>_<code>``,
a member of ``<db>_shops``; a coordinator as ``<db>_<name>``, a member of
``<db>_coordinators``.

* Grants: shops may SELECT, INSERT and UPDATE ``day_summaries`` and
  ``shop_sync`` and read ``shops``, ``month_summaries``, ``week_summaries``
  and ``hub_meta``; never DELETE (``month_summaries`` and ``week_summaries``
  are written only by their triggers, which run as the owner). The anchors
  and keys (``register_anchors``, ``register_keys``, ``register_key_refusals``)
  they may only SELECT and INSERT: what a shop sent stays as it was sent.
  Coordinators may only SELECT.
* Row-level security (ENABLE + FORCE) on ``day_summaries``, ``month_summaries``,
  ``week_summaries``, ``shop_sync``, ``shops`` and the anchor tables: a shop's
  policies compare the row's shop code with ``hub_shop_of(current_user)``, a
  SECURITY DEFINER function that looks the login up in ``hub_roles`` (which
  shops cannot read). So a shop reads,
  inserts and updates only its own rows, and cannot move a row to another
  shop (WITH CHECK). Coordinators see every row. The owner (the admin who ran
  ``hub init``) has an all-rows policy, since FORCE applies to it too.
* ``CONNECT`` on the database is taken from PUBLIC and given to the groups.
* From step 8 (:func:`bruktpos.hub.grants.lock_down`) the grants above that
  write are gone: both groups may only SELECT, so a login can ``LOCK`` only
  in ACCESS SHARE mode and cannot TRUNCATE, CREATE (not even a temporary
  table) or ALTER anything. Shops write through the push path
  (:mod:`bruktpos.hub.push_path`), as their own shop only. Each login gets
  its kind's :class:`~bruktpos.hub.grants.RoleLimits` (timeouts, connection
  limit) when it is made; :func:`set_limits` changes them for all.

Identifiers and passwords are always composed with :mod:`psycopg.sql`
(``Identifier``/``Literal``), never pasted into SQL text, and passwords are
never logged or put in an error message. On a SQLite hub there are no
logins: :func:`add_shop` only records the shop and :func:`add_coordinator`
does nothing; both say so in :attr:`Granted.note`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from psycopg import sql
from sqlalchemy import Connection, select
from sqlalchemy.engine import make_url

from bruktpos.hub.grants import (
    RoleLimits,
    apply_limits,
    apply_stored_limits,
    current_database,
    execute,
    group_names,
    role_exists,
    store_limits,
    stored_limits,
)
from bruktpos.hub.schema import hub_engine, hub_roles, schema_version, shops

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")
SQLITE_NOTE = "a SQLite hub has no logins: it is for one machine; every program on it reads and writes it"


@dataclass(frozen=True)
class Granted:
    """What :func:`add_shop`/:func:`add_coordinator` made."""

    url: str  # the URL to give the shop or coordinator (with its password)
    role: str  # the PostgreSQL login ("" on SQLite)
    password: str  # "" on SQLite
    note: str = ""  # why nothing was made (SQLite)

    def __iter__(self) -> Iterator[str]:
        # So that ``url, password = add_shop(...)`` works.
        return iter((self.url, self.password))


class ShopExists(ValueError):
    """``add_shop`` for a code the hub already has: nothing was changed."""


def check_code(code: str) -> str:
    """A shop code: letters, digits, ``-`` and ``_``, at most 20 characters."""
    if not CODE.match(code):
        raise ValueError(f"shop code {code!r}: use letters, digits, - and _ (at most 20 characters)")
    return code


def login_name(database: str, name: str) -> str:
    role = f"{database}_{name}".lower()
    if len(role.encode()) > 63:
        raise ValueError(f"role name {role!r} is longer than PostgreSQL's 63 bytes")
    return role


def _url_for(admin_url: str, role: str, password: str) -> str:
    return make_url(admin_url).set(username=role, password=password).render_as_string(hide_password=False)


def _login(conn: Connection, role: str, password: str, group: str) -> None:
    """Create the login role, or give an existing one the new password."""
    verb = "ALTER" if role_exists(conn, role) else "CREATE"
    execute(
        conn,
        sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)),
    )
    execute(conn, sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(role)))


def _require_hub(conn: Connection) -> None:
    if schema_version(conn) is None:
        raise RuntimeError("this database is not a hub yet: run `bruktpos hub init --hub URL` first")


def add_shop(admin_url: str, code: str, name: str | None = None, password: str | None = None) -> Granted:
    """Record a shop on the hub and, on PostgreSQL, make its login.

    Returns the URL the shop should sync to (with its password) and the
    password (generated unless given). A code the hub already has raises
    :class:`ShopExists` and changes nothing: its login keeps its password
    (``hub reset-password`` gives it a new one, :mod:`bruktpos.hub.identity`).
    """
    check_code(code)
    name = name or code
    engine = hub_engine(admin_url)
    try:
        with engine.begin() as conn:
            _require_hub(conn)
            if conn.execute(select(shops.c.code).where(shops.c.code == code)).first() is not None:
                raise ShopExists(code)
            _upsert_shop(conn, code, name)
            if conn.dialect.name != "postgresql":
                return Granted(url=admin_url, role="", password="", note=SQLITE_NOTE)
            password = password or secrets.token_urlsafe(18)
            database = current_database(conn)
            role = login_name(database, code)
            _login(conn, role, password, group_names(database)[0])
            apply_limits(conn, role, stored_limits(conn, "shop"))
            _map_role(conn, role, "shop", code)
            return Granted(url=_url_for(admin_url, role, password), role=role, password=password)
    finally:
        engine.dispose()


def add_coordinator(admin_url: str, name: str, password: str | None = None) -> Granted:
    """A read-only login over all shops (PostgreSQL); nothing on SQLite."""
    check_code(name)
    engine = hub_engine(admin_url)
    try:
        with engine.begin() as conn:
            _require_hub(conn)
            if conn.dialect.name != "postgresql":
                return Granted(url=admin_url, role="", password="", note=SQLITE_NOTE)
            password = password or secrets.token_urlsafe(18)
            database = current_database(conn)
            role = login_name(database, name)
            _login(conn, role, password, group_names(database)[1])
            apply_limits(conn, role, stored_limits(conn, "coordinator"))
            _map_role(conn, role, "coordinator", None)
            return Granted(url=_url_for(admin_url, role, password), role=role, password=password)
    finally:
        engine.dispose()


def _upsert_shop(conn: Connection, code: str, name: str) -> None:
    if conn.execute(select(shops.c.code).where(shops.c.code == code)).first() is None:
        conn.execute(shops.insert().values(code=code, name=name, created_at=datetime.now(UTC)))
    else:
        conn.execute(shops.update().where(shops.c.code == code).values(name=name))


def _map_role(conn: Connection, role: str, kind: str, shop_code: str | None) -> None:
    conn.execute(hub_roles.delete().where(hub_roles.c.role_name == role))
    conn.execute(hub_roles.insert().values(role_name=role, kind=kind, shop_code=shop_code))


def set_limits(admin_url: str, kind: str, limits: RoleLimits) -> int:
    """Give every ``kind`` ("shop" or "coordinator") login these limits, now and when made later.

    Kept in ``hub_meta``; a login's sessions opened after this have them.
    Returns how many logins were changed (0 on SQLite, which has none).
    """
    engine = hub_engine(admin_url)
    try:
        with engine.begin() as conn:
            _require_hub(conn)
            if conn.dialect.name != "postgresql":
                return 0
            store_limits(conn, kind, limits)
            return apply_stored_limits(conn, kind)
    finally:
        engine.dispose()
