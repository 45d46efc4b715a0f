"""The shop's catalogue as a leader looks after it: categories, and the café's and new goods' products.

A **category** (Klær dame, Bøker, Kafé …) is what the till's category buttons
sell at a typed price, what every item and donation is filed under, and where
VAT is decided: a SAF-T standard tax code (:class:`~bruktpos.domain.vat.TaxCode`;
``vat_rate`` is kept equal to the code's rate, since reports and checkout read
it). A **product** (Kaffe, Vaffel, Handlenett …) is a fixed-price button on
the till's café page, in a category, with its own tax code or the category's.

The rules, for the screens and (later) a set-up file alike:

- only a shop leader (or an administrator) changes any of it
  (:attr:`Action.MANAGE_CATALOGUE`);
- names are non-empty, at most :data:`MAX_NAME` characters, and differ,
  ignoring case and extra spaces, from every other category (or product),
  retired ones too (:class:`CatalogueNameTaken`);
- prices are whole øre: a category's default price may be 0 (none), a
  product's price must be more than 0; quick prices (the price keypad's ready
  amounts) are at most :data:`MAX_QUICK_PRICES`, each more than 0;
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

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bruktpos.domain.cart import MAX_UNIT_PRICE, check_price
from bruktpos.domain.codes import is_item_code, normalize_scan
from bruktpos.domain.errors import (
    BarcodeTaken,
    CatalogueNameTaken,
    CategoryHasProducts,
    CategoryNotFound,
    CategoryRetired,
    InvalidBarcode,
    InvalidCatalogueName,
    InvalidCategoryKind,
    InvalidColor,
    InvalidPrice,
    InvalidSaftGroup,
    InvalidTaxCode,
    ProductNotFound,
    TooManyQuickPrices,
)
from bruktpos.domain.markdown import MarkdownRule
from bruktpos.domain.money import ORE_PER_KRONE, parse_money
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.domain.vat import TaxCode
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.intake import apply_category_intake
from bruktpos.services.shop import quick_prices_of
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import Category, Product

# Two lines on a till button; the store's columns hold 60.
MAX_NAME = 40
# Two rows of five on the price keypad.
MAX_QUICK_PRICES = 10
# What a scanner reads off a product: EAN-8 … ITF-14, Code 128; the column holds 32.
MAX_BARCODE = 32
DEFAULT_CATEGORY_COLOR = "#5b7083"
DEFAULT_PRODUCT_COLOR = "#8a5a44"
# SAF-T article groups (PredefinedBasicID 04, ../shared/saft/code-lists/PredefinedBasicID-04.csv).
SAFT_GROUPS = frozenset({f"040{n:02d}" for n in range(1, 22)} | {"04999"})

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_BARCODE = re.compile(r"^[0-9A-Za-z\-.$/+%]+$")
# Quick prices are separated by ";", by a comma followed by a space, or by spaces:
# "20, 50, 100" or "19,50; 29,50". A comma between digits is the decimal comma.
_QUICK_SEPARATORS = re.compile(r";|,(?=\s)|\s+")
_KRONER_MARK = re.compile(r"(?i)\bkr\.?|,-")


class CategoryKind(StrEnum):
    """Shop goods (donated things, sold at a typed price or by label) or café."""

    GOODS = "goods"
    CAFE = "cafe"


# The SAF-T article group a new category gets when none is given.
DEFAULT_SAFT_GROUP = {CategoryKind.GOODS: "04999", CategoryKind.CAFE: "04006"}


@dataclass(frozen=True)
class CategoryDraft:
    """Everything a leader sets on a category; :meth:`CatalogueService.add_category` checks it.

    ``saft_group`` None: the kind's usual group (new) or the one it has (edit).
    ``markdown_rule`` and ``price_tags`` are the back room's choices
    (:func:`bruktpos.services.intake.apply_category_intake`).
    """

    name: str
    kind: CategoryKind | str = CategoryKind.GOODS
    default_price: int = 0
    quick_prices: tuple[int, ...] = ()
    vat_code: TaxCode | str = TaxCode.STANDARD
    color: str = DEFAULT_CATEGORY_COLOR
    markdown_rule: str = ""
    price_tags: bool = False
    saft_group: str | None = None


@dataclass(frozen=True)
class CategoryInfo:
    """A category as stored (``products``: how many active products are in it)."""

    id: int
    name: str
    kind: CategoryKind
    default_price: int
    quick_prices: tuple[int, ...]
    vat_code: TaxCode
    color: str
    position: int
    active: bool
    markdown_rule: str
    price_tags: bool
    saft_group: str
    products: int

    @property
    def vat_rate(self) -> int:
        """The rate charged, basis points (always the tax code's)."""
        return int(self.vat_code.rate)

    def draft(self) -> CategoryDraft:
        """The category's fields, to change one or two with :func:`dataclasses.replace`."""
        return CategoryDraft(
            name=self.name,
            kind=self.kind,
            default_price=self.default_price,
            quick_prices=self.quick_prices,
            vat_code=self.vat_code,
            color=self.color,
            markdown_rule=self.markdown_rule,
            price_tags=self.price_tags,
            saft_group=self.saft_group,
        )


@dataclass(frozen=True)
class ProductDraft:
    """Everything a leader sets on a product (``vat_code`` None: the category's)."""

    name: str
    category_id: int
    price: int
    vat_code: TaxCode | str | None = None
    color: str = DEFAULT_PRODUCT_COLOR
    barcode: str | None = None
    track_stock: bool = False


@dataclass(frozen=True)
class ProductInfo:
    """A product as stored, with its category's name and tax code."""

    id: int
    name: str
    category_id: int
    category_name: str
    category_vat_code: TaxCode
    price: int
    vat_code: TaxCode | None  # its own; None = the category's
    color: str
    position: int
    barcode: str | None
    track_stock: bool
    stock: int
    active: bool

    @property
    def tax_code(self) -> TaxCode:
        """The code a sale of it is charged under: its own, else the category's."""
        return self.vat_code or self.category_vat_code

    @property
    def vat_rate(self) -> int:
        return int(self.tax_code.rate)

    def draft(self) -> ProductDraft:
        return ProductDraft(
            name=self.name,
            category_id=self.category_id,
            price=self.price,
            vat_code=self.vat_code,
            color=self.color,
            barcode=self.barcode,
            track_stock=self.track_stock,
        )


# --- checking input (pure; also for a screen that wants to check before it asks) ------------


def clean_catalogue_name(name: str, what: str = "category") -> str:
    """A name as stored: spaces trimmed and single; :class:`InvalidCatalogueName` if empty or too long."""
    cleaned = " ".join(str(name).split())
    if not cleaned or len(cleaned) > MAX_NAME or not cleaned.isprintable():
        raise InvalidCatalogueName(what, str(name), MAX_NAME)
    return cleaned


def tax_code(value: TaxCode | str | int) -> TaxCode:
    """A SAF-T standard tax code for sales (3, 31, 33, 5, 6); :class:`InvalidTaxCode` otherwise."""
    try:
        return TaxCode(str(value).strip())
    except ValueError:
        raise InvalidTaxCode(str(value)) from None


def category_kind(value: CategoryKind | str) -> CategoryKind:
    try:
        return CategoryKind(str(value).strip())
    except ValueError:
        raise InvalidCategoryKind(str(value)) from None


def clean_color(value: str) -> str:
    """``#rrggbb`` in lower case; :class:`InvalidColor` otherwise."""
    text = str(value).strip()
    if not _COLOR.match(text):
        raise InvalidColor(text)
    return text.lower()


def clean_quick_prices(prices: Sequence[int]) -> tuple[int, ...]:
    """Each more than kr 0 and within the till's limit; no amount twice; smallest first."""
    for price in prices:
        check_price(price)
    unique = tuple(sorted(set(prices)))
    if len(unique) > MAX_QUICK_PRICES:
        raise TooManyQuickPrices(len(unique), MAX_QUICK_PRICES)
    return unique


def parse_quick_prices(text: str) -> tuple[int, ...]:
    """``"20, 50, 100"`` or ``"19,50; 29,50"`` (kroner) as øre, checked (:func:`clean_quick_prices`).

    Amounts are separated by ``;``, by a comma and a space, or by spaces; a
    comma between digits is the decimal comma. ``kr`` and ``,-`` are allowed.
    A part that is not an amount raises :class:`InvalidAmount` naming it.
    """
    parts = [p for p in _QUICK_SEPARATORS.split(_KRONER_MARK.sub(" ", text)) if p.strip(" ,")]
    return clean_quick_prices([parse_money(part.strip(" ,")) for part in parts])


def format_quick_prices(prices: Sequence[int]) -> str:
    """The form :func:`parse_quick_prices` reads: ``"20, 49,50, 100"``."""
    return ", ".join(kroner_text(p) for p in prices)


def kroner_text(ore: int) -> str:
    """An amount as typed into a field: ``"49,50"``, or ``"50"`` for whole kroner."""
    whole, rest = divmod(ore, ORE_PER_KRONE)
    return f"{whole},{rest:02d}" if rest else str(whole)


def clean_barcode(value: str | None) -> str | None:
    """A product's barcode as printed on it (None or empty: none).

    Letters, digits and Code 39's signs, at most :data:`MAX_BARCODE`; never a
    code in the shop's own in-store range (item labels and price tags), which
    the till reads first.
    """
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if len(text) > MAX_BARCODE or not _BARCODE.match(text):
        raise InvalidBarcode(text, False)
    if is_item_code(normalize_scan(text)):
        raise InvalidBarcode(text, True)
    return text


def _saft_group(value: str | None, kind: CategoryKind, current: str | None) -> str:
    if value is None or not str(value).strip():
        return current or DEFAULT_SAFT_GROUP[kind]
    text = str(value).strip()
    if text not in SAFT_GROUPS:
        raise InvalidSaftGroup(text)
    return text


def _check_default_price(price: int) -> int:
    if not isinstance(price, int) or isinstance(price, bool) or not 0 <= price <= MAX_UNIT_PRICE:
        raise InvalidPrice(price if isinstance(price, int) else -1, MAX_UNIT_PRICE)
    return price


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
            counts = _product_counts(session)
            found = [_category_info(c, counts.get(c.id, 0)) for c in session.scalars(query)]
        return sorted(found, key=lambda c: (not c.active, c.position, c.name.casefold(), c.id))

    def category(self, category_id: int) -> CategoryInfo:
        with self.db.read() as session:
            category = _get_category(session, category_id)
            return _category_info(category, _product_counts(session).get(category.id, 0))

    def products(self, *, include_retired: bool = True) -> list[ProductInfo]:
        """The products, active first, each part in the till's order."""
        with self.db.read() as session:
            query = select(Product)
            if not include_retired:
                query = query.where(Product.active.is_(True))
            found = [_product_info(p) for p in session.scalars(query)]
        return sorted(found, key=lambda p: (not p.active, p.position, p.name.casefold(), p.id))

    def product(self, product_id: int) -> ProductInfo:
        with self.db.read() as session:
            return _product_info(_get_product(session, product_id))

    # --- categories -------------------------------------------------------------------

    def add_category(self, draft: CategoryDraft, *, by: Operator) -> CategoryInfo:
        """A new category, last in the till's order; :class:`CatalogueNameTaken` if the name is used."""
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = _category_fields(draft, current_group=None)
        with self.db.write() as session:
            _require_free_category_name(session, fields.name, None)
            category = Category(position=_next_position(session, Category), active=True, **fields.columns())
            apply_category_intake(category, markdown_rule=fields.markdown_rule, price_tags=fields.price_tags)
            session.add(category)
            session.flush()
            info = _category_info(category, 0)
            self._journal(session, Event.CATEGORY_CHANGED, by, "added", _category_key(category), _shown(info))
            return info

    def update_category(self, category_id: int, draft: CategoryDraft, *, by: Operator) -> CategoryInfo:
        """Store ``draft`` as the category's fields; only what differs is changed and journalled.

        Changing the tax code changes what later sales are charged; what was
        sold keeps the rate it was sold at.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            category = _get_category(session, category_id)
            fields = _category_fields(draft, current_group=category.saft_group)
            if fields.name != category.name:
                _require_free_category_name(session, fields.name, category.id)
            before = _shown(_category_info(category, 0))
            for key, value in fields.columns().items():
                setattr(category, key, value)
            apply_category_intake(category, markdown_rule=fields.markdown_rule, price_tags=fields.price_tags)
            session.flush()
            info = _category_info(category, _product_counts(session).get(category.id, 0))
            old, new = _differences(before, _shown(info))
            if old:
                action = "renamed" if set(old) == {"name"} else "changed"
                self._journal(session, Event.CATEGORY_CHANGED, by, action, _category_key(category), new, old)
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
            target = _get_category(session, category_id)
            everything = _ordered(session, Category)
            peers = [c for c in everything if c.active and c.kind == target.kind]
            if target not in peers:
                raise CategoryRetired(target.id, target.name)
            at = peers.index(target)
            to = min(max(at + step, 0), len(peers) - 1)
            if to != at:
                _swap_along(everything, peers, at, to)
                _renumber(everything)
                self._journal(
                    session,
                    Event.CATEGORY_CHANGED,
                    by,
                    "moved",
                    _category_key(target),
                    {"place": to + 1},
                    {"place": at + 1},
                )
            return _category_info(target, _product_counts(session).get(target.id, 0))

    def set_category_order(self, category_ids: Sequence[int], *, by: Operator) -> list[CategoryInfo]:
        """Put the categories in this order (those not named keep theirs, after them). Returns all."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            everything = _ordered(session, Category)
            by_id = {c.id: c for c in everything}
            wanted = list(dict.fromkeys(category_ids))
            for category_id in wanted:
                if category_id not in by_id:
                    raise CategoryNotFound(category_id)
            order = [by_id[i] for i in wanted] + [c for c in everything if c.id not in set(wanted)]
            if order != everything:
                _renumber(order)
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
            category = _get_category(session, category_id)
            products = _product_counts(session).get(category.id, 0)
            if category.active and products:
                raise CategoryHasProducts(category.id, category.name, products)
            return self._set_category_active(session, category, False, by)

    def restore_category(self, category_id: int, *, by: Operator) -> CategoryInfo:
        """Bring a retired category back, last in the till's order."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            category = _get_category(session, category_id)
            if not category.active:
                category.position = _next_position(session, Category)
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
                _category_key(category),
                {"active": active},
                {"active": not active},
            )
        session.flush()
        return _category_info(category, _product_counts(session).get(category.id, 0))

    # --- products ---------------------------------------------------------------------

    def add_product(self, draft: ProductDraft, *, by: Operator) -> ProductInfo:
        """A new product, last on the till's café page; it keeps no stock count unless asked."""
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = _product_fields(draft)
        with self.db.write() as session:
            _require_active_category(session, fields.category_id)
            _require_free_product_name(session, fields.name, None)
            _require_free_barcode(session, fields.barcode, None)
            product = Product(
                position=_next_position(session, Product), active=True, stock=0, **fields.columns()
            )
            session.add(product)
            session.flush()
            session.refresh(product)
            info = _product_info(product)
            self._journal(session, Event.PRODUCT_CHANGED, by, "added", _product_key(product), _shown(info))
            return info

    def update_product(self, product_id: int, draft: ProductDraft, *, by: Operator) -> ProductInfo:
        """Store ``draft`` as the product's fields; only what differs is changed and journalled.

        The stock count is not set here: it goes up with goods received and
        down with sales (``receive_goods``). Turning counting on starts from
        the count the product has.
        """
        require(by.role, Action.MANAGE_CATALOGUE)
        fields = _product_fields(draft)
        with self.db.write() as session:
            product = _get_product(session, product_id)
            if fields.category_id != product.category_id:
                _require_active_category(session, fields.category_id)
            if fields.name != product.name:
                _require_free_product_name(session, fields.name, product.id)
            if fields.barcode != product.barcode:
                _require_free_barcode(session, fields.barcode, product.id)
            before = _shown(_product_info(product))
            for key, value in fields.columns().items():
                setattr(product, key, value)
            session.flush()
            session.expire(product, ["category"])
            info = _product_info(product)
            old, new = _differences(before, _shown(info))
            if old:
                action = "renamed" if set(old) == {"name"} else "changed"
                self._journal(session, Event.PRODUCT_CHANGED, by, action, _product_key(product), new, old)
            return info

    def move_product(self, product_id: int, step: int, *, by: Operator) -> ProductInfo:
        """Move a button ``step`` places among the active products (the till's café page)."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            target = _get_product(session, product_id)
            everything = _ordered(session, Product)
            peers = [p for p in everything if p.active]
            if target not in peers:
                raise ProductNotFound(target.id)
            at = peers.index(target)
            to = min(max(at + step, 0), len(peers) - 1)
            if to != at:
                _swap_along(everything, peers, at, to)
                _renumber(everything)
                self._journal(
                    session,
                    Event.PRODUCT_CHANGED,
                    by,
                    "moved",
                    _product_key(target),
                    {"place": to + 1},
                    {"place": at + 1},
                )
            return _product_info(target)

    def set_product_order(self, product_ids: Sequence[int], *, by: Operator) -> list[ProductInfo]:
        """Put the products in this order (those not named keep theirs, after them). Returns all."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            everything = _ordered(session, Product)
            by_id = {p.id: p for p in everything}
            wanted = list(dict.fromkeys(product_ids))
            for product_id in wanted:
                if product_id not in by_id:
                    raise ProductNotFound(product_id)
            order = [by_id[i] for i in wanted] + [p for p in everything if p.id not in set(wanted)]
            if order != everything:
                _renumber(order)
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
            return self._set_product_active(session, _get_product(session, product_id), False, by)

    def restore_product(self, product_id: int, *, by: Operator) -> ProductInfo:
        """Put a retired product back on the till, last; its category must be active."""
        require(by.role, Action.MANAGE_CATALOGUE)
        with self.db.write() as session:
            product = _get_product(session, product_id)
            if not product.active:
                _require_active_category(session, product.category_id)
                product.position = _next_position(session, Product)
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
                _product_key(product),
                {"active": active},
                {"active": not active},
            )
        session.flush()
        return _product_info(product)

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


