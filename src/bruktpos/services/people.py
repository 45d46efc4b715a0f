"""The shop's people as a leader looks after them: the "Folk" screen and ``bruktpos users``.

A person is a display name, a role and a PIN; nothing else about them is
asked or kept. Nobody is ever deleted, since sales and the journal name their
operator: a person who stops is switched off (deactivated) and may be
switched on again.

The rules, for the screen and the command line alike:

- a cashier may do none of it (:attr:`Action.MANAGE_PEOPLE`);
- a leader looks after cashiers and leaders; only an administrator may make
  someone an administrator or change one (:func:`require_over`);
- the last active administrator cannot be switched off or given a lesser
  role (:class:`LastAdmin`), so the shop can always reach its settings;
- names differ, ignoring case, from everyone listed (:class:`NameTaken`);
- every change is journalled (``user_changed``, SAF-T 13999 "other") with who
  did it; a PIN never is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bruktpos.domain.errors import LastAdmin, UnknownUser
from bruktpos.domain.people import Operator, UserInfo, clean_name
from bruktpos.domain.roles import Action, Role, require, require_over
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.users import UserService
from bruktpos.store.db import Database
from bruktpos.store.models import User


@dataclass(frozen=True)
class Person:
    """One row of the "Folk" list."""

    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None
    locked: bool  # locked out now (five wrong PINs, and the pause has not run out)
    has_pin: bool = True  # False: added from a set-up file, needs "Ny PIN" before they can log in


class PeopleService:
    """Add people, change roles and PINs, unlock, switch off and on: each one transaction."""

    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock
        self.users = UserService(db, register_id=register_id, clock=clock)

    def list_people(self) -> list[Person]:
        """Everyone, switched off or not: the active first, each part by name."""
        now = self.clock()
        people = [self._person(u, now) for u in self.users.list_users(include_inactive=True)]
        return sorted(people, key=lambda p: (not p.active, p.name.casefold()))

    def find(self, name: str) -> Person | None:
        """The person of this name (ignoring case and extra spaces), if listed."""
        wanted = " ".join(name.split()).casefold()
        return next((p for p in self.list_people() if p.name.casefold() == wanted), None)

    def check_new_name(self, name: str) -> str:
        """The name as it would be stored; InvalidName or NameTaken now, before the PIN is typed."""
        cleaned = clean_name(name)
        with self.db.read() as session:
            self.users.require_free_name(session, cleaned)
        return cleaned

    def add_person(self, name: str, role: Role, pin: str, *, by: Operator) -> Person:
        """A new person who can log in with ``pin`` at once."""
        info = self.users.create_user(name, Role(role), pin, by=by)
        return self._person(info, self.clock())

    def add_person_without_pin(self, name: str, role: Role, *, by: Operator) -> Person:
        """A new person (from a set-up file) who logs in once a shop leader has given them a PIN."""
        info = self.users.create_user(name, Role(role), None, by=by)
        return self._person(info, self.clock())

    def set_pin(self, user_id: int, pin: str, *, by: Operator) -> None:
        """A new PIN, typed by the person themself; it also lifts a lockout."""
        self.users.set_pin(user_id, pin, by=by)

    def recover_admin_pin(self, user_id: int, pin: str, *, os_user: str) -> None:
        """From the command line, with no one logged in: an administrator's forgotten PIN replaced."""
        self.users.recover_pin(user_id, pin, os_user=os_user)

    def unlock(self, user_id: int, *, by: Operator) -> bool:
        """Lift a lockout now; False if the person was not locked out."""
        return self.users.unlock(user_id, by=by)

    def set_role(self, user_id: int, role: Role, *, by: Operator) -> Person:
        """Give a person another role; the same role again changes nothing."""
        role = Role(role)
        require(by.role, Action.MANAGE_PEOPLE)
        with self.db.write() as session:
            user = self._get(session, user_id)
            before = Role(user.role)
            actor = self.users.actor_role(session, by)
            require_over(actor, before)
            require_over(actor, role)
            if role is before:
                return self._person(user, self.clock())
            if before is Role.ADMIN and user.active:
                self._keep_an_admin(session, user, "demote")
            user.role = role.value
            self._journal(session, by, "role_changed", user_id, {"from": before.value, "to": role.value})
            return self._person(user, self.clock())

    def deactivate(self, user_id: int, *, by: Operator) -> Person:
        """Switch a person off: they can no longer log in or approve; their sales keep their name."""
        return self._set_active(user_id, False, by=by)

    def reactivate(self, user_id: int, *, by: Operator) -> Person:
        """Switch a person on again, with their old role and PIN."""
        return self._set_active(user_id, True, by=by)

    # --- inside ---------------------------------------------------------------

    def _set_active(self, user_id: int, active: bool, *, by: Operator) -> Person:
        require(by.role, Action.MANAGE_PEOPLE)
        with self.db.write() as session:
            user = self._get(session, user_id)
            require_over(self.users.actor_role(session, by), user.role)
            if user.active == active:
                return self._person(user, self.clock())
            if not active and user.role == Role.ADMIN.value:
                self._keep_an_admin(session, user, "deactivate")
            user.active = active
            self._journal(session, by, "reactivated" if active else "deactivated", user_id, {})
            return self._person(user, self.clock())

    def _keep_an_admin(self, session: Session, user: User, change: str) -> None:
        """Refuse a change that would leave the shop without an active administrator."""
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
        )
        if not others:
            raise LastAdmin(user.id, user.name, change)

    def _journal(
        self, session: Session, by: Operator, action: str, user_id: int, extra: dict[str, object]
    ) -> None:
        self.users.journal_change(session, by.id, action, user_id, details=extra)

    def _get(self, session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise UnknownUser(user_id)
        return user

    @staticmethod
    def _person(user: User | UserInfo, now: datetime) -> Person:
        locked_until = user.locked_until
        return Person(
            id=user.id,
            name=user.name,
            role=Role(user.role),
            active=bool(user.active),
            locked_until=locked_until,
            locked=locked_until is not None and locked_until > now,
            has_pin=bool(user.pin_hash) if isinstance(user, User) else user.has_pin,
        )
