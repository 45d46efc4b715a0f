"""``bruktpos report x|z``: a register's X or Z report from the command line.

``z`` prints the Z report stored when the day was closed (exactly as it was
printed then; an error if the day is not closed). ``x`` takes the X report of
the register's open day through the same service as the till
(:meth:`DayService.x_report`), so it is journalled the same way, naming who
took it: a person of the shop gives their name (``--as NAME``, or asked for)
and their PIN (asked for, never echoed, never an argument; a wrong one counts
towards the same lockout as at the till). A register with no open day gets
one line saying so, and nothing is journalled. ``--date`` is optional for an
X; given, it must be the open day's date. Plain text by default, ``--json``
for the JSON of issue 5 (integer øre), ``--pdf FILE`` to write the A4 PDF as
well.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bruktpos.commands.checks import (
    FAILED,
    OK,
    CommandFailed,
    atomic_output,
    iso_date,
    open_shop,
    output_file,
)
from bruktpos.commands.who import PERSON_REFUSALS, log_in, pin_refusal
from bruktpos.domain import errors as e

if TYPE_CHECKING:
    from bruktpos.services.day import DayService
    from bruktpos.services.reports import DayReport
    from bruktpos.store.db import Database

log = logging.getLogger(__name__)
# What a person's name and PIN can be refused with; the store's own failures go to cli.main.
# The largest id SQLite stores; a longer "id" can only be a register code.
MAX_ID = 2**63 - 1


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="print a register's X or Z report for a day")
    report.add_argument("kind", choices=("x", "z"), help="x: the day so far; z: the stored Z of a closed day")
    report.add_argument("--db", type=Path, required=True, dest="target", help="the shop database")
    report.add_argument(
        "--date",
        type=iso_date,
        help="the business day, YYYY-MM-DD (z: required; x: optional, the open day's)",
    )
    report.add_argument("--register", help="the register's code or id (default: the first)")
    report.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help="x: your own name, as listed in the shop (asked for if left out); your PIN is asked for",
    )
    report.add_argument("--json", action="store_true", help="print JSON (amounts in øre)")
    report.add_argument("--pdf", type=Path, help="also write the report as an A4 PDF")
    report.set_defaults(handler=_report)


def _report(args: argparse.Namespace) -> int:
    from sqlalchemy import or_, select

    from bruktpos.store.models import Register

    if args.kind == "z" and args.date is None:
        raise CommandFailed("a Z report is of a closed day: give it with --date YYYY-MM-DD")
    if args.pdf is not None:
        output_file(args.pdf)  # before anything is read
    db = open_shop(args.target)
    try:
        with db.read() as session:
            query = select(Register.id, Register.code).order_by(Register.id)
            if args.register is not None:
                wanted = args.register.strip()
                same = Register.code == wanted
                by_id = wanted.isdigit() and int(wanted) <= MAX_ID
                query = query.where(or_(same, Register.id == int(wanted)) if by_id else same)
            found = session.execute(query.limit(1)).first()
        if found is None:
            raise CommandFailed(f"no register {args.register!r} in {args.target}")
        register_id, code = found
        with contextlib.ExitStack() as outputs:
            # The PDF is written beside its target and moved in last; for an X it is
            # written inside the journalling transaction, so a PDF that cannot be
            # written leaves no X in the journal either.
            pdf = None if args.pdf is None else outputs.enter_context(atomic_output(args.pdf))
            if args.kind == "z":
                report = _z(db, register_id, code, args.date, pdf)
            else:
                report = _x(db, register_id, code, args, pdf)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print(format_text(report.to_json()))
    return OK


def _x(db: Database, register_id: int, code: str, args: argparse.Namespace, pdf: Path | None) -> DayReport:
    """The open day's X report, taken and journalled by a person who gave their PIN."""
    from bruktpos.domain.errors import DayNotOpen
    from bruktpos.domain.roles import Action
    from bruktpos.services.day import DayService
    from bruktpos.services.people import PeopleService

    days = DayService(db, register_code=code)
    try:
        # Checked before anyone types a PIN; the service checks again as it journals.
        _check_open_day(days, code, args.date)
        # The person taking the X, by their own name and PIN (as ``bruktpos users --as`` asks).
        operator = log_in(PeopleService(db, register_id=register_id), args.actor, Action.X_REPORT)
        return days.x_report(operator=operator, before_commit=lambda report: _pdf(db, report, pdf))
    except DayNotOpen:
        raise CommandFailed(_no_open_day(code), FAILED) from None
    except PERSON_REFUSALS as error:
        log.info("bruktpos report x refused: %s", error)
        raise CommandFailed(_refusal(error), FAILED) from None
    except EOFError:
        raise CommandFailed("no answer (end of input); no X report was taken", FAILED) from None


