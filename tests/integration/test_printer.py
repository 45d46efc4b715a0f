"""The receipt printer on python-escpos: Dummy, a file, and real sockets on this machine."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from escpos.constants import CD_KICK_2, CD_KICK_5
from escpos.printer import Dummy

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter, nordic_codepages, open_printer
from bruktpos.devices.printer_status import ASK_OFFLINE_CAUSE, ASK_PAPER, ASK_PRINTER
from bruktpos.devices.receipts import ReceiptLine, render_receipt
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import BruktError, DrawerError, PrinterError
from bruktpos.services.receipts import ReceiptData, load_receipt
from bruktpos.services.settings import SettingsService
from tests.fake_escpos import FakeEscposPrinter

from .conftest import Shop

INIT = b"\x1b@"
CP865 = b"\x1bt\x05"  # ESC t 5: the Nordic code page
PAPER_OK = 0x12
PAPER_OUT = 0x72
OFFLINE = 0x1A
ASKED = ASK_PRINTER + ASK_OFFLINE_CAUSE + ASK_PAPER  # before and after every job


def sale_receipt(shop: Shop) -> ReceiptData:
    checkout = shop.checkout
    cart = checkout.new_cart()
    checkout.scan(cart, shop.codes[5])  # Klær dame, kr 100
    checkout.add_product(cart, shop.coffee, 2)
    checkout.add_open(cart, shop.books, 4950, description="Kokebok")
    checkout.pay(cart, PaymentMethod.CASH, tendered=20000)  # kr 189,50 rounds to kr 190
    return load_receipt(shop.db, checkout.complete(cart, operator=shop.cashier).sale_id)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def network_config(fake: FakeEscposPrinter, **fields: object) -> PrinterConfig:
    return PrinterConfig(kind="network", host="127.0.0.1", port=fake.port, **fields)


@pytest.fixture
def network_printer() -> Iterator[FakeEscposPrinter]:
    fake = FakeEscposPrinter()
    yield fake
    fake.close()


# --- on escpos' Dummy --------------------------------------------------------------


def test_receipt_bytes(shop: Shop) -> None:
    data = sale_receipt(shop)
    device = Dummy()
    ReceiptPrinter(device=device).print_receipt(render_receipt(data))
    out = device.output
    assert out.startswith(INIT + CP865)
    for text in ("Salgskvittering", "Testbutikken", "Totalt", "Kontant mottatt", "Vekslepenger", "kr 189,50"):
        assert text.encode("cp865") in out, text
    assert "Klær dame".encode("cp865") in out
    assert "Øreavrunding".encode("cp865") in out
    assert b"\xc2\xa0" not in out and b"\xa0" not in out  # no no-break spaces reach the paper
    assert out.count(b"\x1dV") == 1  # one cut, at the end
    assert CD_KICK_2 not in out  # printing does not open the drawer


def test_drawer_kick() -> None:
    device = Dummy()
    ReceiptPrinter(device=device).open_drawer()
    assert device.output == CD_KICK_2
    other = Dummy()
    ReceiptPrinter(PrinterConfig(drawer_pin=5), device=other).open_drawer()
    assert other.output == CD_KICK_5


def test_norwegian_letters_in_the_nordic_code_page() -> None:
    device = Dummy()
    lines = [ReceiptLine("Blåbærsyltetøy ÆØÅ – 2 × kr 1\u00a0234,50 «ny»")]
    ReceiptPrinter(device=device).print_receipt(lines, cut=False)
    assert b'Bl\x86b\x91rsyltet\x9by \x92\x9d\x8f - 2 x kr 1 234,50 "ny"\n' in device.output
    assert "CP865" in nordic_codepages() and "CP437" not in nordic_codepages()
    # Another code page with æøå, if a printer lacks CP865.
    latin = Dummy()
    ReceiptPrinter(PrinterConfig(codepage="CP858"), device=latin).print_receipt(lines, cut=False)
    assert latin.output.startswith(INIT + b"\x1bt\x13")
    assert "Blåbærsyltetøy".encode("cp858") in latin.output


def test_every_job_selects_the_code_page_again() -> None:
    device = Dummy()
    printer = ReceiptPrinter(device=device)
    printer.print_receipt([ReceiptLine("første")])
    printer.print_receipt([ReceiptLine("andre")])
    assert device.output.count(INIT + CP865) == 2  # INIT resets the printer's code page


def test_styles_reach_the_printer() -> None:
    device = Dummy()
    ReceiptPrinter(device=device).print_receipt(
        [
            ReceiptLine("KOPI", bold=True, size=3, center=True),
            ReceiptLine("Totalt  kr 1,00", bold=True, size=2),
            ReceiptLine("vanlig"),
        ],
        cut=False,
    )
    out = device.output
    assert b"\x1ba\x01" in out  # centred
    assert b"\x1bE\x01" in out  # bold
    assert b"\x1d!\x22" in out  # 3 × 3
    assert b"\x1b!\x30" in out  # double width and height
    assert out.rstrip(b"\n").endswith(b"vanlig")
    normal = out.rindex(b"\x1b!\x00", 0, out.index(b"vanlig"))
    assert normal > out.index(b"Totalt")  # back to normal size before plain text


def test_test_page() -> None:
    device = Dummy()
    ReceiptPrinter(PrinterConfig(columns=32), device=device).test_print("Testbutikken")
    out = device.output
    assert b"Testutskrift" in out and b"Testbutikken" in out
    assert "æ ø å Æ Ø Å".encode("cp865") in out
    assert b"12345678901234567890123456789012\n" in out


class StatusDummy(Dummy):
    """A Dummy that answers real-time status questions like a printer."""

    def __init__(self, paper: int, online: int, offline_cause: int = PAPER_OK) -> None:
        super().__init__()
        self.answers = {
            ASK_PAPER: bytes([paper]),
            ASK_PRINTER: bytes([online]),
            ASK_OFFLINE_CAUSE: bytes([offline_cause]),
        }
        self.last = b""

    def _raw(self, msg: bytes) -> None:
        self.last = msg
        super()._raw(msg)

    def _read(self) -> bytes:
        return self.answers.get(self.last, b"")


def test_paper_out_is_told_before_printing() -> None:
    device = StatusDummy(PAPER_OUT, PAPER_OK)
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(device=device).print_receipt([ReceiptLine("Salgskvittering")])
    assert failed.value.kind == PrinterError.PAPER_OUT == "paper_out"
    assert b"Salgskvittering" not in device.output
    # Nor does the drawer open: a printer without paper would hold the kick and open it later.
    with pytest.raises(DrawerError) as drawer:
        ReceiptPrinter(device=device).open_drawer()
    assert drawer.value.kind == "paper_out" and drawer.value.code == "drawer_error"
    assert CD_KICK_2 not in device.output


def test_offline_printer_is_told() -> None:
    device = StatusDummy(PAPER_OK, OFFLINE)
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(device=device).print_receipt([ReceiptLine("x")])
    assert failed.value.kind == "printer_not_ready"  # it answers: it is on, but says it cannot print
    assert failed.value.code == "printer_error"
    fine = StatusDummy(PAPER_OK, PAPER_OK)
    ReceiptPrinter(device=fine).print_receipt([ReceiptLine("x")])
    assert b"x\n" in fine.output
    unchecked = StatusDummy(PAPER_OUT, PAPER_OK)
    ReceiptPrinter(PrinterConfig(check_status=False), device=unchecked).print_receipt([ReceiptLine("x")])
    assert ASK_PAPER not in unchecked.output


class BrokenDummy(Dummy):
    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def _raw(self, msg: bytes) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (BrokenPipeError(32, "Broken pipe"), "printer_offline"),
        (TimeoutError("timed out"), "printer_not_reading"),  # connected, but it stopped taking bytes
        (OSError(5, "Input/output error"), "printer_offline"),
        (OSError(28, "No space left on device"), "printer_error"),
        (ValueError("something inside python-escpos"), "printer_error"),
        (RuntimeError("a library is missing"), "printer_error"),
    ],
)
def test_any_failure_becomes_one_printer_error(error: BaseException, kind: str) -> None:
    printer = ReceiptPrinter(device=BrokenDummy(error))
    for job in (
        lambda: printer.print_receipt([ReceiptLine("x")]),
        printer.open_drawer,
        lambda: printer.test_print("B"),
    ):
        with pytest.raises(PrinterError) as failed:
            job()
        assert failed.value.kind == kind
        assert type(error).__name__ in failed.value.detail
        assert isinstance(failed.value, BruktError)


def test_no_printer_set_up() -> None:
    printer = ReceiptPrinter(PrinterConfig())
    assert not printer.config.enabled
    with pytest.raises(PrinterError) as failed:
        printer.print_receipt([ReceiptLine("x")])
    assert failed.value.kind == "printer_not_configured"
    with pytest.raises(PrinterError):
        open_printer(PrinterConfig(kind="none"))
    device = Dummy()
    assert open_printer(device) is device


# --- over a real connection -----------------------------------------------------------


def test_network_printer(shop: Shop, network_printer: FakeEscposPrinter) -> None:
    data = sale_receipt(shop)
    printer = ReceiptPrinter(network_config(network_printer))
    status = printer.print_receipt(render_receipt(data, width=printer.columns))
    received = network_printer.wait_for_job()
    # Asked before anything is sent, and again after the cut: the answer says it took it all.
    assert received.startswith(ASKED + INIT + CP865)
    assert received.endswith(ASKED) and received.rindex(b"\x1dV") < received.rindex(ASKED)
    assert received.count(ASKED) == 2
    text = network_printer.text()
    assert "Salgskvittering" in text and "Testbutikken" in text and "Totalt" in text
    assert status is not None and status.fault is None and not status.paper_near_end
    printer.open_drawer()
    assert network_printer.wait_for_job().endswith(ASKED + CD_KICK_2 + ASKED)
    assert network_printer.kicks == 1


def test_network_printer_switched_off_fails_fast() -> None:
    printer = ReceiptPrinter(PrinterConfig(kind="network", host="127.0.0.1", port=free_port()))
    for job in (lambda: printer.print_receipt([ReceiptLine("x")]), printer.open_drawer):
        started = time.monotonic()
        with pytest.raises(PrinterError) as failed:
            job()
        assert time.monotonic() - started < 2
        assert failed.value.kind == "printer_offline"
        assert "127.0.0.1" in failed.value.detail


def test_file_printer(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "receipts.bin"
    printer = ReceiptPrinter(PrinterConfig(kind="file", file_path=str(path)))
    printer.print_receipt(render_receipt(sale_receipt(shop)))
    written = path.read_bytes()
    assert written.startswith(INIT + CP865)
    assert b"Salgskvittering" in written and "Klær dame".encode("cp865") in written
    missing = ReceiptPrinter(PrinterConfig(kind="file", file_path=str(tmp_path / "no" / "such" / "dir")))
    with pytest.raises(PrinterError) as failed:
        missing.print_receipt([ReceiptLine("x")])
    assert failed.value.kind == "printer_not_found"


@pytest.mark.parametrize(
    "config",
    [
        PrinterConfig(kind="usb", usb_vendor_id="0xffff", usb_product_id="0xfffe"),
        PrinterConfig(kind="serial", serial_device="/dev/bruktpos-no-such-port"),
        PrinterConfig(kind="cups", cups_printer="bruktpos-no-such-printer"),
    ],
    ids=["usb", "serial", "cups"],
)
def test_missing_printers_and_drivers_are_printer_errors(config: PrinterConfig) -> None:
    # Whether pyusb, pyserial and CUPS' lp are installed or not, the answer is a PrinterError.
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(config).print_receipt([ReceiptLine("x")])
    assert failed.value.kind in ("printer_not_found", "printer_error", "printer_offline", "no_print_system")
    assert failed.value.detail


# --- the setting ------------------------------------------------------------------


def test_config_round_trips_through_the_setting(shop: Shop) -> None:
    settings = SettingsService(shop.db)
    assert PrinterConfig.from_dict(settings.get("receipt_printer")) == PrinterConfig()
    config = PrinterConfig(kind="network", host="192.168.1.50", columns=32)
    assert config.as_dict() == {
        "kind": "network",
        "host": "192.168.1.50",
        "port": 9100,
        "columns": 32,
        "codepage": "CP865",
        "profile": "",
        "drawer_pin": 2,
        "check_status": True,
    }
    settings.set("receipt_printer", config.as_dict(), by=shop.leader)
    assert PrinterConfig.from_dict(settings.get("receipt_printer")) == config
    for other in (
        PrinterConfig(kind="usb", usb_vendor_id="0x04b8", usb_product_id="0x0202"),
        PrinterConfig(kind="serial", serial_device="/dev/ttyUSB0", baudrate=38400),
        PrinterConfig(kind="cups", cups_printer="TM-T20"),
        PrinterConfig(kind="file", file_path="/dev/usb/lp0", drawer_pin=5),
    ):
        assert PrinterConfig.from_dict(other.as_dict()) == other
    assert config.address == "network 192.168.1.50:9100"


def test_config_reads_the_setup_wizards_shape() -> None:
    wizard = {
        "kind": "usb",
        "host": "",
        "port": 9100,
        "usb_vendor": 0x04B8,
        "usb_product": 0x0202,
        "serial_device": "",
        "cups_name": "",
        "path": "",
    }
    config = PrinterConfig.from_dict(wizard)
    assert (config.kind, config.usb_vendor_id, config.usb_product_id) == ("usb", "0x04b8", "0x0202")
    none = PrinterConfig.from_dict({**wizard, "kind": "none", "usb_vendor": None, "usb_product": None})
    assert none == PrinterConfig()
    file = PrinterConfig.from_dict({**wizard, "kind": "file", "path": "/tmp/kvitteringer.txt"})
    assert file.file_path == "/tmp/kvitteringer.txt"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "bluetooth"}, "kind must be one of"),
        ({"kind": "network"}, "host must be"),
        ({"kind": "network", "host": "192.168.1.50", "port": 0}, "port must be 1–65535"),
        ({"kind": "network", "host": "192.168.1.50", "port": "9100"}, "port must be a whole number"),
        ({"kind": "network", "host": "192.168.1.50", "port": True}, "port must be a whole number"),
        ({"kind": "network", "hots": "192.168.1.50"}, "unknown receipt printer setting"),
        ({"kind": "usb", "usb_vendor_id": "04b8"}, "usb_product_id must be a hexadecimal number"),
        ({"kind": "usb", "usb_vendor_id": "epson", "usb_product_id": "0x0202"}, "usb_vendor_id must be"),
        ({"kind": "usb", "usb_vendor_id": "0x0", "usb_product_id": "0x0202"}, "must not be 0"),
        ({"kind": "usb", "usb_vendor_id": "1", "usb_product_id": "2", "usb_out_ep": "0x100"}, "usb_out_ep"),
        ({"kind": "serial"}, "serial_device is needed"),
        ({"kind": "serial", "serial_device": "COM3", "baudrate": 12345}, "baudrate must be one of"),
        ({"kind": "cups"}, "cups_printer is needed"),
        ({"kind": "file", "file_path": "  "}, "file_path is needed"),
        ({"columns": 12}, "columns must be 24–64"),
        ({"codepage": "CP437"}, "codepage must be one this printer has with æ, ø and å"),
        ({"profile": "no-such-printer"}, "not a python-escpos printer profile"),
        ({"drawer_pin": 3}, "drawer_pin must be 2 or 5"),
        ({"check_status": "yes"}, "check_status must be true or false"),
        (["kind", "usb"], "must be a mapping"),
    ],
)
def test_config_validation(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PrinterConfig.from_dict(data)  # type: ignore[arg-type]


def test_config_with_a_printer_profile() -> None:
    config = PrinterConfig(kind="network", host="10.0.0.9", profile="TM-T88III")
    assert config.codepage in nordic_codepages("TM-T88III")
    printer = open_printer(PrinterConfig(kind="file", file_path="/dev/null", profile="TM-T88III"))
    try:
        assert printer.profile.profile_data["name"].startswith("TM-T88III")
    finally:
        printer.close()
