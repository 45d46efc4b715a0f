"""The hub database: tables, and the ordered steps that create or upgrade them.

The hub is reached through a SQLAlchemy URL: ``postgresql+psycopg://…`` for a
real chapter, ``sqlite:///path`` for one machine and for demos.

Why not Alembic here: the hub has a handful of tables that change rarely,
and two dialects with different security (row-level security exists only on
PostgreSQL). An ordered list of :class:`Step` functions, each told the
dialect, is easier to read and to test than a second Alembic environment
beside the shop's. ``hub_meta`` holds ``schema_version`` = the number of steps
applied; :func:`init_hub` applies the missing ones in one transaction (on
PostgreSQL under an advisory lock, so two ``hub init`` at once are safe).
Steps are never edited once released: a change is a new step at the end.

Tables (what the coordinator's view and ``hub summary`` read):

``shops``
    ``code`` (PK, e.g. ``S007``), ``name``, ``created_at``.
``day_summaries`` — one row per shop, register and business day, the highest
revision the shop sent. PK ``(shop_code, register_code, business_date)``.
    ``revision`` (1, 2 … a corrected day has a higher one), ``received_at``
    (hub time of the last accepted push of this row),
    money in integer øre: ``net_sales`` (= ``gross_sales`` − ``returns``),
    ``gross_sales`` (sales before returns, after discounts), ``returns``
    (positive: what was given back), ``discounts``, ``cash_difference``
    (counted − expected at the Z), ``cafe_sales`` and ``shop_sales``
    (net, by category kind); counts: ``receipts`` (sales, not returns),
    ``items_sold`` (pieces on sales, not returns); ``grams_received``
    (donations weighed in that day); ``first_sale_at``/``last_sale_at``
    (timestamps with time zone, or NULL on a day without sales);
    ``payload`` (JSON/JSONB: the whole summary, see
    :func:`bruktpos.hub.outbox.build_day_summary`, less its ``anchor``, which
    goes to ``register_anchors``).
``month_summaries`` — per shop and month (``month`` = its first day; PK
    ``(shop_code, month)``): ``days`` (register-days) and the sums of the
    same figures columns, kept by triggers on ``day_summaries`` (insert,
    update, delete); the overview's month and year views read it.
``week_summaries`` — the same per shop and ISO week (``week`` = its Monday;
    PK ``(shop_code, week)``), added by step 5 (which fills it from the
    day rows already there); the overview's week view reads it.
``shop_sync`` — ``shop_code`` (PK), ``last_contact_at`` (last successful
    push), ``last_business_date`` (newest day it has sent), ``days_sent``
    (rows in its last push).
``register_anchors`` — append-only (step 6): one row per shop, register,
    business date and revision, as the push first received it, never changed
    (PK ``(shop_code, register_code, business_date, revision)``):
    ``receipt_no`` and ``signature`` (the register's last receipt of its sales
    series at the Z; 0 and NULL before its first sale), ``key_version``,
    ``journal_id`` and ``journal_hash`` (the shop's journal head), ``received_at``.
``register_keys`` — append-only (step 6): each register's public keys, the
    first PEM received for a version is the one kept (PK ``(shop_code,
    register_code, key_version)``): ``public_key``, ``received_at``.
``register_key_refusals`` — append-only (step 6): a later, different PEM
    for a version the hub already has, refused and kept here as a flag (PK
    ``(shop_code, register_code, key_version, fingerprint)``).
``shop_installations`` — step 7 (shop identity): which installation may
    send as a shop code (PK ``shop_code``): ``installation_id`` (the shop
    database's own ID, :func:`bruktpos.hub.identity.installation_id`) and
    ``bound_at``. The first push of a code binds it; a push from another
    installation is refused (:class:`bruktpos.hub.identity.ShopRefused`)
    until the chapter's admin runs ``bruktpos hub rebind --shop CODE``, which
    deletes the row. On PostgreSQL a shop may read only its own row; from
    step 8 ``hub_push`` makes the binding, never changing or deleting one.
``month_categories`` and ``week_categories`` — step 9, per shop, month (its
    first day) or ISO week (its Monday) and ``category`` (PK ``(shop_code,
    month|week, category)``), 64-bit sums kept by triggers on
    ``day_summaries`` that read the payload in SQL: ``net_sales`` and
    ``quantity`` (the payload's ``categories``), ``grams_received`` (its
    ``donations.categories``), ``items_aged`` and ``sold_0d`` … ``sold_180d``
    (its ``sell_through``: items sold, and items per band of days from intake
    to sale by that day's median; see :mod:`bruktpos.hub.rollups`). The
    coordinators' category mix, kilos by category and sell-through read them.
``chapter_templates`` — step 10, append-only: every published version of the
    chapter's set-up file (PK ``version``): ``published_at``, ``published_by``,
    ``categories``, ``products`` (counts) and ``content`` (TOML); see
    :mod:`bruktpos.hub.templates`. Every login reads it; on PostgreSQL only
    coordinators publish, through ``hub_publish_template``.
Step 11: a partial index on ``day_summaries (business_date)`` of the days whose
    cash difference is above :data:`CASH_INDEX_ABOVE` either way, which the
    coordinators' flags read (a year of 300 shops without reading 100,000 days).
``hub_roles`` — PostgreSQL login role → shop code (NULL for a coordinator);
    read only by the row-level-security function, not by shops.
``hub_meta`` — ``key``/``value``; ``schema_version``; from step 8
    ``limits.shop`` and ``limits.coordinator`` (JSON of
    :class:`bruktpos.hub.grants.RoleLimits`: each login's timeouts and
    connection limit).

Step 8 (roles that cannot hurt others, 64-bit money): the figures columns of
``day_summaries``, ``month_summaries`` and ``week_summaries`` become
``bigint`` on PostgreSQL (steps 1 and 5 still create them ``integer``, as
released; SQLite's INTEGER is 64-bit already). On PostgreSQL no login may
write any table (:func:`bruktpos.hub.grants.lock_down`); shops write through
the functions ``hub_push(jsonb)`` and ``hub_refuse_keys(jsonb)``
(:mod:`bruktpos.hub.push_path`); every login gets its kind's limits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.types import TypeDecorator

from bruktpos.hub.link import ADMIN_TIMEOUTS
from bruktpos.hub.link import hub_engine as hub_engine  # every hub engine is made there, with its timeouts


class UtcDateTime(TypeDecorator[datetime]):
    """An aware timestamp: ``timestamptz`` on PostgreSQL, UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("hub timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value


Json = JSON().with_variant(JSONB(), "postgresql")

metadata = MetaData()

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", String(200), nullable=False),
)

