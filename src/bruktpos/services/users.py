"""People at the till: PIN login, roles and lockout.

PINs are stored only as a salted scrypt hash (standard library, deliberately
slow). Five wrong PINs in a row lock the user for five minutes; the count
starts again after a right PIN or when the lock runs out.

The count is written with each try; when the database cannot take the write
(a full disk, a held lock), the wrong PIN still counts: this process keeps
each person's count and lock in memory as a floor under what the file says
(:class:`_Floor`), so guessing cannot go on unlimited while writes fail.
A right PIN whose login cannot be journalled is refused with the reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bruktpos.domain.errors import (
    ApprovalRefused,
    BruktError,
    NameTaken,
    PinNotSet,
    RecoveryRefused,
    StoreUnavailable,
    UnknownUser,
    UserInactive,
    UserLocked,
    WrongPin,
)

# PIN_LENGTHS and Operator are re-exported: the ui reads them from here.
from bruktpos.domain.people import PIN_LENGTHS as PIN_LENGTHS
from bruktpos.domain.people import Operator as Operator
from bruktpos.domain.people import UserInfo, clean_name, pin_seal, same_name

# hash_pin and check_pin are re-exported: the commands and the shop's setup make PINs from here.
from bruktpos.domain.pin_hash import check_pin as check_pin
from bruktpos.domain.pin_hash import hash_pin as hash_pin
from bruktpos.domain.roles import Action, Role, may, require, require_over
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.settings import stored_setting
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import User

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
LOCK_TIME = timedelta(minutes=5)
NO_PIN = ""  # the stored hash of a person who has not been given a PIN yet


@dataclass
class _Tries:
    failed: int = 0
    locked_until: datetime | None = None


class _Floor:
    """Wrong PINs counted in memory, per database file and person, for when writes fail.

    Process-wide (every :class:`UserService` on the same file shares it):
    the count that decides is the larger of this and the file's.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tries: dict[tuple[str, int], _Tries] = {}

    def get(self, db: Database, user_id: int) -> _Tries:
        with self._lock:
            tries = self._tries.get((str(db.path), user_id), _Tries())
            return _Tries(tries.failed, tries.locked_until)

    def set(self, db: Database, user_id: int, failed: int, locked_until: datetime | None) -> None:
        with self._lock:
            if failed == 0 and locked_until is None:
                self._tries.pop((str(db.path), user_id), None)
            else:
                self._tries[(str(db.path), user_id)] = _Tries(failed, locked_until)


_FLOOR = _Floor()


def _lift_lock(user: User) -> None:
    """The count of wrong PINs back to nothing (a new PIN, or a leader's unlock)."""
    user.failed_attempts = 0
    user.locked_until = None


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def _info(user: User, floor: _Tries | None = None) -> UserInfo:
    locked = _later(user.locked_until, floor.locked_until if floor else None)
    return UserInfo(user.id, user.name, Role(user.role), user.active, locked, has_pin=bool(user.pin_hash))