# --- helpers on the caller's session ------------------------------------------------------------


@dataclass(frozen=True)
class _CategoryFields:
    """A category draft checked, in the store's form."""

    name: str
    kind: str
    default_price: int
    quick_prices: str  # JSON list of øre
    vat_code: str
    vat_rate: int
    color: str
    saft_group: str
    # The back room's choices: set with apply_category_intake, not as columns.
    markdown_rule: str
    price_tags: bool

    def columns(self) -> dict[str, object]:
        """The fields stored as they are on the category's row."""
        return {
            "name": self.name,
            "kind": self.kind,
            "default_price": self.default_price,
            "quick_prices": self.quick_prices,
            "vat_code": self.vat_code,
            "vat_rate": self.vat_rate,
            "color": self.color,
            "saft_group": self.saft_group,
        }


@dataclass(frozen=True)
class _ProductFields:
    """A product draft checked, in the store's form."""

    name: str
    category_id: int
    price: int
    vat_code: str | None
    color: str
    barcode: str | None
    track_stock: bool

    def columns(self) -> dict[str, object]:
        """The fields as the product's row stores them."""
        return {
            "name": self.name,
            "category_id": self.category_id,
            "price": self.price,
            "vat_code": self.vat_code,
            "color": self.color,
            "barcode": self.barcode,
            "track_stock": self.track_stock,
        }


