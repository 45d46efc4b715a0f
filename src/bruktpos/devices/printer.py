"""The receipt printer: python-escpos over USB, network, serial, the computer's print queue or a file.

:class:`PrinterConfig` is the shop's ``receipt_printer`` setting as typed,
checked data. :func:`open_printer` makes and opens the python-escpos printer
it describes. :class:`ReceiptPrinter` prints laid-out receipt lines, kicks
the cash drawer and prints a test page.

By the time anything prints, the sale is committed, so printing never raises
anything but :class:`~bruktpos.domain.errors.PrinterError`: a printer that is
off, missing, out of paper, refusing the connection or failing half-way
becomes one typed error with a ``kind`` the till can explain. Nothing waits
long: network connections time out after :data:`NETWORK_TIMEOUT` seconds,
USB and serial writes after a few seconds, status questions after one.

The printer's word is checked on every job (:mod:`~bruktpos.devices.printer_status`):
asked before anything is sent, a printer that is not ready or does not answer
gets nothing, so nothing waits inside it to come out later. Asked again after
the job, its answer says it took every byte and did not stop half-way (if it
did, it is told to throw away what it holds). Only then is the job done.

Text goes out in one fixed code page that has æ, ø and å (CP865, "Nordic",
by default). python-escpos would otherwise pick a code page per character by
itself, and its first pick for "ø" is one many printers do not have. Letters
the page lacks are written the plain way (:mod:`~bruktpos.devices.transliterate`:
"Łukasz Wiśniewski" prints as "Lukasz Wisniewski"), never as "?".

Tests (and any caller that manages its own connection) can hand in an
already-made python-escpos printer, e.g. ``escpos.printer.Dummy()``:
``open_printer(Dummy())`` returns it as it is, and
``ReceiptPrinter(config, device=Dummy())`` prints to it with the rest of
``config`` (code page, drawer pin, columns).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import re
import socket
import struct
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from escpos.escpos import Escpos
    from PIL import Image

    from bruktpos.domain.reports import DayReport

from bruktpos.devices.barcodes import print_barcode
from bruktpos.devices.printer_status import PrinterStatus, ask_status, can_ask, clear_buffers
from bruktpos.devices.receipts import ReceiptLine, render_test_page
from bruktpos.devices.transliterate import code_page_has, plain_text
from bruktpos.domain.errors import DrawerError, PrinterError


@functools.cache
def _e() -> SimpleNamespace:
    """python-escpos, imported on first use.

    Importing it loads its printer capability database (about a quarter of a
    second), which the till should not pay for before it shows the login
    screen; it is needed only when something is printed or checked.
    """
    from escpos import capabilities, escpos, exceptions, magicencode, printer

    return SimpleNamespace(
        CAPABILITIES=capabilities.CAPABILITIES,
        get_profile=capabilities.get_profile,
        Escpos=escpos.Escpos,
        DeviceNotFoundError=exceptions.DeviceNotFoundError,
        Encoder=magicencode.Encoder,
        File=printer.File,
        Network=printer.Network,
        Serial=printer.Serial,
        Usb=printer.Usb,
    )


log = logging.getLogger(__name__)

KINDS = ("usb", "network", "serial", "cups", "file", "none")
NETWORK_TIMEOUT = 3.0  # seconds, to connect and to send
STATUS_TIMEOUT = 1.0  # seconds to wait for an answer to a status question
USB_TIMEOUT_MS = 3000
SERIAL_WRITE_TIMEOUT = 3.0
BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
NORWEGIAN_LETTERS = "æøåÆØÅ"
MIN_COLUMNS = 24
MAX_COLUMNS = 64

_HEX_ID = re.compile(r"^(0x)?[0-9a-f]{1,4}$", re.IGNORECASE)
_FIELDS_OF_KIND: dict[str, tuple[str, ...]] = {
    "usb": ("usb_vendor_id", "usb_product_id", "usb_in_ep", "usb_out_ep"),
    "network": ("host", "port"),
    "serial": ("serial_device", "baudrate"),
    "cups": ("cups_printer",),
    "file": ("file_path",),
    "none": (),
}
# Names the setup wizard's printer choice (ui/widgets/printer_choice.py) stores.
_ALIASES = {
    "usb_vendor": "usb_vendor_id",
    "usb_product": "usb_product_id",
    "cups_name": "cups_printer",
    "path": "file_path",
}
_USB_IDS = ("usb_vendor_id", "usb_product_id")
_COMMON_FIELDS = ("columns", "codepage", "profile", "drawer_pin", "check_status")
# Errors of a device that stopped answering: off, unplugged, cable out.
_OFFLINE_ERRNOS = {
    errno.ETIMEDOUT,
    errno.ECONNREFUSED,
    errno.ECONNRESET,
    errno.ECONNABORTED,
    errno.EPIPE,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
    errno.EHOSTDOWN,
    errno.ENETDOWN,
    errno.ENODEV,
    errno.ENXIO,
    errno.EIO,
}
# Characters receipts use that the code page may lack, written the plain way.
_PLAIN = str.maketrans(
    {
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u00ad": "",
        "–": "-",
        "—": "-",
        "−": "-",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "…": "...",
        "×": "x",
        "€": "EUR",
    }
)


@dataclass(frozen=True)
class PrinterConfig:
    """How to reach the receipt printer, and how to talk to it.

    ``kind`` picks the connection; only that kind's fields are used:
    ``usb`` (vendor and product id as hex text such as ``"0x04b8"``, and the
    endpoints), ``network`` (host, port), ``serial`` (device, baud rate),
    ``cups`` (the name of a print queue of this computer: ``lp -o raw`` to
    CUPS on Linux and macOS, the spooler on Windows; see
    :mod:`~bruktpos.devices.printer_queue`), ``file`` (a path such as ``/dev/usb/lp0``; each
    job rewrites the file) or ``none`` (no printer). ``columns`` is the paper
    width in characters (42 for 80 mm, 32 for 58 mm), ``codepage`` one with
    æøå, ``profile`` a python-escpos printer profile ("" for the generic one),
    ``drawer_pin`` the drawer kick pin (2 or 5), and ``check_status`` whether
    to ask the printer how it is before and after each job (on by default; a
    connection that cannot read back, a file or a print queue, is never asked).

    An invalid combination cannot be made: the constructor raises
    :class:`ValueError` naming the field and what it must be.
    """

    kind: str = "none"
    usb_vendor_id: str = ""
    usb_product_id: str = ""
    usb_in_ep: str = "0x82"
    usb_out_ep: str = "0x01"
    host: str = ""
    port: int = 9100
    serial_device: str = ""
    baudrate: int = 9600
    cups_printer: str = ""
    file_path: str = ""
    columns: int = 42
    codepage: str = "CP865"
    profile: str = ""
    drawer_pin: int = 2
    check_status: bool = True

    def __post_init__(self) -> None:
        for f in fields(self):
            _check_type(f.name, getattr(self, f.name), type(f.default))
        if self.kind not in KINDS:
            raise ValueError(f"receipt printer kind must be one of {', '.join(KINDS)}; got {self.kind!r}")
        if self.kind == "usb":
            for name in ("usb_vendor_id", "usb_product_id"):
                _hex(name, getattr(self, name), "like 0x04b8")
            for name in ("usb_in_ep", "usb_out_ep"):
                if not 1 <= _hex(name, getattr(self, name), "like 0x82") <= 0xFF:
                    raise ValueError(
                        f"{name} must be an endpoint from 0x01 to 0xff, got {getattr(self, name)!r}"
                    )
        elif self.kind == "network":
            if not self.host.strip() or any(c.isspace() for c in self.host.strip()):
                raise ValueError(f"host must be the printer's IP address or name, got {self.host!r}")
            if not 1 <= self.port <= 65535:
                raise ValueError(f"port must be 1–65535, got {self.port}")
        elif self.kind == "serial":
            _required("serial_device", self.serial_device, "e.g. /dev/ttyUSB0 or COM3")
            if self.baudrate not in BAUDRATES:
                raise ValueError(
                    f"baudrate must be one of {', '.join(map(str, BAUDRATES))}; got {self.baudrate}"
                )
        elif self.kind == "cups":
            _required("cups_printer", self.cups_printer, "the printer's name in CUPS")
        elif self.kind == "file":
            _required("file_path", self.file_path, "e.g. /dev/usb/lp0")
        if not MIN_COLUMNS <= self.columns <= MAX_COLUMNS:
            raise ValueError(
                f"columns must be {MIN_COLUMNS}–{MAX_COLUMNS} (42 for 80 mm paper, 32 for 58 mm), "
                f"got {self.columns}"
            )
        if self.drawer_pin not in (2, 5):
            raise ValueError(f"drawer_pin must be 2 or 5, got {self.drawer_pin}")
        _check_codepage(self.profile, self.codepage)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PrinterConfig:
        """The config stored in the ``receipt_printer`` setting (``{}`` is no printer).

        Also reads the shape the setup wizard's printer choice writes
        (``usb_vendor``/``usb_product`` as numbers, ``cups_name``, ``path``,
        ``None`` for fields not filled in). Raises :class:`ValueError` for an
        unknown key, a wrong type or value.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"the receipt printer setting must be a mapping, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        unknown: list[str] = []
        for key, value in data.items():
            name = _ALIASES.get(key, key)
            if name not in known:
                unknown.append(str(key))
            elif value is not None:
                is_number = isinstance(value, int) and not isinstance(value, bool)
                values[name] = f"0x{value:04x}" if name in _USB_IDS and is_number else value
        if unknown:
            raise ValueError(f"unknown receipt printer setting(s): {', '.join(sorted(unknown))}")
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form for the ``receipt_printer`` setting: the kind's own fields and the common ones."""
        names = ("kind", *_FIELDS_OF_KIND[self.kind], *_COMMON_FIELDS)
        return {name: getattr(self, name) for name in names}

    @property
    def enabled(self) -> bool:
        """Whether the shop has a receipt printer at all."""
        return self.kind != "none"

    @property
    def address(self) -> str:
        """Where the printer is, e.g. ``network 192.168.1.50:9100`` (for logs and the test page)."""
        return {
            "usb": f"usb {self.usb_vendor_id}:{self.usb_product_id}",
            "network": f"network {self.host}:{self.port}",
            "serial": f"serial {self.serial_device} {self.baudrate} baud",
            "cups": f"queue {self.cups_printer}",
            "file": f"file {self.file_path}",
            "none": "none",
        }[self.kind]