shops = Table(
    "shops",
    metadata,
    Column("code", String(20), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
)

# The figures columns, all 64-bit integers (øre, pieces, grams), in payload order.
# Steps 1 and 5 made them 32-bit (see _as_released); step 8 widens them.
FIGURES = (
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
)

day_summaries = Table(
    "day_summaries",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("register_code", String(20), primary_key=True),
    Column("business_date", Date, primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    *(Column(name, BigInteger, nullable=False, default=0) for name in FIGURES),
    Column("first_sale_at", UtcDateTime()),
    Column("last_sale_at", UtcDateTime()),
    Column("payload", Json, nullable=False),
)

# Per shop and month, the sums of day_summaries, kept by triggers (step 4)
# so that a coordinator's month and year views read 60 rows per shop for five
# years instead of 1,800.
month_summaries = Table(
    "month_summaries",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("month", Date, primary_key=True),  # its first day
    Column("days", Integer, nullable=False, default=0),  # register-days summed
    *(Column(name, BigInteger, nullable=False, default=0) for name in FIGURES),
)

# The same per shop and ISO week (step 5), for the overview's week view: a
# year of a chapter by week is 52 rows per shop instead of 365.
week_summaries = Table(
    "week_summaries",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("week", Date, primary_key=True),  # its Monday
    Column("days", Integer, nullable=False, default=0),  # register-days summed
    *(Column(name, BigInteger, nullable=False, default=0) for name in FIGURES),
)

shop_sync = Table(
    "shop_sync",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("last_contact_at", UtcDateTime(), nullable=False),
    Column("last_business_date", Date),
    Column("days_sent", Integer, nullable=False, default=0),
)

hub_roles = Table(
    "hub_roles",
    metadata,
    Column("role_name", String(63), primary_key=True),
    Column("kind", String(12), nullable=False),  # "shop" | "coordinator"
    Column("shop_code", String(20), ForeignKey("shops.code")),
)


# What a closed day anchors (step 6): rows are only ever inserted, by the push.
register_anchors = Table(
    "register_anchors",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("register_code", String(20), primary_key=True),
    Column("business_date", Date, primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("received_at", UtcDateTime(), nullable=False),
    Column("receipt_no", Integer, nullable=False),
    Column("signature", Text),
    Column("key_version", Integer),
    Column("journal_id", Integer, nullable=False),
    Column("journal_hash", String(64), nullable=False),
)

register_keys = Table(
    "register_keys",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("register_code", String(20), primary_key=True),
    Column("key_version", Integer, primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
)

register_key_refusals = Table(
    "register_key_refusals",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("register_code", String(20), primary_key=True),
    Column("key_version", Integer, primary_key=True),
    Column("fingerprint", String(64), primary_key=True),  # domain.anchors.key_fingerprint
    Column("public_key", Text, nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
)


def _category_table(name: str, key: str) -> Table:
    from bruktpos.hub.rollups import SUMS

    return Table(
        name,
        metadata,
        Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
        Column(key, Date, primary_key=True),
        Column("category", String(120), primary_key=True),
        *(Column(c, BigInteger, nullable=False, default=0) for c in SUMS),
    )


# Per shop, month or week and category (step 9), kept by triggers that read the payloads in SQL.
month_categories = _category_table("month_categories", "month")
week_categories = _category_table("week_categories", "week")
ANCHOR_TABLES = ("register_anchors", "register_keys", "register_key_refusals")

# Which installation a shop code belongs to (step 7): written by a shop's first push, freed by `hub rebind`.
shop_installations = Table(
    "shop_installations",
    metadata,
    Column("shop_code", String(20), ForeignKey("shops.code"), primary_key=True),
    Column("installation_id", String(64), nullable=False),
    Column("bound_at", UtcDateTime(), nullable=False),
)


# The chapter's set-up file as published (step 10, bruktpos.hub.templates), every version kept.
chapter_templates = Table(
    "chapter_templates",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("published_at", UtcDateTime(), nullable=False),
    Column("published_by", String(120), nullable=False),
    Column("categories", Integer, nullable=False),
    Column("products", Integer, nullable=False),
    Column("content", Text, nullable=False),
)


@dataclass(frozen=True)
class Step:
    """One schema change, applied once, in order."""

    version: int
    description: str
    run: Callable[[Connection], None]


def _as_released(*tables: Table) -> list[Table]:
    """Copies of ``tables`` with the figures 32-bit, as steps 1 and 5 were released.

    A released step must keep creating exactly what it did; the figures are
    64-bit in :data:`metadata` since step 8, which widens them.
    """
    released = MetaData()
    # Every table is copied, so that the foreign keys find theirs.
    copies = {table.name: table.to_metadata(released) for table in metadata.sorted_tables}
    for copy in copies.values():
        for column in copy.columns:
            if column.name in FIGURES:
                column.type = Integer()
    return [copies[table.name] for table in tables]


def _tables(conn: Connection) -> None:
    for table in _as_released(hub_meta, shops, day_summaries, month_summaries, shop_sync, hub_roles):
        table.create(conn)


def _overview_index(conn: Connection) -> None:
    # The coordinator's overview sums a date range across all shops. On
    # PostgreSQL the index carries the figures too (INCLUDE), so the overview
    # is an index-only scan that never reads the wide rows with their JSON.
    # Not in ``metadata``: step 1 must keep creating exactly what it did.
    include = f" INCLUDE ({', '.join(FIGURES)})" if conn.dialect.name == "postgresql" else ""
    conn.execute(
        text(
            "CREATE INDEX ix_day_summaries_business_date_shop_code"
            f" ON day_summaries (business_date, shop_code){include}"
        )
    )


def _roll_up_triggers(conn: Connection, table: str, key: str, key_sql: str, names: tuple[str, str]) -> None:
    """Triggers on ``day_summaries`` that add each day's figures into ``table`` under its ``key``.

    ``key_sql`` computes the key from a day row (``{row}`` stands for OLD,
    NEW or the table). An update or delete first takes the old revision's
    figures out. ``names`` are the PostgreSQL function and trigger name (on
    SQLite, the trigger name with the event appended).
    """
    figures = ", ".join(FIGURES)
    take_out = ", ".join(f"{f} = {f} - OLD.{f}" for f in FIGURES)
    new_values = ", ".join(f"NEW.{f}" for f in FIGURES)
    old_key, new_key = key_sql.format(row="OLD"), key_sql.format(row="NEW")
    function, trigger = names
    if conn.dialect.name == "postgresql":
        add = ", ".join(f"{f} = {table}.{f} + EXCLUDED.{f}" for f in FIGURES)
        conn.exec_driver_sql(
            f"""
            CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql
            SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            BEGIN
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    UPDATE {table} SET days = days - 1, {take_out}
                    WHERE shop_code = OLD.shop_code AND {key} = {old_key};
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO {table} (shop_code, {key}, days, {figures})
                    VALUES (NEW.shop_code, {new_key}, 1, {new_values})
                    ON CONFLICT (shop_code, {key}) DO UPDATE SET days = {table}.days + 1, {add};
                END IF;
                RETURN NULL;
            END $$
            """
        )
        conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC")
        conn.exec_driver_sql(
            f"CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON day_summaries"
            f" FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        return
    add = ", ".join(f"{f} = {f} + excluded.{f}" for f in FIGURES)
    subtract = (
        f"UPDATE {table} SET days = days - 1, {take_out}"
        f" WHERE shop_code = OLD.shop_code AND {key} = {old_key};"
    )
    insert_new = (
        f"INSERT INTO {table} (shop_code, {key}, days, {figures})"
        f" VALUES (NEW.shop_code, {new_key}, 1, {new_values})"
        f" ON CONFLICT (shop_code, {key}) DO UPDATE SET days = days + 1, {add};"
    )
    for event, body in (("INSERT", insert_new), ("UPDATE", subtract + insert_new), ("DELETE", subtract)):
        conn.exec_driver_sql(
            f"CREATE TRIGGER {trigger}_{event.lower()} AFTER {event} ON day_summaries"
            f" FOR EACH ROW BEGIN {body} END"
        )


def _month_rollup(conn: Connection) -> None:
    """Triggers that add each day's figures into its shop's month (and take an old revision out)."""
    if conn.dialect.name == "postgresql":
        month = "date_trunc('month', {row}.business_date::timestamp)::date"
    else:
        month = "strftime('%Y-%m-01', {row}.business_date)"
    _roll_up_triggers(conn, "month_summaries", "month", month, ("hub_roll_up_month", "day_summaries_roll_up"))


def _week_rollup(conn: Connection) -> None:
    """``week_summaries``: filled from the day rows there are, then kept by triggers like the months.

    Each day's figures are added into its shop's ISO week (keyed by the
    Monday). On PostgreSQL the new table gets the same grants and row-level
    security as ``month_summaries``.
    """
    postgresql = conn.dialect.name == "postgresql"
    _as_released(week_summaries)[0].create(conn)
    if postgresql:
        # No push may slip in between the fill below and the triggers.
        conn.exec_driver_sql("LOCK TABLE day_summaries IN SHARE ROW EXCLUSIVE MODE")
        week = "date_trunc('week', {row}.business_date::timestamp)::date"
    else:
        # Back to the Monday: six days back, then on to the next Monday (or that same day).
        week = "date({row}.business_date, '-6 days', 'weekday 1')"
    figures = ", ".join(FIGURES)
    sums = ", ".join(f"sum({f})" for f in FIGURES)
    conn.exec_driver_sql(
        f"INSERT INTO week_summaries (shop_code, week, days, {figures})"
        f" SELECT shop_code, {week.format(row='day_summaries')}, count(*), {sums}"
        f" FROM day_summaries GROUP BY shop_code, {week.format(row='day_summaries')}"
    )
    _roll_up_triggers(
        conn, "week_summaries", "week", week, ("hub_roll_up_week", "day_summaries_roll_up_week")
    )
    if postgresql:
        from bruktpos.hub.grants import secure_summary_table

        secure_summary_table(conn, "week_summaries")


def _anchors(conn: Connection) -> None:
    """The append-only anchor and key tables; nobody may update or delete their rows.

    On PostgreSQL a shop may read and insert only its own rows (grants and
    row-level security, :func:`bruktpos.hub.grants.secure_append_only_table`);
    on both kinds a trigger refuses every UPDATE and DELETE, whoever asks.
    """
    postgresql = conn.dialect.name == "postgresql"
    metadata.create_all(conn, tables=[register_anchors, register_keys, register_key_refusals])
    if postgresql:
        conn.exec_driver_sql(
            """
            CREATE FUNCTION hub_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '%% is append-only', TG_TABLE_NAME;
            END $$
            """
        )
    for table in ANCHOR_TABLES:
        if postgresql:
            conn.exec_driver_sql(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION hub_append_only()"
            )
            from bruktpos.hub.grants import secure_append_only_table

            secure_append_only_table(conn, table)
        else:
            for event in ("UPDATE", "DELETE"):
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table}"
                    f" BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )


def _category_rollups(conn: Connection) -> None:
    from bruktpos.hub.rollups import install_category_rollups

    install_category_rollups(conn, (month_categories, week_categories))


# Days whose cash difference is above this (øre, either way) are in a partial index (step 11): the
# coordinators' view reads them for a year at a time. services.coordinator.LOWEST_CASH_THRESHOLD - 1.
CASH_INDEX_ABOVE = 49_99


def _cash_index(conn: Connection) -> None:
    """Step 11: the days with a cash difference worth a flag, by date, without reading the others."""
    conn.exec_driver_sql(
        "CREATE INDEX ix_day_summaries_cash_flags ON day_summaries (business_date)"
        f" WHERE abs(cash_difference) > {CASH_INDEX_ABOVE}"
    )


def _templates(conn: Connection) -> None:
    from bruktpos.hub.template_table import install_templates

    install_templates(conn, chapter_templates)


def _row_level_security(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        from bruktpos.hub.grants import install_row_level_security

        install_row_level_security(conn)


def _shop_installations(conn: Connection) -> None:
    """``shop_installations``; on PostgreSQL a shop reads and adds only its own row (grants and RLS)."""
    shop_installations.create(conn)
    if conn.dialect.name == "postgresql":
        from bruktpos.hub.grants import secure_append_only_table

        secure_append_only_table(conn, "shop_installations")


def _cannot_hurt(conn: Connection) -> None:
    """Step 8: the figures 64-bit; on PostgreSQL, logins that can read and push and nothing else.

    SQLite's INTEGER is 64-bit already, and a SQLite hub has no logins.
    """
    if conn.dialect.name != "postgresql":
        return
    for table in ("day_summaries", "month_summaries", "week_summaries"):
        widen = ", ".join(f"ALTER COLUMN {name} TYPE bigint" for name in FIGURES)
        conn.exec_driver_sql(f"ALTER TABLE {table} {widen}")
    from bruktpos.hub.grants import lock_down
    from bruktpos.hub.push_path import install_push_path

    lock_down(conn)
    install_push_path(conn)


STEPS: tuple[Step, ...] = (
    Step(1, "tables: hub_meta, shops, day_summaries, shop_sync, hub_roles", _tables),
    Step(2, "index for the coordinator's overview (business_date, shop_code)", _overview_index),
    Step(3, "PostgreSQL: group roles, grants and row-level security", _row_level_security),
    Step(4, "month_summaries kept by triggers on day_summaries", _month_rollup),
    Step(5, "week_summaries filled from day_summaries and kept by triggers on it", _week_rollup),
    Step(6, "append-only register_anchors, register_keys and register_key_refusals", _anchors),
    Step(7, "shop_installations: each shop code bound to one installation", _shop_installations),
    Step(8, "64-bit figures; PostgreSQL: read-only tables, the push path, limits per login", _cannot_hurt),
    Step(
        9,
        "month_categories and week_categories filled from the payloads and kept by triggers",
        _category_rollups,
    ),
    Step(10, "chapter_templates: the chapter's set-up file, published by coordinators", _templates),
    Step(11, "partial index of the days with a cash difference worth a flag", _cash_index),
)
SCHEMA_VERSION = STEPS[-1].version


def safe_url(url: str) -> str:
    """The URL with its password hidden (for messages and logs)."""
    return make_url(url).render_as_string(hide_password=True)


def schema_version(conn: Connection) -> int | None:
    """The hub's schema version, or None when ``hub init`` was never run on it."""
    if not conn.dialect.has_table(conn, "hub_meta"):
        return None
    value = conn.execute(select(hub_meta.c.value).where(hub_meta.c.key == "schema_version")).scalar()
    return None if value is None else int(value)


def init_hub(url: str) -> int:
    """Create the hub's tables, or upgrade them to :data:`SCHEMA_VERSION`; returns it.

    Safe to run again (does nothing when up to date). On PostgreSQL the URL's
    user needs to own the database and may create roles (CREATEROLE).
    """
    engine = hub_engine(url, timeouts=ADMIN_TIMEOUTS)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('bruktpos hub init'))"))
            current = schema_version(conn) or 0
            if current > SCHEMA_VERSION:
                raise RuntimeError(
                    f"the hub has schema version {current}, newer than this BruktPOS ({SCHEMA_VERSION})"
                )
            for step in STEPS:
                if step.version > current:
                    step.run(conn)
            if current == 0:
                conn.execute(hub_meta.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
            elif current < SCHEMA_VERSION:
                conn.execute(
                    hub_meta.update()
                    .where(hub_meta.c.key == "schema_version")
                    .values(value=str(SCHEMA_VERSION))
                )
    finally:
        engine.dispose()
    return SCHEMA_VERSION
