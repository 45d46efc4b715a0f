"""Who is at the till: the auto-lock's watcher, and the login screen's view of the shop's people."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bruktpos.domain.people import Operator, UserInfo
from bruktpos.domain.pin_hash import check_pin_ahead
from bruktpos.domain.roles import Action
from bruktpos.services.clock import local_now

if TYPE_CHECKING:
    from bruktpos.services.users import UserService
    from bruktpos.ui.till_window import TillWindow


@runtime_checkable
class ClosesForLock(Protocol):
    """A dialog with its own safe way to close as the till locks (the payment dialog)."""

    def close_for_lock(self) -> None: ...


def close_dialogs_for_lock(limit: int = 20) -> None:
    """Close every menu and dialog open above the till, top first, as the till locks.

    Each dialog closes as its Cancel would (its caller then does nothing);
    one with :meth:`ClosesForLock.close_for_lock` closes its own way. One that
    cannot close yet (a sale being saved) closes itself when the answer comes.
    """
    for _ in range(limit):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for _ in range(limit):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, ClosesForLock):
            dialog.close_for_lock()
            if QApplication.activeModalWidget() is dialog:
                return  # waiting for its save's answer; nothing is open above it
            continue
        if isinstance(dialog, QDialog):
            dialog.reject()
            if dialog.isVisible():  # a dialog that refuses Cancel still closes: as Cancel, for its caller
                dialog.done(QDialog.DialogCode.Rejected)
        else:
            dialog.close()


_TOUCHES = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin))


class IdleWatcher(QObject):
    """Restarts the auto-lock timer on every touch, click or key."""

    def __init__(self, timer: QTimer, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = timer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only while someone is logged in (the timer runs): on the login screen
        # there is nothing to lock, and a restarted timer would lock at once.
        # The event's kind first: this filter sees every event of the application (a screen
        # being built sends thousands), and most are none of these.
        if event.type() in _TOUCHES and self._timer.isActive():
            self._timer.start()
        return False


class LoginPeople:
    """The login screen's view of the shop's people.

    Until the services are loaded it lists the people from the quick look;
    the first PIN waits for the real service in the login's own thread (see
    :class:`~bruktpos.ui.login.LoginScreen`), anything else on the GUI thread.
    """

    def __init__(
        self, window: TillWindow, people: list[UserInfo], pin_hashes: Mapping[int, str] | None = None
    ) -> None:
        self._window = window
        self._people = people
        self._pin_hashes = dict(pin_hashes or {})  # the quick look's, for the first PIN only
        self.clock = local_now

    @property
    def _service(self) -> UserService:
        context = self._window.ensure_attached()
        if context is None:  # the login screen says why (the start shows the file's problem)
            assert self._window.load_error is not None
            raise self._window.load_error
        return context.users

    def list_users(self) -> list[UserInfo]:
        return self._service.list_users() if self._window.attached else list(self._people)

    def login(self, user_id: int, pin: str) -> Operator:
        """From the login's PIN check, off the GUI thread: waits for the services, never for the screens.

        The first PIN's scrypt runs at once, against the hash the quick look read, beside the
        loading services; their own check of it then takes that answer (domain.pin_hash).
        """
        stored = self._pin_hashes.get(user_id)
        self._pin_hashes.clear()
        if stored:
            check_pin_ahead(pin, stored)
        return self._window.loaded().users.login(user_id, pin)

    def authorize(self, user_id: int, pin: str, action: Action) -> Operator:
        return self._service.authorize(user_id, pin, action)

    def approvers(self, action: Action, *, asker: Operator | None = None) -> list[UserInfo]:
        return self._service.approvers(action, asker=asker)

    def approve(self, user_id: int, pin: str, action: Action, *, asker: Operator | None) -> Operator:
        return self._service.approve(user_id, pin, action, asker=asker)
