"""The SAF-T file's header and master data: the company, its people, articles and codes.

What is written, and how our data maps onto the schema:

* **employees** — every person of the shop (``empID`` is the user's id), with
  their role; the name's last word is the surname.
* **articles** — unique donated items are sold by their category, so each
  category is one article (``C<id>``); café and new-goods products, sold many
  times at one price, are an article each (``P<id>``). Every article's group
  is its category.
* **basics** — the codes the file uses: article groups (04, one per category
  with its SAF-T group code, and ``0`` for a line without a category), line
  types (05: ``SAL``, ``RET``), transaction types (11: ``CASHSAL`` 11001,
  ``RETURNSAL`` 11006), payment types (12: cash, debit card, Vipps 12011,
  voucher 12010 and any other method as 12999), discounts (08) and one event
  type per kind of journal event in the period (13), named by the event
  (``SALE``, ``Z_REPORT`` …) with its SAF-T event code.
* **vatCodeDetails** — the five standard codes a category or product can
  have (3, 31, 33, 5, 6); the file's ``vatCode`` is the standard code itself.
* **periods** — one per calendar month of the export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.vat import TaxCode
from bruktpos.services.saft.xml import Out, clipped, day_text, time_text

SOFTWARE = "BruktPOS"
SOFTWARE_COMPANY = "BruktPOS"  # the project that makes it; the distributor's name once one declares it
NO_GROUP = "0"  # the article group of a line without a category
DISCOUNT_TYPE = "DISCOUNT"

LINE_TYPES = (("SAL", "Sale line"), ("RET", "Return line"))
TRANSACTION_TYPES = (("CASHSAL", "11001", "Cash sale"), ("RETURNSAL", "11006", "Return sale"))
PAYMENT_TYPES = {
    PaymentMethod.CASH.value: ("CASH", "Cash"),
    PaymentMethod.CARD.value: ("DEBCARD", "Debit card"),
    PaymentMethod.VIPPS.value: ("VIPPS", "Vipps"),
    PaymentMethod.VOUCHER.value: ("VOUCHER", "Store credit voucher (tilgodelapp)"),
}
OTHER_PAYMENT = ("OTHER", "12999", "Other payment")
TAX_CODES = {
    TaxCode.STANDARD: "Output VAT 25 %",
    TaxCode.FOOD: "Output VAT 15 %",
    TaxCode.LOW: "Output VAT 12 %",
    TaxCode.ZERO_RATED: "Zero-rated (no output VAT)",
    TaxCode.OUTSIDE: "Outside the VAT Act",
}


def payment_type(method: str) -> str:
    """The file's payment type (basicID) for one of our payment methods."""
    known = PAYMENT_TYPES.get(method)
    return known[0] if known else OTHER_PAYMENT[0]


def event_type(event: str) -> str:
    """The file's event type (basicID) for a journal event kind: ``z_report`` → ``Z_REPORT``."""
    return event.upper()[:35]


def event_description(event: str) -> str:
    return event.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Shop:
    name: str
    org_number: str
    address: str
    postcode: str
    city: str
    vat_registered: bool
    created_at: datetime


@dataclass(frozen=True)
class Register:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Catalogue:
    """What the lines need to name their article, group and tax code."""

    category_groups: dict[int, str]  # category id → its SAF-T group code (04xxx)
    category_names: dict[str, int]  # name → id (the X/Z reports name categories)


def load_shop(session: Session) -> Shop:
    row = session.execute(
        text("SELECT name, org_number, address, postcode, city, vat_registered, created_at FROM shop LIMIT 1")
    ).one()
    return Shop(row[0], row[1], row[2], row[3], row[4], bool(row[5]), datetime.fromisoformat(row[6]))


def load_registers(session: Session) -> list[Register]:
    rows = session.execute(text("SELECT id, code, name FROM registers ORDER BY id")).all()
    return [Register(int(r[0]), str(r[1]), str(r[2])) for r in rows]


def load_catalogue(session: Session) -> Catalogue:
    # A sale line's tax code is its own, as sold (sale_lines.vat_code), never today's catalogue's.
    categories = session.execute(text("SELECT id, name, saft_group FROM categories")).all()
    return Catalogue(
        category_groups={int(c[0]): str(c[2]) for c in categories},
        category_names={str(c[1]): int(c[0]) for c in categories},
    )


def _next_month(month: date) -> date:
    return date(month.year + 1, 1, 1) if month.month == 12 else date(month.year, month.month + 1, 1)


def months(start: date, end: date) -> list[date]:
    """The first day of each calendar month from ``start`` to ``end``."""
    out, month = [], start.replace(day=1)
    while month <= end:
        out.append(month)
        month = _next_month(month)
    return out


def write_header(
    out: Out, *, start: date, end: date, now: datetime, version: str, user_id: int, registers: int
) -> None:
    with out.element("header"):
        out.leaves(
            ("fiscalYear", str(start.year)),
            ("startDate", start.isoformat()),
            ("endDate", end.isoformat()),
            ("curCode", "NOK"),
            ("dateCreated", day_text(now)),
            ("timeCreated", time_text(now)),
            ("softwareDesc", SOFTWARE),
            ("softwareVersion", clipped(version, 20)),
            ("softwareCompanyName", SOFTWARE_COMPANY),
            ("auditfileVersion", "1.0"),
            ("headerComment", f"Selection criteria: all {registers} register(s), {start} to {end}"),
            ("userID", str(user_id)),
        )
    out.newline()


