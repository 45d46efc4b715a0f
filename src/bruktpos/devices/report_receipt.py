"""X and Z reports laid out: the sections every output shares, and the receipt-printer text.

:func:`report_sections` turns a day report (``DayReport`` from
:mod:`bruktpos.services.reports`, or its ``to_json()`` dict) into titled
sections of rows — label, count, amount — in the order the cash register rules
list the figures. The receipt printer (:func:`render_report`), the A4 PDF
(:mod:`bruktpos.devices.report_pdf`) and the screen all lay out these same
sections, so the three never disagree about what a Z holds.

The words are Norwegian, as on the receipts: paper from a Norwegian shop.
The report is read through its JSON (integer øre, the keys of issue 5 item 7),
so the layout depends on the one stable shape of the report, not on how the
service builds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bruktpos.devices.receipts import PAYMENT_NAMES, WIDE, ReceiptLine, _Layout, format_org_number, money

if TYPE_CHECKING:
    from bruktpos.services.shop import ShopInfo

MOVEMENT_NAMES = {"pay_in": "Innskudd", "pay_out": "Uttak", "deposit": "Bankinnskudd"}
KIND_TITLES = {"x": "X-rapport", "z": "Z-rapport"}


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
    address_lines: tuple[str, ...]
    register: str
    business_date: str  # dd.mm.yyyy
    created: str  # dd.mm.yyyy kl. HH.MM, or ""


def report_data(report: Any) -> dict[str, Any]:
    """The report as its JSON dict (accepts a ``DayReport`` or the dict itself)."""
    if isinstance(report, Mapping):
        return dict(report)
    to_json = getattr(report, "to_json", None)
    if to_json is None:
        raise TypeError(f"not a day report: {type(report).__name__}")
    data = to_json()
    if isinstance(data, str):  # a JSON text rather than a dict
        import json

        data = json.loads(data)
    return dict(data)


def report_kind(data: Mapping[str, Any]) -> str:
    kind = str(data.get("kind") or "").lower()
    if kind in KIND_TITLES:
        return kind
    return "z" if data.get("z_number") is not None else "x"


def report_heading(report: Any, shop: ShopInfo | None) -> ReportHeading:
    data = report_data(report)
    kind = report_kind(data)
    z_number = data.get("z_number")
    title = KIND_TITLES[kind]
    if kind == "z" and z_number is not None:
        title = f"{title} nr. {z_number}"
    address: list[str] = []
    org_line = ""
    name = str(data.get("shop_name") or "")
    if data.get("org_number"):
        org_line = format_org_number(str(data["org_number"]), False)
    if shop is not None:
        name = shop.name
        org_line = format_org_number(shop.org_number, shop.vat_registered)
        if shop.address.strip():
            address.append(shop.address.strip())
        place = " ".join(p.strip() for p in (shop.postcode, shop.city) if p.strip())
        if place:
            address.append(place)
    register = data.get("register_code") or data.get("register") or ""
    created = data.get("taken_at") or data.get("created_at") or ""
    return ReportHeading(
        title=title,
        kind=kind,
        z_number=z_number if isinstance(z_number, int) else None,
        shop_name=name,
        org_line=org_line,
        address_lines=tuple(address),
        register=str(register),
        business_date=_date_text(data.get("date") or data.get("business_date")),
        created=_moment_text(created),
    )


def report_sections(report: Any) -> list[ReportSection]:
    """Every figure of an X or Z report, in titled sections (see the module docstring)."""
    data = report_data(report)
    sections: list[ReportSection] = []

    returns = abs(_int(data.get("returns")))
    sales = [
        ReportRow("Salgskvitteringer", count=_int(data.get("receipts"))),
        ReportRow("Brutto salg", amount=_int(data.get("gross_sales"))),
        ReportRow("Returer", amount=-returns),
        ReportRow("Netto salg", amount=_int(data.get("net_sales")), bold=True),
    ]
    if "shop_sales" in data and "cafe_sales" in data:
        sales.append(ReportRow("herav butikk", amount=_int(data.get("shop_sales")), indent=1))
        sales.append(ReportRow("herav kafé", amount=_int(data.get("cafe_sales")), indent=1))
    if "vat_total" in data:
        sales.append(ReportRow("herav MVA", amount=_int(data.get("vat_total")), indent=1))
    if "rounding" in data:
        sales.append(ReportRow("Øreavrunding (kontant)", amount=_int(data.get("rounding"))))
    sections.append(ReportSection("Salg", tuple(sales)))

    sections.append(ReportSection("Salg per varegruppe", tuple(_categories(data.get("by_category")))))
    sections.append(ReportSection("Salg per MVA-sats", tuple(_vat_rows(data.get("by_vat")))))
    sections.append(ReportSection("Salg per betalingsmåte", tuple(_payments(data.get("by_payment")))))
    sections.append(
        ReportSection("Salg per kasserer og betalingsmåte", tuple(_operators(data.get("by_operator"))))
    )

    events = [
        _pair(data, "Kopier av kvittering", "copies"),
        ReportRow("Returer", count=_int(data.get("returns_count")), amount=returns),
        _pair(data, "Rabatter", "discounts"),
        _pair(data, "Annulleringer", "voids"),
        _pair(data, "Linjekorrigeringer", "corrections", "line_corrections"),
        _pair(data, "Prisendringer", "price_overrides"),
        ReportRow("Kasseskuff åpnet uten salg", count=_opt_int(data.get("no_sale_openings")) or 0),
    ]
    # Store credit apart (by payment nets it), on days that had any.
    if _opt_int(data.get("vouchers_issued_count")) or _opt_int(data.get("vouchers_redeemed_count")):
        events.append(_pair(data, "Tilgodelapper gitt ut", "vouchers_issued"))
        events.append(_pair(data, "Tilgodelapper innløst", "vouchers_redeemed"))
    sections.append(ReportSection("Hendelser (antall og beløp)", tuple(events)))

    cash = [ReportRow("Veksel (åpning)", amount=_int(data.get("float")))]
    cash_sales = _cash_sales(data)
    if cash_sales is not None:
        cash.append(ReportRow("Kontantsalg", amount=cash_sales))
    if "cash_refunds" in data:
        cash.append(ReportRow("Kontant tilbakebetalt", amount=-abs(_int(data.get("cash_refunds")))))
    cash += [
        ReportRow("Innskudd", amount=_int(data.get("cash_in"))),
        ReportRow("Uttak", amount=-abs(_int(data.get("cash_out")))),
        ReportRow("Bankinnskudd", amount=-abs(_int(data.get("deposits")))),
        ReportRow("Forventet kontant", amount=_int(data.get("expected_cash")), bold=True),
    ]
    if data.get("counted_cash") is not None:
        cash.append(ReportRow("Opptalt kontant", amount=_int(data.get("counted_cash")), bold=True))
    if data.get("difference") is not None:
        cash.append(ReportRow("Differanse", amount=_int(data.get("difference")), bold=True))
    note = data.get("difference_note")
    if note:
        cash.append(ReportRow("Merknad", text=str(note)))
    sections.append(ReportSection("Kontanter", tuple(cash)))

    movements = _movements(data.get("movements") or data.get("cash_movements"))
    sections.append(ReportSection("Inn og ut av kassen", tuple(movements)))

    reconciliation = _reconciliation(data)
    if reconciliation:
        sections.append(ReportSection("Avstemming kort og Vipps", tuple(reconciliation)))

    people = []
    for key, label in (
        ("opened_by", "Dagen åpnet av"),
        ("closed_by", "Z tatt av"),
        ("created_by", "Tatt av"),
        ("approved_by", "Differanse godkjent av"),
        ("second_counter", "Kontrolltalt av"),
    ):
        if data.get(key):
            people.append(ReportRow(label, text=_person(data[key])))
    if people:
        sections.append(ReportSection("Hvem", tuple(people)))

    sections.append(
        ReportSection(
            "Totaler siden installasjon",
            (
                ReportRow("Totalt salg", amount=_int(data.get("grand_total_sales"))),
                ReportRow("Totalt returer", amount=_int(data.get("grand_total_returns"))),
                ReportRow("Totalt netto", amount=_int(data.get("grand_total_net")), bold=True),
            ),
        )
    )
    return sections


def render_report(report: Any, shop: ShopInfo | None, *, width: int = WIDE) -> list[ReceiptLine]:
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
    value = _value_text(row)
    indent = row.indent * 2
    if not value:
        out.text(row.label, bold=row.bold, indent=indent)
        return
    if row.text is not None and len(row.text) > out.width // 2:
        out.text(f"{row.label}:", bold=row.bold, indent=indent)
        out.text(row.text, indent=indent + 2)
        return
    out.pair(row.label, value, bold=row.bold, indent=indent)


def _value_text(row: ReportRow) -> str:
    """``3 stk  kr 120,00``, ``kr 120,00``, ``3`` or the row's text."""
    if row.text is not None:
        return row.text
    parts = []
    if row.count is not None:
        parts.append(f"{row.count} stk" if row.amount is not None else str(row.count))
    if row.amount is not None:
        parts.append(money(row.amount))
    return "  ".join(parts)


