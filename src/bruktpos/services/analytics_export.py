"""A period report as a spreadsheet (CSV) and on paper (PDF).

Both are made from the same tables (:func:`report_sections`), so the CSV and
the PDF never disagree. The words are Norwegian, like the receipts and the
Z report: these files are kept with the shop's books and handed to people
who read Norwegian.

The CSV is what Norwegian Excel opens with a double click: UTF-8 with a
byte-order mark (so æ, ø and å survive), ``;`` between fields, and amounts in
kroner with a decimal comma and no thousands separator (``1234,50``), which
Excel reads as numbers.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.domain.formatting import (
    format_datetime,
    format_money,
    format_number,
    format_percent,
    format_weight_kg,
)
from bruktpos.services.analytics import PeriodReport, period_label, short_date

if TYPE_CHECKING:
    from bruktpos.devices.analytics_pdf import KeyFigure, ReportDocument, ReportSection

# The PDF's painter (bruktpos.devices.analytics_pdf) is imported where a file is made: it
# loads reportlab's charts and platypus (a tenth of a second), which the reports screen,
# showing figures with this module's texts, should not pay for when it opens.

PAYMENT_NAMES = {"cash": "Kontant", "card": "Kort", "vipps": "Vipps", "voucher": "Tilgodelapp"}
KIND_NAMES = {"goods": "Butikk", "cafe": "Kafé"}
CSV_ENCODING = "utf-8-sig"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def kroner_text(ore: int) -> str:
    """øre as kroner for a spreadsheet: ``123450`` → ``"1234,50"``, ``-500`` → ``"-5,00"``."""
    return format_number(Decimal(ore).scaleb(-2), places=2, grouping=False)


def kilo_text(grams: int) -> str:
    """grams as kilos with a decimal comma: ``12345`` → ``"12,3"`` (rounded half up to 100 g)."""
    return format_number(Decimal(grams).scaleb(-3), places=1, grouping=False)


def kilo_display(grams: int) -> str:
    """grams as kilos for people to read: ``29590900`` → ``"29 590,9 kg"`` (no-break spaces)."""
    return format_weight_kg(grams)  # rounded half up to 100 g, as in the CSV


def decimal_text(value: float | None, places: int = 1) -> str:
    """A number with a decimal comma (``""`` for none)."""
    # The float's shortest exact text, so 2.25 rounds up to "2,3" the way a person would.
    return "" if value is None else format_number(Decimal(repr(value)), places=places, grouping=False)


def percent_text(share: float | None) -> str:
    """``0.4567`` → ``"45,7"`` (percent, no sign)."""
    return "" if share is None else decimal_text(100 * share)


def share_text(share: float | None) -> str:
    """``0.4567`` → ``"45,7 %"`` for people to read (``""`` for none)."""
    return "" if share is None else format_percent(Decimal(repr(100 * share)), places=1)


def payment_name(method: str) -> str:
    return PAYMENT_NAMES.get(method, method)


def key_figures(report: PeriodReport) -> tuple[KeyFigure, ...]:
    """The four tiles: omsetning, kvitteringer, snitt per kvittering, kilo mottatt."""
    from bruktpos.devices.analytics_pdf import KeyFigure

    return (
        KeyFigure("Omsetning", format_money(report.net_sales)),
        KeyFigure("Antall kvitteringer", str(report.receipts)),
        KeyFigure("Snitt per kvittering", format_money(report.average_receipt)),
        KeyFigure("Kilo mottatt", kilo_display(report.grams_received)),
    )


def report_sections(report: PeriodReport) -> tuple[ReportSection, ...]:
    """The report's tables (in Norwegian), each with the chart that goes with it."""
    from bruktpos.devices.analytics_pdf import Chart, ReportSection

    categories = report.by_category
    sections = [
        ReportSection(
            "Nøkkeltall",
            ("Nøkkeltall", "Verdi"),
            (
                ("Omsetning (kr)", kroner_text(report.net_sales)),
                ("Salg (kr)", kroner_text(report.gross_sales)),
                ("Returer (kr)", kroner_text(report.returns)),
                ("Antall kvitteringer", str(report.receipts)),
                ("Antall returer", str(report.returns_count)),
                ("Snitt per kvittering (kr)", kroner_text(report.average_receipt)),
                ("Øreavrunding (kr)", kroner_text(report.rounding)),
                ("Gaver mottatt", str(report.donations)),
                ("Kilo mottatt", kilo_text(report.grams_received)),
            ),
            numeric=(1,),
        ),
        ReportSection(
            "Salg per kategori",
            ("Kategori", "Type", "Antall", "Beløp (kr)"),
            tuple(
                (c.name, KIND_NAMES.get(c.kind, c.kind), str(c.count), kroner_text(c.amount))
                for c in categories
            ),
            numeric=(2, 3),
            chart=Chart(
                "bar", tuple(c.name for c in categories), tuple(c.amount / 100 for c in categories), "kr"
            ),
            empty_text="Ingen salg i perioden.",
            footer=("Sum", "", str(sum(c.count for c in categories)), kroner_text(report.net_sales)),
        ),
        ReportSection(
            "Kafé og butikk",
            ("Del", "Beløp (kr)", "Andel (%)"),
            tuple(
                (
                    name,
                    kroner_text(amount),
                    percent_text(amount / report.net_sales if report.net_sales else None),
                )
                for name, amount in (("Butikk", report.shop_sales), ("Kafé", report.cafe_sales))
            )
            if categories
            else (),
            numeric=(1, 2),
            chart=Chart("pie", ("Butikk", "Kafé"), (report.shop_sales / 100, report.cafe_sales / 100)),
            empty_text="Ingen salg i perioden.",
        ),
        ReportSection(
            "Betalingsmåter",
            ("Betalingsmåte", "Antall", "Beløp (kr)", "Andel (%)"),
            tuple(
                (
                    payment_name(p.method),
                    str(p.count),
                    kroner_text(p.amount),
                    percent_text(p.amount / report.payments_total if report.payments_total else None),
                )
                for p in report.by_payment
            ),
            numeric=(1, 2, 3),
            chart=Chart(
                "pie",
                tuple(payment_name(p.method) for p in report.by_payment),
                tuple(p.amount / 100 for p in report.by_payment),
            ),
            empty_text="Ingen betalinger i perioden.",
            footer=(
                "Sum",
                str(sum(p.count for p in report.by_payment)),
                kroner_text(report.payments_total),
                "",
            ),
        ),
        ReportSection(
            "Salg per time",
            ("Time", "Kvitteringer", "Beløp (kr)"),
            tuple(
                (f"{h.hour:02d}–{h.hour + 1:02d}", str(h.receipts), kroner_text(h.amount))
                for h in report.by_hour
            ),
            numeric=(1, 2),
            chart=Chart(
                "bar",
                tuple(f"{h.hour:02d}" for h in report.by_hour),
                tuple(h.amount / 100 for h in report.by_hour),
                "kr",
            ),
            empty_text="Ingen salg i perioden.",
        ),
        ReportSection(
            "Kilo mottatt",
            ("Kategori", "Kilo", "Antall"),
            tuple((k.name, kilo_text(k.grams), str(k.pieces)) for k in report.kilos),
            numeric=(1, 2),
            chart=Chart(
                "bar", tuple(k.name for k in report.kilos), tuple(k.grams / 1000 for k in report.kilos), "kg"
            ),
            empty_text="Ingen gaver mottatt i perioden.",
            footer=(
                "Sum",
                kilo_text(report.grams_received),
                str(sum(k.pieces for k in report.kilos)),
            ),
        ),
        ReportSection(
            "Omløpstid",
            ("Kategori", "Solgt", "Median dager", "Mottatt", "Av dem solgt", "Andel solgt (%)"),
            tuple(
                (
                    s.name,
                    str(s.sold),
                    decimal_text(s.median_days),
                    str(s.intake),
                    str(s.intake_sold),
                    percent_text(s.share_sold),
                )
                for s in report.sell_through
            ),
            numeric=(1, 2, 3, 4, 5),
            empty_text="Ingen merkede varer solgt eller mottatt i perioden.",
        ),
    ]
    return tuple(sections)


