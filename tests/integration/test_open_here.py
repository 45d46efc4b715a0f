"""A shop file this process has open is never read with a raw open()/close().

POSIX drops all of a process's locks on a file when any of its descriptors on
that file closes. If the start's header check or a read-only look did that
beside the till's own connections, another process closing its last
connection would find the file unlocked and delete the -wal and -shm under
them; the till's next write then fails ("disk I/O error"). These tests do what
a shop does: the till runs, something in the till looks at the file, and a
second program (``bruktpos verify``, a backup) opens and closes it.
"""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from bruktpos.store.open_here import HeldConnection, open_here
from bruktpos.store.quick import shop_file_problem
from bruktpos.store.schema import open_database
from bruktpos.store.shopfile import open_read_only

OTHER_PROGRAM = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.close()
"""


def _other_program_opens_and_closes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROGRAM, str(path)], check=True, timeout=60)


def _write(db, n: int) -> None:
    with db.writer.begin() as conn:
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS probe (n INTEGER)"))
        conn.execute(sa.text("INSERT INTO probe VALUES (:n)"), {"n": n})


def test_the_start_check_and_a_read_only_look_keep_the_tills_locks(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    db = open_database(path)
    try:
        _write(db, 1)
        # The till holds a connection open with data in its WAL, as while selling.
        held = db.reader.connect()
        held.execute(sa.text("SELECT count(*) FROM probe")).scalar_one()
        held.rollback()  # open, between transactions, as the till's pooled connections are
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0

        assert shop_file_problem(path) is None  # the start's check, run again (a second open_database)
        with open_read_only(path) as file:  # verify / anchors / the quick look, in this process
            assert file.conn.execute("SELECT count(*) FROM probe").fetchone() == (1,)

        _other_program_opens_and_closes(path)

        assert wal.exists(), "another program's close deleted the WAL under the till's connections"
        _write(db, 2)
        held.rollback()  # end its snapshot: it reads the WAL again
        assert held.execute(sa.text("SELECT count(*) FROM probe")).scalar_one() == 2
        held.close()
    finally:
        db.dispose()
    db = open_database(path)
    try:
        with db.reader.connect() as conn:
            assert conn.execute(sa.text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert conn.execute(sa.text("SELECT count(*) FROM probe")).scalar_one() == 2
    finally:
        db.dispose()


def test_a_file_counts_as_open_here_while_a_connection_is_open_on_it(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    db = open_database(path)
    db.dispose()
    assert not open_here(path)
    with db.reader.connect() as conn:  # the pool opens a new one
        conn.execute(sa.text("SELECT 1"))
        assert open_here(path)
        assert open_here(tmp_path / "." / "shop.db")  # the same file by another spelling
        with open_read_only(path) as file:
            assert open_here(path)
        assert open_here(path), "the read-only look's close leaves the till's connection counted"
    db.dispose(final=True)
    assert not open_here(path)
    raw = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, factory=HeldConnection)
    assert open_here(path)
    del raw
    gc.collect()
    assert not open_here(path), "a connection collected unclosed is no longer counted"
    # Closed here: the quick checks read the header again, and a closed shop is read immutable.
    assert shop_file_problem(path) is None
    with open_read_only(path) as file:
        assert file.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        assert not path.with_name(path.name + "-shm").exists(), "a closed shop is read immutable"
