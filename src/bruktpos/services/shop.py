"""Setting up a shop, its registers, and reading its facts and catalogue.

The shop's facts (name, organisation number, address, phone, VAT
registration) and the receipt texts are checked here, once, for the setup,
the "Butikken" screen (:mod:`bruktpos.services.shop_details`) and the
command line alike: :func:`clean_details` and :func:`clean_setting` raise
:class:`InvalidShopDetail` naming the field. A register (the first one at
the setup, more later with :func:`add_register`) always comes with its own
signing key, so its receipts form a signature chain of their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from collections.abc import Sequence as Seq
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bruktpos.domain.codes import MAX_SHOP_NUMBER, make_item_code
from bruktpos.domain.errors import InvalidRegister, InvalidShopDetail, NotSetUp, RegisterTaken
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, Role, require

# re-exported: the ui reads them from here
from bruktpos.domain.shop import RegisterInfo as RegisterInfo
from bruktpos.domain.shop import ShopDetails as ShopDetails
from bruktpos.domain.shop import ShopInfo as ShopInfo
from bruktpos.domain.vat import TaxCode, VatRate
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.settings import SETTINGS, store_setting, stored_setting
from bruktpos.services.users import UserService, hash_pin
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.keyfile import write_key
from bruktpos.store.models import (
    Category,
    Product,
    Register,
    Sequence,
    Shop,
    SigningKey,
)
from bruktpos.store.signing import RSA_SHA1, KeyMaterial, generate_key

ORG_NUMBER = re.compile(r"^\d{9}$")
POSTCODE = re.compile(r"^\d{4}$")
PHONE = re.compile(r"^\+?[0-9 ]{5,20}$")
# The chapter hub's code for the shop: "OSLO-1", "S007" (a subset of what the hub accepts).
SHOP_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,19}$")
REGISTER_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]*$")

# Longest texts, as the shop table holds them.
MAX_NAME = 120
MAX_SHORT_NAME = 40
MAX_ADDRESS = 200
MAX_CITY = 80
MAX_PHONE = 20
MIN_VIPPS, MAX_VIPPS = 4, 8  # digits of a Vipps number (a shop's is usually 5 or 6)
MAX_REGISTER_CODE = 20
MAX_REGISTER_NAME = 80
# The receipt's own texts: a few lines each, each fitting 80 mm paper (58 mm wraps them).
MAX_RECEIPT_LINES = 4
MAX_RECEIPT_LINE = 42
RECEIPT_TEXTS = ("receipt_header", "receipt_footer")

FIRST_REGISTER_CODE = "K1"
FIRST_REGISTER_NAME = "Kasse 1"


def valid_org_number(text: str) -> bool:
    """A Norwegian organisation number: nine digits with a mod-11 check digit."""
    if not ORG_NUMBER.match(text):
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(text[:8], weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(text[8])


# --- the rules for the shop's facts and texts ---------------------------------------


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _bounded(field: str, text: str, maximum: int, *, required: bool = False) -> str:
    cleaned = _one_line(text)
    if (required and not cleaned) or len(cleaned) > maximum:
        raise InvalidShopDetail(field, cleaned, 1 if required else 0, maximum)
    return cleaned


def clean_org_number(text: str) -> str:
    """The nine digits of an organisation number typed as "999 999 999"; else :class:`InvalidShopDetail`."""
    digits = re.sub(r"\s", "", str(text))
    if not valid_org_number(digits):
        raise InvalidShopDetail(InvalidShopDetail.ORG_NUMBER, digits, 9, 9)
    return digits


def clean_phone(text: str) -> str:
    """A phone number as it will be printed ("" for none): digits and spaces, perhaps a + first."""
    phone = _one_line(text)
    if phone and (len(phone) > MAX_PHONE or not PHONE.match(phone)):
        raise InvalidShopDetail(InvalidShopDetail.PHONE, phone, 5, MAX_PHONE)
    return phone


def clean_details(details: ShopDetails) -> ShopDetails:
    """``details`` as stored (spaces tidied, the short name filled in), or :class:`InvalidShopDetail`."""
    name = _bounded(InvalidShopDetail.NAME, details.name, MAX_NAME, required=True)
    short_name = _one_line(details.short_name)
    if len(short_name) > MAX_SHORT_NAME:
        raise InvalidShopDetail(InvalidShopDetail.SHORT_NAME, short_name, 0, MAX_SHORT_NAME)
    postcode = _one_line(details.postcode)
    if postcode and not POSTCODE.match(postcode):
        raise InvalidShopDetail(InvalidShopDetail.POSTCODE, postcode, 4, 4)
    return replace(
        details,
        name=name,
        short_name=short_name or name[:MAX_SHORT_NAME].strip(),
        org_number=clean_org_number(details.org_number),
        address=_bounded(InvalidShopDetail.ADDRESS, details.address, MAX_ADDRESS),
        postcode=postcode,
        city=_bounded(InvalidShopDetail.CITY, details.city, MAX_CITY),
        phone=clean_phone(details.phone),
        vat_registered=bool(details.vat_registered),
    )


def clean_receipt_text(field: str, text: str) -> str:
    """A receipt header or footer: at most four lines of 42 characters, blank lines at the ends dropped."""
    lines = [line.strip() for line in str(text).splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) > MAX_RECEIPT_LINES or any(len(line) > MAX_RECEIPT_LINE for line in lines):
        raise InvalidShopDetail(field, str(text), MAX_RECEIPT_LINES, MAX_RECEIPT_LINE)
    return "\n".join(lines)


def clean_shop_code(text: str) -> str:
    """The chapter hub's code for the shop, upper-cased ("" = "S" + the shop number, the default)."""
    code = str(text).strip().upper()
    if code and not SHOP_CODE.match(code):
        raise InvalidShopDetail(InvalidShopDetail.SHOP_CODE, code, 2, 20)
    return code


