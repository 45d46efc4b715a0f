"""A shop leader's PIN on the spot, for one step a cashier may not take alone.

The dialog says in one sentence why a leader is needed, lists only the people
who may approve it (:meth:`UserService.approvers`: not the person asking,
where the shop wants a second person), and asks the chosen one for their PIN.
The service checks the PIN, the role and who asked (:meth:`UserService.approve`);
a person who may not approve is told at once who can. This only asks and tells.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import ApprovalRefused, BruktError, UnknownUser, UserInactive
from bruktpos.domain.people import Operator, UserInfo
from bruktpos.domain.roles import Action, Role, may
from bruktpos.ui.messages import describe, describe_permission, fill
from bruktpos.ui.widgets.person_pin import PersonPin

if TYPE_CHECKING:
    from bruktpos.services.users import UserService


class PersonPinDialog(QDialog):
    """A modal dialog where one person taps their name and types a PIN that must allow ``action``.

    Subclasses lay it out with :meth:`_build` and list who may answer in :meth:`_reload`.
    After ``exec()`` returns Accepted, :attr:`operator` is the person whose PIN
    it was; it stays None when cancelled.
    """

    people: PersonPin

    def __init__(
        self,
        users: UserService,
        action: Action,
        parent: QWidget | None = None,
        *,
        asker: Operator | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self._users = users
        self._action = Action(action)
        self._asker = asker  # the person at the till who asks (None: nobody in particular)
        self.operator: Operator | None = None

    def _build(self, explanation: str, hint: str, cancel: str) -> None:
        """Lay it out: ``explanation`` on top, the names and PIN pad, ``cancel``; then list the people.

        The texts come from the subclass's own tr, so each dialog keeps its translation context.
        """
        layout = QVBoxLayout(self)
        layout.setSpacing(10)  # all of it fits 700 px with a title bar (the PIN pad is the tallest page)
        self.explanation = QLabel(explanation, self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.explanation)
        self.people = PersonPin(hint, self, clock=self._users.clock)
        self.people.pin_entered.connect(self._approve)
        layout.addWidget(self.people, 1)
        self.pin_pad = self.people.pin_pad
        self.cancel_button = add_cancel_row(self, layout, cancel)
        self.setMinimumWidth(760)
        self._reload()

    def _eligible(self, user: UserInfo) -> bool:
        """Who is listed of those the service says may approve (a subclass may narrow it)."""
        return may(user.role, self._action)

    def _reload(self) -> list[UserInfo]:
        """List the people who may answer; returns them."""
        people = [u for u in self._users.approvers(self._action, asker=self._asker) if self._eligible(u)]
        self.people.set_people(people)
        return people

    def select_user(self, user_id: int) -> None:
        """Ask for this person's PIN (as a tap on their name would)."""
        self.people.select_user(user_id)

    def _approve(self, user_id: int, pin: str) -> None:
        """Check the PIN in a thread of its own (its salted hash is slow on purpose), as the login does.

        The PIN pad says it is checking and takes nothing more meanwhile; the
        answer comes back to the GUI thread (:meth:`_answered`), so the till
        paints and reads its scanner while the hash is worked out.
        """
        refusal = self._refuse_before_pin()
        if refusal:
            self.people.show_pin_error(refusal)
            return
        check = partial(self._users.approve, user_id, pin, self._action, asker=self._asker)
        self.people.check(check, self._answered)

    def _answered(self, outcome: object) -> None:
        if not self.isVisible():
            return  # cancelled (or closed for the lock) while the PIN was checked: nothing is approved
        if isinstance(outcome, (ApprovalRefused, UnknownUser, UserInactive)):
            # Said at once, on the list of those who can (it may have changed meanwhile).
            self._reload()
            self.people.show_list_message(describe(outcome))
            return
        if isinstance(outcome, BruktError):
            self.people.show_pin_error(describe(outcome))
            return
        if isinstance(outcome, BaseException):
            raise outcome  # a bug: the till's handler for uncaught errors logs it and says so calmly
        assert isinstance(outcome, Operator)
        self.operator = outcome
        self.accept()

    def _refuse_before_pin(self) -> str:
        """A sentence when the dialog itself is not filled in yet (a subclass's reason); "" when it is."""
        return ""


def add_cancel_row(dialog: QDialog, layout: QBoxLayout, text: str) -> QPushButton:
    """A Cancel button at the bottom right of ``layout`` that rejects ``dialog``.

    ``text`` is the caller's own ``self.tr("Cancel")``, so each dialog keeps its translation context.
    """
    row = QHBoxLayout()
    row.addStretch(1)
    button = QPushButton(text, dialog)
    button.setObjectName("cancel")
    button.setAutoDefault(False)
    button.clicked.connect(dialog.reject)
    row.addWidget(button)
    layout.addLayout(row)
    return button


class LeaderPinDialog(PersonPinDialog):
    """Ask a shop leader (or administrator) to approve ``action``.

    After ``exec()`` returns Accepted, :attr:`operator` is the person who
    approved; it stays None when cancelled.
    """

    def __init__(
        self,
        users: UserService,
        action: Action,
        reason: str,
        parent: QWidget | None = None,
        *,
        asker: Operator | None = None,
    ) -> None:
        super().__init__(users, action, parent, asker=asker)
        self.setObjectName("leader_pin")
        needs_admin = not may(Role.LEADER, self._action)
        self.setWindowTitle(
            self.tr("An administrator’s approval") if needs_admin else self.tr("A shop leader’s approval")
        )
        # Callers give the reason as a phrase ("Removing an item after payment");
        # without one, the action's own name stands in. A phrase written as a
        # sentence loses its full stop, or the explanation reads "… kr 30. må godkjennes".
        what = reason.strip().rstrip(".").rstrip() or _capitalised(describe_permission(self._action))
        explanation = fill(
            self.tr("%1 needs an administrator’s approval.")
            if needs_admin
            else self.tr("%1 needs a shop leader’s approval."),
            what,
        )
        hint = (
            self.tr("Administrator: tap your name, then type your PIN.")
            if needs_admin
            else self.tr("Shop leader: tap your name, then type your PIN.")
        )
        self._build(explanation, hint, self.tr("Cancel"))
        self.explanation.setMinimumHeight(64)  # two wrapped lines (see PinPad.message)

    def _reload(self) -> list[UserInfo]:
        approvers = super()._reload()
        if not approvers:
            self.people.show_list_message(
                self.tr("No one here may approve this yet. Tap Cancel and ask the administrator for help.")
            )
        return approvers

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape on the PIN goes back to the names first; on the names it cancels.
        if event.key() == Qt.Key.Key_Escape and self.people.on_pin_page():
            self.people.show_list()
            return
        super().keyPressEvent(event)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def ask_for_leader(
    parent: QWidget | None,
    users: UserService,
    action: Action,
    reason: str,
    *,
    asker: Operator | None = None,
) -> Operator | None:
    """Ask a leader to approve ``action`` that ``asker`` asks for (``reason``); None when cancelled."""
    dialog = LeaderPinDialog(users, action, reason, parent, asker=asker)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.operator
        return None
    finally:
        dialog.deleteLater()
