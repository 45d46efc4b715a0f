"""Opening a shop database: back it up, then bring its schema up to date.

Migrations are Alembic scripts shipped inside the package
(``store/migrations``). They run on every start; before a database that
already holds data is upgraded, a copy is taken beside it, so a failed
upgrade never costs a shop its history. No upgrade runs without that copy:
while another program holds the database the start waits a few seconds,
then stops with :class:`BackupBeforeUpgradeFailed` (or
:class:`StoreUnavailable`), leaving the file as it was.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import exc as sa_exc

from bruktpos.domain.errors import (
    BackupBeforeUpgradeFailed,
    NotAShopDatabase,
    ShopFileProblem,
    StoreProblem,
    StoreUnavailable,
)
from bruktpos.store.backup import copy_database
from bruktpos.store.db import Database, connect
from bruktpos.store.failures import as_store_error, store_problem
from bruktpos.store.private_files import create_private_file, tighten
from bruktpos.store.quick import MIGRATIONS, head_revision, known_revisions, shop_file_problem

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
T = TypeVar("T")

# How long a start waits for another program to let go of the database.
UPGRADE_WAIT_S = 10.0
_RETRY_S = 0.2


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """What Alembic compares with the models: not the FTS5 tables, which have no model."""
    return not (type_ == "table" and (name or "").startswith("items_fts"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(db: Database) -> str | None:
    """The database's revision, or None for a new, empty file.

    Only a missing ``alembic_version`` table means "new": a locked or
    damaged file raises, so that it is never taken for an empty one (and
    upgraded without its backup).
    """
    with db.reader.connect() as conn:
        has_version = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not has_version:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_database(
    path: str | Path, *, backup_dir: Path | None = None, wait_seconds: float | None = None
) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    Raises :class:`NotAShopDatabase` for a file that is not a shop database
    (it is left untouched), :class:`BackupBeforeUpgradeFailed` when the copy
    before an upgrade cannot be taken, and :class:`StoreUnavailable` when the
    file stays locked past ``wait_seconds`` (default :data:`UPGRADE_WAIT_S`) or
    cannot be written.
    """
    path = Path(path)
    problem = shop_file_problem(path)
    if problem is not None and problem.problem not in (ShopFileProblem.MISSING, ShopFileProblem.EMPTY):
        raise problem
    path.parent.mkdir(parents=True, exist_ok=True)
    # Owner-only before SQLite writes a byte (its -wal and -shm inherit the mode);
    # a file from before that rule, or copied by hand, is tightened (and logged).
    if not create_private_file(path):
        tighten(path)
    existed = path.stat().st_size > 0
    deadline = time.monotonic() + (UPGRADE_WAIT_S if wait_seconds is None else wait_seconds)
    db = connect(path)
    try:
        current = _while_busy(lambda: current_revision(db), path, deadline)
        head = head_revision()
        log.info("database %s: schema %s (newest %s)", path, current or "none (new file)", head)
        if current is not None and current not in known_revisions():
            raise NotAShopDatabase(
                ShopFileProblem.NEWER, str(path), f"revision {current}, newest known {head}"
            )
        if current != head:
            if existed and current is not None:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                target = (
                    backup_dir or path.parent / "backups"
                ) / f"{path.stem}-before-{head}-{stamp}.sqlite3"
                _copy_before_upgrade(path, target, deadline)
                log.info("backed up %s to %s before upgrading from %s", path, target, current)
            _while_busy(lambda: upgrade(db), path, deadline)
    except BaseException:
        db.dispose()
        raise
    return db


def _while_busy(step: Callable[[], T], path: Path, deadline: float) -> T:
    """``step()``, tried again while the database is locked, until ``deadline``; file failures typed."""
    while True:
        try:
            return step()
        except (sa_exc.DBAPIError, sqlite3.Error, OSError) as error:
            if store_problem(error) == StoreProblem.LOCKED and time.monotonic() < deadline:
                time.sleep(_RETRY_S)
                continue
            typed = as_store_error(error, path)
            if typed is None:
                raise
            raise typed from error


def _copy_before_upgrade(source: Path, target: Path, deadline: float) -> None:
    """A consistent copy of ``source`` at ``target``, or :class:`BackupBeforeUpgradeFailed` why not.

    While another connection keeps the file from being read, the copy waits
    until ``deadline``. A copy that fails half-way leaves no ``.partial``.
    """
    try:
        copy_database(source, target, wait_s=max(0.0, deadline - time.monotonic()))
    except (StoreUnavailable, sqlite3.Error, OSError) as error:
        if isinstance(error, StoreUnavailable):
            problem, detail = error.problem, error.detail
        else:
            problem, detail = store_problem(error) or StoreProblem.IO, str(error)
        log.error("no upgrade of %s: the backup to %s failed (%s)", source, target.parent, detail)
        raise BackupBeforeUpgradeFailed(problem, str(source), str(target.parent), detail) from error


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    log.info("upgrading the database schema of %s to %s", db.path, revision)
    with db.writer.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    log.info("database schema upgraded to %s", revision)
