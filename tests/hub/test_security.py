"""PostgreSQL itself refuses every cross-shop access: row-level security and grants.

Shop A's login cannot read, insert, update (not even by moving a row) or
delete shop B's rows, nor delete its own; a coordinator reads everything and
writes nothing. On a SQLite hub (one machine) there are no logins.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, insert, make_url, select, text, update
from sqlalchemy.exc import DBAPIError

from bruktpos.hub.push import push
from bruktpos.hub.push_path import send_through_push_path
from bruktpos.hub.roles import add_coordinator, add_shop
from bruktpos.hub.schema import (
    FIGURES,
    day_summaries,
    hub_engine,
    month_summaries,
    shop_installations,
    shop_sync,
    shops,
    week_summaries,
)
from tests.hub.conftest import Hub
from tests.hub.days import set_setting, trade_days
from tests.integration.conftest import copy_shop


@pytest.fixture
def two_shops(pg_hub: Hub, shop, shop_template, clock, tmp_path):
    """Shops A (S001) and B (S002), each with two days pushed through its own login."""
    other = copy_shop(shop_template, tmp_path / "b.sqlite3", clock)
    set_setting(other, "hub_shop_code", "S002")
    urls = {"S001": pg_hub.shop_url("S001", "A"), "S002": pg_hub.shop_url("S002", "B")}
    start = clock.now
    trade_days(shop, clock, 2)
    clock.now = start
    trade_days(other, clock, 2)
    assert push(shop.db, urls["S001"], clock=clock).ok
    assert push(other.db, urls["S002"], clock=clock).ok
    yield urls, other
    other.close()


NOW = datetime(2030, 1, 4, 12, tzinfo=UTC)


def _row(code: str, day: date = date(2030, 1, 1), **figures: int) -> dict:
    return {
        "shop_code": code,
        "register_code": "K9",
        "business_date": day,
        "revision": 1,
        "received_at": NOW,
        "payload": {},
        **dict.fromkeys(FIGURES, 0),
        **figures,
    }


def _refused(engine, statement, match: str) -> None:
    with pytest.raises(DBAPIError, match=match), engine.begin() as conn:
        conn.execute(statement)


def _bound(hub: Hub, code: str) -> str:
    """The installation the shop's code is bound to (its till pushed first), as a push from it names."""
    engine = hub_engine(hub.admin_url)
    try:
        with engine.connect() as conn:
            bound = conn.execute(
                select(shop_installations.c.installation_id).where(shop_installations.c.shop_code == code)
            ).scalar()
    finally:
        engine.dispose()
    return bound or f"installation-{code}"