def clean_vipps_number(text: str) -> str:
    """The shop's Vipps number as it is stored, digits only ("" for none); spaces are let go."""
    number = "".join(str(text).split())
    if number and not (number.isdigit() and MIN_VIPPS <= len(number) <= MAX_VIPPS):
        raise InvalidShopDetail(InvalidShopDetail.VIPPS_NUMBER, number, MIN_VIPPS, MAX_VIPPS)
    return number


def clean_setting(name: str, value: Any) -> Any:
    """A setting of the shop's details as it will be stored; :class:`InvalidShopDetail` if it does not fit.

    Other settings are only checked against their :class:`SettingSpec`
    (``ValueError``).
    """
    spec = SETTINGS[name]
    if name in RECEIPT_TEXTS:
        return clean_receipt_text(name, value)
    if name == "hub_shop_code":
        return clean_shop_code(value)
    if name == InvalidShopDetail.VIPPS_NUMBER:
        return clean_vipps_number(value)
    if name in (InvalidShopDetail.VOUCHER_DAYS, InvalidShopDetail.CASH_LIMIT):
        try:
            return spec.check(value)
        except ValueError:
            raise InvalidShopDetail(name, str(value), spec.minimum or 0, spec.maximum or 0) from None
    return spec.check(value)


# --- setting up ----------------------------------------------------------------------


