"""Which shop files this process has open in SQLite.

On POSIX a process's locks on a file are dropped when *any* descriptor it has
on that file is closed (sqlite.org/howtocorrupt.html §2.2). Reading a shop
file's header with ``open()``/``close()`` while this process's own SQLite
connections are open on it therefore lets another process (a second till, a
backup or ``verify`` command) take the file's EXCLUSIVE lock as it closes its
last connection, and delete the -wal and -shm under our connections: the next
write here fails with "disk I/O error" or "database disk image is malformed".

Every SQLite connection BruktPOS opens on a shop file (the till's engines,
the checkpointer, read-only looks) is a :class:`HeldConnection`, counted here
while it is open, and the quick header reads (:mod:`bruktpos.store.quick`,
:mod:`bruktpos.store.shopfile`) leave alone a file that :func:`open_here`
names. SQLite itself keeps its descriptors open while a lock is held, so
reads through SQLite stay safe.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

_lock = threading.Lock()
_open: dict[str, int] = {}


def _key(path: str | Path) -> str:
    return os.path.realpath(path)


class HeldConnection(sqlite3.Connection):
    """A ``sqlite3`` connection counted in :func:`open_here` until it is closed (or collected).

    Pass it as ``factory=`` to :func:`sqlite3.connect`.
    """

    def __init__(self, database: str | Path, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        name = str(database)
        if kwargs.get("uri") and name.startswith("file:"):
            name = unquote(urlsplit(name).path)
        self._held: str | None = _key(name)
        with _lock:
            _open[self._held] = _open.get(self._held, 0) + 1

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._release()

    def __del__(self) -> None:
        self._release()

    def _release(self) -> None:
        key, self._held = getattr(self, "_held", None), None
        if key is None:
            return
        with _lock:
            left = _open.get(key, 0) - 1
            if left > 0:
                _open[key] = left
            else:
                _open.pop(key, None)


def open_here(path: str | Path) -> bool:
    """Whether this process has a SQLite connection (a :class:`HeldConnection`) open on ``path``."""
    key = _key(path)
    with _lock:
        return key in _open
