"""The journal's (register, event, at) index holds every kind but the sales (migration 0014, issue 18).

A sale writes none of its pages, and what looks a register's events up by
kind — the X and Z, the till's start, the receipts that did not print — still
searches it rather than reading the whole journal. SQLite uses a partial index
only when the query says its condition, so every such query is caught here
running, and its plan read back: a query that forgets ``NOT_A_SALE`` scans.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.receipt_journal import ReceiptJournal
from bruktpos.services.reports import build_report
from bruktpos.services.till_events import app_started, app_stopped, unprinted_at_last_stop
from bruktpos.store import journal, models

from .conftest import Shop
from .day_helpers import sell


@contextmanager
def _statements(shop: Shop) -> Iterator[list[str]]:
    """Every statement the shop's connections run meanwhile, with its values (sqlite3's trace)."""
    seen: list[str] = []

    def trace(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.set_trace_callback(seen.append)

    for engine in (shop.db.reader, shop.db.writer):
        engine.dispose()  # connections opened from now on are traced
        event.listen(engine, "connect", trace)
    try:
        yield seen
    finally:
        for engine in (shop.db.reader, shop.db.writer):
            event.remove(engine, "connect", trace)
            engine.dispose()


def _by_kind(statements: list[str]) -> list[str]:
    """The SELECTs that look the journal up by register and kind."""
    return [
        s
        for s in statements
        if s.lstrip().upper().startswith("SELECT")
        and "journal" in s
        and "register_id" in s
        and "event" in s.split("WHERE", 1)[-1]
    ]


def _plan(shop: Shop, sql: str) -> str:
    with sqlite3.connect(shop.path) as conn:
        return " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_a_sale_writes_nothing_into_the_kind_index(shop: Shop) -> None:
    with sqlite3.connect(shop.path) as conn:
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_journal_register_id_event_at'"
        ).fetchone()[0]
    assert "NOT IN ('sale', 'training_sale')" in sql
    assert models.NOT_A_SALE == journal.NOT_A_SALE  # the model's index, the queries' condition
    sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CASH, tendered=10000)
    with sqlite3.connect(shop.path) as conn:
        indexed = conn.execute(
            "SELECT count(*) FROM journal INDEXED BY ix_journal_register_id_event_at"
            " WHERE register_id IS NOT NULL AND event NOT IN ('sale', 'training_sale')"
        ).fetchone()[0]
        others = conn.execute(
            "SELECT count(*) FROM journal"
            " WHERE register_id IS NOT NULL AND event NOT IN ('sale', 'training_sale')"
        ).fetchone()[0]
        sales = conn.execute("SELECT count(*) FROM journal WHERE event = 'sale'").fetchone()[0]
    assert sales >= 1 and indexed == others


def test_the_x_report_the_start_and_the_unprinted_receipts_search_the_index(shop: Shop) -> None:
    register_id = shop.checkout.register.id
    sale = sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CASH, tendered=10000)
    receipts = ReceiptJournal(shop.db, register_id=register_id, clock=shop.checkout.clock)
    receipts.failed(sale.sale_id, "paper out", operator=shop.cashier)
    shop.checkout.open_drawer_without_sale(operator=shop.leader)
    app_stopped(shop.db, register_id=register_id, operator=shop.cashier, unprinted_sales=[sale.sale_id])

    with _statements(shop) as statements:
        unprinted_at_last_stop(shop.db, register_id=register_id)
        app_started(shop.db, register_id=register_id, version="test")
        assert receipts.not_printed()
        with shop.db.read() as session:
            now = shop.checkout.clock()
            build_report(session, register_id, now.date(), "X", at=now)

    looked_up = _by_kind(statements)
    # the X's voids, copies and drawer openings, the drawer's count, the last start or stop, the failed prints
    assert len(looked_up) >= 4, statements
    for sql in looked_up:
        plan = _plan(shop, sql)
        assert "ix_journal_register_id_event_at" in plan or "ix_journal_sale_id" in plan, (sql, plan)
        assert "SCAN journal" not in plan and "SCAN j " not in plan + " ", (sql, plan)
