"""Pushing closed days to the hub: idempotent, revision-wise, through interruptions, many shops at once.

Every test runs on a real PostgreSQL hub (each shop with its own login, under
row-level security) and on a SQLite hub.
"""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, make_url, select, text

from bruktpos.hub.push import SyncLevel, backoff, push, push_if_due, sync_state
from bruktpos.hub.schema import day_summaries, shop_sync
from tests.conftest import FakeClock
from tests.hub.conftest import Hub
from tests.hub.days import outbox, requeue, set_setting, trade_day, trade_days, unsend
from tests.integration.conftest import copy_shop


def hub_rows(hub: Hub) -> list[tuple]:
    engine = hub.engine()
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                day_summaries.c.shop_code,
                day_summaries.c.register_code,
                day_summaries.c.business_date,
                day_summaries.c.revision,
                day_summaries.c.net_sales,
                day_summaries.c.receipts,
            ).order_by(day_summaries.c.shop_code, day_summaries.c.business_date)
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_pushing_twice_gives_one_row_per_day(hub: Hub, shop, clock) -> None:
    dates = trade_days(shop, clock, 3)
    url = hub.shop_url("S001", "Testbutikken")

    first = push(shop.db, url, clock=clock)
    assert (first.sent, first.days, first.waiting, first.error, first.ok) == (3, 3, 0, "", True)
    expected = [("S001", "K1", d, 1, 4000, 2) for d in dates]
    assert hub_rows(hub) == expected
    assert all(e.sent_at == clock() and e.last_error == "" for e in outbox(shop))

    again = push(shop.db, url, clock=clock)
    assert (again.sent, again.days, again.ok) == (0, 0, True)
    unsend(shop)  # as if the shop never learnt that they went through
    resent = push(shop.db, url, clock=clock)
    assert (resent.sent, resent.days, resent.ok) == (3, 3, True)
    assert hub_rows(hub) == expected


def test_a_higher_revision_replaces_and_a_lower_one_does_not(hub: Hub, shop, clock) -> None:
    day, other = trade_days(shop, clock, 2)
    url = hub.shop_url("S001")
    push(shop.db, url, clock=clock)
    first = outbox(shop)[0]

    corrected = requeue(shop, day, net_sales=3900)
    assert push(shop.db, url, clock=clock).days == 1
    assert hub_rows(hub) == [("S001", "K1", day, 2, 3900, 2), ("S001", "K1", other, 1, 4000, 2)]

    unsend(shop, first.id)  # revision 1 arrives late
    late = push(shop.db, url, clock=clock)
    assert late.ok
    assert hub_rows(hub)[0] == ("S001", "K1", day, 2, 3900, 2)

    # Two revisions waiting together: only the newer counts, both are marked sent.
    requeue(shop, day, net_sales=3800)
    unsend(shop, corrected)
    both = push(shop.db, url, clock=clock)
    assert (both.sent, both.days) == (2, 1)
    assert hub_rows(hub)[0] == ("S001", "K1", day, 3, 3800, 2)


def _terminate(hub: Hub):
    """A hook that kills the push's own connection from the admin's, inside its transaction."""

    def hook(conn) -> None:
        if hub.kind == "postgresql":
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
            admin = hub.engine()
            with admin.connect() as other:
                assert other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
            admin.dispose()
        else:
            raise ConnectionResetError("the network went away")

    return hook


def test_a_push_killed_before_its_commit_leaves_nothing_and_the_retry_is_exact(hub: Hub, shop, clock) -> None:
    dates = trade_days(shop, clock, 2)
    url = hub.shop_url("S001")

    cut = push(shop.db, url, clock=clock, before_commit=_terminate(hub))
    assert cut.error and not cut.ok and (cut.sent, cut.waiting) == (0, 2)
    assert cut.next_try_at == clock() + timedelta(minutes=1)
    assert hub_rows(hub) == []
    assert [(e.attempts, e.sent_at is None, bool(e.last_error)) for e in outbox(shop)] == [
        (1, True, True)
    ] * 2

    clock.advance(minutes=1)
    retry = push(shop.db, url, clock=clock)
    assert retry.ok and retry.sent == 2
    assert hub_rows(hub) == [("S001", "K1", d, 1, 4000, 2) for d in dates]
    assert [(e.attempts, e.last_error) for e in outbox(shop)] == [(1, "")] * 2


def test_a_push_cut_off_after_the_hub_commit_is_harmless_to_repeat(hub: Hub, shop, clock) -> None:
    dates = trade_days(shop, clock, 2)
    url = hub.shop_url("S001")

    def crash() -> None:
        raise OSError("power cut before the shop marked the rows sent")

    cut = push(shop.db, url, clock=clock, after_hub_commit=crash)
    assert cut.error and cut.waiting == 2
    assert hub_rows(hub) == [("S001", "K1", d, 1, 4000, 2) for d in dates]
    retry = push(shop.db, url, clock=clock)
    assert retry.ok and retry.sent == 2
    assert hub_rows(hub) == [("S001", "K1", d, 1, 4000, 2) for d in dates]


