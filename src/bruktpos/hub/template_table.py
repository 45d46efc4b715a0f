"""Hub schema step 10: the ``chapter_templates`` table's guards and publish function.

Kept apart from :mod:`bruktpos.hub.templates` (which reads and writes the
table through :mod:`bruktpos.hub.schema`) so the schema's steps import no
module that imports the schema back.
"""

from __future__ import annotations

from psycopg import sql
from sqlalchemy import Connection, Table

from bruktpos.hub.grants import current_database, execute, group_names


def install_templates(conn: Connection, chapter_templates: Table) -> None:
    """Step 10: the table; on PostgreSQL read-only for every login, written by the publish function."""
    chapter_templates.create(conn)
    if conn.dialect.name != "postgresql":
        for event in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER chapter_templates_no_{event.lower()} BEFORE {event} ON chapter_templates"
                " BEGIN SELECT RAISE(ABORT, 'chapter_templates is append-only'); END"
            )
        return
    # hub_append_only() is step 6's: a published version is never changed or taken back.
    conn.exec_driver_sql(
        "CREATE TRIGGER chapter_templates_append_only BEFORE UPDATE OR DELETE ON chapter_templates"
        " FOR EACH ROW EXECUTE FUNCTION hub_append_only()"
    )
    conn.exec_driver_sql(
        """
        CREATE FUNCTION hub_publish_template(content text, categories integer, products integer)
        RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            next_version integer;
        BEGIN
            -- One publisher at a time: two at once would both take the same next version.
            LOCK TABLE chapter_templates IN SHARE ROW EXCLUSIVE MODE;
            SELECT coalesce(max(version), 0) + 1 INTO next_version FROM chapter_templates;
            INSERT INTO chapter_templates
                (version, published_at, published_by, categories, products, content)
            VALUES (next_version, now(), session_user, categories, products, content);
            RETURN next_version;
        END $$
        """
    )
    database = current_database(conn)
    shops_group, coordinators_group = (sql.Identifier(n) for n in group_names(database))
    signature = "hub_publish_template(text, integer, integer)"
    execute(conn, sql.SQL(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
    execute(conn, sql.SQL(f"GRANT EXECUTE ON FUNCTION {signature} TO {{}}").format(coordinators_group))
    execute(
        conn,
        sql.SQL("GRANT SELECT ON chapter_templates TO {}, {}").format(shops_group, coordinators_group),
    )
