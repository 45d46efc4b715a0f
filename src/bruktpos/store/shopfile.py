"""Looking at a shop database file without changing it.

SQLite creates a database wherever it is pointed and takes an empty file for
an empty database, so a mistyped path would quietly become a new shop; a
folder, an unreadable file or a damaged one only fails deep inside the first
query. :func:`bruktpos.store.quick.shop_file_problem` looks first and names
what is wrong; :func:`open_read_only` here gives a connection that never writes to the file
(``verify``, backups): SQLite's ``mode=ro``.

A plain read-only reader of a WAL database needs the ``-shm`` index beside
the file and creates it (and an empty ``-wal``) if it can, or fails in a
read-only folder. When the ``-wal`` holds nothing, everything is in the file
itself, so it is read ``immutable`` instead (nothing made beside it), and
:meth:`ReadOnlyFile.unchanged` tells afterwards whether a till checkpointed
into the file meanwhile, so such a read is never trusted blindly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bruktpos.domain.errors import StoreProblem, StoreUnavailable
from bruktpos.store.open_here import HeldConnection, open_here


class ReadOnlyFile:
    """A read-only connection (``conn``, autocommit: the caller says BEGIN) to a database file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, stamp: tuple[object, ...] | None) -> None:
        self.path = path
        self.conn = conn
        self.immutable = stamp is not None
        self._stamp = stamp  # the file as it was before the immutable read began

    def unchanged(self) -> bool:
        """False if the file changed under an ``immutable`` read, which then cannot be trusted."""
        return self._stamp is None or self._stamp == _stamp(self.path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> ReadOnlyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_read_only(path: str | Path, *, busy_timeout_s: float = 5.0) -> ReadOnlyFile:
    """Open ``path`` read-only; never creates or writes the file.

    A WAL database with nothing in its ``-wal`` is all in the file itself:
    it is read ``immutable`` (no -shm, no -wal made beside it, works on a
    read-only folder), and :meth:`ReadOnlyFile.unchanged` says afterwards
    whether a checkpoint changed the file meanwhile. Otherwise (a till is
    writing, or the file uses a rollback journal) it is read with SQLite's
    locks and shared index, as any reader. SQLite failures raise
    :class:`StoreUnavailable`.
    """
    path = Path(path).absolute()
    if not path.is_file():
        # mode=ro never creates a file, but say so before SQLite's vaguer "unable to open".
        raise StoreUnavailable(StoreProblem.CANNOT_OPEN, str(path), "no such file")
    stamp = _stamp(path)
    immutable = _all_in_the_file(path)
    try:
        conn = _connect(path, busy_timeout_s, immutable=immutable)
        return ReadOnlyFile(path, conn, stamp=stamp if immutable else None)
    except sqlite3.Error as error:
        raise store_error(error, path) from error


def _connect(path: Path, busy_timeout_s: float, *, immutable: bool) -> sqlite3.Connection:
    uri = path.as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    conn = sqlite3.connect(
        uri, uri=True, timeout=busy_timeout_s, isolation_level=None, factory=HeldConnection
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file for real
    except BaseException:
        conn.close()
        raise
    return conn


def _all_in_the_file(path: Path) -> bool:
    """A WAL-mode file whose -wal is missing or empty and that has no rollback journal.

    Never for a file this process has open (its header is not read then, see
    store.open_here): that one is read with SQLite's locks, as any reader.
    """
    if open_here(path):
        return False
    try:
        with path.open("rb") as file:
            header = file.read(20)
        if len(header) < 20 or header[18:20] != b"\x02\x02":  # not WAL mode
            return False
        return not _beside(path, "-journal").exists() and not _wal_holds_data(path)
    except OSError:
        return False


def _wal_holds_data(path: Path) -> bool:
    wal = _beside(path, "-wal")
    try:
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return True


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _stamp(path: Path) -> tuple[object, ...]:
    try:
        info = path.stat()
        return (info.st_size, info.st_mtime_ns, info.st_ino)
    except OSError:
        return ("unreadable",)


def store_error(error: sqlite3.Error, path: Path) -> BaseException:
    """``error`` as :class:`StoreUnavailable`, its detail led by SQLite's extended code name
    (``SQLITE_READONLY_ROLLBACK: …``), so a message can tell a hot journal from a read-only
    folder; an error that is no storage failure comes back as it is."""
    from bruktpos.store.failures import as_store_error  # SQLAlchemy: only when something failed

    typed = as_store_error(error, path)
    if typed is None:
        return error
    name = getattr(error, "sqlite_errorname", None)
    if name:
        typed.detail = f"{name}: {typed.detail}"
    return typed
