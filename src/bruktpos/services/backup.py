"""Rotated backups of the shop database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bruktpos.services.clock import Clock, local_now
from bruktpos.store import journal
from bruktpos.store.backup import copy_database
from bruktpos.store.failures import as_store_error
from bruktpos.store.journal import Event
from bruktpos.store.keyfile import remove_keys
from bruktpos.store.schema import open_database

PREFIX = "bruktpos-"
SUFFIX = ".sqlite3"


@dataclass
class BackupResult:
    path: Path
    removed: list[Path] = field(default_factory=list)


def take_backup(db_path: Path, folder: Path, *, keep: int = 30, clock: Clock = local_now) -> BackupResult:
    """Copy the database into ``folder`` and keep only the newest ``keep`` copies.

    The copy is journalled (SAF-T 13020, export of the journal) after it has
    been written, so a failed copy leaves no claim behind; and if the journal
    entry cannot be written, the copy is removed again: a backup is kept only
    with its entry. A failure of either database file is a
    :class:`StoreUnavailable`; an unusable folder an ``OSError``.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    now = clock()
    name = f"{PREFIX}{db_path.stem}-{now.strftime('%Y%m%d-%H%M%S-%f')}{SUFFIX}"
    try:
        target = copy_database(db_path, folder / name)
    except sqlite3.Error as error:
        raise as_store_error(error, db_path) or error from error
    try:
        db = open_database(db_path)
        try:
            with db.write() as session:
                journal.append(session, Event.BACKUP, at=now, details={"file": target.name})
        finally:
            db.dispose()
    except BaseException:
        target.unlink(missing_ok=True)
        remove_keys(target)
        raise
    # Names sort by time, so the oldest come first.
    existing = sorted(folder.glob(f"{PREFIX}{db_path.stem}-*{SUFFIX}"))
    removed = existing[:-keep]
    for old in removed:
        old.unlink()
        remove_keys(old)
    return BackupResult(target, removed)
