"""The set-up file's format: its entries, read and checked whole (no database opened here).

A set-up file (``bruktpos setup export`` / ``import``, :mod:`bruktpos.services.setup_file`)
holds a shop's categories, products, registers and people (never PINs). It is
TOML (as exported; comments welcome) or JSON, the same fields in both::

    bruktpos_setup = 1

    [[categories]]             # in the till's order
    name = "Klær dame"
    kind = "goods"             # goods | cafe
    tax_code = "3"             # SAF-T standard tax code: 3, 31, 33, 5 or 6
    default_price = "0"        # kroner, as text ("49,50") or whole kroner (50)
    quick_prices = ["50", "100", "150"]
    color = "#5b7083"
    markdown = "28:30,56:50;pull:84"
    price_tags = false
    active = true              # false: retired (hidden, never deleted)

    [[products]]
    name = "Kaffe"
    category = "Kafé"
    price = "25,00"
    tax_code = ""              # "" or left out: the category's
    color = "#8a5a44"
    barcode = ""
    track_stock = false
    active = true

    [[registers]]
    code = "K2"
    name = "Kasse 2"

    [[people]]
    name = "Kari"
    role = "cashier"           # cashier | leader | admin
    active = true

Prices are never floats: ``49.5`` in a file is refused. :func:`read_setup`
checks the whole file before anything is done with it; a problem raises
:class:`SetupFileError` with the line it is on.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bruktpos.domain.catalogue import (
    DEFAULT_CATEGORY_COLOR,
    DEFAULT_PRODUCT_COLOR,
    CategoryDraft,
    CategoryInfo,
    CategoryKind,
)
from bruktpos.domain.errors import BruktError, InvalidAmount
from bruktpos.domain.money import parse_money
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import TaxCode

FORMAT = 1
SECTIONS = ("categories", "products", "registers", "people")


class SetupFileError(Exception):
    """A set-up file that cannot be used; ``line`` (1-based) where it is, when known.

    ``refused``: the rule of a service that refused an entry (the command line
    words it); ``message`` then names the entry.
    """

    def __init__(self, message: str, line: int | None = None, refused: BruktError | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.refused = refused

    def where(self, name: str) -> str:
        """``FILE:LINE: message`` (the way compilers say it, so editors jump there)."""
        return f"{name}:{self.line}: {self.message}" if self.line else f"{name}: {self.message}"


@dataclass(frozen=True)
class CategoryEntry:
    line: int
    name: str
    kind: CategoryKind
    tax_code: TaxCode
    default_price: int
    quick_prices: tuple[int, ...]
    color: str
    markdown: str
    price_tags: bool
    active: bool

    def draft(self, current: CategoryInfo | None) -> CategoryDraft:
        return CategoryDraft(
            name=self.name,
            kind=self.kind,
            default_price=self.default_price,
            quick_prices=self.quick_prices,
            vat_code=self.tax_code,
            color=self.color,
            markdown_rule=self.markdown,
            price_tags=self.price_tags,
            saft_group=None if current is None else current.saft_group,
        )


@dataclass(frozen=True)
class ProductEntry:
    line: int
    name: str
    category: str
    price: int
    tax_code: TaxCode | None
    color: str
    barcode: str | None
    track_stock: bool
    active: bool


@dataclass(frozen=True)
class RegisterEntry:
    line: int
    code: str
    name: str


@dataclass(frozen=True)
class PersonEntry:
    line: int
    name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class SetupFile:
    categories: tuple[CategoryEntry, ...] = ()
    products: tuple[ProductEntry, ...] = ()
    registers: tuple[RegisterEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()


# --- reading ------------------------------------------------------------------------------


def read_setup(text: str, *, json_format: bool = False) -> SetupFile:
    """The file's contents, checked; :class:`SetupFileError` (with its line) for the first fault."""
    if json_format:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise SetupFileError(
                f"not valid JSON: {error.msg} (column {error.colno})", error.lineno
            ) from None
        lines = _json_lines(text)
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
            message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
            line = int(found.group(1)) if found else None
            column = f" (column {found.group(2)})" if found else ""
            raise SetupFileError(f"not valid TOML: {message}{column}", line) from None
        lines = _toml_lines(text)
    return _Checker(lines).setup(data)


