"""``bruktpos hub …`` (set up and read the chapter hub) and ``bruktpos sync`` (send a shop's days).

``hub init``           create or upgrade the hub's tables (and, on PostgreSQL, its roles and
                       row-level security);
``hub add-shop``       record a shop and make its login; prints the URL the shop syncs to
                       (it carries the shop's code, ``?shop=S007``, for the setup to take);
``hub add-coordinator`` a read-only login over all shops;
``hub reset-password`` give a shop's login a new password (its old URL stops working);
``hub rebind``         free a shop code from the installation (PC) it is bound to, so the
                       shop's new PC can send as it;
``hub summary``        one line (or JSON object) per shop, register and day;
``hub publish-template`` publish a set-up file's categories and café menu as the chapter's
                       template, for shops to take from their hub settings screen (a
                       coordinator's login on PostgreSQL);
``sync``               send a shop's waiting days now (for a scheduled job); exit code 0 only
                       when nothing is left waiting. Over within ``--timeout`` seconds (about
                       a minute by default) whatever the network does; a failure leaves the
                       till's own retry schedule as it was.

Passwords appear only in what add-shop/add-coordinator print for the person
who asked; every other message shows URLs with the password hidden.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.commands.checks import (
    FAILED,
    OK,
    CommandFailed,
    atomic_output,
    database_url,
    iso_date,
    iso_month,
    shop_database,
)

if TYPE_CHECKING:
    from bruktpos.hub.roles import Granted

log = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hub = sub.add_parser("hub", help="set up and read the chapter hub")
    actions = hub.add_subparsers(dest="hub_command", required=True)

    init = actions.add_parser("init", help="create or upgrade the hub database")
    init.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (admin login)"
    )
    init.set_defaults(handler=_init)

    shop = actions.add_parser(
        "add-shop",
        help="record a new shop and make its login; prints its URL (an existing shop is left as it is)",
    )
    shop.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (admin login)"
    )
    shop.add_argument("--shop", required=True, help="the shop's code, e.g. S007")
    shop.add_argument("--name", help="the shop's name (default: the code)")
    shop.add_argument("--password", help="the shop's password (default: a generated one)")
    shop.set_defaults(handler=_add_shop)

    reset = actions.add_parser("reset-password", help="give a shop's login a new password; prints its URL")
    reset.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (admin login)"
    )
    reset.add_argument("--shop", required=True, help="the shop's code, e.g. S007")
    reset.add_argument("--password", help="the new password (default: a generated one)")
    reset.set_defaults(handler=_reset_password)

    rebind = actions.add_parser(
        "rebind", help="let a shop's new PC send as its code (frees it from the old installation)"
    )
    rebind.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (admin login)"
    )
    rebind.add_argument("--shop", required=True, help="the shop's code, e.g. S007")
    rebind.set_defaults(handler=_rebind)

    coordinator = actions.add_parser("add-coordinator", help="make a read-only login over all shops")
    coordinator.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (admin login)"
    )
    coordinator.add_argument("--name", required=True, help="the login's name (letters, digits, - and _)")
    coordinator.add_argument("--password", help="the password (default: a generated one)")
    coordinator.set_defaults(handler=_add_coordinator)

    summary = actions.add_parser("summary", help="the days at the hub, per shop and register")
    summary.add_argument("--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub")
    summary.add_argument("--from", dest="from_date", type=iso_date, help="first day (YYYY-MM-DD)")
    summary.add_argument("--to", dest="to_date", type=iso_date, help="last day (YYYY-MM-DD)")
    summary.add_argument("--json", action="store_true", help="print a JSON list (money in øre)")
    summary.set_defaults(handler=_summary)

    template = actions.add_parser(
        "publish-template",
        help="publish a set-up file's categories and products as the chapter's template for shops",
    )
    template.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (a coordinator login)"
    )
    template.add_argument("file", type=Path, help="a set-up file (TOML, or JSON for .json)")
    template.add_argument("--by", help="who publishes it (a SQLite hub; PostgreSQL records the login)")
    template.set_defaults(handler=_publish_template)

    # The chapter report and the coordinators' window (their code: hub/chapter_report.py, ui/coordinator/).
    report = actions.add_parser("report", help="the chapter's monthly report as PDF (and CSV)")
    report.add_argument("--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub")
    report.add_argument("--month", type=iso_month, required=True, help="the month, YYYY-MM")
    report.add_argument("--pdf", type=Path, required=True, help="where to write the PDF")
    report.add_argument("--csv", type=Path, help="also write the figures as CSV")
    report.set_defaults(handler=_report)
    view = sub.add_parser("coordinator", help="open the coordinators' view of the chapter hub")
    view.add_argument(
        "--hub", type=database_url, required=True, help="SQLAlchemy URL of the hub (a coordinator login)"
    )
    view.set_defaults(handler=_coordinator)

    sync = sub.add_parser("sync", help="send this shop's closed days to the hub now")
    sync.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    sync.add_argument("--hub", type=database_url, help="hub URL (default: the shop's hub_url setting)")
    sync.add_argument(
        "--timeout",
        type=_seconds,
        help="give up after this many seconds (default: hub.link.DEFAULT_TIMEOUTS, about a minute)",
    )
    sync.set_defaults(handler=_sync)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 1 <= value <= 3600:
        raise argparse.ArgumentTypeError(f"must be between 1 and 3600 seconds, not {text}")
    return value


def _report(args: argparse.Namespace) -> int:
    from bruktpos.hub.chapter_report import build_chapter_report, write_csv, write_pdf
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import hub_engine, safe_url

    existing_hub(args.hub)
    try:
        engine = hub_engine(args.hub)
        try:
            report = build_chapter_report(engine, args.month)
        finally:
            engine.dispose()
    except Exception as exc:  # one line for the person, the traceback for the log
        log.warning("hub report from %s failed", safe_url(args.hub), exc_info=exc)
        return _fail(f"Could not read the hub at {safe_url(args.hub)}: {describe_error(exc)}")
    month = f"{args.month:%Y-%m}"
    # Both files or neither: each is written beside its target and moved in at the end.
    with atomic_output(args.pdf) as pdf, contextlib.ExitStack() as stack:
        csv = None if args.csv is None else stack.enter_context(atomic_output(args.csv))
        write_pdf(report, pdf)
        if csv is not None:
            write_csv(report, csv)
    print(f"Chapter report for {month} ({len(report.shops)} shops) written to {args.pdf}")
    if args.csv is not None:
        print(f"  and as CSV to {args.csv}")
    return OK


def existing_hub(url: str) -> None:
    """A ``sqlite:`` hub must be a file that is there: SQLite would make an empty one of a typo."""
    from sqlalchemy.engine import make_url

    from bruktpos.hub.schema import safe_url

    parsed = make_url(url)
    name = parsed.database or ""
    if parsed.get_backend_name() == "sqlite" and name and name != ":memory:" and not Path(name).is_file():
        raise CommandFailed(
            f"There is no hub at {safe_url(url)}: the file {name} does not exist "
            "(set one up with bruktpos hub init)."
        )


def _coordinator(args: argparse.Namespace) -> int:
    from bruktpos.ui.coordinator.window import cli

    existing_hub(args.hub)
    return cli(args)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return FAILED


def _init(args: argparse.Namespace) -> int:
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import init_hub, safe_url

    try:
        version = init_hub(args.hub)
    except Exception as exc:
        return _fail(f"Could not set up the hub at {safe_url(args.hub)}: {describe_error(exc)}")
    print(f"The hub at {safe_url(args.hub)} is ready (schema version {version}).")
    return 0


def _add_shop(args: argparse.Namespace) -> int:
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.roles import ShopExists, add_shop
    from bruktpos.hub.schema import safe_url

    existing_hub(args.hub)
    try:
        granted = add_shop(args.hub, args.shop, args.name, args.password)
    except ShopExists:
        return _fail(
            f"The hub already has shop {args.shop}; nothing was changed (its login keeps its password). "
            f"To give it a new password: bruktpos hub reset-password --hub URL --shop {args.shop}"
        )
    except Exception as exc:
        return _fail(f"Could not add shop {args.shop} to {safe_url(args.hub)}: {describe_error(exc)}")
    print(_shop_lines(args.shop, granted))
    return 0


def _shop_lines(code: str, granted: Granted) -> str:
    """What add-shop and reset-password print: who logs in, and the URL, which carries the shop's code."""
    from bruktpos.hub.link import with_shop

    if granted.note:
        head = f"Shop {code} recorded; {granted.note}."
    else:
        head = f"Shop {code} can log in as {granted.role}. Set this hub URL in the shop's settings:"
    return f"{head}\n{with_shop(granted.url, code)}"


