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
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.commands.checks import FAILED, OK, CommandFailed, iso_date, open_shop, output_file
from bruktpos.commands.who import PERSON_REFUSALS, add_actor_option, log_in, pin_refusal
from bruktpos.domain import errors as e

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


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
    add_actor_option(saft)
    saft.set_defaults(handler=_saft)


def _saft(args: argparse.Namespace) -> int:
    from bruktpos.domain.roles import Action
    from bruktpos.services.people import PeopleService
    from bruktpos.services.saft import SaftService

    if args.end < args.start:
        raise CommandFailed(f"--to {args.end} is before --from {args.start}; nothing was exported")
    if not args.out.is_dir():
        output_file(args.out)  # before anyone types a PIN
    db = open_shop(args.target)
    try:
        try:
            operator = log_in(PeopleService(db), args.actor, Action.EXPORT_SAFT)
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


def _refusal(error: e.BruktError) -> str:
    """One plain English line for a refused PIN (the command line loads no translations)."""
    if (sentence := pin_refusal(error, "nothing was exported", "export")) is not None:
        return sentence
    if isinstance(error, e.PermissionDenied):
        return f"a {error.role} may not export the SAF-T file; a shop leader or an administrator may"
    return f"refused ({error.code}); nothing was exported"
