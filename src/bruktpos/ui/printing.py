"""Printing off the UI thread.

Receipts, the drawer kick and test pages go to one worker thread, in order,
so the till never waits for a printer. Results come back as signals; a
printer that is off, missing or out of paper never loses a sale — the sale
is committed before anything is printed, and the till offers to print again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from bruktpos.devices.label_printer import LabelPrinter, label_printer_for, print_labels
from bruktpos.devices.labels import LabelData
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import render_receipt, render_voucher
from bruktpos.domain.errors import BruktError, LabelPrinterError, PrinterError
from bruktpos.services.receipts import load_receipt, load_voucher
from bruktpos.services.settings import SettingsService
from bruktpos.store.db import Database
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.messages import describe

if TYPE_CHECKING:
    from bruktpos.services.reports import DayReport


class ReceiptDesk(QObject):
    """The till's printer and drawer, used from the UI without ever blocking it."""

    printed = Signal(int)  # sale id
    print_failed = Signal(int, str)  # sale id, what happened and what to do
    voucher_printed = Signal(str)  # voucher code
    voucher_print_failed = Signal(str, str)  # voucher code, what happened and what to do
    drawer_failed = Signal(str)
    test_printed = Signal()
    test_failed = Signal(str)
    labels_printed = Signal(int)
    labels_failed = Signal(str)
    label_test_printed = Signal()
    label_test_failed = Signal(str)
    report_printed = Signal()  # an X or Z report came out of the receipt printer
    report_failed = Signal(str)  # what happened and what to do

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        *,
        printer_factory: Callable[[PrinterConfig], ReceiptPrinter] = ReceiptPrinter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self._factory = printer_factory
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one printer: jobs in order
        self._printer: ReceiptPrinter | None = None

    def printer(self) -> ReceiptPrinter:
        """The printer the settings name (kept while they stay the same, so it
        remembers a printer that does not answer status questions)."""
        stored = self.settings.get("receipt_printer")
        try:
            config = PrinterConfig.from_dict(stored)
        except ValueError as error:
            raise PrinterError(PrinterError.NOT_CONFIGURED, str(error)) from error
        if self._printer is None or self._printer.config != config:
            self._printer = self._factory(config)
        return self._printer

    def _submit(self, work: Callable[[], None]) -> None:
        self._pool.start(BackgroundJob(work))

    def print_sale(self, sale_id: int, *, copy: bool = False) -> None:
        """Print a sale's receipt (or its one copy) in the background."""
        footer = self.settings.get("receipt_footer")

        def work() -> None:
            try:
                printer = self.printer()
                data = load_receipt(self.db, sale_id)
                printer.print_receipt(render_receipt(data, copy=copy, footer=footer, width=printer.columns))
            except BruktError as error:
                self.print_failed.emit(sale_id, describe(error))
                return
            self.printed.emit(sale_id)

        self._submit(work)

    def print_voucher(self, code: str, *, copy: bool = False) -> None:
        """Print a store-credit voucher (or a copy of it, marked KOPI) in the background."""

        def work() -> None:
            try:
                printer = self.printer()
                slip = load_voucher(self.db, code)
                printer.print_receipt(render_voucher(slip, copy=copy, width=printer.columns))
            except BruktError as error:
                self.voucher_print_failed.emit(code, describe(error))
                return
            self.voucher_printed.emit(code)

        self._submit(work)

    def label_printer(self, stored: dict | None = None) -> LabelPrinter | None:
        """The label printer the settings (or ``stored``) name, or None when labels go on A4 sheets.

        A printer set up in the computer (CUPS) gets label images through
        its queue (``lp``); any other kind speaks ESC/POS.
        """
        return label_printer_for(
            self.settings.get("label_printer") if stored is None else stored, escpos=self._factory
        )

    def print_labels(self, labels: list[LabelData]) -> None:
        """Print labels on the label printer, in the background (images at its resolution)."""
        dpi = self.settings.get("label_printer_dpi")

        def work() -> None:
            try:
                printer = self.label_printer()
                if printer is None:
                    raise LabelPrinterError(PrinterError.NOT_CONFIGURED, "no label printer is set up")
                print_labels(printer, labels, dpi=dpi)
            except BruktError as error:
                self.labels_failed.emit(describe(error))
                return
            self.labels_printed.emit(len(labels))

        self._submit(work)

    def test_label_print(self, stored: dict, dpi: int, label: LabelData) -> None:
        """Print one sample label with settings not saved yet (the label printer settings' test)."""

        def work() -> None:
            try:
                printer = self.label_printer(stored)
                if printer is None:
                    raise LabelPrinterError(PrinterError.NOT_CONFIGURED, "no label printer is chosen")
                print_labels(printer, [label], dpi=dpi)
            except BruktError as error:
                self.label_test_failed.emit(describe(error))
                return
            self.label_test_printed.emit()

        self._submit(work)

    def print_report(self, report: DayReport, shop: object) -> None:
        """Print an X or Z report (a ``DayReport``) on the receipt printer, in the background."""

        def work() -> None:
            try:
                self.printer().print_report(report, shop)
            except BruktError as error:
                self.report_failed.emit(describe(error))
                return
            self.report_printed.emit()

        self._submit(work)

    def open_drawer(self) -> None:
        def work() -> None:
            try:
                printer = self.printer()
                if printer.device is None and not printer.config.enabled:
                    return  # no printer, no drawer on it: the receipt's own message says so
                printer.open_drawer()
            except BruktError as error:
                self.drawer_failed.emit(describe(error))

        self._submit(work)

    def test_print(self, shop_name: str, config: PrinterConfig) -> None:
        def work() -> None:
            try:
                self._factory(config).test_print(shop_name)
            except BruktError as error:
                self.test_failed.emit(describe(error))
                return
            self.test_printed.emit()

        self._submit(work)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for queued jobs (at shutdown, and in tests)."""
        return self._pool.waitForDone(msecs)
