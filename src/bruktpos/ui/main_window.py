"""The main window: a top bar and the screen in use (login, till, settings).

A shell only: each screen is its own module, and what happens on them is
decided by their controllers and the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos import __version__
from bruktpos.domain.errors import BruktError
from bruktpos.domain.roles import Action, may
from bruktpos.services.checkout import CheckoutService, CompletedSale
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import RegisterInfo, ShopInfo, TillCatalogue
from bruktpos.services.till_events import app_started, app_stopped, switch_training_mode
from bruktpos.services.users import Operator, UserService
from bruktpos.store.db import Database
from bruktpos.ui.admin.printer_settings import PrinterSettingsScreen
from bruktpos.ui.leader_pin import ask_for_leader
from bruktpos.ui.login import LoginScreen
from bruktpos.ui.messages import describe
from bruktpos.ui.printing import ReceiptDesk
from bruktpos.ui.till.controller import TillController
from bruktpos.ui.till.screen import TillScreen


@dataclass
class TillContext:
    """Everything the till's screens work with, made once at start."""

    db: Database
    shop: ShopInfo
    register: RegisterInfo
    users: UserService
    checkout: CheckoutService
    settings: SettingsService
    catalogue: TillCatalogue
    desk: ReceiptDesk


class _IdleWatcher(QObject):
    """Restarts the auto-lock timer on every touch, click or key."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only while someone is logged in (the timer runs): on the login screen
        # there is nothing to lock, and a restarted timer would lock at once.
        if self._timer.isActive() and event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin,
        ):
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, context: TillContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("BruktPOS — %1").replace("%1", context.shop.name))
        self.setMinimumSize(1024, 768)
        self.last_sale: CompletedSale | None = None

        self.controller = TillController(context.checkout, self)
        self.controller.approver = self._ask_for_leader
        self.controller.sale_completed.connect(self._sale_completed)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top_bar = self._build_top_bar()
        layout.addWidget(self.top_bar)
        self.stack = QStackedWidget(central)
        self.login = LoginScreen(context.users, self.stack)
        self.login.logged_in.connect(self._logged_in)
        self.till = TillScreen(self.controller, context.catalogue, self.stack)
        self.till.receipt_requested.connect(lambda sale: context.desk.print_sale(sale.sale_id))
        self.till.receipt_declined.connect(self._receipt_declined)
        self.till.reprint_requested.connect(lambda sale_id: context.desk.print_sale(sale_id))
        self.printer_settings = PrinterSettingsScreen(
            context.settings, context.desk, context.shop.name, self.stack
        )
        self.printer_settings.closed.connect(self.show_till)
        for screen in (self.login, self.till, self.printer_settings):
            self.stack.addWidget(screen)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        context.desk.print_failed.connect(self.till.show_print_problem)
        context.desk.printed.connect(self.till.clear_print_problem)
        context.desk.drawer_failed.connect(lambda text: self.till.show_message(text, "error"))

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self._idle_watcher = _IdleWatcher(self.idle_timer, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._idle_watcher)
        app_started(context.db, register_id=context.register.id, version=__version__)
        self.lock()

    # --- top bar -------------------------------------------------------------

    def _build_top_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("top_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        self.place_label = QLabel(
            self.tr("%1 · Till %2")
            .replace("%1", self.context.shop.short_name)
            .replace("%2", self.context.register.code),
            bar,
        )
        self.place_label.setObjectName("place")
        row.addWidget(self.place_label)
        self.training_label = QLabel(self.tr("TRAINING MODE — nothing counts"), bar)
        self.training_label.setObjectName("training_badge")
        self.training_label.setVisible(False)
        row.addWidget(self.training_label)
        row.addStretch(1)
        self.operator_label = QLabel(bar)
        self.operator_label.setObjectName("operator")
        row.addWidget(self.operator_label)
        self.switch_button = QPushButton(self.tr("Switch user"), bar)
        self.switch_button.clicked.connect(self.lock)
        row.addWidget(self.switch_button)
        self.menu_button = QToolButton(bar)
        self.menu_button.setText(self.tr("Menu"))
        self.menu_button.setObjectName("menu")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMinimumSize(96, 48)
        self.menu = QMenu(self.menu_button)
        self.copy_action = self._action(self.tr("Print a copy of the last receipt"), self.print_copy)
        self.drawer_action = self._action(self.tr("Open the cash drawer"), self.open_drawer)
        self.training_action = self._action(self.tr("Training mode on/off"), self.toggle_training)
        self.printer_action = self._action(self.tr("Receipt printer settings"), self.show_printer_settings)
        self.menu.addSeparator()
        self._action(self.tr("Quit BruktPOS"), self.close)
        self.menu_button.setMenu(self.menu)
        row.addWidget(self.menu_button)
        return bar

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    # --- who is at the till ----------------------------------------------------

    def lock(self) -> None:
        """Back to the login screen; the sale on the screen stays for whoever comes."""
        operator = self.controller.operator
        if operator is not None:
            self.context.users.logout(operator)
        self.controller.operator = None
        self.idle_timer.stop()
        self.operator_label.clear()
        self.switch_button.setVisible(False)
        self.menu_button.setVisible(False)
        self.login.reset()
        self.stack.setCurrentWidget(self.login)

    def _logged_in(self, operator: Operator) -> None:
        self.controller.operator = operator
        self.operator_label.setText(operator.name)
        self.switch_button.setVisible(True)
        self.menu_button.setVisible(True)
        minutes = self.context.settings.get("auto_lock_minutes")
        self.idle_timer.setInterval(int(minutes) * 60_000)
        self.idle_timer.start()
        self.show_till()

    def show_till(self) -> None:
        self.stack.setCurrentWidget(self.till)
        self.till.refresh()
        self.till.table.setFocus()

    def _ask_for_leader(self, action: Action, reason: str) -> Operator | None:
        return ask_for_leader(self, self.context.users, action, reason)

    def _leader_or_self(self, action: Action, reason: str) -> Operator | None:
        """The person at the till if they may, otherwise a leader who approves."""
        operator = self.controller.operator
        if operator is not None and may(operator.role, action):
            return operator
        return self._ask_for_leader(action, reason)

    # --- menu actions ----------------------------------------------------------

    def _sale_completed(self, sale: CompletedSale) -> None:
        self.last_sale = sale
        if sale.cash > 0:
            self.context.desk.open_drawer()

    def _receipt_declined(self, sale: CompletedSale) -> None:
        if self.controller.operator is not None:
            self.context.checkout.record_no_receipt(sale.sale_id, operator=self.controller.operator)
        self.till.show_message(self.tr("No receipt. Ready for the next customer."), "info")

    def print_copy(self) -> None:
        sale, operator = self.last_sale, self.controller.operator
        if sale is None or operator is None:
            self.till.show_message(self.tr("There is no receipt from this till session to copy."), "error")
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
        for area in (self.top_bar, self.till):
            area.setProperty("training", on)
            for widget in (area, *area.findChildren(QWidget)):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.till.show_message(
            self.tr("Training mode is on. Sales here are practice and count for nothing.")
            if on
            else self.tr("Training mode is off. Sales count again."),
            "info",
        )

    def show_printer_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the printer settings"))
        if leader is None:
            return
        self.printer_settings.open_for(leader)
        self.stack.setCurrentWidget(self.printer_settings)

    # --- closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.controller.cart.is_empty:
            answer = QMessageBox.question(
                self,
                self.tr("Quit BruktPOS?"),
                self.tr("There is a sale on the screen. It will be lost if you quit. Quit anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.context.desk.wait(5_000)
        app_stopped(self.context.db, register_id=self.context.register.id, operator=self.controller.operator)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_watcher)
            app.removeEventFilter(self.till.scanner)
        self.context.checkout.close()
        event.accept()
