"""Fixtures for services on real SQLite files."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import VatRate
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.services.shop import ShopDetails, add_category, add_product, next_item_codes, set_up_shop
from bruktpos.services.users import Operator, UserService
from bruktpos.store.db import Database
from bruktpos.store.keyfile import copy_keys
from bruktpos.store.models import Item
from bruktpos.store.schema import open_database
from bruktpos.store.signing import RSA_SHA1

ADMIN_PIN = "1000"
LEADER_PIN = "1111"
CASHIER_PIN = "2222"
# The float the test shop's day opens with: 1 190 kr in notes and coins.
OPENING_FLOAT = CashCount({100: 10, 500: 6, 1000: 5, 2000: 5, 5000: 4, 10000: 4, 20000: 2})


@dataclass
class Shop:
    """A small shop on a real SQLite file, with people and a catalogue."""

    path: Path
    db: Database
    users: UserService
    checkout: CheckoutService
    admin: Operator
    leader: Operator
    cashier: Operator
    books: int  # category ids
    clothes: int
    cafe: int
    coffee: int  # product ids
    waffle: int
    codes: list[str]  # items in stock: Bøker 49,50 kr ×5, Klær dame 100 kr ×5

    def close(self) -> None:
        """Close every connection, so the file is complete on its own (WAL checkpointed)."""
        self.checkout.close()
        self.db.dispose()


def make_shop(
    path: Path, clock, *, vat_registered: bool = True, algorithm: str = RSA_SHA1, open_day: bool = True
) -> Shop:
    db = open_database(path)
    shop, register = set_up_shop(
        db,
        ShopDetails(name="Testbutikken", org_number="999999999", vat_registered=vat_registered),
        admin_name="Astrid",
        admin_pin=ADMIN_PIN,
        signature_algorithm=algorithm,
        clock=clock,
    )
    users = UserService(db, register_id=register.id, clock=clock)
    admin = users.login(users.list_users()[0].id, ADMIN_PIN)
    leader_info = users.create_user("Kari", Role.LEADER, LEADER_PIN, by=admin)
    cashier_info = users.create_user("Ola", Role.CASHIER, CASHIER_PIN, by=admin)
    now = clock()
    with db.write() as session:
        books = add_category(session, "Bøker", default_price=2000, vat_rate=VatRate.STANDARD)
        clothes = add_category(session, "Klær dame", default_price=6000, vat_rate=VatRate.STANDARD)
        cafe = add_category(session, "Kafé", kind="cafe", vat_rate=VatRate.FOOD)
        coffee = add_product(session, "Kaffe", category=cafe, price=2000)
        waffle = add_product(session, "Vaffel", category=cafe, price=2500, track_stock=True, stock=10)
        codes = next_item_codes(session, shop.shop_number, 10)
        for n, code in enumerate(codes):
            category, price = (books, 4950) if n < 5 else (clothes, 10000)
            session.add(
                Item(
                    code=code,
                    category_id=category.id,
                    description=f"Ting {n}",
                    price=price,
                    intake_at=now,
                    status_at=now,
                )
            )
        ids = (books.id, clothes.id, cafe.id, coffee.id, waffle.id)
    if open_day:
        # Sales need an open day (issue 5): the shop opens at the clock's date.
        DayService(db, clock=clock).open_day(OPENING_FLOAT, operator=admin)
    return Shop(
        path=path,
        db=db,
        users=users,
        checkout=CheckoutService(db, clock=clock),
        admin=admin,
        leader=Operator(leader_info.id, leader_info.name, Role.LEADER),
        cashier=Operator(cashier_info.id, cashier_info.name, Role.CASHIER),
        books=ids[0],
        clothes=ids[1],
        cafe=ids[2],
        coffee=ids[3],
        waffle=ids[4],
        codes=codes,
    )


def copy_shop_file(source: Path, target: Path) -> Path:
    """The shop file at ``source`` copied byte for byte to ``target``, with its signing keys beside it."""
    shutil.copyfile(source, target)
    copy_keys(source, target)
    return target


def copy_shop(template: Shop, path: Path, clock) -> Shop:
    """A copy of ``template`` at ``path`` with its own connections and clock."""
    with closing(sqlite3.connect(template.path)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
    copy_keys(template.path, path)
    db = open_database(path)
    checkout = CheckoutService(db, clock=clock)
    users = UserService(db, register_id=checkout.register.id, clock=clock)
    return dataclasses.replace(template, path=path, db=db, users=users, checkout=checkout)