def write_company_head(out: Out, shop: Shop) -> None:
    """``companyIdent`` … ``streetAddress`` (the caller has opened ``<company>``)."""
    out.leaves(
        ("companyIdent", shop.org_number),
        ("companyName", clipped(shop.name, 100)),
        ("taxRegistrationCountry", "NO"),
        ("taxRegIdent", f"{shop.org_number}MVA" if shop.vat_registered else None),
    )
    write_address(out, shop)


def write_address(out: Out, shop: Shop) -> None:
    with out.element("streetAddress"):
        out.leaves(
            ("streetname", clipped(shop.address, 100) if shop.address else None),
            ("city", clipped(shop.city, 50) if shop.city else None),
            ("postalCode", shop.postcode or None),
            ("country", "NO"),
        )


def write_master(
    session: Session,
    out: Out,
    *,
    shop: Shop,
    start: date,
    end: date,
    journal_start: str,
    journal_end: str,
) -> None:
    """vatCodeDetails, periods, employees, articles and basics, in the schema's order."""
    entered = day_text(shop.created_at)
    with out.element("vatCodeDetails"):
        for code, description in TAX_CODES.items():
            with out.element("vatCodeDetail"):
                out.leaves(
                    ("vatCode", code.value),
                    ("dateOfEntry", entered),
                    ("vatDesc", description),
                    ("standardVatCode", code.value),
                )
    with out.element("periods"):
        for number, month in enumerate(months(start, end), start=1):
            month_end = date.fromordinal(_next_month(month).toordinal() - 1)
            with out.element("period"):
                out.leaves(
                    ("periodNumber", number),
                    ("periodDesc", f"{month:%Y-%m}"),
                    ("startDatePeriod", max(start, month).isoformat()),
                    ("startTimePeriod", "00:00:00"),
                    ("endDatePeriod", min(end, month_end).isoformat()),
                    ("endTimePeriod", "23:59:59"),
                )
    out.newline()
    _employees(session, out)
    _articles(session, out)
    _basics(session, out, journal_start, journal_end)


def period_number(start: date, day: date) -> int:
    """The number of ``day``'s month among the export's periods (1 = the first month)."""
    return (day.year - start.year) * 12 + day.month - start.month + 1


def _employees(session: Session, out: Out) -> None:
    with out.element("employees"):
        for user_id, name, role, created in session.execute(
            text("SELECT id, name, role, created_at FROM users ORDER BY id")
        ):
            at = datetime.fromisoformat(created)
            first, _, last = str(name).strip().rpartition(" ")
            with out.element("employee"):
                out.leaves(
                    ("empID", str(user_id)),
                    ("dateOfEntry", day_text(at)),
                    ("timeOfEntry", time_text(at)),
                    ("firstName", clipped(first, 50) if first else None),
                    ("surName", clipped(last, 100)),
                )
                with out.element("employeeRole"):
                    out.leaf("roleType", str(role))
    out.newline()


def _articles(session: Session, out: Out) -> None:
    with out.element("articles"):
        for cat_id, name, kind in session.execute(text("SELECT id, name, kind FROM categories ORDER BY id")):
            with out.element("article"):
                out.leaves(
                    ("artID", f"C{cat_id}"),
                    ("dateOfEntry", "1970-01-01"),
                    ("artGroupID", str(cat_id)),
                    ("artDesc", clipped(f"{name} ({'café' if kind == 'cafe' else 'donated goods'})", 999)),
                )
        for product_id, name, cat_id in session.execute(
            text("SELECT id, name, category_id FROM products ORDER BY id")
        ):
            with out.element("article"):
                out.leaves(
                    ("artID", f"P{product_id}"),
                    ("dateOfEntry", "1970-01-01"),
                    ("artGroupID", str(cat_id)),
                    ("artDesc", clipped(str(name), 999)),
                )
    out.newline()


def _basic(out: Out, kind: str, basic_id: str, predefined: str | None, description: str) -> None:
    with out.element("basic"):
        out.leaves(
            ("basicType", kind),
            ("basicID", basic_id),
            ("predefinedBasicID", predefined),
            ("basicDesc", clipped(description, 999)),
        )


def _basics(session: Session, out: Out, journal_start: str, journal_end: str) -> None:
    with out.element("basics"):
        for cat_id, name, group in session.execute(
            text("SELECT id, name, saft_group FROM categories ORDER BY id")
        ):
            _basic(out, "04", str(cat_id), str(group), str(name))
        _basic(out, "04", NO_GROUP, "04999", "Without a category")
        for basic_id, description in LINE_TYPES:
            _basic(out, "05", basic_id, None, description)
        _basic(out, "08", DISCOUNT_TYPE, None, "Discount on the line")
        for basic_id, predefined, description in TRANSACTION_TYPES:
            _basic(out, "11", basic_id, predefined, description)
        for method, (basic_id, description) in PAYMENT_TYPES.items():
            _basic(out, "12", basic_id, PaymentMethod(method).saft_code, description)
        _basic(out, "12", *OTHER_PAYMENT)
        events: dict[str, Any] = {}
        for event, code in session.execute(
            text("SELECT DISTINCT event, saft_code FROM journal WHERE at >= :start AND at < :end"),
            {"start": journal_start, "end": journal_end},
        ):
            events.setdefault(event_type(str(event)), (str(code), event_description(str(event))))
        for basic_id, (code, description) in sorted(events.items()):
            _basic(out, "13", basic_id, code, description)
    out.newline()
