"""X and Z reports laid out: the sections every output shares, and the receipt-printer text.

:func:`report_sections` turns a day report (``DayReport`` from
:mod:`bruktpos.domain.reports`) into titled sections of rows — label, count,
amount — in the order the cash register rules list the figures. The receipt printer
(:func:`render_report`), the A4 PDF (:mod:`bruktpos.devices.report_pdf`) and the
screen all lay out these same sections, so the three never disagree about what a Z holds.

The words are Norwegian, as on the receipts: paper from a Norwegian shop.
A stored Z is turned back into a ``DayReport`` where it is read
(:func:`bruktpos.services.reports.stored_z`), so there is one shape to lay out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bruktpos.devices.receipts import (
    PAYMENT_NAMES,
    WIDE,
    ReceiptLine,
    _Layout,
    format_org_number,
    money,
    phone_line,
    vat_label,
)
from bruktpos.domain.formatting import format_date, format_datetime, format_time

if TYPE_CHECKING:
    from bruktpos.domain.reports import (
        CategoryTotal,
        DayReport,
        MovementLine,
        OperatorTotal,
        PriceChangeTotal,
        VatTotal,
    )
    from bruktpos.domain.shop import ShopInfo

MOVEMENT_NAMES = {"pay_in": "Innskudd", "pay_out": "Uttak", "deposit": "Bankinnskudd"}
KIND_TITLES = {"x": "X-rapport", "z": "Z-rapport"}
# The first section: the system, the register and the day's receipt numbers (issue 14).
IDENTITY_TITLE = "Kassesystem og kvitteringer"


@dataclass(frozen=True)
class ReportRow:
    """One figure: a label, and a count, an amount or both (None = not shown)."""

    label: str
    amount: int | None = None
    count: int | None = None
    bold: bool = False
    indent: int = 0
    text: str | None = None  # a value that is neither count nor amount (a name, a note)


@dataclass(frozen=True)
class ReportSection:
    title: str
    rows: tuple[ReportRow, ...]


@dataclass(frozen=True)
class ReportHeading:
    """What stands above the figures: which report, whose, when."""

    title: str  # "Z-rapport nr. 12" or "X-rapport"
    kind: str  # "x" | "z"
    z_number: int | None
    shop_name: str
    org_line: str
    address_lines: tuple[str, ...]  # the address, postcode and city, the phone
    register: str
    business_date: str  # dd.mm.yyyy
    created: str  # dd.mm.yyyy kl. HH.MM, or ""
    header_lines: tuple[str, ...] = ()  # the shop's receipt header


def report_heading(report: DayReport, shop: ShopInfo | None) -> ReportHeading:
    kind = "z" if report.kind == "Z" else "x"  # DayReport.kind is "X" or "Z"
    title = KIND_TITLES[kind]
    if kind == "z" and report.z_number is not None:
        title = f"{title} nr. {report.z_number}"
    address: list[str] = []
    header: tuple[str, ...] = ()
    name = report.shop_name
    org_line = format_org_number(report.org_number, False) if report.org_number else ""
    if shop is not None:
        name = shop.name
        org_line = format_org_number(shop.org_number, shop.vat_registered)
        if shop.address.strip():
            address.append(shop.address.strip())
        place = " ".join(p.strip() for p in (shop.postcode, shop.city) if p.strip())
        if place:
            address.append(place)
        if shop.phone.strip():
            address.append(phone_line(shop.phone))
        header = tuple(line.strip() for line in shop.receipt_header.splitlines() if line.strip())
    return ReportHeading(
        title=title,
        kind=kind,
        z_number=report.z_number,
        shop_name=name,
        org_line=org_line,
        address_lines=tuple(address),
        register=report.register,
        business_date=format_date(report.business_date),
        created=_moment_text(report.taken_at),
        header_lines=header,
    )


def report_sections(report: DayReport) -> list[ReportSection]:
    """Every figure of an X or Z report, in titled sections (see the module docstring)."""
    r = report
    sections: list[ReportSection] = [ReportSection(IDENTITY_TITLE, tuple(_identity(r)))]

    returns = abs(r.returns)
    sales = (
        ReportRow("Salgskvitteringer", count=r.receipts),
        ReportRow("Brutto salg", amount=r.gross_sales),
        ReportRow("Returer", amount=-returns),
        ReportRow("Netto salg", amount=r.net_sales, bold=True),
        ReportRow("herav butikk", amount=r.shop_sales, indent=1),
        ReportRow("herav kafé", amount=r.cafe_sales, indent=1),
        *([ReportRow("herav MVA", amount=r.vat_total, indent=1)] if r.vat_registered else []),
        ReportRow("Øreavrunding (kontant)", amount=r.rounding),
    )
    sections.append(ReportSection("Salg", sales))

    sections.append(ReportSection("Salg per varegruppe", tuple(_categories(r.by_category))))
    if r.vat_registered:  # a shop that is not VAT-registered shows no VAT
        sections.append(ReportSection("Salg per MVA-sats", tuple(_vat_rows(r.by_vat))))
    sections.append(ReportSection("Salg per betalingsmåte", tuple(_payments(r.by_payment))))
    sections.append(ReportSection("Salg per kasserer og betalingsmåte", tuple(_operators(r.by_operator))))
    sections.append(
        ReportSection(
            "Rabatter og prisendringer per kasserer", tuple(_price_changes(r.price_changes_by_operator))
        )
    )

    events = [
        ReportRow("Kopier av kvittering", count=r.copies.count, amount=r.copies.amount),
        ReportRow("Returer", count=r.returns_count, amount=returns),
        ReportRow("Rabatter", count=r.discounts.count, amount=r.discounts.amount),
        ReportRow("Annulleringer", count=r.voids.count, amount=r.voids.amount),
        ReportRow("Linjekorrigeringer", count=r.corrections.count, amount=r.corrections.amount),
        ReportRow("Prisendringer", count=r.price_overrides.count, amount=r.price_overrides.amount),
        ReportRow("Kasseskuff åpnet ved salg", count=r.drawer_openings.with_sale),
        ReportRow("Kasseskuff åpnet uten salg", count=r.drawer_openings.without_sale),
        ReportRow("Treningskvitteringer", count=r.training.count, amount=r.training.amount),
    ]
    # Store credit apart (by payment nets it), on days that had any.
    if r.vouchers_issued.count or r.vouchers_redeemed.count:
        issued, redeemed = r.vouchers_issued, r.vouchers_redeemed
        events.append(ReportRow("Tilgodelapper gitt ut", count=issued.count, amount=issued.amount))
        events.append(ReportRow("Tilgodelapper innløst", count=redeemed.count, amount=redeemed.amount))
    # Sales parked at the register, on reports taken while there were any (a parked
    # sale with money on it stops the Z: it is finished, or given back, first).
    if r.parked.count:
        events.append(ReportRow("Parkerte salg", count=r.parked.count, amount=r.parked.amount))
        paid = r.parked_with_payment
        events.append(ReportRow("Parkert med betaling (betalt)", count=paid.count, amount=paid.amount))
    sections.append(ReportSection("Hendelser (antall og beløp)", tuple(events)))

    cash = [
        ReportRow("Veksel (åpning)", amount=r.opening_float),
        *_float_rows(r),
        ReportRow("Kontantsalg", amount=r.cash_sales),
        ReportRow("Kontant tilbakebetalt", amount=-abs(r.cash_refunds)),
        ReportRow("Innskudd", amount=r.cash_in),
        ReportRow("Uttak", amount=-abs(r.cash_out)),
        ReportRow("Bankinnskudd", amount=-abs(r.deposits)),
        ReportRow("Forventet kontant", amount=r.expected_cash, bold=True),
    ]
    cash += _count_rows(r)
    if r.counted_cash is not None:
        cash.append(ReportRow("Opptalt kontant", amount=r.counted_cash, bold=True))
    if r.closing_count is not None:
        cash += _denomination_rows(r.closing_count)
    if r.difference is not None:
        cash.append(ReportRow("Differanse", amount=r.difference, bold=True))
    if r.difference_note:
        cash.append(ReportRow("Merknad", text=r.difference_note))
    sections.append(ReportSection("Kontanter", tuple(cash)))

    sections.append(ReportSection("Inn og ut av kassen", tuple(_movements(r.movements))))

    reconciliation = _reconciliation(r)
    if reconciliation:
        sections.append(ReportSection("Avstemming kort og Vipps", tuple(reconciliation)))

    people = tuple(
        ReportRow(label, text=name)
        for name, label in (
            (r.opened_by, "Dagen åpnet av"),
            (r.closed_by, "Z tatt av"),
            (r.approved_by, "Differanse godkjent av"),
            (r.second_counter, "Kontrolltalt av"),
        )
        if name
    )
    if people:
        sections.append(ReportSection("Hvem", people))

    sections.append(
        ReportSection(
            "Totaler siden installasjon",
            (
                ReportRow("Totalt salg", amount=r.grand_total_sales),
                ReportRow("Totalt returer", amount=r.grand_total_returns),
                ReportRow("Totalt netto", amount=r.grand_total_net, bold=True),
            ),
        )
    )
    return sections


def render_report(report: DayReport, shop: ShopInfo | None, *, width: int = WIDE) -> list[ReceiptLine]:
    """The X or Z report as receipt-printer lines of at most ``width`` characters."""
    heading = report_heading(report, shop)
    out = _Layout(width)
    out.text(heading.title, bold=True, size=2, center=True)
    if heading.kind == "x":
        out.text("Ikke et dagsoppgjør", center=True)
    out.blank()
    if heading.shop_name:
        out.text(heading.shop_name, bold=True, center=True)
    if heading.org_line:
        out.text(heading.org_line, center=True)
    for line in heading.address_lines:
        out.text(line, center=True)
    if heading.header_lines:
        out.blank()
        for line in heading.header_lines:
            out.text(line, center=True)
    out.blank()
    out.pair(f"Kasse {heading.register}", heading.business_date)
    if heading.created:
        out.pair("Skrevet", heading.created)
    for section in report_sections(report):
        out.rule()
        out.text(section.title, bold=True)
        if not section.rows:
            out.text("Ingen", indent=2)
        for row in section.rows:
            _receipt_row(out, row)
    out.rule()
    out.text(f"Slutt på {heading.title}", bold=True, center=True)
    return out.lines


def _receipt_row(out: _Layout, row: ReportRow) -> None:
    value = value_text(row)
    indent = row.indent * 2
    if not value:
        out.text(row.label, bold=row.bold, indent=indent)
        return
    if row.text is not None and len(row.text) > out.width // 2:
        out.text(f"{row.label}:", bold=row.bold, indent=indent)
        out.text(row.text, indent=indent + 2)
        return
    out.pair(row.label, value, bold=row.bold, indent=indent)


def value_text(row: ReportRow) -> str:
    """A row's value as one text, for any layout: ``3 stk  kr 120,00``, ``kr 120,00``, ``3`` or its text."""
    if row.text is not None:
        return row.text
    parts = []
    if row.count is not None:
        parts.append(f"{row.count} stk" if row.amount is not None else str(row.count))
    if row.amount is not None:
        parts.append(money(row.amount))
    return "  ".join(parts)


