"""The ``bruktpos`` command.

With no subcommand it starts the till (the GUI). Subcommands are for shop
leaders and scheduled jobs; they call the same services as the GUI and load
no Qt, except ``coordinator``, which opens the coordinators' window.

Every subcommand answers bad input with ONE line on stderr and an exit code,
never a traceback, and leaves no half-written file behind (outputs are written
beside their target and renamed when complete). Exit codes:

* ``0`` done (``verify``: the database is intact);
* ``1`` the command ran and the answer is no: ``verify`` found tampering (it
  names the first broken record), ``sync`` could not send everything, the hub
  refused or could not be reached, there is no such report;
* ``2`` it could not start or could not finish on what it was given: a usage
  error (argparse's own code: a bad date, number, URL or missing option), a
  ``--db`` that is missing, a folder, unreadable, damaged, locked or not a
  shop database (``verify``: cannot check), an output that cannot be written,
  a failure of the database file (full, read-only, locked), or an unexpected
  error (its traceback goes to the log);
* ``130`` stopped with Ctrl+C.

A subcommand never creates a shop database from a mistyped ``--db``: the file
must exist and be a shop's. ``demo-data`` is the one that makes a new shop,
and it refuses a file that is there.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import NoReturn, TypedDict

from platformdirs import user_data_path

from bruktpos.commands.checks import (
    FAILED,
    OK,
    UNUSABLE,
    CommandFailed,
    atomic_output,
    database_url,
    describe,
    iso_date,
    open_shop,
    output_file,
    shop_database,
    store_reason,
    whole_number,
)

APP_NAME = "BruktPOS"
log = logging.getLogger(__name__)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_db() -> Path:
    return data_dir() / "bruktpos.sqlite3"


def demo_db() -> Path:
    return data_dir() / "demo" / "bruktpos-demo.sqlite3"


def _version() -> str:
    """The installed package's version (its metadata, as pip installed it)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bruktpos")
    except PackageNotFoundError:  # run from a source tree that was never installed
        from bruktpos import __version__

        return f"{__version__} (not installed)"


