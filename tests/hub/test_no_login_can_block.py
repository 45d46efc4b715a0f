"""No shop's or coordinator's login can hold up another: tried for real on PostgreSQL (hub step 8).

The attacker connects with plain psycopg, as ``psql`` would, without the
timeouts BruktPOS itself sends, and tries what would stop the hub:
``LOCK TABLE`` in every mode, ``TRUNCATE``, ``CREATE`` and ``ALTER`` of all
kinds, a long query and a long-held transaction. Meanwhile another shop
pushes its days through the real push and a coordinator reads the overview,
each within a bound.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import insert, make_url, select, text

from bruktpos.hub.grants import RoleLimits
from bruktpos.hub.push import push
from bruktpos.hub.push_path import push_document, send_through_push_path
from bruktpos.hub.queries import overview
from bruktpos.hub.roles import add_coordinator, add_shop, set_limits
from bruktpos.hub.schema import (
    FIGURES,
    STEPS,
    day_summaries,
    hub_engine,
    hub_meta,
    init_hub,
    month_summaries,
    week_summaries,
)
from tests.hub.conftest import Hub, new_pg_database
from tests.hub.days import requeue, set_setting, trade_days
from tests.integration.conftest import copy_shop

# Short, so that the test sees them end things; the real ones are 30 s, 10 s, 60 s (grants.SHOP_LIMITS).
QUICK = RoleLimits(statement_s=2, lock_s=1, idle_in_transaction_s=2, idle_session_s=60, connections=6)
LOCK_MODES = (
    "ROW SHARE",
    "ROW EXCLUSIVE",
    "SHARE UPDATE EXCLUSIVE",
    "SHARE",
    "SHARE ROW EXCLUSIVE",
    "EXCLUSIVE",
    "ACCESS EXCLUSIVE",
)
PUSH_BOUND_S = 3.0  # a push or a read is milliseconds; the machine running the tests is shared
NOW = datetime(2030, 1, 4, 12, tzinfo=UTC)


def raw(url: str) -> psycopg.Connection:
    """A plain connection as ``psql`` makes it: none of BruktPOS's own timeouts."""
    u = make_url(url)
    return psycopg.connect(
        host=str(u.query["host"]),
        port=int(str(u.query["port"])),
        dbname=u.database,
        user=u.username,
        password=u.password,
        autocommit=True,
    )


def _tables(hub: Hub) -> list[str]:
    engine = hub.engine()
    with engine.connect() as conn:
        names = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
        tables = list(names.scalars())
    engine.dispose()
    return tables


@pytest.fixture
def logins(pg_hub: Hub) -> dict[str, str]:
    """Shop S001 (the attacker), shop S002 (pushes) and a coordinator, all with QUICK limits."""
    urls = {
        "shop": add_shop(pg_hub.admin_url, "S001", "A").url,
        "other shop": add_shop(pg_hub.admin_url, "S002", "B").url,
        "coordinator": add_coordinator(pg_hub.admin_url, "anne").url,
    }
    assert set_limits(pg_hub.admin_url, "shop", QUICK) == 2
    assert set_limits(pg_hub.admin_url, "coordinator", QUICK) == 1
    return urls


def _refused(conn: psycopg.Connection, statement: str) -> str:
    """``statement`` fails for lack of privilege (SQLSTATE 42501); returns the message."""
    with pytest.raises(errors.InsufficientPrivilege) as refused:
        conn.execute(statement)
    return str(refused.value)


