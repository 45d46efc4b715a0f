"""Return receipts and the voucher slip, laid out on paper (no printer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from escpos.printer import Dummy

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import NARROW, WIDE, ReceiptLine, receipt_text, render_receipt, render_voucher
from bruktpos.services.receipts import ReceiptPayment, ReceiptSaleLine, ReceiptVoucher, VoucherSlip

from .test_receipt_layout import receipt

OSLO = ZoneInfo("Europe/Oslo")
CODE = "9800010000011"  # an old, thirteen-digit voucher
LONG = "9804170932651234561"  # a voucher as issued now: 980, fifteen random digits, the check digit
LONG_PRINTED = "980 417 093 265 123 456 1"
ISSUED = datetime(2026, 11, 12, 14, 3, tzinfo=OSLO)
EXPIRES = datetime(2027, 11, 12, 23, 59, 59, tzinfo=OSLO)
SLIP = VoucherSlip(
    code=CODE,
    shop_name="Bruktbutikken Ålesund",
    org_number="999999999",
    vat_registered=True,
    register_code="K1",
    receipt_no=124,
    amount=10000,
    balance=10000,
    issued_at=ISSUED,
    expires_at=EXPIRES,
    copies_printed=0,
)


def return_receipt(**changes: object):
    line = ReceiptSaleLine("Klær dame: Ting 5", -1, 10000, 0, -10000, 2500)
    facts: dict[str, object] = {
        "kind": "return",
        "lines": (line,),
        "payments": (ReceiptPayment("voucher", -10000),),
        "change": 0,
        "rounding": 0,
        "original_receipt_no": 123,
        "vouchers_issued": (ReceiptVoucher(CODE, 10000, EXPIRES),),
    }
    return receipt(**{**facts, **changes})


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_a_return_receipt_is_headed_returkvittering_and_shows_the_refund(width: int) -> None:
    lines = render_receipt(return_receipt(), width=width)
    assert lines[0] == ReceiptLine("Returkvittering", bold=True, size=2, center=True)
    text = receipt_text(lines, width)
    for expected in (
        "Retur av kvittering nr. 123",
        "Tilbakebetalt:",
        "Tilgodelapp",
        "-100,00",
        "980 001 000 001 1",
    ):
        assert expected in text, expected
    assert "12.11.2027" in text
    assert "Vekslepenger" not in text and "Kontant mottatt" not in text
    assert all(len(line.text) <= width // line.size for line in lines)


def test_a_cash_refund_shows_rounding_but_no_change() -> None:
    data = return_receipt(
        payments=(ReceiptPayment("cash", -5000),), rounding=-50, vouchers_issued=(), total=-4950
    )
    text = receipt_text(render_receipt(data))
    assert "Kontant" in text and "-50,00" in text and "Øreavrunding" in text
    assert "Vekslepenger" not in text


def test_a_sale_paid_with_a_voucher_names_it() -> None:
    data = receipt(
        payments=(ReceiptPayment("voucher", 5000), ReceiptPayment("cash", 3000, 5000, 2000)),
        vouchers_used=(ReceiptVoucher(CODE, 5000, EXPIRES),),
    )
    text = receipt_text(render_receipt(data))
    assert "Tilgodelapp" in text and "980 001 000 001 1" in text


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_a_sale_paid_with_part_of_a_voucher_prints_what_is_left(width: int) -> None:
    data = receipt(
        payments=(ReceiptPayment("voucher", 4950),),
        vouchers_used=(ReceiptVoucher(CODE, 4950, EXPIRES, left=5050),),
    )
    lines = render_receipt(data, width=width)
    text = receipt_text(lines, width)
    left = next(line.text for line in lines if "Igjen på tilgodelappen" in line.text)
    assert "50,50" in left
    assert all(len(line.text) <= width // line.size for line in lines)
    used_up = replace(data, vouchers_used=(ReceiptVoucher(CODE, 4950, EXPIRES, left=0),))
    assert "Igjen" not in receipt_text(render_receipt(used_up, width=width), width)
    assert "980 001 000 001 1" in text


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_the_voucher_slip(width: int) -> None:
    lines = render_voucher(SLIP, width=width)
    assert lines[0] == ReceiptLine("Tilgodelapp", bold=True, size=2, center=True)
    amount = next(line for line in lines if "100,00" in line.text)
    assert amount.size == 2 and amount.bold
    barcodes = [line for line in lines if line.barcode]
    assert [line.barcode for line in barcodes] == [CODE]
    text = receipt_text(lines, width)
    assert "Gyldig til og med 12.11.2027" in text and "KOPI" not in text
    assert "returkvittering nr. 124" in text
    assert all(len(line.text) <= width // line.size for line in lines)


def test_a_copy_is_marked_kopi_larger_than_the_amount_and_shows_what_is_left() -> None:
    lines = render_voucher(replace(SLIP, balance=5050), copy=True)
    marks = [line for line in lines if line.text == "KOPI"]
    assert len(marks) == 2 and all(mark.size == 3 for mark in marks)
    text = receipt_text(lines)
    assert "50,50" in text and "utstedt for kr 100,00" in text


@pytest.mark.parametrize("width", [NARROW, WIDE])
def test_a_nineteen_digit_code_prints_grouped_and_whole_on_every_receipt(width: int) -> None:
    issued = render_receipt(
        return_receipt(vouchers_issued=(ReceiptVoucher(LONG, 10000, EXPIRES),)), width=width
    )
    used = render_receipt(
        receipt(
            payments=(ReceiptPayment("voucher", 4950),),
            vouchers_used=(ReceiptVoucher(LONG, 4950, EXPIRES, left=5050),),
        ),
        width=width,
    )
    slip = render_voucher(replace(SLIP, code=LONG), width=width)
    for lines in (issued, used, slip):
        assert any(LONG_PRINTED in line.text for line in lines)  # on one line, not broken over two
        assert all(len(line.text) <= width // line.size for line in lines)
    assert [line.barcode for line in slip if line.barcode] == [LONG]


def test_the_printer_prints_a_nineteen_digit_code_as_a_code128_barcode() -> None:
    device = Dummy()
    ReceiptPrinter(PrinterConfig(), device=device).print_receipt(render_voucher(replace(SLIP, code=LONG)))
    out = device.output
    # GS k 73 (Code 128), 14 bytes: code set C with the pairs 98 04 17 … 56 as one byte each,
    # then code set B for the odd last digit; the digits printed under the bars (GS H 2).
    pairs = bytes(int(LONG[i : i + 2]) for i in range(0, 18, 2))
    assert b"\x1dH\x02" in out
    assert b"\x1dkI\x0e{C" + pairs + b"{B1" in out
    assert b"\x1dw\x02" in out  # two dots a module: 312 dots, on 58 mm paper too
    assert b"\x1dk\x02" not in out  # no EAN-13
    assert "Tilgodelapp".encode("cp865") in out


def test_the_printer_prints_the_code_as_an_ean13_barcode() -> None:
    # An old, thirteen-digit voucher printed again: as it was first printed.
    device = Dummy()
    ReceiptPrinter(PrinterConfig(), device=device).print_receipt(render_voucher(SLIP))
    out = device.output
    assert b"\x1dk\x02" + CODE.encode() in out  # GS k, EAN13, the digits
    assert "Tilgodelapp".encode("cp865") in out


def test_the_voucher_slip_gives_the_shops_phone_when_it_has_one() -> None:
    assert not any(line.text.startswith("Tlf.") for line in render_voucher(SLIP))
    rows = [line.text for line in render_voucher(replace(SLIP, phone="70 12 34 56"))]
    assert rows[rows.index(next(r for r in rows if r.startswith("Org.nr."))) + 1] == "Tlf. 70 12 34 56"
