"""The PostgreSQL grants and row-level security of a hub database (hub schema steps 3, 5 and 6).

What the policies mean is told in :mod:`bruktpos.hub.roles`, which makes the
logins. The schema's steps (:mod:`bruktpos.hub.schema`) call these; this
module needs nothing of the schema's, so the two do not import each other.
Identifiers are always composed with :mod:`psycopg.sql`, never pasted in.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection


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