@pytest.mark.parametrize("who", ["shop", "coordinator"])
def test_a_login_cannot_lock_truncate_create_or_alter(pg_hub: Hub, logins: dict[str, str], who: str) -> None:
    tables = _tables(pg_hub)
    assert {"day_summaries", "month_summaries", "week_summaries", "shop_sync", "register_anchors"} <= set(
        tables
    )
    with raw(logins[who]) as conn:
        # The login's own limits hold in a session that set none.
        assert conn.execute("SHOW statement_timeout").fetchone() == ("2s",)
        assert conn.execute("SHOW lock_timeout").fetchone() == ("1s",)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("2s",)
        for table in tables:
            for mode in LOCK_MODES:
                with conn.transaction(force_rollback=True):
                    _refused(conn, f"LOCK TABLE {table} IN {mode} MODE NOWAIT")
            _refused(conn, f"TRUNCATE {table}")
        with conn.transaction(force_rollback=True):
            _refused(conn, "SELECT * FROM day_summaries FOR UPDATE")
        for statement in (
            "CREATE TABLE mine (x int)",
            "CREATE TEMP TABLE mine (x int)",
            "CREATE SCHEMA mine",
            "CREATE VIEW mine AS SELECT 1",
            "CREATE FUNCTION mine() RETURNS int LANGUAGE sql AS 'SELECT 1'",
            "CREATE TYPE mine AS (x int)",
            "CREATE INDEX mine ON day_summaries (net_sales)",
            "CREATE TRIGGER mine BEFORE INSERT ON day_summaries EXECUTE FUNCTION hub_append_only()",
            "CREATE POLICY mine ON day_summaries USING (true)",
            "CREATE ROLE mine",
            "ALTER TABLE day_summaries ADD COLUMN mine int",
            "ALTER TABLE day_summaries DISABLE ROW LEVEL SECURITY",
            "ALTER TABLE month_summaries DISABLE TRIGGER ALL",
            "ALTER FUNCTION hub_push(jsonb) SECURITY INVOKER",
            "ALTER FUNCTION hub_shop_of(text) OWNER TO CURRENT_USER",
            "ALTER ROLE " + make_url(logins["other shop"]).username + " CONNECTION LIMIT 0",
            "ALTER ROLE CURRENT_USER CONNECTION LIMIT 1000",
            "ALTER ROLE CURRENT_USER CREATEROLE",
            "DROP TABLE day_summaries",
            "REINDEX TABLE day_summaries",
            "CLUSTER day_summaries",
        ):
            with conn.transaction(force_rollback=True):
                _refused(conn, statement)
        _refused(conn, "CREATE DATABASE mine")  # not in a transaction block
        with conn.transaction(force_rollback=True):
            # What it may: read (its own rows), and LOCK in ACCESS SHARE mode, which a read takes anyway.
            conn.execute("LOCK TABLE day_summaries IN ACCESS SHARE MODE NOWAIT")
    # PostgreSQL's own catalogue says the same of both groups, for every table.
    engine = pg_hub.engine()
    with engine.connect() as conn:
        allowed = conn.execute(
            text(
                "SELECT r.rolname, c.relname, p.privilege FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'"
                " CROSS JOIN pg_roles r"
                " CROSS JOIN unnest(ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'])"
                "   AS p(privilege)"
                " WHERE c.relkind IN ('r', 'p') AND (r.rolname LIKE current_database() || '\\_%')"
                " AND has_table_privilege(r.oid, c.oid, p.privilege)"
            )
        ).all()
        temporary = conn.execute(
            text(
                "SELECT r.rolname FROM pg_roles r WHERE r.rolname LIKE current_database() || '\\_%'"
                " AND (has_database_privilege(r.oid, current_database(), 'CREATE, TEMPORARY')"
                " OR has_schema_privilege(r.oid, 'public', 'CREATE'))"
            )
        ).all()
    engine.dispose()
    assert allowed == [] and temporary == []


@pytest.mark.parametrize("who", ["shop", "coordinator"])
def test_a_long_query_and_a_forgotten_transaction_end_by_themselves(logins: dict[str, str], who: str) -> None:
    with raw(logins[who]) as conn:
        started = time.monotonic()
        with pytest.raises(errors.QueryCanceled, match="statement timeout"):
            conn.execute("SELECT pg_sleep(30)")
        assert 1.5 < time.monotonic() - started < 6
    conn = raw(logins[who])
    try:
        conn.autocommit = False
        conn.execute("SELECT count(*) FROM day_summaries")
        conn.execute("LOCK TABLE day_summaries, shop_sync IN ACCESS SHARE MODE")
        time.sleep(3.5)  # the session sits in its transaction, past the login's 2 s
        with pytest.raises(errors.IdleInTransactionSessionTimeout):
            conn.execute("SELECT 1")
    finally:
        conn.close()


