"""The shop database, its -wal and -shm and every backup are readable by their owner only."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.services.backup import take_backup
from bruktpos.store.schema import open_database

from ..conftest import FakeClock
from .conftest import Shop
from .day_helpers import sell


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_shop_file_and_its_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o000)  # even a careless umask gives no one else a look
    try:
        path = tmp_path / "new" / "shop.sqlite3"
        db = open_database(path)
        try:
            with db.write() as session:
                session.connection().exec_driver_sql("CREATE TABLE scratch (x)")
            wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
            assert wal.exists() and shm.exists()
            assert (_mode(path), _mode(wal), _mode(shm)) == (0o600, 0o600, 0o600)
        finally:
            db.dispose()
    finally:
        os.umask(old)


def test_a_backup_and_its_folder_are_owner_only(shop: Shop, clock: FakeClock, tmp_path: Path) -> None:
    sell(shop, coffees=1)
    folder = tmp_path / "backups"
    old = os.umask(0o000)
    try:
        result = take_backup(shop.path, folder, clock=clock)
    finally:
        os.umask(old)
    assert _mode(result.path) == 0o600
    assert _mode(folder) == 0o700
    with closing(sqlite3.connect(result.path)) as copy:
        assert copy.execute("SELECT count(*) FROM sales").fetchone()[0] == 1


def test_the_backup_before_an_upgrade_is_owner_only(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases" / "shop-0007.sqlite3"
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(fixture.read_bytes())
    path.chmod(0o600)
    old = os.umask(0o000)
    try:
        open_database(path).dispose()
    finally:
        os.umask(old)
    copies = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    assert (_mode(copies[0]), _mode(tmp_path / "backups")) == (0o600, 0o700)


def test_a_world_readable_shop_file_is_tightened_at_start_and_logged(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    sell(shop, coffees=1)
    shop.close()
    wal = shop.path.with_name(shop.path.name + "-wal")
    with closing(sqlite3.connect(shop.path)) as conn:  # leaves a -wal beside it, as a running till does
        conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    wal.touch()
    shop.path.chmod(0o644)
    wal.chmod(0o666)
    with caplog.at_level(logging.WARNING, logger="bruktpos.store.private_files"):
        db = open_database(shop.path)
    try:
        assert (_mode(shop.path), _mode(wal)) == (0o600, 0o600)
        with db.read() as session:  # and the shop opens as before
            assert session.connection().exec_driver_sql("SELECT count(*) FROM sales").scalar() == 1
    finally:
        db.dispose()
    said = [r.getMessage() for r in caplog.records if r.name == "bruktpos.store.private_files"]
    assert f"{shop.path} was readable by others (mode 644): now 600" in said
    assert f"{wal} was readable by others (mode 666): now 600" in said
