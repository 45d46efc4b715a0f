"""A second person confirms the closing count with their own name and PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import BruktError, UnknownUser, UserInactive
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.person_pin import PersonPin

if TYPE_CHECKING:
    from bruktpos.services.users import UserService


class SecondCounterDialog(QDialog):
    """Anyone but the one who counted taps their name and types their PIN.

    After Accepted, :attr:`operator` is the person who confirmed the count.
    """

    def __init__(self, users: UserService, counted_by: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("second_counter")
        self.setModal(True)
        self.setWindowTitle(self.tr("A second person confirms the count"))
        self._users = users
        self._counted_by = counted_by
        self.operator: Operator | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.explanation = QLabel(
            self.tr(
                "This shop wants a second person to check the count. Count again together, then confirm."
            ),
            self,
        )
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.explanation)
        self.people = PersonPin(
            self.tr("Second person: tap your name, then type your PIN."), self, clock=users.clock
        )
        self.people.pin_entered.connect(self._confirm)
        layout.addWidget(self.people, 1)
        self.pin_pad = self.people.pin_pad
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.setMinimumWidth(760)
        self._reload()

    def _reload(self) -> None:
        self.people.set_people([u for u in self._users.list_users() if u.id != self._counted_by])

    def select_user(self, user_id: int) -> None:
        self.people.select_user(user_id)

    def _confirm(self, user_id: int, pin: str) -> None:
        try:
            operator = self._users.authorize(user_id, pin, Action.SELL)
        except (UnknownUser, UserInactive) as err:
            self._reload()
            self.people.show_list_message(describe(err))
            return
        except BruktError as err:
            self.people.show_pin_error(describe(err))
            return
        self.operator = operator
        self.accept()
