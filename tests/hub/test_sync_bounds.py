"""Sync never hangs: a hub that never answers, a link that dies mid-push, a manual sync and the schedule.

The faults are real sockets on 127.0.0.1 (tests/hub/netfaults.py) in front of
the real PostgreSQL cluster. Bounds are shortened with ``HubTimeouts.within``
so each test takes seconds; the defaults are tested on their own.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

import bruktpos
from bruktpos.cli import main
from bruktpos.hub.link import ADMIN_TIMEOUTS, DEFAULT_TIMEOUTS, HubTimeouts, hub_engine, postgres_connect_args
from bruktpos.hub.push import _load_state, push, push_if_due, sync_state
from bruktpos.hub.queries import summary_rows
from bruktpos.hub.schema import shop_sync
from tests.conftest import OSLO
from tests.hub.conftest import Hub
from tests.hub.days import outbox, set_setting, trade_day
from tests.hub.netfaults import after_queries, is_commit
from tests.hub.test_push import hub_rows

SHORT = DEFAULT_TIMEOUTS.within(2)


def schedule(shop) -> dict:
    with shop.db.read() as session:
        state = _load_state(session)
    return {k: state.get(k) for k in ("failures", "next_try_at")}


def refused_url() -> str:
    """A PostgreSQL URL on a port where nothing listens (refused at once)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql+psycopg://u:p@127.0.0.1:{port}/db"


# --- the figures ----------------------------------------------------------------------


def test_the_default_timeouts_are_what_a_shop_wants() -> None:
    t = DEFAULT_TIMEOUTS
    assert (t.connect_s, t.statement_s, t.lock_s, t.idle_in_transaction_s) == (10, 30, 10, 60)
    assert (t.keepalive_idle_s, t.keepalive_interval_s, t.keepalive_count, t.tcp_user_timeout_s) == (
        10,
        5,
        3,
        30,
    )
    assert t.call_s == 60 and t.bound_s <= 65  # a whole sync: about a minute
    assert t.keepalive_idle_s + t.keepalive_interval_s * t.keepalive_count < t.call_s
    args = postgres_connect_args(t)
    assert args["connect_timeout"] == 10
    assert (args["keepalives"], args["keepalives_idle"], args["keepalives_interval"]) == (1, 10, 5)
    assert args["keepalives_count"] == 3 and args["tcp_user_timeout"] == 30_000
    assert args["options"] == (
        "-c statement_timeout=30000 -c lock_timeout=10000 -c idle_in_transaction_session_timeout=60000"
    )
    admin = ADMIN_TIMEOUTS  # hub init: an upgrade may rewrite every row, so it may take long but not forever
    assert admin.statement_s == 900 and admin.call_s == 1800 and admin.connect_s == t.connect_s
    short = t.within(4)
    assert (short.call_s, short.connect_s, short.statement_s, short.lock_s) == (4, 2, 2, 1)
    assert short.idle_in_transaction_s == 60 and short.bound_s == 5
    assert t.within(600) == t.within(600) and t.within(600).connect_s == 10  # never longer than the defaults


def test_a_hub_connection_really_carries_the_timeouts_and_keepalives(pg_hub: Hub, proxy) -> None:
    engine = hub_engine(proxy.url(pg_hub.admin_url))
    try:
        with engine.connect() as conn:
            settings = {
                name: conn.execute(text(f"SHOW {name}")).scalar()
                for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
            }
            # The client's end of the TCP connection, as the kernel has it.
            fd = conn.connection.dbapi_connection.pgconn.socket
            sock = socket.socket(fileno=fd)
            try:
                options = {
                    "keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                    "idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                    "interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                    "count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                    "user_timeout_ms": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
                }
            finally:
                sock.detach()
    finally:
        engine.dispose()
    assert settings == {
        "statement_timeout": "30s",
        "lock_timeout": "10s",
        "idle_in_transaction_session_timeout": "1min",
    }
    assert options == {"keepalive": 1, "idle": 10, "interval": 5, "count": 3, "user_timeout_ms": 30_000}


