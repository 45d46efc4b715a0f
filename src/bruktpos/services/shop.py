"""Setting up a shop, and reading its facts and catalogue."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence as Seq
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bruktpos.domain.codes import MAX_SHOP_NUMBER, make_item_code
from bruktpos.domain.errors import NotSetUp
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import TaxCode, VatRate
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.users import UserService, hash_pin
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import (
    Category,
    Product,
    Register,
    Sequence,
    Shop,
    SigningKey,
)
from bruktpos.store.signing import RSA_SHA1, generate_key

ORG_NUMBER = re.compile(r"^\d{9}$")


@dataclass(frozen=True)
class ShopDetails:
    """What the setup asks for and every receipt shows."""

    name: str
    org_number: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    short_name: str = ""
    vat_registered: bool = False
    shop_number: int = 1


@dataclass(frozen=True)
class ShopInfo:
    id: int
    name: str
    short_name: str
    org_number: str
    address: str
    postcode: str
    city: str
    vat_registered: bool
    shop_number: int


@dataclass(frozen=True)
class RegisterInfo:
    id: int
    code: str
    name: str


def valid_org_number(text: str) -> bool:
    """A Norwegian organisation number: nine digits with a mod-11 check digit."""
    if not ORG_NUMBER.match(text):
        return False
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(text[:8], weights, strict=True)) % 11
    check = 0 if rest == 0 else 11 - rest
    return check != 10 and check == int(text[8])


def set_up_shop(
    db: Database,
    details: ShopDetails,
    *,
    admin_name: str,
    admin_pin: str,
    register_code: str = "K1",
    register_name: str = "Kasse 1",
    signature_algorithm: str = RSA_SHA1,
    clock: Clock = local_now,
) -> tuple[ShopInfo, RegisterInfo]:
    """Create the shop, its first register with a signing key, and the first admin."""
    if not valid_org_number(details.org_number):
        raise ValueError(f"{details.org_number!r} is not a valid organisation number")
    if not 0 <= details.shop_number <= MAX_SHOP_NUMBER:
        raise ValueError("shop number must be 0–999")
    key = generate_key(signature_algorithm)
    pin_hash = hash_pin(admin_pin)
    now = clock()
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Shop)):
            raise ValueError("this database already has a shop")
        shop = Shop(
            name=details.name.strip(),
            short_name=(details.short_name or details.name).strip()[:40],
            org_number=details.org_number,
            address=details.address,
            postcode=details.postcode,
            city=details.city,
            vat_registered=details.vat_registered,
            shop_number=details.shop_number,
            created_at=now,
        )
        session.add(shop)
        session.flush()
        register = Register(shop_id=shop.id, code=register_code, name=register_name, created_at=now)
        session.add(register)
        session.flush()
        session.add(
            SigningKey(
                register_id=register.id,
                key_version=1,
                algorithm=key.algorithm,
                private_key=key.private_key,
                public_key=key.public_key,
                created_at=now,
            )
        )
        session.add(Sequence(name="item_code", value=0))
        journal.append(
            session,
            Event.SETUP,
            at=now,
            register_id=register.id,
            details={"shop": shop.name, "org_number": shop.org_number, "register": register_code},
        )
        users = UserService(db, register_id=register.id, clock=clock)
        users.add_user(session, admin_name, Role.ADMIN, pin_hash, None)
        return _shop_info(shop), RegisterInfo(register.id, register.code, register.name)


def _shop_info(shop: Shop) -> ShopInfo:
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
    )


def load_shop(db: Database) -> ShopInfo:
    """The shop's facts; :class:`NotSetUp` if the database has none yet."""
    with db.read() as session:
        shop = session.scalar(select(Shop).limit(1))
        if shop is None:
            raise NotSetUp(str(db.path))
        return _shop_info(shop)


def is_set_up(db: Database) -> bool:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Shop)) > 0


def load_register(db: Database, code: str | None = None) -> RegisterInfo:
    """A register by code (default: the first)."""
    with db.read() as session:
        query = select(Register).order_by(Register.id)
        if code is not None:
            query = query.where(Register.code == code)
        register = session.scalar(query.limit(1))
        if register is None:
            raise NotSetUp(str(db.path))
        return RegisterInfo(register.id, register.code, register.name)


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
