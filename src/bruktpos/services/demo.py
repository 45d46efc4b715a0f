"""A realistic Norwegian demo shop, the same for the same seed.

Built for newcomers (so the till shows a living shop at once), for manual
testing and for benchmarks. Sales go through the checkout service's own
:meth:`~bruktpos.services.checkout.CheckoutService.record`, so they are signed,
journalled and numbered exactly as at a real till; only the time is set by
the generator, and each day is one transaction so that building a few years
takes minutes, not hours.

Sizes follow public reporting (see GLOSSARY.md): a shop with a café corner
sells 20–60 times a day, six days a week, and labels a few hundred items a
week across about twenty categories. The shop's fixed facts (its categories,
café menu, people and float) are :mod:`bruktpos.services.demo_data`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypedDict

from sqlalchemy import insert

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.codes import make_item_code
from bruktpos.domain.markdown import MarkdownRule, price_on
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import TaxCode
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.clock import local_now
from bruktpos.services.day import DayService
from bruktpos.services.demo_data import (
    ADMIN,
    CAFE,
    DIFFERENCE_NOTES,
    FLOAT,
    FLOAT_TARGET,
    GOODS,
    MARKDOWN_RULES,
    NEW_GOODS,
    OSLO,
    USERS,
    WEIGHT_KG,
    ZERO_RATED,
)
from bruktpos.services.returns import add_demo_returns
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import ShopDetails, add_category, add_product, set_up_shop
from bruktpos.services.users import Operator, UserService
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import Donation, DonationLine, Item, ItemStatus, Sequence
from bruktpos.store.schema import open_database

_RULES = {name: MarkdownRule.parse(text) for name, text in MARKDOWN_RULES.items()}


@dataclass
class DemoSummary:
    path: Path
    days: int
    categories: int
    products: int
    items: int
    items_sold: int
    sales: int
    users: list[tuple[str, str, str]] = field(default_factory=list)  # name, role, PIN


@dataclass
class _Pool:
    """Items on the shelf: (id, code, category index, price in øre)."""

    on_shelf: list[tuple[int, str, int, int, date]] = field(default_factory=list)

    def take(self, rng: random.Random) -> tuple[int, str, int, int, date]:
        i = rng.randrange(len(self.on_shelf))
        self.on_shelf[i], self.on_shelf[-1] = self.on_shelf[-1], self.on_shelf[i]
        return self.on_shelf.pop()


def build_demo(
    path: str | Path,
    *,
    days: int = 30,
    seed: int = 1,
    end: date | None = None,
    sales_per_day: int = 40,
    stock: int = 3000,
    shop_name: str = "Bruktbutikken Demo",
    shop_number: int = 1,
    shop_code: str = "",
    progress: bool = False,
) -> DemoSummary:
    """Create a demo shop at ``path`` with ``days`` of history ending ``end``.

    ``end`` defaults to yesterday. ``stock`` is how many items are left on
    the shelves at the end; sold items come on top.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"{path} already exists; demo data goes into a new file")
    rng = random.Random(seed)
    # Yesterday by the till's own clock (the machine's time zone): between
    # midnight in Oslo and midnight on a UTC machine, Oslo's yesterday is the
    # till's today, which would start the demo on a day already closed.
    end = end or (local_now().date() - timedelta(days=1))
    start = end - timedelta(days=days - 1)
    first_clock = datetime.combine(start - timedelta(days=60), time(9, 0), OSLO)
    db = open_database(path)
    shop, register = set_up_shop(
        db,
        ShopDetails(
            name=shop_name,
            short_name=shop_name.removeprefix("Bruktbutikken ").strip() or shop_name,
            org_number="999999999",
            address="Storgata 12",
            postcode="2080",
            city="Eidsvoll",
            vat_registered=True,
            shop_number=shop_number,
        ),
        admin_name=ADMIN[0],
        admin_pin=ADMIN[1],
        clock=lambda: first_clock,
    )
    summary = DemoSummary(path=path, days=days, categories=0, products=0, items=0, items_sold=0, sales=0)
    summary.users.append((ADMIN[0], Role.ADMIN.value, ADMIN[1]))
    users = UserService(db, register_id=register.id, clock=lambda: first_clock)
    admin = Operator(users.list_users()[0].id, ADMIN[0], Role.ADMIN)
    operators = []
    for name, role, pin in USERS:
        info = users.create_user(name, role, pin, by=admin)
        operators.append(Operator(info.id, name, role))
        summary.users.append((name, role.value, pin))

    # The demo's login screen shows who is who and their PINs (never a real shop's).
    SettingsService(db, register_id=register.id, clock=lambda: first_clock).set(
        "demo_pins", [list(user) for user in summary.users], by=admin
    )
    # The demo's receipt printer writes ESC/POS into a file beside the shop,
    # so a newcomer's sales print without a printer at hand.
    SettingsService(db, register_id=register.id, clock=lambda: first_clock).set(
        "receipt_printer", {"kind": "file", "file_path": str(path.with_suffix(".receipts.bin"))}, by=admin
    )
    if shop_code:  # one shop of a demo chapter: the code it syncs to the hub as
        SettingsService(db, register_id=register.id, clock=lambda: first_clock).set(
            "hub_shop_code", shop_code, by=admin
        )
    goods, cafe_products, tag_categories = _catalogue(db, summary)
    goods_ids = [g.id for g in goods]
    weights = [share for _, _, _, share in GOODS]

    # Plan every sale first, so we know how many items must have come in.
    plan: list[tuple[date, list[datetime]]] = []
    day = start
    while day <= end:
        plan.append((day, _sale_times(rng, day, sales_per_day)))
        day += timedelta(days=1)
    total_sales = sum(len(times) for _, times in plan)
    items_needed = int(total_sales * 1.3) + stock  # a sale takes about 1.3 items

    # Intake: spread over the period and the 60 days before it.
    intake_span = (days + 60) * 24 * 3600
    intake_times = sorted(
        first_clock + timedelta(seconds=rng.randrange(intake_span)) for _ in range(items_needed)
    )
    rows: list[_ItemRow] = []
    facts: list[tuple[int, int]] = []  # per item: category index, price
    for serial, at in enumerate(intake_times, start=1):
        cat = rng.choices(range(len(GOODS)), weights)[0]
        price = rng.choice(GOODS[cat][2]) * 100
        facts.append((cat, price))
        rows.append(
            {
                "code": make_item_code(shop.shop_number, serial),
                "category_id": goods_ids[cat],
                "description": "",
                "price": price,
                "status": ItemStatus.IN_STOCK,
                "intake_at": at,
                "status_at": at,
                "donation_id": None,
            }
        )
    donations, donation_lines = _donations(rng, rows, operators, goods_ids)
    with db.write() as session:
        for chunk in range(0, len(donations), 20_000):
            session.execute(insert(Donation), donations[chunk : chunk + 20_000])
        for chunk in range(0, len(donation_lines), 20_000):
            session.execute(insert(DonationLine), donation_lines[chunk : chunk + 20_000])
        for chunk in range(0, len(rows), 20_000):
            session.execute(insert(Item), rows[chunk : chunk + 20_000])
        session.get_one(Sequence, "item_code").value = len(rows)
    summary.items = len(rows)
    del rows

    checkout = CheckoutService(db, register_code=register.code)
    day_clock = _DemoClock(first_clock)
    days_service = DayService(db, register_code=register.code, clock=day_clock)
    leader = next(op for op in operators if op.role == Role.LEADER)
    float_count = FLOAT
    pool = _Pool()
    next_intake = 0
    # The day's own events (float, movements, returns, count) draw from their
    # own stream, so the sales are the same as without them.
    day_rng = random.Random(seed + 7919)
    for n, (day, times) in enumerate(plan):
        on_duty = rng.sample(operators, k=2)
        if not times:
            continue  # closed (Sundays): no day is opened
        day_clock.now = datetime.combine(day, time(9, 50), OSLO)
        days_service.open_day(float_count, operator=on_duty[0])
        _morning_movements(day_rng, days_service, day_clock, on_duty[0], leader)
        with db.write() as session:
            for op in on_duty:
                journal.append(
                    session,
                    Event.LOGIN,
                    at=datetime.combine(day, time(9, 45), OSLO),
                    user_id=op.id,
                    register_id=register.id,
                )
            for at in times:
                while next_intake < len(intake_times) and intake_times[next_intake] <= at:
                    cat, price = facts[next_intake]
                    intake_day = intake_times[next_intake].date()
                    next_intake += 1  # item ids run 1, 2, 3 … in intake order
                    pool.on_shelf.append(
                        (next_intake, make_item_code(shop.shop_number, next_intake), cat, price, intake_day)
                    )
                cart = _random_cart(rng, pool, goods, cafe_products, tag_categories, at.date())
                if cart.is_empty:
                    continue
                _random_payment(rng, cart)
                seller = rng.choice(on_duty)
                done = checkout.record(session.connection(), cart, operator=seller, at=at)
                # the receipt printed (13012) and, for cash, the drawer opened with the sale (13005)
                printed: list[Event] = [Event.RECEIPT_PRINTED] + ([Event.DRAWER_OPENED] if done.cash else [])
                for event in printed:
                    journal.append(
                        session,
                        event,
                        at=at + timedelta(seconds=2),
                        user_id=seller.id,
                        register_id=register.id,
                        sale_id=done.sale_id,
                        details={"receipt_no": done.receipt_no},
                    )
                summary.sales += 1
                summary.items_sold += sum(1 for line in cart.lines if line.item_id is not None)
            for op in on_duty:
                journal.append(
                    session,
                    Event.LOGOUT,
                    at=datetime.combine(day, time(17, 5), OSLO),
                    user_id=op.id,
                    register_id=register.id,
                )
        last_sale = times[-1]
        if day_rng.random() < 0.25:
            add_demo_returns(
                db,
                operator=leader,
                at=last_sale + timedelta(minutes=2),
                rng=day_rng,
                count=1,
                register_code=register.code,
                checkout=checkout,
            )
        day_clock.now = datetime.combine(day, time(17, 10), OSLO)
        float_count = _close(day_rng, days_service, day_clock, on_duty, leader)
        if progress and n % 30 == 29:
            print(f"  {n + 1}/{len(plan)} days, {summary.sales} sales", flush=True)
    db.dispose(final=True)
    return summary


