"""A receipt printer set up in the computer: the job goes to its queue, whole, or not at all.

On Linux and macOS through a fake ``lp``/``lpstat`` on ``PATH`` (real programs
in real subprocesses, ``tests/fake_lp.py``); the Windows spooler route through
python-escpos' own ``Win32Raw`` with a fake ``win32print`` under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest
from escpos.constants import CD_KICK_5

from bruktpos.devices import printer_queue
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import ReceiptLine, render_receipt
from bruktpos.domain.errors import DrawerError, PrinterError
from tests.fake_lp import FakeQueue, fake_queue  # noqa: F401  (a fixture)

from .conftest import Shop
from .test_printer import CP865, INIT, sale_receipt

QUEUE = PrinterConfig(kind="cups", cups_printer="Kvittering")


def test_a_receipt_goes_to_the_queue_raw_as_one_job(shop: Shop, fake_queue: FakeQueue) -> None:  # noqa: F811
    printer = ReceiptPrinter(QUEUE)
    status = printer.print_receipt(render_receipt(sale_receipt(shop)))
    assert status is None  # a queue cannot say how the printer is
    ((args, data),) = fake_queue.jobs()
    assert args[:2] == ["-d", "Kvittering"] and args[-2:] == ["-o", "raw"]  # no driver in between
    assert data.startswith(INIT + CP865)
    assert b"Salgskvittering" in data and "Klær dame".encode("cp865") in data
    assert b"\x10\x04" not in data  # no status questions: the queue could not answer them
    assert data.endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]  # cut at the end


def test_the_drawer_kick_goes_through_the_queue(fake_queue: FakeQueue) -> None:  # noqa: F811
    ReceiptPrinter(PrinterConfig(kind="cups", cups_printer="Kasse 2", drawer_pin=5)).open_drawer()
    ((args, data),) = fake_queue.jobs()
    assert args[:2] == ["-d", "Kasse 2"] and data == CD_KICK_5


def test_a_queue_that_does_not_exist_is_not_found(fake_queue: FakeQueue) -> None:  # noqa: F811
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(PrinterConfig(kind="cups", cups_printer="Kvitering")).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == PrinterError.NOT_FOUND and "Kvitering" in failed.value.detail
    assert fake_queue.jobs() == []
    with pytest.raises(ValueError, match="cups_printer is needed"):
        PrinterConfig(kind="cups", cups_printer=" ")


def test_a_missing_queue_is_not_found_by_lp_too(fake_queue: FakeQueue) -> None:  # noqa: F811
    fake_queue.without_lpstat()  # only lp to ask
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(PrinterConfig(kind="cups", cups_printer="Nowhere")).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == PrinterError.NOT_FOUND and "does not exist" in failed.value.detail


@pytest.mark.parametrize("lpstat", [True, False], ids=["lpstat-asked-first", "lp-refuses"])
def test_a_stopped_queue_gets_nothing(fake_queue: FakeQueue, lpstat: bool) -> None:  # noqa: F811
    fake_queue.stop("Kvittering")
    if not lpstat:
        fake_queue.without_lpstat()
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("Totalt")])
    assert failed.value.kind == PrinterError.OFFLINE
    assert ("disabled" if lpstat else "not accepting jobs") in failed.value.detail
    assert fake_queue.jobs() == []  # nothing waits in the queue to print later by itself
    with pytest.raises(DrawerError):
        ReceiptPrinter(QUEUE).open_drawer()


def test_a_failed_lp_is_a_print_failure(fake_queue: FakeQueue) -> None:  # noqa: F811
    fake_queue.fail("lp: Error - scheduler not responding.", code=1)
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("Totalt")])
    assert failed.value.kind == PrinterError.OFFLINE and "lp exit 1" in failed.value.detail
    fake_queue.fail("lp: Unsupported document-format.", code=2)
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("Totalt")])
    assert failed.value.kind == PrinterError.FAILED and "lp exit 2" in failed.value.detail
    fake_queue.works()
    ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("Totalt")])
    assert len(fake_queue.jobs()) == 1


def test_a_job_that_fails_half_way_sends_nothing(fake_queue: FakeQueue) -> None:  # noqa: F811
    # Letters are no EAN-13: python-escpos refuses the barcode after the first line was laid out.
    with pytest.raises(PrinterError):
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("Start"), ReceiptLine("x", barcode="ABCDEFGHIJKLM")])
    assert fake_queue.jobs() == []


def test_no_lp_command_is_no_print_system(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a computer without CUPS
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == PrinterError.NO_PRINT_SYSTEM and "not installed" in failed.value.detail


# --- Windows: python-escpos' Win32Raw, on a fake win32print ------------------------


class FakeWin32Error(Exception):
    """pywintypes.error"""


@dataclass
class FakeSpooler:
    """The parts of win32print that Win32Raw uses, with the printers this computer has."""

    printers: tuple[str, ...] = ("Kvittering",)
    docs: list[tuple[str, str, bytes]] = field(default_factory=list)  # printer, datatype, bytes
    open_docs: dict[int, list[Any]] = field(default_factory=dict)
    write_fails: bool = False
    PRINTER_ENUM_NAME: int = 8

    def EnumPrinters(self, flags: int, name: str, level: int) -> list[dict[str, str]]:
        return [{"pPrinterName": p} for p in self.printers]

    def GetDefaultPrinter(self) -> str:
        return self.printers[0]

    def OpenPrinter(self, name: str) -> int:
        handle = len(self.open_docs) + 1
        self.open_docs[handle] = [name, "", bytearray()]
        return handle

    def StartDocPrinter(self, handle: int, level: int, info: tuple[str, str, str]) -> int:
        self.open_docs[handle][1] = info[2]
        return handle

    def StartPagePrinter(self, handle: int) -> None:
        pass

    def WritePrinter(self, handle: int, data: bytes) -> int:
        if self.write_fails:
            raise FakeWin32Error(1804, "WritePrinter", "The specified datatype is invalid.")
        self.open_docs[handle][2] += data
        return len(data)

    def EndPagePrinter(self, handle: int) -> None:
        pass

    def EndDocPrinter(self, handle: int) -> None:
        name, datatype, data = self.open_docs.pop(handle)
        self.docs.append((name, datatype, bytes(data)))

    def ClosePrinter(self, handle: int) -> None:
        pass


@pytest.fixture
def spooler(monkeypatch: pytest.MonkeyPatch) -> FakeSpooler:
    from escpos.printer import win32raw

    fake = FakeSpooler()
    monkeypatch.setattr(printer_queue, "PLATFORM", "win32")
    monkeypatch.setattr(win32raw, "_DEP_WIN32PRINT", True)
    monkeypatch.setattr(win32raw, "win32print", fake, raising=False)
    monkeypatch.setattr(win32raw, "pywintypes", SimpleNamespace(error=FakeWin32Error), raising=False)
    monkeypatch.setenv("PATH", "")  # no lp is needed on Windows
    return fake


def test_on_windows_the_receipt_goes_to_the_spooler_raw(shop: Shop, spooler: FakeSpooler) -> None:
    assert ReceiptPrinter(QUEUE).print_receipt(render_receipt(sale_receipt(shop))) is None
    ((name, datatype, data),) = spooler.docs
    assert (name, datatype) == ("Kvittering", "RAW")
    assert data.startswith(INIT + CP865) and b"Salgskvittering" in data


def test_on_windows_a_missing_printer_and_a_failed_write_are_print_failures(spooler: FakeSpooler) -> None:
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(PrinterConfig(kind="cups", cups_printer="Kasse 9")).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == PrinterError.NOT_FOUND
    spooler.write_fails = True
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(QUEUE).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == PrinterError.FAILED and "datatype" in failed.value.detail
    assert spooler.docs == [("Kvittering", "RAW", b"")]  # the document was ended empty, nothing printed
