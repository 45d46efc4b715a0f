"""SQLite's failures as the core's typed :class:`StoreUnavailable`.

SQLite reports a full disk, a read-only file, a lock held too long, an I/O
error or a damaged file as ``sqlite3.OperationalError`` / ``DatabaseError``
(wrapped by SQLAlchemy). The person at the till needs to know which of these
it was, because what to do differs; the extended result code tells
(``sqlite_errorcode``, Python 3.11+), with the message as a fallback.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc

from bruktpos.domain.errors import StoreProblem, StoreUnavailable

# Primary result codes (the low byte of the extended code).
_BY_CODE = {
    sqlite3.SQLITE_FULL: StoreProblem.FULL,
    sqlite3.SQLITE_READONLY: StoreProblem.READ_ONLY,
    sqlite3.SQLITE_BUSY: StoreProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StoreProblem.LOCKED,
    sqlite3.SQLITE_IOERR: StoreProblem.IO,
    sqlite3.SQLITE_CORRUPT: StoreProblem.CORRUPT,
    sqlite3.SQLITE_NOTADB: StoreProblem.CORRUPT,
    sqlite3.SQLITE_CANTOPEN: StoreProblem.CANNOT_OPEN,
    sqlite3.SQLITE_PERM: StoreProblem.READ_ONLY,
    sqlite3.SQLITE_AUTH: StoreProblem.READ_ONLY,
}
_BY_WORDS = (
    ("disk is full", StoreProblem.FULL),
    ("readonly", StoreProblem.READ_ONLY),
    ("read-only", StoreProblem.READ_ONLY),
    ("database is locked", StoreProblem.LOCKED),
    ("disk i/o error", StoreProblem.IO),
    ("malformed", StoreProblem.CORRUPT),
    ("not a database", StoreProblem.CORRUPT),
    ("unable to open", StoreProblem.CANNOT_OPEN),
)
_BY_ERRNO = {
    errno.ENOSPC: StoreProblem.FULL,
    errno.EDQUOT: StoreProblem.FULL,
    errno.EROFS: StoreProblem.READ_ONLY,
    errno.EACCES: StoreProblem.READ_ONLY,
    errno.EPERM: StoreProblem.READ_ONLY,
    errno.EIO: StoreProblem.IO,
    errno.ENOENT: StoreProblem.CANNOT_OPEN,
}


def store_problem(error: BaseException) -> str | None:
    """The :class:`StoreProblem` behind ``error``, or None if it is not a storage failure."""
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        error = error.orig
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and (code & 0xFF) in _BY_CODE:
            return _BY_CODE[code & 0xFF]
        words = str(error).lower()
        for phrase, problem in _BY_WORDS:
            if phrase in words:
                return problem
        return StoreProblem.IO if isinstance(error, sqlite3.OperationalError) else None
    if isinstance(error, OSError) and error.errno in _BY_ERRNO:
        return _BY_ERRNO[error.errno]
    return None


def as_store_error(error: BaseException, path: str | Path) -> StoreUnavailable | None:
    """``error`` as a :class:`StoreUnavailable` for the file at ``path``, or None if it is another kind."""
    problem = store_problem(error)
    if problem is None:
        return None
    orig = error.orig if isinstance(error, sa_exc.DBAPIError) and error.orig is not None else error
    return StoreUnavailable(problem=problem, path=str(path), detail=str(orig))