def set_up_shop(
    db: Database,
    details: ShopDetails,
    *,
    admin_name: str,
    admin_pin: str,
    register_code: str = FIRST_REGISTER_CODE,
    register_name: str = FIRST_REGISTER_NAME,
    signature_algorithm: str = RSA_SHA1,
    clock: Clock = local_now,
    settings: Mapping[str, Any] | None = None,
) -> tuple[ShopInfo, RegisterInfo]:
    """Create the shop, its first register with a signing key, the first admin and the shop's settings.

    ``settings`` (name → value, e.g. ``receipt_header``, ``voucher_valid_days``)
    are stored in the same transaction, each journalled as set by the new
    administrator. Facts or settings that do not fit raise
    :class:`InvalidShopDetail` (or :class:`InvalidRegister`) and nothing is
    written; a database that already has a shop raises ``ValueError``.
    """
    details = clean_details(details)
    chosen = {name: clean_setting(name, value) for name, value in (settings or {}).items()}
    register_code, register_name = clean_register(register_code, register_name)
    if not 0 <= details.shop_number <= MAX_SHOP_NUMBER:
        raise ValueError("shop number must be 0–999")
    key = generate_key(signature_algorithm)
    pin_hash = hash_pin(admin_pin)
    now = clock()
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Shop)):
            raise ValueError("this database already has a shop")
        shop = Shop(
            name=details.name,
            short_name=details.short_name,
            org_number=details.org_number,
            address=details.address,
            postcode=details.postcode,
            city=details.city,
            phone=details.phone,
            vat_registered=details.vat_registered,
            shop_number=details.shop_number,
            created_at=now,
        )
        session.add(shop)
        session.flush()
        register = create_register(session, db.path, shop.id, register_code, register_name, key, at=now)
        session.add(Sequence(name="item_code", value=0))
        journal.append(
            session,
            Event.SETUP,
            at=now,
            register_id=register.id,
            details={"shop": shop.name, "org_number": shop.org_number, "register": register_code},
        )
        users = UserService(db, register_id=register.id, clock=clock)
        admin = users.add_user(session, admin_name, Role.ADMIN, pin_hash, None)
        for name, value in chosen.items():
            store_setting(session, name, value, at=now, user_id=admin.id, register_id=register.id)
        return _shop_info(session, shop), _register_info(register)


# --- registers -----------------------------------------------------------------------


def clean_register(code: str, name: str) -> tuple[str, str]:
    """A register's code (upper-cased: "K2") and name ("Kasse 2") as stored, or :class:`InvalidRegister`."""
    code = str(code).strip().upper()
    if not code or len(code) > MAX_REGISTER_CODE or not REGISTER_CODE.match(code):
        raise InvalidRegister(InvalidRegister.CODE, code, MAX_REGISTER_CODE)
    name = _one_line(name)
    if not name or len(name) > MAX_REGISTER_NAME:
        raise InvalidRegister(InvalidRegister.NAME, name, MAX_REGISTER_NAME)
    return code, name


def create_register(
    session: Session, db_path: Path, shop_id: int, code: str, name: str, key: KeyMaterial, *, at: datetime
) -> Register:
    """A register row and its first signing key (key version 1), in the caller's transaction.

    The one way a register is made, for the setup's first and every later
    one, so each has its own signature chain from its first receipt. The key
    is generated before the transaction (an RSA key takes a moment); its
    private half goes to its key file beside ``db_path`` before the
    transaction commits, and the database keeps only the public record.
    """
    register = Register(shop_id=shop_id, code=code, name=name, created_at=at)
    session.add(register)
    session.flush()
    session.add(
        SigningKey(
            register_id=register.id,
            key_version=1,
            algorithm=key.algorithm,
            public_key=key.public_key,
            created_at=at,
        )
    )
    session.flush()
    write_key(db_path, register.id, 1, key)
    return register


def add_register(
    db: Database,
    code: str,
    name: str,
    *,
    by: Operator,
    clock: Clock = local_now,
    signature_algorithm: str | None = None,
) -> RegisterInfo:
    """A further register (an administrator's step), with its own receipt and Z series and signing key.

    Journalled (``register_added``) with who added it. ``signature_algorithm``
    defaults to the first register's, so the shop's registers sign alike.
    :class:`InvalidRegister` for a bad code or name, :class:`RegisterTaken`
    when the shop has one of that code or name already; nothing is written then.
    """
    require(by.role, Action.SHOP_DETAILS)
    code, name = clean_register(code, name)
    with db.read() as session:
        _refuse_taken(session, code, name)  # before the key is made, which takes a moment
        algorithm = signature_algorithm or session.scalar(
            select(SigningKey.algorithm).order_by(SigningKey.register_id, SigningKey.key_version).limit(1)
        )
    key = generate_key(algorithm or RSA_SHA1)
    now = clock()
    with db.write() as session:
        users = UserService(db, clock=clock)
        require(users.actor_role(session, by), Action.SHOP_DETAILS)
        shop_id = session.scalar(select(Shop.id).order_by(Shop.id).limit(1))
        if shop_id is None:
            raise NotSetUp(str(db.path))
        _refuse_taken(session, code, name)
        register = create_register(session, db.path, shop_id, code, name, key, at=now)
        journal.append(
            session,
            Event.REGISTER_ADDED,
            at=now,
            user_id=by.id,
            register_id=register.id,
            details={"register": code, "name": name, "algorithm": key.algorithm, "key_version": 1},
        )
        return _register_info(register)