def value_text(row: ReportRow) -> str:
    """A row's value as one text (counts and amounts), for any layout."""
    return _value_text(row)


# --- reading the JSON, tolerant of the shapes a figure may come in -------------------


def _int(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Mapping):
        return _int(value.get("amount", value.get("total", 0)))
    return 0


def _opt_int(value: Any) -> int | None:
    if isinstance(value, Mapping):
        value = value.get("count")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _pair(data: Mapping[str, Any], label: str, *keys: str) -> ReportRow:
    """A count-and-amount row from ``key`` (amount, or {count, amount}) and ``key_count``."""
    for key in keys:
        if key in data:
            return _count_amount(label, data.get(f"{key}_count"), data.get(key))
    return ReportRow(label, count=0, amount=0)


def _count_amount(label: str, count: Any, amount: Any = None) -> ReportRow:
    """A row from ``n``, ``{count, amount}`` or a separate count and amount."""
    if isinstance(count, Mapping):
        return ReportRow(label, count=_opt_int(count) or 0, amount=_opt_amount(count))
    if isinstance(amount, Mapping):
        return ReportRow(label, count=_opt_int(amount) or _opt_int(count) or 0, amount=_opt_amount(amount))
    return ReportRow(
        label,
        count=_opt_int(count) or 0,
        amount=amount if isinstance(amount, int) and not isinstance(amount, bool) else None,
    )


