"""``bruktpos users``: the shop's people from the command line, for IT helpers.

``list`` shows everyone. ``add``, ``set-role``, ``reset-pin``, ``unlock``,
``deactivate`` and ``reactivate`` change someone, under the same rules as
the "Folk" screen (:mod:`bruktpos.services.people`).

Who does it: a change is made by a named shop leader or administrator, who
types their own PIN first (``--as NAME``, or asked for). The journal then
names a real person, as it does for every change made at the till, and a
wrong PIN counts towards the same lockout as at the till, so the command line
is no way round it. A PIN is only ever read from the terminal (``getpass``,
never echoed), and a new one twice; it is never an argument, so it never
lands in the shell's history or in ``ps``.

One way round the named person, for the day no administrator can log in
(the only one has forgotten their PIN): ``reset-pin NAME --recover`` gives an
administrator a new PIN with no one's PIN asked. It needs the database file
itself, which whoever runs it could replace anyway, works only for an
administrator (a leader resets everyone else's), and is journalled with no
user and the operating system's user name.

Bad input or a refusal prints one line on stderr and exits non-zero
(2: the command or the file; 1: refused by a rule), never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.commands.who import log_in, pin_refusal
from bruktpos.domain import errors as e
from bruktpos.domain.formatting import format_datetime
from bruktpos.domain.people import PIN_LENGTHS, Operator
from bruktpos.domain.roles import Action, Role

if TYPE_CHECKING:  # the service is imported when a step runs, so `bruktpos --help` stays quick
    from bruktpos.services.people import PeopleService

log = logging.getLogger(__name__)

ROLES = tuple(role.value for role in Role)
ROLE_WORDS = {"cashier": "cashier", "leader": "shop leader", "admin": "administrator"}


class _Stop(Exception):
    """End the command with one line on stderr and this exit code."""

    def __init__(self, text: str, status: int = 1) -> None:
        super().__init__(text)
        self.status = status


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="list and change the people who may use the till")
    steps = users.add_subparsers(dest="users_command", required=True, metavar="STEP")

    def step(name: str, help_text: str, *, person: bool = True) -> argparse.ArgumentParser:
        parser = steps.add_parser(name, help=help_text)
        parser.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
        if person:
            parser.add_argument("name", help="the person's name as listed (case does not matter)")
            parser.add_argument(
                "--as",
                dest="actor",
                metavar="NAME",
                help="your own name (a shop leader or administrator); your PIN is asked for",
            )
        parser.set_defaults(handler=_run)
        return parser

    step("list", "everyone, with role and state", person=False)
    add = step("add", "add a person (their PIN is typed twice, at the prompt)")
    add.add_argument("--role", choices=ROLES, default="cashier", help="default: cashier")
    set_role = step("set-role", "give a person another role")
    set_role.add_argument("role", choices=ROLES)
    reset = step("reset-pin", "a new PIN for a person, typed twice at the prompt (also lifts a lockout)")
    reset.add_argument(
        "--recover",
        action="store_true",
        help="an administrator's forgotten PIN, when no administrator can log in (journalled; no --as)",
    )
    step("unlock", "lift a lockout after five wrong PINs")
    step("deactivate", "switch a person off: they can no longer log in (their sales keep their name)")
    step("reactivate", "switch a person on again")


def _run(args: argparse.Namespace) -> int:
    from bruktpos.commands.checks import open_shop
    from bruktpos.services.people import PeopleService

    path: Path = args.target
    db = open_shop(path)  # a missing, foreign or damaged file: one line from cli.main, exit 2
    try:
        people = PeopleService(db)
        if args.users_command == "list":
            _list(people)
            return 0
        return _change(people, args)
    except _Stop as stop:
        print(stop, file=sys.stderr)
        return stop.status
    except e.BruktError as error:
        log.info("bruktpos users %s refused: %s", args.users_command, error)
        print(_sentence(error), file=sys.stderr)
        return 1
    except EOFError:
        print("\nno answer (end of input); nothing was changed", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ncancelled; nothing was changed", file=sys.stderr)
        return 130
    finally:
        db.dispose()


def _list(people: PeopleService) -> None:
    listed = people.list_people()
    width = max([len(p.name) for p in listed] + [4])
    print(f"{'NAME':<{width}}  {'ROLE':<13}  STATE")
    for person in listed:
        if not person.active:
            state = "switched off"
        elif person.locked and person.locked_until is not None:
            state = f"locked until {format_datetime(person.locked_until, joiner=' ')}"
        elif not person.has_pin:
            state = "needs a PIN (reset-pin)"
        else:
            state = "active"
        print(f"{person.name:<{width}}  {ROLE_WORDS[person.role.value]:<13}  {state}")


def _change(people: PeopleService, args: argparse.Namespace) -> int:
    step = args.users_command
    if step == "add":
        people.check_new_name(args.name)  # before anyone types a PIN
        actor = _log_in(people, args.actor)
        pin = _new_pin(args.name.strip())
        added = people.add_person(args.name, Role(args.role), pin, by=actor)
        print(f"Added {added.name} ({ROLE_WORDS[added.role.value]}); they can log in now.")
        return 0
    target = people.find(args.name)
    if target is None:
        raise _Stop(f"no one called {args.name!r} in {args.target} (see: bruktpos users list)", 2)
    if getattr(args, "recover", False):
        if args.actor:
            raise _Stop("--recover is done by no one who logs in: leave out --as", 2)
        pin = _new_pin(target.name)
        people.recover_admin_pin(target.id, pin, os_user=_os_user())
        print(f"{target.name} has a new PIN (a recovery at the command line, written in the journal).")
        return 0
    actor = _log_in(people, args.actor)
    if step == "set-role":
        changed = people.set_role(target.id, Role(args.role), by=actor)
        print(f"{changed.name} is now {ROLE_WORDS[changed.role.value]}.")
    elif step == "reset-pin":
        pin = _new_pin(target.name)
        people.set_pin(target.id, pin, by=actor)
        print(f"{target.name} has a new PIN.")
    elif step == "unlock":
        if people.unlock(target.id, by=actor):
            print(f"{target.name} is unlocked and can log in again.")
        else:
            print(f"{target.name} was not locked out; nothing to do.")
    elif step == "deactivate":
        changed = people.deactivate(target.id, by=actor)
        print(f"{changed.name} is switched off and can no longer log in. Their sales keep their name.")
    else:
        changed = people.reactivate(target.id, by=actor)
        print(f"{changed.name} is switched on again, as {ROLE_WORDS[changed.role.value]}.")
    return 0


def _log_in(people: PeopleService, name: str | None, action: Action = Action.MANAGE_PEOPLE) -> Operator:
    """The leader or admin doing it, by their own name and PIN (allowed ``action``)."""
    return log_in(people, name, action, asking="a shop leader or administrator")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        import os

        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def _new_pin(name: str) -> str:
    low, high = min(PIN_LENGTHS), max(PIN_LENGTHS)
    first = getpass.getpass(f"New PIN for {name} ({low}–{high} digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        raise _Stop("the two PINs were not the same; nothing was changed")
    return first


def _sentence(error: e.BruktError) -> str:
    """One plain English line for a refusal (the command line never loads Qt's translations)."""
    if isinstance(error, e.PermissionDenied):
        if error.action == Action.MANAGE_USERS.value:
            return "only an administrator may make someone an administrator or change one"
        return f"a {ROLE_WORDS.get(error.role, error.role)} may not change people; a shop leader must do it"
    if isinstance(error, e.LastAdmin):
        verb = "switched off" if error.change == "deactivate" else "given another role"
        return (
            f"{error.name} is the only active administrator and cannot be {verb}; "
            "make someone else administrator first"
        )
    if isinstance(error, e.NameTaken):
        off = " (switched off: use reactivate)" if not error.active else ""
        return f"there is already someone called {error.name}{off}; add an initial or a last name"
    if isinstance(error, e.InvalidName):
        return f"a name must be 1–{error.maximum} printable characters"
    if (sentence := pin_refusal(error, "nothing was changed", "do this")) is not None:
        return sentence
    if isinstance(error, e.RecoveryRefused):
        return (
            f"{error.name} is a {ROLE_WORDS.get(error.role, error.role)}: --recover is only for an "
            "administrator; a shop leader gives them a new PIN (reset-pin --as LEADER)"
        )
    if isinstance(error, e.NotSetUp):
        return f"{error.path}: no shop in this database yet (start the till to set it up)"
    if isinstance(error, e.StoreUnavailable):
        problem = error.problem.replace("_", " ")
        return f"{error.path}: the database cannot be used ({problem}); nothing was changed"
    return f"refused: {error}"