def test_twenty_shops_pushing_at_once_all_arrive(hub: Hub, shop_template, tmp_path) -> None:
    clock = FakeClock()
    shops = []
    for n in range(20):
        made = copy_shop(shop_template, tmp_path / f"shop{n}.sqlite3", clock)
        code = f"S{n + 100:03d}"
        set_setting(made, "hub_shop_code", code)
        shops.append((made, code, hub.shop_url(code, f"Butikk {n}")))
    start = clock.now
    for made, _code, _url in shops:
        clock.now = start
        trade_days(made, clock, 2, coffees=1)

    results: dict[str, object] = {}
    barrier = threading.Barrier(len(shops))

    def run(made, code: str, url: str) -> None:
        barrier.wait()
        results[code] = push(made.db, url, clock=clock)

    threads = [threading.Thread(target=run, args=shop) for shop in shops]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert {code: (r.ok, r.sent, r.error) for code, r in results.items()} == {
            code: (True, 2, "") for _m, code, _u in shops
        }
        rows = hub_rows(hub)
        assert len(rows) == 40
        assert {r[0] for r in rows} == {code for _m, code, _u in shops}
        engine = hub.engine()
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(shop_sync)).scalar() == 20
        engine.dispose()
    finally:
        for made, _code, _url in shops:
            made.close()


def test_an_unreachable_hub_backs_off_and_the_light_turns_yellow_then_red(
    hub: Hub, shop, clock, tmp_path
) -> None:
    trade_day(shop, clock)
    url = hub.shop_url("S001")
    down = (
        url.replace("port=", "port=1")
        if hub.kind == "postgresql"
        else f"sqlite:///{tmp_path}/missing/dir/hub.sqlite3"
    )
    set_setting(shop, "hub_url", down)
    assert sync_state(shop.db, clock()).level is SyncLevel.YELLOW

    failures = []
    for _ in range(8):
        result = push(shop.db, clock=clock)
        assert result.error and result.waiting == 1
        failures.append(result.next_try_at - clock())
        assert push_if_due(shop.db, clock=clock) is None  # backing off
        clock.now = result.next_try_at
    assert failures == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32, 60, 60)]
    assert outbox(shop)[0].attempts == 8
    state = sync_state(shop.db, clock())
    assert (state.level, state.waiting, state.last_success_at) == (SyncLevel.YELLOW, 1, None)
    assert state.last_error
    password = make_url(url).password
    if password:  # never shown, never kept
        assert (
            "***" in state.hub and password not in state.hub + state.last_error + outbox(shop)[0].last_error
        )

    clock.advance(days=2)
    assert sync_state(shop.db, clock()).level is SyncLevel.RED

    set_setting(shop, "hub_url", url)
    result = push_if_due(shop.db, clock=clock)
    assert result is not None and result.ok
    state = sync_state(shop.db, clock())
    assert (state.level, state.waiting, state.last_success_at, state.last_error) == (
        SyncLevel.GREEN,
        0,
        clock(),
        "",
    )
    # The next failure starts the back-off from one minute again.
    trade_day(shop, clock)
    set_setting(shop, "hub_url", down)
    assert push(shop.db, clock=clock).next_try_at == clock() + timedelta(minutes=1)


def test_no_hub_set_means_nothing_is_sent_and_the_light_is_off(shop, clock) -> None:
    trade_day(shop, clock)
    result = push(shop.db, clock=clock)
    assert (result.sent, result.waiting) == (0, 1) and "hub_url" in result.error
    assert sync_state(shop.db, clock()).level is SyncLevel.OFF


def test_a_database_that_is_not_a_hub_is_refused(pg_cluster, shop, clock) -> None:
    from tests.hub.conftest import new_pg_database

    trade_day(shop, clock)
    result = push(shop.db, new_pg_database(pg_cluster), clock=clock)
    assert "hub init" in result.error and result.waiting == 1


@pytest.mark.parametrize(("failures", "minutes"), [(1, 1), (2, 2), (3, 4), (7, 60), (50, 60)])
def test_backoff(failures: int, minutes: int) -> None:
    assert backoff(failures) == timedelta(minutes=minutes)


def test_a_hub_that_hangs_is_given_up_on(pg_hub: Hub, shop, clock) -> None:
    from bruktpos.hub.link import DEFAULT_TIMEOUTS

    trade_day(shop, clock)
    url = pg_hub.shop_url("S001")

    def hang(conn) -> None:
        conn.execute(text("SELECT pg_sleep(5)"))

    # The server's own statement_timeout (1 s) speaks before the whole bound (3 s).
    result = push(shop.db, url, clock=clock, before_commit=hang, timeouts=DEFAULT_TIMEOUTS.within(3))
    assert "statement timeout" in result.error and result.waiting == 1
    assert hub_rows(pg_hub) == []
