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
from typing import TYPE_CHECKING

from sqlalchemy.exc import OperationalError

from bruktpos.store.backup import copy_database
from bruktpos.store.db import Database, connect
from bruktpos.store.quick import MIGRATIONS, head_revision

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """What Alembic compares with the models: not the FTS5 tables, which have no model."""
    return not (type_ == "table" and (name or "").startswith("items_fts"))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(db: Database) -> str | None:
    """The database's revision, or None for a new, empty file."""
    with db.writer.connect() as conn:
        try:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except OperationalError:
            return None


def open_database(path: str | Path, *, backup_dir: Path | None = None) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path)
    current = current_revision(db)
    head = head_revision()
    log.info("database %s: schema %s (newest %s)", path, current or "none (new file)", head)
    if current != head:
        if existed and current is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = (backup_dir or path.parent / "backups") / f"{path.stem}-before-{head}-{stamp}.sqlite3"
            copy_database(path, target)
            log.info("backed up %s to %s before upgrading from %s", path, target, current)
        upgrade(db)
    return db


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    log.info("upgrading the database schema of %s to %s", db.path, revision)
    with db.writer.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    log.info("database schema upgraded to %s", revision)
