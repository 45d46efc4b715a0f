"""The till's word when a receipt or a voucher did not print, with "Print again".

Shown under the cart. Every sale whose receipt has not printed yet stays
offered until it prints (issue 14: a receipt for every sale); the banner
names the newest by its receipt number and the time of the sale (it may
still be there during the next sale) and says how many more are waiting.
"Print again" prints the original (the customer never had one). A voucher
that did not print is offered first, and printed again as a copy (KOPI).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bruktpos.ui.message_text import fill, format_time


class PrintProblem(QWidget):
    """ "The receipt did not print" and a "Print again" button, for every receipt not printed yet."""

    reprint_requested = Signal(int)  # sale id whose receipt did not print
    voucher_reprint_requested = Signal(str)  # voucher code that did not print: print a copy
    changed = Signal()  # what the banner says changed (or it went)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_problem")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.reprint_button = QPushButton(self.tr("Print again"), self)
        self.reprint_button.setObjectName("primary")
        self.reprint_button.clicked.connect(self._reprint)
        row.addWidget(self.reprint_button)
        self.setVisible(False)
        self.sale_id: int | None = None  # the sale whose receipt the banner offers
        # Every sale whose receipt has not printed yet: sale id → (receipt number, sold at, what happened).
        self._not_printed: dict[int, tuple[int | None, datetime | None, str]] = {}
        self.voucher: str | None = None

    def show_receipt(
        self, sale_id: int, receipt_no: int | None, text: str, *, at: datetime | None = None
    ) -> None:
        """The receipt of ``sale_id`` (sold ``at``) did not print; offer it (until it prints)."""
        self._not_printed.pop(sale_id, None)
        self._not_printed[sale_id] = (receipt_no, at, text)
        self._offer()

    def says(self, text: str) -> bool:
        """Whether the banner, as shown, already says ``text`` (so nothing else need say it again)."""
        return bool(text) and not self.isHidden() and text in self.text.text()

    def clear_receipt(self, sale_id: int) -> None:
        self._not_printed.pop(sale_id, None)
        if self.sale_id == sale_id:
            self.sale_id = None
            self._offer()

    def not_printed(self) -> list[int]:
        """The sales whose receipt the till still offers to print, oldest first."""
        return list(self._not_printed)

    def show_voucher(self, code: str, text: str) -> None:
        """The voucher ``code`` did not print; offer to print it again (a copy, marked KOPI)."""
        self.voucher = code
        self.text.setText(self.tr("The voucher is saved, but it did not print. %1").replace("%1", text))
        self.setVisible(True)
        self.changed.emit()

    def clear_voucher(self, code: str) -> None:
        if self.voucher == code:
            self.voucher = None
            self.setVisible(self.sale_id is not None)
            self._offer()

    def _offer(self) -> None:
        """Offer the newest receipt not printed yet (a voucher's offer stays first)."""
        if not self._not_printed:
            self.setVisible(self.voucher is not None)
            self.changed.emit()
            return
        sale_id = next(reversed(self._not_printed))
        receipt_no, at, text = self._not_printed[sale_id]
        self.sale_id = sale_id
        if self.voucher is not None:
            return
        if receipt_no is None:
            said = fill(self.tr("The sale is saved, but the receipt did not print. %1"), text)
        elif at is None:
            said = fill(self.tr("Receipt %1 did not print. The sale is saved. %2"), receipt_no, text)
        else:
            said = fill(
                self.tr("Receipt %1 at %2 did not print. The sale is saved. %3"),
                receipt_no,
                format_time(at),
                text,
            )
        others = len(self._not_printed) - 1
        if others:
            said += " " + self.tr("%n more receipt(s) have not printed yet.", "", others)
        self.text.setText(said)
        self.setVisible(True)
        self.changed.emit()

    def _reprint(self) -> None:
        if self.voucher is not None:
            self.voucher_reprint_requested.emit(self.voucher)
        elif self.sale_id is not None:
            self.reprint_requested.emit(self.sale_id)
