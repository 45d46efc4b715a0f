"""`bruktpos restore`: a checked backup put back in place of the shop file, the old one kept.

Every refusal is real: a backup with a page overwritten, a document, another
program's database, a newer BruktPOS's file, a tampered chain, another
shop's backup; the shop file held by a second connection in a write
transaction, open in an idle connection, or open in the real till running
in its own process; a folder on a read-only disk. Each is one sentence on
stderr, a non-zero exit, and the shop file byte for byte as it was, with
nothing left beside it.
"""

from __future__ import annotations

import io
import logging
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos import logs
from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.backup import take_backup
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.shop import ShopDetails, set_up_shop
from bruktpos.store.integrity import verify_database
from bruktpos.store.keyfile import key_folder
from bruktpos.store.quick import head_revision
from bruktpos.store.schema import open_database
from tests.conftest import FakeClock

from .bad_files import OLD_DATABASES, other_program, revision, small_tmpfs, text_file
from .conftest import Shop

SRC = Path(__file__).resolve().parents[2] / "src"
NOBODY = 65534


def _sell(shop: Shop, count: int) -> None:
    for n in range(count):
        cart = shop.checkout.new_cart()
        shop.checkout.add_product(cart, shop.coffee, 1 + n % 2)
        shop.checkout.pay(cart, PaymentMethod.CASH, tendered=10000)
        shop.checkout.complete(cart, operator=shop.cashier)


@pytest.fixture
def shop_and_backup(shop: Shop, tmp_path: Path) -> tuple[Path, Path]:
    """A shop file with 5 sales, closed, and a backup of it taken (by the backup service) after 3."""
    _sell(shop, 3)
    result = take_backup(shop.path, tmp_path / "backups")
    _sell(shop, 2)
    shop.close()
    assert not Path(f"{shop.path}-wal").exists()
    return shop.path, result.path


