"""Real storage faults for the tests: a small disk that fills up, a file made
read-only, a write lock held by another connection, a disk that fails.

Everything here is done for real, as root: a tmpfs of a few megabytes that a
filler file fills to the last byte (SQLite then gets ENOSPC), ``chattr +i``
(root ignores file modes, not the immutable flag), a second ``sqlite3``
connection in ``BEGIN IMMEDIATE``, and an ext4 image on a loop device whose
journal is aborted (``mount -o remount,abort``): the kernel turns the file
system read-only under the open file, as it does when a disk fails, and
SQLite's next write gets an I/O error.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

_CHUNK = b"\0" * (64 * 1024)


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


class SmallDisk:
    """A tmpfs of ``size`` mounted at ``path``."""

    def __init__(self, path: Path, size: str = "16m") -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
        self._filler = path / "filler.bin"

    def fill(self) -> None:
        """Write a filler file until the disk has not one byte left."""
        with open(self._filler, "ab", buffering=0) as out:
            size = len(_CHUNK)
            while size:
                try:
                    out.write(_CHUNK[:size])
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    size //= 2  # fill the last few kilobytes too
        assert self.free_bytes() == 0

    def free(self) -> None:
        """Remove the filler: there is room again."""
        self._filler.unlink(missing_ok=True)

    def free_bytes(self) -> int:
        stat = os.statvfs(self.path)
        return stat.f_bavail * stat.f_frsize

    def unmount(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run("umount", "-l", str(self.path))


@contextlib.contextmanager
def small_disk(path: Path, size: str = "16m") -> Iterator[SmallDisk]:
    disk = SmallDisk(path, size)
    try:
        yield disk
    finally:
        disk.free()
        unfreeze(*disk.path.glob("*"))
        disk.unmount()


def freeze(*files: Path) -> None:
    """Make files immutable (``chattr +i``): not even root may write them."""
    _run("chattr", "+i", *map(str, files))


def unfreeze(*files: Path) -> None:
    existing = [str(f) for f in files if f.exists()]
    if existing:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run("chattr", "-i", *existing)


class FailingDisk:
    """An ext4 image on a loop device, mounted at ``path``; :meth:`fail` aborts it."""

    def __init__(self, image: Path, path: Path, size_mb: int = 32) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        with open(image, "wb") as out:
            out.truncate(size_mb * 1024 * 1024)
        _run("mkfs.ext4", "-q", "-F", str(image))
        _run("mount", "-o", "loop", str(image), str(path))

    def fail(self) -> None:
        """The disk fails: the kernel makes the file system read-only under the open files.

        What was written until now is on the disk first (``sync``), as on a
        disk that worked until this moment.
        """
        os.sync()
        _run("mount", "-o", "remount,abort", str(self.path))

    def unmount(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            _run("umount", "-l", str(self.path))


@contextlib.contextmanager
def failing_disk(image: Path, path: Path) -> Iterator[FailingDisk]:
    disk = FailingDisk(image, path)
    try:
        yield disk
    finally:
        disk.unmount()


@contextlib.contextmanager
def mounted(image: Path, path: Path) -> Iterator[Path]:
    """An ext4 image mounted at ``path`` (a disk put back in)."""
    path.mkdir(parents=True, exist_ok=True)
    _run("mount", "-o", "loop", str(image), str(path))
    try:
        yield path
    finally:
        _run("umount", str(path))


@contextlib.contextmanager
def write_lock_held(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holds the database's write lock (``BEGIN IMMEDIATE``) until the block ends."""
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield other
    finally:
        with contextlib.suppress(sqlite3.Error):
            other.execute("ROLLBACK")
        other.close()


def count(db_path: Path, sql: str) -> int:
    """One number from the file, read by a connection of its own."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql).fetchone()[0]
