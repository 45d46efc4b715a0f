"""The electronic journal as an A4 PDF (landscape): every entry of a period, a row each, "side 1 av N".

In the house style of the X and Z reports (:mod:`bruktpos.devices.report_pdf`):
the shop, its organisation number and the period at the top, the same ink and
accent colours, Helvetica, Norwegian words. A year of a busy shop is tens of
thousands of rows, so the rows are not built into a platypus story (which
holds them all): they are drawn straight onto the canvas as they come, one
row at a time, from an iterable the caller makes twice — once to count the
pages (for "av N"), once to draw them. Both passes lay out alike, so they
agree on every page break.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bruktpos.devices.journal_receipt import TITLE, period_text, register_text
from bruktpos.devices.receipts import money
from bruktpos.devices.report_pdf import ACCENT, INK, MUTED, RULE, SHADE
from bruktpos.domain.formatting import format_datetime, plain_spaces
from bruktpos.domain.journal_lines import JournalHeading, JournalLine

PAGE = landscape(A4)
MARGIN = 14 * mm
FONT, BOLD = "Helvetica", "Helvetica-Bold"
SIZE = 7.5
LEADING = 9.0
PAD = 2.0  # above and below a row's text
HEAD_HEIGHT = 32 * mm  # the first page's heading (title, shop, period)
LATER_HEAD = 8 * mm  # the heading line of the pages after it
FOOTER = 8 * mm


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    right: bool = False
    wraps: bool = False


COLUMNS = (
    Column("Nr.", 14 * mm, right=True),
    Column("Tid", 29 * mm),
    Column("Kasse", 11 * mm),
    Column("Kode", 11 * mm),
    Column("Hendelse (SAF-T)", 42 * mm, wraps=True),
    Column("Hvem", 30 * mm, wraps=True),
    Column("Kvittering", 16 * mm, right=True),
    Column("Beløp", 22 * mm, right=True),
)
# The description takes the rest of the width.
TEXT_WIDTH = PAGE[0] - 2 * MARGIN - sum(c.width for c in COLUMNS)
ALL_COLUMNS = (*COLUMNS, Column("Beskrivelse", TEXT_WIDTH, wraps=True))
CELL_PAD = 2.0  # left and right inside a cell
# The house style's date and time (domain/formatting.py: 12.11.2026 14.03.05), written
# directly: Babel for every row of a year's journal would take longer than drawing it.
TIME_FORMAT = "%d.%m.%Y %H.%M.%S"
# No glyph of Helvetica is wider than this many ems: text with fewer characters than
# the room allows needs no measuring.
WIDEST_GLYPH = 1.0

Progress = Callable[[int], None]


def write_journal_pdf(
    heading: JournalHeading,
    lines: Callable[[], Iterable[JournalLine]],
    path: str | os.PathLike[str],
    *,
    step: Progress | None = None,
) -> int:
    """Write the journal at ``path``; ``lines()`` is called twice (count, then draw). Returns the pages.

    ``step(n)`` is called after every ``n`` rows laid out, in both passes.
    """
    pages = _Pages(heading, None, 0, step).run(lines())
    canvas = Canvas(
        os.fspath(path),
        pagesize=PAGE,
        pageCompression=1,
        invariant=1,
    )
    canvas.setTitle(f"{TITLE} {heading.shop_name} {period_text(heading.first, heading.last)}".strip())
    canvas.setAuthor(heading.shop_name or "BruktPOS")
    canvas.setCreator("BruktPOS")
    _Pages(heading, canvas, pages, step).run(lines())
    canvas.save()
    return pages


def cell_texts(line: JournalLine) -> list[str]:
    """A row's cells as text, in the order of :data:`ALL_COLUMNS`."""
    return [
        str(line.entry_id),
        line.at.strftime(TIME_FORMAT),
        line.register,
        line.code,
        line.code_text,
        line.who,
        line.receipt,
        "" if line.amount is None else money(line.amount),
        line.text,
    ]


@functools.lru_cache(maxsize=4096)
def _glyph(char: str, font: str) -> float:
    return float(stringWidth(char, font, 1000))


def text_width(text: str, font: str = FONT, size: float = SIZE) -> float:
    """``text``'s width in points, measured a glyph at a time from a cache.

    The same as reportlab's ``stringWidth`` for the standard fonts (no kerning),
    without its per-call cost, which rows by the ten thousand add up.
    """
    return sum(_glyph(char, font) for char in text) * size / 1000


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    """``text`` in lines no wider than ``width`` points (a word too long breaks where the line ends)."""
    room = width - 2 * CELL_PAD
    if len(text) * size * WIDEST_GLYPH <= room:
        return [" ".join(text.split())]
    out: list[str] = []
    current = ""
    for word in text.split():
        while text_width(word, font, size) > room:  # a word wider than the column
            cut = len(word) - 1
            while cut > 1 and text_width(word[:cut], font, size) > room:
                cut -= 1
            if current:
                out.append(current)
                current = ""
            out.append(word[:cut])
            word = word[cut:]
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, font, size) > room:
            out.append(current)
            current = word
        else:
            current = trial
    out.append(current)
    return out


def _clip(text: str, width: float, font: str = FONT, size: float = SIZE) -> str:
    room = width - 2 * CELL_PAD
    if len(text) * size * WIDEST_GLYPH <= room or text_width(text, font, size) <= room:
        return text
    while text and text_width(text + "…", font, size) > room:
        text = text[:-1]
    return text + "…"


