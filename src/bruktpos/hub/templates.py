"""The chapter template on the hub: the set-up file (categories, café menu) every shop can take.

A coordinator publishes it (``bruktpos hub publish-template``); a shop fetches
the newest from its hub settings screen and imports it through the set-up
file's own import (:mod:`bruktpos.services.chapter_template`). This module
only stores and reads the text; what is in it is checked above, in services.

``chapter_templates`` (hub schema step 10) keeps every version ever
published, append-only: ``version`` (1, 2 …), ``published_at``,
``published_by`` (the login on PostgreSQL, the name given on SQLite),
``categories`` and ``products`` (how many; for the screen), ``content`` (the
set-up file as TOML). On PostgreSQL nobody may write the table: coordinators
(and the hub's owner) publish through the SECURITY DEFINER function
``hub_publish_template``, whose EXECUTE only the coordinators' group has;
shops and coordinators may read every version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, func, insert, select, text

TEMPLATE_SINCE = 10  # the hub schema version that brought chapter_templates


class TemplatesMissing(Exception):
    """The hub's schema is older than step 10: ``bruktpos hub init`` upgrades it."""

    def __init__(self, version: int | None) -> None:
        super().__init__(f"the hub has schema version {version}; chapter templates need {TEMPLATE_SINCE}")
        self.version = version


@dataclass(frozen=True)
class PublishedTemplate:
    """One published version of the chapter's set-up file."""

    version: int
    published_at: datetime
    published_by: str
    categories: int
    products: int
    content: str


def _require_templates(conn: Connection) -> None:
    from bruktpos.hub.schema import schema_version

    version = schema_version(conn)
    if version is None or version < TEMPLATE_SINCE:
        raise TemplatesMissing(version)


def publish_template(engine: Engine, content: str, categories: int, products: int, *, by: str) -> int:
    """Store ``content`` as the chapter's newest template; returns its version.

    On PostgreSQL the login publishes (a coordinator's, or the owner's) and is
    recorded as the publisher; ``by`` names the publisher on a SQLite hub,
    which has no logins.
    """
    from bruktpos.hub.schema import chapter_templates

    with engine.begin() as conn:
        _require_templates(conn)
        if conn.dialect.name == "postgresql":
            version = conn.execute(
                text("SELECT hub_publish_template(:content, :categories, :products)"),
                {"content": content, "categories": categories, "products": products},
            ).scalar_one()
            return int(version)
        # Two publishing at the same moment: the second fails on the version (the primary key).
        next_version = (
            conn.execute(select(func.coalesce(func.max(chapter_templates.c.version), 0))).scalar_one() + 1
        )
        conn.execute(
            insert(chapter_templates).values(
                version=next_version,
                published_at=datetime.now(UTC),
                published_by=by,
                categories=categories,
                products=products,
                content=content,
            )
        )
        return int(next_version)


def latest_template(engine: Engine) -> PublishedTemplate | None:
    """The newest published template, or None when none was ever published."""
    from bruktpos.hub.schema import chapter_templates

    with engine.connect() as conn:
        _require_templates(conn)
        row = conn.execute(
            select(chapter_templates).order_by(chapter_templates.c.version.desc()).limit(1)
        ).first()
    if row is None:
        return None
    return PublishedTemplate(
        version=row.version,
        published_at=row.published_at,
        published_by=row.published_by,
        categories=row.categories,
        products=row.products,
        content=row.content,
    )