def _reset_password(args: argparse.Namespace) -> int:
    from bruktpos.hub.identity import UnknownShop, reset_password
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import safe_url

    existing_hub(args.hub)
    try:
        granted = reset_password(args.hub, args.shop, args.password)
    except UnknownShop:
        return _fail(
            f"The hub at {safe_url(args.hub)} has no login for shop {args.shop}; nothing was changed "
            f"(add it with bruktpos hub add-shop)."
        )
    except Exception as exc:
        return _fail(
            f"Could not reset shop {args.shop}'s password at {safe_url(args.hub)}: {describe_error(exc)}"
        )
    if granted.note:
        print(f"Nothing to do: {granted.note}.")
        return 0
    print(f"Shop {args.shop} has a new password; its old hub URL no longer works.")
    print(_shop_lines(args.shop, granted))
    return 0


def _rebind(args: argparse.Namespace) -> int:
    from bruktpos.domain.formatting import format_datetime
    from bruktpos.hub.identity import UnknownShop, rebind
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import safe_url

    existing_hub(args.hub)
    try:
        freed = rebind(args.hub, args.shop)
    except UnknownShop:
        return _fail(f"The hub at {safe_url(args.hub)} has no shop {args.shop}; nothing was changed.")
    except Exception as exc:
        return _fail(f"Could not rebind shop {args.shop} at {safe_url(args.hub)}: {describe_error(exc)}")
    if freed is None:
        print(f"Shop {args.shop} was not bound to any PC; the next PC that sends as {args.shop} takes it.")
    else:
        since = format_datetime(freed.bound_at.astimezone(), joiner=" ")
        print(
            f"Shop {args.shop} is no longer bound to installation {freed.installation_id} (bound {since}). "
            f"The next PC that sends as {args.shop} takes it; run sync on the shop's new PC now."
        )
    return 0


