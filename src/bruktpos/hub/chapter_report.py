"""The chapter's monthly report: every shop's month beside the same month last year.

Read from the hub (:mod:`bruktpos.hub.queries`) and written as an A4 PDF
(reportlab, with a bar chart from ``reportlab.graphics``) for the board, and
as CSV for a spreadsheet (UTF-8 with BOM, semicolons, decimal commas: what
Excel in Norway opens without asking). The words are Norwegian, like the
shop's own Z report PDF; amounts are written ``kr 1 234``.
"""

from __future__ import annotations

import calendar
import csv
import os
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from babel.dates import format_date
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import Engine

from bruktpos.domain.formatting import format_money, format_number, format_percent, plain_spaces
from bruktpos.hub import queries

INK = colors.HexColor("#1b1f23")
MUTED = colors.HexColor("#4a5259")
ACCENT = colors.HexColor("#2d4a63")
LAST_YEAR = colors.HexColor("#b8b2a8")
RULE = colors.HexColor("#c8ccd0")
SHADE = colors.HexColor("#eef1f4")
FLAG = colors.HexColor("#f6d5d3")


@dataclass(frozen=True)
class ShopMonth:
    """One shop's month (money in øre, weight in grams)."""

    code: str
    name: str
    net_sales: int
    receipts: int
    grams_received: int
    cash_difference: int  # the month's differences added up (counted − expected)
    largest_difference: int  # the single register-day furthest from zero
    days: int  # register-days reported
    last_year: int | None  # net sales the same month last year; None: nothing sent then

    @property
    def change(self) -> Decimal | None:
        if not self.last_year:
            return None
        return (Decimal(self.net_sales - self.last_year) * 100 / self.last_year).quantize(
            Decimal("0.1"), ROUND_HALF_UP
        )


@dataclass(frozen=True)
class ChapterReport:
    month: date  # the first day of the month
    shops: list[ShopMonth]
    made_at: datetime
    compared_until: date | None = None  # last day of last year's month that is compared

    def total(self, attribute: str) -> int:
        return sum(getattr(shop, attribute) or 0 for shop in self.shops)

    @property
    def last_year_total(self) -> int | None:
        values = [shop.last_year for shop in self.shops if shop.last_year is not None]
        return sum(values) if values else None

    @property
    def change(self) -> Decimal | None:
        last = self.last_year_total
        if not last:
            return None
        return (Decimal(self.total("net_sales") - last) * 100 / last).quantize(Decimal("0.1"), ROUND_HALF_UP)


