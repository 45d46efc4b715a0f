"""People as big buttons: the name large, the role small underneath, as many to a row as fit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
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
from bruktpos.ui.widgets.text import two_lines

MAX_COLUMNS = 4
CARD_WIDTH = (180, 340)  # a name card's width: at least, and at most (a longer name takes two lines)
LARGE_CARD_WIDTH = (260, 460)  # the same in the big look (a tall screen)


class UserButton(QPushButton):
    """A person's name, big, with their role small underneath; a long name on two lines, never clipped."""

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("user")
        self.setAutoDefault(True)  # Enter works as well as Space
        self.setMinimumSize(CARD_WIDTH[0], 96)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.name_label = QLabel(two_lines(user.name, 12), self)
        self.name_label.setObjectName("user_name")
        self.role_label = QLabel(describe_role(user.role), self)
        self.role_label.setObjectName("user_role")
        for label in (self.name_label, self.role_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setAccessibleName(f"{user.name}, {describe_role(user.role)}")

    def fit(self, bounds: tuple[int, int] = CARD_WIDTH) -> None:
        """As wide as the name needs (within ``bounds``); a name wider still is elided, not cut."""
        self.ensurePolished()
        self.name_label.ensurePolished()
        margins = self._layout.contentsMargins()
        room = bounds[1] - margins.left() - margins.right() - 8
        metrics = self.name_label.fontMetrics()
        lines = [
            line
            if metrics.horizontalAdvance(line) <= room
            else metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
            for line in two_lines(self.user.name, 12).split("\n")
        ]
        self.name_label.setText("\n".join(lines))
        needed = max(metrics.horizontalAdvance(line) for line in lines) + margins.left() + margins.right() + 8
        self.setMinimumWidth(max(bounds[0], min(needed, bounds[1])))


class UserGrid(QScrollArea):
    """Big buttons for a list of people, in a grid that scrolls (down) when long.

    As many columns as the width holds (at most four), so a name card is never
    cut off at the side. Arrow keys move between the buttons, Enter or Space chooses one.
    """

    chosen = Signal(int)  # user id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_grid")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self._grid = QGridLayout(inner)
        self._grid.setSpacing(12)
        # No room above or below the cards: a grid given one row's height shows that row whole.
        side = self._grid.contentsMargins()
        self._grid.setContentsMargins(side.left(), 0, side.right(), 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(inner)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._group.idClicked.connect(self.chosen)
        self.buttons: list[UserButton] = []
        self._users: list[UserInfo] = []  # whom the buttons show
        self._columns = 0
        self._bounds = CARD_WIDTH

    def set_users(self, users: list[UserInfo]) -> None:
        """Show these people (in this order).

        The same people as shown already keep their buttons: the start shows
        the list from its quick look and again from the services, unchanged.
        """
        if users == self._users and len(self.buttons) == len(users):
            return
        self._users = list(users)
        for button in self.buttons:
            self._group.removeButton(button)
            self._grid.removeWidget(button)
            button.hide()  # gone at once, not when the event loop gets to deleteLater
            button.deleteLater()
        self.buttons = []
        for user in users:
            button = UserButton(user, self.widget())
            self._group.addButton(button, user.id)
            self.buttons.append(button)
        self.refit()

    def refit(self, large: bool | None = None) -> None:
        """Size the cards to their names (``large``: the big look is on, or off) and lay them out again."""
        if large is not None:
            self._bounds = LARGE_CARD_WIDTH if large else CARD_WIDTH
        for button in self.buttons:
            button.fit(self._bounds)
        width = max((b.minimumWidth() for b in self.buttons), default=self._bounds[0])
        for button in self.buttons:
            button.setMinimumWidth(width)  # one width for all: a tidy grid
        self._columns = 0
        self._place()

    def columns(self) -> int:
        """How many name cards fit side by side in the width there is (1 to 4)."""
        width = max((b.minimumWidth() for b in self.buttons), default=CARD_WIDTH[0])
        spacing = self._grid.spacing()
        margins = self._grid.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        return max(1, min(MAX_COLUMNS, (room + spacing) // (width + spacing)))

    def _place(self) -> None:
        columns = self.columns()
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self._grid.removeWidget(button)
        for n, button in enumerate(self.buttons):
            self._grid.addWidget(button, n // columns, n % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def button_for(self, user_id: int) -> UserButton | None:
        return next((b for b in self.buttons if b.user.id == user_id), None)
