"""The shop's SQLite file: engines, sessions and the settings that keep a sale.

A committed sale must survive a crash or a power cut, so every connection runs
in WAL mode with ``synchronous=FULL`` and foreign keys on. Writes go through
their own engine whose transactions start with ``BEGIN IMMEDIATE``: the write
lock is taken up front, so two writers never deadlock half-way and a receipt
number read inside the transaction is still the last one at commit. Reads use
a second engine with ordinary deferred transactions, which WAL lets run beside
a writer.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from bruktpos.store.failures import as_store_error

BUSY_TIMEOUT_MS = 10_000


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own
    # transaction handling would otherwise defer it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _engine(path: Path, begin: str) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


@dataclass
class Database:
    """One shop database: a writer and a reader over the same file."""

    path: Path
    writer: Engine
    reader: Engine

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader, expire_on_commit=False)

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on error.

        A failure of the file itself (full disk, read-only, locked, I/O error,
        damaged) leaves as :class:`StoreUnavailable`: nothing was stored.
        """
        with self._translated(), self._write_sessions() as session, session.begin():
            yield session

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
            raise typed from error

    def dispose(self) -> None:
        self.writer.dispose()
        self.reader.dispose()


def connect(path: str | Path) -> Database:
    """Engines over ``path`` (no migration; see :func:`bruktpos.store.schema.open_database`)."""
    path = Path(path).resolve()
    return Database(
        path=path,
        writer=_engine(path, "BEGIN IMMEDIATE"),
        reader=_engine(path, "BEGIN"),
    )