def month_range(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _year_before(month: date) -> date:
    return month.replace(year=month.year - 1, day=1)


def build_chapter_report(engine: Engine, month: date, *, made_at: datetime | None = None) -> ChapterReport:
    """Every shop on the hub for the month of ``month``, with the same month last year."""
    made_at = made_at or datetime.now().astimezone()
    start, end = month_range(month)
    last_start, last_end = month_range(_year_before(start))
    yesterday = made_at.date() - timedelta(days=1)
    if start <= yesterday < end:  # a month under way: compare the same days of last year
        last_end = last_start + (yesterday - start)
    contacts = queries.shop_contacts(engine)
    names = {c.shop_code: c.shop_name for c in contacts}
    now_rows = {r.shop_code: r for r in queries.overview(engine, start, end, by="month")}
    last_rows = {r.shop_code: r for r in queries.overview(engine, last_start, last_end, by="month")}
    largest: dict[str, int] = {}
    for d in queries.cash_differences(engine, start, end):
        if abs(d.difference) > abs(largest.get(d.shop_code, 0)):
            largest[d.shop_code] = d.difference
    for code, now in now_rows.items():
        names.setdefault(code, now.shop_name)
    shops = []
    for code in sorted(names):
        row = now_rows.get(code)
        last = last_rows.get(code)
        shops.append(
            ShopMonth(
                code=code,
                name=names[code],
                net_sales=row.net_sales if row else 0,
                receipts=row.receipts if row else 0,
                grams_received=row.grams_received if row else 0,
                cash_difference=row.cash_difference if row else 0,
                largest_difference=largest.get(code, 0),
                days=row.days if row else 0,
                last_year=last.net_sales if last else None,
            )
        )
    return ChapterReport(start, shops, made_at, compared_until=last_end)


# --- text -------------------------------------------------------------------------


def month_name(month: date) -> str:
    return format_date(month, "MMMM y", locale="nb_NO")


def kroner(ore: int) -> str:
    """Whole kroner, rounded half away from zero: ``kr 1 235``."""
    whole = int((Decimal(abs(ore)) / 100).quantize(Decimal(1), ROUND_HALF_UP)) * 100
    return format_money(whole if ore >= 0 else -whole, whole=True)


def _places(value: Decimal) -> int:
    return max(0, -int(value.as_tuple().exponent))


def _decimal_comma(value: Decimal) -> str:
    return format_number(value, places=_places(value), grouping=False)


def _kg(grams: int) -> Decimal:
    return (Decimal(grams) / 1000).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _kg_text(grams: int) -> str:
    """Kilos for people: ``1 580,5`` (grouped, decimal comma)."""
    return format_number(_kg(grams), places=1)


def _change(value: Decimal | None) -> str:
    if value is None:
        return "–"
    return plain_spaces(format_percent(value, places=_places(value), signed=True))


# --- CSV --------------------------------------------------------------------------

CSV_HEADER = (
    "butikk",
    "navn",
    "måned",
    "netto_salg_kr",
    "samme_måned_i_fjor_kr",
    "endring_prosent",
    "kvitteringer",
    "kg_mottatt",
    "kassedifferanse_kr",
    "største_differanse_kr",
    "kassedager",
)


def _kr_csv(ore: int | None) -> str:
    if ore is None:
        return ""
    return _decimal_comma((Decimal(ore) / 100).quantize(Decimal("0.01")))


def write_csv(report: ChapterReport, path: str | os.PathLike[str]) -> None:
    """The report as CSV: UTF-8 with BOM, ``;`` between fields, decimal comma; a total row last."""
    month = f"{report.month:%Y-%m}"
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADER)
        for s in report.shops:
            writer.writerow(
                (
                    s.code,
                    s.name,
                    month,
                    _kr_csv(s.net_sales),
                    _kr_csv(s.last_year),
                    "" if s.change is None else _decimal_comma(s.change),
                    s.receipts,
                    _decimal_comma(_kg(s.grams_received)),
                    _kr_csv(s.cash_difference),
                    _kr_csv(s.largest_difference),
                    s.days,
                )
            )
        writer.writerow(
            (
                "TOTALT",
                "Hele kretsen",
                month,
                _kr_csv(report.total("net_sales")),
                _kr_csv(report.last_year_total),
                "" if report.change is None else _decimal_comma(report.change),
                report.total("receipts"),
                _decimal_comma(_kg(report.total("grams_received"))),
                _kr_csv(report.total("cash_difference")),
                "",
                report.total("days"),
            )
        )


# --- PDF --------------------------------------------------------------------------

_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=ACCENT)
_SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=10, leading=13, textColor=MUTED)
_HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=ACCENT)
_NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=8.5, leading=11, textColor=MUTED)
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5, textColor=INK)

FLAG_ABOVE = 100_00  # a register-day off by more than this is shaded in the PDF


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(report: ChapterReport) -> Table:
    head = [
        "Butikk",
        "Netto salg",
        "Samme mnd.\ni fjor",
        "Endring",
        "Kvitte-\nringer",
        "Kg\nmottatt",
        "Kasse-\ndifferanse",
        "Største\ndifferanse",
    ]
    rows: list[list[Any]] = [head]
    shaded: list[int] = []
    for n, s in enumerate(report.shops, start=1):
        rows.append(
            [
                Paragraph(f"{_escape(s.name)} <font color='#4a5259'>({_escape(s.code)})</font>", _CELL),
                kroner(s.net_sales),
                "–" if s.last_year is None else kroner(s.last_year),
                _change(s.change),
                format_number(s.receipts),
                _kg_text(s.grams_received),
                format_money(s.cash_difference),  # cash to the øre: small sums that matter
                format_money(s.largest_difference) if s.largest_difference else "–",
            ]
        )
        if abs(s.largest_difference) > FLAG_ABOVE:
            shaded.append(n)
    rows.append(
        [
            Paragraph("<b>Hele kretsen</b>", _CELL),
            kroner(report.total("net_sales")),
            "–" if report.last_year_total is None else kroner(report.last_year_total),
            _change(report.change),
            format_number(report.total("receipts")),
            _kg_text(report.total("grams_received")),
            format_money(report.total("cash_difference")),
            "",
        ]
    )
    widths = [52 * mm, 22 * mm, 22 * mm, 16 * mm, 16 * mm, 16 * mm, 21 * mm, 19 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 1, ACCENT),
        ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    style += [("BACKGROUND", (6, n), (7, n), FLAG) for n in shaded]
    table.setStyle(TableStyle(style))
    return table


