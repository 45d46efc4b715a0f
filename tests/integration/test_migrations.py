"""Schema migrations: one line of history, and models that match it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bruktpos.store import schema
from bruktpos.store.integrity import verify_database
from bruktpos.store.models import APPEND_ONLY_ACTIONS, APPEND_ONLY_TABLES, CLOSED_DAY_GUARDS, KEY_GUARDS, Base
from bruktpos.store.schema import alembic_config, current_revision, head_revision, open_database, upgrade


def test_revision_history_is_linear_and_numbered_like_its_files() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [head_revision()]
    for revision in script.walk_revisions():
        assert not isinstance(revision.down_revision, tuple | list), f"{revision.revision} is a merge"
        assert Path(revision.path).name.startswith(f"{revision.revision}_"), revision.path


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3")
    with db.writer.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": schema.include_object})
        diff = compare_metadata(context, Base.metadata)
    db.dispose()
    assert diff == []


def test_new_database_is_at_head_with_guards_and_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    assert current_revision(db) == head_revision()
    with db.writer.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA recursive_triggers").scalar() == 1  # REPLACE fires DELETE guards
    db.dispose()
    with sqlite3.connect(path) as conn:
        triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    guards = {f"{t}_no_{a}" for t in APPEND_ONLY_TABLES for a in APPEND_ONLY_ACTIONS}
    full_text = {"items_fts_insert", "items_fts_delete", "items_fts_update"}
    assert triggers == guards | full_text | set(CLOSED_DAY_GUARDS) | set(KEY_GUARDS)


def test_reopening_is_idempotent_and_takes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_database(path).dispose()
    open_database(path).dispose()
    assert not (tmp_path / "backups").exists()


def test_upgrade_of_an_older_database_backs_it_up_first(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.sqlite3"
    db = open_database(path)
    with db.write() as session:
        session.connection().exec_driver_sql("CREATE TABLE keepsake (note TEXT)")
        session.connection().exec_driver_sql("INSERT INTO keepsake VALUES ('from before')")
    db.dispose()
    # A newer release whose head is past this file's revision.
    upgraded = []
    monkeypatch.setattr(schema, "head_revision", lambda: "9999")
    monkeypatch.setattr(schema, "upgrade", lambda db: upgraded.append(db.path))
    schema.open_database(path).dispose()
    assert upgraded == [path.resolve()]
    backups = list((tmp_path / "backups").glob("shop-before-9999-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT note FROM keepsake").fetchone() == ("from before",)


def test_downgrade_and_upgrade_round_trip(tmp_path: Path) -> None:
    db = open_database(tmp_path / "shop.sqlite3")
    from alembic import command

    config = alembic_config()
    with db.writer.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert current_revision(db) is None
    upgrade(db)
    assert current_revision(db) == head_revision()
    db.dispose()


# Every saved old database is upgraded and checked in test_old_databases.py; this one has
# sales from before business days existed.
OLD_DATABASES = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases"


def test_an_upgraded_shop_opens_and_closes_its_first_day_with_its_history_in_the_grand_totals(
    tmp_path: Path,
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bruktpos.domain.cashcount import CashCount
    from bruktpos.domain.people import Operator
    from bruktpos.services.day import DayService

    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(OLD_DATABASES / "shop-0001.sqlite3", path)
    with sqlite3.connect(path) as conn:
        (history,) = conn.execute("SELECT sum(total) FROM sales WHERE training = 0").fetchone()
    db = open_database(path)
    at = datetime(2027, 1, 4, 10, tzinfo=ZoneInfo("Europe/Oslo"))  # after every sale in the file
    days = DayService(db, clock=lambda: at)
    leader = Operator(2, "Kari Nilsen", "leader")
    days.open_day(CashCount({10000: 10}), operator=leader)
    result = days.close_day(CashCount({10000: 10}), operator=leader)
    db.dispose()
    # Grand totals run from installation: the sales made before business days existed count.
    assert history > 0
    assert (result.report.grand_total_sales, result.report.grand_total_net) == (history, history)
    assert result.z_number == 1
    assert verify_database(path).ok
