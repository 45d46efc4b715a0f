"""A shop's set-up as a file: categories, products, registers and people (never PINs).

``bruktpos setup export`` writes one (:func:`export_setup`, :func:`as_toml`),
``bruktpos setup import`` reads one (:func:`~bruktpos.services.setup_format.read_setup`,
then :func:`import_setup`), so a chapter can give every new shop the same
categories and café menu and their reports compare. The file's fields are
told in :mod:`bruktpos.services.setup_format`.

Importing is idempotent: what is there already and the same is left alone,
what differs is changed through the same services (and rules, and journal)
as the screens, what is missing is added. Nothing is removed: a category,
product or person missing from the file is left as it is. A person added from
a file has no PIN and cannot log in until a shop leader gives one ("Folk" →
"Ny PIN"). Prices are never floats: ``49.5`` in a file is refused.

A bad file changes nothing: it is read and checked whole first
(:class:`SetupFileError`, with the line it is on), then the changes are tried
on a copy of the shop file, and only when all of them pass there are they
made on the shop's own file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from bruktpos.domain.catalogue import ProductDraft, kroner_text
from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.people import PeopleService
from bruktpos.services.setup_format import (
    FORMAT,
    CategoryEntry,
    PersonEntry,
    ProductEntry,
    RegisterEntry,
    SetupFile,
    SetupFileError,
)
from bruktpos.store.db import Database

# --- exporting ------------------------------------------------------------------------------


def export_setup(db: Database) -> dict[str, Any]:
    """The shop's set-up as the file's fields (for :func:`as_toml` or JSON); never a PIN."""
    from bruktpos.services.shop import list_registers

    catalogue = CatalogueService(db)
    categories = catalogue.categories()  # in the till's order, as the file keeps them
    products = catalogue.products()
    return {
        "bruktpos_setup": FORMAT,
        "categories": [
            {
                "name": c.name,
                "kind": c.kind.value,
                "tax_code": c.vat_code.value,
                "default_price": kroner_text(c.default_price),
                "quick_prices": [kroner_text(p) for p in c.quick_prices],
                "color": c.color,
                "markdown": c.markdown_rule,
                "price_tags": c.price_tags,
                "active": c.active,
            }
            for c in categories
        ],
        "products": [
            {
                "name": p.name,
                "category": p.category_name,
                "price": kroner_text(p.price),
                "tax_code": "" if p.vat_code is None else p.vat_code.value,
                "color": p.color,
                "barcode": p.barcode or "",
                "track_stock": p.track_stock,
                "active": p.active,
            }
            for p in products
        ],
        "registers": [{"code": r.code, "name": r.name} for r in list_registers(db)],
        "people": [
            {"name": p.name, "role": p.role.value, "active": p.active}
            for p in PeopleService(db).list_people()
        ],
    }


HEADER = """\
# BruktPOS set-up: categories (in the till's order), café and new-goods products,
# registers and people (never PINs). Read by: bruktpos setup import --db SHOP FILE
# Prices are kroner as text ("49,50"); tax_code is a SAF-T standard tax code:
# 3 = 25 %, 31 = 15 %, 33 = 12 %, 5 = zero-rated (e.g. books), 6 = outside the VAT Act;
# a product's tax_code "" means its category's. active = false: retired (hidden, kept).
"""


def as_toml(setup: dict[str, Any]) -> str:
    """The exported set-up as TOML, with a short header saying what the fields mean."""
    import tomli_w

    return HEADER + "\n" + tomli_w.dumps(setup)


# --- importing ------------------------------------------------------------------------------


def import_setup(db: Database, setup: SetupFile, *, by: Operator, dry_run: bool = False) -> list[str]:
    """Make the shop's set-up match the file; the changes in plain words (empty: nothing to do).

    The changes are tried first on a copy of the shop file; a refusal there
    (a rule of the services, with the entry's line) raises
    :class:`SetupFileError` and the shop's own file is not touched. With
    ``dry_run`` only the copy is changed.
    """
    return [change.text for change in setup_changes(db, setup, by=by, dry_run=dry_run)]


@dataclass(frozen=True)
class SetupChange:
    """One change an import makes, for a screen to word in its own language.

    ``subject``: register, category, product, person or order (the till's
    category buttons); ``action``: added, changed, retired, restored or role;
    ``fields``: what changed (the draft's field names); ``text``: in English,
    as the command line prints it.
    """

    subject: str
    name: str
    action: str
    text: str
    fields: tuple[str, ...] = ()


def setup_changes(
    db: Database, setup: SetupFile, *, by: Operator, dry_run: bool = False
) -> list[SetupChange]:
    """:func:`import_setup`, with each change told as a :class:`SetupChange`."""
    from bruktpos.store.backup import copy_database
    from bruktpos.store.schema import open_database

    with tempfile.TemporaryDirectory(prefix="bruktpos-setup-") as folder:
        trial_path = copy_database(db.path, Path(folder) / "trial.sqlite3")
        trial = open_database(trial_path, backup_dir=Path(folder))
        try:
            changes = _Import(trial, by).run(setup)
        finally:
            trial.dispose()
    if dry_run or not changes:
        return changes
    return _Import(db, by).run(setup)


_E = TypeVar("_E", RegisterEntry, CategoryEntry, ProductEntry, PersonEntry)


@dataclass
class _Import:
    db: Database
    by: Operator
    changes: list[SetupChange] = field(default_factory=list)

    def note(self, subject: str, name: str, action: str, text: str, fields: tuple[str, ...] = ()) -> None:
        self.changes.append(SetupChange(subject, name, action, text, fields))

    def run(self, setup: SetupFile) -> list[SetupChange]:
        self.catalogue = CatalogueService(self.db)
        self.people = PeopleService(self.db)
        self.each(setup.registers, self.register)
        self.each(setup.categories, self.category)
        self.each(setup.products, self.product)
        self.each(setup.people, self.person)
        if setup.categories:
            self.order(setup.categories)
        return self.changes

    def each(self, entries: Iterable[_E], step: Callable[[_E], None]) -> None:
        """``step`` for every entry; a refusal names the entry and its line in the file."""
        for entry in entries:
            try:
                step(entry)
            except BruktError as error:
                raise SetupFileError(_entry_name(entry), entry.line or None, error) from error

    def register(self, entry: RegisterEntry) -> None:
        from bruktpos.services.shop import add_register, list_registers

        if any(r.code == entry.code for r in list_registers(self.db)):
            return
        add_register(self.db, entry.code, entry.name, by=self.by)
        self.note(
            "register",
            entry.code,
            "added",
            f"register {entry.code} ({entry.name}) added, with its own receipt series and key",
        )

    def category(self, entry: CategoryEntry) -> None:
        current = _named(self.catalogue.categories(), entry.name)
        if current is None:
            added = self.catalogue.add_category(entry.draft(None), by=self.by)
            self.note("category", added.name, "added", f"category {added.name} added")
            if not entry.active:
                self.catalogue.retire_category(added.id, by=self.by)
                self.note("category", added.name, "retired", f"category {added.name} retired")
            return
        if entry.active and not current.active:
            self.catalogue.restore_category(current.id, by=self.by)
            self.note("category", current.name, "restored", f"category {current.name} brought back")
        wanted = entry.draft(current)
        if wanted != current.draft():
            self.catalogue.update_category(current.id, wanted, by=self.by)
            changed = _fields_changed(current.draft(), wanted)
            self.note(
                "category",
                current.name,
                "changed",
                f"category {current.name} changed: {_field_words(changed)}",
                changed,
            )
        if not entry.active and current.active:
            self.catalogue.retire_category(current.id, by=self.by)
            self.note("category", current.name, "retired", f"category {current.name} retired")

    def order(self, entries: Iterable[CategoryEntry]) -> None:
        categories = self.catalogue.categories()
        wanted = [c.id for e in entries if (c := _named(categories, e.name)) is not None]
        before = [c.id for c in sorted(categories, key=lambda c: c.position)]
        after = [
            c.id
            for c in sorted(self.catalogue.set_category_order(wanted, by=self.by), key=lambda c: c.position)
        ]
        if after != before:
            self.note("order", "", "changed", "the till's category buttons put in the file's order")

    def product(self, entry: ProductEntry) -> None:
        category = _named(self.catalogue.categories(), entry.category)
        if category is None:
            raise SetupFileError(
                f"product {entry.name}: no category called {entry.category!r} in the file or the shop",
                entry.line or None,
            )
        wanted = ProductDraft(
            name=entry.name,
            category_id=category.id,
            price=entry.price,
            vat_code=entry.tax_code,
            color=entry.color,
            barcode=entry.barcode,
            track_stock=entry.track_stock,
        )
        current = _named(self.catalogue.products(), entry.name)
        if current is None:
            added = self.catalogue.add_product(wanted, by=self.by)
            self.note(
                "product",
                added.name,
                "added",
                f"product {added.name} added ({kroner_text(added.price)} kr, in {category.name})",
            )
            if not entry.active:
                self.catalogue.retire_product(added.id, by=self.by)
                self.note("product", added.name, "retired", f"product {added.name} retired")
            return
        if entry.active and not current.active:
            self.catalogue.restore_product(current.id, by=self.by)
            self.note("product", current.name, "restored", f"product {current.name} brought back")
        if wanted != current.draft():
            self.catalogue.update_product(current.id, wanted, by=self.by)
            changed = _fields_changed(current.draft(), wanted)
            self.note(
                "product",
                current.name,
                "changed",
                f"product {current.name} changed: {_field_words(changed)}",
                changed,
            )
        if not entry.active and current.active:
            self.catalogue.retire_product(current.id, by=self.by)
            self.note("product", current.name, "retired", f"product {current.name} retired")

    def person(self, entry: PersonEntry) -> None:
        current = self.people.find(entry.name)
        if current is None:
            added = self.people.add_person_without_pin(entry.name, entry.role, by=self.by)
            self.note(
                "person",
                added.name,
                "added",
                f"{added.name} added ({entry.role.value}); needs a PIN from a shop leader",
            )
            if not entry.active:
                self.people.deactivate(added.id, by=self.by)
                self.note("person", added.name, "retired", f"{added.name} switched off")
            return
        if entry.active and not current.active:
            self.people.reactivate(current.id, by=self.by)
            self.note("person", current.name, "restored", f"{current.name} switched on again")
        if entry.role != current.role:
            self.people.set_role(current.id, entry.role, by=self.by)
            self.note(
                "person",
                current.name,
                "role",
                f"{current.name} is now {entry.role.value} (was {current.role.value})",
            )
        if not entry.active and current.active:
            self.people.deactivate(current.id, by=self.by)
            self.note("person", current.name, "retired", f"{current.name} switched off")


def _named(things: Iterable[Any], name: str) -> Any:
    wanted = " ".join(name.split()).casefold()
    return next((t for t in things if " ".join(t.name.split()).casefold() == wanted), None)


def _fields_changed(before: Any, after: Any) -> tuple[str, ...]:
    return tuple(f for f in before.__dataclass_fields__ if getattr(before, f) != getattr(after, f))


def _field_words(names: Iterable[str]) -> str:
    return ", ".join(name.replace("_", " ").replace("vat code", "tax code") for name in names)


def _entry_name(entry: CategoryEntry | ProductEntry | RegisterEntry | PersonEntry) -> str:
    if isinstance(entry, CategoryEntry):
        return f"category {entry.name}"
    if isinstance(entry, ProductEntry):
        return f"product {entry.name}"
    if isinstance(entry, RegisterEntry):
        return f"register {entry.code}"
    return f"person {entry.name}"