def _category_fields(draft: CategoryDraft, *, current_group: str | None) -> _CategoryFields:
    """The draft checked and in the store's form (refused before anything is opened)."""
    kind = category_kind(draft.kind)
    code = tax_code(draft.vat_code)
    MarkdownRule.parse(draft.markdown_rule)  # InvalidMarkdownRule now, not half-way
    return _CategoryFields(
        name=clean_catalogue_name(draft.name, "category"),
        kind=kind.value,
        default_price=_check_default_price(draft.default_price),
        quick_prices=json.dumps(list(clean_quick_prices(draft.quick_prices))),
        vat_code=code.value,
        vat_rate=int(code.rate),
        color=clean_color(draft.color),
        saft_group=_saft_group(draft.saft_group, kind, current_group),
        markdown_rule=draft.markdown_rule,
        price_tags=bool(draft.price_tags),
    )


def _product_fields(draft: ProductDraft) -> _ProductFields:
    check_price(draft.price)
    if not isinstance(draft.category_id, int) or isinstance(draft.category_id, bool):
        raise CategoryNotFound(-1)
    return _ProductFields(
        name=clean_catalogue_name(draft.name, "product"),
        category_id=draft.category_id,
        price=draft.price,
        vat_code=None if draft.vat_code is None or draft.vat_code == "" else tax_code(draft.vat_code).value,
        color=clean_color(draft.color),
        barcode=clean_barcode(draft.barcode),
        track_stock=bool(draft.track_stock),
    )