def _publish_template(args: argparse.Namespace) -> int:
    import getpass

    from sqlalchemy.exc import DBAPIError

    from bruktpos.hub.push import describe_error
    from bruktpos.hub.schema import safe_url
    from bruktpos.hub.templates import TemplatesMissing
    from bruktpos.services.chapter_template import publish_template
    from bruktpos.services.setup_format import SetupFileError

    existing_hub(args.hub)
    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandFailed(f"{path}: there is no such file; nothing was published.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CommandFailed(
            f"{path}: cannot be read as UTF-8 text ({error}); nothing was published."
        ) from None
    where = safe_url(args.hub)
    try:
        published = publish_template(
            args.hub, text, json_format=path.suffix.lower() == ".json", by=args.by or getpass.getuser()
        )
    except SetupFileError as error:
        raise CommandFailed(error.where(str(path)) + "; nothing was published.") from None
    except TemplatesMissing as missing:
        return _fail(
            f"The hub at {where} has schema version {missing.version}, older than chapter templates; "
            "upgrade it first with bruktpos hub init --hub ADMIN-URL. Nothing was published."
        )
    except DBAPIError as exc:
        log.warning("hub publish-template to %s failed", where, exc_info=exc)
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege: a shop's login
            return _fail(
                f"This login may not publish the chapter's template at {where}; only coordinators may. "
                "Use a coordinator's URL (bruktpos hub add-coordinator). Nothing was published."
            )
        return _fail(f"Could not publish to {where}: {describe_error(exc)}. Nothing was published.")
    except Exception as exc:
        log.warning("hub publish-template to %s failed", where, exc_info=exc)
        return _fail(f"Could not publish to {where}: {describe_error(exc)}. Nothing was published.")
    print(
        f"Published version {published.version} of the chapter's template at {where}: "
        f"{published.categories} categories, {published.products} products."
    )
    if published.left_out_registers or published.left_out_people:
        print(
            f"  Left out {published.left_out_registers} register(s) and {published.left_out_people} "
            "person(s): each shop has its own."
        )
    print("  Shops take it from Settings → Chapter hub → Fetch the chapter's set-up.")
    return 0


