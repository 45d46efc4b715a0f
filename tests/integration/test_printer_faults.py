"""The printer's word is checked: a fake ESC/POS printer on a TCP port, with its faults.

Each test is a way the till used to say "printed" (or open the drawer later,
by itself) when the printer could not print: a lost status answer, the cover
opened in the middle of a receipt, a printer that takes the connection but
never reads, paper near the end and paper out.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.printer_status import PrinterStatus, is_status_byte
from bruktpos.devices.receipts import ReceiptLine
from bruktpos.domain.errors import DrawerError, PrinterError
from tests.fake_escpos import FakeEscposPrinter

TIMEOUT = 0.3  # seconds for a status answer and a write: short, so the faults are quick to test
RECEIPT = [ReceiptLine("Salgskvittering"), *(ReceiptLine(f"Linje {n:02d}  kr 10,00") for n in range(20))]
RECEIPT.append(ReceiptLine("Totalt  kr 200,00", bold=True))


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.reads = True  # let a connection that was left hanging end
    printer.close()


def receipt_printer(fake: FakeEscposPrinter) -> ReceiptPrinter:
    config = PrinterConfig(kind="network", host="127.0.0.1", port=fake.port)
    return ReceiptPrinter(config, status_timeout=TIMEOUT, write_timeout=TIMEOUT)


def fails(job, kind: str, error: type[PrinterError] = PrinterError) -> PrinterError:
    started = time.monotonic()
    with pytest.raises(error) as failed:
        job()
    assert time.monotonic() - started < 2, "a fault must fail the job quickly"
    assert failed.value.kind == kind, failed.value
    return failed.value


def test_status_bytes_as_the_escpos_reference_defines_them() -> None:
    assert PrinterStatus.from_answers(0x12, 0x12, 0x12).fault is None
    # An Epson TM out of paper: offline (1), stopped by paper end (2), roll empty (4).
    out = PrinterStatus.from_answers(0x1A, 0x32, 0x72)
    assert out.paper_out and not out.paper_near_end and not out.online and out.fault == "paper_out"
    assert PrinterStatus.from_answers(0x1A, 0x32, 0x7E).paper_near_end  # both sensors see no paper
    cover = PrinterStatus.from_answers(0x1A, 0x16, 0x12)
    assert cover.cover_open and cover.fault == "cover_open"
    low = PrinterStatus.from_answers(0x12, 0x12, 0x1E)
    assert low.paper_near_end and low.fault is None
    assert PrinterStatus.from_answers(0x16, 0x12, 0x12).drawer_pin3_high
    error = PrinterStatus.from_answers(0x1A, 0x52, 0x12, 0x1A)
    assert error.error and error.autocutter_error and error.fault == "printer_not_ready"
    assert is_status_byte(0x12) and not is_status_byte(0x37) and not is_status_byte(0x00)


def test_a_lost_answer_fails_that_job_and_checking_stays_on(fake: FakeEscposPrinter) -> None:
    printer = receipt_printer(fake)
    fake.lose_answer()
    fails(lambda: printer.print_receipt(RECEIPT), "printer_no_answer")
    fake.wait_for_job()
    assert fake.printed == b"" and fake.held == b""  # nothing was sent to print later

    printer.print_receipt(RECEIPT)  # the next job asks again, and prints
    fake.wait_for_job()
    assert "Totalt" in fake.text()
    assert fake.questions[:1] == [1] and fake.questions[1:4] == [1, 2, 4]

    fake.printed.clear()
    fake.lose_answer(after=3)  # the printer answers before the job, but not after it
    fails(lambda: printer.print_receipt(RECEIPT), "printer_not_reading")
    fake.wait_for_job()


def test_the_cover_opened_in_the_middle_of_a_receipt(fake: FakeEscposPrinter) -> None:
    printer = receipt_printer(fake)
    fake.cover_opens_after = 80  # someone lifts the cover after a few lines
    error = fails(lambda: printer.print_receipt(RECEIPT), "cover_open")
    fake.wait_for_job()
    assert "cover open" in error.detail and "cleared" in error.detail
    assert "Salgskvittering" in fake.text() and "Totalt" not in fake.text()
    assert fake.clears == 1 and fake.held == b""  # told to throw away the rest

    fake.cover_open = False  # the cover is closed: the rest of that receipt does not come out
    assert "Totalt" not in fake.text()
    printer.open_drawer()  # and the printer is ready again
    fake.wait_for_job()
    assert fake.kicks == 1

    fake.cover_open = True  # open before the job: nothing is sent
    sent = len(fake.received)
    fails(lambda: printer.print_receipt(RECEIPT), "cover_open")
    fake.wait_for_job()
    assert b"Salgskvittering" not in bytes(fake.received[sent:])


def test_a_printer_that_accepts_but_never_reads_fails(fake: FakeEscposPrinter) -> None:
    printer = receipt_printer(fake)
    fake.reads = False
    fails(lambda: printer.print_receipt(RECEIPT), "printer_no_answer")
    fails(printer.open_drawer, "printer_no_answer", DrawerError)
    fake.reads = True  # it wakes up and reads what waits for it: only the questions
    fake.wait_for_job()
    fake.wait_for_job()
    assert fake.printed == b"" and fake.kicks == 0
    assert set(fake.received) <= {0x10, 0x04, 0x01}


def test_a_printer_that_stops_reading_in_the_middle_fails(fake: FakeEscposPrinter) -> None:
    printer = receipt_printer(fake)
    fake.stop_reading_after = 9 + 60  # answers the three questions, takes a little, then hangs
    error = fails(lambda: printer.print_receipt(RECEIPT), "printer_not_reading")
    assert "no answer after the job" in error.detail
    fake.reads = True
    fake.wait_for_job()


def test_paper_near_end_prints_and_says_so(fake: FakeEscposPrinter) -> None:
    fake.paper_near_end = True
    status = receipt_printer(fake).print_receipt(RECEIPT)
    fake.wait_for_job()
    assert "Totalt" in fake.text()
    assert status is not None and status.paper_near_end and status.fault is None


def test_paper_out_sends_nothing_and_nothing_comes_out_later(fake: FakeEscposPrinter) -> None:
    printer = receipt_printer(fake)
    fake.paper_out = True
    fails(lambda: printer.print_receipt(RECEIPT), "paper_out")
    fails(printer.open_drawer, "paper_out", DrawerError)
    fake.wait_for_job()
    fake.wait_for_job()
    assert fake.held == b""  # the printer holds nothing
    fake.paper_out = False  # a new roll: no receipt for the next customer, no drawer by itself
    assert fake.printed == b"" and fake.kicks == 0
    printer.open_drawer()
    fake.wait_for_job()
    assert fake.kicks == 1
