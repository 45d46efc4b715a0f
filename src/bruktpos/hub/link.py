"""Reaching the hub without ever waiting for it for long: timeouts, keepalives, and a hard bound.

Each kind of trouble is caught by a different guard, so all of them are set:

* **the hub machine or the route to it is gone** (no answer to the TCP
  handshake): ``connect_timeout``;
* **the hub answers TCP but never the login** (a stuck server, a wrong port
  that accepts): ``connect_timeout`` too — psycopg enforces it over the
  whole login, not only the handshake;
* **the network dies while a connection is open**: TCP keepalives notice
  an idle dead peer, ``tcp_user_timeout`` notices data that is never
  acknowledged — both only when the far end is really unreachable;
* **the server is alive but a statement runs or waits too long**:
  ``statement_timeout`` and ``lock_timeout`` (set by the server, so they need
  the server to be there);
* **the shop's side vanished in the middle of a transaction**:
  ``idle_in_transaction_session_timeout`` lets the hub end it and free its
  row locks;
* **none of the above fires** — a peer whose kernel still acknowledges but
  that never answers (a stuck proxy or firewall, a half-dead server), a name
  lookup that hangs: no TCP or server setting can see it. So every hub
  connection is *cut* (its socket shut down from another thread, or
  ``sqlite3.Connection.interrupt()``) once it has been held for
  :attr:`HubTimeouts.call_s`, and :func:`run_bounded` runs a whole hub
  transaction on its own thread and gives up on it at the deadline, whatever
  the thread is doing.

The figures are declared once, in :data:`DEFAULT_TIMEOUTS`.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class HubTimeouts:
    """How long anything that talks to the hub may take (seconds)."""

    connect_s: float = 10  # TCP handshake and login
    statement_s: float = 30  # one statement at the server
    lock_s: float = 10  # waiting for a row lock at the server (two registers of one shop at once)
    idle_in_transaction_s: float = 60  # the hub ends a transaction whose client went quiet
    keepalive_idle_s: int = 10  # an idle connection is probed after this …
    keepalive_interval_s: int = 5  # … then every this …
    keepalive_count: int = 3  # … and dropped after this many unanswered probes (~25 s)
    tcp_user_timeout_s: float = 30  # sent data not acknowledged for this long: the link is dead
    call_s: float = 60  # no hub connection, and no push, lasts longer than this
    grace_s: float = 3  # after cutting: how long to wait for the worker before leaving it

    def within(self, seconds: float) -> HubTimeouts:
        """These timeouts, shortened so that a whole call ends within ``seconds``.

        The inner ones stay well inside the whole, as the defaults are, so
        that a slow login, statement or lock ends with its own error first.
        """
        seconds = max(float(seconds), 1.0)
        return replace(
            self,
            call_s=seconds,
            connect_s=min(self.connect_s, seconds / 2),
            statement_s=min(self.statement_s, seconds / 2),
            lock_s=min(self.lock_s, seconds / 4),
            tcp_user_timeout_s=min(self.tcp_user_timeout_s, seconds / 2),
            grace_s=min(self.grace_s, max(seconds / 4, 0.5)),
        )

    @property
    def bound_s(self) -> float:
        """The most a bounded call can take: the call itself, then the grace after cutting it."""
        return self.call_s + self.grace_s


DEFAULT_TIMEOUTS = HubTimeouts()
# ``hub init``: an upgrade step may rewrite every row of a big chapter's hub (a
# new roll-up filled from years of days), and two admins at once wait for each other.
ADMIN_TIMEOUTS = replace(
    DEFAULT_TIMEOUTS, statement_s=900, lock_s=120, idle_in_transaction_s=900, call_s=1800
)


class HubTimeout(TimeoutError):
    """The hub did not finish within the bound; the call was cut off (nothing was committed by us)."""

    def __init__(self, seconds: float, *, stopped: bool = False) -> None:
        self.seconds = seconds
        self.stopped = stopped
        super().__init__(
            "stopped while waiting for the hub"
            if stopped
            else f"the hub did not answer within {seconds:g} seconds"
        )


def _ms(seconds: float) -> int:
    return max(int(seconds * 1000), 1)


def postgres_connect_args(timeouts: HubTimeouts) -> dict[str, Any]:
    """libpq connection parameters for ``timeouts`` (psycopg passes them through)."""
    from psycopg import pq

    args: dict[str, Any] = {
        # libpq counts whole seconds, and psycopg at least 2.
        "connect_timeout": max(round(timeouts.connect_s), 2),
        "keepalives": 1,
        "keepalives_idle": timeouts.keepalive_idle_s,
        "keepalives_interval": timeouts.keepalive_interval_s,
        "keepalives_count": timeouts.keepalive_count,
        "options": (
            f"-c statement_timeout={_ms(timeouts.statement_s)}"
            f" -c lock_timeout={_ms(timeouts.lock_s)}"
            f" -c idle_in_transaction_session_timeout={_ms(timeouts.idle_in_transaction_s)}"
        ),
    }
    if pq.version() >= 120000:  # libpq 12 brought tcp_user_timeout
        args["tcp_user_timeout"] = _ms(timeouts.tcp_user_timeout_s)
    return args


class _Links:
    """The open connections of one engine, so that another thread can cut them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.cutters: dict[int, Callable[[], None]] = {}
        self.closers: dict[int, Callable[[], None]] = {}

    def add(self, key: int, cut: Callable[[], None], close: Callable[[], None]) -> None:
        with self.lock:
            self.cutters[key] = cut
            self.closers[key] = close

    def cut(self, key: int | None = None) -> int:
        """Cut one connection (or all): returns how many were cut."""
        with self.lock:
            chosen = list(self.cutters.items()) if key is None else [(key, self.cutters.get(key))]
            count = 0
            for _key, cut in chosen:
                if cut is None:
                    continue
                with contextlib.suppress(Exception):
                    cut()
                    count += 1
            return count

    def forget(self, key: int) -> None:
        with self.lock:
            self.cutters.pop(key, None)
            close = self.closers.pop(key, None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()


_links: weakref.WeakKeyDictionary[Engine, _Links] = weakref.WeakKeyDictionary()


def _cutter(dbapi_connection: Any) -> tuple[Callable[[], None], Callable[[], None]]:
    """How to break ``dbapi_connection`` from another thread, and how to let go of that means."""
    interrupt = getattr(dbapi_connection, "interrupt", None)
    if interrupt is not None:  # sqlite3: makes the running statement fail at once
        return interrupt, lambda: None
    # psycopg: shut the socket down through our own duplicate of it. A read or
    # write blocked on it in another thread then fails at once ("server closed
    # the connection"), and the duplicate cannot be mistaken for a reused
    # descriptor after libpq has closed its own.
    pgconn = getattr(dbapi_connection, "pgconn", None)
    try:
        fd = pgconn.socket if pgconn is not None else dbapi_connection.fileno()  # psycopg 3, or 2
        sock = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
    except Exception:  # a driver we cannot reach into: only run_bounded's deadline holds for it
        log.info("hub connection of %s cannot be cut", type(dbapi_connection).__name__)
        return (lambda: None), (lambda: None)

    def cut() -> None:
        sock.shutdown(socket.SHUT_RDWR)

    return cut, sock.close


def _watch(engine: Engine, links: _Links, hold_s: float) -> None:
    # insert=True: ahead of SQLAlchemy's own first-connect queries (server
    # version, schema …), which already talk to the hub and can hang too.
    @event.listens_for(engine, "connect", insert=True)
    def connected(dbapi_connection: Any, record: Any) -> None:
        cut, close = _cutter(dbapi_connection)
        key = id(record)
        links.add(key, cut, close)

        def overdue() -> None:
            if links.cut(key):
                log.info("hub connection held for more than %g s: cut", hold_s)

        # No pool: a connection is made, used once and closed, so its whole life is bounded.
        timer = threading.Timer(hold_s, overdue)
        timer.daemon = True
        timer.start()
        record.info["bruktpos_hold_timer"] = timer

    @event.listens_for(engine, "close")
    def closed(_dbapi_connection: Any, record: Any) -> None:
        timer = record.info.pop("bruktpos_hold_timer", None)
        if timer is not None:
            timer.cancel()
        links.forget(id(record))


# The query parameter of a shop's hub URL that names the shop (``hub add-shop``
# prints ``…?shop=S007``): BruktPOS's own, taken off before the URL reaches the driver.
SHOP_PARAM = "shop"


def url_shop(url: str) -> str:
    """The shop code a hub URL carries (``?shop=S007``), or "" when it carries none."""
    try:
        value = make_url(url).query.get(SHOP_PARAM, "")
    except Exception:  # not a URL at all: it carries nothing
        return ""
    return str(value[-1] if isinstance(value, tuple) else value).strip()


def with_shop(url: str, code: str) -> str:
    """``url`` carrying the shop code ``code`` (with its password, for the person who asked)."""
    return make_url(url).update_query_dict({SHOP_PARAM: code}).render_as_string(hide_password=False)


def hub_engine(url: str, *, timeouts: HubTimeouts = DEFAULT_TIMEOUTS, **kwargs: Any) -> Engine:
    """An engine on the hub on which no call waits long (see the module's docstring).

    No pool: the till and the command line connect, do one thing and go, so
    no idle connection is left holding a hub slot. Any connection held
    longer than ``timeouts.call_s`` is cut. A ``?shop=`` the URL carries
    (:data:`SHOP_PARAM`) is not the driver's and is left out.
    """
    parsed = make_url(url)
    parsed = parsed.difference_update_query([SHOP_PARAM])
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        connect_args = postgres_connect_args(timeouts)
        # A setting written into the URL by the chapter's admin wins (SQLAlchemy
        # would let connect_args override it); server options are added to, after ours.
        for key in set(parsed.query) & set(connect_args):
            mine = connect_args.pop(key)
            if key == "options":
                theirs = parsed.query[key]
                theirs = " ".join(theirs) if isinstance(theirs, tuple) else theirs
                parsed = parsed.update_query_dict({"options": f"{mine} {theirs}"})
    elif parsed.get_backend_name() == "sqlite":
        # The busy wait for another writer's lock, in seconds; the statement
        # itself is bounded by the cut (interrupt) like everything else.
        connect_args["timeout"] = timeouts.lock_s
    engine = create_engine(parsed, connect_args=connect_args, poolclass=NullPool, **kwargs)
    links = _Links()
    _links[engine] = links
    _watch(engine, links, timeouts.call_s)
    return engine


def cut_connections(engine: Engine) -> int:
    """Break every open connection of ``engine`` now (from any thread); returns how many."""
    links = _links.get(engine)
    return links.cut() if links is not None else 0


def run_bounded(
    url: str,
    work: Callable[[Connection], T],
    *,
    timeouts: HubTimeouts = DEFAULT_TIMEOUTS,
    stop: threading.Event | None = None,
) -> T:
    """``work`` in ONE hub transaction, on its own thread, over within ``timeouts.bound_s``.

    Raises what ``work`` or the hub raised, or :class:`HubTimeout` when the
    deadline passed (or ``stop`` was set): the connection is then cut, so the
    hub rolls the transaction back; a thread that still does not come back
    (stuck in a name lookup, say) is left behind as a daemon and can no
    longer hold anybody up.
    """
    engine = hub_engine(url, timeouts=timeouts)
    # What the thread hands back: its value (only once the hub has committed), or what it raised.
    values: list[T] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            with engine.begin() as conn:
                value = work(conn)
            values.append(value)  # only now: the hub has committed
        except BaseException as exc:  # handed to the caller's thread
            errors.append(exc)
        finally:
            with contextlib.suppress(Exception):
                engine.dispose()
            done.set()

    thread = threading.Thread(target=run, name="bruktpos-hub", daemon=True)
    started = time.monotonic()
    thread.start()
    deadline = started + timeouts.call_s
    while not done.is_set():
        left = deadline - time.monotonic()
        if left <= 0 or (stop is not None and stop.is_set()):
            break
        done.wait(min(left, 0.1))
    if not done.is_set():
        stopped = stop is not None and stop.is_set()
        cut = cut_connections(engine)
        log.info(
            "hub call %s after %.1f s: %d connection(s) cut",
            "stopped" if stopped else "timed out",
            time.monotonic() - started,
            cut,
        )
        # Stopping (the till closes): no waiting; the cut thread ends, or dies with the process.
        if not done.wait(0.2 if stopped else timeouts.grace_s):
            log.info("hub call did not come back after the cut: left behind")
        elif values:  # it committed just before the cut
            return values[0]
        raise HubTimeout(timeouts.call_s, stopped=stopped)
    if errors:
        raise errors[0]
    return values[0]