def _category_info(category: Category, products: int) -> CategoryInfo:
    return CategoryInfo(
        id=category.id,
        name=category.name,
        kind=CategoryKind(category.kind),
        default_price=category.default_price,
        quick_prices=quick_prices_of(category.quick_prices),
        vat_code=TaxCode(category.vat_code),
        color=category.color,
        position=category.position,
        active=bool(category.active),
        markdown_rule=category.markdown_rule,
        price_tags=bool(category.price_tags),
        saft_group=category.saft_group,
        products=products,
    )


def _product_info(product: Product) -> ProductInfo:
    category = product.category
    return ProductInfo(
        id=product.id,
        name=product.name,
        category_id=product.category_id,
        category_name=category.name,
        category_vat_code=TaxCode(category.vat_code),
        price=product.price,
        vat_code=TaxCode(product.vat_code) if product.vat_code else None,
        color=product.color,
        position=product.position,
        barcode=product.barcode,
        track_stock=bool(product.track_stock),
        stock=product.stock,
        active=bool(product.active),
    )


def _shown(info: CategoryInfo | ProductInfo) -> dict[str, Any]:
    """What a journal entry tells of a category or product (plain JSON values)."""
    if isinstance(info, CategoryInfo):
        return {
            "name": info.name,
            "kind": info.kind.value,
            "default_price": info.default_price,
            "quick_prices": list(info.quick_prices),
            "vat_code": info.vat_code.value,
            "color": info.color,
            "saft_group": info.saft_group,
            "markdown_rule": info.markdown_rule,
            "price_tags": info.price_tags,
        }
    return {
        "name": info.name,
        "category": info.category_name,
        "price": info.price,
        "vat_code": info.vat_code.value if info.vat_code else None,
        "color": info.color,
        "barcode": info.barcode,
        "track_stock": info.track_stock,
    }


