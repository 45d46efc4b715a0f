"""The leaders' period reports (services/analytics.py) against hand-made sales.

One small history is written through the real services (checkout, returns,
intake) and every figure of the day, week and month reports is checked
against it by hand:

* 20.10.2026 intake: books B1, B2 (49,50) and clothes C1, C2 (100,00);
  a donation of 12,5 kg books (40 pieces) and 8 kg clothes (25 pieces).
* Thu 12.11 (the test shop's open day; its ten labelled items were taken in
  that day at 14.03): 12.10 coffee, cash. A donation of 3,25 kg clothes.
* Mon 16.11: 10.15 B1 + coffee, cash 100 kr tendered; 10.40 C1, card;
  14.05 two waffles, Vipps. 11.00 a donation of 2 kg books (5 pieces).
* Thu 19.11: 11.20 one of the shop's own books (taken in 12.11), card;
  11.30 a training sale (never counted); 15.00 C1 returned to the card.

Business days are switched by writing ``business_days`` rows directly (the
day's own closing, with its count and Z, is tested in the day service's
tests; here only the dates matter).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import PermissionDenied
from bruktpos.services.analytics import (
    Period,
    PeriodReport,
    build_period_report,
    long_date,
    month_name,
    period_label,
    query_plans,
)
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.intake import DonationLineInput, IntakeService
from bruktpos.services.returns import ReturnService
from tests.conftest import FakeClock

from .conftest import Shop

OSLO = ZoneInfo("Europe/Oslo")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=OSLO)


OCT20, NOV12, NOV16, NOV19 = date(2026, 10, 20), date(2026, 11, 12), date(2026, 11, 16), date(2026, 11, 19)


def next_business_day(shop: Shop, day: date, clock: FakeClock) -> None:
    """Close the open day (as a Z would) and open ``day``."""
    now = at(day, 8, 55).isoformat(timespec="microseconds")
    with shop.db.write() as session:
        session.execute(
            text(
                "UPDATE business_days SET status = 'closed', closed_at = :at, closed_by = :by"
                " WHERE status = 'open'"
            ),
            {"at": now, "by": shop.leader.id},
        )
        session.execute(
            text(
                "INSERT INTO business_days (register_id, business_date, status, opened_at, opened_by,"
                " opening_float, opening_count) VALUES (:register, :day, 'open', :at, :by, 0, '{}')"
            ),
            {"register": shop.checkout.register.id, "day": day.isoformat(), "at": now, "by": shop.leader.id},
        )
    clock.now = at(day, 9)


def sell(
    shop: Shop,
    clock: FakeClock,
    when: datetime,
    method: PaymentMethod,
    *,
    codes: tuple[str, ...] = (),
    products: tuple[tuple[int, int], ...] = (),
    tendered: int | None = None,
    training: bool = False,
) -> CompletedSale:
    clock.now = when
    checkout = shop.checkout
    cart = checkout.new_cart()
    for code in codes:
        checkout.scan(cart, code)
    for product_id, quantity in products:
        checkout.add_product(cart, product_id, quantity)
    checkout.pay(cart, method, tendered=tendered)
    return checkout.complete(cart, operator=shop.cashier, training=training)


class History:
    """What the test shop did (see the module's docstring)."""

    def __init__(self, shop: Shop, clock: FakeClock) -> None:
        intake = IntakeService(shop.db, clock=clock)
        clock.now = at(OCT20, 10)
        self.books = intake.price_items(shop.books, 4950, count=2, description="Roman")
        self.clothes = intake.price_items(shop.clothes, 10000, count=2, description="Kjole")
        intake.register_donation(
            [DonationLineInput(shop.books, 12_500, 40), DonationLineInput(shop.clothes, 8_000, 25)],
            by=shop.cashier,
        )
        # Thursday 12.11: the day the test shop opened.
        self.s0 = sell(shop, clock, at(NOV12, 12, 10), PaymentMethod.CASH, products=((shop.coffee, 1),))
        clock.now = at(NOV12, 13)
        intake.register_donation([DonationLineInput(shop.clothes, 3_250, 10)], by=shop.cashier)
        # Monday 16.11.
        next_business_day(shop, NOV16, clock)
        self.s1 = sell(
            shop,
            clock,
            at(NOV16, 10, 15),
            PaymentMethod.CASH,
            codes=(self.books[0],),
            products=((shop.coffee, 1),),
            tendered=10000,
        )
        self.s2 = sell(shop, clock, at(NOV16, 10, 40), PaymentMethod.CARD, codes=(self.clothes[0],))
        clock.now = at(NOV16, 11)
        intake.register_donation([DonationLineInput(shop.books, 2_000, 5)], by=shop.cashier)
        self.s3 = sell(shop, clock, at(NOV16, 14, 5), PaymentMethod.VIPPS, products=((shop.waffle, 2),))
        # Thursday 19.11.
        next_business_day(shop, NOV19, clock)
        self.s4 = sell(shop, clock, at(NOV19, 11, 20), PaymentMethod.CARD, codes=(shop.codes[0],))
        self.training = sell(
            shop, clock, at(NOV19, 11, 30), PaymentMethod.CASH, products=((shop.coffee, 3),), training=True
        )
        clock.now = at(NOV19, 15)
        returns = ReturnService(shop.db, clock=clock, checkout=shop.checkout)
        original = returns.original(self.s2.sale_id)
        self.refund = returns.refund(self.s2.sale_id, {original.lines[0].line_id: 1}, operator=shop.leader)
        clock.now = at(NOV19, 17)


@pytest.fixture
def history(shop: Shop, clock: FakeClock) -> History:
    return History(shop, clock)


def report(shop: Shop, period: Period) -> PeriodReport:
    return build_period_report(shop.db, period, now=at(NOV19, 17), operator=shop.leader)


# --- periods ---------------------------------------------------------------------


def test_periods_are_iso_weeks_and_calendar_months() -> None:
    thursday = date(2026, 11, 19)
    assert Period.day(thursday) == Period("day", thursday, thursday)
    week = Period.week(thursday)
    assert (week.first, week.last, week.iso_week) == (date(2026, 11, 16), date(2026, 11, 22), (2026, 47))
    assert Period.week(date(2026, 11, 16)) == week == Period.week(date(2026, 11, 22))
    month = Period.month(thursday)
    assert (month.first, month.last, month.days) == (date(2026, 11, 1), date(2026, 11, 30), 30)
    assert Period.month(date(2028, 2, 10)).last == date(2028, 2, 29)
    # Stepping crosses years and month lengths.
    assert Period.month(date(2026, 12, 5)).step(1) == Period.month(date(2027, 1, 1))
    assert Period.month(date(2027, 3, 31)).step(-1) == Period.month(date(2027, 2, 1))
    assert Period.week(date(2026, 12, 31)).step(1).iso_week == (2027, 1)
    assert Period.week(date(2027, 1, 1)).first == date(2026, 12, 28)  # ISO week 53 of 2026
    assert Period.day(date(2026, 12, 31)).step(1) == Period.day(date(2027, 1, 1))
    custom = Period.custom(date(2026, 11, 1), date(2026, 11, 10))
    assert custom.step(1) == Period.custom(date(2026, 11, 11), date(2026, 11, 20))
    assert Period.containing("week", thursday) == week
    with pytest.raises(ValueError):
        Period.custom(date(2026, 11, 2), date(2026, 11, 1))
    with pytest.raises(ValueError):
        Period.containing("custom", thursday)


def test_periods_are_named_in_norwegian() -> None:
    assert long_date(date(2026, 11, 19)) == "torsdag 19. november 2026"
    assert month_name(date(2026, 11, 1)) == "november 2026"
    assert period_label(Period.week(date(2026, 11, 19))) == "uke 47, 16.11.2026–22.11.2026"
    assert period_label(Period.month(date(2026, 2, 1))) == "februar 2026"
    assert period_label(Period.custom(date(2026, 11, 1), date(2026, 11, 5))) == "01.11.2026–05.11.2026"
    assert [Period.week(NOV19).slug(), Period.month(NOV19).slug(), Period.day(NOV19).slug()] == [
        "2026-W47",
        "2026-11",
        "2026-11-19",
    ]


# --- figures -----------------------------------------------------------------------


def test_week_figures(shop: Shop, history: History) -> None:
    week = report(shop, Period.week(NOV19))
    s1_cash = history.s1.total + history.s1.rounding
    assert history.s1.total == 6950 and s1_cash == 7000  # cash to whole kroner

    assert week.receipts == 4  # S1–S4; the return is not a sales receipt, training never counts
    assert week.returns_count == 1
    assert week.gross_sales == 6950 + 10000 + 5000 + 4950
    assert week.returns == -10000
    assert week.net_sales == 26900 - 10000
    assert week.average_receipt == 26900 // 4
    assert week.rounding == 50

    by_category = {c.name: (c.kind, c.count, c.amount) for c in week.by_category}
    assert by_category == {
        "Bøker": ("goods", 2, 4950 + 4950),
        "Klær dame": ("goods", 0, 0),  # sold and returned
        "Kafé": ("cafe", 1 + 2, 2000 + 5000),
    }
    assert week.by_category[0].name == "Bøker"  # the biggest first
    assert (week.cafe_sales, week.shop_sales) == (7000, 9900)
    assert sum(c.amount for c in week.by_category) == week.net_sales

    assert [(p.method, p.count, p.amount) for p in week.by_payment] == [
        ("cash", 1, s1_cash),
        ("card", 3, 10000 + 4950 - 10000),
        ("vipps", 1, 5000),
    ]
    assert week.payments_total == week.net_sales + week.rounding

    assert [(h.hour, h.receipts, h.amount) for h in week.by_hour] == [
        (10, 2, 6950 + 10000),
        (11, 1, 4950),
        (14, 1, 5000),
        (15, 0, -10000),
    ]

    assert [(k.name, k.grams, k.pieces) for k in week.kilos] == [("Bøker", 2000, 5)]
    assert (week.grams_received, week.donations) == (2000, 1)

    through = {s.name: s for s in week.sell_through}
    assert set(through) == {"Bøker", "Klær dame"}
    # B1: 20.10 → 16.11 = 27 days; the shop's own book: 12.11 → 19.11 = 7 days.
    assert (through["Bøker"].sold, through["Bøker"].median_days) == (2, 17.0)
    # C1: 20.10 → 16.11 (its return does not undo how fast it went).
    assert (through["Klær dame"].sold, through["Klær dame"].median_days) == (1, 27.0)
    assert through["Bøker"].intake == 0 and through["Bøker"].share_sold is None


def test_only_a_leader_sees_the_figures(shop: Shop, history: History) -> None:
    with pytest.raises(PermissionDenied):
        build_period_report(shop.db, Period.week(NOV19), now=at(NOV19, 17), operator=shop.cashier)
    assert report(shop, Period.week(NOV19)).receipts > 0


def test_day_figures_leave_out_training_and_net_the_return(shop: Shop, history: History) -> None:
    day = report(shop, Period.day(NOV19))
    assert (day.receipts, day.returns_count, day.gross_sales, day.returns) == (1, 1, 4950, -10000)
    assert day.net_sales == -5050
    assert [(p.method, p.count, p.amount) for p in day.by_payment] == [("card", 2, -5050)]
    assert {c.name: c.amount for c in day.by_category} == {"Bøker": 4950, "Klær dame": -10000}
    assert [(h.hour, h.receipts) for h in day.by_hour] == [(11, 1), (15, 0)]
    assert day.kilos == () and day.donations == 0

    quiet = report(shop, Period.day(date(2026, 11, 17)))
    assert quiet.is_empty and quiet.by_category == () and quiet.average_receipt == 0


def test_month_figures(shop: Shop, history: History) -> None:
    november = report(shop, Period.month(NOV19))
    assert november.receipts == 5
    assert november.net_sales == 2000 + 16900
    assert november.cafe_sales == 2000 + 7000
    assert november.payment("cash") == 2000 + 7000
    assert [(k.name, k.grams, k.pieces) for k in november.kilos] == [
        ("Klær dame", 3250, 10),
        ("Bøker", 2000, 5),
    ]
    assert (november.grams_received, november.donations) == (5250, 2)
    through = {s.name: s for s in november.sell_through}
    # The shop's ten own items came in 12.11; one book of them is sold.
    assert (through["Bøker"].intake, through["Bøker"].intake_sold, through["Bøker"].share_sold) == (5, 1, 0.2)
    assert (through["Klær dame"].intake, through["Klær dame"].intake_sold) == (5, 0)

    october = report(shop, Period.month(OCT20))
    assert (october.receipts, october.net_sales, october.by_payment) == (0, 0, ())
    assert (october.grams_received, october.donations) == (20_500, 1)
    through = {s.name: s for s in october.sell_through}
    # B1 is sold; C1 came back with its return and is on the shelf again.
    assert (through["Bøker"].intake, through["Bøker"].intake_sold, through["Bøker"].sold) == (2, 1, 0)
    assert (through["Klær dame"].intake, through["Klær dame"].intake_sold) == (2, 0)
    assert through["Bøker"].median_days is None


def test_custom_period_and_json(shop: Shop, history: History) -> None:
    custom = report(shop, Period.custom(NOV12, NOV16))
    assert custom.receipts == 4  # S0–S3
    assert custom.net_sales == 2000 + 6950 + 10000 + 5000
    data = custom.to_json()
    assert data["period"] == {"kind": "custom", "first": "2026-11-12", "last": "2026-11-16"}
    assert data["by_payment"] == {"cash": 2000 + 7000, "card": 10000, "vipps": 5000}
    assert data["net_sales"] == custom.net_sales and data["grams_received"] == 5250


def test_every_query_starts_from_an_index(shop: Shop, history: History) -> None:
    plans = query_plans(shop.db, Period.month(NOV19))
    assert set(plans) >= {
        "receipts",
        "by_category",
        "by_payment",
        "kilos",
        "sold_items",
        "intake",
        "intake_sold",
    }
    for name, steps in plans.items():
        if name == "categories":
            continue  # a few rows
        for step in steps:
            assert not step.startswith("SCAN"), f"{name}: {step}"
        assert any("INDEX" in step for step in steps), f"{name}: {steps}"
    assert "ix_sales_business_date" in plans["by_category"][0]
    assert "COVERING INDEX ix_items_category_id_intake_at" in plans["intake"][0]