class _VersionAction(argparse.Action):
    """``--version``: the version is looked up only when asked (importlib.metadata costs a start ~50 ms)."""

    def __init__(
        self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None
    ) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"{parser.prog} {_version()}")  # on stdout, as argparse's own --version
        parser.exit(0)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (the usage itself is one ``--help`` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(UNUSABLE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    """The command line. Starting the till (no subcommand) builds no subcommand's parser:
    they import their modules, which the till's start waits for."""
    given = sys.argv[1:] if argv is None else argv
    if not any(arg in ("-h", "--help") for arg in given):
        till, rest = _parser(commands=False).parse_known_args(given)
        if not rest:
            return till
    return _parser().parse_args(given)


def _parser(*, commands: bool = True) -> argparse.ArgumentParser:
    # Typed as the base class: the subcommand hooks take _SubParsersAction[ArgumentParser].
    parser: argparse.ArgumentParser = _Parser(
        prog="bruktpos", description="Point of sale for charity second-hand shops."
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--db", type=Path, help="shop database (default: in the user data folder)")
    parser.add_argument("--demo", action="store_true", help="start on a demo shop (built on first use)")
    parser.add_argument(
        "--language", choices=("nb", "en"), help="language of the till (default: the shop's setting)"
    )
    parser.add_argument(
        "--register",
        metavar="CODE",
        help="which of the shop's registers this PC is, e.g. K2 (remembered; default: asked once "
        "when the shop has more than one)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="quit as soon as the login screen is shown (for smoke tests and the start-up benchmark)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo-data", help="build a demo shop with history")
    demo.add_argument("--db", type=Path, required=True, dest="target")
    demo.add_argument(
        "--days", type=whole_number(1, 3660), default=30, help="days of sales history, ending yesterday"
    )
    demo.add_argument("--seed", type=whole_number(0, 2**63 - 1), default=1)
    demo.add_argument("--end", type=iso_date, help="last day of history, YYYY-MM-DD (default: yesterday)")
    demo.add_argument("--sales-per-day", type=whole_number(0, 2000), default=40)
    demo.add_argument(
        "--stock", type=whole_number(0, 200_000), default=3000, help="items left on the shelves"
    )
    demo.add_argument("--shop", help="the shop's code in a demo chapter, e.g. S007 (its number: the digits)")
    demo.add_argument("--name", help="the shop's name (default: Bruktbutikken + the code)")

    verify = sub.add_parser("verify", help="check the database and its journal and signature chains")
    verify.add_argument("--db", type=Path, required=True, dest="target")
    verify.add_argument(
        "--wait",
        type=whole_number(0, 600),
        default=5,
        help="seconds to wait for another program's lock before giving up (default 5)",
    )
    verify.add_argument(
        "--hub",
        nargs="?",
        const="",
        type=_hub_url,
        metavar="URL",
        help="also hold the file against the anchors and public keys the chapter hub keeps "
        "(default URL: the shop's own hub, as the till pushes to it)",
    )

    items = sub.add_parser("items", help="list items (newest intake first)")
    items.add_argument("--db", type=Path, required=True, dest="target")
    items.add_argument("--status", choices=("in-stock", "sold", "discarded", "recycled", "moved"))
    items.add_argument("--limit", type=whole_number(1, 10_000_000))
    items.add_argument("--json", action="store_true", help="print JSON (prices in øre)")

    labels = sub.add_parser("labels", help="print item labels onto an A4 sticker sheet (PDF)")
    labels.add_argument("--db", type=Path, required=True, dest="target")
    labels.add_argument("--codes", required=True, help="item codes, separated by commas")
    labels.add_argument("--layout", required=True, help="a4-3x8 or a4-4x10")
    labels.add_argument("--out", type=Path, required=True)
    labels.add_argument(
        "--start",
        type=whole_number(1, 1000),
        default=1,
        help="first free position on the sheet (1 = top left)",
    )

    backup = sub.add_parser("backup", help="take a backup copy (SQLite online backup, rotated)")
    backup.add_argument("--db", type=Path, required=True, dest="target")
    backup.add_argument("--to", type=Path, required=True, dest="folder")
    backup.add_argument("--keep", type=whole_number(1, 100_000), default=30, help="how many backups to keep")

    from bruktpos.commands import add_all

    add_all(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``bruktpos``; returns the exit code (see the module docstring). Nothing escapes."""
    try:
        args = _parse(argv)
    except SystemExit as stop:  # --help, or a usage error already printed on one line
        return stop.code if isinstance(stop.code, int) else UNUSABLE
    from bruktpos.logs import setup_logging

    setup_logging(task=args.command or "till")
    try:
        return _run(args)
    except CommandFailed as failed:
        print(failed.message, file=sys.stderr)
        return failed.exit_code
    except KeyboardInterrupt:
        print("Stopped (Ctrl+C); nothing half-written was left behind.", file=sys.stderr)
        return 130
    except Exception as error:  # the last guard: one line here, the traceback in the log
        log.exception("bruktpos %s failed", args.command or "(till)")
        print(f"{describe(error)} The details are in the log.", file=sys.stderr)
        return UNUSABLE


def _hub_url(text: str) -> str:
    """``verify --hub``'s value: a URL, or "" for the shop's own (argparse passes the const here too)."""
    return database_url(text) if text else ""


def _run(args: argparse.Namespace) -> int:
    if args.command == "demo-data":
        return _demo_data(args)
    if args.command == "verify":
        return _verify(args.target, wait_s=args.wait, hub=args.hub)
    if args.command == "backup":
        return _backup(args)
    if args.command == "items":
        return _items(args)
    if args.command == "labels":
        return _labels(args)
    handler = getattr(args, "handler", None)
    if handler is not None:
        return int(handler(args))
    return _gui(args)


def _demo_data(args: argparse.Namespace) -> int:
    from bruktpos.services.demo import build_demo

    target: Path = args.target
    if target.exists():
        raise CommandFailed(f"{target} already exists; demo data goes into a new file.")
    started = time.perf_counter()
    # Built beside the target and renamed when complete: a failed or stopped build leaves nothing.
    with atomic_output(target) as partial:
        summary = build_demo(
            partial,
            days=args.days,
            seed=args.seed,
            end=args.end,
            sales_per_day=args.sales_per_day,
            stock=args.stock,
            **_demo_shop(args.shop, args.name),
            progress=True,
        )
        if Path(f"{partial}-wal").exists():  # a connection left open would lose its WAL in the rename
            raise CommandFailed(f"Cannot write {target}: the demo shop was not closed cleanly.")
        if target.exists():
            raise CommandFailed(f"{target} appeared while the demo shop was built; it was left alone.")
    seconds = time.perf_counter() - started
    print(f"Demo shop written to {target}")
    print(
        f"  {summary.categories} categories, {summary.products} products, {summary.items} items "
        f"({summary.items_sold} sold), {summary.sales} sales over {summary.days} days"
    )
    from decimal import Decimal

    from bruktpos.domain.formatting import format_number, plain_spaces

    took = plain_spaces(format_number(Decimal(repr(seconds)), places=1))
    rate = plain_spaces(format_number(round(summary.sales / max(seconds, 1e-9))))
    print(f"  built in {took} s ({rate} sales/s)")
    print("Users and their demo PINs:")
    for name, role, pin in summary.users:
        print(f"  {name:<14} {role:<8} PIN {pin}")
    return OK


class _DemoShop(TypedDict, total=False):
    """The shop arguments of build_demo that ``--shop``/``--name`` set."""

    shop_name: str
    shop_code: str
    shop_number: int


def _demo_shop(code: str | None, name: str | None) -> _DemoShop:
    """build_demo's shop name, number and hub code for ``--shop``/``--name`` (nothing without them)."""
    if not code and not name:
        return {}
    digits = "".join(c for c in (code or "") if c.isdigit())
    chosen: _DemoShop = {"shop_name": name or f"Bruktbutikken {code}"}
    if code:
        chosen["shop_code"] = code
        chosen["shop_number"] = int(digits) % 1000 if digits else 1
    return chosen


def _verify(path: Path, *, wait_s: float = 5, hub: str | None = None) -> int:
    """0 intact, 1 tampered (the first broken record named), 2 cannot check; one sentence each.

    ``hub`` (a URL, or "" for the shop's own hub): then the file is also held
    against the hub's anchors and keys (commands/anchored.py); a hub that
    cannot be asked is "cannot check", after the file's own result is told.
    """
    from bruktpos.domain.errors import StoreUnavailable
    from bruktpos.store.integrity import verify_database

    try:
        shop_database(path)
        report = verify_database(path, busy_timeout_s=wait_s)
    except CommandFailed as failed:
        raise CommandFailed(failed.message.replace("Cannot open", "Cannot check", 1)) from failed
    except StoreUnavailable as error:
        raise CommandFailed(f"Cannot check {path}: {store_reason(error)}.") from error
    if not report.checked:
        raise CommandFailed(
            f"Cannot check {path}: it was written by another version of BruktPOS (schema {report.revision}, "
            f"this version checks {report.head}); open it once with this version's till, which upgrades "
            "it after taking a backup, then verify again."
        )
    problems = list(report.problems)
    counts = f"{report.sales} sales and {report.journal_entries} journal entries verified"
    against = ""
    if hub is not None:
        from bruktpos.commands.anchored import check_with_hub

        try:
            checked = check_with_hub(path, hub, wait_s=wait_s)
        except CommandFailed as failed:
            if not problems:
                print(f"OK (the file alone): {path} — {counts}")
                raise
            problems.append(failed.message[0].lower() + failed.message[1:].rstrip("."))
        else:
            problems += checked.findings
            against = (
                f"; and held against the {checked.anchors} anchors and {checked.keys} public keys of shop "
                f"{checked.shop_code} at {checked.hub}"
            )
    if not problems:
        print(f"OK: {path} — {counts}{against}")
        return OK
    first, *more = problems
    print(f"TAMPERED: {path} was changed outside BruktPOS: {first}.", file=sys.stderr)
    for problem in more:
        print(f"  and: {problem}", file=sys.stderr)
    return FAILED


def _items(args: argparse.Namespace) -> int:
    import json

    from bruktpos.services.inventory import list_items

    db = open_shop(args.target)
    try:
        rows = list_items(db, status=args.status, limit=args.limit)
    except ValueError as exc:
        raise CommandFailed(f"{exc}.") from exc
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
    else:
        from bruktpos.domain.formatting import format_date, format_money, plain_spaces

        for row in rows:
            price = plain_spaces(format_money(row.price))
            print(f"{row.code}  {price:>12}  {row.status:<9}  {format_date(row.intake_date)}  {row.category}")
    return OK


def _labels(args: argparse.Namespace) -> int:
    from bruktpos.devices.labels import LAYOUTS, label_sheet_pdf
    from bruktpos.domain.errors import BruktError, ItemNotFound
    from bruktpos.services.inventory import labels_for

    codes = [code.strip() for code in args.codes.split(",") if code.strip()]
    if args.layout not in LAYOUTS:
        raise CommandFailed(f"unknown layout {args.layout!r}; use one of {', '.join(LAYOUTS)}")
    if not codes:
        raise CommandFailed("give at least one item code")
    if not 1 <= args.start <= LAYOUTS[args.layout].per_page:
        raise CommandFailed(f"--start must be 1–{LAYOUTS[args.layout].per_page} for {args.layout}")
    output_file(args.out)
    db = open_shop(args.target)
    try:
        labels = labels_for(db, codes)
    except ItemNotFound as exc:
        raise CommandFailed(f"no item has the code {exc.text}") from exc
    except BruktError as exc:
        raise CommandFailed(f"cannot print these labels: {exc}") from exc
    finally:
        db.dispose()
    with atomic_output(args.out) as partial:
        pages = label_sheet_pdf(labels, args.layout, partial, start=args.start)
    print(f"{len(labels)} labels on {pages} page(s) written to {args.out}")
    return OK


def _backup(args: argparse.Namespace) -> int:
    from bruktpos.domain.errors import StoreUnavailable
    from bruktpos.services.backup import take_backup

    folder: Path = args.folder
    shop_database(args.target)
    if folder.exists() and not folder.is_dir():
        raise CommandFailed(f"Cannot back up to {folder}: it is a file, not a folder.")
    made = not folder.exists()
    if made and not folder.parent.is_dir():
        raise CommandFailed(f"Cannot back up to {folder}: the folder {folder.parent} does not exist.")
    try:
        try:
            result = take_backup(args.target, folder, keep=args.keep)
        except BaseException:
            if made and folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()  # the folder this run made, left empty by the failure
            raise
    except StoreUnavailable as error:
        raise CommandFailed(
            f"Could not back up {args.target}: {store_reason(error)}; no backup was kept."
        ) from error
    except OSError as error:
        raise CommandFailed(
            f"Could not back up {args.target} to {folder}: {error.strerror or error}; no backup was kept."
        ) from error
    print(f"Backup written to {result.path}")
    for old in result.removed:
        print(f"  removed old backup {old.name}")
    return OK


def _gui(args: argparse.Namespace) -> int:
    path = args.db or (demo_db() if args.demo else default_db())
    if args.demo and not path.exists():
        from bruktpos.services.demo import build_demo

        print(f"Building the demo shop in {path} …", flush=True)
        summary = build_demo(path)
        print("Demo PINs: " + ", ".join(f"{name} {pin}" for name, _, pin in summary.users))
    from bruktpos.ui.app import run

    # Only a path nobody typed may become a new shop without asking: a
    # mistyped --db gets a window that offers to create one, or to choose again.
    return run(
        path,
        language=args.language,
        quit_when_ready=args.quit_when_ready,
        new_shop_here=args.db is None,
        register=args.register,
    )
