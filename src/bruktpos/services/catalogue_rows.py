"""The catalogue on the caller's session, for :class:`~bruktpos.services.catalogue.CatalogueService`.

Drafts checked into the store's form, rows read back as the frozen
:mod:`bruktpos.domain.catalogue` dataclasses (and as the journal tells them),
the look-ups and refusals that need the stored catalogue, and the till's
order: moving and reordering rows. Nothing here opens a transaction or checks
a permission; the service does both around these.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bruktpos.domain.cart import check_price
from bruktpos.domain.catalogue import (
    CategoryDraft,
    CategoryInfo,
    CategoryKind,
    ProductDraft,
    ProductInfo,
    category_kind,
    check_default_price,
    clean_barcode,
    clean_catalogue_name,
    clean_color,
    clean_quick_prices,
    saft_group,
    tax_code,
    till_order,
)
from bruktpos.domain.codes import normalize_scan
from bruktpos.domain.errors import (
    BarcodeTaken,
    BruktError,
    CatalogueNameTaken,
    CategoryNotFound,
    CategoryRetired,
    InvalidWeight,
    ProductNotFound,
)
from bruktpos.domain.markdown import MarkdownRule
from bruktpos.domain.people import same_name
from bruktpos.domain.vat import TaxCode
from bruktpos.services.intake import MAX_WEIGHT_GRAMS
from bruktpos.services.shop import quick_prices_of
from bruktpos.store.models import Category, Product

# A category or product row: what the till's order and the moves work on.
Row = TypeVar("Row", Category, Product)


@dataclass(frozen=True)
class CategoryFields:
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
    max_weight_grams: int = 0

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
            "max_weight_grams": self.max_weight_grams,
        }


@dataclass(frozen=True)
class ProductFields:
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


def category_fields(draft: CategoryDraft, *, current_group: str | None) -> CategoryFields:
    """The draft checked and in the store's form (refused before anything is opened)."""
    kind = category_kind(draft.kind)
    code = tax_code(draft.vat_code)
    MarkdownRule.parse(draft.markdown_rule)  # InvalidMarkdownRule now, not half-way
    return CategoryFields(
        name=clean_catalogue_name(draft.name, "category"),
        kind=kind.value,
        default_price=check_default_price(draft.default_price),
        quick_prices=json.dumps(list(clean_quick_prices(draft.quick_prices))),
        vat_code=code.value,
        vat_rate=int(code.rate),
        color=clean_color(draft.color),
        saft_group=saft_group(draft.saft_group, kind, current_group),
        markdown_rule=draft.markdown_rule,
        price_tags=bool(draft.price_tags),
        max_weight_grams=check_weight_limit(draft.max_weight_grams),
    )


def check_weight_limit(grams: int) -> int:
    """A category's weight limit (grams, 0 = none): :class:`InvalidWeight` unless 0 to two tonnes."""
    if not isinstance(grams, int) or isinstance(grams, bool) or not 0 <= grams <= MAX_WEIGHT_GRAMS:
        raise InvalidWeight(grams if isinstance(grams, int) else -1, MAX_WEIGHT_GRAMS)
    return grams


def product_fields(draft: ProductDraft) -> ProductFields:
    check_price(draft.price)
    if not isinstance(draft.category_id, int) or isinstance(draft.category_id, bool):
        raise CategoryNotFound(-1)
    return ProductFields(
        name=clean_catalogue_name(draft.name, "product"),
        category_id=draft.category_id,
        price=draft.price,
        vat_code=None if draft.vat_code is None or draft.vat_code == "" else tax_code(draft.vat_code).value,
        color=clean_color(draft.color),
        barcode=clean_barcode(draft.barcode),
        track_stock=bool(draft.track_stock),
    )


def category_info(category: Category, products: int) -> CategoryInfo:
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
        max_weight_grams=category.max_weight_grams or 0,
    )


def product_info(product: Product) -> ProductInfo:
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


def shown(info: CategoryInfo | ProductInfo) -> dict[str, Any]:
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
            "max_weight_grams": info.max_weight_grams,
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


