"""The chapter template: a set-up file's categories and café menu, published on the hub for every shop.

A coordinator publishes a set-up file (``bruktpos hub publish-template``,
:func:`publish_template`); only its categories and products go to the hub
(registers and people belong to one shop, and are left out, and said so).
A shop leader takes the newest version from the hub settings screen:
:func:`fetch_template` reads and checks it, :func:`plan_template` tells what
it would add or change (tried on a copy of the shop file), and
:func:`apply_template` makes it so, through the set-up file's own import
(:mod:`bruktpos.services.setup_file`). So importing twice changes nothing,
and a category the shop already has under the same name is kept (and made to
match), never doubled.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bruktpos.domain.catalogue import kroner_text
from bruktpos.domain.people import Operator
from bruktpos.hub.schema import hub_engine
from bruktpos.hub.templates import PublishedTemplate, latest_template
from bruktpos.hub.templates import publish_template as store_template
from bruktpos.services.setup_file import SetupChange, as_toml, setup_changes
from bruktpos.services.setup_format import FORMAT, SetupFile, read_setup
from bruktpos.store.db import Database


@dataclass(frozen=True)
class Published:
    """What :func:`publish_template` did: the version, and what it carried and left out."""

    version: int
    categories: int
    products: int
    left_out_registers: int
    left_out_people: int


@dataclass(frozen=True)
class ChapterTemplate:
    """The newest template on the hub, checked: who published it and when, and its contents."""

    published: PublishedTemplate
    setup: SetupFile


def template_fields(setup: SetupFile) -> dict[str, Any]:
    """The categories and products of ``setup`` as the set-up file's fields (as ``setup export`` writes)."""
    return {
        "bruktpos_setup": FORMAT,
        "categories": [
            {
                "name": c.name,
                "kind": c.kind.value,
                "tax_code": c.tax_code.value,
                "default_price": kroner_text(c.default_price),
                "quick_prices": [kroner_text(p) for p in c.quick_prices],
                "color": c.color,
                "markdown": c.markdown,
                "price_tags": c.price_tags,
                "active": c.active,
            }
            for c in setup.categories
        ],
        "products": [
            {
                "name": p.name,
                "category": p.category,
                "price": kroner_text(p.price),
                "tax_code": "" if p.tax_code is None else p.tax_code.value,
                "color": p.color,
                "barcode": p.barcode or "",
                "track_stock": p.track_stock,
                "active": p.active,
            }
            for p in setup.products
        ],
    }


def publish_template(url: str, text: str, *, json_format: bool = False, by: str = "") -> Published:
    """Check the set-up file ``text`` and publish its categories and products as the newest version.

    Raises :class:`~bruktpos.services.setup_format.SetupFileError` for a bad
    file (nothing is published), :class:`~bruktpos.hub.templates.TemplatesMissing`
    for a hub older than the templates, and the database's error when the
    login may not publish (a shop's login).
    """
    setup = read_setup(text, json_format=json_format)
    content = as_toml(template_fields(setup))
    read_setup(content)  # what is stored reads back (a shop fetches exactly this)
    engine = hub_engine(url)
    try:
        version = store_template(engine, content, len(setup.categories), len(setup.products), by=by)
    finally:
        engine.dispose()
    return Published(
        version, len(setup.categories), len(setup.products), len(setup.registers), len(setup.people)
    )


def fetch_template(url: str) -> ChapterTemplate | None:
    """The newest template on the hub at ``url``, checked; None when none was published.

    Runs in a worker (it waits for the network). A stored template that no
    longer reads raises :class:`~bruktpos.services.setup_format.SetupFileError`.
    """
    engine = hub_engine(url)
    try:
        published = latest_template(engine)
    finally:
        engine.dispose()
    if published is None:
        return None
    return ChapterTemplate(published, read_setup(published.content))


def plan_template(db: Database, template: ChapterTemplate, *, by: Operator) -> list[SetupChange]:
    """What importing the template would change in this shop (tried on a copy; nothing is changed)."""
    return setup_changes(db, template.setup, by=by, dry_run=True)


def apply_template(db: Database, template: ChapterTemplate, *, by: Operator) -> list[SetupChange]:
    """Import the template's categories and products into the shop; the changes made."""
    return setup_changes(db, template.setup, by=by)
