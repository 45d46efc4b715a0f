"""Printing off the UI thread.

Receipts, the drawer kick and test pages go to one worker thread, in order,
so the till never waits for a printer. Results come back as signals; a
printer that is off, missing or out of paper never loses a sale — the sale
is committed before anything is printed, and the till offers to print again.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from bruktpos.devices.labels import LabelData, label_image
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import render_receipt
from bruktpos.domain.errors import BruktError, PrinterError
from bruktpos.services.receipts import load_receipt
from bruktpos.services.settings import SettingsService
from bruktpos.store.db import Database
from bruktpos.ui.messages import describe


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        # Python's garbage collector runs in whichever thread happens to
        # allocate. Here it could finalize Qt objects (a closed dialog, an old
        # window) outside the GUI thread, which crashes Qt; the jobs are short,
        # so collection waits for the GUI thread meanwhile.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._work()
        finally:
            if collecting:
                gc.enable()


class ReceiptDesk(QObject):
    """The till's printer and drawer, used from the UI without ever blocking it."""

    printed = Signal(int)  # sale id
    print_failed = Signal(int, str)  # sale id, what happened and what to do
    drawer_failed = Signal(str)
    test_printed = Signal()
    test_failed = Signal(str)
    labels_printed = Signal(int)
    labels_failed = Signal(str)

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
        self._pool.start(_Job(work))

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

    def label_printer(self) -> ReceiptPrinter | None:
        """The label printer the settings name, or None when labels go on A4 sheets."""
        stored = self.settings.get("label_printer")
        if not stored:
            return None
        try:
            return self._factory(PrinterConfig.from_dict(stored))
        except ValueError as error:
            raise PrinterError(PrinterError.NOT_CONFIGURED, str(error)) from error

    def print_labels(self, labels: list[LabelData]) -> None:
        """Print labels on the label printer, in the background (images at its resolution)."""
        dpi = self.settings.get("label_printer_dpi")

        def work() -> None:
            try:
                printer = self.label_printer()
                if printer is None:
                    raise PrinterError(PrinterError.NOT_CONFIGURED, "no label printer is set up")
                printer.print_images([label_image(label, dpi=dpi) for label in labels])
            except BruktError as error:
                self.labels_failed.emit(describe(error))
                return
            self.labels_printed.emit(len(labels))

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