@functools.cache
def nordic_codepages(profile: str = "") -> tuple[str, ...]:
    """The code pages of a python-escpos printer profile that have æ, ø and å."""
    pages = _e().get_profile(profile or None).get_code_pages()
    encoder = _e().Encoder(pages)
    return tuple(page for page in pages if all(encoder.can_encode(page, c) for c in NORWEGIAN_LETTERS))


def open_printer(config: PrinterConfig | Escpos, *, timeout: float = NETWORK_TIMEOUT) -> Escpos:
    """Make and open the python-escpos printer ``config`` describes.

    An already-made python-escpos printer is returned as it is (this is how
    tests use ``escpos.printer.Dummy``). A network printer gets ``timeout``
    seconds to connect and for each write. Raises :class:`PrinterError` (with
    kind ``printer_not_configured`` for kind ``none``) and nothing else.
    """
    if isinstance(config, _e().Escpos):
        return config
    try:
        printer = _make(config, timeout)
        printer.open()
        _limit_serial_writes(printer)
        return printer
    except PrinterError:
        raise
    except Exception as exc:
        raise _printer_error(exc, config.address) from exc


class ReceiptPrinter:
    """The till's receipt printer, with the cash drawer on its kick port.

    Each job opens the connection, asks the printer how it is, does its work,
    asks again and closes the connection, so a printer switched off between
    sales is noticed at the next job. Jobs are serialised by a lock. Every
    method raises :class:`PrinterError` (the drawer: :class:`DrawerError`) and
    nothing else, and returns the status after the job (``None`` when the
    connection cannot tell, e.g. a file). ``status_timeout`` is how long the
    printer has to answer, ``write_timeout`` how long a network printer has
    to connect and to take each write.
    """

    def __init__(
        self,
        config: PrinterConfig | None = None,
        *,
        device: Escpos | None = None,
        status_timeout: float = STATUS_TIMEOUT,
        write_timeout: float = NETWORK_TIMEOUT,
    ) -> None:
        self.config = config or PrinterConfig()
        self.device = device
        self.status_timeout = status_timeout
        self.write_timeout = write_timeout
        self._lock = threading.Lock()

    @property
    def columns(self) -> int:
        """Characters per line, for :func:`~bruktpos.devices.receipts.render_receipt`'s ``width``."""
        return self.config.columns

    def print_receipt(self, lines: Sequence[ReceiptLine], *, cut: bool = True) -> PrinterStatus | None:
        """Print laid-out lines (from :func:`~bruktpos.devices.receipts.render_receipt`), then cut."""

        def job(printer: Escpos) -> None:
            self._begin(printer)
            _write_lines(printer, lines, self.config.codepage)
            if cut:
                printer.cut()

        return self._run(job)

    def print_images(self, images: Sequence[Image.Image], *, cut: bool = True) -> PrinterStatus | None:
        """Print pictures at the printer's own resolution, one after another
        (labels from :func:`~bruktpos.devices.labels.label_image` on a label
        printer that speaks ESC/POS), cutting after each when asked."""

        def job(printer: Escpos) -> None:
            self._begin(printer)
            for image in images:
                printer.image(image, impl="bitImageRaster")
                if cut:
                    printer.cut()

        return self._run(job)

    def print_report(self, report: DayReport, shop: Any = None) -> PrinterStatus | None:
        """Print an X or Z report laid out for this paper's width."""
        from bruktpos.devices.report_receipt import render_report

        return self.print_receipt(render_report(report, shop, width=self.config.columns))

    def open_drawer(self) -> PrinterStatus | None:
        """Kick the cash drawer connected to the printer, only when the printer is ready.

        A printer that is out of paper, has its cover open or is offline holds
        what it gets until the fault is cleared, so a kick sent then would
        open the drawer later, by itself: it is not sent, and
        :class:`DrawerError` says why.
        """
        try:
            return self._run(lambda printer: printer.cashdraw(self.config.drawer_pin))
        except PrinterError as error:
            raise DrawerError(error.kind, error.detail) from error

    def check(self) -> PrinterStatus | None:
        """Ask the printer how it is, printing nothing; ``None`` when the connection cannot tell.

        Unlike a job, a printer with its cover open or out of paper is no
        error here: its status says so. One that does not answer is
        :class:`PrinterError` ``printer_no_answer``.
        """
        heard: list[PrinterStatus] = []

        def job(printer: Escpos) -> None:
            if can_ask(printer):
                heard.append(ask_status(printer, self.status_timeout))

        self._run(job, checked=False)
        return heard[0] if heard else None

    def test_print(self, shop_name: str) -> PrinterStatus | None:
        """Print a test page: the shop's name, æøå and a full-width ruler."""
        where = self.config.address if self.device is None else type(self.device).__name__
        return self.print_receipt(render_test_page(shop_name, connection=where, width=self.config.columns))

    # --- one job ----------------------------------------------------------------

    def _run(self, job: Callable[[Escpos], None], *, checked: bool = True) -> PrinterStatus | None:
        owned = self.device is None  # an injected device belongs to the caller
        where = self.config.address if owned else type(self.device).__name__
        with self._lock:
            try:
                printer = open_printer(
                    self.config if self.device is None else self.device, timeout=self.write_timeout
                )
                try:
                    if checked:
                        status = self._checked(printer, job)
                    else:
                        job(printer)
                        status = None
                except BaseException:
                    if owned:
                        _close_quietly(printer)
                    raise
                if owned:
                    printer.close()  # a print queue gets the job here
                return status
            except PrinterError as error:
                log.warning("receipt printer (%s): %s", where, error)
                raise
            except Exception as exc:
                sorted_error = _printer_error(exc, where)
                # Not a PrinterError of its own: the traceback says where it came from.
                log.warning("receipt printer (%s): %s", where, sorted_error, exc_info=exc)
                raise sorted_error from exc

    def _checked(self, printer: Escpos, job: Callable[[Escpos], None]) -> PrinterStatus | None:
        """Ask, work, ask again: the job counts only when the printer could do it."""
        asks = self.config.check_status and can_ask(printer)
        if asks:
            before = ask_status(printer, self.status_timeout)  # unanswered: nothing is sent
            if before.fault is not None:
                raise PrinterError(before.fault, f"nothing sent; the printer said: {before}")
        try:
            job(printer)
        except Exception as exc:
            if isinstance(exc, TimeoutError) or _is_timeout(exc):
                raise PrinterError(
                    PrinterError.NOT_READING, f"the printer stopped taking the job: {type(exc).__name__}"
                ) from exc
            raise
        if not asks:
            return None
        try:
            after = ask_status(printer, self.status_timeout)
        except PrinterError as error:
            if error.kind != PrinterError.NO_ANSWER:
                raise
            raise PrinterError(
                PrinterError.NOT_READING,
                f"no answer after the job, so it may not have taken it all ({error})",
            ) from error
        if after.fault is not None:
            cleared = clear_buffers(printer, self.status_timeout)
            raise PrinterError(
                after.fault,
                f"the printer stopped during the job: {after}; "
                + ("what it held is cleared" if cleared else "it did not confirm clearing what it holds"),
            )
        if after.paper_near_end:
            log.info("receipt printer: the paper roll is nearly empty")
        return after

    def _begin(self, printer: Escpos) -> None:
        printer.hw("INIT")  # clears styles left over from earlier jobs
        # INIT also resets the printer's code page, so forget the one python-escpos
        # thinks is active and select ours again.
        printer.magic.encoding = None
        printer.charcode(self.config.codepage)


