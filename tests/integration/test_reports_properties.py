"""Arithmetic invariants of the X/Z report over random days (Hypothesis).

Each example is a fresh copy of the test shop with a random day of sales,
returns and cash movements written through the services; the report's
figures are then checked against each other and against the stored rows,
read with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.vat import vat_of
from bruktpos.services.day import DayService
from tests.conftest import FakeClock

from .conftest import OPENING_FLOAT, Shop, copy_shop
from .day_helpers import write_return

_line = st.one_of(
    st.tuples(st.just("coffee"), st.integers(1, 4)),
    st.tuples(st.just("waffle"), st.integers(1, 2)),
    st.tuples(st.just("open"), st.integers(100, 50_000)),
    st.tuples(st.just("item"), st.just(1)),
)
_payment = st.sampled_from(["cash", "cash_exact", "card", "vipps", "card_then_cash"])
_sale = st.tuples(st.lists(_line, min_size=1, max_size=4), _payment, st.sampled_from([0, 0, 0, 10, 50]))
_return = st.tuples(st.integers(0, 30), st.sampled_from(["cash", "card", "vipps", "voucher"]))
_movement = st.tuples(
    st.sampled_from(["pay_in", "pay_out", "deposit"]), st.integers(1, 2000).map(lambda kr: kr * 100)
)
_day = st.tuples(
    st.lists(_sale, min_size=0, max_size=12),
    st.lists(_return, max_size=3),
    st.lists(_movement, max_size=3),
)


def _play(shop: Shop, clock: FakeClock, plan) -> DayService:
    sales, returns, movements = plan
    co = shop.checkout
    day = DayService(shop.db, clock=clock)
    codes = iter(shop.codes)
    done: list[int] = []
    for lines, payment, percent in sales:
        clock.advance(minutes=3)
        cart = co.new_cart()
        for kind, value in lines:
            if kind == "coffee":
                co.add_product(cart, shop.coffee, value)
            elif kind == "waffle":
                co.add_product(cart, shop.waffle, value)
            elif kind == "open":
                co.add_open(cart, shop.books, value)
            else:
                code = next(codes, None)
                if code is not None:
                    co.scan(cart, code)
        if not cart.lines:
            continue
        if percent:
            co.set_discount_percent(
                cart, cart.lines[-1].line_id, percent, operator=shop.leader, reason="Skadet"
            )
        if cart.total == 0:
            continue
        if payment == "card_then_cash" and cart.total > 100:
            co.pay(cart, PaymentMethod.CARD, cart.total // 2)
            payment = "cash"
        if payment == "cash":
            co.pay(cart, PaymentMethod.CASH, tendered=cart.cash_due() + 5000)
        elif payment == "cash_exact":
            co.pay(cart, PaymentMethod.CASH, tendered=cart.cash_due())
        elif payment == "vipps":
            co.pay(cart, PaymentMethod.VIPPS)
        else:
            co.pay(cart, PaymentMethod.CARD)
        done.append(co.complete(cart, operator=shop.cashier).sale_id)
    returned: set[int] = set()
    for index, refund_to in returns:
        if done and done[index % len(done)] not in returned:
            sale_id = done[index % len(done)]
            returned.add(sale_id)
            clock.advance(minutes=1)
            write_return(shop, sale_id, quantities={1: 1}, refund_to=refund_to)
    for kind, amount in movements:
        clock.advance(minutes=1)
        day.cash_movement(kind, amount, "grunn", operator=shop.leader)
    return day


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=_day)
def test_report_arithmetic_holds_for_any_day(plan, shop_template: Shop, tmp_path_factory) -> None:
    clock = FakeClock()
    shop = copy_shop(shop_template, tmp_path_factory.mktemp("random") / "shop.sqlite3", clock)
    try:
        day = _play(shop, clock, plan)
        clock.advance(minutes=1)
        r = day.x_report()
        path = shop.path
        real = "FROM sales s WHERE s.training = 0"

        # Payments sum to net sales plus cash rounding.
        assert sum(r.by_payment.values()) == r.net_sales + r.rounding
        assert r.vouchers_redeemed.amount - r.vouchers_issued.amount == r.by_payment.get("voucher", 0)
        assert r.net_sales == r.gross_sales - r.returns
        ((total, rounding),) = _rows(
            path, f"SELECT coalesce(sum(total), 0), coalesce(sum(rounding), 0) {real}"
        )
        assert (r.net_sales, r.rounding) == (total, rounding)
        # Categories sum to net sales; so do the operators.
        assert sum(c.amount for c in r.by_category) == r.net_sales
        assert sum(o.amount for o in r.by_operator) == r.net_sales
        assert r.shop_sales + r.cafe_sales == r.net_sales
        # VAT per rate is the sum of each receipt's VAT for that rate, as the receipts showed.
        per_receipt: dict[tuple[int, int], int] = defaultdict(int)
        for sale_id, rate, amount in _rows(
            path,
            "SELECT l.sale_id, l.vat_rate, l.total FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
            "WHERE s.training = 0",
        ):
            per_receipt[(sale_id, rate)] += amount
        expected_vat: dict[int, list[int]] = {}
        for (_sale, rate), amount in per_receipt.items():
            entry = expected_vat.setdefault(rate, [0, 0])
            entry[0] += amount
            entry[1] += vat_of(amount, rate)
        assert {v.rate: [v.gross, v.vat] for v in r.by_vat} == expected_vat
        assert sum(v.gross for v in r.by_vat) == r.net_sales
        ((stored_vat,),) = _rows(path, f"SELECT coalesce(sum(vat), 0) {real}")
        assert sum(v.vat for v in r.by_vat) == stored_vat == r.vat_total
        # Expected cash = float + cash sales − cash refunds + pay-ins − pay-outs − deposits.
        cash = dict(
            _rows(
                path,
                "SELECT s.kind, sum(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id "
                "WHERE s.training = 0 AND p.method = 'cash' GROUP BY s.kind",
            )
        )
        moved = dict(_rows(path, "SELECT kind, sum(amount) FROM cash_movements GROUP BY kind"))
        assert r.expected_cash == (
            OPENING_FLOAT.total
            + cash.get("sale", 0)
            + cash.get("return", 0)  # refunds are negative payments
            + moved.get("pay_in", 0)
            - moved.get("pay_out", 0)
            - moved.get("deposit", 0)
        )
        assert r.expected_cash == (
            r.opening_float + r.cash_sales - r.cash_refunds + r.cash_in - r.cash_out - r.deposits
        )
        # A drawer holds whole kroner only.
        assert r.expected_cash % 100 == 0
    finally:
        shop.close()
