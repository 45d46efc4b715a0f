"""Printing off the UI thread.

Receipts, the drawer kick and test pages go to one worker thread, in order,
so the till never waits for a printer. Results come back as signals; a
printer that is off, missing or out of paper never loses a sale — the sale
is committed before anything is printed, and the till offers to print again.

The worker is a daemon thread (not a :class:`~bruktpos.ui.background.BackgroundJob`
in a Qt thread pool, which the program waits for at its end), so closing the
till never waits for a printer that hangs: :meth:`ReceiptDesk.shutdown` drops what has not started
and returns every receipt and voucher that has not printed (queued, in the
printer, or failed). The main window journals those with the till's stop
(``app_stopped``), and the next start offers to print them
(:meth:`ReceiptDesk.offer_unprinted`).

Nothing is printed again by itself: a receipt that did not print waits for
the person to press "Print again", and the printer gets nothing while it is
not ready (``devices/printer.py``), so it holds nothing to print later for
the next customer. A drawer kick is sent only while the person is still
there: one that could not start within :data:`DRAWER_PATIENCE` seconds is
dropped and said, and a kick the printer could not take is never sent again
unless the person presses "Open the drawer".
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.printer_status import PrinterStatus
from bruktpos.devices.receipts import render_receipt, render_voucher
from bruktpos.domain.errors import BruktError, DrawerError, LabelPrinterError, PrinterError
from bruktpos.services.receipts import load_receipt, load_voucher
from bruktpos.services.settings import SettingsService
from bruktpos.store.db import Database
from bruktpos.ui.messages import describe
from bruktpos.ui.messages_printer import paper_near_end_warning, printer_state_text

if TYPE_CHECKING:
    from bruktpos.devices.label_printer import LabelPrinter
    from bruktpos.devices.labels import LabelData
    from bruktpos.services.reports import DayReport

log = logging.getLogger(__name__)

# How many not-printed receipts and vouchers are kept for the next start.
KEEP_UNPRINTED = 10
# Seconds a drawer kick may wait behind other printer jobs; later, the person may have gone.
DRAWER_PATIENCE = 5.0

_Job = tuple[Callable[[], None], Callable[[str], None]]


@dataclass(frozen=True)
class Unprinted:
    """Receipts (sale ids) and vouchers (codes) that had not printed, oldest first."""

    sales: list[int] = field(default_factory=list)
    vouchers: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sales or self.vouchers)


def voucher_hint(code: str) -> str:
    """A voucher code for the log: its last four digits (the code is worth money)."""
    return "…" + code[-4:]


class ReceiptDesk(QObject):
    """The till's printer and drawer, used from the UI without ever blocking it."""

    printed = Signal(int)  # sale id
    print_failed = Signal(int, str)  # sale id, what happened and what to do
    # What the printer did with a receipt, for the journal (ReceiptJournal), not for the
    # banner: only a real attempt, never the offer of one left from the last close.
    receipt_printed = Signal(int, bool)  # sale id, a copy (KOPI)
    receipt_failed = Signal(int, bool, str)  # sale id, a copy (KOPI), the reason (for the journal)
    voucher_printed = Signal(str)  # voucher code
    voucher_print_failed = Signal(str, str)  # voucher code, what happened and what to do
    drawer_opened = Signal(int)  # the sale id it was for (0: no sale, e.g. a pay-out)
    drawer_failed = Signal(int, str)  # the sale id (or 0), "The drawer did not open." and what to do
    paper_low = Signal(str)  # a job printed, but the roll is nearly empty: a gentle word
    test_printed = Signal()
    test_failed = Signal(str)
    printer_checked = Signal(str)  # what the printer said when asked how it is, in plain words
    printer_check_failed = Signal(str)
    labels_printed = Signal(int)
    labels_failed = Signal(str)
    label_test_printed = Signal()
    label_test_failed = Signal(str)
    report_printed = Signal()  # an X or Z report came out of the receipt printer
    report_failed = Signal(str)  # what happened and what to do
    journal_printed = Signal(object)  # what the journal's print job returned (a JournalPrinted)
    journal_print_failed = Signal(str)  # what happened and what to do
    drawer_checked = Signal(int, bool)  # the question's number, the drawer is open (see check_drawer)

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        *,
        printer_factory: Callable[[PrinterConfig], ReceiptPrinter] = ReceiptPrinter,
        parent: QObject | None = None,
        drawer_patience: float = DRAWER_PATIENCE,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self._factory = printer_factory
        self.drawer_patience = drawer_patience
        self._printer: ReceiptPrinter | None = None
        # One printer: one worker, jobs in order. A daemon thread, so a
        # printer that hangs never keeps the program from ending.
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._busy = threading.Condition()
        self._waiting = 0  # jobs queued or running
        self._closed = False
        self._unprinted_sales: dict[int, None] = {}  # ordered sets: not printed yet
        self._unprinted_vouchers: dict[str, None] = {}
        self._offers: list[tuple[str, object]] = []  # left from the last close, offered one at a time
        self._closed_text = ""
        self._paper_low_said: date | None = None  # the day the nearly empty roll was mentioned
        self._drawer_questions: dict[int, Callable[[bool], None]] = {}  # asked, not answered yet
        self._drawer_asked = 0
        self.drawer_checked.connect(self._drawer_answered)  # queued: answered on the GUI thread

    def printer(self) -> ReceiptPrinter:
        """The printer the settings name (kept while they stay the same)."""
        stored = self.settings.get("receipt_printer")
        try:
            config = PrinterConfig.from_dict(stored)
        except ValueError as error:
            raise PrinterError(PrinterError.NOT_CONFIGURED, str(error)) from error
        if self._printer is None or self._printer.config != config:
            self._printer = self._factory(config)
        return self._printer

    def _submit(self, work: Callable[[], None], failed: Callable[[str], None]) -> None:
        """Queue ``work``; an unexpected failure in it (a bug, not a printer fault it
        handles itself) is logged and told to the person through ``failed``."""
        with self._busy:
            if self._closed:
                log.info("printer job dropped: the till is closing")
                return
            self._waiting += 1
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="receipt-printer", daemon=True)
                self._worker.start()
            self._jobs.put((work, failed))  # under the lock: shutdown() drains whole jobs only

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            work, failed = job
            # Garbage is collected on the GUI thread only (ui/collector.py), never here.
            try:
                work()
            except Exception as error:  # a bug in a job: logged, said, and the next job still runs
                log.exception("printer job failed")
                failed(describe(PrinterError(PrinterError.FAILED, f"{type(error).__name__}: {error}")))
            finally:
                with self._busy:
                    self._waiting -= 1
                    self._busy.notify_all()

    def _mark(self, store: dict[Any, None], key: object, unprinted: bool) -> None:
        with self._busy:
            if unprinted:
                store.pop(key, None)
                store[key] = None
                while len(store) > KEEP_UNPRINTED:
                    store.pop(next(iter(store)))
            else:
                store.pop(key, None)

    def unprinted(self) -> Unprinted:
        """Receipts and vouchers asked for that have not printed yet (queued, printing or failed)."""
        with self._busy:
            return Unprinted(list(self._unprinted_sales), list(self._unprinted_vouchers))

    def shutdown(self) -> Unprinted:
        """Stop at once, without waiting for the printer; what has not printed is returned.

        Jobs that have not started are dropped; one that is printing goes on
        in its daemon thread as long as the program runs.
        """
        with self._busy:
            self._closed = True
            dropped = 0
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    dropped += 1
            self._waiting -= dropped
            self._jobs.put(None)  # the worker ends after the job in hand
            self._busy.notify_all()
        left = self.unprinted()
        if dropped or left:
            log.info(
                "printer stopped with %d job(s) not started; not printed: receipts of sales %s, vouchers %s",
                dropped,
                left.sales,
                [voucher_hint(code) for code in left.vouchers],
            )
        return left

    def offer_unprinted(self, left: Unprinted) -> None:
        """Offer again, one at a time, what had not printed when the till last closed (at start)."""
        if not left:
            return
        log.info(
            "offering to print what had not printed at the last close: receipts of sales %s, vouchers %s",
            left.sales,
            [voucher_hint(code) for code in left.vouchers],
        )
        self._closed_text = self.tr(
            "BruktPOS was closed before it printed. Press “Print again” to print it now."
        )
        for sale_id in left.sales:
            self._mark(self._unprinted_sales, sale_id, True)
        for code in left.vouchers:
            self._mark(self._unprinted_vouchers, code, True)
        with self._busy:
            self._offers = [("sale", s) for s in left.sales] + [("voucher", c) for c in left.vouchers]
        self._offer_next(None)

    def offer_failed(self, sale_ids: list[int]) -> None:
        """Offer again (at start) every receipt the journal says failed and has not printed since."""
        if not sale_ids:
            return
        log.info("offering the receipts that failed to print earlier: sales %s", sale_ids)
        text = self.tr("It did not print earlier. Press “Print again” to print it now.")
        for sale_id in sale_ids:
            self._mark(self._unprinted_sales, sale_id, True)
            self.print_failed.emit(sale_id, text)

    def _offer_next(self, done: tuple[str, object] | None) -> None:
        """After ``done`` printed (or at start), the banner offers the next one left from the last close."""
        with self._busy:
            if done is not None and done in self._offers:
                self._offers.remove(done)
            elif done is not None:
                return
            following = self._offers[-1] if self._offers else None
        if following is None:
            return
        kind, key = following
        if kind == "sale" and isinstance(key, int):  # sale ids are ints, voucher codes text
            self.print_failed.emit(key, self._closed_text)
        else:
            self.voucher_print_failed.emit(str(key), self._closed_text)

    def print_sale(self, sale_id: int, *, copy: bool = False) -> None:
        """Print a sale's receipt (or its one copy) in the background."""
        footer = self.settings.get("receipt_footer")
        if not copy:
            self._mark(self._unprinted_sales, sale_id, True)
        what = "copy of the receipt" if copy else "receipt"

        def work() -> None:
            try:
                printer = self.printer()
                data = load_receipt(self.db, sale_id)
                status = printer.print_receipt(
                    render_receipt(data, copy=copy, footer=footer, width=printer.columns)
                )
            except BruktError as error:
                log.warning("%s of sale %d did not print: %s", what, sale_id, error)
                self.receipt_failed.emit(sale_id, copy, str(error) or type(error).__name__)
                self.print_failed.emit(sale_id, describe(error))
                return
            log.info("%s of sale %d printed", what, sale_id)
            self._warn_if_paper_low(status)
            self._mark(self._unprinted_sales, sale_id, False)
            self.receipt_printed.emit(sale_id, copy)
            self.printed.emit(sale_id)
            self._offer_next(("sale", sale_id))

        def failed(text: str) -> None:  # a bug in the job: the receipt did not print
            self.receipt_failed.emit(sale_id, copy, text)
            self.print_failed.emit(sale_id, text)

        self._submit(work, failed)

    def print_voucher(self, code: str, *, copy: bool = False) -> None:
        """Print a store-credit voucher (or a copy of it, marked KOPI) in the background."""

        if not copy:
            self._mark(self._unprinted_vouchers, code, True)
        hint = voucher_hint(code)

        def work() -> None:
            try:
                printer = self.printer()
                slip = load_voucher(self.db, code)
                status = printer.print_receipt(render_voucher(slip, copy=copy, width=printer.columns))
            except BruktError as error:
                log.warning("voucher %s did not print: %s", hint, error)
                self.voucher_print_failed.emit(code, describe(error))
                return
            log.info("voucher %s printed%s", hint, " (copy)" if copy else "")
            self._warn_if_paper_low(status)
            self._mark(self._unprinted_vouchers, code, False)
            self.voucher_printed.emit(code)
            self._offer_next(("voucher", code))

        self._submit(work, lambda text: self.voucher_print_failed.emit(code, text))

    def label_printer(self, stored: dict[str, Any] | None = None) -> LabelPrinter | None:
        """The label printer the settings (or ``stored``) name, or None when labels go on A4 sheets.

        A printer set up in the computer (CUPS) gets label images through
        its queue (``lp``); any other kind speaks ESC/POS.
        """
        # Imported here: label images (Pillow, python-barcode) are not needed for the till's start.
        from bruktpos.devices.label_printer import label_printer_for

        return label_printer_for(
            self.settings.get("label_printer") if stored is None else stored, escpos=self._factory
        )

    def print_labels(self, labels: list[LabelData]) -> None:
        """Print labels on the label printer, in the background (images at its resolution)."""
        dpi = self.settings.get("label_printer_dpi")

        def work() -> None:
            from bruktpos.devices.label_printer import print_labels

            try:
                printer = self.label_printer()
                if printer is None:
                    raise LabelPrinterError(PrinterError.NOT_CONFIGURED, "no label printer is set up")
                print_labels(printer, labels, dpi=dpi)
            except BruktError as error:
                log.warning("%d label(s) did not print: %s", len(labels), error)
                self.labels_failed.emit(describe(error))
                return
            log.info("%d label(s) printed", len(labels))
            self.labels_printed.emit(len(labels))

        self._submit(work, self.labels_failed.emit)

    def test_label_print(self, stored: dict[str, Any], dpi: int, label: LabelData) -> None:
        """Print one sample label with settings not saved yet (the label printer settings' test)."""

        def work() -> None:
            from bruktpos.devices.label_printer import print_labels

            try:
                printer = self.label_printer(stored)
                if printer is None:
                    raise LabelPrinterError(PrinterError.NOT_CONFIGURED, "no label printer is chosen")
                print_labels(printer, [label], dpi=dpi)
            except BruktError as error:
                log.warning("label printer test did not print: %s", error)
                self.label_test_failed.emit(describe(error))
                return
            self.label_test_printed.emit()

        self._submit(work, self.label_test_failed.emit)

    def print_report(self, report: DayReport, shop: object) -> None:
        """Print an X or Z report (a ``DayReport``) on the receipt printer, in the background."""

        def work() -> None:
            try:
                status = self.printer().print_report(report, shop)
            except BruktError as error:
                log.warning("report did not print: %s", error)
                self.report_failed.emit(describe(error))
                return
            log.info("report printed")
            self._warn_if_paper_low(status)
            self.report_printed.emit()

        self._submit(work, self.report_failed.emit)

    def print_journal(self, job: Callable[[ReceiptPrinter], object]) -> None:
        """Run ``job`` with the receipt printer, in turn with the receipts (the electronic journal).

        ``job`` reads, prints and journals (:meth:`JournalView.print_on`); its
        result comes back by ``journal_printed``, a refusal or printer fault
        by ``journal_print_failed`` as a sentence.
        """

        def work() -> None:
            try:
                result = job(self.printer())
            except BruktError as error:
                log.warning("the electronic journal did not print: %s", error)
                self.journal_print_failed.emit(describe(error))
                return
            log.info("the electronic journal printed")
            self.journal_printed.emit(result)

        self._submit(work, self.journal_print_failed.emit)

    def open_drawer(self, sale_id: int = 0) -> None:
        """Kick the cash drawer, for ``sale_id`` (0: no sale, e.g. a pay-out or "Open the drawer").

        The kick goes out only if it can start within :attr:`drawer_patience`
        seconds and the printer is ready; otherwise ``drawer_failed`` says so,
        and nothing opens the drawer later by itself.
        """
        asked = time.monotonic()

        def work() -> None:
            try:
                waited = time.monotonic() - asked
                if waited > self.drawer_patience:
                    raise DrawerError(DrawerError.TOO_LATE, f"the kick waited {waited:.1f} s for the printer")
                printer = self.printer()
                if printer.device is None and not printer.config.enabled:
                    return  # no printer, no drawer on it: the receipt's own message says so
                printer.open_drawer()
            except BruktError as error:
                log.warning("cash drawer did not open (sale %d): %s", sale_id, error)
                self.drawer_failed.emit(sale_id, describe(error))
                return
            log.info("cash drawer opened (sale %d)", sale_id)
            self.drawer_opened.emit(sale_id)

        def failed(_printer_text: str) -> None:  # a bug in the job: still "the drawer did not open"
            self.drawer_failed.emit(sale_id, describe(DrawerError(DrawerError.FAILED, "the job failed")))

        self._submit(work, failed)

    def check_drawer(self, then: Callable[[bool], None]) -> None:
        """Ask the printer whether the cash drawer is open; ``then(open)`` on the GUI thread.

        A sale is not saved while the drawer on the till is open
        (kassasystemforskrifta § 2-6 (5)). Only a printer that can answer is
        asked, in turn with the receipts (one connection at a time): with no
        printer, one whose status check is off, or a print queue or file,
        ``then(False)`` comes at once. A printer that does not answer never
        holds up a sale: that is logged and the sale goes on (the receipt then
        says what is wrong with the printer).
        """
        try:
            config = PrinterConfig.from_dict(self.settings.get("receipt_printer"))
        except (ValueError, BruktError) as error:
            log.info("drawer check before a sale: no usable printer setting (%s); the sale goes on", error)
            then(False)
            return
        if not config.enabled or not config.check_status or config.kind in ("cups", "file"):
            then(False)
            return
        self._drawer_asked += 1
        question = self._drawer_asked
        self._drawer_questions[question] = then

        def work() -> None:
            try:
                status = self.printer().check()
            except BruktError as error:
                log.warning(
                    "drawer check before a sale: the printer did not answer (%s); the sale goes on", error
                )
                self.drawer_checked.emit(question, False)
                return
            is_open = status is not None and status.drawer_pin3_high
            if is_open:
                log.info("drawer check before a sale: the cash drawer is open (%s)", status)
            self.drawer_checked.emit(question, is_open)

        self._submit(work, lambda _text: self.drawer_checked.emit(question, False))

    def _drawer_answered(self, question: int, is_open: bool) -> None:
        then = self._drawer_questions.pop(question, None)
        if then is not None:
            then(is_open)

    def _warn_if_paper_low(self, status: PrinterStatus | None) -> None:
        """Say that the roll is nearly empty once a day: after that, the person knows."""
        if status is None or not status.paper_near_end:
            return
        today = self.settings.clock().date()
        with self._busy:
            if self._paper_low_said == today:
                return
            self._paper_low_said = today
        self.paper_low.emit(paper_near_end_warning())

    def check_printer(self, config: PrinterConfig) -> None:
        """Ask the printer ``config`` names how it is (the printer settings), printing nothing."""

        def work() -> None:
            try:
                status = self._factory(config).check()
            except BruktError as error:
                log.info("printer check: %s", error)
                self.printer_check_failed.emit(describe(error))
                return
            log.info("printer check: %s", status if status is not None else "the connection cannot tell")
            self.printer_checked.emit(printer_state_text(status))

        self._submit(work, self.printer_check_failed.emit)

    def test_print(self, shop_name: str, config: PrinterConfig) -> None:
        def work() -> None:
            try:
                self._factory(config).test_print(shop_name)
            except BruktError as error:
                log.warning("printer test page did not print: %s", error)
                self.test_failed.emit(describe(error))
                return
            self.test_printed.emit()

        self._submit(work, self.test_failed.emit)

    def wait(self, msecs: int = 10_000) -> bool:
        """Wait for queued jobs (in tests and benchmarks); False if they are not done in time."""
        with self._busy:
            return self._busy.wait_for(lambda: self._waiting <= 0, timeout=msecs / 1000)