def _opt_amount(value: Mapping[str, Any]) -> int | None:
    for key in ("amount", "total"):
        if isinstance(value.get(key), int):
            return value[key]
    return None


def _method_name(method: str) -> str:
    return PAYMENT_NAMES.get(method, MOVEMENT_NAMES.get(method, method.replace("_", " ").capitalize()))


def _payments(value: Any) -> list[ReportRow]:
    rows = []
    if isinstance(value, Mapping):
        items: Iterable[tuple[str, Any]] = value.items()
    elif isinstance(value, list):
        items = ((str(p.get("method")), p) for p in value if isinstance(p, Mapping))
    else:
        items = ()
    total = 0
    for method, amount in items:
        count = _opt_int(amount) if isinstance(amount, Mapping) else None
        rows.append(ReportRow(_method_name(method), amount=_int(amount), count=count))
        total += _int(amount)
    if rows:
        rows.append(ReportRow("Sum", amount=total, bold=True))
    return rows


def _categories(value: Any) -> list[ReportRow]:
    if not isinstance(value, list):
        return []
    rows: list[ReportRow] = []
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for entry in value:
        if isinstance(entry, Mapping):
            group = str(entry.get("group") or entry.get("kind") or "")
            groups.setdefault(group, []).append(entry)
    group_names = {"goods": "Butikk", "cafe": "Kafé", "shop": "Butikk"}
    many = len(groups) > 1 or (len(groups) == 1 and "" not in groups)
    total = 0
    for group, entries in groups.items():
        if many:
            subtotal = sum(_int(e.get("amount")) for e in entries)
            rows.append(ReportRow(group_names.get(group, group or "Annet"), amount=subtotal, bold=True))
        for entry in entries:
            name = str(entry.get("category") or entry.get("name") or "")
            rows.append(
                ReportRow(
                    name,
                    amount=_int(entry.get("amount")),
                    count=_opt_int(entry.get("count")),
                    indent=1 if many else 0,
                )
            )
            total += _int(entry.get("amount"))
    if rows:
        rows.append(ReportRow("Sum", amount=total, bold=True))
    return rows


def _rate_text(rate: Any) -> str:
    if isinstance(rate, int) and not isinstance(rate, bool):
        whole, rest = divmod(rate, 100) if rate > 100 or rate in (0,) else (rate, 0)
        return f"{whole} %" if not rest else f"{whole},{rest:02d}".rstrip("0") + " %"
    return f"{rate} %"


