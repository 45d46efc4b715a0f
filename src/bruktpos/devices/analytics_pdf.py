"""A period report on A4 paper: key figures, tables and charts drawn as vectors.

A pure painter of plain data: :func:`write_report_pdf` takes a heading, the
key figures and a list of :class:`ReportSection` (a table, and optionally a
bar or pie chart) and lays them out with reportlab's platypus; the charts are
``reportlab.graphics`` bar and pie charts, not pictures of the screen, so
they print sharp at any size. What goes into the sections (and in which
words) is decided by :mod:`bruktpos.services.analytics_export`.

The standard PDF fonts only know Windows-1252: no-break spaces (which Babel
puts in amounts) become spaces and the minus sign a hyphen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bruktpos.domain.formatting import format_number, plain_spaces

# Calm colours that stay apart in grey print too.
PALETTE = (
    "#2d4a63",
    "#d08c3a",
    "#5b8c5a",
    "#a34a4a",
    "#6f5a8c",
    "#3f8c8c",
    "#8c7a3f",
    "#8a8f94",
)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-"})
_WIDTH = A4[0] - 36 * mm  # the text column


def pdf_text(text: str) -> str:
    """Text the standard fonts show, escaped for a reportlab Paragraph."""
    plain = text.translate(_SPACES)
    plain = plain.encode("cp1252", errors="replace").decode("cp1252")
    return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Chart:
    """A chart of one series: ``kind`` is ``"bar"`` or ``"pie"``; values are plain numbers."""

    kind: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    value_label: str = ""  # the unit on the bar chart's axis, e.g. "kr"


@dataclass(frozen=True)
class ReportSection:
    """A heading, a table (first row is the header) and perhaps a chart beside it.

    ``numeric`` names the columns to right-align. An empty ``rows`` prints
    ``empty_text`` instead of the table.
    """

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...] = ()
    chart: Chart | None = None
    empty_text: str = ""
    footer: tuple[str, ...] | None = None  # a sum line, printed bold


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str


@dataclass(frozen=True)
class ReportDocument:
    """Everything one PDF holds."""

    title: str
    subtitle: str
    key_figures: tuple[KeyFigure, ...]
    sections: tuple[ReportSection, ...]
    footnote: str = ""
    meta: dict[str, str] = field(default_factory=dict)  # PDF title/author


def _bar(chart: Chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 42
    bars.width, bars.height = width - 50, height - 52
    bars.data = [list(chart.values) or [0]]
    bars.bars[0].fillColor = colors.HexColor(PALETTE[0])
    bars.bars[0].strokeColor = None
    bars.valueAxis.valueMin = 0
    top = max([*chart.values, 0])
    bars.valueAxis.valueMax = top * 1.1 if top > 0 else 1
    bars.valueAxis.labels.fontName = "Helvetica"
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = _axis_number
    bars.categoryAxis.categoryNames = [pdf_text(label)[:18] for label in chart.labels] or [""]
    bars.categoryAxis.labels.fontName = "Helvetica"
    bars.categoryAxis.labels.fontSize = 7
    many = len(chart.labels) > 8
    bars.categoryAxis.labels.angle = 45 if many else 0
    bars.categoryAxis.labels.boxAnchor = "ne" if many else "n"
    bars.categoryAxis.labels.dy = -2
    drawing.add(bars)
    if chart.value_label:
        drawing.add(String(2, height - 8, pdf_text(chart.value_label), fontName="Helvetica", fontSize=7))
    return drawing


def _axis_number(value: float) -> str:
    return plain_spaces(format_number(round(value)))


def _pie(chart: Chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    values = [max(v, 0) for v in chart.values]
    if not any(values):
        return drawing
    pie = Pie()
    size = min(height - 10, width * 0.45)
    pie.x, pie.y = 5, (height - size) / 2
    pie.width = pie.height = size
    pie.data = values
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for n in range(len(values)):
        pie.slices[n].fillColor = colors.HexColor(PALETTE[n % len(PALETTE)])
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 20, height - 10
    legend.fontName = "Helvetica"
    legend.fontSize = 8
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = 10
    total = sum(values)
    legend.colorNamePairs = [
        (colors.HexColor(PALETTE[n % len(PALETTE)]), f"{pdf_text(label)}  {round(100 * v / total)} %")
        for n, (label, v) in enumerate(zip(chart.labels, values, strict=True))
    ]
    drawing.add(legend)
    return drawing


def _chart(chart: Chart) -> Drawing:
    if chart.kind == "pie":
        return _pie(chart, _WIDTH, 46 * mm)
    return _bar(chart, _WIDTH, 62 * mm)


def _table(section: ReportSection, body: ParagraphStyle) -> Table:
    data = [list(section.header), *[list(row) for row in section.rows]]
    if section.footer:
        data.append(list(section.footer))
    cells = [[pdf_text(str(cell)) for cell in row] for row in data]
    table = Table(cells, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(PALETTE[0])),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f1ed")]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for column in section.numeric:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if section.footer:
        style.append(("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5))
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
    table.setStyle(TableStyle(style))
    return table


def _key_figures(figures: Sequence[KeyFigure]) -> Table:
    labels = [pdf_text(f.label) for f in figures]
    values = [pdf_text(f.value) for f in figures]
    table = Table([values, labels], colWidths=[_WIDTH / max(len(figures), 1)] * len(figures))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 14),
                ("FONT", (0, 1), (-1, 1), "Helvetica", 8),
                ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#4a5259")),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#c9c4bb")),
                ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#e3dfd8")),
                ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return table


def write_report_pdf(document: ReportDocument, path: str | Path) -> Path:
    """Lay ``document`` out on A4 pages at ``path`` (created or replaced)."""
    path = Path(path)
    styles = getSampleStyleSheet()
    title = ParagraphStyle("rtitle", parent=styles["Title"], fontName="Helvetica-Bold", fontSize=17,
                           alignment=0, spaceAfter=2)  # fmt: skip
    subtitle = ParagraphStyle("rsub", parent=styles["Normal"], fontName="Helvetica", fontSize=10,
                              textColor=colors.HexColor("#4a5259"), spaceAfter=8)  # fmt: skip
    heading = ParagraphStyle("rhead", parent=styles["Heading2"], fontName="Helvetica-Bold", fontSize=12,
                             spaceBefore=10, spaceAfter=4)  # fmt: skip
    body = ParagraphStyle("rbody", parent=styles["Normal"], fontName="Helvetica", fontSize=9)
    note = ParagraphStyle("rnote", parent=body, fontSize=7.5, textColor=colors.HexColor("#4a5259"))

    story: list[Flowable] = [
        Paragraph(pdf_text(document.title), title),
        Paragraph(pdf_text(document.subtitle), subtitle),
        _key_figures(document.key_figures),
        Spacer(1, 4 * mm),
    ]
    for section in document.sections:
        parts: list[Flowable] = [Paragraph(pdf_text(section.title), heading)]
        if not section.rows:
            parts.append(Paragraph(pdf_text(section.empty_text), body))
            story.append(KeepTogether(parts))
            continue
        if section.chart is not None and any(section.chart.values):
            parts.append(_chart(section.chart))
            parts.append(Spacer(1, 2 * mm))
        story.append(CondPageBreak(60 * mm))
        story.append(KeepTogether([*parts, _table(section, body)]) if len(section.rows) < 20 else parts[0])
        if len(section.rows) >= 20:
            story.extend(parts[1:])
            story.append(_table(section, body))
    if document.footnote:
        story.extend([Spacer(1, 6 * mm), Paragraph(pdf_text(document.footnote), note)])

    def page_number(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=document.meta.get("title", document.title),
        author=document.meta.get("author", ""),
    )
    doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return path