def _differences(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    changed = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def _category_key(category: Category) -> dict[str, Any]:
    return {"category": category.name, "category_id": category.id}


def _product_key(product: Product) -> dict[str, Any]:
    return {"product": product.name, "product_id": product.id}


def _get_category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise CategoryNotFound(category_id)
    return category


def _get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise ProductNotFound(product_id)
    return product


def _require_active_category(session: Session, category_id: int) -> Category:
    category = _get_category(session, category_id)
    if not category.active:
        raise CategoryRetired(category.id, category.name)
    return category


def _product_counts(session: Session) -> dict[int, int]:
    """Category id → how many active products are in it."""
    return dict(
        session.execute(
            select(Product.category_id, func.count())
            .where(Product.active.is_(True))
            .group_by(Product.category_id)
        ).all()
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _require_free_category_name(session: Session, name: str, own_id: int | None) -> None:
    for other_id, other_name, active in session.execute(select(Category.id, Category.name, Category.active)):
        if other_id != own_id and _same(other_name, name):
            raise CatalogueNameTaken("category", other_name, other_id, bool(active))


def _require_free_product_name(session: Session, name: str, own_id: int | None) -> None:
    for other_id, other_name, active in session.execute(select(Product.id, Product.name, Product.active)):
        if other_id != own_id and _same(other_name, name):
            raise CatalogueNameTaken("product", other_name, other_id, bool(active))


def _require_free_barcode(session: Session, barcode: str | None, own_id: int | None) -> None:
    if barcode is None:
        return
    wanted = normalize_scan(barcode)
    for other_id, other_code, other_name in session.execute(
        select(Product.id, Product.barcode, Product.name).where(Product.barcode.is_not(None))
    ):
        if other_id != own_id and other_code is not None and normalize_scan(other_code) == wanted:
            raise BarcodeTaken(barcode, other_id, other_name)


def _next_position(session: Session, model: type[Category] | type[Product]) -> int:
    highest = session.scalar(select(func.max(model.position)))
    return 0 if highest is None else int(highest) + 1


def _ordered(session: Session, model: type[Category] | type[Product]) -> list[Any]:
    """Every row in the till's order: active first, then by position, name and id."""
    rows = list(session.scalars(select(model)))
    return sorted(rows, key=lambda r: (not r.active, r.position, r.name.casefold(), r.id))


def _swap_along(everything: list[Any], peers: list[Any], at: int, to: int) -> None:
    """Move ``peers[at]`` to ``peers[to]`` inside ``everything``, others keeping their places."""
    moved = peers[at]
    shifted = peers[:at] + peers[at + 1 :]
    shifted.insert(to, moved)
    slots = [everything.index(p) for p in peers]
    for slot, row in zip(slots, shifted, strict=True):
        everything[slot] = row


def _renumber(order: list[Any]) -> None:
    for position, row in enumerate(order):
        if row.position != position:
            row.position = position