def _add_coordinator(args: argparse.Namespace) -> int:
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.roles import add_coordinator
    from bruktpos.hub.schema import safe_url

    existing_hub(args.hub)
    try:
        granted = add_coordinator(args.hub, args.name, args.password)
    except Exception as exc:
        return _fail(f"Could not add coordinator {args.name} to {safe_url(args.hub)}: {describe_error(exc)}")
    if granted.note:
        print(f"Nothing to do: {granted.note}.")
        return 0
    print(f"Coordinator {granted.role} can read every shop (and change nothing) at:")
    print(granted.url)
    return 0


def _summary(args: argparse.Namespace) -> int:
    from bruktpos.hub.push import describe_error
    from bruktpos.hub.queries import summary_rows
    from bruktpos.hub.schema import hub_engine, safe_url

    existing_hub(args.hub)
    engine = hub_engine(args.hub)
    try:
        rows = summary_rows(engine, args.from_date, args.to_date)
    except Exception as exc:  # one line for the person, the traceback for the log
        log.warning("hub report from %s failed", safe_url(args.hub), exc_info=exc)
        return _fail(f"Could not read the hub at {safe_url(args.hub)}: {describe_error(exc)}")
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from datetime import date

    from bruktpos.domain.formatting import format_date, format_money, format_weight_kg, plain_spaces

    for row in rows:
        day = format_date(date.fromisoformat(row["date"]))
        kroner = plain_spaces(format_money(row["net_sales"]))
        kilos = plain_spaces(format_weight_kg(round(row["kg_received"] * 1000), places=3))
        print(
            f"{day}  {row['shop']:<8} {row['register']:<6} {kroner:>17} "
            + f"{row['receipts']:>5} receipts {kilos:>12}"
        )
    return 0


def _sync(args: argparse.Namespace) -> int:
    from bruktpos.hub.link import DEFAULT_TIMEOUTS
    from bruktpos.hub.push import push
    from bruktpos.hub.schema import safe_url
    from bruktpos.services.clock import local_now
    from bruktpos.store.schema import open_database

    shop_database(args.target)
    if args.hub is not None:
        existing_hub(args.hub)
    db = open_database(args.target)
    try:
        # A person (or a scheduled job) trying now: the till's own retry schedule stays as it is.
        timeouts = DEFAULT_TIMEOUTS if args.timeout is None else DEFAULT_TIMEOUTS.within(args.timeout)
        result = push(db, args.hub, clock=local_now, manual=True, timeouts=timeouts)
    finally:
        db.dispose()
    if result.refusal:  # the hub will not take this PC's days as this shop: a person must act
        return _fail(f"{result.error}. {result.waiting} day(s) are still waiting here; nothing was sent.")
    if result.error:
        hint = ""
        if result.next_try_at is not None:
            hint = f" The till's next automatic try is after {result.next_try_at:%H:%M}."
        where = f" to {safe_url(args.hub)}" if args.hub else ""
        return _fail(
            f"Could not send{where}: {result.error}. {result.waiting} day(s) are still waiting "
            f"and will be sent on the next try.{hint}"
        )
    if result.waiting:
        return _fail(f"Sent {result.days} day(s), but {result.waiting} more are waiting; run sync again.")
    if result.refused_keys:
        return _fail(
            f"Sent {result.days} day(s), but the hub refused the public key(s) "
            f"{', '.join(result.refused_keys)}: "
            "it already holds another key for that register and version, so the key in this shop's file was "
            f"changed. Run `bruktpos verify --db {args.target} --hub` and ask the chapter's IT helper."
        )
    print(f"Sent {result.days} day(s); nothing is waiting." if result.sent else "Nothing was waiting.")
    return 0
