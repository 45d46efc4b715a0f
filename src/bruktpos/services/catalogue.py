"""The shop's catalogue as a leader looks after it: categories, and the café's and new goods' products.

What a category and a product are, and what each field may hold, is
:mod:`bruktpos.domain.catalogue`; the screens and the set-up file import
them from there. The rules that need the
stored catalogue are this service's:

- only a shop leader (or an administrator) changes any of it
  (:attr:`Action.MANAGE_CATALOGUE`);
- names differ, ignoring case and extra spaces, from every other category (or
  product), retired ones too (:class:`CatalogueNameTaken`); so do barcodes
  (:class:`BarcodeTaken`);
- nothing is ever deleted: items, sale lines, donation lines, products and
  price tags point at their category, and old sales must keep reporting its
  name. Retiring hides a category or product from the till and the back room;
  bringing it back shows it again. A category with products still on the
  till cannot be retired (:class:`CategoryHasProducts`), and a product can
  only be in an active category (:class:`CategoryRetired`);
- every change is one transaction with its journal entry
  (``category_changed`` / ``product_changed``, SAF-T 13999) naming who did it
  and what changed, old → new. A change to what is already stored changes
  and journals nothing.

Reading returns frozen dataclasses; no store model leaves this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bruktpos.domain.catalogue import (
    CategoryDraft,
    CategoryInfo,
    CategoryKind,
    ProductDraft,
    ProductInfo,
    category_kind,
    till_order,
)
from bruktpos.domain.errors import (
    CategoryHasProducts,
    CategoryNotFound,
    CategoryRetired,
    ProductNotFound,
)
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.services.catalogue_rows import (
    category_fields,
    category_info,
    category_key,
    differences,
    get_category,
    get_product,
    move_among,
    next_position,
    ordered,
    product_counts,
    product_fields,
    product_info,
    product_key,
    put_in_order,
    require_active_category,
    require_free_barcode,
    require_free_category_name,
    require_free_product_name,
    shown,
)
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.intake import apply_category_intake
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import Category, Product

# --- the service -----------------------------------------------------------------------------


class CatalogueService:
    """Categories and products: read them, add, change, order, retire and bring back."""

    def __init__(self, db: Database, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock

    # --- reading ----------------------------------------------------------------------

    def categories(
        self, *, include_retired: bool = True, kind: CategoryKind | str | None = None
    ) -> list[CategoryInfo]:
        """The categories, active first, each part in the till's order (position, then name)."""
        with self.db.read() as session:
            query = select(Category)
            if not include_retired:
                query = query.where(Category.active.is_(True))
            if kind is not None:
                query = query.where(Category.kind == category_kind(kind).value)
            counts = product_counts(session)
            found = [category_info(c, counts.get(c.id, 0)) for c in session.scalars(query)]
        return sorted(found, key=till_order)

    def category(self, category_id: int) -> CategoryInfo:
        with self.db.read() as session:
            category = get_category(session, category_id)
            return category_info(category, product_counts(session).get(category.id, 0))

    def products(self, *, include_retired: bool = True) -> list[ProductInfo]:
        """The products, active first, each part in the till's order."""
        with self.db.read() as session:
            query = select(Product)
            if not include_retired:
                query = query.where(Product.active.is_(True))
            found = [product_info(p) for p in session.scalars(query)]
        return sorted(found, key=till_order)

    def product(self, product_id: int) -> ProductInfo:
        with self.db.read() as session:
            return product_info(get_product(session, product_id))

    # --- categories -------------------------------------------------------------------

    def add_category(self, draft: CategoryDraft, *, by: Operator) -> CategoryInfo:
        """A new category, last in the till's order; :class:`CatalogueNameTaken` if the name is used."""
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = category_fields(draft, current_group=None)
        with self.db.write() as session:
            require_free_category_name(session, fields.name, None)
            category = Category(position=next_position(session, Category), active=True, **fields.columns())
            apply_category_intake(category, markdown_rule=fields.markdown_rule, price_tags=fields.price_tags)
            session.add(category)
            session.flush()
            info = category_info(category, 0)
            self._journal(session, Event.CATEGORY_CHANGED, by, "added", category_key(category), shown(info))
            return info

    def update_category(self, category_id: int, draft: CategoryDraft, *, by: Operator) -> CategoryInfo:
        """Store ``draft`` as the category's fields; only what differs is changed and journalled.

        Changing the tax code changes what later sales are charged; what was
        sold keeps the rate it was sold at.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            category = get_category(session, category_id)
            fields = category_fields(draft, current_group=category.saft_group)
            if fields.name != category.name:
                require_free_category_name(session, fields.name, category.id)
            before = shown(category_info(category, 0))
            for key, value in fields.columns().items():
                setattr(category, key, value)
            apply_category_intake(category, markdown_rule=fields.markdown_rule, price_tags=fields.price_tags)
            session.flush()
            info = category_info(category, product_counts(session).get(category.id, 0))
            old, new = differences(before, shown(info))
            if old:
                action = "renamed" if set(old) == {"name"} else "changed"
                self._journal(session, Event.CATEGORY_CHANGED, by, action, category_key(category), new, old)
            return info

    def rename_category(self, category_id: int, name: str, *, by: Operator) -> CategoryInfo:
        """A new name, everything else as it is (old sales report the new name)."""
        return self.update_category(
            category_id, replace(self.category(category_id).draft(), name=name), by=by
        )

    def move_category(self, category_id: int, step: int, *, by: Operator) -> CategoryInfo:
        """Move a button ``step`` places (−1 up/left, +1 down/right) among the active categories of its kind.

        At the first (or last) place it stays, and nothing is journalled.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            target = get_category(session, category_id)
            everything = ordered(session, Category)
            peers = [c for c in everything if c.active and c.kind == target.kind]
            if target not in peers:
                raise CategoryRetired(target.id, target.name)
            at, to = move_among(everything, peers, target, step)
            if to != at:
                self._journal(
                    session,
                    Event.CATEGORY_CHANGED,
                    by,
                    "moved",
                    category_key(target),
                    {"place": to + 1},
                    {"place": at + 1},
                )
            return category_info(target, product_counts(session).get(target.id, 0))

    def set_category_order(self, category_ids: Sequence[int], *, by: Operator) -> list[CategoryInfo]:
        """Put the categories in this order (those not named keep theirs, after them). Returns all."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            everything = ordered(session, Category)
            order = put_in_order(everything, category_ids, CategoryNotFound)
            if order != everything:
                self._journal(
                    session,
                    Event.CATEGORY_CHANGED,
                    by,
                    "reordered",
                    {},
                    {"order": [c.name for c in order]},
                    {"order": [c.name for c in everything]},
                )
        return self.categories()

    def retire_category(self, category_id: int, *, by: Operator) -> CategoryInfo:
        """Hide a category from the till and the back room; it is never deleted.

        Its items, sales, donations and price tags keep pointing at it, and
        reports keep its name. Refused while active products are in it
        (:class:`CategoryHasProducts`): move or retire them first.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            category = get_category(session, category_id)
            products = product_counts(session).get(category.id, 0)
            if category.active and products:
                raise CategoryHasProducts(category.id, category.name, products)
            return self._set_category_active(session, category, False, by)

    def restore_category(self, category_id: int, *, by: Operator) -> CategoryInfo:
        """Bring a retired category back, last in the till's order."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            category = get_category(session, category_id)
            if not category.active:
                category.position = next_position(session, Category)
            return self._set_category_active(session, category, True, by)

    def _set_category_active(
        self, session: Session, category: Category, active: bool, by: Operator
    ) -> CategoryInfo:
        if category.active != active:
            category.active = active
            action = "restored" if active else "retired"
            self._journal(
                session,
                Event.CATEGORY_CHANGED,
                by,
                action,
                category_key(category),
                {"active": active},
                {"active": not active},
            )
        session.flush()
        return category_info(category, product_counts(session).get(category.id, 0))

    # --- products ---------------------------------------------------------------------

    def add_product(self, draft: ProductDraft, *, by: Operator) -> ProductInfo:
        """A new product, last on the till's café page; it keeps no stock count unless asked."""
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = product_fields(draft)
        with self.db.write() as session:
            require_active_category(session, fields.category_id)
            require_free_product_name(session, fields.name, None)
            require_free_barcode(session, fields.barcode, None)
            product = Product(
                position=next_position(session, Product), active=True, stock=0, **fields.columns()
            )
            session.add(product)
            session.flush()
            session.refresh(product)
            info = product_info(product)
            self._journal(session, Event.PRODUCT_CHANGED, by, "added", product_key(product), shown(info))
            return info

    def update_product(self, product_id: int, draft: ProductDraft, *, by: Operator) -> ProductInfo:
        """Store ``draft`` as the product's fields; only what differs is changed and journalled.

        The stock count is not set here: it goes up with goods received and
        down with sales (``receive_goods``). Turning counting on starts from
        the count the product has.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = product_fields(draft)
        with self.db.write() as session:
            product = get_product(session, product_id)
            if fields.category_id != product.category_id:
                require_active_category(session, fields.category_id)
            if fields.name != product.name:
                require_free_product_name(session, fields.name, product.id)
            if fields.barcode != product.barcode:
                require_free_barcode(session, fields.barcode, product.id)
            before = shown(product_info(product))
            for key, value in fields.columns().items():
                setattr(product, key, value)
            session.flush()
            session.expire(product, ["category"])
            info = product_info(product)
            old, new = differences(before, shown(info))
            if old:
                action = "renamed" if set(old) == {"name"} else "changed"
                self._journal(session, Event.PRODUCT_CHANGED, by, action, product_key(product), new, old)
            return info

    def move_product(self, product_id: int, step: int, *, by: Operator) -> ProductInfo:
        """Move a button ``step`` places among the active products (the till's café page)."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            target = get_product(session, product_id)
            everything = ordered(session, Product)
            peers = [p for p in everything if p.active]
            if target not in peers:
                raise ProductNotFound(target.id)
            at, to = move_among(everything, peers, target, step)
            if to != at:
                self._journal(
                    session,
                    Event.PRODUCT_CHANGED,
                    by,
                    "moved",
                    product_key(target),
                    {"place": to + 1},
                    {"place": at + 1},
                )
            return product_info(target)

    def set_product_order(self, product_ids: Sequence[int], *, by: Operator) -> list[ProductInfo]:
        """Put the products in this order (those not named keep theirs, after them). Returns all."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            everything = ordered(session, Product)
            order = put_in_order(everything, product_ids, ProductNotFound)
            if order != everything:
                self._journal(
                    session,
                    Event.PRODUCT_CHANGED,
                    by,
                    "reordered",
                    {},
                    {"order": [p.name for p in order]},
                    {"order": [p.name for p in everything]},
                )
        return self.products()

    def retire_product(self, product_id: int, *, by: Operator) -> ProductInfo:
        """Take a product off the till; its sales and stock count stay."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            return self._set_product_active(session, get_product(session, product_id), False, by)

    def restore_product(self, product_id: int, *, by: Operator) -> ProductInfo:
        """Put a retired product back on the till, last; its category must be active."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            product = get_product(session, product_id)
            if not product.active:
                require_active_category(session, product.category_id)
                product.position = next_position(session, Product)
            return self._set_product_active(session, product, True, by)

    def _set_product_active(
        self, session: Session, product: Product, active: bool, by: Operator
    ) -> ProductInfo:
        if product.active != active:
            product.active = active
            self._journal(
                session,
                Event.PRODUCT_CHANGED,
                by,
                "restored" if active else "retired",
                product_key(product),
                {"active": active},
                {"active": not active},
            )
        session.flush()
        return product_info(product)

    # --- inside ------------------------------------------------------------------------

    def _journal(
        self,
        session: Session,
        event: Event,
        by: Operator,
        action: str,
        key: dict[str, Any],
        new: dict[str, Any],
        old: dict[str, Any] | None = None,
    ) -> None:
        details: dict[str, Any] = {"action": action, **key, "by": by.name}
        if old is not None:
            details["from"] = old
        details["to"] = new
        journal.append(
            session, event, at=self.clock(), user_id=by.id, register_id=self.register_id, details=details
        )