def _sales(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT id, receipt_no, total, signature FROM sales ORDER BY id").fetchall()


def _journal(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT id, event, hash FROM journal ORDER BY id").fetchall()


def _listing(folder: Path) -> dict[str, bytes]:
    """Every file in the folder, with its bytes (nothing beside the shop may appear or change)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _restore(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
    answer: str | None = None,
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(answer if answer is not None else ""))
    code = main(["restore", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_sentence(err: str, start: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(start), lines[0]
    assert lines[0].endswith("Nothing was changed.") or lines[0].endswith("nothing was changed."), lines[0]
    return lines[0]


# --- a good backup --------------------------------------------------------------------------


def test_a_good_backup_goes_back_in_place_and_the_old_file_is_kept(
    shop_and_backup: tuple[Path, Path],
    shop: Shop,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path, backup = shop_and_backup
    old_bytes, old_sales, backup_bytes = path.read_bytes(), _sales(path), backup.read_bytes()
    assert len(old_sales) == 5 and len(_sales(backup)) == 3
    path.chmod(0o640)
    os.chown(path, NOBODY, NOBODY)  # the till's own user; the restore runs as root (sudo)
    log_folder = tmp_path / "log"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(log_folder))

    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), answer="YES\n")
    assert code == 0, err
    assert err == "Type YES to restore the backup: "
    # What the person read before typing YES: the backup's shop, last day and receipt, and what it replaces.
    assert f"Backup: {backup} (written " in out
    assert "shop:          Testbutikken, org.nr. 999999999" in out
    assert "last day:      12.11.2026 (still open)" in out
    assert "last receipt:  register K1 no. 3, 12.11.2026 14.03" in out
    assert "last receipt:  register K1 no. 5, 12.11.2026 14.03" in out  # the shop file's, further on
    assert "(3 sales," in out and "intact" in out
    assert f"Restored {path} from {backup}." in out

    (kept,) = path.parent.glob("shop-before-restore-*.sqlite3")
    assert f"The file that was there is kept as {kept}." in out
    assert _sales(path) == _sales(backup)  # the backup's data, signatures and all
    assert _journal(path) == _journal(backup)  # nothing added: the restore is in the log, not the journal
    assert _sales(kept) == old_sales  # the old file's five sales, kept
    assert verify_database(path).ok and verify_database(kept).ok
    assert main(["verify", "--db", str(path)]) == 0
    assert backup.read_bytes() == backup_bytes  # the backup itself is left as it was
    # The till's user may write it as before.
    assert (path.stat().st_mode & 0o777, path.stat().st_uid, path.stat().st_gid) == (0o640, NOBODY, NOBODY)
    # The signing keys: the shop's folder holds the backup's keys; the old file's went with it.
    assert sorted(p.name for p in key_folder(kept).iterdir()) == ["register-1-v1.key"]
    assert (key_folder(path) / "register-1-v1.key").read_bytes() == (
        key_folder(backup) / "register-1-v1.key"
    ).read_bytes()
    keys = {key_folder(path).name, key_folder(kept).name}
    leftovers = {p.name for p in path.parent.iterdir()} - {path.name, kept.name, "backups", "log", *keys}
    assert leftovers == set(), leftovers  # no -wal, -shm or working folder left behind
    assert old_bytes != path.read_bytes()

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (log_folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert (
        f"restored {path} from {backup} (Testbutikken, org.nr. 999999999, schema {head_revision()})" in text
    )
    logs.shutdown_logging()

    # The till's services open it and sell on: receipt 4 follows the backup's 3, and it verifies.
    db = open_database(path)
    checkout = CheckoutService(db, clock=clock)
    try:
        cart = checkout.new_cart()
        checkout.add_product(cart, shop.coffee, 1)
        checkout.pay(cart, PaymentMethod.CARD)
        checkout.complete(cart, operator=shop.cashier)
    finally:
        checkout.close()
        db.dispose()
    assert [row[1] for row in _sales(path)] == [1, 2, 3, 4]
    assert verify_database(path).ok


def test_without_yes_nothing_is_changed(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, backup = shop_and_backup
    before = _listing(path.parent)
    for answer in ("yes\n", "\n", ""):
        code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), answer=answer)
        assert code == 1
        assert "This replaces the shop file with the backup." in out
        assert err.strip().endswith("nothing was changed.")
        assert "Traceback" not in err
        assert _listing(path.parent) == before


def test_a_backup_from_an_older_version_goes_in_as_it_is_and_upgrades_at_the_next_start(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _backup = shop_and_backup
    old = path.parent / "backups" / "old-shop.sqlite3"
    shutil.copy(OLD_DATABASES / "shop-0001.sqlite3", old)
    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(old), "--yes")
    assert code == 0, err
    assert "schema:        0001, from an older BruktPOS; the till upgrades it at its next start" in out
    assert "(32 sales, 52 journal entries): intact" in out  # checked on an upgraded scratch copy
    assert revision(path) == "0001"  # put in as it was
    assert _sales(path) == _sales(OLD_DATABASES / "shop-0001.sqlite3")
    db = open_database(path)  # the till's start: a backup first, then the upgrade
    db.dispose()
    assert revision(path) == head_revision()
    assert list((path.parent / "backups").glob(f"shop-before-{head_revision()}-*.sqlite3"))
    assert verify_database(path).ok


def test_a_backup_can_go_where_there_is_no_shop_file_yet(
    shop_and_backup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new till PC: the shop's folder is there, its file not yet."""
    _path, backup = shop_and_backup
    folder = tmp_path / "new-pc"
    folder.mkdir()
    target = folder / "bruktpos.sqlite3"
    code, out, err = _restore(capsys, monkeypatch, "--db", str(target), str(backup), "--yes")
    assert code == 0, err
    assert "there is no file there yet; the backup will be put there" in out
    assert "kept as" not in out
    assert _sales(target) == _sales(backup)
    assert sorted(p.name for p in folder.iterdir()) == ["bruktpos.sqlite3", "bruktpos.sqlite3.keys"]
    assert [f.stat().st_mode & 0o777 for f in key_folder(target).iterdir()] == [0o600]


def test_a_backup_without_its_keys_takes_the_shops_own_when_they_are_the_same(
    shop_and_backup: tuple[Path, Path],
    clock: FakeClock,
    shop: Shop,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The backup file was copied to a memory stick by hand, without the .keys folder beside it."""
    path, backup = shop_and_backup
    shutil.rmtree(key_folder(backup))
    code, _out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), "--yes")
    assert code == 0, err
    db = open_database(path)
    checkout = CheckoutService(db, clock=clock)
    try:
        cart = checkout.new_cart()
        checkout.add_product(cart, shop.coffee, 1)
        checkout.pay(cart, PaymentMethod.CARD)
        checkout.complete(cart, operator=shop.cashier)
    finally:
        checkout.close()
        db.dispose()
    assert verify_database(path).ok


def test_a_backup_whose_keys_are_nowhere_is_refused(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither beside the backup nor in the shop's folder: the restored shop could never sign a sale."""
    path, backup = shop_and_backup
    shutil.rmtree(key_folder(backup))
    shutil.rmtree(key_folder(path))
    before = _listing(path.parent)
    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), "--yes")
    assert code == 2, (out, err)
    _one_sentence(
        err,
        f"Cannot restore {backup}: its signing key for register 1 (version 1) is not in "
        f"{key_folder(backup)}, and the shop's own folder {key_folder(path)} does not hold it either "
        "(missing); put the backup's .keys folder beside it and try again. Nothing was changed.",
    )
    assert _listing(path.parent) == before and not key_folder(path).exists()


def test_a_damaged_shop_file_is_replaced_and_kept_as_it_was(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day restore is for: the shop file's first page is noise, the till cannot start."""
    path, backup = shop_and_backup
    data = bytearray(path.read_bytes())
    data[0:4096] = random.Random(5).randbytes(4096)
    path.write_bytes(bytes(data))
    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), "--yes")
    assert code == 0, err
    assert "the file there now cannot be read as a shop (it is empty or damaged)" in out
    (kept,) = path.parent.glob("shop-before-restore-*.sqlite3")
    assert kept.read_bytes() == bytes(data)  # byte for byte: SQLite could not copy it
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600  # it holds what the shop file holds
    assert verify_database(path).ok


