"""The PostgreSQL grants, row-level security and login limits of a hub database (hub schema steps 3, 5, 6, 8).

What the policies mean is told in :mod:`bruktpos.hub.roles`, which makes the
logins. The schema's steps (:mod:`bruktpos.hub.schema`) call these; this
module needs nothing of the schema's, so the two do not import each other.
Identifiers are always composed with :mod:`psycopg.sql`, never pasted in.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, text


def group_names(database: str) -> tuple[str, str]:
    """The (shops, coordinators) group roles of one hub database."""
    return f"{database}_shops", f"{database}_coordinators"


def _cursor(conn: Connection) -> psycopg.Cursor[Any]:
    """A cursor on the psycopg connection under ``conn`` (the hub is always PostgreSQL via psycopg)."""
    raw = conn.connection.driver_connection
    if not isinstance(raw, psycopg.Connection):
        raise TypeError(f"the hub's grants need a psycopg connection, not {type(raw).__name__}")
    return raw.cursor()


def execute(conn: Connection, statement: sql.SQL | sql.Composed) -> None:
    """Run composed SQL on the psycopg connection under ``conn``, in its transaction."""
    with _cursor(conn) as cursor:
        cursor.execute(statement)


def role_exists(conn: Connection, role: str) -> bool:
    with _cursor(conn) as cursor:
        cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        return cursor.fetchone() is not None


def current_database(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT current_database()").scalar())


def install_row_level_security(conn: Connection) -> None:
    """Group roles, grants, the lookup function and the policies (hub schema step 3)."""
    database = current_database(conn)
    owner = str(conn.exec_driver_sql("SELECT current_user").scalar())
    shops_group, coordinators_group = (sql.Identifier(n) for n in group_names(database))
    for name in group_names(database):
        if not role_exists(conn, name):
            execute(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    execute(
        conn,
        sql.SQL(
            "CREATE OR REPLACE FUNCTION hub_shop_of(role_name text) RETURNS text"
            " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS"
            " $$ SELECT shop_code FROM public.hub_roles WHERE hub_roles.role_name = $1 AND kind = 'shop' $$"
        ),
    )
    statements = [
        "REVOKE ALL ON FUNCTION hub_shop_of(text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION hub_shop_of(text) TO {shops}, {coordinators}",
        "REVOKE CONNECT ON DATABASE {database} FROM PUBLIC",
        "GRANT CONNECT ON DATABASE {database} TO {shops}, {coordinators}",
        "GRANT USAGE ON SCHEMA public TO {shops}, {coordinators}",
        "GRANT SELECT, INSERT, UPDATE ON day_summaries, shop_sync TO {shops}",
        "GRANT SELECT ON shops, hub_meta, month_summaries TO {shops}",
        "GRANT SELECT ON day_summaries, month_summaries, shop_sync, shops, hub_meta TO {coordinators}",
    ]
    own = "shop_code = hub_shop_of(current_user::text)"
    for table, column_check in (
        ("month_summaries", own),
        ("day_summaries", own),
        ("shop_sync", own),
        ("shops", own.replace("shop_code", "code")),
    ):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY owner_all ON {table} FOR ALL TO {{owner}} USING (true) WITH CHECK (true)",
            f"CREATE POLICY coordinator_read ON {table} FOR SELECT TO {{coordinators}} USING (true)",
            f"CREATE POLICY shop_read ON {table} FOR SELECT TO {{shops}} USING ({column_check})",
        ]
        if table not in ("shops", "month_summaries"):
            statements += [
                f"CREATE POLICY shop_insert ON {table} FOR INSERT TO {{shops}} WITH CHECK ({column_check})",
                f"CREATE POLICY shop_update ON {table} FOR UPDATE TO {{shops}}"
                f" USING ({column_check}) WITH CHECK ({column_check})",
            ]
    names = {
        "shops": shops_group,
        "coordinators": coordinators_group,
        "owner": sql.Identifier(owner),
        "database": sql.Identifier(database),
    }
    for statement in statements:
        execute(conn, sql.SQL(statement).format(**names))


def secure_summary_table(conn: Connection, table: str) -> None:
    """Grants and policies of a table kept by triggers, as step 3 gave ``month_summaries``.

    Shops read their own rows, coordinators every row, the owner (whose
    triggers write it) everything; nobody else may insert, update or delete.
    For a summary table added after step 3 (``week_summaries``, step 5).
    """
    database = current_database(conn)
    owner = str(conn.exec_driver_sql("SELECT current_user").scalar())
    shops_group, coordinators_group = (sql.Identifier(n) for n in group_names(database))
    statements = [
        "GRANT SELECT ON {table} TO {shops}, {coordinators}",
        "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        "CREATE POLICY owner_all ON {table} FOR ALL TO {owner} USING (true) WITH CHECK (true)",
        "CREATE POLICY coordinator_read ON {table} FOR SELECT TO {coordinators} USING (true)",
        "CREATE POLICY shop_read ON {table} FOR SELECT TO {shops}"
        " USING (shop_code = hub_shop_of(current_user::text))",
    ]
    names = {
        "table": sql.Identifier(table),
        "shops": shops_group,
        "coordinators": coordinators_group,
        "owner": sql.Identifier(owner),
    }
    for statement in statements:
        execute(conn, sql.SQL(statement).format(**names))


def secure_append_only_table(conn: Connection, table: str) -> None:
    """Grants and policies of a table a shop only ever adds its own rows to (hub schema step 6).

    Shops may SELECT and INSERT, never UPDATE or DELETE (no grant for either),
    and see and add only rows of their own shop code (row-level security,
    WITH CHECK); coordinators read every row; the owner has everything.
    """
    database = current_database(conn)
    owner = str(conn.exec_driver_sql("SELECT current_user").scalar())
    shops_group, coordinators_group = (sql.Identifier(n) for n in group_names(database))
    own = "shop_code = hub_shop_of(current_user::text)"
    statements = [
        "GRANT SELECT, INSERT ON {table} TO {shops}",
        "GRANT SELECT ON {table} TO {coordinators}",
        "ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        "CREATE POLICY owner_all ON {table} FOR ALL TO {owner} USING (true) WITH CHECK (true)",
        "CREATE POLICY coordinator_read ON {table} FOR SELECT TO {coordinators} USING (true)",
        f"CREATE POLICY shop_read ON {{table}} FOR SELECT TO {{shops}} USING ({own})",
        f"CREATE POLICY shop_insert ON {{table}} FOR INSERT TO {{shops}} WITH CHECK ({own})",
    ]
    names = {
        "table": sql.Identifier(table),
        "shops": shops_group,
        "coordinators": coordinators_group,
        "owner": sql.Identifier(owner),
    }
    for statement in statements:
        execute(conn, sql.SQL(statement).format(**names))


@dataclass(frozen=True)
class RoleLimits:
    """What one login may take of the hub, set on the login itself (``ALTER ROLE … IN DATABASE``).

    These hold for every session of the login, whatever program opens it
    (a till, ``psql``, a script); BruktPOS's own connections also send their
    timeouts (:mod:`bruktpos.hub.link`). A login can lower or raise its own
    session's timeouts with ``SET``: they bound what it does by mistake. What
    keeps it from holding up others is that it may take no lock others wait
    for (see :func:`lock_down`).
    """

    statement_s: float  # statement_timeout
    lock_s: float  # lock_timeout
    idle_in_transaction_s: float  # idle_in_transaction_session_timeout: a forgotten open transaction
    idle_session_s: float  # idle_session_timeout (PostgreSQL 14 and later): a forgotten connection
    connections: int  # CONNECTION LIMIT: one login cannot take the server's connection slots

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RoleLimits:
        return cls(**json.loads(text))


# A push is a few statements of milliseconds; two registers of one shop may wait for each other's rows.
SHOP_LIMITS = RoleLimits(
    statement_s=30, lock_s=10, idle_in_transaction_s=60, idle_session_s=600, connections=6
)
# The chapter report reads a month of payloads: give the coordinators' statements longer.
COORDINATOR_LIMITS = RoleLimits(
    statement_s=60, lock_s=10, idle_in_transaction_s=60, idle_session_s=1800, connections=10
)
DEFAULT_LIMITS = {"shop": SHOP_LIMITS, "coordinator": COORDINATOR_LIMITS}


def _limits_key(kind: str) -> str:
    if kind not in DEFAULT_LIMITS:
        raise ValueError(f"login kind {kind!r}: shop or coordinator")
    return f"limits.{kind}"


def stored_limits(conn: Connection, kind: str) -> RoleLimits:
    """The limits the hub gives logins of ``kind`` (``hub_meta``; the defaults before step 8)."""
    value = conn.execute(
        text("SELECT value FROM hub_meta WHERE key = :key"), {"key": _limits_key(kind)}
    ).scalar()
    return RoleLimits.from_json(value) if value else DEFAULT_LIMITS[kind]


def store_limits(conn: Connection, kind: str, limits: RoleLimits) -> None:
    conn.execute(
        text(
            "INSERT INTO hub_meta (key, value) VALUES (:key, :value)"
            " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"
        ),
        {"key": _limits_key(kind), "value": limits.to_json()},
    )


def _server_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)


def apply_limits(conn: Connection, role: str, limits: RoleLimits) -> None:
    """Set ``limits`` on the login ``role`` in this hub database (its next sessions have them)."""
    database = current_database(conn)
    settings = [
        ("statement_timeout", limits.statement_s),
        ("lock_timeout", limits.lock_s),
        ("idle_in_transaction_session_timeout", limits.idle_in_transaction_s),
    ]
    if _server_version(conn) >= 140000:
        settings.append(("idle_session_timeout", limits.idle_session_s))
    for name, seconds in settings:
        execute(
            conn,
            sql.SQL("ALTER ROLE {} IN DATABASE {} SET " + name + " = {}").format(
                sql.Identifier(role), sql.Identifier(database), sql.Literal(max(int(seconds * 1000), 1))
            ),
        )
    execute(
        conn,
        sql.SQL("ALTER ROLE {} CONNECTION LIMIT {}").format(
            sql.Identifier(role), sql.Literal(int(limits.connections))
        ),
    )


def apply_stored_limits(conn: Connection, kind: str | None = None) -> int:
    """Give every login in ``hub_roles`` (of ``kind``, or all) the hub's limits; returns how many."""
    rows = conn.execute(text("SELECT role_name, kind FROM hub_roles ORDER BY role_name")).all()
    count = 0
    for role, role_kind in rows:
        if (kind is None or role_kind == kind) and role_exists(conn, role):
            apply_limits(conn, role, stored_limits(conn, role_kind))
            count += 1
    return count