def _hold_everything(url: str, *, as_shop: bool, holding: threading.Event, release: threading.Event) -> None:
    """What the worst login can do to others: hold all it may take, for as long as it likes.

    It lifts its own timeouts (so the test shows others do not rest on them),
    takes every lock it is allowed on every table, a shop also pushes its own
    days in the same transaction (holding its rows), and then runs a long
    query inside that transaction, then sits idle, until ``release``.
    """
    with raw(url) as conn:
        conn.execute("SET statement_timeout = 0")
        conn.execute("SET idle_in_transaction_session_timeout = 0")
        conn.execute("SET lock_timeout = 0")
        with conn.transaction():
            tables = [
                r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ]
            for table in tables:
                try:
                    with conn.transaction():
                        conn.execute(f"LOCK TABLE {table} IN ACCESS SHARE MODE")
                except errors.InsufficientPrivilege:  # hub_roles, which no login may read
                    pass
            if as_shop:
                days = [_day("S001", date(2030, 1, d)) for d in range(1, 8)]
                document = push_document("S001", "installation-S001", NOW, date(2030, 1, 7), days, [], [])
                conn.execute("SELECT * FROM hub_push(%s::jsonb)", (document,))
            holding.set()
            conn.execute("SELECT pg_sleep(4)")  # a long query, its locks held
            release.wait(60)


def _day(code: str, day: date, net: int = 100) -> dict:
    return {
        "shop_code": code,
        "register_code": "K1",
        "business_date": day,
        "revision": 1,
        "received_at": NOW,
        "payload": {},
        **dict.fromkeys(FIGURES, 0),
        "net_sales": net,
    }


@pytest.fixture
def other_shop(shop_template, tmp_path, clock) -> Iterator:
    other = copy_shop(shop_template, tmp_path / "b.sqlite3", clock)
    set_setting(other, "hub_shop_code", "S002")
    yield other
    other.close()


@pytest.mark.parametrize("who", ["shop", "coordinator"])
def test_others_push_and_read_on_while_a_login_holds_all_it_can(
    pg_hub: Hub, logins: dict[str, str], other_shop, clock, who: str
) -> None:
    days = trade_days(other_shop, clock, 3)
    assert push(other_shop.db, logins["other shop"], clock=clock).ok  # B's first days are there
    holding, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    def attacker() -> None:
        try:
            _hold_everything(logins[who], as_shop=who == "shop", holding=holding, release=release)
        except BaseException as exc:
            failures.append(exc)
            holding.set()

    def hammer() -> None:  # and meanwhile it keeps trying for the strong locks
        try:
            with raw(logins[who]) as conn:
                while not release.is_set():
                    for statement in (
                        "LOCK TABLE day_summaries IN ACCESS EXCLUSIVE MODE",
                        "TRUNCATE shop_sync",
                    ):
                        refused = pytest.raises(errors.InsufficientPrivilege)
                        with conn.transaction(force_rollback=True), refused:
                            conn.execute(statement)
                    time.sleep(0.05)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=attacker), threading.Thread(target=hammer)]
    for thread in threads:
        thread.start()
    timings: dict[str, list[float]] = {"push": [], "read": []}
    try:
        assert holding.wait(30) and not failures, failures
        coordinator = hub_engine(add_coordinator(pg_hub.admin_url, "bob").url)
        for day in days:
            requeue(other_shop, day, net_sales=7777)  # a corrected day: a new revision, pushed at once
            started = time.monotonic()
            result = push(other_shop.db, logins["other shop"], clock=clock)
            timings["push"].append(time.monotonic() - started)
            assert result.ok, result.error
            started = time.monotonic()
            rows = overview(coordinator, days[0], days[-1], by="month")
            timings["read"].append(time.monotonic() - started)
            assert {r.shop_code for r in rows} >= {"S002"}
        coordinator.dispose()
    finally:
        release.set()
        for thread in threads:
            thread.join(30)
    print(f"while {who} held all it could: push {timings['push']}, coordinator's read {timings['read']}")
    assert not failures, failures
    assert max(timings["push"]) < PUSH_BOUND_S and max(timings["read"]) < PUSH_BOUND_S
    engine = pg_hub.engine()
    with engine.connect() as conn:
        b = conn.execute(select(day_summaries.c.net_sales).where(day_summaries.c.shop_code == "S002"))
        assert list(b.scalars()) == [7777, 7777, 7777]
    engine.dispose()


