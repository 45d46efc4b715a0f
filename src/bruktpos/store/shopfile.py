"""Looking at a shop database file without changing it.

SQLite creates a database wherever it is pointed and takes an empty file for
an empty database, so a mistyped path would quietly become a new shop; a
folder, an unreadable file or a damaged one only fails deep inside the first
query. :func:`inspect_shop_file` looks first and names what is wrong, and
:func:`open_read_only` gives a connection that never writes to the file
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
import struct
from dataclasses import dataclass
from pathlib import Path

from bruktpos.domain.errors import StoreProblem, StoreUnavailable

SQLITE_HEADER = b"SQLite format 3\x00"
# A shop database has these tables from its very first revision.
SHOP_TABLES = ("alembic_version", "shop", "journal")


class FileProblem:
    """Why a path is not a shop database that can be opened (see :class:`FileCheck`)."""

    MISSING = "missing"
    FOLDER = "folder"
    UNREADABLE = "unreadable"  # the operating system refuses to let this user read it
    EMPTY = "empty"  # 0 bytes: SQLite would make a new, empty database of it
    NOT_SQLITE = "not_sqlite"  # another kind of file, or one damaged at its start
    TRUNCATED = "truncated"  # shorter than its own header says: cut off
    NOT_A_SHOP = "not_a_shop"  # a SQLite database, but not BruktPOS's


@dataclass(frozen=True)
class FileCheck:
    """What :func:`inspect_shop_file` found; ``problem`` is None for a usable shop file."""

    path: Path
    problem: str | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def inspect_shop_file(path: str | Path, *, busy_timeout_s: float = 5.0) -> FileCheck:
    """Is ``path`` an existing, readable BruktPOS database? Creates and writes nothing.

    File-level problems come back as a :class:`FileCheck` naming a
    :class:`FileProblem`; a failure of SQLite itself while looking (locked,
    damaged inside) raises :class:`StoreUnavailable`.
    """
    path = Path(path)
    try:
        if not path.exists():
            return FileCheck(path, FileProblem.MISSING)
        if path.is_dir():
            return FileCheck(path, FileProblem.FOLDER)
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        return FileCheck(path, FileProblem.UNREADABLE, str(error))
    if size == 0:
        return FileCheck(path, FileProblem.EMPTY)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return FileCheck(path, FileProblem.NOT_SQLITE)
    expected = _size_in_header(header)
    # While a -wal holds data, a till's checkpoint may be growing the file: SQLite judges then.
    if expected is not None and size < expected and not _wal_holds_data(path):
        return FileCheck(path, FileProblem.TRUNCATED, f"{size} of {expected} bytes")
    with open_read_only(path, busy_timeout_s=busy_timeout_s) as db:
        try:
            names = {row[0] for row in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.Error as error:
            raise store_error(error, path) from error
    missing = [name for name in SHOP_TABLES if name not in names]
    if missing:
        return FileCheck(path, FileProblem.NOT_A_SHOP, f"no table {missing[0]}")
    return FileCheck(path)


def _size_in_header(header: bytes) -> int | None:
    """The file size the header claims (page size × page count), when the header vouches for it."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    # The count is valid only when "version-valid-for" matches the change counter.
    if pages == 0 or header[24:28] != header[92:96]:
        return None
    return page_size * pages


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
    conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_s, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file for real
    except BaseException:
        conn.close()
        raise
    return conn


def _all_in_the_file(path: Path) -> bool:
    """A WAL-mode file whose -wal is missing or empty and that has no rollback journal."""
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
