"""Opening a shop database: back it up, then bring its schema up to date.

Migrations are Alembic scripts shipped inside the package
(``store/migrations``). They run on every start; before a database that
already holds data is upgraded, a copy is taken beside it, so a failed
upgrade never costs a shop its history.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bruktpos.store.backup import copy_database
from bruktpos.store.db import Database, connect

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.writer.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(path: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path)
    current = current_revision(db)
    head = head_revision()
    if current != head:
        if existed and current is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = (backup_dir or path.parent / "backups") / f"{path.stem}-before-{head}-{stamp}.sqlite3"
            copy_database(path, target)
            log.info("backed up %s to %s before upgrading from %s", path, target, current)
        upgrade(db)
    return db


def upgrade(db: Database, revision: str = "head") -> None:
    config = alembic_config()
    with db.writer.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
