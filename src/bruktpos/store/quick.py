"""A quick look into a shop database with the standard library alone.

The till shows its login screen before SQLAlchemy, Alembic and the rest are
even imported (they take most of a second to load); what the login screen
needs — is the file set up and current, whose shop it is, who works there —
is read here with plain ``sqlite3``, read-only.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bruktpos.domain.errors import NotAShopDatabase, ShopFileProblem, StoreProblem, StoreUnavailable
from bruktpos.domain.people import UserInfo
from bruktpos.domain.roles import Role
from bruktpos.store.open_here import open_here

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every BruktPOS database has had since its first revision.
SHOP_TABLES = frozenset({"alembic_version", "shop", "registers", "users", "journal"})


def head_revision() -> str:
    """The newest migration's revision.

    Revisions are numbered like their files (``0002_…py`` is ``"0002"``; a
    test holds Alembic to it), so telling whether a database is current needs
    no Alembic.
    """
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def known_revisions() -> set[str]:
    """Every revision this version of BruktPOS ships (``"0001"`` …)."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def shop_file_problem(path: Path) -> NotAShopDatabase | None:
    """Why ``path`` cannot be a shop database, or None if it looks like one.

    Read-only and cheap (the header and the table names, never the whole
    file), so it runs on every start before anything opens the file for
    writing: a text file, a folder or another program's database must never
    be migrated into a shop. A missing path or an empty file comes back as
    MISSING or EMPTY; whether a new shop may be made there is the caller's
    choice. Failures that are not about the file's kind (a lock, say) give
    None here and are met where the file is opened.
    """
    where = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        return NotAShopDatabase(ShopFileProblem.MISSING, where)
    except NotADirectoryError as error:
        return NotAShopDatabase(ShopFileProblem.MISSING, where, str(error))
    except OSError as error:
        return NotAShopDatabase(ShopFileProblem.UNREADABLE, where, str(error))
    if stat.S_ISDIR(info.st_mode):
        return NotAShopDatabase(ShopFileProblem.FOLDER, where)
    if not stat.S_ISREG(info.st_mode):
        return NotAShopDatabase(ShopFileProblem.NOT_SQLITE, where, "not a regular file")
    if info.st_size == 0:
        return NotAShopDatabase(ShopFileProblem.EMPTY, where)
    if open_here(path):
        # Our own connections have it open: a raw open() and close() here would drop
        # this process's SQLite locks on it (see store.open_here); read it through SQLite.
        return _schema_problem(path)
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as error:
        return NotAShopDatabase(ShopFileProblem.UNREADABLE, where, str(error))
    if not header.startswith(SQLITE_HEADER):
        return NotAShopDatabase(ShopFileProblem.NOT_SQLITE, where, "no SQLite header")
    if len(header) < 100 or _shorter_than_its_header(path, header, info.st_size):
        return NotAShopDatabase(ShopFileProblem.DAMAGED, where, f"truncated at {info.st_size} bytes")
    return _schema_problem(path)


def _shorter_than_its_header(path: Path, header: bytes, size: int) -> bool:
    """The header names more pages than the file holds (a cut-off copy)."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_valid = header[24:28] == header[92:96] and pages > 0
    wal = path.with_name(path.name + "-wal")
    # Pages not yet copied back from the -wal file may make the file look short.
    pending_wal = wal.exists() and wal.stat().st_size > 0
    return header_valid and not pending_wal and pages * page_size > size


def _schema_problem(path: Path) -> NotAShopDatabase | None:
    from bruktpos.store.shopfile import open_read_only, store_error

    where = str(path)
    try:
        # Never writes, and makes no -wal/-shm beside a closed shop (see shopfile).
        with open_read_only(path) as file:
            try:
                names = file.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                tables = {name for (name,) in names}
                if not tables:
                    return NotAShopDatabase(ShopFileProblem.EMPTY, where, "no tables")
                if not tables >= SHOP_TABLES:
                    return NotAShopDatabase(ShopFileProblem.FOREIGN, where, ", ".join(sorted(tables)[:8]))
                row = file.conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.Error as error:
                raise store_error(error, path) from error
    except StoreUnavailable as error:
        if error.problem == StoreProblem.CORRUPT:
            return NotAShopDatabase(ShopFileProblem.DAMAGED, where, error.detail)
        if error.problem == StoreProblem.CANNOT_OPEN and not os.access(path, os.R_OK):
            return NotAShopDatabase(ShopFileProblem.UNREADABLE, where, error.detail)
        return None
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        if revision.isdigit() and revision > head_revision():
            return NotAShopDatabase(ShopFileProblem.NEWER, where, f"revision {revision}")
        return NotAShopDatabase(ShopFileProblem.FOREIGN, where, f"revision {revision}")
    return None


@dataclass(frozen=True)
class QuickLook:
    shop_name: str
    short_name: str
    register_code: str  # the register the till starts as (the first, until the start chooses)
    language: str | None
    users: list[UserInfo]
    # A demo shop's [name, role, PIN] for its login screen (services/demo.py); empty for a real shop.
    demo_pins: list[tuple[str, str, str]] = field(default_factory=list)
    register_name: str = ""
    registers: tuple[tuple[str, str], ...] = ()  # every register's (code, name), the first first
    # Each listed person's stored PIN hash: the first PIN is checked against it ahead of the
    # services (domain.pin_hash.check_pin_ahead); never shown, never logged.
    pin_hashes: Mapping[int, str] = field(default_factory=dict, repr=False)


def quick_look(path: Path) -> QuickLook | None:
    """What the login screen needs, or None if the file is new, not set up or not current."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            return None
        shop = conn.execute("SELECT name, short_name FROM shop ORDER BY id LIMIT 1").fetchone()
        registers = tuple(
            (str(code), str(name))
            for code, name in conn.execute("SELECT code, name FROM registers ORDER BY id")
        )
        if shop is None or not registers:
            return None
        settings = {key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM settings")}
        rows = conn.execute(
            "SELECT id, name, role, active, locked_until, pin_hash FROM users WHERE active = 1 ORDER BY name"
        ).fetchall()
        users = [
            UserInfo(
                id_,
                name,
                Role(role),
                bool(active),
                datetime.fromisoformat(locked) if locked else None,
                has_pin=bool(pin_hash),
            )
            for id_, name, role, active, locked, pin_hash in rows
        ]
        pin_hashes = {row[0]: row[5] for row in rows if row[5]}
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    return QuickLook(
        shop_name=shop[0],
        short_name=shop[1],
        register_code=registers[0][0],
        language=settings.get("language"),
        users=users,
        demo_pins=demo_pins(settings.get("demo_pins")),
        register_name=registers[0][1],
        registers=registers,
        pin_hashes=pin_hashes,
    )


def demo_pins(stored: object) -> list[tuple[str, str, str]]:
    """The demo setting as (name, role, PIN) triples; anything else stored there reads as none."""
    if not isinstance(stored, list):
        return []
    return [
        (str(entry[0]), str(entry[1]), str(entry[2]))
        for entry in stored
        if isinstance(entry, list | tuple) and len(entry) == 3
    ]