def _method_name(method: str) -> str:
    return PAYMENT_NAMES.get(method, MOVEMENT_NAMES.get(method, method.replace("_", " ").capitalize()))


def _payments(by_payment: dict[str, int]) -> list[ReportRow]:
    rows = [ReportRow(_method_name(method), amount=amount) for method, amount in by_payment.items()]
    if rows:
        rows.append(ReportRow("Sum", amount=sum(by_payment.values()), bold=True))
    return rows


def _categories(totals: Sequence[CategoryTotal]) -> list[ReportRow]:
    """The categories by kind (shop, café) with a subtotal each, when there is a kind to tell."""
    rows: list[ReportRow] = []
    groups: dict[str, list[CategoryTotal]] = {}
    for entry in totals:
        groups.setdefault(entry.kind, []).append(entry)
    group_names = {"goods": "Butikk", "cafe": "Kafé", "shop": "Butikk"}
    many = len(groups) > 1 or (len(groups) == 1 and "" not in groups)
    for group, entries in groups.items():
        if many:
            subtotal = sum(e.amount for e in entries)
            rows.append(ReportRow(group_names.get(group, group or "Annet"), amount=subtotal, bold=True))
        rows += [
            ReportRow(e.category, amount=e.amount, count=e.count, indent=1 if many else 0) for e in entries
        ]
    if rows:
        rows.append(ReportRow("Sum", amount=sum(e.amount for e in totals), bold=True))
    return rows