class _Pages:
    """Lays rows out on pages; draws them when it has a canvas, else only counts the pages."""

    def __init__(self, heading: JournalHeading, canvas: Canvas | None, total: int, step: Progress | None):
        self.heading = heading
        self.canvas = canvas
        self.total = total
        self.step = step
        self.page = 0
        self.y = 0.0
        self.rows_on_page = 0

    def run(self, lines: Iterable[JournalLine]) -> int:
        self._start_page()
        counted = 0
        for line in lines:
            cells = [
                wrap(text, column.width) if column.wraps else [_clip(text, column.width)]
                for text, column in zip(cell_texts(line), ALL_COLUMNS, strict=True)
            ]
            height = max(len(cell) for cell in cells) * LEADING + 2 * PAD
            if self.y - height < MARGIN + FOOTER and self.rows_on_page:
                self._end_page()
                self._start_page()
            self._row(cells, height)
            counted += 1
            if self.step is not None and counted % 100 == 0:
                self.step(100)
        if counted == 0 and self.canvas is not None:
            self.canvas.setFont(FONT, 10)
            self.canvas.setFillColor(MUTED)
            self.canvas.drawString(MARGIN, self.y - 14, "Ingen hendelser i perioden.")
        if self.step is not None and counted % 100:
            self.step(counted % 100)
        self._end_page()
        return self.page

    def _start_page(self) -> None:
        self.page += 1
        self.rows_on_page = 0
        top = PAGE[1] - MARGIN
        head = HEAD_HEIGHT if self.page == 1 else LATER_HEAD
        if self.canvas is not None:
            self._draw_head(top)
        self.y = top - head
        self._column_titles()

    def _end_page(self) -> None:
        if self.canvas is None:
            return
        c, h = self.canvas, self.heading
        c.setFont(FONT, 7.5)
        c.setFillColor(MUTED)
        left = " · ".join(
            part for part in (TITLE, h.shop_name, h.org_line, period_text(h.first, h.last)) if part
        )
        c.drawString(MARGIN, MARGIN, left)
        c.drawRightString(PAGE[0] - MARGIN, MARGIN, f"Side {self.page} av {self.total}")
        c.showPage()

    def _draw_head(self, top: float) -> None:
        c, h = self.canvas, self.heading
        assert c is not None
        right = PAGE[0] - MARGIN
        period = period_text(h.first, h.last)
        if self.page > 1:
            c.setFont(BOLD, 9)
            c.setFillColor(ACCENT)
            c.drawString(MARGIN, top - 10, f"{TITLE} – {h.shop_name}")
            c.setFont(FONT, 8)
            c.setFillColor(MUTED)
            c.drawRightString(right, top - 10, f"{period} · {register_text(h.register)}")
            return
        c.setFont(BOLD, 18)
        c.setFillColor(ACCENT)
        c.drawString(MARGIN, top - 18, TITLE)
        c.setFont(FONT, 9)
        c.setFillColor(INK)
        facts = (
            ("Periode", period),
            ("Kasse", register_text(h.register).removeprefix("Kasse ")),
            ("Hendelser", str(h.entries)),
            ("Laget", f"{plain_spaces(format_datetime(h.made_at))} av {h.made_by}"),
        )
        for n, (label, value) in enumerate(facts):
            y = top - 32 - n * 11
            c.setFillColor(MUTED)
            c.setFont(FONT, 9)
            c.drawString(MARGIN, y, label)
            c.setFillColor(INK)
            c.setFont(BOLD, 9)
            c.drawString(MARGIN + 22 * mm, y, value)
        c.setFont(BOLD, 12)
        c.setFillColor(INK)
        c.drawRightString(right, top - 14, h.shop_name)
        c.setFont(FONT, 9)
        c.drawRightString(right, top - 27, h.org_line)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        c.line(MARGIN, top - HEAD_HEIGHT + 3 * mm, right, top - HEAD_HEIGHT + 3 * mm)

    def _column_titles(self) -> None:
        height = LEADING + 2 * PAD
        if self.canvas is not None:
            c = self.canvas
            c.setFillColor(ACCENT)
            c.setFont(BOLD, SIZE)
            x = MARGIN
            baseline = self.y - PAD - SIZE
            for column in ALL_COLUMNS:
                if column.right:
                    c.drawRightString(x + column.width - CELL_PAD, baseline, column.title)
                else:
                    c.drawString(x + CELL_PAD, baseline, column.title)
                x += column.width
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.8)
            c.line(MARGIN, self.y - height, PAGE[0] - MARGIN, self.y - height)
        self.y -= height

    def _row(self, cells: list[list[str]], height: float) -> None:
        if self.canvas is not None:
            c = self.canvas
            if self.rows_on_page % 2:
                c.setFillColor(SHADE)
                c.rect(MARGIN, self.y - height, PAGE[0] - 2 * MARGIN, height, stroke=0, fill=1)
            c.setFillColor(INK)
            # One text object for the whole row: a drawString each would make one per cell.
            out = c.beginText()
            out.setFont(FONT, SIZE)
            x = MARGIN
            for texts, column in zip(cells, ALL_COLUMNS, strict=True):
                for n, text in enumerate(texts):
                    if not text:
                        continue
                    baseline = self.y - PAD - SIZE - n * LEADING
                    left = x + CELL_PAD
                    if column.right:
                        left = x + column.width - CELL_PAD - text_width(text, FONT, SIZE)
                    out.setTextOrigin(left, baseline)
                    out.textOut(text)
                x += column.width
            c.drawText(out)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.25)
            c.line(MARGIN, self.y - height, PAGE[0] - MARGIN, self.y - height)
        self.y -= height
        self.rows_on_page += 1
