"""WAL checkpoints beside the till, never inside a sale's commit (issue 18), on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from bruktpos.services.day import DayService
from bruktpos.store.checkpoints import Checkpointer
from bruktpos.store.db import WAL_SIZE_LIMIT
from bruktpos.store.prepared import cursor

from .conftest import OPENING_FLOAT, Shop
from .day_helpers import sell

PAGE = 4096


def _wal_bytes(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def _main_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wait_for(checkpoints: Checkpointer, mode: str, seconds: float = 10.0) -> tuple[str, int, int, int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [run for run in checkpoints.runs if run[0] == mode]
        if done:
            return done[-1]
        time.sleep(0.02)
    raise AssertionError(f"no {mode} checkpoint within {seconds} s: {checkpoints.runs}")


def _quiet(checkpoints: Checkpointer) -> None:
    # No checkpoint from the worker for the rest of the test, unless asked for.
    checkpoints.idle_s = checkpoints.every = 10**9


def test_commits_never_checkpoint_and_the_till_turns_the_automatic_one_off(shop: Shop) -> None:
    _quiet(shop.db.checkpoints)
    sell(shop, coffees=1)
    with shop.db.write_kept() as conn:
        assert cursor(conn).execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
        assert cursor(conn).execute("PRAGMA mmap_size").fetchone()[0] == 0
    before = _main_file(shop.path)
    # Past SQLite's own 1,000-page mark, where a commit would have checkpointed by itself.
    while _wal_bytes(shop.path) < 1100 * (PAGE + 24):
        sell(shop, coffees=1)
    assert _main_file(shop.path) == before, "a commit copied pages into the main file"
    assert shop.db.checkpoints.runs == []


def test_an_idle_till_checkpoints_in_the_background(shop: Shop) -> None:
    shop.db.checkpoints.idle_s = 0.05
    for _ in range(3):
        sell(shop, coffees=1)
    mode, busy, frames, copied = _wait_for(shop.db.checkpoints, "PASSIVE")
    assert (mode, busy) == ("PASSIVE", 0)
    assert frames > 0 and copied == frames
    with closing(sqlite3.connect(shop.path)) as other:  # the sales are in the main file now
        assert other.execute("SELECT count(*) FROM sales").fetchone()[0] == 3


def _wal_salt(path: Path) -> bytes:
    # The WAL header's first salt: SQLite changes it each time the WAL starts over.
    with path.with_name(path.name + "-wal").open("rb") as wal:
        return wal.read(20)[16:20]


def test_the_wal_starts_over_through_a_busy_spell(shop: Shop) -> None:
    checkpoints = shop.db.checkpoints
    checkpoints.idle_s, checkpoints.every = 10**9, 20  # never idle: the count alone checkpoints
    salts, largest = set(), 0
    for _ in range(120):
        sell(shop, coffees=1)
        time.sleep(0.03)  # the next customer's items being scanned
        salts.add(_wal_salt(shop.path))
        largest = max(largest, _wal_bytes(shop.path))
    assert len(checkpoints.runs) >= 5
    assert len(salts) >= 3, "the WAL never started over"
    assert largest < WAL_SIZE_LIMIT + 40 * 30 * (PAGE + 24), f"the WAL grew to {largest} bytes"


def test_closing_the_day_asks_for_a_full_checkpoint_in_the_background(shop: Shop, clock) -> None:
    _quiet(shop.db.checkpoints)
    sell(shop, coffees=2)
    DayService(shop.db, clock=clock).close_day(OPENING_FLOAT, operator=shop.leader)
    _mode, busy, frames, copied = _wait_for(shop.db.checkpoints, "FULL")
    assert busy == 0 and frames > 0 and copied == frames


def test_exit_empties_the_wal_once_the_connections_are_closed(shop: Shop) -> None:
    _quiet(shop.db.checkpoints)
    for _ in range(3):
        sell(shop, coffees=1)
    with closing(sqlite3.connect(shop.path)) as other:  # another program's connection, idle
        assert _wal_bytes(shop.path) > 0
        shop.checkout.close()
        shop.db.dispose(final=True)
        assert shop.db.checkpoints.runs[-1][:2] == ("TRUNCATE", 0)
        assert _wal_bytes(shop.path) == 0
        assert other.execute("SELECT count(*) FROM sales").fetchone()[0] == 3


def test_a_reader_holding_a_snapshot_breaks_nothing(shop: Shop) -> None:
    checkpoints = shop.db.checkpoints
    checkpoints.idle_s, checkpoints.every = 10**9, 5
    sell(shop, coffees=1)
    reader = sqlite3.connect(shop.path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM sales").fetchone()[0] == 1  # its snapshot, held
        for _ in range(12):  # checkpoints run meanwhile; they copy only what the reader lets them
            sell(shop, coffees=1)
        deadline = time.monotonic() + 10
        while len(checkpoints.runs) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(checkpoints.runs) >= 2
        assert all(copied <= frames for _mode, _busy, frames, copied in checkpoints.runs)
        assert reader.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
        # The exit's TRUNCATE cannot finish while the snapshot is held: it gives up, the sales stay.
        shop.checkout.close()
        shop.db.dispose(final=True)
        assert checkpoints.runs[-1][0] == "TRUNCATE"
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM sales").fetchone()[0] == 13
    finally:
        reader.close()
    with closing(sqlite3.connect(shop.path)) as after:
        assert after.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert after.execute("SELECT count(*) FROM sales").fetchone()[0] == 13
