"""The business day's screens in the main window, and what its menu actions do.

The main window stays a shell: it makes one :class:`DayScreens`, adds its
screens to its stack, and asks it before showing the till whether a day must
be opened (or an old one closed) first. The opening, the close and the X
report are built the first time they are asked for (they add themselves to the
stack then), so the till's start builds only the gate; the close and the X are
also built a moment after someone logs in, while nobody waits (issue 18).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.ui.day.movement import DEPOSIT, PAY_IN, CashMovementDialog
from bruktpos.ui.day.open_screen import DayGate, OpenDayScreen
from bruktpos.ui.messages import describe, fill, format_date

if TYPE_CHECKING:
    from bruktpos.ui.day.close_wizard import CloseDayScreen
    from bruktpos.ui.day.x_report import XReportScreen
    from bruktpos.ui.till_window import TillContext, TillWindow


translate = QCoreApplication.translate
PREPARE_AFTER_MS = 1500  # after a login: the till's own first moments (its payment dialog) go first


class DayScreens(QObject):
    """Open, cash in and out, X and Z, for one main window."""

    z_taken = Signal(object)  # the close screen's, once it is built: a Z was taken

    def __init__(self, window: TillWindow, context: TillContext) -> None:
        super().__init__(window.stack.window())  # the main window: the stack's top-level widget
        from bruktpos.services.day import DayService

        self.window = window
        self.context = context
        self.day = DayService(context.db, register_code=context.register.code, clock=context.checkout.clock)
        stack = window.stack
        self.gate = DayGate(stack)
        self.gate.open_requested.connect(self.open_day)
        self.gate.close_requested.connect(self.close_day)
        self._open_screen: OpenDayScreen | None = None
        self._close_screen: CloseDayScreen | None = None
        self._x_screen: XReportScreen | None = None
        # Once someone is at the till, the close and the X report are built while nobody waits, a
        # screen a turn of the event loop a moment after the login (the close's count alone held
        # the tap on "Close the day" for a good part of 50 ms, issue 18). Asked for sooner, they
        # are built then, as before.
        self._to_prepare: list[str] = ["close_screen", "x_screen"]
        self._preparing = QTimer(self)
        self._preparing.setSingleShot(True)
        self._preparing.setInterval(PREPARE_AFTER_MS)
        self._preparing.timeout.connect(self._prepare_next)
        window.controller.operator_changed.connect(self._someone_changed)

    @property
    def open_screen(self) -> OpenDayScreen:
        """The opening: the float counted (built the first time it is asked for)."""
        if self._open_screen is None:
            screen = OpenDayScreen(self.day, self.window.stack)
            screen.opened.connect(self._opened)
            screen.cancelled.connect(self.window.show_till)
            self.window.stack.addWidget(screen)
            self._open_screen = screen
        return self._open_screen

    @property
    def close_screen(self) -> CloseDayScreen:
        """The guided close (built the first time it is asked for)."""
        if self._close_screen is None:
            from bruktpos.ui.day.close_wizard import CloseDayScreen

            context, window = self.context, self.window
            screen = CloseDayScreen(
                self.day, context.users, context.desk, context.shop, context.db.path, window.stack
            )
            screen.approver = window._ask_for_leader
            screen.finished.connect(window.show_till)
            screen.z_taken.connect(self.z_taken)
            window.stack.addWidget(screen)
            self._close_screen = screen
        return self._close_screen

    @property
    def x_screen(self) -> XReportScreen:
        """The X report (built the first time it is asked for)."""
        if self._x_screen is None:
            from bruktpos.ui.day.x_report import XReportScreen

            context, window = self.context, self.window
            screen = XReportScreen(self.day, context.desk, context.shop, context.db.path, window.stack)
            screen.closed.connect(window.show_till)
            window.stack.addWidget(screen)
            self._x_screen = screen
        return self._x_screen

    def _someone_changed(self) -> None:
        if self._to_prepare and self.window.controller.operator is not None:
            self._preparing.start()

    def _prepare_next(self) -> None:
        """Build the next screen still to build (the next one at the next turn of the loop)."""
        if not self._to_prepare:
            return
        getattr(self, self._to_prepare.pop(0))  # the property builds it
        if self._to_prepare:
            self._preparing.setInterval(0)
            self._preparing.start()

    def set_shop(self, shop: Any) -> None:
        """The shop's facts changed: the X and Z reports' headings show them from now on."""
        self.context.shop = shop  # a report screen built later takes it from here
        if self._close_screen is not None:
            self._close_screen.set_shop(shop)
        if self._x_screen is not None:
            self._x_screen.set_shop(shop)

    def screens(self) -> list[QWidget]:
        """The screens built with the till (the opening, the close and the X report add themselves
        when built)."""
        return [self.gate]

    @property
    def _operator(self) -> Operator | None:
        return self.window.controller.operator

    # --- before the till -----------------------------------------------------

    def gate_needed(self) -> bool:
        """True (with the gate set up) when the till may not sell: no day, or one left open.

        Training needs no day, so a till in training mode never waits here.
        """
        if self.window.controller.training:
            return False
        try:
            info = self.day.open_day_info()
        except BruktError:
            return False
        if info is None:
            if self.day.closed_today():
                self.gate.show_closed_today()
            else:
                self.gate.show_not_open()
            return True
        if info.left_open:
            # Money on a parked sale stops that day's Z: the till must be reachable to settle it
            # (resume it, give its payments back, cancel it), or nobody could close or sell.
            told = self._parked_money()
            if told:
                self.window.till.show_message(told, "error")
                return False
            self.gate.show_left_open(format_date(info.business_date))
            return True
        return False

    def _parked_money(self) -> str:
        """The sentence on a parked sale with payments on it; empty when there is none."""
        try:
            self.day.parked_sales().refuse_if_paid()
        except BruktError as error:
            return describe(error)
        return ""

    # --- menu actions ----------------------------------------------------------

    def open_day(self) -> None:
        """Count the float and open the day (from the gate or the menu).

        Anyone at the till may open the day (:mod:`bruktpos.domain.roles`), so no leader is asked.
        """
        operator = self._operator
        if operator is None:
            return
        info = self.day.open_day_info()
        if info is not None:
            if info.left_open:
                self.window.show_till()  # the gate explains and offers the close
            else:
                self.window.show_till()
                self.window.till.show_message(
                    fill(
                        translate("DayScreens", "The day of %1 is already open. You can sell."),
                        format_date(info.business_date),
                    ),
                    "info",
                )
            return
        self.open_screen.start(operator)
        self.window.stack.setCurrentWidget(self.open_screen)

    def _opened(self, info: Any) -> None:
        from bruktpos.services.shop import load_shop

        # The shop's details may have changed at another till since this one started; the
        # VAT registration changes only while no day is open, so reading them as a day opens
        # is enough for every sale of the day to be marked the way the shop now is.
        self.window.shop_changed(load_shop(self.window.context.db))
        self.window.show_till()
        self.window.till.show_message(
            fill(
                translate("DayScreens", "The day is open with a float of %1. Good selling!"),
                format_money(info.opening_float),
            ),
            "info",
        )

    def cash_movement(self, kind: str | None = None) -> Any:
        """Money into or out of the drawer, with a reason; a leader approves money out."""
        operator = self._operator
        if operator is None:
            return None
        dialog = CashMovementDialog(
            self.day,
            operator,
            self.window._ask_for_leader,
            self.window.stack.window(),
            **({"kind": kind} if kind else {}),
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            amount = dialog.input.amount() or 0
            words = {
                PAY_IN: translate("DayScreens", "Pay-in of %1 recorded."),
                DEPOSIT: translate("DayScreens", "Bank deposit of %1 recorded."),
            }.get(dialog.kind, translate("DayScreens", "Pay-out of %1 recorded."))
            self.window.show_till()
            self.window.till.show_message(fill(words, format_money(amount)), "info")
            self.context.desk.open_drawer()
            return dialog.movement
        finally:
            dialog.deleteLater()

    def x_report(self) -> None:
        person = self.window._leader_or_self(Action.X_REPORT, translate("DayScreens", "An X report"))
        if person is None:
            return
        screen = self.x_screen

        def shown(taken: bool) -> None:  # the screen comes once the X is there, with its figures
            if taken:
                self.window.stack.setCurrentWidget(screen)
            else:
                self.window.show_till()
                self.window.till.show_message(screen.message.text(), "error")

        screen.take_in_background(person, shown)

    def close_day(self) -> None:
        """The guided close: count, compare, card and Vipps, Z."""
        operator = self._operator
        if operator is None:
            return
        if self.day.open_day_info() is None:
            self.window.show_till()
            self.window.till.show_message(describe_no_day(), "error")
            return
        self.close_screen.start(operator)
        self.window.stack.setCurrentWidget(self.close_screen)


def describe_no_day() -> str:
    from bruktpos.domain.errors import DayNotOpen

    return describe(DayNotOpen(""))
