"""A second person confirms the closing count with their own name and PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from bruktpos.domain.roles import Action
from bruktpos.ui.leader_pin import PersonPinDialog

if TYPE_CHECKING:
    from bruktpos.domain.people import Operator, UserInfo
    from bruktpos.services.users import UserService


class SecondCounterDialog(PersonPinDialog):
    """Anyone but the one who counted taps their name and types their PIN.

    After Accepted, :attr:`operator` is the person who confirmed the count.
    """

    def __init__(self, users: UserService, counted_by: int, parent: QWidget | None = None) -> None:
        super().__init__(users, Action.SELL, parent)
        self.setObjectName("second_counter")
        self.setWindowTitle(self.tr("A second person confirms the count"))
        self._counted_by = counted_by
        self._build(
            self.tr(
                "This shop wants a second person to check the count. Count again together, then confirm."
            ),
            self.tr("Second person: tap your name, then type your PIN."),
            self.tr("Cancel"),
        )

    def _eligible(self, user: UserInfo) -> bool:
        return user.id != self._counted_by


def ask_second_counter(users: UserService, counted_by: int, parent: QWidget | None) -> Operator | None:
    """Ask anyone but ``counted_by`` to confirm the count; the person, or None when cancelled."""
    dialog = SecondCounterDialog(users, counted_by, parent)
    try:
        return dialog.operator if dialog.exec() == SecondCounterDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