def test_settings_in_the_hub_url_win_and_server_options_are_added_to(pg_hub: Hub) -> None:
    from sqlalchemy import make_url

    url = make_url(pg_hub.admin_url).update_query_dict(
        {"options": "-c statement_timeout=5000 -c application_name=kretsen", "connect_timeout": "3"}
    )
    engine = hub_engine(url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            shown = [
                conn.execute(text(f"SHOW {name}")).scalar()
                for name in ("statement_timeout", "lock_timeout", "application_name")
            ]
            assert conn.connection.dbapi_connection.info.get_parameters()["connect_timeout"] == "3"
    finally:
        engine.dispose()
    assert shown == ["5s", "10s", "kretsen"]


def test_sync_refuses_a_bad_timeout(shop, clock, silent, capsys) -> None:
    trade_day(shop, clock)
    for bad in ("0", "-5", "soon", "99999"):
        code = main(["sync", "--db", str(shop.path), "--hub", silent.url(), "--timeout", bad])
        assert code == 2
        err = capsys.readouterr().err
        assert "--timeout" in err and len(err.splitlines()) == 1
    assert outbox(shop)[0].attempts == 0  # refused before anything was tried


# --- a hub that accepts and never answers ---------------------------------------------


def test_bruktpos_sync_to_a_hub_that_never_answers_ends_in_one_line(shop, clock, silent) -> None:
    trade_day(shop, clock)
    shop.close()
    env = {**os.environ, "PYTHONPATH": str(Path(bruktpos.__file__).parents[1])}
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bruktpos",
            "sync",
            "--db",
            str(shop.path),
            "--hub",
            silent.url(),
            "--timeout",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert elapsed < 3 + 1 + 6  # the bound and its grace, plus starting Python on a busy machine
    assert silent.accepted  # it really got as far as the hub's door
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    # The login's own timeout (half the bound) speaks first.
    assert "connection timeout expired" in lines[0] and "1 day(s) are still waiting" in lines[0]
    assert "Traceback" not in done.stderr + done.stdout
    assert ":p@" not in done.stderr  # the password stays hidden


def test_a_push_that_cannot_even_log_in_is_left_behind_at_the_bound(shop, clock, silent) -> None:
    # connect_timeout longer than the bound: only run_bounded can end it, by leaving the thread.
    trade_day(shop, clock)
    timeouts = HubTimeouts(connect_s=30, call_s=1.5, grace_s=0.5)
    started = time.monotonic()
    result = push(shop.db, silent.url(), clock=clock, timeouts=timeouts)
    assert time.monotonic() - started < timeouts.bound_s + 1.5
    assert "did not answer within 1.5 seconds" in result.error and result.waiting == 1
    assert schedule(shop) == {"failures": 1, "next_try_at": (clock() + timedelta(minutes=1)).isoformat()}
    assert any(t.name == "bruktpos-hub" for t in threading.enumerate())  # the stuck login, a daemon
    silent.close()  # the far end goes: the thread it left behind ends by itself
    deadline = time.monotonic() + 10
    while any(t.name == "bruktpos-hub" for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name == "bruktpos-hub" for t in threading.enumerate())


def test_a_stopped_push_gives_up_at_once_and_does_not_count(shop, clock, silent) -> None:
    trade_day(shop, clock)
    stop = threading.Event()
    threading.Timer(0.3, stop.set).start()
    started = time.monotonic()
    result = push(shop.db, silent.url(), clock=clock, stop=stop)  # default bound: a minute
    assert time.monotonic() - started < 2.5  # not the minute of the bound
    assert "stopped" in result.error and result.waiting == 1
    assert schedule(shop) == {"failures": None, "next_try_at": None}


# --- a link that dies in the middle of a push -----------------------------------------


def test_a_push_whose_link_dies_before_the_commit_is_cut_at_the_bound_and_leaves_nothing(
    pg_hub: Hub, proxy, shop, clock
) -> None:
    trade_day(shop, clock)
    url = proxy.url(pg_hub.shop_url("S001"))
    proxy.restore(cut_when=is_commit)
    started = time.monotonic()
    result = push(shop.db, url, clock=clock, timeouts=SHORT)
    elapsed = time.monotonic() - started
    assert proxy.cut_message is not None and is_commit(*proxy.cut_message)  # the upserts had gone through
    assert 2 <= elapsed < SHORT.bound_s + 1.5
    assert "did not answer within 2 seconds" in result.error
    # One transaction: nothing of it is at the hub, and the day is still to send.
    assert hub_rows(pg_hub) == []
    engine = pg_hub.engine()
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(shop_sync)).scalar() == 0
    engine.dispose()
    assert [(e.sent_at, e.attempts) for e in outbox(shop)] == [(None, 1)]

    proxy.restore()
    clock.advance(minutes=1)
    again = push_if_due(shop.db, url, clock=clock, timeouts=SHORT)
    assert again is not None and again.ok and again.sent == 1
    assert [r[:4] for r in hub_rows(pg_hub)] == [("S001", "K1", outbox(shop)[0].business_date, 1)]