def _refuse_taken(session: Session, code: str, name: str) -> None:
    for taken_code, taken_name in session.execute(select(Register.code, Register.name)):
        if taken_code.upper() == code:
            raise RegisterTaken(InvalidRegister.CODE, taken_code)
        if taken_name.casefold() == name.casefold():
            raise RegisterTaken(InvalidRegister.NAME, taken_name)


def list_registers(db: Database) -> list[RegisterInfo]:
    """The shop's registers, in the order they were added (the first is the setup's)."""
    with db.read() as session:
        return [_register_info(r) for r in session.scalars(select(Register).order_by(Register.id))]


def suggested_register(db: Database) -> tuple[str, str]:
    """A code and name for the next register: ("K2", "Kasse 2"), the first number not taken."""
    registers = list_registers(db)
    codes = {r.code.upper() for r in registers}
    names = {r.name.casefold() for r in registers}
    n = len(registers) + 1
    while f"K{n}" in codes or f"kasse {n}" in names:
        n += 1
    return f"K{n}", f"Kasse {n}"


def _register_info(register: Register) -> RegisterInfo:
    return RegisterInfo(register.id, register.code, register.name)


# --- reading the shop --------------------------------------------------------------------


def _shop_info(session: Session, shop: Shop) -> ShopInfo:
    return ShopInfo(
        shop.id,
        shop.name,
        shop.short_name,
        shop.org_number,
        shop.address,
        shop.postcode,
        shop.city,
        shop.vat_registered,
        shop.shop_number,
        shop.phone or "",
        str(stored_setting(session, "receipt_header") or ""),
    )


def load_shop(db: Database) -> ShopInfo:
    """The shop's facts; :class:`NotSetUp` if the database has none yet."""
    with db.read() as session:
        shop = session.scalar(select(Shop).limit(1))
        if shop is None:
            raise NotSetUp(str(db.path))
        return _shop_info(session, shop)


def is_set_up(db: Database) -> bool:
    with db.read() as session:
        return session.execute(select(func.count()).select_from(Shop)).scalar_one() > 0


def load_register(db: Database, code: str | None = None) -> RegisterInfo:
    """A register by code (default: the first)."""
    with db.read() as session:
        query = select(Register).order_by(Register.id)
        if code is not None:
            query = query.where(Register.code == code)
        register = session.scalar(query.limit(1))
        if register is None:
            raise NotSetUp(str(db.path))
        return _register_info(register)


def next_item_codes(session: Session, shop_number: int, count: int = 1) -> list[str]:
    """Reserve ``count`` new item codes (never reused: the counter only goes up)."""
    value = session.execute(
        update(Sequence)
        .where(Sequence.name == "item_code")
        .values(value=Sequence.value + count)
        .returning(Sequence.value)
    ).scalar_one()
    return [make_item_code(shop_number, serial) for serial in range(value - count + 1, value + 1)]


def add_category(
    session: Session,
    name: str,
    *,
    kind: str = "goods",
    default_price: int = 0,
    vat_code: TaxCode | str | None = None,
    vat_rate: int | None = None,
    quick_prices: Seq[int] = (),
    saft_group: str = "04999",
    color: str = "#5b7083",
    position: int = 0,
) -> Category:
    """A category as given, in the caller's session (the demo builder and tests; checks nothing).

    Its VAT is a SAF-T tax code (``vat_code``); a bare ``vat_rate`` is read as
    the code that rate has when nothing else is known (0 % as zero-rated).
    ``vat_rate`` is always stored as the code's rate. A leader's categories go
    through :class:`bruktpos.services.catalogue.CatalogueService`, which checks
    and journals them.
    """
    code = _tax_code(vat_code, vat_rate)
    category = Category(
        name=name,
        kind=kind,
        default_price=default_price,
        vat_code=code.value,
        vat_rate=int(code.rate),
        quick_prices=json.dumps([int(p) for p in quick_prices]),
        saft_group=saft_group,
        color=color,
        position=position,
    )
    session.add(category)
    session.flush()
    return category


