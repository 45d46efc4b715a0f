"""The soak's day: a simulated person at the till, and what the day's work adds up to.

The person taps buttons, types keys and waits for what the screen shows, and
nothing else: every step goes through the real widgets, so the time between
two steps is the till's own. See tests/bench/soak.py for the whole run.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QLocale, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton
FLOAT = {20000: 1, 10000: 5, 5000: 6, 2000: 10, 1000: 10, 500: 10, 100: 20}  # kr 1 500, the demo's float
DENOMINATIONS = (100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 100)
NOTES_GIVEN = (5000, 10000, 20000, 50000)  # what customers hand over for cash
WAIT_S = 20.0


class Person:
    """Taps, types and waits as a person at the till does; no pauses of their own."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.errors: list[BaseException] = []

    def click(self, button: QWidget) -> None:
        """Tap it once it is there and can be tapped (a save may still be under way)."""
        if not (button.isVisible() and button.isEnabled()):
            name = getattr(button, "text", lambda: "?")()
            self.wait_until(lambda: button.isVisible() and button.isEnabled(), f"the button {name!r}")
        QTest.mouseClick(button, LEFT)

    def tap_at(self, widget: QWidget, pos: Any) -> None:
        QTest.mouseClick(widget, LEFT, Qt.KeyboardModifier.NoModifier, pos)

    def keys(self, widget: QWidget, text: str, *, enter: bool = False) -> None:
        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)

    def tap_keys(self, keypad: Any, keys: str) -> None:
        for key in keys:
            self.click(keypad.buttons[key])

    def wait_until(self, ready: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:.0f} s for: {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if not ready():
                time.sleep(0.0005)

    def on_dialog(self, kind: type, handle: Callable[[Any], None]) -> None:
        """Run ``handle`` on the next modal dialog of ``kind`` once it is open (before exec() returns)."""

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, kind):
                QTimer.singleShot(2, poll)
                return
            try:
                handle(dialog)
            except BaseException as error:  # closed, or exec() would wait for ever; raised by check()
                self.errors.append(error)
                if dialog.isVisible() and hasattr(dialog, "done"):
                    dialog.done(0)

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def money_keys(amount: int) -> str:
    """Øre as a person taps it on the keypad: 1234,5 for kr 1 234,50."""
    kroner, ore = divmod(amount, 100)
    return f"{kroner},{ore:02d}".rstrip("0").rstrip(",") if ore else str(kroner)


@dataclass
class Ledger:
    """What the person knows at close: cash in the drawer, the card terminal's and Vipps' totals."""

    cash: int = 0
    card: int = 0
    vipps: int = 0


@dataclass
class Figures:
    sales: int = 0
    scans: int = 0
    taps: int = 0
    keys: int = 0
    parked: int = 0
    returns: int = 0
    vouchers_issued: int = 0
    vouchers_redeemed: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    sale_s: list[float] = field(default_factory=list)
    scan_s: list[float] = field(default_factory=list)
    payment_wait_s: list[float] = field(default_factory=list)  # the paying tap until "done" shows
    dialog_open_s: list[float] = field(default_factory=list)  # Pay tapped until the dialog is up
    rss: list[tuple[int, int]] = field(default_factory=list)  # (sales done, KiB)
    lowest_none: int = 0
    elapsed_s: float = 0.0
    x_s: float = 0.0
    z_s: float = 0.0
    build_s: float = 0.0
    rss_bare: int = 0
    rss_start: int = 0
    rss_end: int = 0
    rss_peak: int = 0
    refs_start: dict[str, int] = field(default_factory=dict)
    refs_end: dict[str, int] = field(default_factory=dict)
    z: dict[str, Any] = field(default_factory=dict)
    ledger: Ledger = field(default_factory=Ledger)

    @property
    def drift(self) -> dict[str, int]:
        return {name: self.refs_end[name] - self.refs_start[name] for name in self.refs_start}


def plan_scans(rng: random.Random, sales: int, scans: int) -> list[int]:
    """How many items each sale scans: ``scans`` spread at random over ``sales`` (about 6.7 each)."""
    per_sale = [0] * sales
    for _ in range(scans):
        per_sale[rng.randrange(sales)] += 1
    return per_sale