def _vat_rows(totals: Sequence[VatTotal]) -> list[ReportRow]:
    """Each tax code: its sales, and (when VAT is reckoned on it) the base and the VAT."""
    rows = []
    for entry in totals:
        rows.append(ReportRow(vat_label(entry), amount=entry.gross, bold=True))
        if entry.under_vat:
            rows.append(ReportRow("Grunnlag", amount=entry.net, indent=1))
            rows.append(ReportRow("MVA", amount=entry.vat, indent=1))
    return rows


def _operators(totals: Sequence[OperatorTotal]) -> list[ReportRow]:
    """Each operator: receipts and net sales, then what they took by payment method."""
    rows: list[ReportRow] = []
    for entry in totals:
        rows.append(ReportRow(entry.name, amount=entry.amount, count=entry.receipts, bold=True))
        rows += [
            ReportRow(_method_name(method), amount=amount, indent=1)
            for method, amount in entry.by_payment.items()
        ]
    return rows


def _price_changes(totals: Sequence[PriceChangeTotal]) -> list[ReportRow]:
    """Each person who gave any: discounts and new prices on the lines sold, as count and amount."""
    if not totals:
        return [ReportRow("Ingen rabatter eller prisendringer")]
    rows: list[ReportRow] = []
    for entry in totals:
        rows.append(ReportRow(entry.name, bold=True))
        rows.append(
            ReportRow("Rabatter", count=entry.discounts.count, amount=entry.discounts.amount, indent=1)
        )
        rows.append(
            ReportRow("Prisendringer", count=entry.overrides.count, amount=entry.overrides.amount, indent=1)
        )
        if entry.approved:
            rows.append(ReportRow("herav godkjent av leder", count=entry.approved, indent=1))
    return rows