# --- a backup that is refused ------------------------------------------------------------


def _page_overwritten(backup: Path) -> Path:
    """The backup with a page in the middle (the journal table's root) filled with noise."""
    with closing(sqlite3.connect(backup)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'journal'").fetchone()[0]
    data = bytearray(backup.read_bytes())
    data[(root - 1) * page_size : root * page_size] = random.Random(3).randbytes(page_size)
    backup.write_bytes(bytes(data))
    return backup


def _cut_in_half(backup: Path) -> Path:
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    return backup


def _a_document(backup: Path) -> Path:
    return text_file(backup.parent)


def _another_program(backup: Path) -> Path:
    return other_program(backup.parent)


def _newer(backup: Path) -> Path:
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    return backup


def _tampered(backup: Path) -> Path:
    """A sale's total changed in the backup by hand (its append-only guard lifted and put back)."""
    with closing(sqlite3.connect(backup)) as conn:
        (guard,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sales_no_update'").fetchone()
        conn.execute("DROP TRIGGER sales_no_update")
        conn.execute("UPDATE sales SET total = total + 100 WHERE receipt_no = 2")
        conn.execute(guard)
        conn.commit()
    return backup


def _missing(backup: Path) -> Path:
    return backup.with_name("mistyped.sqlite3")


REFUSED: list[tuple[Callable[[Path], Path], int, str, str]] = [
    (_page_overwritten, 2, "Cannot restore", "the backup is damaged (SQLITE_CORRUPT"),
    (_cut_in_half, 2, "Cannot restore", "the backup is damaged (truncated"),
    (_a_document, 2, "Cannot restore", "it is not a BruktPOS backup"),
    (_another_program, 2, "Cannot restore", "it is a SQLite database, but not a BruktPOS shop"),
    (_newer, 2, "Cannot restore", "it was made by a newer version of BruktPOS (revision 9999)"),
    (_tampered, 1, "Refused: ", "was changed outside BruktPOS (receipt 2 of register K1 was altered"),
    (_missing, 2, "Cannot restore", "there is no such file"),
]


@pytest.mark.parametrize(
    ("breaker", "status", "start", "phrase"), REFUSED, ids=[b.__name__[1:] for b, *_ in REFUSED]
)
def test_a_backup_that_fails_a_check_is_refused_and_nothing_changes(
    shop_and_backup: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    breaker: Callable[[Path], Path],
    status: int,
    start: str,
    phrase: str,
) -> None:
    path, backup = shop_and_backup
    bad = breaker(backup)
    before, backups_before = _listing(path.parent), _listing(backup.parent)
    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(bad), "--yes")
    assert code == status, (out, err)
    assert out == ""  # refused before anything was shown or asked
    line = _one_sentence(err, start)
    assert phrase in line, line
    assert _listing(path.parent) == before  # the shop file byte-identical, nothing beside it
    assert _listing(backup.parent) == backups_before


def test_another_shops_backup_needs_other_shop(
    shop_and_backup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock,
) -> None:
    path, _backup = shop_and_backup
    other = tmp_path / "hamar" / "shop.sqlite3"
    db = open_database(other)
    set_up_shop(
        db,
        ShopDetails(name="Bruktbutikken Hamar", org_number="923609016"),
        admin_name="Per",
        admin_pin="4321",
        clock=clock,
    )
    db.dispose()
    hamar = take_backup(other, tmp_path / "hamar-backups").path
    before = _listing(path.parent)
    code, _out, err = _restore(capsys, monkeypatch, "--db", str(path), str(hamar), "--yes")
    assert code == 1
    line = _one_sentence(err, "Refused: ")
    assert (
        "is a backup of another shop, Bruktbutikken Hamar (org.nr. 923609016), "
        "not of Testbutikken (org.nr. 999999999); give --other-shop" in line
    )
    assert _listing(path.parent) == before
    code, _out, err = _restore(capsys, monkeypatch, "--db", str(path), str(hamar), "--yes", "--other-shop")
    assert code == 0, err
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name, org_number FROM shop").fetchone() == (
            "Bruktbutikken Hamar",
            "923609016",
        )


