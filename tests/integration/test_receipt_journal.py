"""A receipt for every sale, journalled (issue 14): printed, failed, printed after a failure, copy, drawer."""

from __future__ import annotations

import pytest

from bruktpos.domain.errors import SaleNotFound
from bruktpos.services.receipt_journal import NotPrinted, ReceiptJournal
from bruktpos.store.integrity import verify_database

from .conftest import Shop
from .test_receipts import journal_rows, mixed_sale


def _journal(shop: Shop) -> ReceiptJournal:
    return ReceiptJournal(shop.db, register_id=shop.checkout.register.id, clock=shop.checkout.clock)


def _receipt_events(shop: Shop) -> list[tuple[str, int | None, dict]]:
    kinds = {"receipt_printed", "receipt_failed", "receipt_copy", "drawer_opened"}
    return [row for row in journal_rows(shop.path) if row[0] in kinds]


def _codes(shop: Shop) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(shop.path) as conn:
        return conn.execute(
            "SELECT event, saft_code FROM journal WHERE event IN "
            "('sale', 'receipt_printed', 'receipt_failed', 'receipt_copy', 'drawer_opened') ORDER BY id"
        ).fetchall()


def test_a_printed_receipt_is_13012_and_the_drawer_with_its_sale_13005(shop: Shop) -> None:
    sale = mixed_sale(shop)
    receipts = _journal(shop)
    assert receipts.printed(sale.sale_id, operator=shop.cashier) is False
    receipts.drawer_opened(sale.sale_id, operator=shop.cashier)
    assert _receipt_events(shop) == [
        ("receipt_printed", sale.sale_id, {"receipt_no": sale.receipt_no}),
        ("drawer_opened", sale.sale_id, {"receipt_no": sale.receipt_no}),
    ]
    # the sale itself is no longer "sales receipt printed": only the print is
    assert _codes(shop) == [("sale", "13999"), ("receipt_printed", "13012"), ("drawer_opened", "13005")]
    assert receipts.not_printed() == []
    assert verify_database(shop.path).ok


def test_a_failed_receipt_is_journalled_with_its_reason_and_offered_until_it_prints(shop: Shop) -> None:
    first = mixed_sale(shop)
    second = mixed_sale(shop, book=1)
    receipts = _journal(shop)
    receipts.failed(first.sale_id, "printer_error(kind='paper_out')", operator=shop.cashier)
    receipts.printed(second.sale_id, operator=shop.cashier)
    assert receipts.not_printed() == [NotPrinted(first.sale_id, first.receipt_no)]
    receipts.failed(first.sale_id, "printer_error(kind='offline')")  # pressed "Print again": still out
    assert receipts.not_printed() == [NotPrinted(first.sale_id, first.receipt_no)]

    # the paper is back: the first receipt that prints is the original, marked as after a failure
    assert receipts.printed(first.sale_id, operator=shop.cashier) is True
    assert receipts.not_printed() == []
    assert _receipt_events(shop) == [
        (
            "receipt_failed",
            first.sale_id,
            {"receipt_no": first.receipt_no, "reason": "printer_error(kind='paper_out')"},
        ),
        ("receipt_printed", second.sale_id, {"receipt_no": second.receipt_no}),
        (
            "receipt_failed",
            first.sale_id,
            {"receipt_no": first.receipt_no, "reason": "printer_error(kind='offline')"},
        ),
        ("receipt_printed", first.sale_id, {"receipt_no": first.receipt_no, "after_failure": True}),
    ]
    codes = dict(_codes(shop))
    assert (codes["receipt_failed"], codes["receipt_printed"]) == ("13999", "13012")
    assert verify_database(shop.path).ok


def test_a_failure_is_journalled_for_the_sales_cashier_when_no_one_is_logged_in(shop: Shop) -> None:
    sale = mixed_sale(shop)
    _journal(shop).failed(sale.sale_id, "  paper\n out  ")
    import sqlite3

    with sqlite3.connect(shop.path) as conn:
        assert conn.execute(
            "SELECT user_id, register_id, details FROM journal WHERE event = 'receipt_failed'"
        ).fetchall() == [
            (shop.cashier.id, shop.checkout.register.id, '{"reason":"paper out","receipt_no":1}')
        ]


def test_a_copy_for_a_customer_who_had_the_receipt_is_13014(shop: Shop) -> None:
    sale = mixed_sale(shop)
    receipts = _journal(shop)
    receipts.printed(sale.sale_id, operator=shop.cashier)
    shop.checkout.record_receipt_copy(sale.sale_id, operator=shop.cashier)
    assert _codes(shop) == [("sale", "13999"), ("receipt_printed", "13012"), ("receipt_copy", "13014")]
    assert receipts.not_printed() == []


def test_a_training_receipt_says_so_and_an_unknown_sale_is_refused(shop: Shop) -> None:
    sale = mixed_sale(shop, training=True)
    receipts = _journal(shop)
    receipts.failed(sale.sale_id, "out")
    receipts.printed(sale.sale_id)
    assert [details for _, _, details in _receipt_events(shop)] == [
        {"receipt_no": sale.receipt_no, "reason": "out", "training": True},
        {"receipt_no": sale.receipt_no, "after_failure": True, "training": True},
    ]
    before = journal_rows(shop.path)
    for write in (
        lambda: receipts.printed(9999),
        lambda: receipts.failed(9999, "out"),
        lambda: receipts.drawer_opened(9999),
        lambda: receipts.receipt_no(9999),
    ):
        with pytest.raises(SaleNotFound):
            write()
    assert journal_rows(shop.path) == before


def test_the_saft_file_counts_a_receipt_only_once_it_printed(shop: Shop, clock, tmp_path) -> None:
    from lxml import etree

    from .saft_check import NS, schema_errors
    from .test_saft import _export

    printed, failed = mixed_sale(shop), mixed_sale(shop, book=1)
    receipts = _journal(shop)
    receipts.printed(printed.sale_id)
    receipts.failed(failed.sale_id, "paper out")
    shop.close()

    def receipt_nums(name: str) -> dict[str, str | None]:
        done = _export(shop.path, tmp_path / name, clock().date(), clock().date())
        assert schema_errors(done.path) == []
        return {
            str(t.findtext(f"{NS}transID")): t.findtext(f"{NS}receiptNum")
            for t in etree.parse(str(done.path)).iter(f"{NS}cashtransaction")
        }

    assert receipt_nums("before.xml") == {str(printed.receipt_no): "1", str(failed.receipt_no): "0"}
    receipts.printed(failed.sale_id)  # the paper is back
    assert receipt_nums("after.xml") == {str(printed.receipt_no): "1", str(failed.receipt_no): "1"}