def test_a_shop_sees_and_writes_only_its_own_rows(pg_hub: Hub, two_shops) -> None:
    urls, _other = two_shops
    a = hub_engine(urls["S001"])
    try:
        with a.connect() as conn:
            assert {r.shop_code for r in conn.execute(select(day_summaries))} == {"S001"}
            assert [r.code for r in conn.execute(select(shops))] == ["S001"]
            assert [r.shop_code for r in conn.execute(select(shop_sync))] == ["S001"]
            assert {r.shop_code for r in conn.execute(select(month_summaries))} == {"S001"}
            assert (
                conn.execute(text("SELECT count(*) FROM day_summaries WHERE shop_code = 'S002'")).scalar()
                == 0
            )

        # It writes no table itself: every write is refused, its own rows' too.
        for statement in (
            insert(day_summaries).values(_row("S002")),
            insert(day_summaries).values(_row("S001")),
            update(day_summaries).where(day_summaries.c.shop_code == "S002").values(net_sales=0),
            update(day_summaries).where(day_summaries.c.shop_code == "S001").values(shop_code="S002"),
            update(shop_sync).values(shop_code="S002"),
            delete(day_summaries).where(day_summaries.c.shop_code == "S001"),
            delete(day_summaries),
            insert(shops).values(code="S999", name="fake", created_at=text("now()")),
            text("SELECT * FROM hub_roles"),
            update(month_summaries).values(net_sales=0),
            text("CREATE TABLE mine (x int)"),
        ):
            _refused(a, statement, "permission denied")
        # Through the push path it writes its own days; one naming shop B is refused, whole.
        with a.begin() as conn:
            assert (
                send_through_push_path(
                    conn, "S001", _bound(pg_hub, "S001"), NOW, date(2030, 1, 1), [_row("S001")], [], []
                )
                == []
            )
        other = _row("S002", date(2030, 1, 2))
        with (
            pytest.raises(DBAPIError, match="sends for shop S001 only, not for shop S002"),
            a.begin() as conn,
        ):
            send_through_push_path(
                conn, "S002", _bound(pg_hub, "S002"), NOW, date(2030, 1, 2), [other], [], []
            )
        # A row that names another shop inside its own push still lands as its own.
        with a.begin() as conn:
            sneaky = {**_row("S001", date(2030, 1, 3)), "shop_code": "S002"}
            send_through_push_path(
                conn, "S001", _bound(pg_hub, "S001"), NOW, date(2030, 1, 3), [sneaky], [], []
            )
        with a.connect() as conn:
            mine = conn.execute(
                select(day_summaries.c.business_date).where(day_summaries.c.register_code == "K9")
            )
            assert sorted(mine.scalars()) == [date(2030, 1, 1), date(2030, 1, 3)]
    finally:
        a.dispose()

    admin = pg_hub.engine()
    with admin.connect() as conn:
        b_rows = (
            conn.execute(select(day_summaries.c.net_sales).where(day_summaries.c.shop_code == "S002"))
            .scalars()
            .all()
        )
    admin.dispose()
    assert b_rows == [4000, 4000]


def test_a_shop_pushing_under_another_shops_code_is_refused(pg_hub: Hub, two_shops, shop, clock) -> None:
    urls, _other = two_shops
    set_setting(shop, "hub_shop_code", "S002")
    trade_days(shop, clock, 1)
    result = push(shop.db, urls["S001"], clock=clock)
    # Refused in plain words before the push path would (its own refusal is the backstop).
    assert result.refusal == "wrong_login" and result.waiting == 1
    assert "this hub address is for shop S001, but this till sends as shop S002" in result.error


def test_a_coordinator_reads_every_shop_and_writes_nothing(pg_hub: Hub, two_shops) -> None:
    granted = add_coordinator(pg_hub.admin_url, "anne", password="coordinator secret")
    assert granted.password == "coordinator secret" and granted.role.endswith("_anne")
    coordinator = hub_engine(granted.url)
    try:
        with coordinator.connect() as conn:
            assert {r.shop_code for r in conn.execute(select(day_summaries))} == {"S001", "S002"}
            assert len(conn.execute(select(shops)).all()) == 2
            assert {r.shop_code for r in conn.execute(select(month_summaries))} == {"S001", "S002"}
        _refused(coordinator, insert(day_summaries).values(_row("S001")), "permission denied")
        _refused(coordinator, update(day_summaries).values(net_sales=0), "permission denied")
        _refused(coordinator, delete(day_summaries), "permission denied")
        _refused(coordinator, update(shop_sync).values(days_sent=0), "permission denied")
    finally:
        coordinator.dispose()


