"""What the cash register rules ask of every X and Z (issue 14): the system, the receipt
numbers, the training receipts, the drawer's openings; in the JSON, and read back."""

from __future__ import annotations

import json
from datetime import date

import bruktpos
from bruktpos.devices.report_receipt import report_sections, section_lines
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.reports import CountAmount, DrawerOpenings
from bruktpos.services.day import DayService
from bruktpos.services.reports import DayReport, build_report
from bruktpos.store import journal

from .conftest import Shop
from .day_helpers import sell, write_return

TODAY = date(2026, 11, 12)
NEW_KEYS = (
    "system",
    "first_receipt_no",
    "last_receipt_no",
    "training_count",
    "training_amount",
    "drawer_openings",
)


def _day(shop: Shop, clock) -> DayService:
    """Three sales, a return, two training sales, the drawer opened once without a sale."""
    co = shop.checkout
    clock.advance(minutes=1)
    first = sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CASH, tendered=5000)  # 49,50
    clock.advance(minutes=1)
    sell(shop, codes=(shop.codes[5],), method=PaymentMethod.CARD)  # 100
    clock.advance(minutes=1)
    for coffees in (5, 1):  # training: 100 kr and 20 kr, a series of their own
        cart = co.new_cart()
        co.add_product(cart, shop.coffee, coffees)
        co.pay(cart, PaymentMethod.CASH, tendered=10000)
        co.complete(cart, operator=shop.cashier, training=True)
    co.open_drawer_without_sale(operator=shop.leader)
    clock.advance(minutes=1)
    write_return(shop, first.sale_id, refund_to="cash")  # the return takes the next number
    clock.advance(minutes=1)
    sell(shop, coffees=1, method=PaymentMethod.VIPPS)
    clock.advance(minutes=1)
    return DayService(shop.db, clock=clock)


def _receipt_numbers(shop: Shop, training: bool) -> list[int]:
    with shop.db.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT receipt_no FROM sales WHERE training = ? ORDER BY receipt_no", (int(training),)
        )
        return [int(n) for (n,) in rows]


def test_the_json_names_the_system_the_receipts_training_and_drawer(shop: Shop, clock) -> None:
    day = _day(shop, clock)
    data = day.x_report().to_json()
    assert set(NEW_KEYS) <= set(data)
    assert data["system"] == {"name": "BruktPOS", "version": bruktpos.__version__, "register_id": "K1"}
    real = _receipt_numbers(shop, training=False)
    assert len(real) == 4  # three sales and the return, one series
    assert (data["first_receipt_no"], data["last_receipt_no"]) == (real[0], real[-1])
    assert (data["training_count"], data["training_amount"]) == (2, 12000)
    assert data["drawer_openings"] == {"with_sale": 0, "without_sale": 1, "total": 1}
    # The training receipts count nowhere else.
    assert (data["receipts"], data["returns_count"]) == (3, 1)


def test_an_opening_journalled_with_a_sale_counts_as_with_a_sale(shop: Shop, clock) -> None:
    day = _day(shop, clock)
    register = shop.checkout.register.id
    # Code 13005 naming a sale: the entry the till writes when a sale opens the drawer.
    with shop.db.write() as session:
        sale_id = (
            session.connection().exec_driver_sql("SELECT max(id) FROM sales WHERE training = 0").scalar()
        )
        journal.append(
            session,
            journal.Event.DRAWER_OPENED,
            at=clock.now,
            user_id=shop.cashier.id,
            register_id=register,
            sale_id=sale_id,
        )
    clock.advance(minutes=1)
    report = day.x_report(journalled=False)
    assert report.drawer_openings == DrawerOpenings(with_sale=1, without_sale=1)
    assert report.no_sale_openings == 1


def test_the_stored_z_keeps_them_and_a_day_without_sales_has_no_numbers(shop: Shop, clock) -> None:
    with shop.db.read() as session:
        empty = build_report(session, shop.checkout.register.id, TODAY, "X", at=clock.now)
    assert (empty.first_receipt_no, empty.last_receipt_no, empty.training) == (None, None, CountAmount(0, 0))
    assert empty.to_json()["first_receipt_no"] is None
    lines = {label: value for _title, label, value in section_lines(report_sections(empty))}
    assert (lines["Første kvitteringsnr."], lines["Siste kvitteringsnr."]) == ("Ingen", "Ingen")
    day = _day(shop, clock)
    closed = day.close_day(CashCount({20000: 6}), operator=shop.leader, note="Telt")
    z = closed.report
    assert DayReport.from_json(json.loads(json.dumps(z.to_json()))) == z
    assert (z.training.count, z.drawer_openings.without_sale, z.system_version) == (
        2,
        1,
        bruktpos.__version__,
    )


def test_a_report_stored_before_these_items_still_reads(shop: Shop, clock) -> None:
    day = _day(shop, clock)
    stored = day.x_report(journalled=False).to_json()
    for key in NEW_KEYS:
        del stored[key]
    old = DayReport.from_json(stored)
    assert (old.system_name, old.system_version) == ("BruktPOS", "")
    assert (old.first_receipt_no, old.last_receipt_no, old.training) == (None, None, CountAmount(0, 0))
    # Its openings without a sale are the no-sale count it had.
    assert old.drawer_openings == DrawerOpenings(with_sale=0, without_sale=stored["no_sale_openings"])
    assert old.to_json()["drawer_openings"] == {"with_sale": 0, "without_sale": 1, "total": 1}
    # Laid out, it says the receipt numbers were not kept, not that there were none.
    lines = {label: value for _title, label, value in section_lines(report_sections(old))}
    assert (lines["Kassesystem"], lines["Første kvitteringsnr."]) == ("BruktPOS", "Ikke lagret")
    assert lines["Kasseskuff åpnet uten salg"] == "1"
