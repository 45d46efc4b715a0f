"""Who is at the till: tap your name, type your PIN.

The shop's people are shown as big buttons; a tap (or Tab/arrow keys and
Enter) opens the PIN pad with a greeting. A right PIN emits ``logged_in``
with the :class:`Operator`; a wrong one says how many tries are left, a
locked user is told when to try again, and "Back" always leads to the list.

The PIN is checked in a thread of its own (its salted hash is slow on
purpose, and the services may still be loading at the first login): the PIN
pad says it is checking, takes nothing more meanwhile, and the answer comes
back to the GUI thread.

A demo shop (and only a demo: :mod:`bruktpos.services.demo` stores its people
and PINs in the ``demo_pins`` setting) shows who is who and their PINs in a
calm box under the names and the PIN pad, so a newcomer can log in at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bruktpos.domain.errors import BruktError, UnknownUser, UserInactive
from bruktpos.domain.people import Operator, UserInfo
from bruktpos.ui.messages import describe, describe_role
from bruktpos.ui.widgets.person_pin import PersonPin
from bruktpos.ui.widgets.text import message_line, say


class People(Protocol):
    """Who may log in, as the login screen asks: the user service, or the window's LoginPeople."""

    clock: Callable[[], datetime]

    def list_users(self) -> list[UserInfo]: ...

    def login(self, user_id: int, pin: str) -> Operator: ...


class LoginScreen(QWidget):
    """The till's front door: choose your name, then type your PIN."""

    logged_in = Signal(object)  # Operator

    def __init__(self, users: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_screen")
        self._users = users
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.title = QLabel(self.tr("Who is at the till?"), self)
        self.title.setObjectName("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.people = PersonPin(self.tr("Tap your name."), self, clock=users.clock)
        self.people.pin_entered.connect(self._log_in)
        self.people.stack.currentChanged.connect(self._update_title)
        layout.addWidget(self.people, 1)
        self.demo_pins = message_line(self)
        self.demo_pins.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.demo_pins)
        # Shortcuts for screens and tests that reach in.
        self.pin_pad = self.people.pin_pad
        self.grid = self.people.grid
        self.back_button = self.people.back_button
        self.reset()

    def reset(self) -> None:
        """Back to the list of names, freshly read from the shop's database."""
        self._reload()

    def show_demo_pins(self, people: Sequence[tuple[str, str, str]]) -> None:
        """A demo shop's people, roles and PINs in the box under the names; none (a real shop) hides it."""
        # No-break spaces inside each person, so a line breaks only between people.
        entries = [
            f"{name} ({describe_role(role).lower()}) {pin}".replace(" ", "\u00a0")
            for name, role, pin in people
        ]
        text = self.tr("This is a demo shop. Log in as one of these people:\n%1").replace(
            "%1", " · ".join(entries)
        )
        say(self.demo_pins, text if entries else "")

    def select_user(self, user_id: int) -> None:
        """Go straight to the PIN for this person (a quick switch of cashier)."""
        if all(u.id != user_id for u in self.people.people()):
            self._reload()
        self.people.select_user(user_id)

    def show_list(self) -> None:
        """From the PIN back to the names."""
        self.people.show_list()

    def _reload(self) -> None:
        people = self._users.list_users()
        self.people.set_people(people)
        if not people:
            self.people.show_list_message(
                self.tr("No one can log in yet. Ask the administrator to add the shop’s people.")
            )

    def _update_title(self) -> None:
        # The greeting on the PIN page says who; the question is for the list.
        self.title.setVisible(not self.people.on_pin_page())

    def checking(self) -> bool:
        """A PIN is being checked (its answer has not come yet)."""
        return self.people.pin_pad.checking()

    def _log_in(self, user_id: int, pin: str) -> None:
        self.people.check(lambda: self._users.login(user_id, pin), self._answered)

    def _answered(self, outcome: object) -> None:
        if isinstance(outcome, (UnknownUser, UserInactive)):
            # The person was switched off meanwhile: read the list again.
            self._reload()
            self.people.show_list_message(describe(outcome))
            return
        if isinstance(outcome, BruktError):
            self.people.show_pin_error(describe(outcome))
            return
        if isinstance(outcome, BaseException):
            raise outcome
        assert isinstance(outcome, Operator)
        self.logged_in.emit(outcome)
        # Ready for the next person; the names are read fresh when the login shows again (reset()).
        self.people.show_list()
