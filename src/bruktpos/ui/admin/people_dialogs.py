"""The "Folk" screen's dialogs: a new person's name and role, a role, and a PIN typed twice.

They check nothing themselves: the name goes to :meth:`PeopleService.check_new_name`
and the PIN to the ``save`` callable the screen gives, both of which raise the
service's typed errors; the dialogs only show them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import MAX_NAME
from bruktpos.domain.roles import Role
from bruktpos.ui.back_office_sizes import back_office_look, px
from bruktpos.ui.messages import describe, describe_role, fill
from bruktpos.ui.till.message_line import MessageLine
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.pin_pad import PinPad
from bruktpos.ui.widgets.text import say

BIG = 56  # a finger's height for every button here


class RoleChoice(QWidget):
    """Three big buttons, one of them chosen: cashier, shop leader, administrator."""

    def __init__(self, chosen: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[Role, QPushButton] = {}
        for role in Role:
            button = QPushButton(describe_role(role), self)
            button.setCheckable(True)
            button.setMinimumHeight(BIG)
            button.setChecked(role is chosen)
            self.group.addButton(button)
            self.buttons[role] = button
            row.addWidget(button)

    def role(self) -> Role:
        return next(role for role, button in self.buttons.items() if button.isChecked())


def _buttons_row(dialog: QDialog, layout: QVBoxLayout, ok_text: str, cancel_text: str) -> QPushButton:
    row = QHBoxLayout()
    cancel = QPushButton(cancel_text, dialog)
    cancel.setObjectName("cancel")
    cancel.setMinimumHeight(BIG)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text, dialog)
    ok.setObjectName("primary")
    ok.setMinimumHeight(BIG)
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(ok)
    layout.addLayout(row)
    return ok


class AddPersonDialog(QDialog):
    """A new person's name and role; Next checks the name before anyone types a PIN."""

    def __init__(self, check_name: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_person")
        self.setModal(True)
        self.setWindowTitle(self.tr("Add a person"))
        self._check_name = check_name
        self.name = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        label = QLabel(self.tr("Name, as it will show on the login screen:"), self)
        layout.addWidget(label)
        self.name_field = QLineEdit(self)
        self.name_field.setMinimumHeight(BIG)
        self.name_field.setMaxLength(MAX_NAME + 20)  # the service says what is too long
        self.name_field.setPlaceholderText(self.tr("For example Kari or Kari H."))
        self.name_field.returnPressed.connect(self._next)
        label.setBuddy(self.name_field)
        layout.addWidget(self.name_field)
        layout.addWidget(QLabel(self.tr("Role:"), self))
        self.roles = RoleChoice(Role.CASHIER, self)
        layout.addWidget(self.roles)
        # Room for three wrapped lines, so that the buttons never move when it shows.
        self.message = MessageLine(self, lines=2)  # its room kept: the buttons below never move
        layout.addWidget(self.message)
        self.next_button = _buttons_row(self, layout, self.tr("Next: the PIN"), self.tr("Cancel"))
        self.next_button.clicked.connect(self._next)
        self.name_field.setFocus()
        open_wide(self, 720)

    def role(self) -> Role:
        return self.roles.role()

    def _next(self) -> None:
        try:
            self.name = self._check_name(self.name_field.text())
        except BruktError as error:
            say(self.message, describe(error), "error")
            self.adjustSize()  # a dialog does not grow for wrapped text by itself
            self.name_field.setFocus()
            return
        self.accept()


class RoleDialog(QDialog):
    """Choose another role for one person."""

    def __init__(self, name: str, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_role")
        self.setModal(True)
        self.setWindowTitle(self.tr("Change role"))
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        question = QLabel(fill(self.tr("Which role should %1 have?"), name), self)
        question.setObjectName("explanation")
        question.setWordWrap(True)
        layout.addWidget(question)
        self.roles = RoleChoice(role, self)
        layout.addWidget(self.roles)
        hint = QLabel(
            self.tr(
                "A cashier sells. A shop leader also approves refunds and price changes, "
                "opens and closes the day and looks after people. "
                "An administrator may do all of that and change the administrators."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.save_button = _buttons_row(self, layout, self.tr("Save"), self.tr("Cancel"))
        self.save_button.clicked.connect(self.accept)
        open_wide(self, 640)

    def role(self) -> Role:
        return self.roles.role()


class NewPinDialog(QDialog):
    """The person themself types their new PIN twice on the PIN pad; ``save(pin)`` stores it.

    The leader hands the screen over; the dots never show the digits, and the
    PIN is passed on only once both tries are the same. An error from ``save``
    (say the leader may not change this person) is shown and the PIN forgotten.
    """

    def __init__(self, name: str, save: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = back_office_look(self, parent)  # the people screen's sizes, and its own minimum at them
        self.setObjectName("new_pin")
        self.setModal(True)
        self.setWindowTitle(self.tr("New PIN"))
        # Two wrapped lines above the pad and the pad's own message line: the
        # keypad keeps its finger-sized keys at 1024×768 all the same.
        self.setMinimumSize(px(640, scale), px(700, scale))
        self._name = name
        self._save = save
        self._first: str | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        handover = QLabel(
            fill(self.tr("Give the screen to %1. Only %1 should see what is typed."), name), self
        )
        handover.setObjectName("explanation")
        handover.setWordWrap(True)
        handover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(handover)
        self.step = QLabel(self)
        self.step.setObjectName("greeting")
        self.step.setWordWrap(True)
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.step)
        self.pin_pad = PinPad(self)
        self.pin_pad.pin_entered.connect(self._entered)
        layout.addWidget(self.pin_pad, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setMinimumHeight(BIG)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.pin_pad.add_button(self.cancel_button)
        self.pin_pad.keypad.listen_to(self.cancel_button)
        self._ask_first()

    def _ask_first(self) -> None:
        self._first = None
        self.step.setText(fill(self.tr("%1: type your new PIN (4 to 8 digits)."), self._name))

    def is_second_try(self) -> bool:
        return self._first is not None

    def _entered(self, pin: str) -> None:
        if self._first is None:
            self._first = pin
            self.step.setText(fill(self.tr("%1: type the same PIN once more."), self._name))
            self.pin_pad.clear()
            return
        first, self._first = self._first, None
        if pin != first:
            self._ask_first()
            self.pin_pad.show_error(self.tr("The two PINs were not the same. Start again with the new PIN."))
            return
        try:
            self._save(pin)
        except BruktError as error:
            self._ask_first()
            self.pin_pad.show_error(describe(error))
            return
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