def differences(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    changed = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in changed}, {k: after[k] for k in changed}


def category_key(category: Category) -> dict[str, Any]:
    return {"category": category.name, "category_id": category.id}


def product_key(product: Product) -> dict[str, Any]:
    return {"product": product.name, "product_id": product.id}


def get_category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise CategoryNotFound(category_id)
    return category


def get_product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise ProductNotFound(product_id)
    return product


def require_active_category(session: Session, category_id: int) -> Category:
    category = get_category(session, category_id)
    if not category.active:
        raise CategoryRetired(category.id, category.name)
    return category


def product_counts(session: Session) -> dict[int, int]:
    """Category id → how many active products are in it."""
    return dict(
        session.execute(
            select(Product.category_id, func.count())
            .where(Product.active.is_(True))
            .group_by(Product.category_id)
        ).all()
    )


def require_free_category_name(session: Session, name: str, own_id: int | None) -> None:
    for other_id, other_name, active in session.execute(select(Category.id, Category.name, Category.active)):
        if other_id != own_id and same_name(other_name, name):
            raise CatalogueNameTaken("category", other_name, other_id, bool(active))


def require_free_product_name(session: Session, name: str, own_id: int | None) -> None:
    for other_id, other_name, active in session.execute(select(Product.id, Product.name, Product.active)):
        if other_id != own_id and same_name(other_name, name):
            raise CatalogueNameTaken("product", other_name, other_id, bool(active))


def require_free_barcode(session: Session, barcode: str | None, own_id: int | None) -> None:
    if barcode is None:
        return
    wanted = normalize_scan(barcode)
    for other_id, other_code, other_name in session.execute(
        select(Product.id, Product.barcode, Product.name).where(Product.barcode.is_not(None))
    ):
        if other_id != own_id and other_code is not None and normalize_scan(other_code) == wanted:
            raise BarcodeTaken(barcode, other_id, other_name)


def next_position(session: Session, model: type[Category] | type[Product]) -> int:
    highest = session.scalar(select(func.max(model.position)))
    return 0 if highest is None else int(highest) + 1


def ordered(session: Session, model: type[Row]) -> list[Row]:
    """Every row in the till's order: active first, then by position, name and id."""
    return sorted(session.scalars(select(model)), key=till_order)


def move_among(everything: list[Row], peers: list[Row], target: Row, step: int) -> tuple[int, int]:
    """Move ``target`` ``step`` places among ``peers`` (kept within them), renumbering ``everything``.

    Returns its place before and after (0-based; the same when it could not move).
    """
    at = peers.index(target)
    to = min(max(at + step, 0), len(peers) - 1)
    if to != at:
        swap_along(everything, peers, at, to)
        renumber(everything)
    return at, to


def put_in_order(
    everything: list[Row], row_ids: Sequence[int], missing: Callable[[int], BruktError]
) -> list[Row]:
    """The rows of ``row_ids`` first, in that order, then the others in theirs; renumbered if it differs.

    An id that is not a row raises ``missing(id)`` before anything changes.
    """
    by_id = {row.id: row for row in everything}
    wanted = list(dict.fromkeys(row_ids))
    for row_id in wanted:
        if row_id not in by_id:
            raise missing(row_id)
    order = [by_id[i] for i in wanted] + [row for row in everything if row.id not in set(wanted)]
    if order != everything:
        renumber(order)
    return order


def swap_along(everything: list[Row], peers: list[Row], at: int, to: int) -> None:
    """Move ``peers[at]`` to ``peers[to]`` inside ``everything``, others keeping their places."""
    moved = peers[at]
    shifted = peers[:at] + peers[at + 1 :]
    shifted.insert(to, moved)
    slots = [everything.index(p) for p in peers]
    for slot, row in zip(slots, shifted, strict=True):
        everything[slot] = row


def renumber(order: list[Row]) -> None:
    for position, row in enumerate(order):
        if row.position != position:
            row.position = position
