"""The chapter hub as the shop's settings screen sees it: is the address one, and does it answer.

The screen (:mod:`bruktpos.ui.admin.hub_settings`) asks these two questions;
the SQL and the URL parsing stay here, below the UI.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bruktpos.hub.schema import hub_engine, schema_version, shops


def hub_backend(url: str) -> str:
    """The database kind a hub address names ("postgresql", "sqlite", …); "" when it is no address."""
    try:
        return make_url(url).get_backend_name()
    except (ArgumentError, ValueError):
        return ""


def try_hub(url: str, code: str) -> dict[str, Any]:
    """Connect to the hub and look for this shop (run in a worker; it may wait for the network).

    ``version`` is the hub's schema version (None: no hub tables there),
    ``shop_name`` the name the hub has for ``code`` (None: not known there).
    """
    engine = hub_engine(url)
    try:
        with engine.connect() as conn:
            version = schema_version(conn)
            name = None
            if version is not None:
                name = conn.execute(select(shops.c.name).where(shops.c.code == code)).scalar()
            return {"version": version, "shop_name": name}
    finally:
        engine.dispose()
