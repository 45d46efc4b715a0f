"""The main window: a top bar and the screen in use (login, till, settings).

A shell only: each screen is its own module, and what happens on them is
decided by their controllers and the services.

It starts in two steps. The login screen comes first, from a quick look at
the database with plain ``sqlite3`` (:mod:`bruktpos.store.quick`); the
services and SQLAlchemy load in a thread of their own (:class:`_Loader`)
while the login screen paints and the person at the till reaches for their
name, and the till's screens are built on the GUI thread once they are
there. That is why the service and till modules are imported inside
:meth:`MainWindow.attach`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos import __version__
from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, may
from bruktpos.ui.input_watch import listen, stop_listening
from bruktpos.ui.login import LoginScreen
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.presence import IdleWatcher, LoginPeople, close_dialogs_for_lock
from bruktpos.ui.till_window import TillContext
from bruktpos.ui.top_bar import TopBar
from bruktpos.ui.training import TrainingMark
from bruktpos.ui.widgets.text import repolish

if TYPE_CHECKING:
    from bruktpos.domain.returns import CompletedReturn
    from bruktpos.services.checkout import CompletedSale
    from bruktpos.services.intake import IntakeService
    from bruktpos.services.shop import ShopInfo
    from bruktpos.store.quick import QuickLook


log = logging.getLogger(__name__)


class _Loader(QObject):
    """Runs ``load`` (the services) in a thread; ``done`` brings the outcome to the GUI thread.

    The outcome is the :class:`TillContext`, or the exception ``load`` raised.
    :meth:`outcome` waits for it from any thread (the login's PIN check does).
    """

    done = Signal()

    def __init__(self, load: Callable[[], TillContext], parent: QObject) -> None:
        super().__init__(parent)
        self._load = load
        self._ready = threading.Event()
        self._outcome: TillContext | BaseException | None = None
        self._gui = parent.thread()
        self._thread = threading.Thread(target=self._run, name="till-loader", daemon=True)

    def start(self) -> None:
        """Start loading (once ``done`` is connected: a fast load must not emit it before)."""
        self._thread.start()

    def _run(self) -> None:
        try:
            context = self._load()
            # Made in this thread: the receipt desk's signals and timers belong to the GUI's.
            context.desk.moveToThread(self._gui)
            self._outcome = context
        except BaseException as error:  # every failure is handed to the GUI thread, which says it
            self._outcome = error
        finally:
            # A PIN typed already is checked from now on (its hash mostly outside the GIL).
            self._ready.set()
        with contextlib.suppress(RuntimeError):  # the window is gone already
            self.done.emit()

    def outcome(self, timeout: float | None = None) -> TillContext | BaseException | None:
        """The context or the failure, once loaded (None: not within ``timeout`` seconds)."""
        self._ready.wait(timeout)
        return self._outcome


class MainWindow(TopBar):
    """The till's window.

    ``MainWindow(context)`` is ready at once. ``MainWindow.starting(look,
    load)`` shows the login screen from a quick look and calls ``load`` for
    the context just after the first paint; if that fails (a file damaged
    past what the quick look reads), ``load_failed`` carries the typed error
    and the window stays on its login screen, for the start to replace.
    """

    load_failed = Signal(object)  # BruktError

    def __init__(
        self,
        context: TillContext | None = None,
        *,
        look: QuickLook | None = None,
        load: Callable[[], TillContext] | None = None,
    ) -> None:
        super().__init__()
        self._loader: _Loader | None = None
        self._closed = False
        self.load_error: BruktError | None = None  # why the services could not be loaded
        self.attached = False  # self.context and self.controller are set by attach()
        if context is None:
            # The services load beside the login screen, from before it is built; the till is
            # built when they are there (ensure_attached, after this constructor).
            assert load is not None
            self._loader = _Loader(load, self)
            self._loader.done.connect(self.ensure_attached)
            self._loader.start()
        if context is not None:
            shop_name = context.shop.name
            self._place = (context.shop.short_name, context.register.name)
            demo = _demo_pins(context)
        else:
            assert look is not None and load is not None
            shop_name = look.shop_name
            self._place = (look.short_name, look.register_name or look.register_code)
            demo = look.demo_pins
        self._show_title(shop_name)
        # 1366×768 with a title bar and a taskbar leaves about 700 px: the till must fit in less.
        self.setMinimumSize(1024, 640)
        self.last_sale: CompletedSale | None = None
        self._lock_note: tuple[str, str] | None = None  # (text, level) for the next login

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = self._build_top_bar()
        layout.addWidget(self.top_bar)
        self.stack = QStackedWidget(central)
        self._users = LoginPeople(self, look.users if look else [], look.pin_hashes if look else None)
        self.login = LoginScreen(self._users, self.stack)
        self.login.logged_in.connect(self._logged_in)
        self.login.show_demo_pins(demo)
        self.stack.addWidget(self.login)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.stack.currentChanged.connect(self.fit_back_office)  # a screen shown: at the window's sizes

        from bruktpos.ui import crash

        self.error_reporter = crash.install(self)  # uncaught errors: logged, and said calmly
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._idle_watcher = IdleWatcher(self.idle_timer, self)
        self.training_mark = TrainingMark(self)  # the band on every dialog while training is on
        self._session_ending = False  # the PC shuts down: the till closes without asking
        app = QApplication.instance()
        listen(self._idle_watcher)  # every touch and key (ui/input_watch.py)
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self._on_session_end)
        self._show_login()
        if context is not None:
            self.attach(context)

    @classmethod
    def starting(cls, look: QuickLook, load: Callable[[], TillContext]) -> MainWindow:
        return cls(look=look, load=load)

    def loaded(self, timeout: float | None = None) -> TillContext:
        """The services, from any thread: waits for the loader (raises why they could not load).

        For the login's PIN check, which may come before the till is built.
        """
        if self._loader is None:
            return self.context
        outcome = self._loader.outcome(timeout)
        if outcome is None:
            raise TimeoutError("the till's services are still loading")
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def ensure_attached(self) -> TillContext | None:
        """The services with the till built on them (None: they failed to load).

        On the GUI thread. Waits for the loader if it is not done yet.
        """
        if not self.attached:
            if self._closed or self.load_error is not None:
                return None
            try:
                context = self.loaded()
            except BruktError as error:
                log.warning("the till could not load its services: %s", error)
                self.load_error = error
                self.load_failed.emit(error)
                return None
            self.attach(context)
        return self.context

    def attach(self, context: TillContext) -> None:
        """Build the till on the services (the second step of the start).

        Only what the first login shows is built here: the till and the day's
        screens. The menu's screens are built the first time they are asked
        for (see :class:`~bruktpos.ui.back_office.BackOffice`).
        """
        from bruktpos.services.till_events import app_started, unprinted_at_last_stop
        from bruktpos.ui.till.controller import TillController
        from bruktpos.ui.till.screen import TillScreen

        # The GUI thread never freezes on a lock another program holds (the loader's thread
        # made the services).
        context.db.wait_briefly_in_this_thread()
        self.context = context
        self.attached = True
        self.controller = TillController(context.checkout, self)
        self.controller.approver = self._ask_for_leader
        self.controller.price_approver = self._ask_for_price_approval
        self.controller.drawer_check = context.desk.check_drawer  # no sale saved with the drawer open
        self.controller.sale_completed.connect(self._sale_completed)
        self.controller.cash_given_back.connect(lambda _amount: context.desk.open_drawer())
        self.till = TillScreen(self.controller, context.catalogue, self.stack)
        self.till.receipt_requested.connect(lambda sale: context.desk.print_sale(sale.sale_id))
        self.till.reprint_requested.connect(lambda sale_id: context.desk.print_sale(sale_id))
        context.desk.labels_failed.connect(self._labels_not_printed)
        self._add_customer_display(context)  # opens on its screen if the shop has one
        from bruktpos.ui.day.screens import DayScreens

        self.day_screens = DayScreens(self, context)
        self.controller.day_needed.connect(self.show_till)
        for screen in (self.till, *self.day_screens.screens()):
            self.stack.addWidget(screen)
        context.desk.print_failed.connect(self.till.show_print_problem)
        # Returns: the return receipt, then the voucher (if any); a voucher that
        # did not print is printed again as a copy (KOPI).
        self.till.return_completed.connect(self._return_completed)
        self.till.voucher_reprint_requested.connect(self._reprint_voucher)
        context.desk.voucher_print_failed.connect(self.till.show_voucher_problem)
        context.desk.voucher_printed.connect(self.till.clear_voucher_problem)
        context.desk.printed.connect(self.till.clear_print_problem)
        context.desk.drawer_failed.connect(self.till.drawer_problem.show_problem)
        context.desk.drawer_opened.connect(self.till.drawer_problem.clear)
        # The journal hears what the printer did: printed (13012), failed, drawer kicked with a sale (13005).
        context.desk.receipt_printed.connect(self.controller.receipt_printed)
        context.desk.receipt_failed.connect(self.controller.receipt_failed)
        context.desk.drawer_opened.connect(self.controller.drawer_opened)
        self.till.drawer_problem.retry_requested.connect(context.desk.open_drawer)  # the person asks again
        context.desk.paper_low.connect(lambda text: self.till.show_message(text, "info"))
        # What the day's first sale, X, close and back-room screens load, loaded in a thread of
        # its own just after the first login (not while the PIN is checked and the till first
        # paints), rather than on the GUI thread when first tapped.
        self._warm_up = QTimer(self)
        self._warm_up.setSingleShot(True)
        self._warm_up.setInterval(WARM_UP_AFTER_MS)
        self._warm_up.timeout.connect(
            lambda: threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
        )
        self._warmed = False
        from bruktpos.ui.printing import Unprinted

        sales, vouchers = unprinted_at_last_stop(context.db, register_id=context.register.id)
        app_started(context.db, register_id=context.register.id, version=__version__)
        # What had not printed at the last close, and every receipt the journal says failed and
        # has not printed since (also after a crash): offered until it prints.
        failed = [n.sale_id for n in self.controller.receipts.not_printed() if n.sale_id not in sales]
        context.desk.offer_failed(failed)
        context.desk.offer_unprinted(Unprinted(sales, vouchers))
        self._start_hub_sync(context)
        if self.stack.currentWidget() is self.login and self.login.people.selected_user() is None:
            self.login.reset()  # the list as the service has it now
        from bruktpos.ui.collector import running_collector

        collector = running_collector()
        if collector is not None:
            collector.settle()  # the services and the till last: later collections leave them be

    # --- the menu's screens, built when first asked for ---------------------------

    def _build_printer_settings(self) -> None:
        from bruktpos.ui.admin.printer_settings import PrinterSettingsScreen

        context = self.context
        self.printer_settings = PrinterSettingsScreen(
            context.settings, context.desk, context.shop.name, self.stack
        )
        self.printer_settings.closed.connect(self.show_till)
        self.stack.addWidget(self.printer_settings)

    def _intake(self) -> IntakeService:
        """The back room's service, one for the pricing and the stock screens."""
        intake: IntakeService | None = self.__dict__.get("_intake_service")
        if intake is None:
            from bruktpos.services.intake import IntakeService

            intake = IntakeService(self.context.db, register_id=self.context.register.id)
            self._intake_service = intake
        return intake

    def _build_pricing(self) -> None:
        from bruktpos.ui.intake.pricing import PricingScreen

        context = self.context
        self.pricing = PricingScreen(
            self._intake(), context.catalogue, context.db, context.shop.short_name, self.stack
        )
        self.pricing.closed.connect(self.show_till)
        self.pricing.label_sender = self._send_labels
        self.pricing.ask_leader = self._ask_for_leader
        self.stack.addWidget(self.pricing)

    def _build_inventory(self) -> None:
        from bruktpos.ui.inventory.screen import InventoryScreen

        context = self.context
        self.inventory = InventoryScreen(
            context.db, self._intake(), context.catalogue.categories, context.shop.short_name, self.stack
        )
        self.inventory.ask_leader = self._ask_for_leader
        self.inventory.label_sender = self._send_labels
        self.inventory.closed.connect(self.show_till)
        self.stack.addWidget(self.inventory)

    def _build_shop_screens(self) -> None:
        super()._build_shop_screens()
        self.shop_details.saved.connect(self.shop_changed)

    def _build_label_printer_settings(self) -> None:
        from bruktpos.ui.admin.label_printer_settings import LabelPrinterSettingsScreen

        context = self.context
        self.label_printer_settings = LabelPrinterSettingsScreen(
            context.settings, context.desk, context.shop.short_name, self.stack
        )
        self.label_printer_settings.closed.connect(self.show_till)
        self.stack.addWidget(self.label_printer_settings)

    def _build_scale_settings(self) -> None:
        from bruktpos.ui.admin.scale_settings import ScaleSettingsScreen

        self.scale_settings = ScaleSettingsScreen(self.context.settings, self.stack)
        self.scale_settings.closed.connect(self.show_till)
        self.stack.addWidget(self.scale_settings)

    def _build_stock(self) -> None:
        from bruktpos.ui.inventory.stock import StockScreen

        self.stock = StockScreen(self.context.db, register_id=self.context.register.id, parent=self.stack)
        self.stock.closed.connect(self.show_till)
        self.stack.addWidget(self.stock)

    def _build_reports(self) -> None:
        from bruktpos.ui.reports.screen import ReportsScreen

        context = self.context
        self.reports = ReportsScreen(context.db, context.checkout.clock, context.shop.name, self.stack)
        self.reports.closed.connect(self.show_till)
        self.stack.addWidget(self.reports)

    def _build_about(self) -> None:
        from bruktpos.ui.admin.about import AboutScreen

        context = self.context
        self.about = AboutScreen(context.db.path, context.shop.name, context.register.code, self.stack)
        self.about.closed.connect(self.show_till)
        self.stack.addWidget(self.about)

    # --- who is at the till ----------------------------------------------------

    def lock(self) -> None:
        """Back to the login screen (auto-lock and "Switch user").

        Every dialog above the till closes safely first (the payment dialog
        too), and a sale on the screen is parked under the person's name with
        any payments taken; the next login is told, and finds it under
        "Parked sales".
        """
        operator = self.controller.operator if self.attached else None
        if operator is not None:
            close_dialogs_for_lock()
            self.till.drawer_problem.dismiss()
            self.controller.park_for_lock(operator, lambda parked: self._parked_on_lock(operator, parked))
            # A full disk must not keep the till unlocked (the store logs the failure).
            with contextlib.suppress(BruktError):
                self.context.users.logout(operator)
            self.controller.operator = None
        self._show_login()

    def _parked_on_lock(self, operator: Operator, parked: bool) -> None:
        """The sale on the screen was parked as the till locked (or could not be): said at the next login."""
        if parked:
            self._lock_note = (
                fill(
                    self.tr(
                        "The sale that was on the screen when the till locked is parked under %1. "
                        "You find it under Parked sales."
                    ),
                    operator.name,
                ),
                "info",
            )
        else:
            self._lock_note = (
                self.tr(
                    "The sale that was on the screen when the till locked could not be parked, so it is "
                    "still here, with any payments taken. Finish it, or park it."
                ),
                "error",
            )
        if self.controller.operator is not None:  # someone logged in before the answer came
            self._tell_lock_note()

    def _tell_lock_note(self) -> None:
        if self._lock_note is not None:  # on the till's message line (behind the day's gate, if shown)
            self.till.show_message(*self._lock_note)
            self._lock_note = None

    def _show_login(self) -> None:
        self.idle_timer.stop()
        self.operator_label.clear()
        self.switch_button.setVisible(False)
        self.menu_button.setVisible(False)
        self.login.reset()
        self.stack.setCurrentWidget(self.login)

    def _logged_in(self, operator: Operator) -> None:
        if self.ensure_attached() is None:
            return
        self.controller.operator = operator
        if not self._warmed:
            self._warmed = True
            self._warm_up.start()
        self.shape_menu(operator.role)  # a cashier's menu has only what a cashier does
        self.operator_label.setText(operator.name)
        self.switch_button.setVisible(True)
        self.menu_button.setVisible(True)
        minutes = self.context.settings.get("auto_lock_minutes")
        self.idle_timer.setInterval(int(minutes) * 60_000)
        self.idle_timer.start()
        self.show_till()
        if may(operator.role, Action.SETTINGS) and self._lock_note is None:
            note = self.customer_display.take_note()  # why the customer display is off
            if note:
                self.till.show_message(note, "error")
        self._tell_lock_note()

    # --- menu actions ----------------------------------------------------------

    def _sale_completed(self, sale: CompletedSale) -> None:
        self.last_sale = sale
        if sale.cash > 0:
            self.context.desk.open_drawer(sale.sale_id)

    def _return_completed(self, done: CompletedReturn) -> None:
        desk = self.context.desk
        desk.print_sale(done.sale_id)
        if done.voucher is not None:
            desk.print_voucher(done.voucher.code)
        if done.cash > 0:
            desk.open_drawer(done.sale_id)

    def _reprint_voucher(self, code: str) -> None:
        operator = self.controller.operator
        if operator is None:
            return
        try:
            self.till.returns_service().record_voucher_copy(code, operator=operator)
        except BruktError as error:
            self.till.show_message(describe(error), "error")
            return
        self.context.desk.print_voucher(code, copy=True)
        self.till.show_message(self.tr("Printing the voucher again (marked KOPI)."), "info")

    def print_copy(self) -> None:
        sale, operator = self.last_sale, self.controller.operator
        if sale is None or operator is None:
            self.till.show_message(self.tr("There is no receipt from this till session to copy."), "error")
            return
        if sale.sale_id in self.till.not_printed():  # the customer never had one: the original
            self.context.desk.print_sale(sale.sale_id)
            self.till.show_message(self.tr("The receipt has not printed yet: printing it now."), "info")
            return
        try:
            self.context.checkout.record_receipt_copy(sale.sale_id, operator=operator)
        except BruktError as error:
            self.till.show_message(describe(error), "error")
            return
        self.context.desk.print_sale(sale.sale_id, copy=True)
        self.till.show_message(self.tr("Printing a copy (marked KOPI)."), "info")

    def open_drawer(self) -> None:
        operator = self.controller.operator
        if operator is None:
            return
        leader = self._leader_or_self(
            Action.DRAWER_WITHOUT_SALE, self.tr("Opening the drawer without a sale")
        )
        if leader is None:
            return
        try:
            self.context.checkout.open_drawer_without_sale(operator=operator, approver=leader)
        except BruktError as error:
            self.till.show_message(describe(error), "error")
            return
        self.context.desk.open_drawer()

    def toggle_training(self) -> None:
        operator = self.controller.operator
        if operator is None:
            return
        if not self.controller.cart.is_empty:
            self.till.show_message(self.tr("Finish or park the sale on the screen first."), "error")
            return
        on = not self.controller.training
        leader = self._leader_or_self(Action.TRAINING_MODE, self.tr("Switching training mode"))
        if leader is None:
            return
        from bruktpos.services.till_events import switch_training_mode

        try:
            switch_training_mode(
                self.context.db,
                register_id=self.context.register.id,
                on=on,
                operator=operator,
                approver=leader,
            )
        except BruktError as error:
            self.till.show_message(describe(error), "error")
            return
        self.set_training(on)

    def set_training(self, on: bool) -> None:
        self.controller.training = on
        self.training_label.setVisible(on)
        self.training_mark.set_on(on)  # and on every dialog from now on
        self.customer_display.set_training(on)  # the customer sees it too
        for area in (self.top_bar, self.till):
            area.setProperty("training", on)
            for widget in (area, *area.findChildren(QWidget)):
                repolish(widget)
        self.till.show_message(
            self.tr("Training mode is on. Sales here are practice and count for nothing.")
            if on
            else self.tr("Training mode is off. Sales count again."),
            "info",
        )
        if self.stack.currentWidget() in (self.till, self.day_screens.gate):
            self.show_till()  # training needs no open day; real sales do

    def shop_changed(self, shop: ShopInfo) -> None:
        """The shop's details were saved: every screen shows them from now on, without a restart.

        Receipts read the shop when they print; the screens that show its
        name, and the checkout's VAT registration, are told here.
        """
        context = self.context
        context.shop = shop
        context.checkout.reload_shop()
        self._place = (shop.short_name, context.register.name)
        self._show_title(shop.name)
        self.place_label.setText(self._place_text())
        # A screen built later reads the shop from the context then.
        for name, shop_name in (
            ("printer_settings", shop.name),
            ("label_printer_settings", shop.short_name),
            ("pricing", shop.short_name),
            ("reports", shop.name),
        ):
            if (screen := self.built(name)) is not None:
                screen.shop_name = shop_name
        self.customer_display.set_shop_name(shop.name)
        self.day_screens.set_shop(shop)

    # --- closing ------------------------------------------------------------------

    def _on_session_end(self) -> None:
        self._session_ending = True

    def _may_quit(self) -> bool:
        """A leader or an administrator closes the till; anyone else is asked for a leader's PIN."""
        operator = self.controller.operator
        if operator is not None and may(operator.role, Action.QUIT_TILL):
            return True
        return self._ask_for_leader(Action.QUIT_TILL, self.tr("Closing BruktPOS")) is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's × or Alt+F4 (a spontaneous close, from the window system) is a person
        # closing the till: a leader's. The menu's Quit is a leader's own; the program's own
        # closing (and the PC shutting down) goes on.
        if self.attached and event.spontaneous() and not self._session_ending and not self._may_quit():
            event.ignore()
            return
        self.training_mark.set_on(False)
        if not self.attached:
            self._closed = True
            if self._loader is not None:  # the start lets go of the database next: the loader is done first
                outcome = self._loader.outcome()
                if not isinstance(outcome, BaseException) and outcome is not None:
                    outcome.checkout.close()
            stop_listening(self._idle_watcher)
            self.error_reporter.detach()
            event.accept()
            return
        if not self.controller.cart.is_empty:
            answer = QMessageBox.question(
                self,
                self.tr("Quit BruktPOS?"),
                self.tr("There is a sale on the screen. It will be lost if you quit. Quit anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        from bruktpos.services.till_events import app_stopped

        # Never wait for a printer: what has not printed goes into the stop's
        # journal entry, and the next start offers to print it.
        left = self.context.desk.shutdown()
        with contextlib.suppress(BruktError):  # a refused note must not keep the till open
            app_stopped(
                self.context.db,
                register_id=self.context.register.id,
                operator=self.controller.operator,
                unprinted_sales=left.sales,
                unprinted_vouchers=left.vouchers,
            )
        stop_listening(self._idle_watcher)
        stop_listening(self.till.scanner)
        self.customer_display.close()
        self.hub_sync.stop(wait_ms=0)  # a push in progress finishes (or times out) on its own
        if (reports := self.built("reports")) is not None:
            reports.shutdown()
        self.context.checkout.close()
        self.error_reporter.detach()
        event.accept()


WARM_UP_AFTER_MS = 300  # after the first login: the till has painted by then
# Loaded the first time a screen or dialog of the day's routine opens: each costs the GUI thread
# tens of milliseconds to import (PySide's import hook reads every module's source).
WARM_MODULES = (
    "bruktpos.ui.till.returns",
    "bruktpos.ui.till.parked_dialog",
    "bruktpos.ui.leader_pin",
    "bruktpos.ui.day.x_report",
    "bruktpos.ui.day.close_wizard",
    "bruktpos.ui.intake.pricing",
    "bruktpos.ui.intake.donation",
    "bruktpos.ui.inventory.screen",
    "bruktpos.ui.inventory.stock",
    "bruktpos.ui.reports.screen",
    # reportlab, for the X's and the Z's PDF (written in the background beside the Z's print and
    # the hub's push: importing it there too took some 50 ms of the GIL from the GUI thread).
    "bruktpos.devices.report_pdf",
    # The first sale's signature (store.signing imports it only when a key is first used).
    "cryptography.hazmat.primitives.serialization",
    "cryptography.hazmat.primitives.asymmetric.rsa",
    "cryptography.hazmat.primitives.asymmetric.padding",
)


def _warm_up() -> None:
    """In a thread of its own: python-escpos (the first drawer check needs it) and the routine's modules.

    Only imports: the modules make no Qt objects when imported. Should the
    GUI thread ask for one while it loads here, it waits for that one only.
    python-escpos comes first and at once: the next sale's drawer check needs
    it on the GUI thread. For the screens' modules, before each module it
    imports (theirs too) it gives way while the GUI thread is at work (the
    person counting the float): an import is Python that would share the
    GIL with it.
    """
    from bruktpos.devices.printer import warm_up
    from bruktpos.ui.background import giving_way_at_each_import

    try:
        warm_up()
    except Exception:  # the first print or drawer check says what is wrong, to the person
        log.warning("the printer's library could not be loaded ahead", exc_info=True)
    with giving_way_at_each_import():
        for name in WARM_MODULES:
            try:
                __import__(name)  # the import statement's way: importlib.import_module would not give way
            except Exception:  # loaded again (and said) when the screen is opened
                log.warning("could not load %s ahead", name, exc_info=True)
        # Babel's nb_NO data (some 600 KB): the day's dates and times are written with it (the
        # X, the close, the reports). The till's amounts are formatted and parsed without it.
        from datetime import datetime

        from bruktpos.domain.formatting import format_datetime

        format_datetime(datetime.now())


def _demo_pins(context: TillContext) -> list[tuple[str, str, str]]:
    """A demo shop's people and PINs, for its login screen (none for a real shop)."""
    from bruktpos.store.quick import demo_pins

    return demo_pins(context.settings.get("demo_pins"))