def _write_lines(printer: Escpos, lines: Sequence[ReceiptLine], codepage: str) -> None:
    has = code_page_has(codepage)
    style: tuple[bool, int, bool] | None = None
    for line in lines:
        if line.barcode:
            print_barcode(printer, line.barcode)  # a voucher's code, with its digits under the bars
            style = None
            continue
        if (line.bold, line.size, line.center) != style:
            style = (line.bold, line.size, line.center)
            _set_style(printer, *style)
        printer.textln(plain_text(line.text.translate(_PLAIN), has))  # Ł → L, never "?"
    if style != (False, 1, False):
        _set_style(printer, False, 1, False)


def _set_style(printer: Escpos, bold: bool, size: int, center: bool) -> None:
    align = "center" if center else "left"
    if size <= 1:
        printer.set(align=align, bold=bold, normal_textsize=True)
    elif size == 2:
        printer.set(align=align, bold=bold, double_width=True, double_height=True)
    else:
        size = min(size, 8)
        printer.set(align=align, bold=bold, custom_size=True, width=size, height=size)


def _make(config: PrinterConfig, timeout: float) -> Escpos:
    profile = config.profile or None
    if config.kind == "usb":
        _needs(_e().Usb.is_usable(), "USB printing needs the pyusb package and libusb")
        return _e().Usb(
            int(config.usb_vendor_id, 16),
            int(config.usb_product_id, 16),
            timeout=USB_TIMEOUT_MS,
            in_ep=int(config.usb_in_ep, 16),
            out_ep=int(config.usb_out_ep, 16),
            profile=profile,
        )
    if config.kind == "network":
        return _e().Network(config.host.strip(), config.port, timeout=timeout, profile=profile)
    if config.kind == "serial":
        _needs(_e().Serial.is_usable(), "serial printing needs the pyserial package")
        return _e().Serial(config.serial_device, config.baudrate, profile=profile)
    if config.kind == "cups":
        from bruktpos.devices.printer_queue import QueuePrinter

        return QueuePrinter(config.cups_printer, profile=profile)
    if config.kind == "file":
        return _e().File(config.file_path, profile=profile)
    raise PrinterError(PrinterError.NOT_CONFIGURED, "no receipt printer is set up")


