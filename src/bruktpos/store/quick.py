"""A quick look into a shop database with the standard library alone.

The till shows its login screen before SQLAlchemy, Alembic and the rest are
even imported (they take most of a second to load); what the login screen
needs — is the file set up and current, whose shop it is, who works there —
is read here with plain ``sqlite3``, read-only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bruktpos.domain.people import UserInfo
from bruktpos.domain.roles import Role

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def head_revision() -> str:
    """The newest migration's revision.

    Revisions are numbered like their files (``0002_…py`` is ``"0002"``; a
    test holds Alembic to it), so telling whether a database is current needs
    no Alembic.
    """
    return max(path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


@dataclass(frozen=True)
class QuickLook:
    shop_name: str
    short_name: str
    register_code: str
    language: str | None
    auto_lock_minutes: int | None
    users: list[UserInfo]


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
        register = conn.execute("SELECT code FROM registers ORDER BY id LIMIT 1").fetchone()
        if shop is None or register is None:
            return None
        settings = {key: json.loads(value) for key, value in conn.execute("SELECT key, value FROM settings")}
        users = [
            UserInfo(id_, name, Role(role), bool(active), datetime.fromisoformat(locked) if locked else None)
            for id_, name, role, active, locked in conn.execute(
                "SELECT id, name, role, active, locked_until FROM users WHERE active = 1 ORDER BY name"
            )
        ]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        conn.close()
    return QuickLook(
        shop_name=shop[0],
        short_name=shop[1],
        register_code=register[0],
        language=settings.get("language"),
        auto_lock_minutes=settings.get("auto_lock_minutes"),
        users=users,
    )
