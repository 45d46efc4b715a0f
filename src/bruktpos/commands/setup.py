"""``bruktpos setup export|import``: a shop's set-up to and from a file, for a chapter's new shops.

``export --db SHOP FILE`` writes the categories (in the till's order), the
café and new-goods products, the registers and the people (never a PIN) as
TOML, or JSON when FILE ends in ``.json``; ``-`` writes to the terminal.

``import --db SHOP FILE`` makes the shop match the file (see
:mod:`bruktpos.services.setup_file`): it prints each change, or that there was
nothing to do, and running it again changes nothing. A shop leader or
administrator does it (``--as NAME``, then their PIN), so the journal names a
real person, as for every change at the till; adding a register needs an
administrator. ``--dry-run`` prints what would change and changes nothing.
A bad file prints ``FILE:LINE: what is wrong`` and changes nothing (exit 2);
a rule that refuses an entry prints its line and the rule (exit 1).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from bruktpos.commands.checks import FAILED, OK, UNUSABLE, CommandFailed
from bruktpos.domain import errors as e
from bruktpos.domain.roles import Action

log = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = sub.add_parser(
        "setup", help="export or import a shop's categories, products, registers and people"
    )
    steps = setup.add_subparsers(dest="setup_command", required=True, metavar="STEP")
    export = steps.add_parser(
        "export", help="write the set-up to FILE (TOML, or JSON for .json; - for the terminal)"
    )
    export.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    export.add_argument("file", help="where to write it")
    export.set_defaults(handler=_export)
    load = steps.add_parser("import", help="make the shop's set-up match FILE (prints what it changed)")
    load.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    load.add_argument("file", type=Path, help="a set-up file (TOML, or JSON for .json)")
    load.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help="your own name (a shop leader or administrator); your PIN is asked for",
    )
    load.add_argument("--dry-run", action="store_true", help="print what would change; change nothing")
    load.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    from bruktpos.commands.checks import atomic_output, open_shop
    from bruktpos.services.setup_file import as_toml, export_setup

    db = open_shop(args.target)
    try:
        setup = export_setup(db)
    finally:
        db.dispose()
    as_json = str(args.file).lower().endswith(".json")
    text = json.dumps(setup, ensure_ascii=False, indent=2) + "\n" if as_json else as_toml(setup)
    if args.file == "-":
        sys.stdout.write(text)
        return OK
    with atomic_output(Path(args.file)) as partial:
        partial.write_text(text, encoding="utf-8")
    counts = ", ".join(f"{len(setup[s])} {s}" for s in ("categories", "products", "registers", "people"))
    print(f"Wrote {args.file}: {counts} (no PINs).")
    return OK


def _import(args: argparse.Namespace) -> int:
    from bruktpos.commands.checks import open_shop
    from bruktpos.commands.users import _log_in, _Stop
    from bruktpos.services.people import PeopleService
    from bruktpos.services.setup_file import import_setup
    from bruktpos.services.setup_format import SetupFileError, read_setup

    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandFailed(f"{path}: there is no such file; nothing was changed.") from None
    except UnicodeDecodeError as error:
        raise CommandFailed(
            f"{path}: not a text file in UTF-8 ({error.reason}); nothing was changed."
        ) from None
    except OSError as error:
        raise CommandFailed(f"{path}: cannot be read ({error.strerror}); nothing was changed.") from None
    try:
        setup = read_setup(text, json_format=path.suffix.lower() == ".json")
    except SetupFileError as error:
        raise CommandFailed(error.where(str(path)) + "; nothing was changed.") from None
    db = open_shop(args.target)
    try:
        # A shop leader or an administrator; the services check each step (a register: an administrator).
        actor = _log_in(PeopleService(db), args.actor, Action.MANAGE_CATALOGUE)
        changes = import_setup(db, setup, by=actor, dry_run=args.dry_run)
    except SetupFileError as error:
        reason = _refusal(error.refused) if error.refused is not None else ""
        where = error.where(str(path))
        log.info("bruktpos setup import refused: %s %s", where, reason)
        print(
            f"{where}: {reason}; nothing was changed." if reason else f"{where}; nothing was changed.",
            file=sys.stderr,
        )
        return FAILED if error.refused is not None else UNUSABLE
    except _Stop as stop:
        print(stop, file=sys.stderr)
        return stop.status
    except e.BruktError as error:
        print(_refusal(error), file=sys.stderr)
        return FAILED
    except EOFError:
        print("\nno answer (end of input); nothing was changed", file=sys.stderr)
        return FAILED
    finally:
        db.dispose()
    if not changes:
        print(f"Nothing to change: {args.target} already has the set-up in {path}.")
        return OK
    verb = "Would change" if args.dry_run else "Changed"
    print(f"{verb} {len(changes)} thing{'s' if len(changes) != 1 else ''}:")
    for change in changes:
        print(f"  {change}")
    if args.dry_run:
        print("Nothing was changed (--dry-run).")
    return OK


def _refusal(error: e.BruktError) -> str:
    """One plain English line for the rule that refused an entry (the command line loads no Qt)."""
    from bruktpos.commands.users import _sentence

    if isinstance(error, e.PermissionDenied) and error.action == Action.SHOP_DETAILS.value:
        return "only an administrator may add a register; run it --as an administrator"
    if isinstance(error, e.PermissionDenied) and error.action == Action.MANAGE_CATALOGUE.value:
        return "a cashier may not change the shop's set-up; a shop leader must do it"
    if isinstance(error, e.CatalogueNameTaken):
        retired = " (retired: set active = true to bring it back)" if not error.active else ""
        return f"another {error.what} is already called {error.name}{retired}"
    if isinstance(error, e.CategoryHasProducts):
        return (
            f"{error.name} still has {error.products} product(s) on the till; "
            "retire them first (active = false) or keep the category"
        )
    if isinstance(error, e.CategoryRetired):
        return f"the category {error.name} is retired; a product cannot be in it"
    if isinstance(error, e.BarcodeTaken):
        return f"the barcode {error.barcode} is already {error.name}'s"
    if isinstance(error, e.InvalidBarcode):
        if error.in_store:
            return f"the barcode {error.barcode} is in the shop's own item-code range; use the product's own"
        return f"the barcode {error.barcode!r} has spaces or signs, or is too long"
    if isinstance(error, e.InvalidColor):
        return f"color {error.color!r} must be written #rrggbb, e.g. #5b7083"
    if isinstance(error, e.TooManyQuickPrices):
        return f"{error.count} quick prices; the price keypad has room for {error.maximum}"
    if isinstance(error, e.InvalidCatalogueName):
        return f"a name must be 1–{error.maximum} characters"
    if isinstance(error, e.InvalidMarkdownRule):
        return "the markdown is not days:percent (e.g. 28:30,56:50;pull:84)"
    if isinstance(error, e.InvalidPrice):
        return "the price must be more than kr 0 (and a price, not a phone number)"
    if isinstance(error, e.InvalidRegister | e.RegisterTaken):
        return _register_refusal(error)
    return _sentence(error)


def _register_refusal(error: e.BruktError) -> str:
    if isinstance(error, e.RegisterTaken):
        return f"the shop already has a register with that {error.field}: {error.text}"
    return "a register code is letters and digits (e.g. K2) and its name at most a line"
