"""People as big buttons: the name large, the role small underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.people import UserInfo
from bruktpos.ui.messages import describe_role

COLUMNS = 4


class UserButton(QPushButton):
    """A person's name, big, with their role small underneath."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("user")
        self.setAutoDefault(True)  # Enter works as well as Space
        self.setMinimumSize(180, 96)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.name_label = QLabel(user.name, self)
        self.name_label.setObjectName("user_name")
        self.role_label = QLabel(describe_role(user.role), self)
        self.role_label.setObjectName("user_role")
        for label in (self.name_label, self.role_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(f"{user.name}, {describe_role(user.role)}")


class UserGrid(QScrollArea):
    """Big buttons for a list of people, in a grid that scrolls when long.

    Arrow keys move between the buttons, Enter or Space chooses one.
    """

    chosen = Signal(int)  # user id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_grid")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self)
        self._grid = QGridLayout(inner)
        self._grid.setSpacing(12)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(inner)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self.chosen)
        self.buttons: list[UserButton] = []

    def set_users(self, users: list[UserInfo]) -> None:
        """Show these people (in this order)."""
        for button in self.buttons:
            self._group.removeButton(button)
            self._grid.removeWidget(button)
            button.hide()  # gone at once, not when the event loop gets to deleteLater
            button.deleteLater()
        self.buttons = []
        for n, user in enumerate(users):
            button = UserButton(user, self.widget())
            self._grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self._group.addButton(button, user.id)
            self.buttons.append(button)

    def button_for(self, user_id: int) -> UserButton | None:
        return next((b for b in self.buttons if b.user.id == user_id), None)
