"""A voucher slip on the (fake) network receipt printer: Code 128 for 19 digits, EAN-13 for an old code."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from bruktpos.devices.barcodes import code128_data
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import render_voucher
from bruktpos.services.receipts import load_voucher
from bruktpos.services.returns import ReturnService
from tests.fake_escpos import FakeEscposPrinter

from .conftest import Shop
from .test_returns import item_line, open_day, sell

GS_K = b"\x1dk"  # GS k: print a barcode
CODE128 = GS_K + b"I"  # function B, m = 73
EAN13 = GS_K + b"\x02"  # function A, m = 2


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.close()


def _voucher_code(shop: Shop) -> str:
    open_day(shop)
    returns = ReturnService(shop.db, clock=shop.checkout.clock, checkout=shop.checkout)
    sale = sell(shop, shop.codes[5])
    done = returns.refund(sale.sale_id, {item_line(returns, sale): 1}, "voucher", operator=shop.leader)
    assert done.voucher is not None
    return done.voucher.code


def test_a_new_voucher_prints_its_nineteen_digits_as_code128(shop: Shop, fake: FakeEscposPrinter) -> None:
    code = _voucher_code(shop)
    printer = ReceiptPrinter(PrinterConfig(kind="network", host="127.0.0.1", port=fake.port))
    status = printer.print_receipt(render_voucher(load_voucher(shop.db, code), width=printer.columns))
    fake.wait_for_job()
    assert status is not None and status.fault is None
    data = code128_data(code).encode()
    assert len(code) == 19 and len(data) == 14  # {C, nine pairs, {B, the last digit
    assert CODE128 + bytes([len(data)]) + data in fake.printed
    assert EAN13 not in fake.printed
    assert "Tilgodelapp" in fake.text()


def test_an_old_thirteen_digit_voucher_reprints_as_ean13(shop: Shop, fake: FakeEscposPrinter) -> None:
    slip = replace(load_voucher(shop.db, _voucher_code(shop)), code="9800010000011", copies_printed=1)
    printer = ReceiptPrinter(PrinterConfig(kind="network", host="127.0.0.1", port=fake.port))
    printer.print_receipt(render_voucher(slip, copy=True, width=printer.columns))
    fake.wait_for_job()
    assert EAN13 + b"9800010000011\x00" in fake.printed
    assert CODE128 not in fake.printed
    assert "KOPI" in fake.text()
