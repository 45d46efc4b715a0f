"""Copies of the shop database taken with SQLite's online backup API.

The online backup reads a consistent snapshot even while the till writes,
and the copy is a complete database (WAL content included), unlike copying
the file and its ``-wal`` beside it by hand.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (replaced if there).

    The copy is made as ``target.partial`` and renamed when complete; on any
    failure the partial file is removed, so a failed backup leaves nothing.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        # Opened (and read) before the partial file exists: a source that is
        # not a database fails here and leaves no empty copy behind.
        src = sqlite3.connect(Path(source).absolute().as_uri() + "?mode=ro", uri=True)
        try:
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(target)
        log.info("backup of %s written to %s (%d bytes)", source, target, target.stat().st_size)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target