def _check_open_day(days: DayService, code: str, wanted: date | None) -> None:
    info = days.open_day_info()
    if info is None:
        raise CommandFailed(_no_open_day(code), FAILED)
    if wanted is not None and wanted != info.business_date:
        raise CommandFailed(
            f"the open day at register {code} is {info.business_date.isoformat()}, not {wanted.isoformat()}: "
            "an X report is of the open day; no X report was taken",
            FAILED,
        )


def _no_open_day(code: str) -> str:
    return (
        f"no open day at register {code}: an X report is of the open day, so open the day at the till "
        "first; no X report was taken"
    )


def _refusal(error: e.BruktError) -> str:
    """One plain English line for a refused PIN (the command line loads no translations)."""
    if (sentence := pin_refusal(error, "no X report was taken", "take an X report")) is not None:
        return sentence
    if isinstance(error, e.PermissionDenied):
        return f"a {error.role} may not take an X report"
    return f"refused ({error.code}); no X report was taken"


def _z(db: Database, register_id: int, code: str, day: date, pdf: Path | None) -> DayReport:
    from bruktpos.services.reports import stored_z

    with db.read() as session:
        report = stored_z(session, register_id, day)
    if report is None:
        raise CommandFailed(
            f"no Z report for {day.isoformat()} at register {code}: "
            "the day is still open or was never opened",
            FAILED,
        )
    _pdf(db, report, pdf)
    return report


def _pdf(db: Database, report: DayReport, pdf: Path | None) -> None:
    if pdf is not None:
        from bruktpos.devices.report_pdf import write_report_pdf
        from bruktpos.services.shop import load_shop

        write_report_pdf(report, pdf, shop=load_shop(db))


def _kr(ore: int | None) -> str:
    from bruktpos.domain.formatting import format_money

    return "–" if ore is None else format_money(ore)


def _when(iso_text: str) -> str:
    """A stored ISO time as the till writes it: 01.12.2026 kl. 17.15."""
    from datetime import datetime

    from bruktpos.domain.formatting import format_datetime

    return format_datetime(datetime.fromisoformat(iso_text))


def _vat_name(code: str | None, rate: int) -> str:
    """A tax code in the CLI's words: ``25 % (code 3)``, ``0 % zero-rated (code 5)``.

    ``""``: a report stored before codes were kept (its rate only); None: sold unregistered.
    """
    from bruktpos.domain.formatting import format_vat_rate

    if code is None:
        return "not VAT-registered"
    name = {"5": "0 % zero-rated", "6": "outside the VAT Act"}.get(code, format_vat_rate(rate))
    return f"{name} (code {code})" if code else name


