"""Copies of the shop database taken with SQLite's online backup API.

The online backup reads a consistent snapshot even while the till writes,
and the copy is a complete database (WAL content included), unlike copying
the file and its ``-wal`` beside it by hand. It holds what the shop file holds
(PIN hashes), so it is made readable by its owner only
(``store/private_files.py``), and the signing keys' folder beside the shop
file is copied beside it (``store/keyfile.py``), so a restored shop can sign.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from bruktpos.domain.errors import StoreProblem, StoreUnavailable
from bruktpos.store.failures import store_problem
from bruktpos.store.keyfile import copy_keys
from bruktpos.store.private_files import create_private_file, make_private_folder

log = logging.getLogger(__name__)


# How long a copy waits while another program keeps the file from being read.
WAIT_S = 30.0
_RETRY_S = 0.05


class _TooLong(Exception):
    pass


def copy_database(source: Path, target: Path, *, wait_s: float = WAIT_S) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (replaced if there).

    The copy is made as ``target.partial`` and renamed when complete; on any
    failure the partial file is removed, so a failed backup leaves nothing.
    While another connection keeps the file from being read, the copy waits
    up to ``wait_s`` and then raises :class:`StoreUnavailable` (LOCKED);
    other failures leave as SQLite's or the system's own errors.
    """
    deadline = time.monotonic() + wait_s

    def give_up_when_late(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise _TooLong

    make_private_folder(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        # Opened (and read) before the partial file exists: a source that is
        # not a database fails here and leaves no empty copy behind.
        src = sqlite3.connect(Path(source).absolute().as_uri() + "?mode=ro", uri=True, timeout=wait_s)
        try:
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            create_private_file(partial)  # 0600 before a byte of the shop is copied in
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, progress=give_up_when_late, sleep=_RETRY_S)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        # The keys before the copy gets its name: a copy that is there can sign.
        copy_keys(Path(source), target)
        partial.replace(target)
        log.info("backup of %s written to %s (%d bytes)", source, target, target.stat().st_size)
    except BaseException as error:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove the unfinished backup %s", leftover)
        if isinstance(error, _TooLong) or (
            isinstance(error, sqlite3.Error) and store_problem(error) == StoreProblem.LOCKED
        ):
            raise StoreUnavailable(
                StoreProblem.LOCKED, str(source), f"still busy after {wait_s:.0f} s"
            ) from None
        raise
    return target
