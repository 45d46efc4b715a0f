"""Who is doing it at the command line: the person's own name and PIN, and the refusals in plain English.

Every writing subcommand (``users``, ``setup import``, ``report x``, ``saft``)
asks the same way the till does: a name as listed in the shop, then the PIN,
checked by :meth:`UserService.authorize` for the one action the command does.
The command line loads no Qt translations, so the sentences here are English.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from bruktpos.commands.checks import CommandFailed
from bruktpos.domain import errors as e
from bruktpos.domain.people import PIN_LENGTHS

if TYPE_CHECKING:
    from bruktpos.domain.people import Operator
    from bruktpos.domain.roles import Action
    from bruktpos.services.people import PeopleService

# What a person's name and PIN can be refused with.
PERSON_REFUSALS = (e.WrongPin, e.UserLocked, e.UserInactive, e.InvalidPin, e.PermissionDenied, e.UnknownUser)


def add_actor_option(parser: argparse.ArgumentParser) -> None:
    """``--as NAME``: who runs the command (asked for if left out); their PIN is always asked for."""
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help="your own name, as listed in the shop (asked for if left out); your PIN is asked for",
    )


def log_in(
    people: PeopleService, name: str | None, action: Action, *, asking: str = "as listed in the shop"
) -> Operator:
    """The person named (asked on stderr when ``name`` is empty), by their PIN, allowed ``action``.

    A name nobody has is a :class:`CommandFailed` (exit 2); a refused PIN or
    role is the service's error (see :data:`PERSON_REFUSALS`). ``EOFError``
    when stdin ends before a name is given.
    """
    if not name:
        print(f"Your name ({asking}): ", end="", file=sys.stderr, flush=True)
        name = sys.stdin.readline()
        if not name:
            raise EOFError
        name = name.strip()
    person = people.find(name)
    if person is None:
        raise CommandFailed(f"no one called {name!r} may log in here (see: bruktpos users list)")
    pin = getpass.getpass(f"PIN for {person.name}: ")
    return people.users.authorize(person.id, pin, action)


def pin_refusal(error: e.BruktError, nothing_done: str, cannot: str) -> str | None:
    """One line for a refused PIN or a switched-off person, ending in ``nothing_done``; None for others.

    ``cannot`` finishes "that person is switched off and cannot …".
    """
    if isinstance(error, e.WrongPin):
        return f"wrong PIN ({error.attempts_left} tries left before a lockout); {nothing_done}"
    if isinstance(error, e.UserLocked):
        return f"locked out after too many wrong PINs, until {error.locked_until:%H.%M}; {nothing_done}"
    if isinstance(error, e.UserInactive):
        return f"that person is switched off and cannot {cannot}"
    if isinstance(error, e.InvalidPin):
        return f"a PIN is {min(PIN_LENGTHS)}–{max(PIN_LENGTHS)} digits; {nothing_done}"
    return None
