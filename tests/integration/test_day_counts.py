"""Issue 13, parts 1 and 7: the blind count keeps its first count, and cash is whole kroner.

On real SQLite files: every complete closing count is stored with the day and
journalled; a recount after the expected amount was shown needs a leader (or
the shop's second counter) and a note when it changes the amount; the Z and
``bruktpos report z --json`` carry every count and the first. Cash movements
are whole kroner; a float that differs from the last close's count needs a
note, which the X and Z show.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from bruktpos.cli import main
from bruktpos.devices.report_receipt import report_sections, section_lines
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import (
    CountNotRecorded,
    DayNotOpen,
    FloatNoteRequired,
    NotWholeKroner,
    PermissionDenied,
    RecountNeedsApproval,
)
from bruktpos.domain.people import Operator
from bruktpos.services.day import DayService
from bruktpos.services.returns import ReturnService
from bruktpos.store.integrity import verify_database

from .conftest import OPENING_FLOAT, Shop
from .day_helpers import sell


@pytest.fixture
def day(shop: Shop, clock) -> DayService:
    return DayService(shop.db, clock=clock)


def _rows(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(shop.path)) as conn:
        return conn.execute(sql, params).fetchall()


EXPECTED = OPENING_FLOAT.total + 14700  # kr 1 190 float + kr 147 of coffee in cash
FIRST = CashCount({20000: 5})  # kr 1 000 counted against kr 1 337 expected


def _sell_cash(shop: Shop) -> None:
    sell(shop, open_price=14700, method=PaymentMethod.CASH)


# --- part 1: every count is kept --------------------------------------------------


def test_the_first_count_is_stored_and_journalled_before_the_expected_amount_is_given(
    day: DayService, shop: Shop
) -> None:
    _sell_cash(shop)
    check = day.record_count(FIRST, operator=shop.cashier)
    assert (check.expected_cash, check.difference, check.stored) == (EXPECTED, 100000 - EXPECTED, True)
    assert (check.line.kind, check.line.seq, check.line.by, check.line.approved_by) == (
        "first",
        1,
        "Ola",
        None,
    )
    assert _rows(
        shop,
        "SELECT seq, kind, cash, by_denomination, expected_cash, counted_by, approved_by FROM day_counts",
    ) == [(1, "first", 100000, '{"20000": 5}', EXPECTED, shop.cashier.id, None)]
    ((event, saft, details),) = _rows(
        shop, "SELECT event, saft_code, details FROM journal WHERE event = 'drawer_counted'"
    )
    facts = json.loads(details)
    assert (event, saft) == ("drawer_counted", "13999")
    assert (facts["kind"], facts["cash"], facts["by_denomination"], facts["by"]) == (
        "first",
        100000,
        {"20000": 5},
        "Ola",
    )
    # The same count again (Next after Back, nothing changed) is not a second count.
    again = day.record_count(FIRST, operator=shop.cashier)
    assert not again.stored and again.line == check.line
    assert _rows(shop, "SELECT count(*) FROM day_counts") == [(1,)]


def test_a_cashier_cannot_count_again_to_match_without_a_leader_and_a_note(
    day: DayService, shop: Shop
) -> None:
    """The hole of issue 13: kr 1 000 counted, kr 1 470 seen, Back, counted to match, closed."""
    _sell_cash(shop)
    day.record_count(FIRST, operator=shop.cashier)
    matching = OPENING_FLOAT.with_count(10000, OPENING_FLOAT.count_of(10000) + 1).with_count(
        2000, OPENING_FLOAT.count_of(2000) + 2
    )
    matching = matching.with_count(500, OPENING_FLOAT.count_of(500) + 1).with_count(
        100, OPENING_FLOAT.count_of(100) + 2
    )
    assert matching.total == EXPECTED
    with pytest.raises(RecountNeedsApproval) as no_note:
        day.record_count(matching, operator=shop.cashier)
    assert (no_note.value.first, no_note.value.counted, no_note.value.needs) == (100000, EXPECTED, "note")
    with pytest.raises(RecountNeedsApproval) as no_leader:
        day.record_count(matching, operator=shop.cashier, note="Counted again")
    assert no_leader.value.needs == "leader"
    # A cashier approving their own or another cashier's recount is no leader either.
    other = Operator(shop.cashier.id + 100, "Per", "cashier")
    for approver in (shop.cashier, other):
        with pytest.raises(RecountNeedsApproval):
            day.record_count(matching, operator=shop.cashier, approver=approver, note="Counted again")
    # The close takes only the stored count: the matching one is refused, nothing is closed.
    with pytest.raises(CountNotRecorded) as refused:
        day.close_day(matching, operator=shop.cashier)
    assert (refused.value.recorded, refused.value.counted) == (100000, EXPECTED)
    assert _rows(shop, "SELECT status FROM business_days") == [("open",)]
    assert _rows(shop, "SELECT count(*) FROM day_counts") == [(1,)]
    assert _rows(shop, "SELECT count(*) FROM journal WHERE event = 'drawer_counted'") == [(1,)]


def test_a_recount_with_the_leader_and_a_note_is_kept_beside_the_first_on_the_z(
    day: DayService, shop: Shop, capsys
) -> None:
    _sell_cash(shop)
    day.record_count(FIRST, operator=shop.cashier)
    recount = FIRST.with_count(10000, 3).with_count(2000, 1).with_count(1000, 1).with_count(500, 1)
    recount = recount.with_count(100, 2)
    assert recount.total == EXPECTED
    check = day.record_count(
        recount, operator=shop.cashier, approver=shop.leader, note="Two notes were stuck together"
    )
    assert (check.line.kind, check.line.seq, check.line.approved_by, check.difference) == (
        "recount",
        2,
        "Kari",
        0,
    )
    result = day.close_day(recount, operator=shop.cashier)
    assert result.difference == 0
    z = result.report
    assert z.first_counted_cash == 100000 and z.counted_cash == EXPECTED
    assert [(c.kind, c.cash, c.by, c.approved_by, c.note) for c in z.counts] == [
        ("first", 100000, "Ola", None, ""),
        ("recount", EXPECTED, "Ola", "Kari", "Two notes were stuck together"),
    ]
    assert _rows(shop, "SELECT seq, kind, approved_by, note FROM day_counts ORDER BY seq") == [
        (1, "first", None, ""),
        (2, "recount", shop.leader.id, "Two notes were stuck together"),
    ]
    # The counts are append-only, and no count is added to a closed day.
    with closing(sqlite3.connect(shop.path)) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE day_counts SET cash = 100000 WHERE seq = 2")
    with pytest.raises(DayNotOpen):
        day.record_count(FIRST, operator=shop.cashier)
    shop.close()
    assert verify_database(shop.path).ok

    code = main(["report", "z", "--db", str(shop.path), "--date", "2026-11-12", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["first_counted_cash"] == 100000 and data["counted_cash"] == EXPECTED
    assert [(c["cash"], c["by_denomination"], c["by"], c["kind"]) for c in data["counts"]] == [
        (100000, {"20000": 5}, "Ola", "first"),
        (EXPECTED, recount.as_dict(), "Ola", "recount"),
    ]
    assert all(c["at"].startswith("2026-11-12T") for c in data["counts"])


def test_a_leader_corrects_their_own_count_with_a_note_and_the_second_counter_may_approve(
    day: DayService, shop: Shop
) -> None:
    _sell_cash(shop)
    day.record_count(FIRST, operator=shop.leader)
    with pytest.raises(RecountNeedsApproval) as no_note:
        day.record_count(FIRST.with_count(100, 3), operator=shop.leader)
    assert no_note.value.needs == "note"
    # The same amount in other pieces changes no difference: the leader needs no note.
    same_amount = FIRST.with_count(20000, 4).with_count(10000, 2)
    assert day.record_count(same_amount, operator=shop.leader).line.approved_by == "Kari"
    # Where the shop wants a second counter, that person (a cashier) may approve a recount.
    day.settings.set("require_second_counter", True, by=shop.admin)
    check = day.record_count(
        FIRST.with_count(100, 2), operator=shop.leader, approver=shop.cashier, note="Two coins under the tray"
    )
    assert (check.line.seq, check.line.approved_by) == (3, "Ola")


def test_a_close_without_a_recorded_count_stores_its_count_as_the_first(day: DayService, shop: Shop) -> None:
    result = day.close_day(OPENING_FLOAT, operator=shop.leader)
    assert [(c.kind, c.cash) for c in result.report.counts] == [("first", OPENING_FLOAT.total)]
    assert _rows(shop, "SELECT seq, kind, cash FROM day_counts") == [(1, "first", OPENING_FLOAT.total)]


# --- part 7: cash is whole kroner ----------------------------------------------------


@pytest.mark.parametrize("kind", ["pay_in", "pay_out", "deposit"])
def test_cash_in_and_out_of_the_drawer_is_whole_kroner(day: DayService, shop: Shop, kind: str) -> None:
    with pytest.raises(NotWholeKroner) as refused:
        day.cash_movement(kind, 4230, "Melk", operator=shop.leader)
    assert (refused.value.kind, refused.value.amount) == (kind, 4230)
    assert _rows(shop, "SELECT count(*) FROM cash_movements") == [(0,)]
    day.cash_movement(kind, 4200, "Melk", operator=shop.leader)
    assert _rows(shop, "SELECT amount FROM cash_movements") == [(4200,)]


def test_a_cash_refund_is_whole_kroner(day: DayService, shop: Shop) -> None:
    sale = sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CASH, tendered=5000)  # kr 49,50
    returns = ReturnService(shop.db, clock=shop.checkout.clock, checkout=shop.checkout)
    line_id = returns.original(sale.sale_id).lines[0].line_id
    done = returns.refund(sale.sale_id, {line_id: 1}, "original", operator=shop.leader)
    assert done.cash == 5000 and done.cash % 100 == 0
    assert day.expected_cash() == OPENING_FLOAT.total  # the drawer holds whole kroner still


def test_a_cashier_still_needs_a_leader_for_money_out(day: DayService, shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        day.cash_movement("pay_out", 4200, "Melk", operator=shop.cashier)


def test_a_float_that_differs_from_the_last_close_asks_for_a_note_shown_on_the_x_and_z(
    day: DayService, shop: Shop, clock
) -> None:
    day.close_day(OPENING_FLOAT, operator=shop.leader)
    clock.advance(days=1)
    assert day.last_close_cash() == OPENING_FLOAT.total
    more = OPENING_FLOAT.with_count(1000, OPENING_FLOAT.count_of(1000) + 3)  # kr 30 more … and 3 kr
    more = more.with_count(100, OPENING_FLOAT.count_of(100) + 3)
    with pytest.raises(FloatNoteRequired) as refused:
        day.open_day(more, operator=shop.cashier)
    assert (refused.value.counted, refused.value.last_close) == (
        OPENING_FLOAT.total + 3300,
        OPENING_FLOAT.total,
    )
    assert day.open_day_info() is None  # nothing opened
    info = day.open_day(more, operator=shop.cashier, note="  Change   from the bank ")
    assert info.opening_note == "Change from the bank"
    assert _rows(shop, "SELECT opening_note, last_close_cash FROM business_days WHERE status = 'open'") == [
        ("Change from the bank", OPENING_FLOAT.total)
    ]
    ((details,),) = _rows(
        shop, "SELECT details FROM journal WHERE event = 'day_opened' ORDER BY id DESC LIMIT 1"
    )
    assert json.loads(details)["note"] == "Change from the bank"
    x = day.x_report(operator=shop.cashier)
    assert (x.float_note, x.last_close_cash, x.opening_float) == (
        "Change from the bank",
        OPENING_FLOAT.total,
        OPENING_FLOAT.total + 3300,
    )
    z = day.close_day(more, operator=shop.leader).report
    assert z.to_json()["float_note"] == "Change from the bank"
    assert z.to_json()["last_close_cash"] == OPENING_FLOAT.total
    # On paper and in the PDF (the same sections), beside the float.
    for report in (x, z):
        lines = {(t, label): value for t, label, value in section_lines(report_sections(report))}
        assert lines[("Kontanter", "Veksel (åpning)")] == "kr 1 223,00"
        assert lines[("Kontanter", "Forrige Z la igjen")] == "kr 1 190,00"
        assert lines[("Kontanter", "Merknad")] == "Change from the bank"


def test_a_float_like_the_last_close_or_a_first_day_needs_no_note(day: DayService, shop: Shop, clock) -> None:
    assert day.open_day_info() is not None  # the test shop's first day opened without a Z before it
    day.close_day(OPENING_FLOAT, operator=shop.leader)
    clock.advance(days=1)
    info = day.open_day(OPENING_FLOAT, operator=shop.cashier, note="Not needed")
    assert info.opening_note == ""  # nothing to explain, so nothing kept
