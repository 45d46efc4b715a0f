"""Every event issue 14 part 5 names is journalled with its SAF-T code (PredefinedBasicID-13).

Each kind is driven through the services as the till drives it, and the
journal is read back from the file: the event, its code, who, the sale it
belongs to and the facts that say what happened. The codes follow the tax
office's list and its example file (``../shared/saft``): a line deleted from
a sale is 13999 "other" there too ("LINEDELETE"), as are a failed print and a
change to people or settings, which the list has no code for.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.discounts import DiscountLimits
from bruktpos.domain.roles import Role
from bruktpos.services.day import DayService
from bruktpos.services.intake import IntakeService
from bruktpos.services.journal_view import event_codes
from bruktpos.services.people import PeopleService
from bruktpos.services.price_rules import DiscountRules, save_discount_rules
from bruktpos.services.receipt_journal import ReceiptJournal
from bruktpos.services.settings import SettingsService
from bruktpos.services.till_events import switch_training_mode
from bruktpos.store.integrity import verify_database
from bruktpos.store.journal import Event

from .conftest import Shop
from .day_helpers import sell


def _since(shop: Shop, after: int) -> list[tuple[str, str, int | None, int | None, dict]]:
    """(event, code, user, sale, details) of every entry after entry ``after``, in order."""
    with closing(sqlite3.connect(shop.path)) as conn:
        return [
            (event, code, user, sale, json.loads(details))
            for event, code, user, sale, details in conn.execute(
                "SELECT event, saft_code, user_id, sale_id, details FROM journal WHERE id > ? ORDER BY id",
                (after,),
            )
        ]


def _last_id(shop: Shop) -> int:
    with closing(sqlite3.connect(shop.path)) as conn:
        return conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]


def _receipts(shop: Shop) -> ReceiptJournal:
    return ReceiptJournal(shop.db, register_id=shop.checkout.register.id, clock=shop.checkout.clock)


@pytest.fixture(autouse=True)
def _journal_stays_whole(shop: Shop):
    yield
    assert verify_database(shop.path).ok


def test_the_drawer_opened_with_a_sale_is_13005_with_its_sale_and_without_one_too(shop: Shop) -> None:
    sale = sell(shop, coffees=1, method=PaymentMethod.CASH)
    start = _last_id(shop)
    _receipts(shop).drawer_opened(sale.sale_id, operator=shop.cashier)
    shop.checkout.open_drawer_without_sale(operator=shop.cashier, approver=shop.leader)
    assert _since(shop, start) == [
        ("drawer_opened", "13005", shop.cashier.id, sale.sale_id, {"receipt_no": sale.receipt_no}),
        ("drawer_opened", "13005", shop.cashier.id, None, {"no_sale": True, "approved_by": shop.leader.id}),
    ]


def test_a_receipt_printed_failed_printed_again_and_copied(shop: Shop) -> None:
    start = _last_id(shop)
    sale = sell(shop, coffees=2)
    receipts = _receipts(shop)
    receipts.failed(sale.sale_id, "paper out", operator=shop.cashier)
    assert receipts.printed(sale.sale_id, operator=shop.cashier) is True  # the reprint, after the failure
    shop.checkout.record_receipt_copy(sale.sale_id, operator=shop.cashier)
    no = sale.receipt_no
    assert [(event, code, s, d) for event, code, _u, s, d in _since(shop, start)][1:] == [
        ("receipt_failed", "13999", sale.sale_id, {"receipt_no": no, "reason": "paper out"}),
        ("receipt_printed", "13012", sale.sale_id, {"receipt_no": no, "after_failure": True}),
        ("receipt_copy", "13014", sale.sale_id, {"receipt_no": no}),
    ]
    first = _since(shop, start)[0]
    assert first[:4] == ("sale", "13999", shop.cashier.id, sale.sale_id)  # the sale: not yet "printed"


def test_training_on_and_off_are_13023_and_13024_and_a_practice_sale_13017(shop: Shop) -> None:
    register = shop.checkout.register.id
    start = _last_id(shop)
    switch_training_mode(
        shop.db,
        register_id=register,
        on=True,
        operator=shop.cashier,
        approver=shop.leader,
        clock=shop.checkout.clock,
    )
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.coffee)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier, training=True)
    switch_training_mode(
        shop.db, register_id=register, on=False, operator=shop.leader, clock=shop.checkout.clock
    )
    assert [(e, c, u) for e, c, u, _s, _d in _since(shop, start)] == [
        ("training_on", "13023", shop.cashier.id),
        ("training_sale", "13017", shop.cashier.id),
        ("training_off", "13024", shop.leader.id),
    ]
    assert _since(shop, start)[0][4] == {"approved_by": shop.leader.id}


def test_price_overrides_and_discounts_are_13021_with_who_approved_and_why(shop: Shop, clock) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[5])  # Klær dame, kr 100
    co.add_product(cart, shop.coffee)
    co.add_product(cart, shop.waffle)
    clothes, coffee, waffle = (line.line_id for line in cart.lines)
    start = _last_id(shop)
    co.override_price(cart, clothes, 5000, operator=shop.cashier, approver=shop.leader, reason="Flekk")
    co.set_discount_percent(cart, coffee, 10, operator=shop.cashier)  # within the cashier's limit
    co.set_discount_amount(cart, waffle, 500, operator=shop.cashier)
    IntakeService(shop.db, clock=clock).change_price(shop.codes[6], 8000, by=shop.leader)  # on the shelf
    entries = _since(shop, start)
    assert [(e, c, u) for e, c, u, _s, _d in entries] == [
        ("price_override", "13021", shop.cashier.id),
        ("discount", "13021", shop.cashier.id),
        ("discount", "13021", shop.cashier.id),
        ("price_change", "13021", shop.leader.id),
    ]
    override, percent, amount, shelf = (d for *_rest, d in entries)
    assert (override["from"], override["to"], override["approved_by"], override["reason"]) == (
        10000,
        5000,
        shop.leader.id,
        "Flekk",
    )
    assert (percent["kind"], percent["value"], percent["before"], percent["after"]) == (
        "percent",
        10,
        2000,
        1800,
    )
    assert (amount["kind"], amount["value"], amount["approved_by"]) == ("amount", 500, None)
    assert shelf == {"item": shop.codes[6], "from": 10000, "to": 8000}


def test_line_voids_and_fewer_of_a_product_are_journalled_as_13999_line_voids(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.add_product(cart, shop.coffee, 3)
    co.add_product(cart, shop.waffle)
    item, coffee, waffle = (line.line_id for line in cart.lines)
    start = _last_id(shop)
    co.set_quantity(cart, coffee, 1, operator=shop.cashier)
    co.remove_line(cart, item, operator=shop.cashier)
    co.pay(cart, PaymentMethod.CARD, 2000)  # the coffee paid, the waffle not yet
    co.remove_line(cart, waffle, operator=shop.cashier, approver=shop.leader)  # after payment: a leader
    entries = _since(shop, start)
    assert [(e, c, u) for e, c, u, _s, _d in entries] == [("line_void", "13999", shop.cashier.id)] * 3
    fewer, removed, after_payment = (d for *_rest, d in entries)
    assert (fewer["correction"], fewer["quantity"], fewer["amount"]) == ("quantity", 2, 4000)
    assert (removed["item"], removed["quantity"], removed["amount"]) == (shop.codes[0], 1, 4950)
    assert (after_payment["after_payment"], after_payment["approved_by"]) == (True, shop.leader.id)


def test_people_changed_are_13999_user_changed_naming_who_did_what_to_whom(shop: Shop, clock) -> None:
    people = PeopleService(shop.db, register_id=shop.checkout.register.id, clock=clock)
    start = _last_id(shop)
    new = people.add_person("Per Hansen", Role.CASHIER, "4321", by=shop.leader)
    people.set_role(new.id, Role.LEADER, by=shop.leader)
    people.set_pin(new.id, "9876", by=shop.leader)
    people.deactivate(new.id, by=shop.leader)
    people.reactivate(new.id, by=shop.leader)
    entries = _since(shop, start)
    assert {(e, c, u) for e, c, u, _s, _d in entries} == {("user_changed", "13999", shop.leader.id)}
    assert [(d["action"], d["user"]) for *_rest, d in entries] == [
        ("created", new.id),
        ("role_changed", new.id),
        ("pin_changed", new.id),
        ("deactivated", new.id),
        ("reactivated", new.id),
    ]
    assert entries[1][4]["from"] == "cashier" and entries[1][4]["to"] == "leader"
    assert all("9876" not in json.dumps(d) and "4321" not in json.dumps(d) for *_rest, d in entries)


def test_settings_changed_are_13999_with_the_old_and_new_value(shop: Shop, clock) -> None:
    start = _last_id(shop)
    SettingsService(shop.db, clock=clock).set("auto_lock_minutes", 10, by=shop.leader)
    save_discount_rules(
        shop.db, DiscountRules(percent=30, amount=10000, second_person=False), by=shop.leader, clock=clock
    )
    entries = _since(shop, start)
    assert {(e, c, u) for e, c, u, _s, _d in entries} == {("settings_changed", "13999", shop.leader.id)}
    assert next((d["setting"], d["to"]) for *_rest, d in entries) == ("auto_lock_minutes", 10)
    assert ("discount_limit_percent", 30) in [(d["setting"], d["to"]) for *_rest, d in entries]
    assert DiscountLimits(30, 10000) == shop.checkout.prices.limits()


def test_the_day_its_reports_and_the_receipts_have_their_codes(shop: Shop, clock) -> None:
    day = DayService(shop.db, clock=clock)
    start = _last_id(shop)
    day.cash_movement("pay_out", 2000, "Melk", operator=shop.leader)
    day.x_report(operator=shop.cashier)
    assert [(e, c) for e, c, *_rest in _since(shop, start)] == [("cash_out", "13019"), ("x_report", "13008")]


def test_every_code_the_till_journals_is_on_the_tax_offices_list_and_no_price_look_up_is_made_up() -> None:
    codes = event_codes()
    assert {event.saft_code for event in Event} <= set(codes)
    # The till has no way to look up a price without selling it (a scan puts the item on the
    # sale; services/report_identity.py), so nothing is journalled as 13022 "price look-up".
    assert "13022" not in {event.saft_code for event in Event}