def lock_down(conn: Connection) -> None:
    """Hub schema step 8: shops and coordinators may read, and shops push, nothing else.

    * No table privilege but SELECT for either group or PUBLIC: without
      INSERT, UPDATE, DELETE or TRUNCATE, PostgreSQL lets a login ``LOCK``
      a table only in ACCESS SHARE mode, which waits for nobody's reads or
      writes (only for the admin's ``ALTER``), and refuses ``TRUNCATE`` and
      ``SELECT … FOR UPDATE``. ``ALL TABLES``: this also covers tables an
      earlier step made.
    * No CREATE or TEMPORARY on the database and no CREATE on the schema:
      no tables (not even temporary ones), schemas, functions or types.
      ALTER needs ownership, which no login has.
    * No function runs for PUBLIC; the step then gives shops EXECUTE on the
      push path (:mod:`bruktpos.hub.push_path`), the only way they write.
    * Every existing login gets its kind's :class:`RoleLimits`.
    """
    database = current_database(conn)
    shops_group, coordinators_group = (sql.Identifier(n) for n in group_names(database))
    privileges = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
    if _server_version(conn) >= 170000:
        privileges += ", MAINTAIN"  # PostgreSQL 17: VACUUM, ANALYZE, … and LOCK in any mode
    statements = [
        f"REVOKE {privileges} ON ALL TABLES IN SCHEMA public FROM PUBLIC, {{shops}}, {{coordinators}}",
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {shops}, {coordinators}",
        "REVOKE CREATE, TEMPORARY ON DATABASE {database} FROM PUBLIC, {shops}, {coordinators}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC, {shops}, {coordinators}",
        "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
    ]
    names = {"shops": shops_group, "coordinators": coordinators_group, "database": sql.Identifier(database)}
    for statement in statements:
        execute(conn, sql.SQL(statement).format(**names))
    for kind, limits in DEFAULT_LIMITS.items():
        conn.execute(
            text("INSERT INTO hub_meta (key, value) VALUES (:key, :value) ON CONFLICT (key) DO NOTHING"),
            {"key": _limits_key(kind), "value": limits.to_json()},
        )
    apply_stored_limits(conn)