def _needs(usable: bool, why: str) -> None:
    # Checked before the object is made: python-escpos' destructor of a USB
    # printer without pyusb would raise again at garbage collection.
    if not usable:
        raise PrinterError(PrinterError.FAILED, why)


def _limit_serial_writes(printer: Escpos) -> None:
    # python-escpos opens serial ports with no write timeout; with hardware
    # flow control a switched-off printer would block the write for ever.
    port = printer.device if isinstance(printer, _e().Serial) else None
    if port is not None and hasattr(port, "write_timeout"):
        port.write_timeout = SERIAL_WRITE_TIMEOUT


def _close_quietly(printer: Escpos) -> None:
    from bruktpos.devices.printer_queue import QueuePrinter

    if isinstance(printer, QueuePrinter):
        printer.discard()  # never send half a receipt to the queue
    sock = printer.device if isinstance(printer, _e().Network) else None
    if isinstance(sock, socket.socket):
        # A failed job is abandoned, not finished: with no linger, closing resets the
        # connection and drops what is still waiting to go, instead of sending it on.
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(Exception):
        printer.close()


def _printer_error(exc: BaseException, where: str) -> PrinterError:
    """Sort any failure into one :class:`PrinterError`."""
    detail = f"{where}: {type(exc).__name__}: {exc}"
    if isinstance(exc, _e().DeviceNotFoundError):
        # python-escpos wraps the real failure; what it wraps tells off from missing.
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, socket.gaierror):
            return PrinterError(PrinterError.NOT_FOUND, detail)
        if where.startswith("network") and isinstance(cause, OSError):
            return PrinterError(PrinterError.OFFLINE, detail)
        return PrinterError(PrinterError.NOT_FOUND, detail)
    if isinstance(exc, TimeoutError | ConnectionError) or _is_timeout(exc):
        return PrinterError(PrinterError.OFFLINE, detail)
    if isinstance(exc, FileNotFoundError):
        return PrinterError(PrinterError.NOT_FOUND, detail)
    if isinstance(exc, OSError) and exc.errno in _OFFLINE_ERRNOS:
        return PrinterError(PrinterError.OFFLINE, detail)
    # python-escpos' own errors, other OS errors, and anything unforeseen.
    return PrinterError(PrinterError.FAILED, detail)