class UserService:
    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock

    def list_users(self, *, include_inactive: bool = False) -> list[UserInfo]:
        """The shop's people, by name (for the login screen)."""
        with self.db.read() as session:
            query = select(User).order_by(User.name)
            if not include_inactive:
                query = query.where(User.active.is_(True))
            return [_info(u, _FLOOR.get(self.db, u.id)) for u in session.scalars(query)]

    def create_user(self, name: str, role: Role, pin: str | None, *, by: Operator | None) -> UserInfo:
        """Add a person. ``by`` is the leader or admin doing it (None only at first setup).

        A leader may add cashiers and leaders; only an admin may add an admin.
        ``pin`` None: no PIN yet (a person from a set-up file); they cannot log
        in (:class:`PinNotSet`) until given one with :meth:`set_pin`.
        """
        if by is not None:
            require_over(by.role, role)
        pin_hash = NO_PIN if pin is None else hash_pin(pin)
        with self.db.write() as session:
            if by is not None:
                require_over(self.actor_role(session, by), role)
            return self.add_user(session, name, role, pin_hash, by)

    def add_user(
        self, session: Session, name: str, role: Role, pin_hash: str, by: Operator | None
    ) -> UserInfo:
        """Insert a user inside the caller's transaction (PIN already hashed).

        The name is cleaned (:func:`clean_name`) and must differ, ignoring case,
        from everyone's already listed, switched off or not (:class:`NameTaken`).
        """
        name = clean_name(name)
        self.require_free_name(session, name)
        now = self.clock()
        user = User(name=name, role=Role(role).value, pin_hash=pin_hash, created_at=now)
        session.add(user)
        session.flush()
        self.journal_change(
            session,
            by.id if by else user.id,
            "created",
            user.id,
            details={"name": name, "role": user.role, "pin": pin_seal(pin_hash)},
            at=now,
        )
        return _info(user)

    def set_pin(self, user_id: int, pin: str, *, by: Operator) -> None:
        """A new PIN (by the user themself, or by a leader or admin over them); also lifts a lock."""
        if by.id != user_id:
            require(by.role, Action.MANAGE_PEOPLE)
        pin_hash = hash_pin(pin)
        with self.db.write() as session:
            user = self._get(session, user_id)
            if by.id != user_id:
                require_over(self.actor_role(session, by), user.role)  # only an admin sets an admin's PIN
            user.pin_hash = pin_hash
            _lift_lock(user)
            self.journal_change(session, by.id, "pin_changed", user_id, details={"pin": pin_seal(pin_hash)})
        _FLOOR.set(self.db, user_id, 0, None)  # only once the file has it

    def unlock(self, user_id: int, *, by: Operator) -> bool:
        """Lift a lockout (and the count of wrong PINs) before it runs out; journalled.

        Returns False, journalling nothing, when there was nothing to lift.
        """
        require(by.role, Action.MANAGE_PEOPLE)
        with self.db.write() as session:
            user = self._get(session, user_id)
            require_over(self.actor_role(session, by), user.role)
            # The wrong PINs this till kept in memory count too (a write that failed).
            failed, locked_until = self._tries(user, self.clock())
            if locked_until is None and not failed:
                return False
            _lift_lock(user)
            self.journal_change(session, by.id, "unlocked", user_id)
        _FLOOR.set(self.db, user_id, 0, None)  # only once the file has it
        return True

    def recover_pin(self, user_id: int, pin: str, *, os_user: str) -> None:
        """An administrator's forgotten PIN replaced from the command line, by no one who logs in.

        The last way back when no administrator can log in any more: it needs
        the shop's database file itself, is only for an administrator
        (:class:`RecoveryRefused` otherwise; a leader resets everyone else's),
        and is journalled with no user and the operating system's user name.
        """
        pin_hash = hash_pin(pin)
        with self.db.write() as session:
            user = self._get(session, user_id)
            if user.role != Role.ADMIN.value:
                raise RecoveryRefused(user_id, user.name, user.role)
            user.pin_hash = pin_hash
            _lift_lock(user)
            self.journal_change(
                session,
                None,
                "pin_changed",
                user_id,
                details={"by": "command line", "os_user": os_user, "pin": pin_seal(pin_hash)},
            )
        _FLOOR.set(self.db, user_id, 0, None)

    def journal_change(
        self,
        session: Session,
        by_id: int | None,
        action: str,
        user_id: int,
        *,
        details: Mapping[str, object] | None = None,
        at: datetime | None = None,
    ) -> None:
        """One ``user_changed`` entry: who (``by_id``; None from the command line) did what to whom.

        ``details`` are added to the action and the person. Never a PIN: the details name the
        action and the person only (a PIN set gives its hash's seal, :func:`pin_seal`).
        """
        journal.append(
            session,
            Event.USER_CHANGED,
            at=at or self.clock(),
            user_id=by_id,
            register_id=self.register_id,
            details={"action": action, "user": user_id, **(details or {})},
        )

    def actor_role(self, session: Session, by: Operator) -> Role:
        """The role of the person making a change as stored now, not as when they logged in.

        Someone switched off, or given a lesser role, since they logged in may
        no longer do what the old role allowed (:class:`UserInactive`,
        :class:`PermissionDenied`).
        """
        user = self._get(session, by.id)
        if not user.active:
            raise UserInactive(by.id)
        return Role(user.role)

    def require_free_name(self, session: Session, name: str, *, other_than: int | None = None) -> None:
        """Raise :class:`NameTaken` if someone else is already listed by this name (ignoring case)."""
        for user in session.scalars(select(User)):
            if user.id != other_than and same_name(user.name, name):
                raise NameTaken(user.name, user.id, user.active)

    def login(self, user_id: int, pin: str) -> Operator:
        """Log in at the till; journalled. Raises WrongPin or UserLocked."""
        return self._check(user_id, pin, Event.LOGIN)

    def authorize(self, user_id: int, pin: str, action: Action) -> Operator:
        """A leader's PIN on the spot for one leader-only action.

        Wrong PINs count towards the same lockout as at login. Raises
        PermissionDenied if the person who typed their PIN lacks the role.
        """
        operator = self._check(user_id, pin, None)
        require(operator.role, action)
        return operator

    def second_person_approves(self) -> bool:
        """True when the shop wants every approval from someone other than the one asking."""
        with self.db.read() as session:
            return second_person_approves(session)

    def approvers(self, action: Action, *, asker: Operator | None = None) -> list[UserInfo]:
        """Who may approve ``action`` asked for by ``asker``: by name, active people only.

        Those whose role allows it; not ``asker`` when the shop wants a second
        person (setting ``second_person_approves``).
        """
        with self.db.read() as session:
            without = asker.id if asker is not None and second_person_approves(session) else None
            query = select(User).where(User.active.is_(True)).order_by(User.name)
            return [
                _info(u, _FLOOR.get(self.db, u.id))
                for u in session.scalars(query)
                if may(u.role, action) and u.id != without
            ]

    def approve(self, user_id: int, pin: str, action: Action, *, asker: Operator | None) -> Operator:
        """A PIN on the spot approving ``action`` that ``asker`` asked for; the approver.

        The PIN is checked first (wrong ones count towards the lockout, as at
        login); then :class:`ApprovalRefused`, at once and naming who may
        approve, when the person's role does not allow ``action`` or when they
        are the one asking and the shop wants a second person.
        """
        operator = self._check(user_id, pin, None)
        own = asker is not None and operator.id == asker.id and self.second_person_approves()
        if own or not may(operator.role, action):
            names = tuple(u.name for u in self.approvers(action, asker=asker))
            log.info("approval of %s by %s refused (own: %s)", action.value, operator.name, own)
            raise ApprovalRefused(action.value, Role(operator.role).value, operator.name, own, names)
        return operator

    def check_approver(
        self, session: Session, approver: Operator, action: Action, *, asker: Operator
    ) -> None:
        """Inside the caller's transaction: may ``approver`` (as stored now) approve what ``asker`` asks?

        Raises :class:`ApprovalRefused` as :meth:`approve` does.
        """
        role = self.actor_role(session, approver)
        own = approver.id == asker.id and second_person_approves(session)
        if own or not may(role, action):
            names = tuple(
                u.name
                for u in session.scalars(select(User).where(User.active.is_(True)).order_by(User.name))
                if may(u.role, action) and not (u.id == asker.id and second_person_approves(session))
            )
            raise ApprovalRefused(action.value, role.value, approver.name, own, names)

    def logout(self, operator: Operator) -> None:
        with self.db.write() as session:
            journal.append(
                session, Event.LOGOUT, at=self.clock(), user_id=operator.id, register_id=self.register_id
            )

    def _get(self, session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise UnknownUser(user_id)
        return user

    def _check(self, user_id: int, pin: str, event: Event | None) -> Operator:
        judged: list[Operator | BruktError] = []
        try:
            with self.db.write() as session:
                judged.append(self._try_pin(session, user_id, pin, event))
        except StoreUnavailable as unsaved:
            log.warning("PIN try for user %s not saved: %s", user_id, unsaved.problem)
            if not judged:
                # Refused before the PIN was even looked at (the lock was held):
                # judge it from a read, counting in memory only.
                judged.append(self._try_pin_unsaved(user_id, pin))
            if isinstance(judged[0], Operator):
                raise  # a right PIN, but the login cannot be journalled
        outcome = judged[0]
        if isinstance(outcome, Operator):
            return outcome
        # Raised after the commit, so the attempt stays counted and journalled
        # (or, when the write failed, counted in memory).
        raise outcome

    def _try_pin_unsaved(self, user_id: int, pin: str) -> Operator | BruktError:
        """Judge a PIN when its try cannot be written: from a read, counted in memory."""
        with self.db.read() as session:
            user = self._get(session, user_id)
            if not user.active:
                return UserInactive(user_id)
            now = self.clock()
            failed, locked_until = self._tries(user, now)
            if locked_until is not None:
                return UserLocked(user_id, locked_until)
            if user.pin_hash == NO_PIN:
                return PinNotSet(user_id, user.name)
            if check_pin(pin, user.pin_hash):
                return Operator(user.id, user.name, Role(user.role))
            return self._count_wrong(user_id, failed + 1, now)

    def _tries(self, user: User, now: datetime) -> tuple[int, datetime | None]:
        """The wrong PINs in a row and the lock, the larger of the file's and memory's.

        A lock that has run out starts the count again.
        """
        floor = _FLOOR.get(self.db, user.id)
        locked_until = _later(user.locked_until, floor.locked_until)
        failed = max(user.failed_attempts, floor.failed)
        if locked_until is not None and locked_until <= now:
            locked_until, failed = None, 0
            _FLOOR.set(self.db, user.id, 0, None)
        return failed, locked_until

    def _count_wrong(self, user_id: int, failed: int, now: datetime) -> BruktError:
        """Remember a wrong PIN in memory (whether or not the file takes it too)."""
        if failed >= MAX_ATTEMPTS:
            locked_until = now + LOCK_TIME
            _FLOOR.set(self.db, user_id, failed, locked_until)
            return UserLocked(user_id, locked_until)
        _FLOOR.set(self.db, user_id, failed, None)
        return WrongPin(user_id, MAX_ATTEMPTS - failed)

    def _try_pin(
        self, session: Session, user_id: int, pin: str, event: Event | None
    ) -> Operator | BruktError:
        """Check a PIN; returns the Operator, or the refusal to raise once committed."""
        user = self._get(session, user_id)
        if not user.active:
            return UserInactive(user_id)
        now = self.clock()
        failed, locked_until = self._tries(user, now)
        if locked_until is not None:
            # Tries while locked are journalled too: an audit wants to see them.
            journal.append(
                session,
                Event.LOGIN_FAILED,
                at=now,
                user_id=user.id,
                register_id=self.register_id,
                details={"while_locked": True},
            )
            if user.locked_until != locked_until:
                user.locked_until, user.failed_attempts = locked_until, failed  # memory's lock, now on file
            return UserLocked(user_id, locked_until)
        if user.locked_until is not None:
            user.locked_until = None
        if user.pin_hash == NO_PIN:  # not a wrong PIN: there is none to get right
            return PinNotSet(user_id, user.name)
        if check_pin(pin, user.pin_hash):
            user.failed_attempts = 0
            _FLOOR.set(self.db, user_id, 0, None)
            if event is not None:
                journal.append(session, event, at=now, user_id=user.id, register_id=self.register_id)
            return Operator(user.id, user.name, Role(user.role))
        refusal = self._count_wrong(user_id, failed + 1, now)  # counted before the write can fail
        user.failed_attempts = failed + 1
        journal.append(
            session,
            Event.LOGIN_FAILED,
            at=now,
            user_id=user.id,
            register_id=self.register_id,
            details={"attempt": user.failed_attempts},
        )
        if isinstance(refusal, UserLocked):
            user.locked_until = refusal.locked_until
            journal.append(
                session,
                Event.USER_LOCKED,
                at=now,
                user_id=user.id,
                register_id=self.register_id,
                details={"until": journal.iso(user.locked_until)},
            )
        return refusal


def second_person_approves(session: Session) -> bool:
    """The setting ``second_person_approves``, read inside the caller's transaction."""
    return bool(stored_setting(session, "second_person_approves"))