def test_week_summaries_are_guarded_like_month_summaries(pg_hub: Hub, two_shops) -> None:
    urls, _other = two_shops
    admin = pg_hub.engine()
    with admin.connect() as conn:

        def guards(table: str) -> list[tuple]:
            policies = conn.execute(
                text(
                    "SELECT policyname, cmd, roles::text[], qual, with_check FROM pg_policies"
                    " WHERE tablename = :t ORDER BY policyname"
                ),
                {"t": table},
            ).all()
            grants = conn.execute(
                text(
                    "SELECT grantee, privilege_type FROM information_schema.role_table_grants"
                    " WHERE table_name = :t AND grantee <> current_user ORDER BY 1, 2"
                ),
                {"t": table},
            ).all()
            forced = conn.execute(
                text("SELECT relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = :t"),
                {"t": table},
            ).one()
            return [*map(tuple, policies), *map(tuple, grants), tuple(forced)]

        assert guards("week_summaries") == guards("month_summaries")
        assert ("shop_read", "SELECT") in {row[:2] for row in guards("week_summaries")}
        assert {r.shop_code for r in conn.execute(select(week_summaries))} == {"S001", "S002"}
    admin.dispose()

    a = hub_engine(urls["S001"])
    try:
        with a.connect() as conn:
            assert {r.shop_code for r in conn.execute(select(week_summaries))} == {"S001"}
            assert (
                conn.execute(text("SELECT count(*) FROM week_summaries WHERE shop_code = 'S002'")).scalar()
                == 0
            )
        _refused(a, update(week_summaries).values(net_sales=0), "permission denied")
        _refused(a, delete(week_summaries), "permission denied")
        _refused(
            a,
            insert(week_summaries).values(shop_code="S001", week=date(2030, 1, 7), days=1),
            "permission denied",
        )
        # Its own pushes still reach its weeks (the trigger writes as the owner); a correction too.
        for revision, net in ((1, 99), (2, 1234)):
            with a.begin() as conn:
                day = {**_row("S001", date(2030, 1, 9), net_sales=net), "revision": revision}
                send_through_push_path(
                    conn, "S001", _bound(pg_hub, "S001"), NOW, day["business_date"], [day], [], []
                )
        with a.connect() as conn:
            week = conn.execute(
                select(week_summaries.c.days, week_summaries.c.net_sales).where(
                    week_summaries.c.week == date(2030, 1, 7)
                )
            ).one()
        assert tuple(week) == (1, 1234)
    finally:
        a.dispose()

    coordinator = hub_engine(pg_hub.coordinator_url())
    try:
        with coordinator.connect() as conn:
            assert {r.shop_code for r in conn.execute(select(week_summaries))} == {"S001", "S002"}
        _refused(coordinator, update(week_summaries).values(net_sales=0), "permission denied")
        _refused(coordinator, delete(week_summaries), "permission denied")
    finally:
        coordinator.dispose()


def test_a_wrong_password_cannot_log_in_and_the_password_is_not_in_the_error(pg_hub: Hub) -> None:
    url, password = add_shop(pg_hub.admin_url, "S003", "C", password="right horse battery")
    assert password == "right horse battery"
    assert make_url(url).password == password
    engine = hub_engine(make_url(url).set(password="wrong").render_as_string(hide_password=False))
    with pytest.raises(DBAPIError) as failed, engine.connect():
        pass
    assert "password authentication failed" in str(failed.value)
    assert "right horse" not in str(failed.value)
    engine.dispose()


def test_a_second_hub_in_the_same_cluster_has_its_own_roles(pg_hub: Hub, pg_cluster) -> None:
    from bruktpos.hub.schema import init_hub
    from tests.hub.conftest import new_pg_database

    other_url = new_pg_database(pg_cluster)
    init_hub(other_url)
    a = add_shop(pg_hub.admin_url, "S001")
    elsewhere = make_url(a.url).set(database=make_url(other_url).database)
    engine = hub_engine(elsewhere.render_as_string(hide_password=False))
    with pytest.raises(DBAPIError, match="permission denied for database"), engine.connect():
        pass
    engine.dispose()


def test_on_a_sqlite_hub_there_are_no_logins(sqlite_hub: Hub) -> None:
    granted = add_shop(sqlite_hub.admin_url, "S001", "A")
    assert (granted.url, granted.password, granted.role) == (sqlite_hub.admin_url, "", "")
    assert "SQLite" in granted.note
    assert "SQLite" in add_coordinator(sqlite_hub.admin_url, "anne").note
    engine = sqlite_hub.engine()
    with engine.connect() as conn:
        assert conn.execute(select(shops.c.code, shops.c.name)).all() == [("S001", "A")]
    engine.dispose()


@pytest.mark.parametrize("code", ["", "a b", "x" * 21, "S1;DROP", "'S1'", "-S1"])
def test_shop_codes_are_checked_before_anything_is_made(sqlite_hub: Hub, code: str) -> None:
    with pytest.raises(ValueError, match="shop code"):
        add_shop(sqlite_hub.admin_url, code)