def spreadsheet_cell(value: str) -> str:
    """Text for a CSV cell that a spreadsheet never runs as a formula.

    A category name (or a person's, or a journal line) starting with ``=``,
    ``+``, ``-`` or ``@`` gets a ``'`` in front; amounts (``-5,00``) are
    numbers and stay as they are.
    """
    if value.startswith(_FORMULA_START) and not value.lstrip("-").replace(",", "").isdigit():
        return "'" + value
    return value


def report_csv(report: PeriodReport, shop_name: str) -> str:
    """The report as CSV text for Norwegian Excel (write it with :data:`CSV_ENCODING`).

    First a line naming the report, then each section: its title on a line
    of its own, its header, its rows (and its sum line), and an empty line.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    period = report.period
    writer.writerow(
        (
            "Rapport",
            spreadsheet_cell(shop_name),
            period_label(period),
            short_date(period.first),
            short_date(period.last),
        )
    )
    writer.writerow(())
    for section in report_sections(report):
        writer.writerow((section.title,))
        writer.writerow(section.header)
        for row in section.rows:
            writer.writerow([spreadsheet_cell(cell) for cell in row])
        if section.footer and section.rows:
            writer.writerow(section.footer)
        writer.writerow(())
    return out.getvalue()


def write_report_csv(report: PeriodReport, shop_name: str, path: str | Path) -> Path:
    """Save :func:`report_csv` at ``path``, with the byte-order mark Excel needs."""
    path = Path(path)
    path.write_text(report_csv(report, shop_name), encoding=CSV_ENCODING, newline="")
    return path


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def report_document(report: PeriodReport, shop_name: str) -> ReportDocument:
    """What the PDF shows: heading, tiles, and every section but the key figures' table."""
    from bruktpos.devices.analytics_pdf import ReportDocument

    period = report.period
    made = format_datetime(report.made_at)
    span = f"{short_date(period.first)}–{short_date(period.last)}"
    return ReportDocument(
        title=f"Rapport – {shop_name}",
        subtitle=_capital(period_label(period)) + (f" ({span})" if period.kind in ("day", "month") else ""),
        key_figures=key_figures(report),
        sections=report_sections(report)[1:],
        footnote=(
            f"Laget {made}. Beløp i kroner med MVA, salg minus returer; treningssalg er ikke med. "
            "Omløpstid: dager fra mottak til salg for merkede varer solgt i perioden; "
            "andel solgt gjelder varer mottatt i perioden, solgt til nå."
        ),
        meta={"title": f"Rapport {period.slug()} – {shop_name}", "author": shop_name},
    )


def write_report_pdf_file(report: PeriodReport, shop_name: str, path: str | Path) -> Path:
    """Save the report as an A4 PDF at ``path``."""
    from bruktpos.devices.analytics_pdf import write_report_pdf

    return write_report_pdf(report_document(report, shop_name), path)