def _movements(movements: Sequence[MovementLine]) -> list[ReportRow]:
    rows = []
    for entry in movements:
        signed = entry.amount if entry.kind == "pay_in" else -abs(entry.amount)
        reason = entry.reason.strip()
        when = _moment_text(entry.at, time_only=True)
        label = MOVEMENT_NAMES.get(entry.kind, entry.kind)
        if when:
            label = f"{when} {label}"
        rows.append(ReportRow(label, amount=signed))
        who = entry.user
        detail = f"{reason} ({who})" if reason and who else reason or who
        if detail:
            rows.append(ReportRow(detail, indent=1))
    return rows


def _identity(report: DayReport) -> list[ReportRow]:
    """The system and register that made the report, and the day's receipt numbers (issue 14)."""
    system = " ".join(part for part in (report.system_name, report.system_version) if part)
    first, last = report.first_receipt_no, report.last_receipt_no
    # A report stored before it carried them (no version) did not keep the numbers.
    none = "Ingen" if report.system_version else "Ikke lagret"
    return [
        ReportRow("Kassesystem", text=system),
        ReportRow("Kasse-ID", text=report.register),
        ReportRow("Første kvitteringsnr.", text=none if first is None else str(first)),
        ReportRow("Siste kvitteringsnr.", text=none if last is None else str(last)),
    ]


def _denomination_rows(closing_count: dict[str, int]) -> list[ReportRow]:
    """The final closing count by denomination, largest first: pieces and amount of each counted.

    They stand under "Opptalt kontant", which is their sum.
    """
    return [
        ReportRow(
            f"{int(denomination) // 100} kr",
            count=int(pieces),
            amount=int(denomination) * int(pieces),
            indent=1,
        )
        for denomination, pieces in sorted(closing_count.items(), key=lambda kv: -int(kv[0]))
    ]


def _float_rows(report: DayReport) -> list[ReportRow]:
    """The float against what the last close left, with the note on why it differs (issue 13)."""
    last = report.last_close_cash
    if last is None or last == report.opening_float:
        return []
    rows = [ReportRow("Forrige Z la igjen", amount=last, indent=1)]
    if report.float_note:
        rows.append(ReportRow("Merknad", text=report.float_note, indent=1))
    return rows


def _count_rows(report: DayReport) -> list[ReportRow]:
    """Every closing count: when, which, by whom, its amount; a recount who approved it and why.

    The first (blind) count leads; the final one is "Opptalt kontant" below them.
    """
    rows: list[ReportRow] = []
    for line in report.counts:
        when = _moment_text(line.at, time_only=True)
        name = "Første opptelling" if line.kind == "first" else f"Ny opptelling ({line.seq}.)"
        label = f"{when} {name}" if when else name
        rows.append(ReportRow(f"{label}, {line.by}", amount=line.cash, indent=1))
        if line.kind != "first":
            approved = f"godkjent av {line.approved_by}" if line.approved_by else ""
            detail = ": ".join(part for part in (approved, line.note) if part)
            if detail:
                rows.append(ReportRow(detail[:1].upper() + detail[1:], indent=2))
    return rows


def _reconciliation(report: DayReport) -> list[ReportRow]:
    """The card terminal's batch and the Vipps settlement against the till's own figures."""
    rows: list[ReportRow] = []
    for method, label, entered, till, difference in (
        ("card", "Kortterminalens batch", report.card_batch_total, report.card_total, report.card_difference),
        ("vipps", "Vipps-oppgjør", report.vipps_settlement, report.vipps_total, report.vipps_difference),
    ):
        if entered is None:
            continue
        rows.append(ReportRow(f"{_method_name(method)} i kassa", amount=till))
        rows.append(ReportRow(label, amount=entered))
        rows.append(
            ReportRow(
                "Differanse", amount=entered - till if difference is None else difference, bold=True, indent=1
            )
        )
    return rows


def _moment_text(value: str, *, time_only: bool = False) -> str:
    """An ISO moment as ``12.11.2026 kl. 14.03`` (or ``14.03``); text that is not one, as it is."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return format_time(moment) if time_only else format_datetime(moment)


def section_lines(sections: Sequence[ReportSection]) -> list[tuple[str, str, str]]:
    """(title, label, value) triples, for tests and plain-text views."""
    return [(s.title, r.label, value_text(r)) for s in sections for r in s.rows]
