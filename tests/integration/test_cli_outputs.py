"""What the command line writes is whole or not there: backups, demo shops, PDFs on a full disk.

The full disk is real: a small tmpfs mounted for the test (the tests run as
root), filled to the last byte where the point is "no space at all".
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import StoreUnavailable
from bruktpos.domain.people import Operator
from bruktpos.services.backup import take_backup
from bruktpos.services.day import DayService
from bruktpos.services.demo import build_demo
from bruktpos.services.demo_data import USERS
from bruktpos.services.users import UserService
from bruktpos.store.backup import copy_database
from bruktpos.store.integrity import verify_database
from bruktpos.store.schema import open_database

CODE = "0400100000014"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("outputs") / "shop.sqlite3"
    build_demo(path, days=2, end=date(2026, 11, 20), sales_per_day=4, stock=10)
    return path


@contextlib.contextmanager
def _small_disk(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        # Lazy: a failed open_database leaves its engine (and open files) to the garbage
        # collector, and the log record of the failure keeps it alive until the test ends.
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """256 KiB of disk: far less than a shop database."""
    with _small_disk(tmp_path / "disk", "256k") as folder:
        yield folder


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A disk with not one byte free (a filler file takes it all)."""
    with _small_disk(tmp_path / "disk", "256k") as folder:
        with contextlib.suppress(OSError), (folder / "filler").open("wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 4096)
        yield folder


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _backups_journalled(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM journal WHERE event = 'backup'").fetchone()[0]


def test_a_backup_onto_a_full_disk_leaves_nothing_and_claims_nothing(
    demo: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    journalled = _backups_journalled(demo)
    assert main(["backup", "--db", str(demo), "--to", str(small_disk / "backups")]) == 2
    line = _one_line(capsys)
    assert line.startswith(f"Could not back up {demo}: the disk is full")
    assert "no backup was kept" in line
    assert _files(small_disk) == []  # no .partial, and not even the folder this run made
    assert _backups_journalled(demo) == journalled


def test_copy_database_leaves_no_partial_file_when_the_source_is_no_database(tmp_path: Path) -> None:
    source = tmp_path / "notes.sqlite3"
    source.write_text("ikke en database\n", encoding="utf-8")
    (tmp_path / "backups").mkdir()
    with pytest.raises(sqlite3.DatabaseError):
        copy_database(source, tmp_path / "backups" / "copy.sqlite3")
    assert _files(tmp_path / "backups") == []


def test_take_backup_of_a_damaged_file_raises_a_store_error_and_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "shop.sqlite3"
    source.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    with pytest.raises(StoreUnavailable) as raised:
        take_backup(source, tmp_path / "backups")
    assert raised.value.problem == "corrupt"
    assert _files(tmp_path / "backups") == []


def test_a_backup_that_works_is_whole_and_journalled(demo: Path, tmp_path: Path) -> None:
    journalled = _backups_journalled(demo)
    assert main(["backup", "--db", str(demo), "--to", str(tmp_path / "b"), "--keep", "1"]) == 0
    copy, keys = sorted((tmp_path / "b").iterdir())
    assert copy.suffix == ".sqlite3" and verify_database(copy).ok
    # The signing keys go with it, owner-only, so the backup can be restored and sign again.
    assert keys.name == copy.name + ".keys" and keys.stat().st_mode & 0o777 == 0o700
    assert [(f.name, f.stat().st_mode & 0o777) for f in keys.iterdir()] == [("register-1-v1.key", 0o600)]
    assert _backups_journalled(demo) == journalled + 1


def test_demo_data_onto_a_full_disk_leaves_no_half_built_shop(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = small_disk / "demo.sqlite3"
    small = ["--days", "2", "--sales-per-day", "4", "--stock", "5"]
    assert main(["demo-data", "--db", str(target), *small]) == 2
    line = _one_line(capsys)
    assert line.startswith(f"Cannot write {target}: the disk is full")
    assert _files(small_disk) == []  # neither the shop nor its -wal/-shm nor the temporary file


def test_demo_data_is_built_beside_and_moved_in_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.sqlite3"
    small = ["--days", "1", "--sales-per-day", "3", "--stock", "5"]
    assert main(["demo-data", "--db", str(target), *small]) == 0
    assert f"Demo shop written to {target}" in capsys.readouterr().out
    assert _files(tmp_path) == ["demo.sqlite3", "demo.sqlite3.keys", "demo.sqlite3.keys/register-1-v1.key"]
    assert verify_database(target).ok


def test_labels_onto_a_full_disk_leave_no_half_sheet(
    demo: Path, full_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = full_disk / "labels.pdf"
    args = ["labels", "--db", str(demo), "--codes", CODE, "--layout", "a4-3x8", "--out", str(out)]
    assert main(args) == 2
    line = _one_line(capsys)
    assert line.startswith(f"Cannot write {out}: No space left on device")
    assert _files(full_disk) == ["filler"]


def test_an_x_report_whose_pdf_cannot_be_written_is_not_journalled(
    demo: Path,
    full_disk: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo's days are all closed, and an X is of the open day: open one on a copy.
    shop = tmp_path / "open.sqlite3"
    shop.write_bytes(demo.read_bytes())
    leader_name, _, leader_pin = USERS[0]
    db = open_database(shop)
    days = DayService(db)
    leader = next(u for u in UserService(db).list_users() if u.name == leader_name)
    days.open_day(
        CashCount({10000: 10}), operator=Operator(leader.id, leader.name, leader.role), note="A new float"
    )
    db.dispose()
    monkeypatch.setattr("getpass.getpass", lambda prompt="", stream=None: leader_pin)

    def x_reports() -> int:
        with contextlib.closing(sqlite3.connect(shop)) as conn:
            return conn.execute("SELECT count(*) FROM journal WHERE event = 'x_report'").fetchone()[0]

    before = x_reports()
    out = full_disk / "x.pdf"
    assert main(["report", "x", "--db", str(shop), "--as", leader_name, "--pdf", str(out)]) == 2
    line = _one_line(capsys)
    assert line.startswith(f"Cannot write {out}: ")
    assert _files(full_disk) == ["filler"]
    assert x_reports() == before
    # Where the PDF can be written, the same X is taken, and journalled once.
    assert (
        main(["report", "x", "--db", str(shop), "--as", leader_name, "--pdf", str(tmp_path / "x.pdf")]) == 0
    )
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert x_reports() == before + 1


def test_a_backup_of_a_file_kept_locked_gives_up_and_leaves_nothing(demo: Path, tmp_path: Path) -> None:
    # SQLite's online backup would retry for ever while another program keeps
    # the file from being read; the copy waits its bound, then says why.
    source = tmp_path / "locked.sqlite3"
    source.write_bytes(demo.read_bytes())
    holder = sqlite3.connect(source, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreUnavailable) as raised:
            copy_database(source, tmp_path / "out" / "copy.sqlite3", wait_s=0.5)
    finally:
        holder.close()
    assert raised.value.problem == "locked"
    assert list((tmp_path / "out").iterdir()) == []
    copy_database(source, tmp_path / "out" / "copy.sqlite3", wait_s=0.5)  # free again: it works
    assert verify_database(tmp_path / "out" / "copy.sqlite3").ok
