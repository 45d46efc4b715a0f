"""Asking for a price on an on-screen keypad (open-price lines, discounts, overrides)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.ui.till.sizes import keep_wrapped_whole, prefer_width, set_size
from bruktpos.ui.widgets.keypad import MoneyInput


class PriceDialog(QDialog):
    """A title, a sentence, a money keypad with quick amounts, and Cancel.

    A quick amount is taken at once, or with ``quick_fills`` shown in the
    field for the OK button (the till's price keypad: the person sees the
    price before it goes into the sale, and can still change it).
    ``quick_beside`` puts them in columns beside the digits rather than in
    rows above: up to ten, and the dialog stays low enough for a 700 px screen.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        quick_amounts: list[int] | None = None,
        ok_text: str | None = None,
        quick_fills: bool = False,
        quick_beside: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        prefer_width(self, 460, parent)
        self.amount: int | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("dialog_title")
        layout.addWidget(heading)
        text = QLabel(prompt, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.input = MoneyInput(self, quick_amounts=quick_amounts, ok_text=ok_text, quick_beside=quick_beside)
        self.input.accepted.connect(self._accept)
        if not quick_fills:
            self.input.quick_amount_chosen.connect(self._accept)
        layout.addWidget(self.input, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        set_size(self.cancel_button, "row")
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        keep_wrapped_whole(self)
        self.input.setFocus()

    def _accept(self, amount: int) -> None:
        self.amount = amount
        self.accept()


class DiscountDialog(QDialog):
    """A discount on one line: a percentage with one tap, or an amount in kroner."""

    PERCENTS = (10, 20, 25, 50, 100)

    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Discount"))
        self.setModal(True)
        prefer_width(self, 460, parent)
        self.percent: int | None = None
        self.amount: int | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Discount on %1").replace("%1", description), self)
        heading.setObjectName("dialog_title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.percent_buttons: dict[int, QPushButton] = {}
        for percent in self.PERCENTS:
            button = QPushButton(f"{percent}\u00a0%", self)
            set_size(button, "tall")
            button.clicked.connect(lambda _=False, p=percent: self._choose_percent(p))
            row.addWidget(button)
            self.percent_buttons[percent] = button
        layout.addLayout(row)
        text = QLabel(self.tr("Or type the discount in kroner:"), self)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.input = MoneyInput(self, ok_text=self.tr("Give discount"))
        self.input.accepted.connect(self._choose_amount)
        layout.addWidget(self.input, 1)
        bottom = QHBoxLayout()
        self.none_button = QPushButton(self.tr("No discount"), self)
        self.none_button.clicked.connect(lambda: self._choose_percent(0))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.none_button, self.cancel_button):
            set_size(button, "row")
        bottom.addWidget(self.none_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        layout.addLayout(bottom)
        keep_wrapped_whole(self)

    def _choose_percent(self, percent: int) -> None:
        self.percent = percent
        self.accept()

    def _choose_amount(self, amount: int) -> None:
        self.amount = amount
        self.accept()
