"""Closing days at a test shop through the real services (DayService.close_day queues the day)."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

from sqlalchemy import select, text

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.hub.outbox import enqueue_day
from bruktpos.services.day import DayService
from bruktpos.store.models import OutboxEntry, Setting
from tests.conftest import OSLO
from tests.integration.conftest import OPENING_FLOAT, Shop


def trade_day(
    shop: Shop, clock, *, coffees: int = 2, items: tuple[str, ...] = (), difference: int = 0
) -> date:
    """Sell at the open day (opening it first if needed), close it with the Z, then go to the next morning.

    ``difference`` (whole kroner in øre) is counted into the drawer on top of what is expected.
    """
    days = DayService(shop.db, clock=clock)
    if days.open_day_info() is None:
        days.open_day(OPENING_FLOAT, operator=shop.leader, note="The float made up again")
    business_date = days.open_day_info().business_date
    checkout = shop.checkout
    for _ in range(coffees):
        cart = checkout.new_cart()
        checkout.add_product(cart, shop.coffee)
        checkout.pay(cart, PaymentMethod.CARD)
        checkout.complete(cart, operator=shop.cashier)
        clock.advance(minutes=7)
    for code in items:
        cart = checkout.new_cart()
        checkout.scan(cart, code)
        checkout.pay(cart, PaymentMethod.CASH, tendered=20000)
        checkout.complete(cart, operator=shop.cashier)
        clock.advance(minutes=7)
    counted = days.expected_cash() + difference
    days.close_day(
        CashCount({100: counted // 100}),
        operator=shop.leader,
        note="test difference" if difference else "",
    )
    clock.now = datetime.combine(business_date + timedelta(days=1), time(10, 0), tzinfo=OSLO)
    return business_date


def trade_days(shop: Shop, clock, count: int, **kwargs) -> list[date]:
    return [trade_day(shop, clock, **kwargs) for _ in range(count)]


def requeue(shop: Shop, business_date: date, *, net_sales: int | None = None) -> int:
    """A corrected day: a new revision of ``business_date`` (optionally with another net_sales)."""
    with shop.db.write() as session:
        register_id = shop.checkout.register.id
        entry_id = enqueue_day(session, register_id, business_date, datetime.now(OSLO))
        if net_sales is not None:
            row = session.get(OutboxEntry, entry_id)
            payload = json.loads(row.payload)
            payload["net_sales"] = net_sales
            row.payload = json.dumps(payload)
        return entry_id


def outbox(shop: Shop) -> list[OutboxEntry]:
    with shop.db.read() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)))


def unsend(shop: Shop, *ids: int) -> None:
    """Forget that rows were sent (as if the shop crashed before marking them)."""
    with shop.db.write() as session:
        query = "UPDATE hub_outbox SET sent_at = NULL"
        if ids:
            query += f" WHERE id IN ({', '.join(str(int(i)) for i in ids)})"
        session.execute(text(query))


def set_setting(shop: Shop, key: str, value: object) -> None:
    with shop.db.write() as session:
        session.merge(Setting(key=key, value=json.dumps(value)))