class _DemoClock:
    """The time of the day being built (set by the generator)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _morning_movements(
    rng: random.Random, days: DayService, clock: _DemoClock, operator: Operator, leader: Operator
) -> None:
    """Milk for the café now and then, and change from the bank once in a while."""
    if rng.random() < 0.3:
        clock.now += timedelta(minutes=5)
        amount = rng.choice((3000, 3500, 4600, 7000))  # cash: whole kroner
        days.cash_movement(
            "pay_out",
            amount,
            rng.choice(("Melk til kafeen", "Kaffe og melk", "Vaskemiddel")),
            operator=operator,
            approver=leader if operator.role == Role.CASHIER else None,
        )
    if rng.random() < 0.08:
        clock.now += timedelta(minutes=5)
        days.cash_movement("pay_in", 50000, "Vekslepenger fra banken", operator=operator)


def _close(
    rng: random.Random, days: DayService, clock: _DemoClock, on_duty: list[Operator], leader: Operator
) -> CashCount:
    """Take the takings to the bank, count what stays, close with Z; returns the count."""
    report = days.x_report(journalled=False)
    expected = report.expected_cash
    to_bank = (expected - FLOAT_TARGET) // 10000 * 10000
    if to_bank > 0:
        days.cash_movement("deposit", to_bank, "Dagsoppgjør til banken", operator=leader, approver=None)
        expected -= to_bank
    note = ""
    counted = expected
    if rng.random() < 0.12:
        difference, note = rng.choice(DIFFERENCE_NOTES)
        counted = max(0, expected + difference)
    clock.now += timedelta(minutes=5)
    count = _count_of(counted)
    days.close_day(
        count,
        operator=on_duty[-1],
        note=note,
        approver=leader if note and on_duty[-1].role == Role.CASHIER else None,
        card_batch_total=report.card_total,
        vipps_settlement=report.vipps_total,
    )
    return count


def _count_of(amount: int) -> CashCount:
    """A plausible drawer holding ``amount`` (whole kroner): some coins, then notes."""
    pieces: dict[int, int] = {}
    left = amount
    for denomination, usual in ((100, 15), (500, 8), (1000, 8), (2000, 8)):
        n = min(usual, left // denomination)
        pieces[denomination] = n
        left -= n * denomination
    for denomination in (20000, 10000, 5000, 2000, 1000, 500, 100):
        n, left = divmod(left, denomination)
        pieces[denomination] = pieces.get(denomination, 0) + n
    return CashCount(pieces)


@dataclass(frozen=True)
class _Sellable:
    """What the generator needs to put a line in a cart without a lookup."""

    id: int
    name: str
    price: int
    vat_code: TaxCode
    category_id: int

    @property
    def vat_rate(self) -> int:
        return int(self.vat_code.rate)


class _ItemRow(TypedDict):
    """One item as inserted (the ``items`` table's columns)."""

    code: str
    category_id: int
    description: str
    price: int
    status: str  # an ItemStatus value
    intake_at: datetime
    status_at: datetime
    donation_id: int | None


class _DonationRow(TypedDict):
    id: int
    received_at: datetime
    received_by: int
    donor_name: str | None
    donor_phone: str | None
    note: str


class _DonationLineRow(TypedDict):
    donation_id: int
    category_id: int
    weight_grams: int
    count: int


def _donations(
    rng: random.Random, items: list[_ItemRow], operators: list[Operator], goods_ids: list[int]
) -> tuple[list[_DonationRow], list[_DonationLineRow]]:
    """One donation round a day: what was priced that day, weighed, plus what was not worth
    selling (sorted out and recycled: about as much again by weight). Links each item to it."""
    by_day: dict[date, list[_ItemRow]] = {}
    for item in items:
        by_day.setdefault(item["intake_at"].date(), []).append(item)
    names = {goods_ids[i]: name for i, (name, *_rest) in enumerate(GOODS)}
    donations: list[_DonationRow] = []
    lines: list[_DonationLineRow] = []
    for donation_id, (_day, day_items) in enumerate(sorted(by_day.items()), start=1):
        donations.append(
            {
                "id": donation_id,
                "received_at": min(item["intake_at"] for item in day_items),
                "received_by": rng.choice(operators).id,
                "donor_name": None,
                "donor_phone": None,
                "note": "",
            }
        )
        counts: dict[int, int] = {}
        for item in day_items:
            item["donation_id"] = donation_id
            counts[item["category_id"]] = counts.get(item["category_id"], 0) + 1
        for category_id, count in sorted(counts.items()):
            per_item = WEIGHT_KG[names[category_id]] * 1000
            grams = round(count * per_item * rng.uniform(1.6, 2.4))  # priced share, and the rest
            lines.append(
                {
                    "donation_id": donation_id,
                    "category_id": category_id,
                    "weight_grams": grams,
                    "count": count,
                }
            )
    return donations, lines


def _catalogue(
    db: Database, summary: DemoSummary
) -> tuple[list[_Sellable], list[_Sellable], list[_Sellable]]:
    with db.write() as session:
        goods = [
            add_category(
                session,
                name,
                default_price=price * 100,
                vat_code=TaxCode.ZERO_RATED if name in ZERO_RATED else TaxCode.STANDARD,
                position=i,
                saft_group="04999",
            )
            for i, (name, price, _, _) in enumerate(GOODS)
        ]
        for category in goods:
            category.markdown_rule = MARKDOWN_RULES.get(category.name, "")
        cafe = add_category(
            session, "Kafé", kind="cafe", vat_code=TaxCode.STANDARD, saft_group="04006", position=100
        )
        kiosk = add_category(
            session, "Kiosk (ta med)", kind="cafe", vat_code=TaxCode.FOOD, saft_group="04006", position=101
        )
        new = add_category(
            session,
            "Nye varer",
            default_price=2000,
            vat_code=TaxCode.STANDARD,
            position=102,
            saft_group="04014",
        )
        products = []
        for i, (name, price, color, code) in enumerate(CAFE):
            category = cafe if code is TaxCode.STANDARD else kiosk
            products.append(
                add_product(session, name, category=category, price=price * 100, color=color, position=i)
            )
        for i, (name, price) in enumerate(NEW_GOODS):
            products.append(
                add_product(
                    session,
                    name,
                    category=new,
                    price=price * 100,
                    position=50 + i,
                    track_stock=True,
                    stock=200,
                )
            )
        summary.categories = len(goods) + 3
        summary.products = len(products)
        # Open-price sales happen most for cheap, untagged things.
        sellable_goods = [_Sellable(c.id, c.name, c.default_price, TaxCode(c.vat_code), c.id) for c in goods]
        open_price = [
            g for g in sellable_goods if g.name in ("Bøker", "Barnebøker", "Barneklær", "Kjøkkenutstyr")
        ]
        sellable_products = [
            _Sellable(
                p.id,
                p.name,
                p.price,
                TaxCode(p.vat_code or p.category.vat_code),
                p.category_id,
            )
            for p in products
        ]
        return sellable_goods, sellable_products, open_price


def _sale_times(rng: random.Random, day: date, per_day: int) -> list[datetime]:
    weekday = day.weekday()
    if weekday == 6:  # closed on Sundays
        return []
    opening, closing = (time(10), time(15)) if weekday == 5 else (time(10), time(17))
    factor = {5: 1.4, 3: 1.2}.get(weekday, 1.0)
    count = max(0, round(rng.gauss(per_day * factor, per_day * 0.2)))
    span = (closing.hour - opening.hour) * 3600
    base = datetime.combine(day, opening, OSLO)
    return sorted(
        base + timedelta(seconds=rng.randrange(span), microseconds=rng.randrange(10**6)) for _ in range(count)
    )


def _random_cart(
    rng: random.Random,
    pool: _Pool,
    goods: list[_Sellable],
    products: list[_Sellable],
    open_price: list[_Sellable],
    today: date,
) -> Cart:
    cart = Cart()
    for _ in range(rng.choices((1, 2, 3, 4, 6), (40, 30, 15, 10, 5))[0]):
        kind = rng.random()
        if kind < 0.62 and pool.on_shelf:
            item_id, code, cat, price, intake_day = pool.take(rng)
            category = goods[cat]
            line = cart.add_item(
                item_id=item_id,
                item_code=code,
                description=category.name,
                price=price,
                vat_rate=category.vat_rate,
                vat_code=category.vat_code,
                category_id=category.id,
            )
            # As the till does: the category's markdown as a line discount.
            rule = _RULES.get(category.name)
            if rule:
                aged = price_on(rule, price, intake_day, today)
                if aged.is_marked_down:
                    cart.set_discount_amount(line.line_id, aged.markdown)
        elif kind < 0.85:
            p = rng.choice(products)
            cart.add_product(
                product_id=p.id,
                description=p.name,
                price=p.price,
                vat_rate=p.vat_rate,
                vat_code=p.vat_code,
                category_id=p.category_id,
                quantity=rng.choice((1, 1, 1, 2)),
            )
        else:
            c = rng.choice(open_price)
            cart.add_open(
                category_id=c.id,
                description=c.name,
                price=rng.choice((500, 1000, 2000, 3000)),
                vat_rate=c.vat_rate,
                vat_code=c.vat_code,
            )
    if cart.lines and rng.random() < 0.05:
        line = rng.choice(cart.lines)
        cart.set_discount_percent(line.line_id, rng.choice((20, 50)))
    return cart


def _random_payment(rng: random.Random, cart: Cart) -> None:
    roll = rng.random()
    if roll < 0.03 and cart.total > 10000:
        cart.add_payment(PaymentMethod.CARD, cart.total // 2)
        _pay_cash(rng, cart)
    elif roll < 0.55:
        cart.add_payment(PaymentMethod.CARD)
    elif roll < 0.80:
        cart.add_payment(PaymentMethod.VIPPS)
    else:
        _pay_cash(rng, cart)


def _pay_cash(rng: random.Random, cart: Cart) -> None:
    due = cart.cash_due()
    notes = [n for n in (5000, 10000, 20000, 50000, 100000) if n >= due]
    exact = rng.random() < 0.4 or not notes
    cart.add_payment(PaymentMethod.CASH, tendered=due if exact else notes[0])
