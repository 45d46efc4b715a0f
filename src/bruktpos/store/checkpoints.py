"""WAL checkpoints off the sale's path.

SQLite's automatic checkpoint runs inside the commit that pushes the WAL past
1,000 pages: that sale then copies the whole WAL into the shop's file and
syncs it, some twenty times the cost of an ordinary commit (issue 18: about
4 % of sales, and all of the p99). So every connection of the till turns it
off (``PRAGMA wal_autocheckpoint = 0``, see :mod:`bruktpos.store.db`) and a
:class:`Checkpointer` does the work beside it, on its own connection in its
own thread:

* a PASSIVE checkpoint once no commit has come for :data:`IDLE_S`, or after
  :data:`EVERY_COMMITS` commits in a busy spell (PASSIVE never waits for and
  never blocks the till's writer or readers; what it cannot copy yet, the
  next one does);
* a FULL one when a day is closed (:meth:`Checkpointer.full_soon`, asked for
  by the close of day and run in the worker, so the screen does not wait);
* a TRUNCATE one when the database is let go of (:meth:`Checkpointer.truncate`,
  after the till's own connections are closed), so the WAL file is empty
  between runs.

Durability is unchanged: every commit still syncs the WAL (``synchronous =
FULL``); a checkpoint only moves committed pages into the main file.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

from bruktpos.store.open_here import HeldConnection

log = logging.getLogger(__name__)

IDLE_S = 0.5
EVERY_COMMITS = 500
# A FULL or TRUNCATE checkpoint waits this long for a reader or writer to finish.
WAIT_MS = 2_000
CATCH_UP = 3
RUNS_KEPT = 1_000


def checkpoint(conn: sqlite3.Connection, mode: str) -> tuple[int, int, int]:
    """Run ``PRAGMA wal_checkpoint(mode)`` on ``conn``: (busy, WAL frames, frames copied)."""
    if mode not in ("PASSIVE", "FULL", "RESTART", "TRUNCATE"):
        raise ValueError(f"unknown checkpoint mode {mode!r}")
    row = conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
    return int(row[0]), int(row[1]), int(row[2])


class Checkpointer:
    """Checkpoints one database's WAL from an idle worker thread (started on the first commit)."""

    def __init__(self, path: Path, *, idle_s: float = IDLE_S, every: int = EVERY_COMMITS) -> None:
        self.path = path
        self.idle_s = idle_s
        self.every = every
        self._cond = threading.Condition()
        self._commits = 0  # since the last checkpoint
        self._last_commit = 0.0
        self._full = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        # (mode, busy, frames, copied), newest last; the last RUNS_KEPT of them, for tests and benchmarks.
        self.runs: list[tuple[str, int, int, int]] = []

    def committed(self) -> None:
        """A commit went into the WAL (called by :class:`~bruktpos.store.db.Database` after each one).

        After, not before: the worker then copies while the till gets its next
        sale ready, and the till's next commit finds the WAL all copied and starts
        it over from the beginning (SQLite restarts a WAL only then).
        """
        with self._cond:
            self._commits += 1
            self._last_commit = time.monotonic()
            self._start_worker()
            if self._commits == 1 or self._commits >= self.every:
                self._cond.notify()  # the worker starts its idle wait, or is due

    def full_soon(self) -> None:
        """Ask for a FULL checkpoint from the worker (the close of day), without waiting for it."""
        with self._cond:
            self._full = True
            self._start_worker()
            self._cond.notify()

    def _start_worker(self) -> None:
        # Under the condition's lock: the worker, if none is running (the first commit, or after stop()).
        if self._thread is None and not self._stopping:
            self._thread = threading.Thread(
                target=self._run, name=f"checkpoints {self.path.name}", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop the worker (and close its connection); a later commit starts a new one."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join()
        with self._cond:
            self._stopping = False
            self._thread = None

    def truncate(self) -> None:
        """A TRUNCATE checkpoint: the WAL copied into the file and emptied (at exit, connections closed)."""
        if not self.path.exists():
            return
        try:
            conn = self._connect()
            try:
                self._checkpoint(conn, "TRUNCATE")
            finally:
                conn.close()
        except sqlite3.Error as error:  # the next start finds the WAL and carries on from it
            log.warning("database %s: no checkpoint at exit (%s)", self.path, error)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, factory=HeldConnection
        )
        conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        return conn

    def _checkpoint(self, conn: sqlite3.Connection, mode: str) -> None:
        if len(self.runs) >= RUNS_KEPT:  # a till runs all day: keep the newest only
            del self.runs[: RUNS_KEPT // 2]
        busy, frames, copied = checkpoint(conn, mode)
        self.runs.append((mode, busy, frames, copied))
        # Commits that came in while it copied: a few more passes catch up with them,
        # so that the till's next commit finds the WAL all copied and starts it over.
        for _ in range(CATCH_UP):
            if mode != "PASSIVE" or busy or copied >= frames:
                break
            busy, frames, copied = checkpoint(conn, mode)
            self.runs.append((mode, busy, frames, copied))
        if busy or (mode != "PASSIVE" and copied < frames):
            log.info("database %s: %s checkpoint copied %d of %d WAL pages", self.path, mode, copied, frames)

    def _due(self) -> str | None:
        # Under the condition's lock: which checkpoint is due now, if any.
        if self._full:
            return "FULL"
        if self._commits >= self.every:
            return "PASSIVE"
        if self._commits and time.monotonic() - self._last_commit >= self.idle_s:
            return "PASSIVE"
        return None

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                with self._cond:
                    mode = self._due()
                    while mode is None and not self._stopping:
                        wait = self.idle_s - (time.monotonic() - self._last_commit) if self._commits else None
                        self._cond.wait(None if wait is None else max(wait, 0.01))
                        mode = self._due()
                    if self._stopping or mode is None:
                        return
                    self._commits = 0
                    self._full = False
                try:
                    if conn is None:
                        conn = self._connect()
                    self._checkpoint(conn, mode)
                except sqlite3.Error as error:  # tried again after the next commits
                    log.warning("database %s: %s checkpoint failed (%s)", self.path, mode, error)
                    if conn is not None:
                        conn.close()
                        conn = None
        finally:
            if conn is not None:
                conn.close()
