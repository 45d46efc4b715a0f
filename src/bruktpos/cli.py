"""The ``bruktpos`` command.

With no subcommand it starts the till (the GUI). Subcommands are for shop
leaders and scheduled jobs; they call the same services as the GUI and never
load Qt.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "BruktPOS"


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bruktpos", description="Point of sale for charity second-hand shops."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.add_argument("--db", type=Path, help="shop database (default: in the user data folder)")
    parser.add_argument("--demo", action="store_true", help="start on a demo shop (built on first use)")
    parser.add_argument(
        "--language", choices=("nb", "en"), help="language of the till (default: the shop's setting)"
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="quit as soon as the login screen is shown (for smoke tests and the start-up benchmark)",
    )
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo-data", help="build a demo shop with history")
    demo.add_argument("--db", type=Path, required=True, dest="target")
    demo.add_argument("--days", type=int, default=30, help="days of sales history, ending yesterday")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--end", type=date.fromisoformat, help="last day of history (default: yesterday)")
    demo.add_argument("--sales-per-day", type=int, default=40)
    demo.add_argument("--stock", type=int, default=3000, help="items left on the shelves")
    demo.add_argument("--shop", help="the shop's code in a demo chapter, e.g. S007 (its number: the digits)")
    demo.add_argument("--name", help="the shop's name (default: Bruktbutikken + the code)")

    verify = sub.add_parser("verify", help="check the database and its journal and signature chains")
    verify.add_argument("--db", type=Path, required=True, dest="target")

    items = sub.add_parser("items", help="list items (newest intake first)")
    items.add_argument("--db", type=Path, required=True, dest="target")
    items.add_argument("--status", choices=("in-stock", "sold", "discarded", "recycled", "moved"))
    items.add_argument("--limit", type=int)
    items.add_argument("--json", action="store_true", help="print JSON (prices in øre)")

    labels = sub.add_parser("labels", help="print item labels onto an A4 sticker sheet (PDF)")
    labels.add_argument("--db", type=Path, required=True, dest="target")
    labels.add_argument("--codes", required=True, help="item codes, separated by commas")
    labels.add_argument("--layout", required=True, help="a4-3x8 or a4-4x10")
    labels.add_argument("--out", type=Path, required=True)
    labels.add_argument(
        "--start", type=int, default=1, help="first free position on the sheet (1 = top left)"
    )

    backup = sub.add_parser("backup", help="take a backup copy (SQLite online backup, rotated)")
    backup.add_argument("--db", type=Path, required=True, dest="target")
    backup.add_argument("--to", type=Path, required=True, dest="folder")
    backup.add_argument("--keep", type=int, default=30, help="how many backups to keep")

    from bruktpos.commands import add_all

    add_all(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "demo-data":
        return _demo_data(args)
    if args.command == "verify":
        return _verify(args.target)
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

    started = time.perf_counter()
    try:
        summary = build_demo(
            args.target,
            days=args.days,
            seed=args.seed,
            end=args.end,
            sales_per_day=args.sales_per_day,
            stock=args.stock,
            **_demo_shop(args.shop, args.name),
            progress=True,
        )
    except FileExistsError as exc:
        print(exc, file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(f"Demo shop written to {summary.path}")
    print(
        f"  {summary.categories} categories, {summary.products} products, {summary.items} items "
        f"({summary.items_sold} sold), {summary.sales} sales over {summary.days} days"
    )
    print(f"  built in {seconds:.1f} s ({summary.sales / seconds:.0f} sales/s)")
    print("Users and their demo PINs:")
    for name, role, pin in summary.users:
        print(f"  {name:<14} {role:<8} PIN {pin}")
    return 0


def _demo_shop(code: str | None, name: str | None) -> dict[str, object]:
    """build_demo's shop name, number and hub code for ``--shop``/``--name`` (nothing without them)."""
    if not code and not name:
        return {}
    digits = "".join(c for c in (code or "") if c.isdigit())
    chosen = {"shop_name": name or f"Bruktbutikken {code}"}
    if code:
        chosen |= {"shop_code": code, "shop_number": int(digits) % 1000 if digits else 1}
    return chosen


def _verify(path: Path) -> int:
    from bruktpos.store.integrity import verify_database

    if not path.exists():
        print(f"{path}: no such file", file=sys.stderr)
        return 2
    report = verify_database(path)
    if report.ok:
        print(f"OK: {path} — {report.sales} sales and {report.journal_entries} journal entries verified")
        return 0
    print(f"TAMPERED: {path}", file=sys.stderr)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def _open_existing(path: Path):  # -> Database | None
    from bruktpos.store.schema import open_database

    if not path.exists():
        print(f"{path}: no such file", file=sys.stderr)
        return None
    return open_database(path)


def _items(args: argparse.Namespace) -> int:
    import json

    from bruktpos.services.inventory import list_items

    db = _open_existing(args.target)
    if db is None:
        return 2
    try:
        rows = list_items(db, status=args.status, limit=args.limit)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row.code}  {row.price / 100:>9.2f}  {row.status:<9}  {row.intake_date}  {row.category}")
    return 0


def _labels(args: argparse.Namespace) -> int:
    from bruktpos.devices.labels import LAYOUTS, label_sheet_pdf
    from bruktpos.domain.errors import BruktError, ItemNotFound
    from bruktpos.services.inventory import labels_for

    codes = [code.strip() for code in args.codes.split(",") if code.strip()]
    if args.layout not in LAYOUTS:
        print(f"unknown layout {args.layout!r}; use one of {', '.join(LAYOUTS)}", file=sys.stderr)
        return 2
    if not codes:
        print("give at least one item code", file=sys.stderr)
        return 2
    if not 1 <= args.start <= LAYOUTS[args.layout].per_page:
        print(f"--start must be 1–{LAYOUTS[args.layout].per_page} for {args.layout}", file=sys.stderr)
        return 2
    db = _open_existing(args.target)
    if db is None:
        return 2
    try:
        labels = labels_for(db, codes)
    except ItemNotFound as exc:
        print(f"no item has the code {exc.text}", file=sys.stderr)
        return 2
    except BruktError as exc:
        print(f"cannot print these labels: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    pages = label_sheet_pdf(labels, args.layout, args.out, start=args.start)
    print(f"{len(labels)} labels on {pages} page(s) written to {args.out}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from bruktpos.services.backup import take_backup

    if not args.target.exists():
        print(f"{args.target}: no such file", file=sys.stderr)
        return 2
    result = take_backup(args.target, args.folder, keep=args.keep)
    print(f"Backup written to {result.path}")
    for old in result.removed:
        print(f"  removed old backup {old.name}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    path = args.db or (demo_db() if args.demo else default_db())
    if args.demo and not path.exists():
        from bruktpos.services.demo import build_demo

        print(f"Building the demo shop in {path} …", flush=True)
        summary = build_demo(path)
        print("Demo PINs: " + ", ".join(f"{name} {pin}" for name, _, pin in summary.users))
    from bruktpos.ui.app import run

    return run(path, language=args.language, quit_when_ready=args.quit_when_ready)