def _is_timeout(exc: BaseException) -> bool:
    # pyusb's and pyserial's timeout errors are OSErrors without a timeout errno;
    # they are optional packages, so they are recognised by name.
    return type(exc).__name__ in ("USBTimeoutError", "SerialTimeoutException")


def _check_type(name: str, value: Any, expected: type) -> None:
    if expected is bool:
        ok = isinstance(value, bool)
        what = "true or false"
    elif expected is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
        what = "a whole number"
    else:
        ok = isinstance(value, str)
        what = "text"
    if not ok:
        raise ValueError(f"{name} must be {what}, got {value!r}")


def _hex(name: str, value: str, example: str) -> int:
    if not _HEX_ID.match(value.strip()):
        raise ValueError(f"{name} must be a hexadecimal number {example}, got {value!r}")
    number = int(value.strip(), 16)
    if number == 0:
        raise ValueError(f"{name} must not be 0")
    return number


def _required(name: str, value: str, example: str) -> None:
    if not value.strip():
        raise ValueError(f"{name} is needed ({example})")


def warm_up() -> None:
    """Load python-escpos and the default profile's code pages now, off the GUI thread.

    The till calls this in a thread of its own once it is built: the first
    sale's drawer check reads the printer setting on the GUI thread, and
    without this it would load the capability database there (half a
    second on a shop PC) while the customer waits.
    """
    _nordic_pages("")


@functools.cache
def _nordic_pages(profile_name: str) -> tuple[str, ...]:
    """The code pages of ``profile_name`` that have æ, ø and å (the same for every call: kept).

    Read for every sale (the drawer check parses the printer setting), so
    the encoder's look at every page is made once per profile.
    """
    pages = _e().get_profile(profile_name or None).get_code_pages()
    encoder = _e().Encoder(pages)
    return tuple(
        page for page in pages if all(encoder.can_encode(page, letter) for letter in NORWEGIAN_LETTERS)
    )


def _check_codepage(profile_name: str, codepage: str) -> None:
    if profile_name and profile_name not in _e().CAPABILITIES["profiles"]:
        raise ValueError(f"profile {profile_name!r} is not a python-escpos printer profile")
    nordic = _nordic_pages(profile_name)
    if codepage not in nordic:
        raise ValueError(
            f"codepage must be one this printer has with æ, ø and å ({', '.join(nordic)}); got {codepage!r}"
        )
