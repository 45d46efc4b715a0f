"""The day's summary queued at the Z: its figures, its revisions, and that it holds no one's name."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.hub.outbox import build_day_summary, enqueue_day, shop_code
from bruktpos.services.day import DayService
from bruktpos.services.intake import DonationLineInput, IntakeService
from bruktpos.services.returns import ReturnService
from bruktpos.store.models import SaleLine
from tests.hub.days import outbox, set_setting, trade_day


def test_a_closed_day_is_queued_with_its_figures_and_no_personal_data(shop, clock) -> None:
    # Two coffees by card, a book (49,50) and a dress (100 kr) in cash, the
    # dress given back; a donation from a named donor; 20 kr too much in the drawer.
    checkout = shop.checkout
    intake = IntakeService(shop.db, clock=clock)
    intake.register_donation(
        [DonationLineInput(shop.books, 12_345, 30), DonationLineInput(shop.clothes, 2_500, 4)],
        by=shop.cashier,
        donor_name="Donor Dagfinn",
        donor_phone="91234567",
    )
    clock.advance(days=3)  # the items were taken in at the template's clock: three days on the shelf
    days = DayService(shop.db, clock=clock)
    days.close_day(CashCount({100: days.expected_cash() // 100}), operator=shop.leader)  # the old day
    days.open_day(CashCount({10000: 5}), operator=shop.leader, note="The rest to the safe")
    for _ in range(2):
        cart = checkout.new_cart()
        checkout.add_product(cart, shop.coffee)
        checkout.pay(cart, PaymentMethod.CARD)
        checkout.complete(cart, operator=shop.cashier)
    cart = checkout.new_cart()
    checkout.scan(cart, shop.codes[0])  # Bøker 49,50
    checkout.scan(cart, shop.codes[5])  # Klær dame 100,00
    checkout.pay(cart, PaymentMethod.CASH, tendered=20000)
    sale = checkout.complete(cart, operator=shop.cashier)
    clock.advance(hours=2)
    with shop.db.read() as session:
        dress_line = session.scalar(
            select(SaleLine.id).where(SaleLine.sale_id == sale.sale_id, SaleLine.line_no == 2)
        )
    ReturnService(shop.db, clock=clock, checkout=checkout).refund(
        sale.sale_id, {dress_line: 1}, operator=shop.leader
    )
    result = days.close_day(
        CashCount({100: (days.expected_cash() + 2000) // 100}), operator=shop.leader, note="found 20 kr"
    )

    entries = outbox(shop)
    assert [(e.business_date, e.revision, e.sent_at) for e in entries] == [
        (entries[0].business_date, 1, None),
        (result.business_date, 1, None),
    ]
    summary = json.loads(entries[-1].payload)
    assert summary["shop"] == "S001" and summary["register"] == "K1"
    assert summary["business_date"] == result.business_date.isoformat()
    assert summary["gross_sales"] == 2 * 2000 + 4950 + 10000
    assert summary["returns"] == 10000
    assert summary["net_sales"] == 2 * 2000 + 4950
    assert (summary["receipts"], summary["return_receipts"]) == (3, 1)
    assert (summary["items_sold"], summary["items_returned"]) == (4, 1)
    assert summary["cafe_sales"] == 4000 and summary["shop_sales"] == 4950
    assert summary["payments"]["card"] == 4000
    assert summary["payments"]["cash"] == 15000 - 10000  # 149,50 rounded to 150, 100 back
    assert summary["cash_difference"] == 2000 == result.difference
    assert {v["rate"]: v["gross"] for v in summary["vat"]} == {2500: 4950, 1500: 4000}
    assert {c["name"]: (c["net_sales"], c["quantity"]) for c in summary["categories"]} == {
        "Kafé": (4000, 2),
        "Bøker": (4950, 1),
        "Klær dame": (0, 0),
    }
    assert summary["sell_through"] == [
        {"category": "Bøker", "items": 1, "median_days": 3.0},
        {"category": "Klær dame", "items": 1, "median_days": 3.0},
    ]
    assert summary["first_sale_at"].startswith(f"{result.business_date.isoformat()}T14:03")
    # The donation came in on the earlier day, so it is on that day's summary.
    earlier = json.loads(entries[0].payload)
    assert earlier["donations"] == {
        "count": 1,
        "grams": 14_845,
        "categories": [
            {"name": "Bøker", "grams": 12_345, "count": 30},
            {"name": "Klær dame", "grams": 2_500, "count": 4},
        ],
    }
    assert earlier["grams_received"] == 14_845 and summary["grams_received"] == 0
    text = entries[-1].payload + entries[0].payload
    for private in ("Dagfinn", "91234567", "Ola", "Kari", "Astrid"):
        assert private not in text


def test_a_corrected_day_gets_the_next_revision(shop, clock) -> None:
    day = trade_day(shop, clock)
    with shop.db.write() as session:
        register_id = shop.checkout.register.id
        enqueue_day(session, register_id, day, clock())
        third = enqueue_day(session.connection(), register_id, day, clock())
    entries = outbox(shop)
    assert [e.revision for e in entries] == [1, 2, 3]
    assert entries[-1].id == third
    assert json.loads(entries[-1].payload)["revision"] == 3
    assert json.loads(entries[0].payload)["net_sales"] == json.loads(entries[-1].payload)["net_sales"]


def test_a_day_without_sales_is_all_zeros(shop, clock) -> None:
    days = DayService(shop.db, clock=clock)
    day = days.open_day_info().business_date
    with shop.db.read() as session:
        summary = build_day_summary(session, shop.checkout.register.id, day + timedelta(days=1))
    assert summary["net_sales"] == summary["receipts"] == summary["items_sold"] == 0
    assert summary["first_sale_at"] is None and summary["payments"] == {} and summary["vat"] == []


def test_shop_code_comes_from_the_setting_or_the_shop_number(shop) -> None:
    with shop.db.read() as session:
        assert shop_code(session) == "S001"
    set_setting(shop, "hub_shop_code", "OSLO-1")
    with shop.db.read() as session:
        assert shop_code(session) == "OSLO-1"