def _vat_rows(value: Any) -> list[ReportRow]:
    if not isinstance(value, list):
        return []
    rows = []
    for entry in value:
        if not isinstance(entry, Mapping):
            continue
        rate = _rate_text(entry.get("rate"))
        gross, vat = _int(entry.get("gross")), _int(entry.get("vat"))
        net = _int(entry["net"]) if "net" in entry else gross - vat
        rows.append(ReportRow(f"MVA {rate}", amount=gross, bold=True))
        rows.append(ReportRow("Grunnlag", amount=net, indent=1))
        rows.append(ReportRow("MVA", amount=vat, indent=1))
    return rows


def _operators(value: Any) -> list[ReportRow]:
    """Each operator: receipts and net sales, then what they took by payment method."""
    rows: list[ReportRow] = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, Mapping):
            continue
        payments = entry.get("by_payment") or {}
        name = _person(entry.get("name") or "")
        rows.append(
            ReportRow(
                name, amount=_int(entry.get("amount")), count=_opt_int(entry.get("receipts")), bold=True
            )
        )
        rows += [
            ReportRow(_method_name(str(method)), amount=_int(amount), indent=1)
            for method, amount in payments.items()
        ]
    return rows


def _person(value: Any) -> str:
    if isinstance(value, Mapping):
        return str(value.get("name") or value.get("id") or "")
    return str(value)


def _cash_sales(data: Mapping[str, Any]) -> int | None:
    if "cash_sales" in data:
        return _int(data["cash_sales"])
    payments = data.get("by_payment")
    if isinstance(payments, Mapping) and "cash" in payments:
        return _int(payments["cash"])
    return None


def _movements(value: Any) -> list[ReportRow]:
    if not isinstance(value, list):
        return []
    rows = []
    for entry in value:
        if not isinstance(entry, Mapping):
            continue
        kind = str(entry.get("kind") or "")
        amount = _int(entry.get("amount"))
        signed = amount if kind == "pay_in" else -abs(amount)
        reason = str(entry.get("reason") or "").strip()
        when = _moment_text(entry.get("at") or "", time_only=True)
        label = MOVEMENT_NAMES.get(kind, kind)
        if when:
            label = f"{when} {label}"
        rows.append(ReportRow(label, amount=signed))
        who = _person(entry.get("user") or "")
        detail = f"{reason} ({who})" if reason and who else reason or who
        if detail:
            rows.append(ReportRow(detail, indent=1))
    return rows


def _reconciliation(data: Mapping[str, Any]) -> list[ReportRow]:
    """The card terminal's batch and the Vipps settlement against the till's own figures."""
    rows: list[ReportRow] = []
    payments = data.get("by_payment") if isinstance(data.get("by_payment"), Mapping) else {}
    for key, method, label in (
        ("card_batch_total", "card", "Kortterminalens batch"),
        ("vipps_settlement", "vipps", "Vipps-oppgjør"),
    ):
        entered = data.get(key)
        if entered is None:
            continue
        till = data.get(f"{method}_total")
        if not isinstance(till, int):
            till = _int(payments.get(method, 0))  # type: ignore[union-attr]
        difference = data.get(f"{method}_difference")
        if not isinstance(difference, int):
            difference = _int(entered) - till
        rows.append(ReportRow(f"{_method_name(method)} i kassen", amount=till))
        rows.append(ReportRow(label, amount=_int(entered)))
        rows.append(ReportRow("Differanse", amount=difference, bold=True, indent=1))
    return rows


def _date_text(value: Any) -> str:
    if isinstance(value, (date, datetime)):
        return value.strftime("%d.%m.%Y")
    text = str(value or "")
    try:
        return date.fromisoformat(text[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _moment_text(value: Any, *, time_only: bool = False) -> str:
    if not value:
        return ""
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return value.strftime("%H.%M") if time_only else value.strftime("%d.%m.%Y kl. %H.%M")


def section_lines(sections: Sequence[ReportSection]) -> list[tuple[str, str, str]]:
    """(title, label, value) triples, for tests and plain-text views."""
    return [(s.title, r.label, _value_text(r)) for s in sections for r in s.rows]
