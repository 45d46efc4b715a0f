"""A till in its own process, selling through the real CheckoutService as fast as it can.

``python -m tests.integration.till_process SHOP SECONDS`` prints ``ready``
once its first sale is committed, then ``sold N`` when the time is up. The
sales mix products, open-price lines and split tender (cash, card, Vipps),
so every table ``verify`` reads grows while it reads.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import text

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.roles import Role
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.users import Operator
from bruktpos.store.schema import open_database

# The test shop's day opens on the FakeClock's date (tests/conftest.py).
START = datetime(2026, 11, 12, 14, 3, 0, tzinfo=ZoneInfo("Europe/Oslo"))


def sell(path: str, seconds: float) -> int:
    moment = [START]

    def clock() -> datetime:
        moment[0] += timedelta(seconds=1)
        return moment[0]

    db = open_database(path)
    checkout = CheckoutService(db, clock=clock)
    with db.read() as session:
        cashier = session.execute(text("SELECT id, name FROM users WHERE role = 'cashier'")).one()
        coffee = session.execute(text("SELECT id FROM products WHERE name = 'Kaffe'")).scalar_one()
        books = session.execute(text("SELECT id FROM categories WHERE name = 'Bøker'")).scalar_one()
    operator = Operator(cashier.id, cashier.name, Role.CASHIER)
    sold = 0
    end = time.monotonic() + seconds
    try:
        while sold == 0 or time.monotonic() < end:
            cart = checkout.new_cart()
            checkout.add_product(cart, coffee, 1 + sold % 3)
            if sold % 2:
                checkout.add_open(cart, books, 1990)
            if sold % 3 == 0:
                checkout.pay(cart, PaymentMethod.CARD, 1000)
                checkout.pay(cart, PaymentMethod.CASH, tendered=10000)
            else:
                checkout.pay(cart, PaymentMethod.VIPPS if sold % 3 == 1 else PaymentMethod.CARD)
            checkout.complete(cart, operator=operator)
            sold += 1
            if sold == 1:
                print("ready", flush=True)
    finally:
        checkout.close()
        db.dispose()
    return sold


if __name__ == "__main__":
    print(f"sold {sell(sys.argv[1], float(sys.argv[2]))}", flush=True)
