"""``bruktpos saft``: the SAF-T Cash Register file for the tax office, for a period.

    bruktpos saft --db PATH --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.xml|FOLDER [--as NAME]

One file for the shop with every register, written by the same service as
the leaders' menu at the till (:class:`bruktpos.services.saft.SaftService`)
and journalled the same way, naming who exported it: a shop leader or an
administrator gives their name (``--as NAME``, or asked for) and their PIN
(asked for, never echoed, never an argument). ``--out`` a folder names the
file as Skatteetaten's example is (``SAF-T_Cash_Register_<org. no.>_<time>.xml``).
Each register's public key is written beside the file
(``<file>.<register>-<keyVersion>.pem``); prints the file, the key files and
the counts.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.commands.checks import FAILED, OK, CommandFailed, iso_date, open_shop, output_file
from bruktpos.domain import errors as e

if TYPE_CHECKING:
    from bruktpos.domain.people import Operator
    from bruktpos.store.db import Database

log = logging.getLogger(__name__)
PERSON_REFUSALS = (e.WrongPin, e.UserLocked, e.UserInactive, e.InvalidPin, e.PermissionDenied, e.UnknownUser)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    saft = sub.add_parser("saft", help="export the SAF-T Cash Register file for the tax office")
    saft.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    saft.add_argument("--from", type=iso_date, required=True, dest="start", help="first day, YYYY-MM-DD")
    saft.add_argument("--to", type=iso_date, required=True, dest="end", help="last day, YYYY-MM-DD")
    saft.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the XML file to write, or a folder to write it in under the tax office's file name",
    )
    saft.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help="your own name, as listed in the shop (asked for if left out); your PIN is asked for",
    )
    saft.set_defaults(handler=_saft)


def _saft(args: argparse.Namespace) -> int:
    from bruktpos.services.saft import SaftService

    if args.end < args.start:
        raise CommandFailed(f"--to {args.end} is before --from {args.start}; nothing was exported")
    if not args.out.is_dir():
        output_file(args.out)  # before anyone types a PIN
    db = open_shop(args.target)
    try:
        try:
            operator = _log_in(db, args.actor)
            done = SaftService(db).export(args.start, args.end, args.out, by=operator)
        except PERSON_REFUSALS as error:
            log.info("bruktpos saft refused: %s", error)
            raise CommandFailed(_refusal(error), FAILED) from None
        except e.ExportNotWritten as error:
            raise CommandFailed(f"Cannot write {error.path}: {error.reason}; nothing was exported.") from None
        except EOFError:
            raise CommandFailed("no answer (end of input); nothing was exported", FAILED) from None
    finally:
        db.dispose()
    print(done.path)
    for key in done.key_files:
        print(key)
    print(
        f"{done.start} to {done.end}: {done.registers} register(s), "
        f"{done.transactions} receipts, {done.events} journal events"
    )
    for code in done.hmac_registers:
        print(
            f"Register {code} signs with a shared secret (HMAC-SHA1), which is never written out: "
            "no key file for it; give the tax office the secret separately if they ask for it.",
            file=sys.stderr,
        )
    return OK


def _log_in(db: Database, name: str | None) -> Operator:
    """The person exporting, by their own name and PIN (as ``bruktpos report x`` asks)."""
    from bruktpos.domain.roles import Action
    from bruktpos.services.people import PeopleService

    if not name:
        print("Your name (as listed in the shop): ", end="", file=sys.stderr, flush=True)
        name = sys.stdin.readline()
        if not name:
            raise EOFError
        name = name.strip()
    people = PeopleService(db)
    person = people.find(name)
    if person is None:
        raise CommandFailed(f"no one called {name!r} may log in here (see: bruktpos users list)")
    pin = getpass.getpass(f"PIN for {person.name}: ")
    return people.users.authorize(person.id, pin, Action.EXPORT_SAFT)


def _refusal(error: e.BruktError) -> str:
    """One plain English line for a refused PIN (the command line loads no translations)."""
    from bruktpos.domain.people import PIN_LENGTHS

    if isinstance(error, e.WrongPin):
        return f"wrong PIN ({error.attempts_left} tries left before a lockout); nothing was exported"
    if isinstance(error, e.UserLocked):
        return f"locked out after too many wrong PINs, until {error.locked_until:%H.%M}; nothing was exported"
    if isinstance(error, e.UserInactive):
        return "that person is switched off and cannot export"
    if isinstance(error, e.InvalidPin):
        return f"a PIN is {min(PIN_LENGTHS)}–{max(PIN_LENGTHS)} digits; nothing was exported"
    if isinstance(error, e.PermissionDenied):
        return f"a {error.role} may not export the SAF-T file; a shop leader or an administrator may"
    return f"refused ({error.code}); nothing was exported"