def format_text(data: dict[str, Any]) -> str:
    """The report as plain text lines (what ``bruktpos report`` prints)."""
    out: list[str] = []

    def row(label: str, value: object = "") -> None:
        out.append(f"  {label:<34}{value!s:>18}")

    title = "Z report" if data["kind"] == "Z" else "X report"
    if data.get("z_number") is not None:
        title += f" no. {data['z_number']}"
    out.append(f"{title} — {data['shop_name']} ({data['org_number']})")
    out.append(f"Register {data['register']} ({data['register_name']}), business day {data['date']}")
    out.append(
        f"Taken {_when(data['taken_at'])}"
        + (f", opened {_when(data['opened_at'])} by {data['opened_by']}" if data.get("opened_at") else "")
    )
    system = data.get("system") or {}
    if system:
        out.append(
            f"System {system['name']} {system['version']}".rstrip() + f", register ID {system['register_id']}"
        )
    if data.get("first_receipt_no") is not None:
        out.append(f"Receipts no. {data['first_receipt_no']} to {data['last_receipt_no']}")
    out.append("Sales")
    row("Sales receipts", data["receipts"])
    row("Gross sales", _kr(data["gross_sales"]))
    row(f"Returns ({data['returns_count']})", _kr(-data["returns"]))
    row("Net sales", _kr(data["net_sales"]))
    row("  of which shop", _kr(data["shop_sales"]))
    row("  of which café", _kr(data["cafe_sales"]))
    row("Cash rounding", _kr(data["rounding"]))
    out.append("By payment method")
    for method, amount in data["by_payment"].items():
        row(method, _kr(amount))
    out.append("By category")
    for c in data["by_category"]:
        row(f"{c['category'] or '(none)'} ×{c['count']}", _kr(c["amount"]))
    if data.get("vat_registered", True):  # a shop that is not VAT-registered shows no VAT
        out.append("By VAT code")
        codes = data["vat"] if "vat" in data else [{**v, "code": ""} for v in data["by_vat"]]
        for v in codes:
            # Outside the VAT Act (code 6), or unregistered: no VAT at all, not 0 kr of it.
            vat = _kr(v["vat"]) if v["code"] not in ("6", None) else ""
            row(f"{_vat_name(v['code'], v['rate'])} of {_kr(v['gross'])}", vat)
    out.append("By operator")
    for o in data["by_operator"]:
        row(f"{o['name']} ({o['receipts']} receipts)", _kr(o["amount"]))
        for method, amount in o["by_payment"].items():
            row(f"  {method}", _kr(amount))
    out.append("Discounts and new prices by operator")
    if not data.get("price_changes_by_operator"):
        row("none")
    for p in data.get("price_changes_by_operator", ()):
        row(p["name"])
        row(f"  discounts ({p['discounts']['count']})", _kr(p["discounts"]["amount"]))
        row(f"  new prices ({p['overrides']['count']})", _kr(p["overrides"]["amount"]))
    out.append("Corrections")
    row(f"Discounts ({data['discounts_count']})", _kr(data["discounts"]))
    row(f"Line voids ({data['voids_count']})", _kr(data["voids"]))
    row(f"Line corrections ({data['corrections_count']})", _kr(data["corrections"]))
    row(f"Receipt copies ({data['copies_count']})", _kr(data["copies"]))
    openings = data.get("drawer_openings") or {"with_sale": 0, "without_sale": data["no_sale_openings"]}
    row("Drawer opened with a sale", openings["with_sale"])
    row("Drawer opened without sale", openings["without_sale"])
    row(f"Training receipts ({data.get('training_count', 0)})", _kr(data.get("training_amount", 0)))
    parked, paid = data.get("parked") or {}, data.get("parked_with_payment") or {}
    if parked.get("count"):
        row(f"Parked sales ({parked['count']})", _kr(parked["amount"]))
        row(f"  with money paid on them ({paid['count']})", _kr(paid["amount"]))
    out.append("Cash")
    row("Opening float", _kr(data["float"]))
    row("Cash sales", _kr(data["cash_sales"]))
    row("Cash refunds", _kr(-data["cash_refunds"]))
    row("Pay-ins", _kr(data["cash_in"]))
    row("Pay-outs", _kr(-data["cash_out"]))
    row("Bank deposits", _kr(-data["deposits"]))
    row("Expected cash", _kr(data["expected_cash"]))
    if data.get("counted_cash") is not None:
        row("Counted cash", _kr(data["counted_cash"]))
        for denomination, pieces in sorted(
            (data.get("closing_count") or {}).items(), key=lambda kv: -int(kv[0])
        ):
            row(f"  {int(denomination) // 100} kr × {pieces}", _kr(int(denomination) * int(pieces)))
        row("Difference", _kr(data["difference"]))
        if data.get("difference_note"):
            row("Note", data["difference_note"])
    if data.get("float_note"):
        row("Float note", data["float_note"])
    for count in data.get("counts", ()):
        approved = f", approved by {count['approved_by']}" if count.get("approved_by") else ""
        row(f"Count {count['seq']} ({count['kind']}) by {count['by']}{approved}", _kr(count["cash"]))
        if count.get("note"):
            row("  Note", count["note"])
    if data.get("first_counted_cash") is not None:
        row("First count", _kr(data["first_counted_cash"]))
    row("Card", _kr(data["card_total"]))
    if data.get("card_batch_total") is not None:
        row("Card terminal batch", _kr(data["card_batch_total"]))
    row("Vipps", _kr(data["vipps_total"]))
    if data.get("vipps_settlement") is not None:
        row("Vipps settlement", _kr(data["vipps_settlement"]))
    out.append("Grand totals (since installation)")
    row("Sales", _kr(data["grand_total_sales"]))
    row("Returns", _kr(data["grand_total_returns"]))
    row("Net", _kr(data["grand_total_net"]))
    return "\n".join(out)
