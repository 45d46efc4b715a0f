"""The catalogue's rules and shapes: categories and products as a leader sets them, checked.

A **category** (Klær dame, Bøker, Kafé …) is what the till's category buttons
sell at a typed price, what every item and donation is filed under, and where
VAT is decided: a SAF-T standard tax code (:class:`~bruktpos.domain.vat.TaxCode`;
``vat_rate`` is kept equal to the code's rate, since reports and checkout read
it). A **product** (Kaffe, Vaffel, Handlenett …) is a fixed-price button on
the till's café page, in a category, with its own tax code or the category's.

Here are what a field may hold, and the till's order; pure, so a screen can
check before it asks and a set-up file is checked the same way:

- names are non-empty, at most :data:`MAX_NAME` characters
  (:func:`clean_catalogue_name`);
- prices are whole øre: a category's default price may be 0 (none), a
  product's price must be more than 0; quick prices (the price keypad's ready
  amounts) are at most :data:`MAX_QUICK_PRICES`, each more than 0;
- a product's barcode is never one of the shop's own in-store codes.

The rules that need the stored catalogue (names differ from every other,
nothing is deleted, only a leader changes it, every change journalled) are
:class:`bruktpos.services.catalogue.CatalogueService`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bruktpos.domain.cart import MAX_UNIT_PRICE, check_price
from bruktpos.domain.codes import is_item_code, normalize_scan
from bruktpos.domain.errors import (
    InvalidBarcode,
    InvalidCatalogueName,
    InvalidCategoryKind,
    InvalidColor,
    InvalidPrice,
    InvalidSaftGroup,
    InvalidTaxCode,
    TooManyQuickPrices,
)
from bruktpos.domain.money import ORE_PER_KRONE, parse_money
from bruktpos.domain.vat import TaxCode

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
    max_weight_grams: int = 0  # the usual most in one donation line; 0 = no limit


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
    max_weight_grams: int = 0

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
            max_weight_grams=self.max_weight_grams,
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


def saft_group(value: str | None, kind: CategoryKind, current: str | None) -> str:
    """The SAF-T article group asked for; none given: ``current``, else the kind's usual one."""
    if value is None or not str(value).strip():
        return current or DEFAULT_SAFT_GROUP[kind]
    text = str(value).strip()
    if text not in SAFT_GROUPS:
        raise InvalidSaftGroup(text)
    return text


def check_default_price(price: int) -> int:
    """A category's default price: whole øre, 0 (none) up to the till's highest price."""
    if not isinstance(price, int) or isinstance(price, bool) or not 0 <= price <= MAX_UNIT_PRICE:
        raise InvalidPrice(price if isinstance(price, int) else -1, MAX_UNIT_PRICE)
    return price


# --- the till's order ------------------------------------------------------------------------


class Placed(Protocol):
    """A category or product (stored, or as read): what the till's order looks at."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def active(self) -> bool: ...


def till_order(entry: Placed) -> tuple[bool, int, str, int]:
    """Sort key of the till's order: active first, then by position, name (any case) and id."""
    return (not entry.active, entry.position, entry.name.casefold(), entry.id)