def test_bruktpos_sync_over_a_link_that_dies_after_the_first_query(
    pg_hub: Hub, proxy, shop, clock, capsys
) -> None:
    trade_day(shop, clock)
    url = proxy.url(pg_hub.shop_url("S001"))
    proxy.restore(cut_when=after_queries(1))
    started = time.monotonic()
    code = main(["sync", "--db", str(shop.path), "--hub", url, "--timeout", "2"])
    elapsed = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 1 and proxy.dead.is_set()
    assert elapsed < SHORT.bound_s + 1.5
    assert len(err.strip().splitlines()) == 1 and "did not answer within 2 seconds" in err
    assert hub_rows(pg_hub) == []
    assert [(e.sent_at, e.attempts) for e in outbox(shop)] == [(None, 1)]
    assert schedule(shop) == {"failures": None, "next_try_at": None}  # a person's try


def test_the_coordinators_read_is_cut_when_the_link_dies(pg_hub: Hub, proxy) -> None:
    url = proxy.url(pg_hub.coordinator_url())
    proxy.restore(cut_when=after_queries(2))
    engine = hub_engine(url, timeouts=SHORT)
    started = time.monotonic()
    with pytest.raises(OperationalError):
        summary_rows(engine, None, None)
    engine.dispose()
    assert proxy.dead.is_set() and time.monotonic() - started < SHORT.call_s + 1.5


def test_a_locked_sqlite_hub_fails_within_its_busy_timeout_and_recovers(
    sqlite_hub: Hub, shop, clock, tmp_path
) -> None:
    import sqlite3

    trade_day(shop, clock)
    other = sqlite3.connect(str(Path(sqlite_hub.admin_url.removeprefix("sqlite:///"))))
    other.execute("BEGIN IMMEDIATE")  # another program holds the hub's write lock
    started = time.monotonic()
    result = push(shop.db, sqlite_hub.admin_url, clock=clock, timeouts=SHORT)
    assert time.monotonic() - started < SHORT.bound_s + 1.5
    assert "locked" in result.error and result.waiting == 1
    other.rollback()
    other.close()
    clock.advance(minutes=1)
    again = push_if_due(shop.db, sqlite_hub.admin_url, clock=clock, timeouts=SHORT)
    assert again is not None and again.ok


# --- a person's sync and the till's schedule ------------------------------------------


def test_a_failed_manual_sync_leaves_the_tills_schedule_alone(shop, clock, capsys) -> None:
    trade_day(shop, clock)
    clock.now = datetime.now(OSLO)  # `bruktpos sync` runs on the real clock
    down = refused_url()
    set_setting(shop, "hub_url", down)
    for _ in range(2):  # the till's own tries: backing off 1, then 2 minutes
        result = push(shop.db, clock=clock)
        clock.now = result.next_try_at
    result = push(shop.db, clock=clock)
    assert result.next_try_at == clock() + timedelta(minutes=4)
    before = schedule(shop)
    assert before == {"failures": 3, "next_try_at": result.next_try_at.isoformat()}

    assert main(["sync", "--db", str(shop.path)]) == 1
    err = capsys.readouterr().err
    assert f"The till's next automatic try is after {result.next_try_at:%H:%M}." in err
    assert schedule(shop) == before
    assert outbox(shop)[0].attempts == 4  # the try itself is counted on the day
    assert sync_state(shop.db, clock()).last_error  # and the light says it did not get through

    assert push_if_due(shop.db, clock=clock) is None  # the till still waits for its own time …
    clock.now = result.next_try_at
    again = push_if_due(shop.db, clock=clock)  # … and tries then, backing off as before
    assert again is not None and again.next_try_at == clock() + timedelta(minutes=8)


def test_a_manual_sync_that_gets_through_clears_the_back_off(shop, clock, sqlite_hub: Hub) -> None:
    trade_day(shop, clock)
    set_setting(shop, "hub_url", refused_url())
    assert push(shop.db, clock=clock).error
    assert schedule(shop)["failures"] == 1
    assert main(["sync", "--db", str(shop.path), "--hub", sqlite_hub.admin_url]) == 0
    assert schedule(shop) == {"failures": 0, "next_try_at": None}
