"""Real bad files for the start: not a shop database, damaged, newer, unreadable, on a full disk.

Each maker writes a real file the way it turns up in a shop (a document
picked by mistake, another program's database, a copy cut off half-way) and
returns its path. The tests run as root, which ignores file modes, so an
unreadable file is made unreadable by dropping the two capabilities that
let root read anything (:func:`without_root_file_powers`), and a full or
read-only disk is a real tmpfs (:func:`small_tmpfs`).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

OLD_DATABASES = Path(__file__).resolve().parent.parent / "fixtures" / "old_databases"


def random_bytes(folder: Path) -> Path:
    path = folder / "random.sqlite3"
    path.write_bytes(os.urandom(8192))
    return path


def text_file(folder: Path) -> Path:
    path = folder / "handleliste.txt"
    path.write_text("Handleliste\nmelk\nkaffe\n", encoding="utf-8")
    return path


def other_program(folder: Path) -> Path:
    """A SQLite database of some other program, with none of BruktPOS's tables."""
    path = folder / "notes.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('ring rørleggeren')")
        conn.commit()
    return path


def truncated(shop: Path, folder: Path) -> Path:
    """A copy of a real shop cut off half-way (an interrupted copy to a USB stick)."""
    path = folder / "cut.sqlite3"
    data = shop.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def malformed(shop: Path, folder: Path) -> Path:
    """A real shop whose first page (the table of tables) is overwritten after its header."""
    path = folder / "malformed.sqlite3"
    data = bytearray(shop.read_bytes())
    data[100:400] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    return path


def newer(shop: Path, folder: Path) -> Path:
    """A shop made by a newer BruktPOS (a schema revision past this version's head)."""
    path = folder / "newer.sqlite3"
    shutil.copy(shop, path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "Butikken"
    path.mkdir()
    return path


def unreadable(shop: Path, folder: Path) -> Path:
    """A real shop database with mode 000 (readable only while root keeps its file powers)."""
    path = folder / "locked-away.sqlite3"
    shutil.copy(shop, path)
    path.chmod(0)
    return path


def old_shop(folder: Path, *, wal: bool = False) -> Path:
    """A shop saved by an older BruktPOS (schema 0001), in its own folder."""
    path = folder / "shop.sqlite3"
    shutil.copy(OLD_DATABASES / "shop-0001.sqlite3", path)
    if wal:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
    return path


def revision(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


# --- root without its file powers ---------------------------------------------------

_CAP_VERSION_3 = 0x20080522
_CAP_DAC_OVERRIDE = 1
_CAP_DAC_READ_SEARCH = 2


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


@contextmanager
def without_root_file_powers() -> Iterator[None]:
    """File modes count for this thread, even as root (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH dropped).

    Only the effective set changes, so they come back afterwards.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_CAP_VERSION_3, 0)
    data = (_CapData * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    saved = data[0].effective
    data[0].effective = saved & ~((1 << _CAP_DAC_OVERRIDE) | (1 << _CAP_DAC_READ_SEARCH))
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")
    try:
        yield
    finally:
        data[0].effective = saved
        libc.capset(ctypes.byref(header), data)


# --- a small disk --------------------------------------------------------------------


@contextmanager
def small_tmpfs(where: Path, *, size: str = "64k", read_only: bool = False) -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` (read-only if asked), unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where
    finally:
        unmount(where)


def unmount(where: Path) -> None:
    if os.path.ismount(where):
        subprocess.run(["umount", "-l", str(where)], check=True)
