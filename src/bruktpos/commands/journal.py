"""``bruktpos journal``: the electronic journal of a period, readable by a person, as CSV or PDF.

    bruktpos journal --db PATH --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.csv|FILE.pdf
                     [--register CODE] [--as NAME]

Written by the same service as the leaders' menu at the till
(:class:`bruktpos.services.journal_view.JournalView`) and journalled the same
way (13020 "export of journal"), naming who saved it: a shop leader or an
administrator gives their name (``--as NAME``, or asked for) and their PIN
(asked for, never echoed, never an argument). The file's ending chooses the
form: ``.csv`` for a spreadsheet (``;``, UTF-8 with a byte-order mark,
amounts as ``123,45``), ``.pdf`` for paper. Prints the file and the count.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from bruktpos.commands.checks import FAILED, OK, CommandFailed, iso_date, open_shop, output_file
from bruktpos.commands.who import PERSON_REFUSALS, add_actor_option, log_in, pin_refusal
from bruktpos.domain import errors as e

log = logging.getLogger(__name__)
ENDINGS = (".csv", ".pdf")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    journal = sub.add_parser("journal", help="save the electronic journal of a period as CSV or PDF")
    journal.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    journal.add_argument("--from", type=iso_date, required=True, dest="start", help="first day, YYYY-MM-DD")
    journal.add_argument("--to", type=iso_date, required=True, dest="end", help="last day, YYYY-MM-DD")
    journal.add_argument(
        "--out", type=Path, required=True, help="the file to write: FILE.csv (spreadsheet) or FILE.pdf"
    )
    journal.add_argument(
        "--register", metavar="CODE", help="one register's entries only, e.g. K1 (default: every register)"
    )
    add_actor_option(journal)
    journal.set_defaults(handler=_journal)


def _journal(args: argparse.Namespace) -> int:
    from bruktpos.domain.roles import Action
    from bruktpos.services.journal_view import JournalView
    from bruktpos.services.people import PeopleService

    if args.end < args.start:
        raise CommandFailed(f"--to {args.end} is before --from {args.start}; nothing was saved")
    if args.out.suffix.lower() not in ENDINGS:
        raise CommandFailed(f"--out {args.out} must end in .csv or .pdf; nothing was saved")
    output_file(args.out)  # before anyone types a PIN
    db = open_shop(args.target)
    try:
        view = JournalView(db)
        if args.register and args.register not in (codes := view.registers()):
            raise CommandFailed(f"the shop has no register {args.register!r} (it has {', '.join(codes)})")
        try:
            operator = log_in(PeopleService(db), args.actor, Action.VIEW_JOURNAL)
            done = view.export(args.start, args.end, args.out, by=operator, register=args.register)
        except PERSON_REFUSALS as error:
            log.info("bruktpos journal refused: %s", error)
            raise CommandFailed(_refusal(error), FAILED) from None
        except e.ExportNotWritten as error:
            raise CommandFailed(f"Cannot write {error.path}: {error.reason}; nothing was saved.") from None
        except EOFError:
            raise CommandFailed("no answer (end of input); nothing was saved", FAILED) from None
    finally:
        db.dispose()
    print(done.path)
    where = f"register {done.register}" if done.register else "every register"
    print(f"{done.start} to {done.end}, {where}: {done.entries} journal entries")
    return OK


def _refusal(error: e.BruktError) -> str:
    """One plain English line for a refused PIN (the command line loads no translations)."""
    if (sentence := pin_refusal(error, "nothing was saved", "save the journal")) is not None:
        return sentence
    if isinstance(error, e.PermissionDenied):
        return f"a {error.role} may not read the electronic journal; a shop leader or an administrator may"
    return f"refused ({error.code}); nothing was saved"
