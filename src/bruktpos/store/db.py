"""The shop's SQLite file: engines, sessions and the settings that keep a sale.

A committed sale must survive a crash or a power cut, so every connection runs
in WAL mode with ``synchronous=FULL`` and foreign keys on. Writes go through
their own engine whose transactions start with ``BEGIN IMMEDIATE``: the write
lock is taken up front, so two writers never deadlock half-way and a receipt
number read inside the transaction is still the last one at commit. Reads use
a second engine with ordinary deferred transactions, which WAL lets run beside
a writer.

How long a transaction waits for a lock held by another program is set per
transaction: ``busy_timeout_ms`` (10 s) by default, and a short
``brief_wait_ms`` in the one thread that :meth:`Database.wait_briefly_in_this_thread`
names — the GUI's, which must never freeze on a lock (the till's own writes
wait in its writer thread instead, see ``ui/background.py``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from bruktpos.domain.errors import StoreUnavailable
from bruktpos.store.checkpoints import Checkpointer
from bruktpos.store.failures import as_store_error
from bruktpos.store.open_here import HeldConnection

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# What the GUI thread waits for a lock at most, so the screen never freezes.
BRIEF_WAIT_MS = 100
WAL_SIZE_LIMIT = 4 * 1024 * 1024  # bytes: about SQLite's usual 1,000 pages


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # transaction handling would otherwise defer it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # REPLACE (INSERT OR REPLACE, REPLACE INTO, UPDATE OR REPLACE) deletes the row in its
    # way without firing DELETE triggers unless recursive triggers are on (SQLite's
    # lang_conflict): on, the append-only tables' BEFORE DELETE guards refuse it too.
    cursor.execute("PRAGMA recursive_triggers = ON")
    # No checkpoint inside a commit: the database's Checkpointer runs them beside
    # the till (store/checkpoints.py). No memory-mapped I/O either: a mapped page
    # read after an I/O error of the disk would stop the program, not raise.
    cursor.execute("PRAGMA wal_autocheckpoint = 0")
    # A WAL that a busy spell made large is cut back to this when it starts over.
    cursor.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    cursor.execute("PRAGMA mmap_size = 0")
    cursor.close()


def _engine(path: Path, begin: str, wait_ms: Callable[[], int]) -> Engine:
    # Counted while open: no raw header read of the file meanwhile (store.open_here).
    engine = create_engine(f"sqlite:///{path}", connect_args={"factory": HeldConnection})
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # On the driver's own connection: SQLAlchemy's statement machinery cost a sale's
        # commit more than the BEGIN itself (a lock it meets raises sqlite3's error,
        # which Database turns into StoreUnavailable as it does SQLAlchemy's).
        fairy = conn.connection
        driver: sqlite3.Connection = fairy.driver_connection
        # The wait for a lock belongs to the transaction's thread; set only when it changes.
        ms = wait_ms()
        info = fairy.info
        if info.get("busy_timeout_ms", BUSY_TIMEOUT_MS) != ms:
            driver.execute(f"PRAGMA busy_timeout = {int(ms)}")
            info["busy_timeout_ms"] = ms
        driver.execute(begin)

    return engine


@dataclass
class Database:
    """One shop database: a writer and a reader over the same file."""

    path: Path
    writer: Engine
    reader: Engine
    busy_timeout_ms: int = BUSY_TIMEOUT_MS
    brief_wait_ms: int = BRIEF_WAIT_MS
    _brief_thread: int | None = field(default=None, init=False, repr=False)
    _kept: Connection | None = field(default=None, init=False, repr=False)
    _kept_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    checkpoints: Checkpointer = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.checkpoints = Checkpointer(self.path)
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    def wait_briefly_in_this_thread(self) -> None:
        """From now on, transactions started in the calling thread wait ``brief_wait_ms`` at most.

        For the GUI thread: a lock held by another program then fails fast as
        :class:`StoreUnavailable` (``LOCKED``) instead of freezing the screen.
        """
        self._brief_thread = threading.get_ident()

    def lock_wait_ms(self) -> int:
        """How long a transaction started now, in this thread, waits for a lock."""
        if self._brief_thread == threading.get_ident():
            return min(self.brief_wait_ms, self.busy_timeout_ms)
        return self.busy_timeout_ms

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on error.

        A failure of the file itself (full disk, read-only, locked, I/O error,
        damaged) leaves as :class:`StoreUnavailable`: nothing was stored.
        """
        with self._translated(), self._write_sessions() as session, session.begin():
            yield session
        self.checkpoints.committed()

    @contextlib.contextmanager
    def write_kept(self) -> Iterator[Connection]:
        """One write transaction on a connection kept open between calls (the till's sales).

        Saves a pool round trip on every sale (see tests/bench). Failures as
        in :meth:`write`; after one, the kept connection is dropped, so the
        next try starts on a fresh one. One thread at a time (the till's writer).
        """
        with self._kept_lock, self._translated():
            try:
                if self._kept is None or self._kept.closed or self._kept.invalidated:
                    self._kept = self.writer.connect()
                with self._kept.begin():
                    yield self._kept
            except (sa_exc.DBAPIError, sqlite3.Error, OSError):
                self._drop_kept()
                raise
        self.checkpoints.committed()

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (file failures as :class:`StoreUnavailable`)."""
        with self._translated(), self._read_sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (sa_exc.DBAPIError, sqlite3.Error, OSError) as error:
            typed = as_store_error(error, self.path)
            if typed is None:
                raise
            self._after_failure(typed)
            raise typed from error

    def _after_failure(self, error: StoreUnavailable) -> None:
        # A connection SQLite opened while the file was read-only stays read-only,
        # and one that met an I/O error may be broken: the next write opens fresh
        # ones, so "Try again" works once the fault is gone.
        log.warning("database %s: %s (%s)", self.path, error.problem, error.detail)
        self.writer.dispose()

    def close_kept(self) -> None:
        """Close the kept write connection (see :meth:`write_kept`), after a write under way."""
        with self._kept_lock:
            self._drop_kept()

    def _drop_kept(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            with contextlib.suppress(sa_exc.SQLAlchemyError, sqlite3.Error):
                kept.close()

    def dispose(self, *, final: bool = False) -> None:
        """Close every connection and stop the checkpoint worker.

        ``final`` (the program is ending): then a TRUNCATE checkpoint empties the
        WAL into the file, once this database's own connections are closed.
        """
        self.close_kept()
        self.writer.dispose()
        self.reader.dispose()
        self.checkpoints.stop()
        if final:
            self.checkpoints.truncate()


def connect(path: str | Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Engines over ``path`` (no migration; see :func:`bruktpos.store.schema.open_database`)."""
    path = Path(path).resolve()
    holder: list[Database] = []

    def wait_ms() -> int:
        return holder[0].lock_wait_ms()

    db = Database(
        path=path,
        writer=_engine(path, "BEGIN IMMEDIATE", wait_ms),
        reader=_engine(path, "BEGIN", wait_ms),
        busy_timeout_ms=busy_timeout_ms,
    )
    holder.append(db)
    return db