def test_before_step_8_a_shop_could_lock_the_hub_and_the_upgrade_takes_that_away(pg_cluster) -> None:
    """The teeth of the tests above: on a hub of step 6, the shop's LOCK goes through."""
    url = new_pg_database(pg_cluster)
    engine = hub_engine(url)
    with engine.begin() as conn:
        for step in STEPS:
            if step.version <= 6:
                step.run(conn)
        conn.execute(insert(hub_meta).values(key="schema_version", value="6"))
    engine.dispose()
    shop_url = add_shop(url, "S001", "A").url  # the shop's row and its login
    with raw(shop_url) as conn, conn.transaction(force_rollback=True):
        conn.execute("LOCK TABLE day_summaries IN ACCESS EXCLUSIVE MODE NOWAIT")  # it could, then
    engine = hub_engine(url)
    with engine.begin() as conn:  # 32-bit figures then; a day of a big month on the hub already
        kind = conn.execute(
            text(
                "SELECT data_type FROM information_schema.columns WHERE table_name = 'month_summaries'"
                " AND column_name = 'net_sales'"
            )
        ).scalar()
        assert kind == "integer"
        conn.execute(insert(day_summaries).values(_day("S001", date(2030, 1, 2), net=2_000_000_000)))
    engine.dispose()
    init_hub(url)
    with raw(shop_url) as conn:
        with conn.transaction(force_rollback=True):
            _refused(conn, "LOCK TABLE day_summaries IN ACCESS EXCLUSIVE MODE NOWAIT")
        assert conn.execute("SHOW statement_timeout").fetchone() == (
            "30s",
        )  # the shop's limits, set by the step
    # and its pushes now go through the push path, into 64-bit figures
    engine = hub_engine(shop_url)
    with engine.begin() as conn:
        send_through_push_path(
            conn,
            "S001",
            "installation-S001",
            NOW,
            date(2030, 1, 3),
            [_day("S001", date(2030, 1, 3), 2_000_000_000)],
            [],
            [],
        )
    with engine.connect() as conn:
        month = conn.execute(select(month_summaries.c.days, month_summaries.c.net_sales)).one()
    engine.dispose()
    assert tuple(month) == (2, 4_000_000_000)


def _big_month(hub: Hub) -> None:
    """Shop S001: every day of January 2030 at kr 1.5 million (kr 46.5 million in the month)."""
    engine = hub.engine()
    with engine.begin() as conn:
        conn.execute(
            insert(day_summaries.metadata.tables["shops"]).values(code="S001", name="A", created_at=NOW)
        )
        conn.execute(
            insert(day_summaries),
            [_day("S001", date(2030, 1, 1) + timedelta(days=n), net=150_000_000) for n in range(31)],
        )
        # and one day over 2**31 øre (kr 21.5 million) all by itself
        conn.execute(insert(day_summaries).values({**_day("S001", date(2030, 2, 1)), "net_sales": 2**31 + 5}))
    engine.dispose()


def test_money_is_64_bit_everywhere_in_the_hub(hub: Hub) -> None:
    _big_month(hub)
    engine = hub.engine()
    try:
        with engine.connect() as conn:
            month = conn.execute(
                select(month_summaries.c.net_sales).where(month_summaries.c.month == date(2030, 1, 1))
            ).scalar()
            weeks = conn.execute(select(week_summaries.c.net_sales)).scalars().all()
            if hub.kind == "postgresql":
                kinds = (
                    conn.execute(
                        text(
                            "SELECT DISTINCT data_type FROM information_schema.columns"
                            " WHERE table_name IN ('day_summaries', 'month_summaries', 'week_summaries')"
                            " AND column_name = ANY(:figures)"
                        ),
                        {"figures": list(FIGURES)},
                    )
                    .scalars()
                    .all()
                )
                assert kinds == ["bigint"]
        assert month == 31 * 150_000_000
        assert sum(weeks) == 31 * 150_000_000 + 2**31 + 5
        by_month = overview(engine, date(2030, 1, 1), date(2030, 2, 28), by="month")
        assert [r.net_sales for r in by_month] == [4_650_000_000, 2**31 + 5]
        by_year = overview(engine, date(2030, 1, 1), date(2030, 12, 31), by="year")
        assert [r.net_sales for r in by_year] == [4_650_000_000 + 2**31 + 5]
    finally:
        engine.dispose()


def test_a_login_that_lifts_its_own_timeouts_gets_them_back_from_set_limits(
    pg_hub: Hub, logins: dict[str, str]
) -> None:
    database = make_url(pg_hub.admin_url).database
    with raw(logins["shop"]) as conn:  # PostgreSQL lets any role set its own defaults
        conn.execute(f'ALTER ROLE CURRENT_USER IN DATABASE "{database}" SET statement_timeout = 0')
    with raw(logins["shop"]) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("0",)
    assert set_limits(pg_hub.admin_url, "shop", QUICK) == 2
    with raw(logins["shop"]) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("2s",)