def _toml_lines(text: str) -> Callable[[tuple[Any, ...]], int | None]:
    """Where a path (``("categories", 2, "price")``) is in a TOML file written with [[tables]]."""
    rows = text.splitlines()

    def locate(path: tuple[Any, ...]) -> int | None:
        if not path:
            return None
        section = path[0]
        header = re.compile(rf"^\s*\[\[\s*{re.escape(str(section))}\s*\]\]")
        starts = [n for n, row in enumerate(rows) if header.match(row)]
        if len(path) >= 2 and isinstance(path[1], int) and path[1] < len(starts):
            start = starts[path[1]]
            if len(path) >= 3:
                key = re.compile(rf"^\s*{re.escape(str(path[2]))}\s*=")
                for n in range(start + 1, len(rows)):
                    if re.match(r"^\s*\[", rows[n]):
                        break
                    if key.match(rows[n]):
                        return n + 1
            return start + 1
        key = re.compile(rf"^\s*{re.escape(str(section))}\s*=")
        found = next((n for n, row in enumerate(rows) if key.match(row)), None)
        if found is None:
            return starts[0] + 1 if starts else None
        if len(path) >= 2 and isinstance(path[1], int):
            # An array of inline tables, one per line, as short sections are exported:
            # people = [
            #     { name = "Kari", role = "leader", active = true },
            entries = []
            for n in range(found + 1, len(rows)):
                if re.match(r"^\s*\]", rows[n]):
                    break
                if re.match(r"^\s*\{", rows[n]):
                    entries.append(n)
            if path[1] < len(entries):
                return entries[path[1]] + 1
        return found + 1

    return locate


def _json_lines(text: str) -> Callable[[tuple[Any, ...]], int | None]:
    """Where each value of a (valid) JSON text starts, by path."""
    where: dict[tuple[Any, ...], int] = {}
    decoder = json.JSONDecoder()
    blank = re.compile(r"[ \t\n\r]*")

    def skip(i: int) -> int:
        return blank.match(text, i).end()  # type: ignore[union-attr]  # never None: the pattern matches the empty string

    def value(i: int, path: tuple[Any, ...]) -> int:
        i = skip(i)
        where[path] = text.count("\n", 0, i) + 1
        if text[i] == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, i = json.decoder.scanstring(text, skip(i) + 1)  # type: ignore[attr-defined]  # public in json.decoder, missing from typeshed
                i = value(skip(i) + 1, (*path, key))  # past the ':'
                i = skip(i)
                if text[i] == "}":
                    return i + 1
                i += 1  # ','
        if text[i] == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = skip(value(i, (*path, n)))
                n += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        return decoder.raw_decode(text, i)[1]

    value(0, ())

    def locate(path: tuple[Any, ...]) -> int | None:
        while path and path not in where:
            path = path[:-1]
        return where.get(path)

    return locate


