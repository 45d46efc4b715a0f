"""X and Z reports as an A4 PDF (reportlab), for the shop's books and the auditor.

The figures are the same sections the receipt printer prints
(:func:`~bruktpos.devices.report_receipt.report_sections`), laid out as tables
on A4 in two columns, so a busy day still fits on one or two pages. Amounts
are written the Norwegian way (``kr 1 234,50``), the words in Norwegian.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bruktpos.devices.receipts import money
from bruktpos.devices.report_receipt import (
    IDENTITY_TITLE,
    ReportHeading,
    ReportRow,
    ReportSection,
    report_heading,
    report_sections,
    value_text,
)
from bruktpos.domain.formatting import format_datetime

if TYPE_CHECKING:
    from bruktpos.domain.reports import DayReport
    from bruktpos.domain.shop import ShopInfo

INK = colors.HexColor("#1b1f23")
MUTED = colors.HexColor("#4a5259")
ACCENT = colors.HexColor("#2d4a63")
RULE = colors.HexColor("#c8ccd0")
SHADE = colors.HexColor("#eef1f4")

_TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=ACCENT)
_SUBTITLE = ParagraphStyle("subtitle", fontName="Helvetica", fontSize=10, leading=13, textColor=MUTED)
_SHOP = ParagraphStyle("shop", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=INK)
_SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=9, leading=11.5, textColor=INK)
_SECTION = ParagraphStyle(
    "section", fontName="Helvetica-Bold", fontSize=10.5, leading=13, textColor=ACCENT, alignment=TA_LEFT
)
_CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11, textColor=INK)
_CELL_BOLD = ParagraphStyle("cell_bold", parent=_CELL, fontName="Helvetica-Bold")

PAGE_MARGIN = 16 * mm
GUTTER = 8 * mm
COLUMN_WIDTH = (A4[0] - 2 * PAGE_MARGIN - GUTTER) / 2
# Between sections: a day's Z (its counts included) keeps to one page.
SECTION_GAP = 2 * mm
HEAD_HEIGHT = 30 * mm  # the least; a shop with a long address or receipt header gets more
COUNT_WIDTH = 14 * mm
AMOUNT_WIDTH = 28 * mm


def write_report_pdf(report: DayReport, path: str | os.PathLike[str], *, shop: ShopInfo | None) -> None:
    """Write an X or Z report as an A4 PDF at ``path``.

    Written to a temporary file beside ``path`` and moved into place, so a
    half-written report never stands where a finished one is expected.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    heading = report_heading(report, shop)
    # The system and receipt numbers stand in the heading, beside the shop, not as a table.
    sections = report_sections(report)
    identity = [row for section in sections if section.title == IDENTITY_TITLE for row in section.rows]
    sections = [section for section in sections if section.title != IDENTITY_TITLE]
    fd, temporary = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=target.parent)
    os.close(fd)
    try:
        printed = format_datetime(datetime.now())

        def footer(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont("Helvetica", 8)
            canvas.setFillColor(MUTED)
            left = (
                f"{heading.title} · {heading.shop_name} · Kasse {heading.register} · {heading.business_date}"
            )
            canvas.drawString(PAGE_MARGIN, PAGE_MARGIN - 2 * mm, left)
            canvas.drawRightString(
                A4[0] - PAGE_MARGIN, PAGE_MARGIN - 2 * mm, f"Side {doc.page} · skrevet ut {printed}"
            )
            canvas.restoreState()

        document = BaseDocTemplate(
            temporary,
            pagesize=A4,
            leftMargin=PAGE_MARGIN,
            rightMargin=PAGE_MARGIN,
            topMargin=PAGE_MARGIN,
            bottomMargin=PAGE_MARGIN + 4 * mm,
            title=f"{heading.title} {heading.shop_name} {heading.business_date}".strip(),
            author=heading.shop_name or "BruktPOS",
            creator="BruktPOS",
        )
        head = _head(heading, identity)
        # As tall as the heading needs (its frame would drop what does not fit).
        head_height = max(HEAD_HEIGHT, head.wrap(document.width, document.height)[1] + 1 * mm)
        document.addPageTemplates(
            [
                PageTemplate("first", _frames(document, head=head_height), onPage=footer),
                PageTemplate("later", _frames(document, head=0), onPage=footer),
            ]
        )
        story: list[Any] = [head, NextPageTemplate("later"), FrameBreak()]
        for section in sections:
            story += _section_table(section)
        document.build(story)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _text(value: str) -> str:
    """Escape for a Paragraph, with plain spaces (the PDF fonts' no-break space varies)."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\u00a0", " ")
        .replace("\u202f", " ")
    )


def _facts(facts: list[tuple[str, str]], label_width: float) -> Table:
    """Label and value pairs, the values bold, flush left."""
    table = Table(
        [[Paragraph(_text(k), _SMALL), Paragraph(f"<b>{_text(v)}</b>", _SMALL)] for k, v in facts],
        colWidths=[label_width, 50 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _head(heading: ReportHeading, identity: list[ReportRow]) -> Table:
    left = [Paragraph(_text(heading.title), _TITLE)]
    if heading.kind == "x":
        left.append(Paragraph("Ikke et dagsoppgjør – tallene kan endre seg", _SUBTITLE))
    left.append(Spacer(1, 2 * mm))
    facts = [("Kasse", heading.register), ("Dato", heading.business_date)]
    if heading.z_number is not None:
        facts.append(("Z-nummer", str(heading.z_number)))
    if heading.created:
        facts.append(("Tatt", heading.created))
    left.append(_facts(facts, 22 * mm))

    right = [Paragraph(_text(heading.shop_name), _SHOP)]
    for line in (heading.org_line, *heading.address_lines):
        if line:
            right.append(Paragraph(_text(line), _SMALL))
    if heading.header_lines:
        right.append(Spacer(1, 1.5 * mm))
        right.extend(Paragraph(f"<i>{_text(line)}</i>", _SMALL) for line in heading.header_lines)
    if identity:
        right.append(Spacer(1, 1.5 * mm))
        right.append(_facts([(row.label, value_text(row)) for row in identity], 34 * mm))
    table = Table([[left, right]], colWidths=[COLUMN_WIDTH + GUTTER, COLUMN_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4 * mm),
            ]
        )
    )
    return table


def _section_table(section: ReportSection) -> list[Any]:
    rows: list[list[Any]] = []
    styles: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("SPAN", (0, 0), (-1, 0)),
    ]
    rows.append([Paragraph(_text(section.title), _SECTION), "", ""])
    if not section.rows:
        rows.append([Paragraph("<i>Ingen</i>", _CELL), "", ""])
    for n, row in enumerate(section.rows, start=1):
        rows.append(_cells(row))
        if row.bold:
            styles.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Bold"))
            if not row.indent:
                styles.append(("BACKGROUND", (0, n), (-1, n), SHADE))
        if row.text is not None and row.text:
            styles.append(("SPAN", (1, n), (-1, n)))
        if n < len(section.rows):
            styles.append(("LINEBELOW", (0, n), (-1, n), 0.25, RULE))
    label_width = COLUMN_WIDTH - COUNT_WIDTH - AMOUNT_WIDTH
    table = Table(rows, colWidths=[label_width, COUNT_WIDTH, AMOUNT_WIDTH], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle(styles))
    if len(rows) > 24:
        return [table, Spacer(1, SECTION_GAP)]  # a long one may run on into the next column
    return [KeepTogether([table, Spacer(1, SECTION_GAP)])]


def _cells(row: ReportRow) -> list[Any]:
    style = _CELL_BOLD if row.bold else _CELL
    indent = "&nbsp;" * (4 * row.indent)
    label = Paragraph(indent + _text(row.label), style)
    if row.text is not None:
        return [label, Paragraph(_text(row.text), style) if row.text else "", ""]
    if row.amount is None:  # a count alone stands where the amounts stand
        return [label, "", "" if row.count is None else str(row.count)]
    return [label, "" if row.count is None else f"{row.count} stk", money(row.amount)]


def _frames(document: BaseDocTemplate, *, head: float) -> list[Frame]:
    """Two columns; with ``head`` (a height), a full-width frame that tall for the heading above them."""
    x, y = document.leftMargin, document.bottomMargin
    width, height = document.width, document.height
    frames = []
    if head:
        frames.append(
            Frame(
                x,
                y + height - head,
                width,
                head,
                id="head",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
        )
        height -= head + 4 * mm
    for n in range(2):
        frames.append(
            Frame(
                x + n * (COLUMN_WIDTH + GUTTER),
                y,
                COLUMN_WIDTH,
                height,
                id=f"column{n}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
        )
    return frames
