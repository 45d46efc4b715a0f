"""A discount or new price beyond the shop's limit: a reason, and a leader's PIN.

Asked for only when the checkout service says so (``ApprovalNeeded``, or
``ReasonNeeded`` for a leader at the till giving it alone). The reason is a
quick reason tapped or a few words typed; the leader taps their name and
types their PIN. The service decides who may approve; this only asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
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

from bruktpos.domain.errors import ReasonNeeded
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.messages import describe
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.till.sizes import (
    apply_scale,
    keep_wrapped_whole,
    prefer_width,
    scale_for,
    set_size,
    window_size,
)

if TYPE_CHECKING:
    from bruktpos.services.users import UserService

MAX_REASON = 200


class ReasonPicker(QWidget):
    """Quick reasons as buttons (one at a time), or a few words in the field below."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_picker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        why = QLabel(self.tr("Why? Tap a reason or write a few words:"), self)
        why.setWordWrap(True)
        layout.addWidget(why)
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.quick_buttons: list[QPushButton] = []
        quick = (
            self.tr("Damaged"),
            self.tr("Something missing"),
            self.tr("Wrong price on the label"),
            self.tr("Goodwill"),
        )
        for n, text in enumerate(quick):
            # As wide as its words need (the till's sheet): the dialog widens, the text is never cut.
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            set_size(button, "tall")
            self.group.addButton(button)
            grid.addWidget(button, n // 2, n % 2)
            self.quick_buttons.append(button)
        layout.addLayout(grid)
        self.field = QLineEdit(self)
        self.field.setObjectName("reason")
        self.field.setMaxLength(MAX_REASON)
        self.field.setPlaceholderText(self.tr("Another reason"))
        self.field.setMinimumHeight(48)
        layout.addWidget(self.field)
        self.group.buttonClicked.connect(lambda _button: self._quick_chosen())
        self.field.textEdited.connect(lambda _text: self._typed())

    def _quick_chosen(self) -> None:
        self.field.clear()
        self.changed.emit()

    def _typed(self) -> None:
        checked = self.group.checkedButton()
        if checked is not None:  # typing takes the place of a quick reason
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)
        self.changed.emit()

    def reason(self) -> str:
        """The reason chosen or typed ("" when none)."""
        checked = self.group.checkedButton()
        if checked is not None:
            return checked.text()
        return " ".join(self.field.text().split())


class LeaderReasonDialog(LeaderPinDialog):
    """A leader's PIN and a reason, for a discount or new price beyond the shop's limit."""

    def __init__(
        self,
        users: UserService,
        action: Action,
        what: str,
        parent: QWidget | None = None,
        *,
        asker: Operator | None = None,
    ) -> None:
        super().__init__(users, action, what, parent, asker=asker)
        self.setObjectName("leader_reason")
        # On the page of names, where there is room (the PIN pad's page sets the
        # dialog's height): the dialog stays as high as the plain leader's PIN.
        self.reasons = ReasonPicker(self.people.list_page)
        # The till's sizes for the reasons, at the scale of the rest of this dialog (its names and
        # PIN pad do not grow on a big screen): bigger reasons would leave the names no room.
        apply_scale(self.reasons, 1.0)
        page = self.people.list_page.layout()
        assert isinstance(page, QVBoxLayout)
        page.insertWidget(0, self.reasons)
        keep_wrapped_whole(self.reasons)
        self.people.stack.currentChanged.connect(lambda _index: self._pin_page_shown())

    def _pin_page_shown(self) -> None:
        """A name tapped before a reason: said at once, on the names, not after the PIN."""
        if self.people.on_pin_page() and not self.reasons.reason():
            self.people.show_list_message(self._refuse_before_pin())

    def _refuse_before_pin(self) -> str:
        if self.reasons.reason():
            return ""
        return describe(ReasonNeeded(self._action.value))

    def reason(self) -> str:
        return self.reasons.reason()


class ReasonDialog(QDialog):
    """A reason only: a leader at the till gives more than a cashier may, on their own authority."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_dialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("A reason"))
        apply_scale(self, scale_for(window_size(parent)))
        prefer_width(self, 560, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(what, self)
        heading.setObjectName("dialog_title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.reasons = ReasonPicker(self)
        layout.addWidget(self.reasons)
        self.message = MessageLine(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("Give it"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._ok)
        for button in (self.cancel_button, self.ok_button):
            set_size(button, "row")
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        keep_wrapped_whole(self)

    def _ok(self) -> None:
        if not self.reasons.reason():
            self.message.say(describe(ReasonNeeded(Action.DISCOUNT.value)), "error")
            return
        self.accept()

    def reason(self) -> str:
        return self.reasons.reason()


def ask_price_approval(
    parent: QWidget | None,
    users: UserService,
    action: Action,
    what: str,
    *,
    pin: bool,
    asker: Operator | None,
) -> tuple[Operator | None, str] | None:
    """Ask for what a discount or new price beyond the limit needs: (the approver, the reason).

    ``pin``: a leader approves with their PIN (the approver comes back);
    otherwise only a reason (the approver is None: the person at the till).
    None when cancelled.
    """
    if pin:
        dialog: LeaderReasonDialog | ReasonDialog = LeaderReasonDialog(
            users, action, what, parent, asker=asker
        )
    else:
        dialog = ReasonDialog(what, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        approver = dialog.operator if isinstance(dialog, LeaderReasonDialog) else None
        if pin and approver is None:
            return None
        return approver, dialog.reason()
    finally:
        dialog.deleteLater()
