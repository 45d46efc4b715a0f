"""Discounts and new prices at the till: the shop's limit, the leader, the journal, X and Z."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pypdfium2
import pytest

from bruktpos.devices.receipts import WIDE, receipt_text
from bruktpos.devices.report_pdf import write_report_pdf
from bruktpos.devices.report_receipt import render_report
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import (
    ApprovalNeeded,
    ApprovalRefused,
    InvalidDiscount,
    InvalidDiscountLimit,
    PermissionDenied,
    ReasonNeeded,
)
from bruktpos.domain.reports import CountAmount
from bruktpos.domain.roles import Action
from bruktpos.services.day import DayService
from bruktpos.services.price_rules import DiscountRules, discount_rules, save_discount_rules
from bruktpos.services.reports import build_report, stored_z
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import load_shop

from .conftest import CASHIER_PIN, LEADER_PIN, OPENING_FLOAT, Shop


def _events(path: Path, event: str) -> list[dict[str, object]]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT user_id, saft_code, details FROM journal WHERE event = ? ORDER BY id", (event,)
        ).fetchall()
    return [{"user_id": u, "saft_code": c, **json.loads(d)} for u, c, d in rows]


def test_a_cashier_gives_ten_percent_alone_and_it_is_journalled(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])  # kr 100
    co.set_discount_percent(cart, dress.line_id, 10, operator=shop.cashier)
    assert cart.total == 9000
    (event,) = _events(shop.path, "discount")
    assert event["user_id"] == shop.cashier.id
    assert event["saft_code"] == "13021"
    assert (event["item"], event["before"], event["after"], event["approved_by"]) == (
        shop.codes[5],
        10000,
        9000,
        None,
    )
    assert (event["kind"], event["value"]) == ("percent", 10)


def test_beyond_the_limit_a_cashier_needs_a_leader_and_a_reason(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])
    before = cart.to_dict()
    with pytest.raises(ApprovalNeeded) as caught:
        co.set_discount_percent(cart, dress.line_id, 100, operator=shop.cashier)
    assert (caught.value.action, caught.value.second_person) == (Action.DISCOUNT.value, False)
    with pytest.raises(ApprovalRefused) as refused:  # a cashier cannot approve it
        co.set_discount_percent(
            cart, dress.line_id, 100, operator=shop.cashier, approver=shop.cashier, reason="x"
        )
    assert refused.value.approvers == ("Astrid", "Kari")
    with pytest.raises(ReasonNeeded):
        co.set_discount_percent(cart, dress.line_id, 100, operator=shop.cashier, approver=shop.leader)
    assert cart.to_dict() == before
    assert _events(shop.path, "discount") == []
    co.set_discount_percent(
        cart,
        dress.line_id,
        100,
        operator=shop.cashier,
        approver=shop.leader,
        reason="  Gave   til  frivillig ",
    )
    assert cart.total == 0
    (event,) = _events(shop.path, "discount")
    assert (event["user_id"], event["approved_by"], event["reason"]) == (
        shop.cashier.id,
        shop.leader.id,
        "Gave til frivillig",
    )
    assert (event["before"], event["after"]) == (10000, 0)


def test_the_kroner_limit_counts_too(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])  # kr 100: 20 % is kr 20, within kr 100
    co.set_discount_amount(cart, dress.line_id, 2000, operator=shop.cashier)
    co.set_discount_amount(cart, dress.line_id, 500, operator=shop.cashier)  # less than before: fine
    SettingsService(shop.db).set("discount_limit_amount", 1000, by=shop.leader)  # at most kr 10
    with pytest.raises(ApprovalNeeded):
        co.set_discount_amount(cart, dress.line_id, 1500, operator=shop.cashier)  # 15 %, but kr 15
    co.set_discount_amount(cart, dress.line_id, 1000, operator=shop.cashier)
    assert cart.total == 9000


def test_a_new_price_of_one_krone_on_a_big_item_needs_a_leader(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    line = co.add_open(cart, shop.clothes, 150_000, description="Sofa")
    with pytest.raises(ApprovalNeeded) as caught:
        co.override_price(cart, line.line_id, 100, operator=shop.cashier)
    assert caught.value.action == Action.PRICE_OVERRIDE.value
    assert cart.total == 150_000
    co.override_price(cart, line.line_id, 140_000, operator=shop.cashier)  # kr 100 off: within the limit
    (event,) = _events(shop.path, "price_override")
    assert (event["from"], event["to"], event["approved_by"]) == (150_000, 140_000, None)


def test_small_steps_cannot_add_up_past_the_limit(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])  # kr 100
    co.override_price(cart, dress.line_id, 8500, operator=shop.cashier)  # 15 % off
    with pytest.raises(ApprovalNeeded):
        co.set_discount_percent(cart, dress.line_id, 10, operator=shop.cashier)  # 23,5 % in all


def test_a_second_person_must_approve_where_the_shop_wants_one(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])
    co.set_discount_percent(cart, dress.line_id, 50, operator=shop.leader, reason="Flekk")  # a leader alone
    SettingsService(shop.db).set("second_person_approves", True, by=shop.leader)
    with pytest.raises(ApprovalNeeded) as caught:
        co.set_discount_percent(cart, dress.line_id, 60, operator=shop.leader, reason="Flekk")
    assert caught.value.second_person
    with pytest.raises(ApprovalRefused) as refused:
        co.set_discount_percent(
            cart, dress.line_id, 60, operator=shop.leader, approver=shop.leader, reason="x"
        )
    assert refused.value.own
    assert refused.value.approvers == ("Astrid",)
    co.set_discount_percent(
        cart, dress.line_id, 60, operator=shop.leader, approver=shop.admin, reason="Flekk"
    )
    assert cart.total == 4000


def test_the_users_service_approves_only_who_may(shop: Shop) -> None:
    with pytest.raises(ApprovalRefused) as refused:
        shop.users.approve(shop.cashier.id, CASHIER_PIN, Action.DISCOUNT, asker=shop.cashier)
    assert (refused.value.approver, refused.value.own, refused.value.approvers) == (
        "Ola",
        False,
        ("Astrid", "Kari"),
    )
    assert shop.users.approve(shop.leader.id, LEADER_PIN, Action.DISCOUNT, asker=shop.leader) == shop.leader
    assert [u.name for u in shop.users.approvers(Action.CASH_DIFFERENCE, asker=shop.leader)] == [
        "Astrid",
        "Kari",
    ]
    SettingsService(shop.db).set("second_person_approves", True, by=shop.leader)
    assert [u.name for u in shop.users.approvers(Action.CASH_DIFFERENCE, asker=shop.leader)] == ["Astrid"]
    with pytest.raises(ApprovalRefused) as own:
        shop.users.approve(shop.leader.id, LEADER_PIN, Action.DISCOUNT, asker=shop.leader)
    assert own.value.own


def test_bad_input_changes_nothing(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])
    with pytest.raises(InvalidDiscount):
        co.set_discount_percent(cart, dress.line_id, 101, operator=shop.cashier)
    assert _events(shop.path, "discount") == []


def test_x_and_z_show_what_each_person_gave_on_what_was_sold(shop: Shop, clock) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])  # kr 100
    book = co.scan(cart, shop.codes[0])  # kr 49,50
    gone = co.scan(cart, shop.codes[6])
    co.set_discount_percent(cart, dress.line_id, 10, operator=shop.cashier)  # kr 10
    co.override_price(cart, book.line_id, 4500, operator=shop.cashier)  # kr 4,50
    co.set_discount_percent(cart, gone.line_id, 20, operator=shop.cashier)
    co.remove_line(cart, gone.line_id, operator=shop.cashier)  # its discount was never given
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)

    cart = co.new_cart()
    other = co.scan(cart, shop.codes[7])
    co.set_discount_percent(
        cart, other.line_id, 50, operator=shop.cashier, approver=shop.leader, reason="Skadet"
    )
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)

    cart = co.new_cart()
    third = co.scan(cart, shop.codes[8])
    co.set_discount_amount(cart, third.line_id, 1000, operator=shop.leader)
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.leader)

    with shop.db.read() as session:
        x = build_report(session, co.register.id, clock().date(), "X", at=clock())
    by_name = {p.name: p for p in x.price_changes_by_operator}
    assert list(by_name) == ["Kari", "Ola"]
    assert by_name["Ola"].discounts == CountAmount(2, 1000 + 5000)
    assert by_name["Ola"].overrides == CountAmount(1, 450)
    assert by_name["Ola"].approved == 1
    assert by_name["Kari"].discounts == CountAmount(1, 1000)
    assert by_name["Kari"].overrides == CountAmount(0, 0)

    assert x.expected_cash == OPENING_FLOAT.total  # all by card: the drawer holds the float
    done = DayService(shop.db, clock=clock).close_day(OPENING_FLOAT, operator=shop.leader)
    with shop.db.read() as session:
        stored = stored_z(session, co.register.id, clock().date())
    assert stored is not None
    assert (
        stored.price_changes_by_operator
        == done.report.price_changes_by_operator
        == x.price_changes_by_operator
    )


def test_the_printed_z_and_its_pdf_show_them_by_operator(shop: Shop, clock, tmp_path: Path) -> None:
    co = shop.checkout
    cart = co.new_cart()
    dress = co.scan(cart, shop.codes[5])
    co.set_discount_percent(
        cart, dress.line_id, 50, operator=shop.cashier, approver=shop.leader, reason="Skadet"
    )
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=shop.cashier)
    done = DayService(shop.db, clock=clock).close_day(OPENING_FLOAT, operator=shop.leader)

    printed = receipt_text(render_report(done.report, load_shop(shop.db), width=WIDE))
    section = printed[printed.index("Rabatter og prisendringer per kasserer") :]
    assert "Ola" in section
    rabatter = next(line for line in section.splitlines()[1:] if line.strip().startswith("Rabatter"))
    assert "1" in rabatter and "50,00" in rabatter
    assert "herav godkjent av leder" in section

    path = tmp_path / "z.pdf"
    write_report_pdf(done.report, path, shop=load_shop(shop.db))
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
    assert "Rabatter og prisendringer per kasserer" in text
    assert "Ola" in text


def test_a_day_without_any_says_so(shop: Shop, clock) -> None:
    with shop.db.read() as session:
        x = build_report(session, shop.checkout.register.id, clock().date(), "X", at=clock())
    printed = receipt_text(render_report(x, None, width=WIDE))
    assert "Ingen rabatter eller prisendringer" in printed


def test_the_limit_is_set_by_a_leader_and_journalled(shop: Shop, clock) -> None:
    assert discount_rules(shop.db) == DiscountRules(20, 10_000, False)
    with pytest.raises(PermissionDenied):
        save_discount_rules(shop.db, DiscountRules(10, 5000, True), by=shop.cashier, clock=clock)
    with pytest.raises(InvalidDiscountLimit):
        save_discount_rules(shop.db, DiscountRules(101, 5000, True), by=shop.leader, clock=clock)
    assert discount_rules(shop.db) == DiscountRules(20, 10_000, False)
    assert save_discount_rules(shop.db, DiscountRules(10, 5000, True), by=shop.leader, clock=clock)
    assert discount_rules(shop.db) == DiscountRules(10, 5000, True)
    changed = [
        (e["setting"], e["from"], e["to"], e["user_id"]) for e in _events(shop.path, "settings_changed")
    ]
    assert changed[-3:] == [
        ("discount_limit_percent", 20, 10, shop.leader.id),
        ("discount_limit_amount", 10_000, 5000, shop.leader.id),
        ("second_person_approves", False, True, shop.leader.id),
    ]


def test_where_the_shop_wants_a_second_person_nobody_answers_for_their_own_difference(
    shop: Shop, clock
) -> None:
    SettingsService(shop.db).set("second_person_approves", True, by=shop.leader)
    counted = CashCount({20000: 2, 10000: 3, 5000: 4, 2000: 5, 1000: 5, 500: 6, 100: 10})  # kr 100 short
    day = DayService(shop.db, clock=clock)
    with pytest.raises(ApprovalRefused) as refused:
        day.close_day(counted, operator=shop.leader, note="Telt to ganger")
    assert refused.value.own and refused.value.approvers == ("Astrid",)
    with pytest.raises(ApprovalRefused):
        day.close_day(counted, operator=shop.leader, approver=shop.leader, note="Telt to ganger")
    done = day.close_day(counted, operator=shop.leader, approver=shop.admin, note="Telt to ganger")
    assert done.difference == -10000


def test_more_of_a_discounted_product_is_more_discount(shop: Shop) -> None:
    co = shop.checkout
    cart = co.new_cart()
    coffee = co.add_product(cart, shop.coffee)  # kr 20
    co.set_discount_percent(cart, coffee.line_id, 20, operator=shop.cashier)  # kr 4 off
    co.set_quantity(cart, coffee.line_id, 25, operator=shop.cashier)  # kr 100 off: the limit
    with pytest.raises(ApprovalNeeded):
        co.set_quantity(cart, coffee.line_id, 26, operator=shop.cashier)  # kr 104 off
    assert cart.line(coffee.line_id).quantity == 25
    more = co.set_quantity(
        cart, coffee.line_id, 26, operator=shop.cashier, approver=shop.leader, reason="Kakesalg"
    )
    assert (more.quantity, more.discount, more.discount_approved_by) == (26, 10400, shop.leader.id)
    last = _events(shop.path, "discount")[-1]
    assert (last["kind"], last["value"], last["approved_by"], last["reason"]) == (
        "quantity",
        26,
        shop.leader.id,
        "Kakesalg",
    )
    co.set_quantity(cart, coffee.line_id, 2, operator=shop.cashier)  # fewer: nobody asked