def test_the_shop_file_itself_is_not_a_backup(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _backup = shop_and_backup
    before = _listing(path.parent)
    code, _out, err = _restore(capsys, monkeypatch, "--db", str(path), str(path), "--yes")
    assert code == 2
    assert err.strip() == f"Cannot restore {path}: it is the shop file itself; give a backup of it."
    assert _listing(path.parent) == before


def test_another_programs_database_is_not_replaced(
    shop_and_backup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _path, backup = shop_and_backup
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    notes = other_program(folder)
    before = _listing(folder)
    code, _out, err = _restore(capsys, monkeypatch, "--db", str(notes), str(backup), "--yes")
    assert code == 2
    _one_sentence(err, f"Refused: {notes} is another program's database, not a shop's")
    assert _listing(folder) == before


# --- a shop file that is in use ------------------------------------------------------------


@pytest.fixture
def write_holder(shop_and_backup: tuple[Path, Path]) -> Iterator[sqlite3.Connection]:
    """A second connection, as the till opens one, in the middle of a write transaction."""
    path, _ = shop_and_backup
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('receipt_footer', '\"Velkommen tilbake\"')")
    yield holder
    holder.execute("ROLLBACK")
    holder.close()


def test_a_shop_file_held_in_a_write_transaction_is_not_replaced(
    shop_and_backup: tuple[Path, Path],
    write_holder: sqlite3.Connection,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, backup = shop_and_backup
    main_bytes = path.read_bytes()
    code, out, err = _restore(capsys, monkeypatch, "--db", str(path), str(backup), "--yes", "--wait", "0")
    assert code == 2, (out, err)
    _one_sentence(err, f"Cannot restore to {path}: the till (or another program) has it open; close the till")
    assert path.read_bytes() == main_bytes
    assert not list(path.parent.glob("*before-restore*"))
    # The holder's write is still its own to commit: nothing of it was lost or taken.
    assert write_holder.execute("SELECT value FROM settings WHERE key = 'receipt_footer'").fetchone()


def test_a_shop_file_open_in_an_idle_connection_is_not_replaced(
    shop_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A till standing at its login screen keeps its connections open, doing nothing."""
    path, backup = shop_and_backup
    main_bytes = path.read_bytes()
    db = open_database(path)
    try:
        with db.read() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM sales").scalar()
        code, _out, err = _restore(
            capsys, monkeypatch, "--db", str(path), str(backup), "--yes", "--wait", "0"
        )
        assert code == 2
        _one_sentence(err, f"Cannot restore to {path}: the till (or another program) has it open")
    finally:
        db.dispose()
    assert path.read_bytes() == main_bytes
    assert not list(path.parent.glob("*before-restore*"))


def test_a_running_till_keeps_its_file(shop_and_backup: tuple[Path, Path], tmp_path: Path) -> None:
    """The real till, started in its own process on the shop file: the restore waits for it to close."""
    path, backup = shop_and_backup
    started = len([e for e in _journal(path) if e[1] == "pos_start"])
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        logs.LOG_DIR_ENV: str(tmp_path / "till-log"),
    }
    till = subprocess.Popen(
        [sys.executable, "-m", "bruktpos", "--db", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while len([e for e in _journal(path) if e[1] == "pos_start"]) == started:  # the till has loaded
            assert till.poll() is None, "the till stopped"
            assert time.monotonic() < deadline, "the till did not start"
            time.sleep(0.2)
        before = _sales(path), path.stat().st_ino
        done = subprocess.run(
            [sys.executable, "-m", "bruktpos", "restore", "--db", str(path), str(backup), "--yes"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stdout + done.stderr
        assert done.stderr.strip().endswith(
            "close the till on every PC that uses this file, then try again. Nothing was changed."
        )
        assert (_sales(path), path.stat().st_ino) == before
        assert not list(path.parent.glob("*before-restore*"))
    finally:
        till.terminate()
        till.wait(timeout=60)
    # Closed, the same command restores.
    done = subprocess.run(
        [sys.executable, "-m", "bruktpos", "restore", "--db", str(path), str(backup), "--yes"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _sales(path) == _sales(backup)


def test_a_read_only_folder_is_refused_before_anything_happens(
    shop_and_backup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shop's folder on a disk mounted read-only (a real tmpfs, remounted ro)."""
    path, backup = shop_and_backup
    with small_tmpfs(tmp_path / "disk", size="16m") as disk:
        target = disk / "shop.sqlite3"
        shutil.copy(path, target)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        before = _listing(disk)
        code, out, err = _restore(capsys, monkeypatch, "--db", str(target), str(backup), "--yes")
        assert code == 2, (out, err)
        _one_sentence(
            err, f"Cannot restore into {disk}: this user may not write there (Read-only file system)"
        )
        assert _listing(disk) == before


@pytest.mark.parametrize(
    ("room", "phrase"),
    [
        (0.5, "copying it beside the shop file failed: the disk is full; free some space and try again"),
        (1.6, "keeping a copy of it failed: the disk is full; free some space and try again"),
    ],
    ids=["no-room-for-the-backup", "no-room-to-keep-the-old-file"],
)
def test_a_full_disk_is_refused_and_nothing_changes(
    shop_and_backup: tuple[Path, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    room: float,
    phrase: str,
) -> None:
    """The shop's folder on a small disk (a real tmpfs), with room for half a copy, or one and a half."""
    path, backup = shop_and_backup
    size = path.stat().st_size
    with small_tmpfs(tmp_path / "disk", size=f"{int(size * (1 + room)) // 1024}k") as disk:
        target = disk / "shop.sqlite3"
        shutil.copy(path, target)
        before = _listing(disk)
        code, out, err = _restore(capsys, monkeypatch, "--db", str(target), str(backup), "--yes")
        assert code == 2, (out, err)
        assert phrase in _one_sentence(err, "Cannot restore ")
        after = _listing(disk)
        # Reading the file for its copy may leave SQLite's own index beside it, and an empty -wal.
        if after.pop("shop.sqlite3-wal", b"") == b"":
            after.pop("shop.sqlite3-shm", None)
        assert after == before  # the shop file byte for byte, no working folder, no partial copy