@dataclass
class _Checker:
    """Turns the parsed file into entries, refusing the first thing that is wrong, with its line."""

    locate: Callable[[tuple[Any, ...]], int | None]
    seen: dict[str, set[str]] = field(default_factory=dict)

    def fail(self, path: tuple[Any, ...], message: str) -> SetupFileError:
        return SetupFileError(message, self.locate(path))

    def setup(self, data: Any) -> SetupFile:
        if not isinstance(data, dict):
            raise self.fail((), "the file must hold a table of sections (categories, products …)")
        version = data.get("bruktpos_setup")
        if version != FORMAT:
            raise self.fail(
                ("bruktpos_setup",),
                f"not a BruktPOS set-up file of format {FORMAT}: it must say bruktpos_setup = {FORMAT}",
            )
        unknown = sorted(set(data) - {*SECTIONS, "bruktpos_setup"})
        if unknown:
            raise self.fail((unknown[0],), f"unknown section {unknown[0]!r}; known: {', '.join(SECTIONS)}")
        return SetupFile(
            categories=tuple(self.each(data, "categories", self.category)),
            products=tuple(self.each(data, "products", self.product)),
            registers=tuple(self.each(data, "registers", self.register)),
            people=tuple(self.each(data, "people", self.person)),
        )

    def each(
        self, data: dict[str, Any], section: str, make: Callable[[dict[str, Any], tuple[Any, ...]], Any]
    ) -> Iterable[Any]:
        entries = data.get(section, [])
        if not isinstance(entries, list):
            raise self.fail((section,), f"{section} must be a list of tables ([[{section}]] in TOML)")
        for n, entry in enumerate(entries):
            path = (section, n)
            if not isinstance(entry, dict):
                raise self.fail(path, f"each of {section} must be a table of fields")
            yield make(entry, path)

    def fields(self, entry: dict[str, Any], path: tuple[Any, ...], known: set[str]) -> None:
        unknown = sorted(set(entry) - known)
        if unknown:
            raise self.fail(
                (*path, unknown[0]), f"unknown field {unknown[0]!r}; known: {', '.join(sorted(known))}"
            )

    def text(self, entry: dict[str, Any], path: tuple[Any, ...], key: str, default: str | None = None) -> str:
        value = entry.get(key, default)
        if value is None:
            raise self.fail(path, f"{key} is missing")
        if not isinstance(value, str):
            raise self.fail((*path, key), f"{key} must be text in quotes")
        return value.strip()

    def flag(self, entry: dict[str, Any], path: tuple[Any, ...], key: str, default: bool) -> bool:
        value = entry.get(key, default)
        if not isinstance(value, bool):
            raise self.fail((*path, key), f"{key} must be true or false")
        return value

    def money(self, value: Any, path: tuple[Any, ...], key: str) -> int:
        if isinstance(value, (bool, float)):
            raise self.fail(path, f'{key}: write kroner as text, "49,50", or whole kroner, 49 (never 49.5)')
        if isinstance(value, int):
            value = str(value)
        if not isinstance(value, str):
            raise self.fail(path, f'{key}: write kroner as text, "49,50", or whole kroner, 49')
        try:
            ore = parse_money(value)
        except InvalidAmount:
            raise self.fail(path, f'{key}: {value!r} is not an amount in kroner, e.g. "49,50"') from None
        if ore < 0:
            raise self.fail(path, f"{key} cannot be below zero")
        return ore

    def tax(self, entry: dict[str, Any], path: tuple[Any, ...], default: str | None) -> TaxCode | None:
        value = entry.get("tax_code", default)
        if value is None or value == "":
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise self.fail((*path, "tax_code"), "tax_code must be a SAF-T code in quotes: 3, 31, 33, 5 or 6")
        try:
            return TaxCode(str(value).strip())
        except ValueError:
            raise self.fail(
                (*path, "tax_code"),
                f"tax_code {value!r} is not one a sale can have: 3 (25 %), 31 (15 %), 33 (12 %), "
                "5 (zero-rated) or 6 (outside the VAT Act)",
            ) from None

    def unique(self, section: str, name: str, path: tuple[Any, ...], key: str = "name") -> str:
        folded = " ".join(name.split()).casefold()
        if not folded:
            raise self.fail((*path, key), f"{key} must not be empty")
        seen = self.seen.setdefault(section, set())
        if folded in seen:
            raise self.fail((*path, key), f"{name!r} is in {section} twice")
        seen.add(folded)
        return " ".join(name.split())

    def category(self, entry: dict[str, Any], path: tuple[Any, ...]) -> CategoryEntry:
        known = {
            "name",
            "kind",
            "tax_code",
            "default_price",
            "quick_prices",
            "color",
            "markdown",
            "price_tags",
            "active",
        }
        self.fields(entry, path, known)
        name = self.unique("categories", self.text(entry, path, "name"), path)
        kind_text = self.text(entry, path, "kind", "goods")
        try:
            kind = CategoryKind(kind_text)
        except ValueError:
            raise self.fail((*path, "kind"), f"kind must be goods or cafe, not {kind_text!r}") from None
        quick = entry.get("quick_prices", [])
        if not isinstance(quick, list):
            raise self.fail((*path, "quick_prices"), 'quick_prices must be a list, e.g. ["20", "50", "100"]')
        return CategoryEntry(
            line=self.locate(path) or 0,
            name=name,
            kind=kind,
            tax_code=self.tax(entry, path, "3") or TaxCode.STANDARD,
            default_price=self.money(
                entry.get("default_price", "0"), (*path, "default_price"), "default_price"
            ),
            quick_prices=tuple(
                self.money(price, (*path, "quick_prices", n), "quick_prices") for n, price in enumerate(quick)
            ),
            color=self.text(entry, path, "color", DEFAULT_CATEGORY_COLOR),
            markdown=self.text(entry, path, "markdown", ""),
            price_tags=self.flag(entry, path, "price_tags", False),
            active=self.flag(entry, path, "active", True),
        )

    def product(self, entry: dict[str, Any], path: tuple[Any, ...]) -> ProductEntry:
        known = {"name", "category", "price", "tax_code", "color", "barcode", "track_stock", "active"}
        self.fields(entry, path, known)
        if "price" not in entry:
            raise self.fail(path, "price is missing")
        barcode = self.text(entry, path, "barcode", "")
        return ProductEntry(
            line=self.locate(path) or 0,
            name=self.unique("products", self.text(entry, path, "name"), path),
            category=self.text(entry, path, "category"),
            price=self.money(entry["price"], (*path, "price"), "price"),
            tax_code=self.tax(entry, path, None),
            color=self.text(entry, path, "color", DEFAULT_PRODUCT_COLOR),
            barcode=barcode or None,
            track_stock=self.flag(entry, path, "track_stock", False),
            active=self.flag(entry, path, "active", True),
        )

    def register(self, entry: dict[str, Any], path: tuple[Any, ...]) -> RegisterEntry:
        self.fields(entry, path, {"code", "name"})
        code = self.unique("registers", self.text(entry, path, "code"), path, "code").upper()
        return RegisterEntry(self.locate(path) or 0, code, self.text(entry, path, "name", code))

    def person(self, entry: dict[str, Any], path: tuple[Any, ...]) -> PersonEntry:
        self.fields(entry, path, {"name", "role", "active"})
        role_text = self.text(entry, path, "role", "cashier")
        try:
            role = Role(role_text)
        except ValueError:
            raise self.fail(
                (*path, "role"), f"role must be cashier, leader or admin, not {role_text!r}"
            ) from None
        return PersonEntry(
            self.locate(path) or 0,
            self.unique("people", self.text(entry, path, "name"), path),
            role,
            self.flag(entry, path, "active", True),
        )