class Day:
    """One busy day at the till, driven through the window as a person would."""

    def __init__(self, app: QApplication, window: Any, db_path: Path, seed: int) -> None:
        from bruktpos.services.demo_data import USERS

        self.app = app
        self.window = window
        self.screen = window.till
        self.person = Person(app)
        self.rng = random.Random(seed)
        self.db_path = db_path
        self.figures = Figures()
        users = {u.name: u for u in window.context.users.list_users()}
        self.cashier = next((users[name], pin) for name, role, pin in USERS if role == "cashier")
        self.leader = next((users[name], pin) for name, role, pin in USERS if role == "leader")
        self.products = list(self.screen.product_buttons)
        # Receipt numbers of whole-cash sales with an item on the first line: what returns take back.
        self.returnable: list[int] = []
        self.voucher: str | None = None

    # --- people --------------------------------------------------------------

    def log_in(self, who: tuple[Any, str], lands_on: QWidget) -> None:
        login = self.window.login
        self.person.click(login.grid.button_for(who[0].id))
        self.person.keys(login.pin_pad, who[1], enter=True)
        self.person.wait_until(lambda: self.window.stack.currentWidget() is lands_on, "logged in")

    def approve_as_leader(self) -> None:
        from bruktpos.ui.leader_pin import LeaderPinDialog

        def approve(dialog: Any) -> None:
            self.person.click(dialog.people.grid.button_for(self.leader[0].id))
            self.person.keys(dialog.pin_pad, self.leader[1], enter=True)

        self.person.on_dialog(LeaderPinDialog, approve)

    def count(self, counter: Any, amount: int) -> None:
        """Tap + for each note and coin, largest first, until the counter shows ``amount``."""
        left = amount
        for denomination in DENOMINATIONS:
            if denomination not in counter.plus_buttons:
                continue
            pieces, left = divmod(left, denomination)
            for _ in range(pieces):
                self.person.click(counter.plus_buttons[denomination])
        assert left == 0 and counter.total == amount, (amount, counter.total)

    # --- the morning -----------------------------------------------------------

    def open_day(self) -> None:
        screens = self.window.day_screens
        self.log_in(self.cashier, screens.gate)
        self.person.click(screens.gate.open_button)
        counter = screens.open_screen.counter
        self.person.click(screens.open_screen.clear_button)
        for denomination, pieces in FLOAT.items():
            for _ in range(pieces):
                self.person.click(counter.plus_buttons[denomination])
        self.figures.ledger.cash = counter.total
        if screens.open_screen.note_area.isVisible():  # not what the last close left: say why
            self.person.keys(screens.open_screen.note_field, "Float made up from the safe")
        self.person.click(screens.open_screen.open_button)
        self.person.wait_until(lambda: self.window.stack.currentWidget() is self.screen, "the till")
        self.screen.table.setFocus()

    # --- a sale ------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """The scanner types the code into whatever has focus on the till, then Enter."""
        before = self.screen.model.rowCount()
        QTest.keyClicks(self.screen.table, code)
        started = time.perf_counter()
        QTest.keyClick(self.screen.table, Qt.Key.Key_Return)
        self.person.wait_until(lambda: self.screen.model.rowCount() > before, f"scan of {code}")
        self.figures.scan_s.append(time.perf_counter() - started)
        self.figures.scans += 1
        self.figures.keys += len(code) + 1

    def tab(self, index: int) -> None:
        tabs = self.screen.findChild(QWidget, "catalogue")
        if tabs.currentIndex() != index:
            bar = tabs.tabBar()
            self.person.tap_at(bar, bar.tabRect(index).center())
            assert tabs.currentIndex() == index

    def tap_products(self, taps: int) -> None:
        if not taps:
            return
        self.tab(1)
        for _ in range(taps):
            self.person.click(self.screen.product_buttons[self.rng.choice(self.products)])
            self.figures.taps += 1
        self.tab(0)
        self.screen.table.setFocus()

    def pay(self, method: str, *, voucher: str | None = None, receipt: bool = False) -> Any:
        """Tap Pay, pay the whole sale as ``method`` (a voucher first, if given); wait until done."""
        from bruktpos.domain.cart import PaymentMethod
        from bruktpos.ui.till.payment_dialog import PaymentDialog

        person, ledger = self.person, self.figures.ledger
        seen: dict[str, Any] = {}

        def paying_tap(button: QWidget) -> None:
            seen["tap"] = time.perf_counter()  # the wait for the sale to be saved starts here
            person.click(button)

        def committed(dialog: PaymentDialog) -> None:
            """The last tap that pays the cart in full was made: wait for the done page."""
            person.wait_until(lambda: dialog.pages.currentIndex() == PaymentDialog.DONE_PAGE, "sale done")
            self.figures.payment_wait_s.append(time.perf_counter() - seen["tap"])
            assert dialog.completed is not None, dialog.message.text()
            seen["sale"] = dialog.completed
            person.click(dialog.receipt_button)

        def cash(dialog: PaymentDialog) -> None:
            due = dialog.controller.cart.cash_due()
            note = next((n for n in NOTES_GIVEN if n >= due and self.rng.random() < 0.6), None)
            quick = {b.text(): b for b in dialog.cash_input.quick_buttons}
            button = quick.get(f"kr\u00a0{note // 100}") if note else None
            paying_tap(button if button is not None else dialog.exact_button)

        def handle(dialog: PaymentDialog) -> None:
            self.figures.dialog_open_s.append(time.perf_counter() - seen["pay"])
            if voucher is not None:
                person.click(dialog.method_buttons[PaymentMethod.VOUCHER])
                person.keys(dialog.voucher_field, voucher, enter=True)
                person.wait_until(dialog.voucher_pay_button.isEnabled, "voucher balance")
                paying_tap(dialog.voucher_pay_button)
                person.wait_until(
                    lambda: dialog.pages.currentIndex() in (PaymentDialog.CASH_PAGE, PaymentDialog.DONE_PAGE),
                    "voucher taken",
                )
                if dialog.pages.currentIndex() == PaymentDialog.CASH_PAGE:
                    cash(dialog)
            elif method == "cash":
                cash(dialog)
            else:
                chosen = PaymentMethod.CARD if method == "card" else PaymentMethod.VIPPS
                person.click(dialog.method_buttons[chosen])
                amount = dialog.terminal_input.amount()
                paying_tap(dialog.approved_button)
                seen["terminal"] = amount
            committed(dialog)

        person.on_dialog(PaymentDialog, handle)
        seen["pay"] = time.perf_counter()
        person.click(self.screen.pay_button)
        person.check()
        person.wait_until(lambda: self.screen.model.rowCount() == 0, "an empty cart after the sale")
        sale = seen["sale"]
        ledger.cash += sale.cash
        if method == "card":
            ledger.card += seen["terminal"]
        elif method == "vipps":
            ledger.vipps += seen["terminal"]
        used = "voucher" if voucher is not None else method
        self.figures.by_method[used] = self.figures.by_method.get(used, 0) + 1
        return sale

    def settle(self) -> None:
        """Wait while the till shows it is saving (a till whose writes run in the background)."""
        controller = self.window.controller
        self.person.wait_until(lambda: not getattr(controller, "busy", False), "the till to finish saving")

    def goods(self, codes: list[str], taps: int) -> None:
        for code in codes:
            self.scan(code)
        self.tap_products(taps)

    def park(self) -> None:
        before = self.window.controller.parked_count
        self.person.click(self.screen.park_button)
        self.person.wait_until(lambda: self.window.controller.parked_count == before + 1, "parked")
        assert self.screen.model.rowCount() == 0
        self.figures.parked += 1
        self.screen.table.setFocus()

    def resume(self) -> None:
        from bruktpos.ui.till.parked_dialog import ParkedDialog

        self.person.on_dialog(ParkedDialog, lambda dialog: self.person.click(dialog.buttons[0]))
        self.person.click(self.screen.resume_button)
        self.person.check()
        self.person.wait_until(lambda: self.screen.model.rowCount() > 0, "the parked sale back")
        self.screen.table.setFocus()

    def take_return(self, *, as_voucher: bool) -> None:
        """The customer brings back the first item of an earlier cash sale: cash back, or a voucher."""
        from bruktpos.ui.till.returns import ReturnDialog

        receipt_no = self.returnable.pop(self.rng.randrange(len(self.returnable)))
        person, seen = self.person, {}

        def handle(dialog: ReturnDialog) -> None:
            for digit in str(receipt_no):
                person.click(dialog.keypad.buttons[digit])
            person.click(dialog.find_button)
            person.wait_until(lambda: dialog.pages.currentIndex() == ReturnDialog.LINES_PAGE, "the sale")
            rect = dialog.table.visualRect(dialog.table.model().index(0, ReturnDialog.DESCRIPTION))
            person.tap_at(dialog.table.viewport(), rect.center())
            self.approve_as_leader()  # the cashier's return: the shop leader's PIN
            person.click(dialog.voucher_button if as_voucher else dialog.original_button)
            person.wait_until(lambda: dialog.pages.currentIndex() == ReturnDialog.DONE_PAGE, "return done")
            seen["done"] = dialog.completed
            person.click(dialog.done_button)

        person.on_dialog(ReturnDialog, handle)
        person.click(self.screen.return_button)
        person.check()
        done = seen["done"]
        assert done is not None
        self.figures.ledger.cash -= done.cash
        self.figures.returns += 1
        if as_voucher:
            assert done.voucher is not None
            self.voucher = done.voucher.code
            self.figures.vouchers_issued += 1
        self.screen.table.setFocus()

    # --- the whole day ------------------------------------------------------------

    def sell(
        self,
        codes: list[str],
        sales: int,
        *,
        on_sale: Callable[[int], None],
        park_every: int | None = None,
        return_every: int | None = None,
    ) -> None:
        rng = self.rng
        per_sale = plan_scans(rng, sales, len(codes))
        park_every = park_every or max(20, sales // 40)  # ~40 parked sales in a full day
        return_every = return_every or max(15, sales // 60)  # ~60 returns, every other one a voucher
        next_code = 0
        parked: tuple[int, float] | None = None  # its scans, and when it was started
        for n in range(sales):
            started = time.perf_counter()
            self.settle()  # the last sale may still be saving: the person waits, and it counts
            scans = per_sale[n]
            taps = rng.randint(1, 3) if scans == 0 else (rng.randint(1, 2) if rng.random() < 0.3 else 0)
            self.goods(codes[next_code : next_code + scans], taps)
            next_code += scans
            if n % park_every == park_every // 2 and n < sales - 1 and parked is None:
                self.park()  # the customer went to fetch something; the next one is served
                parked = (scans, time.perf_counter() - started)
                continue
            self._pay_for(scans, started)
            if parked is not None:
                # Back for the parked one: its time is the time before parking and from resuming.
                self.resume()
                self._pay_for(parked[0], time.perf_counter() - parked[1])
                parked = None
            if n % return_every == return_every - 1 and self.returnable:
                self.take_return(as_voucher=(n // return_every) % 2 == 0)
            on_sale(n + 1)
        assert next_code == len(codes)

    def _pay_for(self, scans: int, started: float) -> None:
        rng, figures = self.rng, self.figures
        voucher, self.voucher = self.voucher, None
        roll = rng.random()
        method = "cash" if roll < 0.45 or voucher else "card" if roll < 0.88 else "vipps"
        sale = self.pay(method, voucher=voucher, receipt=rng.random() < 0.1)
        if voucher is not None:
            figures.vouchers_redeemed += 1
        elif method == "cash" and scans:
            self.returnable.append(sale.receipt_no)
        figures.sales += 1
        figures.sale_s.append(time.perf_counter() - started)
        lowest = sys.getrefcount(None)
        if not figures.lowest_none or lowest < figures.lowest_none:
            figures.lowest_none = lowest

    def x_report(self) -> None:
        window, person = self.window, self.person
        started = time.perf_counter()
        window.x_report_action.trigger()
        screen = window.day_screens.x_screen
        person.wait_until(lambda: window.stack.currentWidget() is screen and screen.table.texts(), "X report")
        self.figures.x_s = time.perf_counter() - started
        person.click(screen.close_button)
        person.wait_until(lambda: window.stack.currentWidget() is self.screen, "back to the till")

    def close_day(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from bruktpos.ui.day.close_wizard import COMPARE, DONE, SUMMARY, TERMINALS

        window, person, ledger = self.window, self.person, self.figures.ledger
        window.close_day_action.trigger()
        screen = window.day_screens.close_screen
        person.wait_until(lambda: window.stack.currentWidget() is screen, "the close screen")
        self.count(screen.counter, ledger.cash)
        person.click(screen.next_button)
        assert screen.steps.currentIndex() == COMPARE, screen.message.text()
        if screen.note_area.isVisible():  # the person's own tally was off: say so, as a shop would
            person.click(screen.note_buttons[0])
            self.approve_as_leader()
            person.click(screen.approve_button)
            person.check()
        person.click(screen.next_button)
        assert screen.steps.currentIndex() == TERMINALS, screen.message.text()
        person.tap_keys(screen.terminal_input.keypad, money_keys(ledger.card))
        person.click(screen.entry_buttons["vipps"])
        person.tap_keys(screen.terminal_input.keypad, money_keys(ledger.vipps))
        person.click(screen.next_button)
        assert screen.steps.currentIndex() == SUMMARY, screen.message.text()

        def confirm(box: QMessageBox) -> None:
            accept = QMessageBox.ButtonRole.AcceptRole
            person.click(next(b for b in box.buttons() if box.buttonRole(b) == accept))

        started = time.perf_counter()
        person.on_dialog(QMessageBox, confirm)
        person.click(screen.z_button)
        person.check()
        person.wait_until(lambda: screen.steps.currentIndex() == DONE, "the Z report")
        self.figures.z_s = time.perf_counter() - started
        done = screen.done_page  # the person waits for the paper Z (its PDF is written beside it)
        person.wait_until(lambda: done.pdf_path is not None and not done.busy, "the Z printed and filed")
        self.figures.z = screen.result.report.to_json()


def close_window(
    app: QApplication, window: Any, db: Any, translators: list[Any], style: str, locale: QLocale
) -> None:
    """A benchmark's till window let go of, and the app left as it found it (the soak's, the stalls')."""
    window.controller.cart = window.context.checkout.new_cart()
    window.close()
    window.context.desk.wait()
    window.deleteLater()
    app.removeEventFilter(window.till.scanner)
    app.processEvents()
    db.dispose()
    for translator in translators:
        app.removeTranslator(translator)
    app.setStyleSheet(style)
    QLocale.setDefault(locale)
