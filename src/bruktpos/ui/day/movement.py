"""Money into or out of the drawer without a sale: a pay-in, a pay-out, a bank deposit.

One dialog: what kind (three big buttons), the amount on the keypad, and a
reason — tapped from a few usual ones or typed. The service decides whether a
leader must approve; when it says so, the leader's PIN is asked for here and
the movement tried again with the leader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError, PermissionDenied
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.ui.back_office_sizes import back_office_look, px
from bruktpos.ui.leader_pin import add_cancel_row
from bruktpos.ui.messages import describe
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.widgets.keypad import MoneyInput
from bruktpos.ui.widgets.text import say
from bruktpos.ui.widgets.why_disabled import explain_when_disabled

PAY_IN = "pay_in"
PAY_OUT = "pay_out"
DEPOSIT = "deposit"
KINDS = (PAY_IN, PAY_OUT, DEPOSIT)

# (action, reason) → the approving leader, or None when cancelled.
Approver = Callable[[Action, str], Operator | None]


class CashMovementDialog(QDialog):
    """Put money in, take money out, or take it to the bank.

    After ``exec()`` returns Accepted, :attr:`movement` is what the service
    returned for the recorded movement.
    """

    def __init__(
        self,
        day: Any,  # DayService
        operator: Operator,
        approver: Approver,
        parent: QWidget | None = None,
        *,
        kind: str = PAY_OUT,
    ) -> None:
        super().__init__(parent)
        scale = back_office_look(self, parent)  # bigger type and targets over a big window
        self.setObjectName("cash_movement")
        self.setModal(True)
        self.setWindowTitle(self.tr("Money in or out of the drawer"))
        self._day = day
        self._operator = operator
        self._approver = approver
        self.movement: Any = None

        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        title = QLabel(self.tr("Money in or out of the drawer"), self)
        title.setObjectName("dialog_title")
        outer.addWidget(title)

        body = QHBoxLayout()
        body.setSpacing(24)
        outer.addLayout(body, 1)

        left = QVBoxLayout()
        left.setSpacing(10)
        body.addLayout(left, 1)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        names = {
            PAY_IN: self.tr("Pay-in"),
            PAY_OUT: self.tr("Pay-out"),
            DEPOSIT: self.tr("Bank deposit"),
        }
        for value in KINDS:
            button = QPushButton(names[value], self)
            button.setObjectName("movement_kind")  # less side padding: "Bankinnskudd" fits in a third
            button.setCheckable(True)
            button.setMinimumHeight(64)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value: self.set_kind(v))
            self.kind_group.addButton(button)
            self.kind_buttons[value] = button
            kinds.addWidget(button)
            button.ensurePolished()  # the theme's padding, so the width below is the one drawn
            button.setMinimumWidth(button.sizeHint().width())  # never clipped, in any language
        left.addLayout(kinds)
        self.kind_hint = QLabel(self)
        self.kind_hint.setObjectName("hint")
        self.kind_hint.setWordWrap(True)
        left.addWidget(self.kind_hint)

        reason_caption = QLabel(self.tr("Reason"), self)
        reason_caption.setObjectName("total_caption")
        left.addWidget(reason_caption)
        self.quick_area = QWidget(self)
        self.quick_grid = QGridLayout(self.quick_area)
        self.quick_grid.setContentsMargins(0, 0, 0, 0)
        self.quick_grid.setSpacing(8)
        left.addWidget(self.quick_area)
        self.reason_buttons: list[QPushButton] = []
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("reason")
        self.reason_field.setMinimumHeight(52)
        self.reason_field.setMaxLength(200)
        self.reason_field.setPlaceholderText(self.tr("Or write the reason here"))
        self.reason_field.textChanged.connect(self._update)
        left.addWidget(self.reason_field)
        self.message = MessageLine(self, lines=2)  # its room kept: nothing below or beside it moves
        left.addWidget(self.message)
        left.addStretch(1)

        # Cash in and out is whole kroner (no øre coins): the keypad has no comma.
        self.input = MoneyInput(self, ok_text=self.tr("Record"), whole_kroner=True)
        self.input.setMinimumWidth(360)
        self.input.accepted.connect(lambda _amount: self.record())
        self.input.amount_changed.connect(lambda _amount: self._update())
        body.addWidget(self.input, 1)
        self.ok_button = self.input.ok_button

        self.cancel_button = add_cancel_row(self, outer, self.tr("Cancel"))
        self.setMinimumSize(px(960, scale), px(640, scale))
        self.set_kind(kind)
        self.input.setFocus()

    # --- choices ------------------------------------------------------------

    def quick_reasons(self, kind: str) -> list[str]:
        """The usual reasons for a kind, as tap-able buttons."""
        if kind == PAY_IN:
            return [self.tr("Change for the drawer"), self.tr("Money back from a purchase")]
        if kind == DEPOSIT:
            return [self.tr("To the bank"), self.tr("To the safe")]
        return [
            self.tr("Milk for the café"),
            self.tr("Coffee and filters"),
            self.tr("Cleaning supplies"),
            self.tr("Postage"),
        ]

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.kind_hint.setText(
            {
                PAY_IN: self.tr("Money put into the drawer, for example change from the bank."),
                PAY_OUT: self.tr("Money taken out to pay for something. Keep the receipt."),
                DEPOSIT: self.tr("Cash taken out of the drawer to go to the bank or the safe."),
            }[kind]
        )
        for button in self.reason_buttons:
            self.quick_grid.removeWidget(button)
            button.deleteLater()
        self.reason_buttons = []
        for n, text in enumerate(self.quick_reasons(kind)):
            button = QPushButton(text, self.quick_area)
            button.setObjectName("quick_reason")
            button.setMinimumHeight(56)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, t=text: self.reason_field.setText(t))
            button.ensurePolished()
            button.setMinimumWidth(button.sizeHint().width())  # the whole reason, never clipped
            self.quick_grid.addWidget(button, n // 2, n % 2)
            button.show()  # the dialog may be on screen already
            self.reason_buttons.append(button)
        self._update()

    def reason(self) -> str:
        return self.reason_field.text().strip()

    def _update(self) -> None:
        amount = self.input.amount()
        has_amount = bool(amount and amount > 0)
        has_reason = self.kind == PAY_IN or bool(self.reason())
        self.ok_button.setEnabled(has_amount and has_reason)
        # A tap on the greyed Record says what is missing.
        if not has_amount:
            why = self.tr("Type the amount on the keys first, then tap Record.")
        elif not has_reason:
            why = self.tr("Tap a reason or write one, then tap Record.")
        else:
            why = ""
        explain_when_disabled(self.ok_button, why)

    # --- recording ----------------------------------------------------------

    def record(self) -> bool:
        """Record the movement; a leader is asked for when the service wants one."""
        amount = self.input.amount()
        if not amount or amount <= 0:
            return False
        if self.kind != PAY_IN and not self.reason():
            say(self.message, self.tr("Tap a reason or write one, then tap Record."), "error")
            self.reason_field.setFocus()
            return False

        def call(approver: Operator | None) -> Any:
            return self._day.cash_movement(
                self.kind, amount, self.reason(), operator=self._operator, approver=approver
            )

        try:
            try:
                self.movement = call(None)
            except PermissionDenied as denied:
                leader = self._approver(Action(denied.action), self._approval_reason())
                if leader is None:
                    say(
                        self.message,
                        self.tr("Nothing was recorded: a shop leader must approve this."),
                        "info",
                    )
                    return False
                self.movement = call(leader)
        except BruktError as error:
            say(self.message, describe(error), "error")
            return False
        self.accept()
        return True

    def _approval_reason(self) -> str:
        return {
            PAY_IN: self.tr("Putting money into the drawer"),
            PAY_OUT: self.tr("Taking money out of the drawer"),
            DEPOSIT: self.tr("Taking money to the bank"),
        }[self.kind]