def _tax_code(vat_code: TaxCode | str | None, vat_rate: int | None) -> TaxCode:
    if vat_code is not None:
        code = TaxCode(vat_code)
        if vat_rate is not None and int(vat_rate) != code.rate:
            raise ValueError(f"tax code {code.value} has the rate {int(code.rate)}, not {vat_rate}")
        return code
    return TaxCode.for_rate(VatRate.STANDARD if vat_rate is None else int(vat_rate))


def add_product(
    session: Session,
    name: str,
    *,
    category: Category,
    price: int,
    vat_code: TaxCode | str | None = None,
    color: str = "#8a5a44",
    position: int = 0,
    barcode: str | None = None,
    track_stock: bool = False,
    stock: int = 0,
) -> Product:
    """A product as given, in the caller's session (``vat_code`` None: the category's)."""
    product = Product(
        name=name,
        category_id=category.id,
        price=price,
        vat_code=None if vat_code is None else TaxCode(vat_code).value,
        color=color,
        position=position,
        barcode=barcode,
        track_stock=track_stock,
        stock=stock,
    )
    session.add(product)
    session.flush()
    return product


@dataclass(frozen=True)
class CategoryButton:
    id: int
    name: str
    kind: str
    default_price: int
    color: str
    quick_prices: tuple[int, ...] = ()  # the price keypad's ready amounts, øre
    price_tags: bool = False  # the back room makes one price tag, not a label each, by default
    max_weight_grams: int = 0  # a donation line above it is asked about; 0 = no limit


@dataclass(frozen=True)
class ProductButton:
    id: int
    name: str
    price: int
    color: str
    track_stock: bool = False
    stock: int = 0  # the count when the catalogue was read; negative when sold below zero


@dataclass(frozen=True)
class TillCatalogue:
    """What the till's buttons show: goods categories and the café/new-goods products."""

    categories: list[CategoryButton]
    products: list[ProductButton]


def till_catalogue(db: Database) -> TillCatalogue:
    with db.read() as session:
        categories = [
            CategoryButton(
                c.id,
                c.name,
                c.kind,
                c.default_price,
                c.color,
                quick_prices_of(c.quick_prices),
                bool(c.price_tags),
                c.max_weight_grams or 0,
            )
            for c in session.scalars(
                select(Category)
                .where(Category.active.is_(True), Category.kind == "goods")
                .order_by(Category.position, Category.name)
            )
        ]
        products = [
            ProductButton(p.id, p.name, p.price, p.color, bool(p.track_stock), p.stock)
            for p in session.scalars(
                select(Product).where(Product.active.is_(True)).order_by(Product.position, Product.name)
            )
        ]
        return TillCatalogue(categories, products)


def quick_prices_of(stored: str | None) -> tuple[int, ...]:
    """A category's stored quick prices (a JSON list of øre) as a tuple; anything odd as none."""
    try:
        values = json.loads(stored or "[]")
    except ValueError:
        return ()
    if not isinstance(values, list):
        return ()
    return tuple(v for v in values if isinstance(v, int) and not isinstance(v, bool) and v > 0)


_STOCK_COUNTS = select(Product.id, Product.stock).where(
    Product.track_stock.is_(True), Product.active.is_(True)
)


def product_stock(db: Database) -> dict[int, int]:
    """Product id → stock count, for the active products that keep one (negative below zero).

    One small query: the till reads it after each sale and when it is shown
    again, so its buttons show the counts without a query per paint.
    """
    with db.read() as session:
        return {product_id: stock for product_id, stock in session.execute(_STOCK_COUNTS)}
