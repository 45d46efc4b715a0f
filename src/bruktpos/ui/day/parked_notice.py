"""What the close of the day (and the X report) says about parked sales.

A parked sale with payments on it stops the close at its first step, with
the sentence saying who parked it, when, how much is paid and what to do
(:class:`~bruktpos.domain.errors.ParkedSaleHasPayments`). Parked sales
without payments do not: they stay parked after the close, and the notice
says so calmly. Either way a leader sees a line "Parked with payment: 1, kr 20".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.text import say


class ParkedNotice(QLabel):
    """One wrapped line about the register's parked sales; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setVisible(False)
        self.blocked = False  # a parked sale has payments: the close may not go on

    def show_for_close(self, day: Any) -> bool:  # DayService
        """Read the parked sales and say what they mean for the close; True when it may go on."""
        self.blocked = False
        try:
            parked = day.parked_sales()
        except BruktError as error:  # the close itself says it again if it cannot go on
            say(self, describe(error), "error")
            return True
        try:
            parked.refuse_if_paid()
        except BruktError as error:
            self.blocked = True
            say(self, "\n".join((self._paid_line(parked), describe(error))), "error")
            return False
        say(self, self._staying(parked.without_payments) if parked.count else "", "info")
        return True

    def show_for_x(self, parked: Any) -> None:  # ParkedAtClose, or the BruktError that kept it unread
        """The X report's lines on parked sales (hidden when there are none).

        Given what the X read (in the background), not the service: the X's
        screen reads both off the GUI thread.
        """
        if isinstance(parked, BruktError):
            say(self, describe(parked), "error")
            return
        lines = []
        if parked.with_payments:
            lines.append(self._paid_line(parked))
        if parked.without_payments:
            lines.append(self._staying(parked.without_payments))
        say(self, "\n".join(lines), "error" if parked.with_payments else "info")

    def _paid_line(self, parked: Any) -> str:  # ParkedAtClose
        """``Parked with payment: 1, kr 20``."""
        return fill(
            self.tr("Parked with payment: %1, %2"), len(parked.with_payments), format_money(parked.paid)
        )

    def _staying(self, count: int) -> str:
        """Parked sales without payment stay parked over the close."""
        return self.tr(
            "%n parked sale(s) without payment stay parked after the close, and can be resumed another day.",
            "",
            count,
        )