def _chart(report: ChapterReport, width: float) -> Drawing:
    """Net sales per shop, this month and the same month last year, in whole kroner."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 20 * mm, height - 24 * mm
    shops = report.shops or []
    chart.data = [
        [s.net_sales / 100 for s in shops] or [0],
        [(s.last_year or 0) / 100 for s in shops] or [0],
    ]
    chart.categoryAxis.categoryNames = [s.code for s in shops] or [""]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 6.5 if len(shops) > 12 else 8
    chart.categoryAxis.labels.angle = 45 if len(shops) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(shops) > 12 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda v: format_number(round(v))
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = LAST_YEAR
    for n in range(2):
        chart.bars[n].strokeColor = None
        chart.bars[n].strokeWidth = 0
    chart.barSpacing = 0.5
    chart.groupSpacing = 3
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 70 * mm, height - 3 * mm
    legend.fontName, legend.fontSize = "Helvetica", 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 34 * mm
    legend.strokeColor = None
    legend.colorNamePairs = [
        (ACCENT, month_name(report.month)),
        (LAST_YEAR, month_name(_year_before(report.month))),
    ]
    drawing.add(legend)
    drawing.add(String(0, height - 4 * mm, "kr", fontName="Helvetica", fontSize=8, fillColor=MUTED))
    return drawing


def _under_way(report: ChapterReport) -> list[Any]:
    last_start, last_end = month_range(_year_before(report.month))
    if report.compared_until is None or report.compared_until >= last_end:
        return []
    return [
        Paragraph(
            f"Måneden er ikke over: i fjor-tallene gjelder {last_start.day}.–"
            f"{format_date(report.compared_until, 'd. MMMM y', locale='nb_NO')}, like mange dager som i år.",
            _SUBTITLE,
        )
    ]


def write_pdf(report: ChapterReport, path: str | os.PathLike[str]) -> None:
    """The report as an A4 PDF: title, a bar chart per shop, then the table with the chapter's total."""
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"Kretsrapport {month_name(report.month)}",
        author="BruktPOS",
    )
    made = format_date(report.made_at.date(), "d. MMMM y", locale="nb_NO")
    total_kg = _kg_text(report.total("grams_received"))
    story: list[Any] = [
        Paragraph(f"Kretsrapport {_escape(month_name(report.month))}", _TITLE),
        Paragraph(
            f"{len(report.shops)} butikker · netto salg {kroner(report.total('net_sales'))} · "
            f"{total_kg} kg gitt et nytt liv · laget {made}",
            _SUBTITLE,
        ),
        *_under_way(report),
        Spacer(1, 5 * mm),
        Paragraph("Netto salg per butikk, mot samme måned i fjor", _HEADING),
        _chart(report, document.width),
        Spacer(1, 4 * mm),
        Paragraph("Butikkene", _HEADING),
        Spacer(1, 1.5 * mm),
        _table(report),
        Spacer(1, 3 * mm),
        Paragraph(
            "Netto salg er salg etter rabatter minus returer, med mva. Kassedifferanse er opptalt minus "
            "forventet kontant ved dagsoppgjøret (Z), lagt sammen for måneden; største differanse er den "
            f"ene kassadagen lengst fra null (skravert når over {kroner(FLAG_ABOVE)}). "
            "Kg mottatt er gaver veid inn i måneden.",
            _NOTE,
        ),
    ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(14 * mm, 9 * mm, f"BruktPOS · kretsrapport {report.month:%Y-%m}")
        canvas.drawRightString(A4[0] - 14 * mm, 9 * mm, f"side {doc.page}")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
