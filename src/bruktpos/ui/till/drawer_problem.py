"""The till's word when the cash drawer did not open, with the one way to try again.

Shown under the cart when a drawer kick was not sent (the printer out of
paper, its cover open, offline, not answering, or busy too long): the sentence
says "The drawer did not open." and what to do. "Open the drawer" asks for
the kick once more, for the same sale; the banner goes when the drawer has
opened. Nothing else ever sends that kick again.

A printer that could not be reached at all fails the receipt and the drawer
with the same sentence; the receipt's banner says it, and this one only
that the drawer did not open and how to open it (``said_elsewhere``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DrawerProblem(QWidget):
    """ "The drawer did not open" and an "Open the drawer" button, for one sale (0: no sale)."""

    retry_requested = Signal(int)  # the sale id the drawer was to open for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_problem")  # the same warm banner as a receipt that did not print
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(self)
        self.text.setObjectName("drawer_problem_text")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.open_button = QPushButton(self.tr("Open the drawer"), self)
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self._retry)
        row.addWidget(self.open_button)
        self.sale_id: int | None = None
        self._said = ""  # what the desk said about it
        # Whether another banner already says a sentence (the receipt's, about the same printer).
        self.said_elsewhere: Callable[[str], bool] = lambda _text: False
        self.setVisible(False)

    def show_problem(self, sale_id: int, text: str) -> None:
        """The drawer did not open for ``sale_id``: say so, and offer to try again."""
        self.sale_id = sale_id
        self._said = text
        self.tell_again()
        self.open_button.setEnabled(True)
        self.setVisible(True)

    def tell_again(self) -> None:
        """Say it again, in short if the receipt's banner now says the same about the printer."""
        if self.said_elsewhere(self._said):
            self.text.setText(
                self.tr("The drawer did not open either. Open it with the key, or press “Open the drawer”.")
            )
        else:
            self.text.setText(self._said)

    def clear(self, sale_id: int) -> None:
        """The drawer opened for ``sale_id``: the banner goes (if it was about that sale)."""
        if self.sale_id == sale_id:
            self.sale_id = None
            self.setVisible(False)

    def dismiss(self) -> None:
        """The till locks: the next person must not open the drawer for someone else's sale."""
        if self.sale_id is not None:
            self.clear(self.sale_id)

    def _retry(self) -> None:
        if self.sale_id is None:
            return
        self.open_button.setEnabled(False)  # one kick at a time; an answer enables it again
        self.retry_requested.emit(self.sale_id)
