"""The till survives a busy morning of scans: no reference to None, True or False is lost.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` (and to ``True``
or ``False``) each time Qt returns from an event filter or a slot written in
Python. The till's scanner filters every key of the application, so a shop
lost about 24 references to ``None`` per scan until, some 2,300 scans in,
``None`` was freed and Python aborted with "Fatal Python error: none_dealloc".

This test drives the real till window as a shop would at scanner speed —
item codes typed as fast keys ending in Enter, café taps, card payments
through the payment dialog — and checks that the three reference counts come
back where they were. On 3.12+ these objects are immortal and their count
never moves; the test matters on 3.11, where the fault can come back with any
PySide6 release (pyproject.toml keeps 3.11 below 6.12).
"""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.intake import IntakeService
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, log_in, rows, when_dialog_opens

SALES = 24
SCANS_PER_SALE = 10
TAPS_PER_SALE = 2
# A loss beyond this fails. Measured over this test on Python 3.11: PySide6 6.11.3 lost
# none (it gains about one per scan and per tap, see below; True and False do not move);
# 6.12.0 lost 12,066 references to None and 528 to True while scanning (about 50 a scan).
NOISE = 50


def counts() -> dict[str, int]:
    gc.collect()
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


def add(total: dict[str, int], before: dict[str, int], after: dict[str, int]) -> None:
    for name in total:
        total[name] += after[name] - before[name]


def scan_at_scanner_speed(qtbot, till: Till, code: str) -> int:
    """A keyboard-wedge scanner: one key per character, no pause, then Enter. Returns keys sent."""
    table = till.window.till.table
    for char in code:
        qtbot.keyClick(table, char)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return len(code) + 1


def scan_and_tap(qtbot, till: Till, codes: list[str]) -> int:
    """The goods of one sale: scan ``codes``, tap coffee. Returns the keys typed."""
    screen = till.window.till
    keys = sum(scan_at_scanner_speed(qtbot, till, code) for code in codes)
    assert screen.model.rowCount() == len(codes), screen.message.text()
    catalogue = screen.findChild(QWidget, "catalogue")
    catalogue.setCurrentIndex(1)
    for _ in range(TAPS_PER_SALE):
        click(qtbot, screen.product_buttons[till.shop.coffee])
    catalogue.setCurrentIndex(0)
    screen.table.setFocus()
    return keys


def pay_by_card(qtbot, till: Till) -> None:
    """Pay, Card, Approved; when the dialog says the sale is done, Print receipt."""
    seen: dict[str, str] = {}

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        # The sale may be saved in the background ("Saving …"): wait for the done page.
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PaymentDialog.DONE_PAGE, timeout=10_000)
        seen["done"] = dialog.done_text.text()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(handle)
    click(qtbot, till.window.till.pay_button)
    qtbot.waitUntil(lambda: till.window.till.model.rowCount() == 0, timeout=10_000)
    # A till that saves in the background: wait while it says it is saving.
    qtbot.waitUntil(lambda: not getattr(till.window.controller, "busy", False), timeout=10_000)
    assert seen, "the payment dialog never showed the sale as done"
    # The dialog is kept for the next sale, closed: let it close here, so what the
    # closing gives back is in the payment's count, not the next scan's.
    qtbot.waitUntil(
        lambda: not any(d.isVisible() for d in till.window.findChildren(PaymentDialog)), timeout=10_000
    )
    # The receipt prints in the background and is journalled when it has (issue 14): that
    # aftermath also belongs to the payment's count, not to the next sale's scans.
    printed = "SELECT count(*) FROM journal WHERE event = 'receipt_printed'"
    qtbot.waitUntil(lambda: rows(till, printed) == rows(till, "SELECT count(*) FROM sales"), timeout=10_000)
    qtbot.waitUntil(lambda: not till.window.controller.writer.busy, timeout=10_000)


def test_three_thousand_scanner_keys_lose_no_reference_to_none_true_or_false(qtbot, till: Till) -> None:
    shop = till.shop
    codes = IntakeService(shop.db).price_items(shop.books, 2000, count=(SALES + 1) * SCANS_PER_SALE)
    log_in(qtbot, till, shop.cashier.id, CASHIER_PIN)
    till.window.till.table.setFocus()

    # One whole sale first, so every cache and lazily built thing on the way exists.
    scan_and_tap(qtbot, till, codes[:SCANS_PER_SALE])
    pay_by_card(qtbot, till)
    # What earlier tests left to be deleted (their windows, with the payment dialog each till keeps)
    # goes now, not in the middle of this count, where it would read as references lost.
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    scanning = {"None": 0, "True": 0, "False": 0}
    paying = dict(scanning)
    keys = 0
    for n in range(1, SALES + 1):
        before = counts()
        keys += scan_and_tap(qtbot, till, codes[n * SCANS_PER_SALE : (n + 1) * SCANS_PER_SALE])
        middle = counts()
        pay_by_card(qtbot, till)
        add(scanning, before, middle)
        add(paying, middle, counts())

    assert keys >= 3000
    assert rows(till, "SELECT count(*) FROM sales") == [(SALES + 1,)]
    assert rows(till, "SELECT count(*) FROM items WHERE status = 'sold'") == [(len(codes),)]
    facts = (
        f"over {keys} scanner keys and {SALES * TAPS_PER_SALE} taps: {scanning}; "
        f"over {SALES} payments: {paying} "
        f"(PySide6 {PySide6.__version__}, Python {sys.version.split()[0]})"
    )
    print("refcount drift " + facts)
    # Only a loss can free None and abort the till. PySide6 6.11.3 itself keeps one
    # reference to None per signal connection and per layout it makes, for ever: about
    # +1 per scan. Such a gain is a count, not memory, and 2**63 is far away. The payment
    # dialog is built once and kept, so paying no longer adds its +1,100 a sale; but the
    # cart a sale's scans fill is let go as it is paid, so the two parts are counted
    # together, sale after sale: no dialog's gain hides a loss any more.
    whole = {name: scanning[name] + paying[name] for name in scanning}
    assert all(drift >= -NOISE for drift in whole.values()), (
        "references lost " + facts + "; a PySide6 that drops references to None at every "
        "Python eventFilter or slot return crashes the till (Fatal Python error: none_dealloc)"
    )
