"""The start on real bad files: each named for what it is and left untouched; no upgrade without a backup."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.domain.errors import (
    BackupBeforeUpgradeFailed,
    NotAShopDatabase,
    ShopFileProblem,
    StoreProblem,
    StoreUnavailable,
)
from bruktpos.store.quick import head_revision, shop_file_problem
from bruktpos.store.schema import open_database
from tests.integration import bad_files

P = ShopFileProblem


@pytest.fixture
def good(shop_template, tmp_path: Path) -> Path:
    """A copy of the test shop's file (current schema, set up)."""
    path = tmp_path / "good.sqlite3"
    with closing(sqlite3.connect(shop_template.path)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
    return path


def test_each_kind_of_bad_file_is_named_for_what_it_is(good: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.sqlite3").touch()
    cases = {
        bad_files.random_bytes(bad): P.NOT_SQLITE,
        bad_files.text_file(bad): P.NOT_SQLITE,
        bad_files.other_program(bad): P.FOREIGN,
        bad_files.truncated(good, bad): P.DAMAGED,
        bad_files.malformed(good, bad): P.DAMAGED,
        bad_files.newer(good, bad): P.NEWER,
        bad_files.a_folder(bad): P.FOLDER,
        bad / "missing.sqlite3": P.MISSING,
        bad / "no-such-folder" / "shop.sqlite3": P.MISSING,
        bad / "empty.sqlite3": P.EMPTY,
    }
    found = {path.name: getattr(shop_file_problem(path), "problem", None) for path in cases}
    assert found == {path.name: kind for path, kind in cases.items()}
    assert shop_file_problem(good) is None
    assert shop_file_problem(bad_files.old_shop(tmp_path)) is None  # older, but a shop: it is upgraded


def test_an_unreadable_file_is_named_so_even_for_root(good: Path, tmp_path: Path) -> None:
    path = bad_files.unreadable(good, tmp_path)
    assert shop_file_problem(path) is None  # root reads anything …
    with bad_files.without_root_file_powers():
        problem = shop_file_problem(path)  # … until its file powers are gone
    assert isinstance(problem, NotAShopDatabase)
    assert problem.problem == P.UNREADABLE


@pytest.mark.parametrize("make", [bad_files.random_bytes, bad_files.text_file, bad_files.other_program])
def test_opening_a_file_that_is_not_a_shop_leaves_it_untouched(make, tmp_path: Path) -> None:
    path = make(tmp_path)
    before = path.read_bytes()
    with pytest.raises(NotAShopDatabase):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no -wal, no -shm, no backups


def test_a_database_from_a_newer_bruktpos_is_refused_not_crashed_on(good: Path, tmp_path: Path) -> None:
    path = bad_files.newer(good, tmp_path)
    with pytest.raises(NotAShopDatabase) as caught:
        open_database(path)
    assert caught.value.problem == P.NEWER
    assert bad_files.revision(path) == "9999"


def test_an_old_database_is_upgraded_after_its_backup(tmp_path: Path) -> None:
    path = bad_files.old_shop(tmp_path)
    open_database(path).dispose()
    assert bad_files.revision(path) == head_revision()
    (backup,) = (tmp_path / "backups").glob("shop-before-*.sqlite3")
    assert bad_files.revision(backup) == "0001"


def test_while_another_program_holds_the_lock_the_start_waits_then_stops_unchanged(tmp_path: Path) -> None:
    path = bad_files.old_shop(tmp_path)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as caught:
            open_database(path, wait_seconds=1.0)
        waited = time.monotonic() - started
        other.execute("ROLLBACK")
    assert caught.value.problem == StoreProblem.LOCKED
    assert 1.0 <= waited < 8
    assert bad_files.revision(path) == "0001"
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def _release_after(conn: sqlite3.Connection, seconds: float) -> threading.Thread:
    def release() -> None:
        time.sleep(seconds)
        conn.execute("ROLLBACK")

    thread = threading.Thread(target=release)
    thread.start()
    return thread


@pytest.mark.parametrize(
    ("wal", "held_for"),
    # In WAL mode the lock is held past SQLite's 10 s busy timeout: the old start then read
    # the revision as "none", skipped the backup and upgraded as soon as the lock was gone.
    [(False, 1.5), (True, 11.0)],
    ids=["rollback-journal", "wal-past-the-busy-timeout"],
)
def test_a_lock_let_go_within_the_wait_gives_backup_then_upgrade(
    tmp_path: Path, wal: bool, held_for: float
) -> None:
    path = bad_files.old_shop(tmp_path, wal=wal)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    thread = _release_after(other, held_for)
    try:
        open_database(path, wait_seconds=held_for + 4).dispose()
    finally:
        thread.join()
        other.close()
    assert bad_files.revision(path) == head_revision()
    (backup,) = (tmp_path / "backups").glob("shop-before-*.sqlite3")
    assert bad_files.revision(backup) == "0001"


def test_no_room_for_the_backup_means_no_upgrade(tmp_path: Path) -> None:
    path = bad_files.old_shop(tmp_path)
    with bad_files.small_tmpfs(tmp_path / "small") as small:
        with pytest.raises(BackupBeforeUpgradeFailed) as caught:
            open_database(path, backup_dir=small)
        assert list(small.iterdir()) == []  # no half-written .partial left on the full disk
    assert caught.value.problem == StoreProblem.FULL
    assert caught.value.folder == str(small)
    assert bad_files.revision(path) == "0001"


def test_a_backup_folder_that_cannot_be_written_means_no_upgrade(tmp_path: Path) -> None:
    path = bad_files.old_shop(tmp_path)
    with (
        bad_files.small_tmpfs(tmp_path / "ro", size="4m", read_only=True) as read_only,
        pytest.raises(BackupBeforeUpgradeFailed) as caught,
    ):
        open_database(path, backup_dir=read_only / "backups")
    assert caught.value.problem == StoreProblem.READ_ONLY  # mkdir: EROFS
    assert bad_files.revision(path) == "0001"
    # With room to write, the same start goes through.
    open_database(path, backup_dir=tmp_path / "backups").dispose()
    assert bad_files.revision(path) == head_revision()
