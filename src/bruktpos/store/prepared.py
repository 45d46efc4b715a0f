"""Statements for the till's hot path, run on the driver's own cursor.

Committing a sale runs about ten statements, and SQLAlchemy's per-statement
work (parameter processing, result set-up, events) cost more than SQLite
itself: a sale took about four times as long as a plain ``sqlite3``
insert-and-commit of the same rows. These statements are still built by
SQLAlchemy from the models (so the schema lives in one place), compiled once
for SQLite, and then executed directly on the DBAPI cursor inside the
caller's SQLAlchemy transaction.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Connection, CursorResult
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


@functools.cache
def _dialect() -> Dialect:
    # Made on the first statement built, not at import: loading SQLAlchemy's SQLite
    # dialect is some 6 ms of a fresh process's first X or Z, which builds none.
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect(paramstyle="qmark")


_PLAIN = frozenset((int, str, type(None)))
_MISSING = object()


def _value(value: Any) -> Any:
    # What the models' column types would have sent to SQLite.
    if type(value) in _PLAIN:
        return value
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")  # == store.journal.iso
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Enum):
        return value.value
    return value


class Prepared:
    """One compiled statement with its parameters in positional order."""

    def __init__(self, statement: ClauseElement, column_keys: Iterable[str] | None = None) -> None:
        # A statement compiles to a SQLCompiler (positiontup is set for the positional sqlite dialect).
        compiled = cast(
            SQLCompiler,
            statement.compile(
                dialect=_dialect(), column_keys=list(column_keys) if column_keys is not None else None
            ),
        )
        self.sql = str(compiled)
        self.keys: tuple[str, ...] = tuple(compiled.positiontup or ())
        # Values fixed in the statement itself (LIMIT 1, a status literal).
        self.fixed = {k: v for k, v in compiled.params.items() if isinstance(v, int | str)}

    def _params(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        # On every row of every sale: one lookup a key, and no call for the plain values.
        get, fixed, missing = values.get, self.fixed, _MISSING
        out = []
        for key in self.keys:
            value = get(key, missing)
            if value is missing:
                value = fixed[key]
            elif type(value) not in _PLAIN:
                value = _value(value)
            out.append(value)
        return tuple(out)

    def execute(self, conn: Connection, values: Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        return cursor(conn).execute(self.sql, self._params(values or {}))

    def execute_many(self, conn: Connection, rows: Iterable[Mapping[str, Any]]) -> sqlite3.Cursor:
        return cursor(conn).executemany(self.sql, [self._params(row) for row in rows])


def cursor(conn: Connection) -> sqlite3.Cursor:
    """The DBAPI cursor of a SQLAlchemy connection (inside its transaction)."""
    driver = conn.connection.driver_connection
    return cast(sqlite3.Connection, driver).cursor()


def inserted_id(result: CursorResult[Any]) -> int:
    """The new row's id from a single-row INSERT's result."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT gave no primary key")
    return int(key[0])
