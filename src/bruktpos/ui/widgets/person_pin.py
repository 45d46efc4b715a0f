"""Choose your name, then type your PIN: the steps shared by login and approvals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from bruktpos.domain.errors import UnknownUser, UserLocked
from bruktpos.domain.people import UserInfo
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.pin_pad import PinPad
from bruktpos.ui.widgets.reserved_line import ReservedLine
from bruktpos.ui.widgets.text import repolish
from bruktpos.ui.widgets.user_grid import UserGrid

log = logging.getLogger(__name__)

PAD_WIDTH = (460, 760)  # the PIN pad's width: at 700 px of height, and at most
LARGE_FROM = 860  # the big look from this height (a 1080-px screen), the normal one below


class PersonPin(QWidget):
    """Two steps on one widget: a grid of names, then a PIN pad for the one chosen.

    It checks nothing itself: ``pin_entered(user_id, pin)`` goes to the owner,
    which asks the service through :meth:`check` (in a thread of its own: a PIN's
    salted hash is slow on purpose) and answers with :meth:`show_pin_error` or
    :meth:`show_list_message`. Escape or "Back" on the PIN leads back to the
    names; Escape on the names is left to the window around (a dialog closes).
    """

    pin_entered = Signal(int, str)
    _checked = Signal(object)  # from the PIN check's thread: what the check returned, or raised

    def __init__(
        self, hint: str, parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_pin")
        self._clock = clock
        self._people: list[UserInfo] = []
        self._selected: UserInfo | None = None
        self._then: Callable[[object], None] | None = None
        self._checked.connect(self._answered)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)

        self.list_page = QWidget(self.stack)
        page = QVBoxLayout(self.list_page)
        page.setSpacing(16)
        self.hint = QLabel(hint, self.list_page)
        self.hint.setObjectName("person_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        page.addWidget(self.hint)
        # Its room is kept, so the names never move when a message comes.
        self.list_message = ReservedLine(self.list_page, lines=2)
        page.addWidget(self.list_message)
        self.grid = UserGrid(self.list_page)
        self.grid.chosen.connect(self.select_user)
        page.addWidget(self.grid, 1)
        self.stack.addWidget(self.list_page)

        self.pin_page = QWidget(self.stack)
        page = QVBoxLayout(self.pin_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(10)
        self.greeting = QLabel(self.pin_page)
        self.greeting.setObjectName("greeting")
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.greeting.setWordWrap(True)
        page.addWidget(self.greeting)
        self.pin_pad = PinPad(self.pin_page)
        self.pin_pad.setFixedWidth(PAD_WIDTH[0])  # a message fits in two lines; wider on a taller screen
        self.pin_pad.pin_entered.connect(self._on_pin)
        page.addWidget(self.pin_pad, 1, Qt.AlignmentFlag.AlignHCenter)
        self.back_button = QPushButton(self.tr("Back"), self.pin_page)
        self.back_button.setObjectName("back")
        self.back_button.setAutoDefault(True)
        self.back_button.setMinimumHeight(56)
        self.back_button.setToolTip(self.tr("Back to the list of names (Esc)"))
        self.back_button.clicked.connect(self.show_list)
        self.pin_pad.add_button(self.back_button)
        # Digits typed while "Back" has the focus still go to the PIN.
        self.pin_pad.keypad.listen_to(self.back_button)
        self.stack.addWidget(self.pin_page)

    # --- the public API ----------------------------------------------------

    def set_people(self, people: list[UserInfo]) -> None:
        """Show these people as the names to choose from, and go to the list."""
        self._people = list(people)
        self._selected = None
        self.grid.set_users(self._people)
        self.pin_pad.clear()
        self.hide_list_message()
        self.stack.setCurrentWidget(self.list_page)

    def people(self) -> list[UserInfo]:
        return list(self._people)

    def select_user(self, user_id: int) -> bool:
        """Ask for this person's PIN; False (with a message) if they are not listed."""
        user = next((u for u in self._people if u.id == user_id), None)
        if user is None:
            self.show_list_message(describe(UnknownUser(user_id)))
            return False
        self._selected = user
        self.greeting.setText(fill(self.tr("Hi, %1! Type your PIN."), user.name))
        self.pin_pad.clear()
        now = self._clock() if self._clock else None
        if user.locked_until is not None and (now is None or user.locked_until > now):
            self.pin_pad.show_error(describe(UserLocked(user.id, user.locked_until)))
        self.stack.setCurrentWidget(self.pin_page)
        if self.isVisible():  # the greeting's lines for this name (not yet shown: its first resize does it,
            self._fit(self.width(), self.height())  # at its real width, not a guess that leaves it too tall)
        self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def selected_user(self) -> UserInfo | None:
        """The person whose PIN is being asked for (None on the list)."""
        return self._selected if self.stack.currentWidget() is self.pin_page else None

    def show_list(self) -> None:
        """Back from the PIN to the names; the name just left keeps the focus."""
        came_from, self._selected = self._selected, None
        self.pin_pad.clear()
        self.stack.setCurrentWidget(self.list_page)
        button = self.grid.button_for(came_from.id) if came_from else None
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def check(self, work: Callable[[], object], then: Callable[[object], None]) -> None:
        """Run ``work`` (the service's PIN check) in a thread, the pad saying it checks meanwhile;
        ``then`` gets its answer on the GUI thread: what it returned, or the exception it raised.

        A PIN typed while one is being checked is not taken. The till paints and
        reads its scanner while the hash is worked out.
        """
        if self.pin_pad.checking():
            return
        self.set_checking(True)
        self._then = then
        threading.Thread(target=self._check, args=(work,), name="pin-check", daemon=True).start()

    def _check(self, work: Callable[[], object]) -> None:
        outcome: object
        try:
            outcome = work()
        except BaseException as error:  # every answer goes back: a refusal is said, a bug is raised there
            outcome = error
        try:
            self._checked.emit(outcome)
        except RuntimeError:  # the widget is gone (the till closed or locked meanwhile)
            log.info("PIN check answered after its screen closed")

    def _answered(self, outcome: object) -> None:
        self.set_checking(False)
        then, self._then = self._then, None
        if then is not None:
            then(outcome)

    def set_checking(self, on: bool) -> None:
        """The PIN typed is being checked (``on``): the pad says so, and Back and Escape wait."""
        self.pin_pad.set_checking(on)
        self.back_button.setEnabled(not on)

    def show_pin_error(self, text: str) -> None:
        """Say what went wrong under the dots; the PIN is emptied, the person stays."""
        self.pin_pad.show_error(text)
        self.pin_pad.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list_message(self, text: str) -> None:
        """Go to the names and say something above them."""
        self._selected = None
        self.pin_pad.clear()
        self.list_message.say(text, "error")
        self.stack.setCurrentWidget(self.list_page)

    def hide_list_message(self) -> None:
        self.list_message.say("")

    def on_pin_page(self) -> bool:
        return self.stack.currentWidget() is self.pin_page

    def large(self) -> bool:
        """Whether the big look is on (a tall screen: bigger keys, type and name cards)."""
        return bool(self.property("large"))

    # --- inside ------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width(), event.size().height())

    def _fit(self, width: int, height: int) -> None:
        """Use the room there is: bigger keys and type on a tall screen, never more than fits."""
        large = height >= LARGE_FROM
        if large != self.large():
            self.setProperty("large", large)
            for widget in (self, *self.findChildren(QWidget)):
                repolish(widget)
            self.grid.refit(large)
        # Keys about square: the pad as wide as two thirds of its height, within the bounds.
        pad = max(PAD_WIDTH[0], min(PAD_WIDTH[1], int(height * 0.68), width))
        if pad != self.pin_pad.width():
            self.pin_pad.setFixedWidth(pad)
        # A greeting with a long name wraps: it keeps the height of its lines (never cut off).
        self.greeting.setMinimumHeight(max(0, self.greeting.heightForWidth(max(1, width))))

    def _on_pin(self, pin: str) -> None:
        if self._selected is not None:
            self.pin_entered.emit(self._selected.id, pin)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.on_pin_page():
            if not self.pin_pad.checking():
                self.show_list()
        else:
            super().keyPressEvent(event)
