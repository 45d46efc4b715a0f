"""`bruktpos verify` on files it cannot check, and on a real tampering: exit 2 or 1, one sentence.

0 intact, 1 tampered (the first broken record named), 2 cannot check. Each
broken file is broken for real: cut short, overwritten, locked by another
connection, left with a hot journal by a killed writer, unreadable for the
user that runs the check (root ignores file modes, so the check runs as
``nobody``). And verify writes nothing: not the file, nothing beside it.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import bruktpos
from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import StoreProblem, StoreUnavailable
from bruktpos.store.integrity import verify_database

from .conftest import Shop

OLD_SHOP = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases" / "shop-0001.sqlite3"
NOBODY = 65534


def _sell(shop: Shop, count: int = 3) -> None:
    for n in range(count):
        cart = shop.checkout.new_cart()
        shop.checkout.add_product(cart, shop.coffee, 1 + n)
        shop.checkout.pay(cart, PaymentMethod.CASH, tendered=10000)
        shop.checkout.complete(cart, operator=shop.cashier)


@pytest.fixture
def sold(shop: Shop) -> Path:
    """A closed shop file (WAL mode, nothing left in its -wal) with three sales."""
    _sell(shop)
    shop.close()
    assert not Path(f"{shop.path}-wal").exists()
    return shop.path


def _verify(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str, str]:
    code = main(["verify", "--db", str(path), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def _one_sentence(err: str, start: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(start) and lines[0].endswith("."), lines[0]


# --- each breaker makes the file to check (from an intact shop) and returns its path -----


def _missing(shop: Path) -> Path:
    return shop.with_name("mistyped.sqlite3")


def _folder(shop: Path) -> Path:
    folder = shop.with_name("a-folder")
    folder.mkdir()
    return folder


def _empty(shop: Path) -> Path:
    shop.write_bytes(b"")
    return shop


def _random_bytes(shop: Path) -> Path:
    shop.write_bytes(random.Random(7).randbytes(64 * 1024))
    return shop


def _text(shop: Path) -> Path:
    shop.write_text("kvittering;beløp\n1;49,50\n", encoding="utf-8")
    return shop


def _cut_in_half(shop: Path) -> Path:
    data = shop.read_bytes()
    shop.write_bytes(data[: len(data) // 2])
    return shop


def _cut_in_the_header(shop: Path) -> Path:
    shop.write_bytes(shop.read_bytes()[:50])
    return shop


def _page_overwritten(shop: Path) -> Path:
    """A page in use in the middle of the file (the journal table's root) filled with noise."""
    with sqlite3.connect(shop) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'journal'").fetchone()[0]
    conn.close()
    assert 1 < root < pages
    data = bytearray(shop.read_bytes())
    data[(root - 1) * page_size : root * page_size] = random.Random(3).randbytes(page_size)
    shop.write_bytes(bytes(data))
    return shop


def _other_database(shop: Path) -> Path:
    other = shop.with_name("photos.sqlite3")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return other


def _older_version(shop: Path) -> Path:
    old = shop.with_name("old.sqlite3")
    old.write_bytes(OLD_SHOP.read_bytes())
    return old


CANNOT_CHECK: list[tuple[Callable[[Path], Path], str]] = [
    (_missing, "there is no such file"),
    (_folder, "it is a folder"),
    (_empty, "the file is empty (0 bytes)"),
    (_random_bytes, "it is not a SQLite database"),
    (_text, "it is not a SQLite database"),
    (_cut_in_half, "the file is damaged (truncated"),
    (_cut_in_the_header, "the file is damaged (truncated"),
    (_page_overwritten, "the file is damaged"),
    (_other_database, "not a BruktPOS shop"),
    (_older_version, "another version of BruktPOS"),
]


@pytest.mark.parametrize(("breaker", "phrase"), CANNOT_CHECK, ids=[b.__name__[1:] for b, _ in CANNOT_CHECK])
def test_a_file_that_cannot_be_checked_exits_2_with_a_sentence(
    sold: Path, capsys: pytest.CaptureFixture[str], breaker: Callable[[Path], Path], phrase: str
) -> None:
    target = breaker(sold)
    before = _listing(sold.parent)
    code, out, err = _verify(capsys, target)
    assert code == 2, (out, err)
    assert out == ""
    _one_sentence(err, f"Cannot check {target}: ")
    assert phrase in err
    assert _listing(sold.parent) == before  # nothing created, nothing written, nothing beside it


def test_a_page_overwritten_in_the_middle_is_damage_not_tampering(sold: Path) -> None:
    with pytest.raises(StoreUnavailable) as raised:
        verify_database(_page_overwritten(sold))
    assert raised.value.problem == StoreProblem.CORRUPT


def test_a_locked_database_cannot_be_checked(sold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Another program holds the file in exclusive locking mode after a write: no reader may look."""
    holder = sqlite3.connect(sold, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("PRAGMA user_version = 7")  # a write (page 1 into the -wal); no shop data changes
        holder.execute("COMMIT")  # exclusive mode keeps the lock until the connection closes
        code, out, err = _verify(capsys, sold, "--wait", "0")
        assert code == 2, (out, err)
        _one_sentence(err, f"Cannot check {sold}: another program is holding a lock on it")
    finally:
        holder.close()
    assert _verify(capsys, sold)[0] == 0  # and once it is let go, the file checks out


def test_a_hot_journal_left_by_a_killed_writer_cannot_be_checked_read_only(
    sold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy in rollback-journal mode (as backups are) whose writer died half-way through a change."""
    with sqlite3.connect(sold) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    killed = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN')\n"
        "c.execute(\"UPDATE settings SET value = value || ' '\")\n"
        "c.execute('CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
        " WHERE i < 20000) SELECT i, hex(randomblob(40)) AS b FROM n')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", killed, str(sold)], check=True)
    assert Path(f"{sold}-journal").stat().st_size > 0
    before = _listing(sold.parent)
    code, out, err = _verify(capsys, sold)
    assert code == 2, (out, err)
    _one_sentence(err, f"Cannot check {sold}: a program stopped half-way through writing it")
    assert _listing(sold.parent) == before  # the journal is left for the till to roll back


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder others may enter (pytest's tmp folders are owner-only), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="bruktpos-verify-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        yield folder


def _verify_as_another_user(path: Path) -> subprocess.CompletedProcess[str]:
    """``bruktpos verify`` as ``nobody`` when the tests run as root (root reads any file)."""
    as_nobody = {"user": NOBODY, "group": NOBODY, "extra_groups": []} if os.geteuid() == 0 else {}
    with tempfile.TemporaryDirectory(prefix="bruktpos-logs-") as logs:
        Path(logs).chmod(0o777)  # a log folder that user may write (the suite's is root's)
        return _run_verify(path, logs, as_nobody)


def _run_verify(path: Path, logs: str, as_nobody: dict[str, object]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bruktpos", "verify", "--db", str(path)],
        capture_output=True,
        text=True,
        cwd="/",
        env=dict(os.environ, PYTHONPATH=str(Path(bruktpos.__file__).parents[1]), BRUKTPOS_LOG_DIR=logs),
        **as_nobody,  # type: ignore[call-overload]
    )


def test_an_unreadable_file_cannot_be_checked(sold: Path, open_folder: Path) -> None:
    target = open_folder / "shop.sqlite3"
    target.write_bytes(sold.read_bytes())
    target.chmod(0o600 if os.geteuid() == 0 else 0o000)  # root's own file, not nobody's
    run = _verify_as_another_user(target)
    assert run.returncode == 2, run.stdout + run.stderr
    _one_sentence(run.stderr, f"Cannot check {target}: this user may not read it")


def test_a_closed_shop_in_a_read_only_folder_is_checked_and_nothing_is_made_beside_it(
    sold: Path, open_folder: Path
) -> None:
    """A plain read-only open of a WAL file needs to create its -shm; verify reads it immutable instead."""
    target = open_folder / "shop.sqlite3"
    target.write_bytes(sold.read_bytes())
    target.chmod(0o644)
    if os.geteuid() != 0:
        open_folder.chmod(0o555)
    before = _listing(open_folder)
    run = _verify_as_another_user(target)
    open_folder.chmod(0o755)
    assert (run.returncode, run.stderr) == (0, ""), run.stdout
    assert run.stdout.startswith(f"OK: {target} — 3 sales")
    assert _listing(open_folder) == before


def test_verify_writes_nothing_to_a_closed_shop(sold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before, content = _listing(sold.parent), sold.read_bytes()
    assert _verify(capsys, sold)[0] == 0
    assert sold.read_bytes() == content
    assert _listing(sold.parent) == before  # no -wal, no -shm left beside it


def test_verify_writes_nothing_to_a_shop_in_use(shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    _sell(shop)  # the till stays open: its sales are in the -wal, not yet in the file
    assert Path(f"{shop.path}-wal").stat().st_size > 0
    content = shop.path.read_bytes()
    code, out, err = _verify(capsys, shop.path)
    assert (code, err) == (0, ""), out
    assert "3 sales" in out  # read from the -wal, beside the till
    assert shop.path.read_bytes() == content
    shop.close()


def _tamper(path: Path, sql: str) -> None:
    """What someone with the file and sqlite3 could do: drop the guards, change a row, put them back."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    assert conn.execute(sql).rowcount == 1
    for _, trigger_sql in triggers:
        conn.execute(trigger_sql)
    conn.commit()
    conn.close()


def test_a_changed_amount_exits_1_naming_the_receipt(sold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _verify(capsys, sold)[0] == 0
    _tamper(sold, "UPDATE sales SET total = total - 2000 WHERE receipt_no = 2")
    code, out, err = _verify(capsys, sold)
    assert code == 1 and out == ""
    assert "Traceback" not in err
    first = err.splitlines()[0]
    assert first.startswith(f"TAMPERED: {sold} was changed outside BruktPOS: receipt 2 of register ")
    assert "was altered" in first and first.endswith(".")
    assert "broken signature chain" in err  # the next problems follow on their own lines


def test_an_immutable_read_notices_a_checkpoint_into_the_file(sold: Path) -> None:
    """verify reads a closed WAL file immutable (no -shm made); a till that opens, sells and
    checkpoints meanwhile changes the file, and the read is then not trusted (exit 2, try again)."""
    from bruktpos.store.shopfile import open_read_only

    with open_read_only(sold) as file:
        assert file.immutable and file.unchanged()
        till = sqlite3.connect(sold)
        till.execute("PRAGMA journal_mode = WAL")
        till.execute("PRAGMA user_version = 3")  # a write to page 1, as any sale's commit would be
        till.commit()
        assert file.unchanged()  # the change is in the -wal; the file itself is as it was
        till.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        till.close()
        assert not file.unchanged()
