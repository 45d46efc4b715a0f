"""Price labels: A4 sticker sheets as PDF, and images for a label printer.

A label carries the price large, the category or description, the shop's
short name, the intake mark (week number and the week's colour, so
volunteers can see at a glance what has been on the shelf too long) and the
item's EAN-13 code as a barcode with its digits.

One drawing routine lays a label out in millimetres and paints it through a
small painter: :func:`label_sheet_pdf` paints vector shapes with reportlab
onto sticker sheets, :func:`label_image` paints a 1-bit image at a label
printer's resolution. Bars are drawn from the symbol's modules, never scaled
from a picture: on the PDF every module is a whole number of 1/300 inch and
the symbol starts on that grid, so 300, 600 and 1200 dpi printers print every
bar the same width; on the image every module is a whole number of pixels
with no anti-aliasing. Bars are shortened, never narrowed, to fit a small
label, and the quiet zones (11 modules left, 7 right) stay inside the label.

Nothing here imports Qt.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Literal, Protocol

import reportlab
from barcode.ean import EAN13
from PIL import Image, ImageColor, ImageDraw, ImageFont
from reportlab.lib.units import mm as MM
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from bruktpos.domain.cart import check_price
from bruktpos.domain.codes import is_valid_ean13
from bruktpos.domain.errors import InvalidCode, UnknownLabelLayout
from bruktpos.domain.markdown import intake_mark
from bruktpos.domain.money import ORE_PER_KRONE, format_money

# --- what a label says ----------------------------------------------------

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class IntakeMark:
    """When an item came in: a short text such as ``"U47"`` and the week's colour.

    ``colour`` is ``"#rrggbb"`` or a CSS colour name (``"red"``), or ``None``
    for a plain outlined mark. A label printer prints black only: there the
    mark is white on black whenever it has a colour.
    """

    text: str
    colour: str | None = None

    def __post_init__(self) -> None:
        if self.colour is not None:
            ImageColor.getrgb(self.colour)  # ValueError for an unknown colour

    @property
    def rgb(self) -> RGB | None:
        """The colour as 0–255 red, green, blue, or ``None``."""
        if self.colour is None:
            return None
        r, g, b = ImageColor.getrgb(self.colour)[:3]
        return r, g, b


def mark_for(intake: date) -> IntakeMark:
    """The printed intake mark for items priced on ``intake`` (the domain picks week and colour)."""
    mark = intake_mark(intake)
    return IntakeMark(mark.label, mark.colour_hex)


@dataclass(frozen=True)
class LabelData:
    """What one label says.

    ``code`` is a valid EAN-13 (:class:`InvalidCode` otherwise; its check
    digit is printed as given, never recomputed), ``price`` is øre
    (:class:`~bruktpos.domain.errors.InvalidPrice` when not above zero),
    ``text`` the category or description, ``shop`` the shop's short name.
    """

    code: str
    price: int
    text: str
    shop: str
    intake_mark: IntakeMark | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.code, str) or not is_valid_ean13(self.code):
            raise InvalidCode(str(self.code))
        check_price(self.price)

    @property
    def price_text(self) -> str:
        """The price as printed: ``kr 50`` for whole kroner, else ``kr 49,50``."""
        return format_money(self.price, whole=self.price % ORE_PER_KRONE == 0)


# --- sticker sheets -------------------------------------------------------

A4 = (210.0, 297.0)


@dataclass(frozen=True)
class SheetLayout:
    """A sheet of die-cut labels; every length in millimetres.

    ``left``/``top`` place the first label's top-left corner on the page,
    ``pitch_x``/``pitch_y`` step from one label to the next (label size plus
    any gap). ``pad_x``/``pad_y`` keep the printing inside each label, away
    from its cut edges and from the band at the paper's edge that office
    printers cannot print. Positions are numbered from 1, row by row.
    """

    name: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    pad_x: float
    pad_y: float
    page_size: tuple[float, float] = A4
    example: str = ""

    @property
    def per_page(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows

    @property
    def module_mm(self) -> float:
        """Width of one barcode module (the narrowest bar) on this sheet, in mm."""
        return _module_dots(self) * 25.4 / 300

    def cell(self, position: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of ``position`` (1-based) on its page."""
        index = (position - 1) % self.per_page
        row, column = divmod(index, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y


def _centred(
    name: str, columns: int, rows: int, width: float, height: float, pad_x: float, pad_y: float, example: str
) -> SheetLayout:
    """A gapless grid centred on A4, as these sheets are cut."""
    page_w, page_h = A4
    return SheetLayout(
        name=name,
        columns=columns,
        rows=rows,
        label_width=width,
        label_height=height,
        left=round((page_w - columns * width) / 2, 3),
        top=round((page_h - rows * height) / 2, 3),
        pitch_x=width,
        pitch_y=height,
        pad_x=pad_x,
        pad_y=pad_y,
        example=example,
    )


LAYOUTS: dict[str, SheetLayout] = {
    layout.name: layout
    for layout in (
        # 3 × 70 mm fills the width of A4: the outer columns run to the
        # paper's edge, so their printing keeps 5 mm in from it.
        _centred("a4-3x8", 3, 8, 70.0, 37.0, 5.0, 4.0, "Avery Zweckform 3474 and the like"),
        _centred("a4-4x10", 4, 10, 48.5, 25.4, 2.0, 1.5, "Avery Zweckform 3657 and the like"),
    )
}


def sheet_layout(name: str) -> SheetLayout:
    """The layout called ``name``, or :class:`UnknownLabelLayout`."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise UnknownLabelLayout(name) from None


# --- the barcode ----------------------------------------------------------

QUIET_LEFT = 11  # modules of white before the first bar (GS1)
QUIET_RIGHT = 7
SYMBOL_MODULES = QUIET_LEFT + 95 + QUIET_RIGHT
MIN_MODULE_MM = 0.25  # narrower bars do not print or scan reliably at 203–300 dpi
MAX_MODULE_MM = 0.45  # wider only eats the label


@functools.lru_cache(maxsize=256)
def _bar_runs(code: str) -> tuple[tuple[int, int, bool], ...]:
    """The bars of an EAN-13 as ``(first module, modules wide, is guard bar)``.

    Module 0 is the first bar module (after the left quiet zone).
    """
    pattern = EAN13(code, guardbar=True).build()[0]
    runs: list[tuple[int, int, bool]] = []
    start = 0
    while start < len(pattern):
        kind = pattern[start]
        end = start
        while end < len(pattern) and pattern[end] == kind:
            end += 1
        if kind != "0":
            runs.append((start, end - start, kind == "G"))
        start = end
    return tuple(runs)


def _digit_centres() -> list[float]:
    """Centre of each printed digit, in modules from the first bar.

    The first digit sits in the left quiet zone; the others under their own
    seven-module characters, between the guard bars.
    """
    left = [3 + 7 * i + 3.5 for i in range(6)]
    right = [50 + 7 * i + 3.5 for i in range(6)]
    return [-4.5, *left, *right]


_DIGIT_CENTRES = _digit_centres()


# --- drawing --------------------------------------------------------------

Align = Literal["left", "right", "centre"]
_ELLIPSIS = "…"
# Money is formatted with no-break spaces; not every font has a glyph for them.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


class _Painter(Protocol):
    """Draws onto one label; coordinates in mm from the label's top-left, y down."""

    def width(self, text: str, size: float, bold: bool) -> float:
        """Width in mm of ``text`` at font size ``size`` (mm, em height)."""
        ...

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, align: Align, white: bool
    ) -> None:
        """Draw ``text`` on ``baseline``, anchored at ``x`` as ``align`` says."""
        ...

    def box(self, x: float, y: float, w: float, h: float, fill: RGB | None) -> None:
        """A rounded box, filled with ``fill`` or outlined in black."""
        ...

    def bars(self, x: float, top: float, bottom: float, guard_bottom: float, code: str) -> float:
        """The bars of ``code``, first bar at ``x``; return the module width used (mm)."""
        ...

    def white_on(self, fill: RGB) -> bool:
        """Whether text on a box filled with ``fill`` must be white to be read."""
        ...


def _fit_size(p: _Painter, text: str, size: float, max_width: float, bold: bool) -> float:
    """``size``, or smaller so that ``text`` fits ``max_width``."""
    for _ in range(20):
        width = p.width(text, size, bold)
        if width <= max_width:
            break
        size *= max(0.5, min(0.97, max_width / width))
    return size


def _ellipsize(p: _Painter, text: str, size: float, max_width: float, bold: bool) -> str:
    """``text``, cut and ended with an ellipsis if it is wider than ``max_width``."""
    if p.width(text, size, bold) <= max_width:
        return text
    while text and p.width(text.rstrip() + _ELLIPSIS, size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + _ELLIPSIS if text else ""


def _wrap(p: _Painter, text: str, size: float, max_width: float, lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``lines`` lines; the last one ellipsized."""
    words = text.split()
    out: list[str] = []
    while words and len(out) < lines:
        line = words.pop(0)
        while words and p.width(f"{line} {words[0]}", size, False) <= max_width:
            line = f"{line} {words.pop(0)}"
        if len(out) == lines - 1 and words:
            line = f"{line} {' '.join(words)}"
            words = []
        out.append(_ellipsize(p, line, size, max_width, False))
    return out


def _luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _draw_label(
    p: _Painter, label: LabelData, width: float, height: float, pad_x: float, pad_y: float, module: float
) -> None:
    """Lay one label out inside ``width`` × ``height`` mm and paint it.

    From the top: the price (left, as large as fits) beside the intake mark
    and the shop's name (right); the text in one or two lines; the barcode
    with its digits. ``module`` is the module width the painter will use.
    """
    x0, y0 = pad_x, pad_y
    w, h = width - 2 * pad_x, height - 2 * pad_y

    # Bottom up: digits, then bars get what the text above leaves over.
    digit_size = min(9.0 * module, 3.0)
    digit_cap = 0.72 * digit_size
    digits_baseline = y0 + h
    bars_bottom = digits_baseline - digit_cap - 0.25 * digit_size
    guard_bottom = bars_bottom + 0.5 * digit_cap

    price_h = 0.3 * h
    # Two lines of description where the label is tall enough, else one larger.
    lines = 2 if h >= 26 else 1
    line_size = 0.1 * h if lines == 2 else min(max(0.125 * h, 2.6), 3.6)
    line_h = 1.05 * line_size
    gap = 0.045 * h

    # Right column: intake mark over the shop's name, both right-aligned.
    small = min(0.85 * line_size, 2.6)
    mark = label.intake_mark
    mark_h = 0.55 * price_h
    mark_w = 0.0
    if mark is not None:
        mark_size = _fit_size(p, mark.text, 0.62 * mark_h, 0.3 * w - 0.6 * mark_h, True)
        mark_w = max(p.width(mark.text, mark_size, True) + 0.6 * mark_h, 2.0 * mark_h)
        p.box(x0 + w - mark_w, y0, mark_w, mark_h, mark.rgb)
        white = mark.rgb is not None and p.white_on(mark.rgb)
        baseline = y0 + (mark_h + 0.72 * mark_size) / 2
        p.text(x0 + w - mark_w / 2, baseline, mark.text, mark_size, True, "centre", white)
    shop = _ellipsize(p, label.shop, small, 0.4 * w, False)
    p.text(x0 + w, y0 + price_h, shop, small, False, "right", False)
    right_w = max(mark_w, p.width(shop, small, False))

    # The price, as large as the row allows.
    price = label.price_text
    price_size = _fit_size(p, price, price_h / 0.74, w - right_w - 0.04 * w, True)
    p.text(x0, y0 + (price_h + 0.72 * price_size) / 2, price, price_size, True, "left", False)

    # Text under the price.
    top = y0 + price_h + gap
    for line in _wrap(p, label.text, line_size, w, lines):
        top += line_h
        p.text(x0, top - 0.22 * line_size, line, line_size, False, "left", False)
    bars_top = y0 + price_h + gap + lines * line_h + gap

    # The symbol, quiet zones included, centred in the label's width.
    first_bar = x0 + (w - SYMBOL_MODULES * module) / 2 + QUIET_LEFT * module
    module = p.bars(first_bar, bars_top, bars_bottom, guard_bottom, label.code)
    for digit, centre in zip(label.code, _DIGIT_CENTRES, strict=True):
        p.text(first_bar + centre * module, digits_baseline, digit, digit_size, False, "centre", False)


# --- PDF ------------------------------------------------------------------

_PDF_FONTS = {False: "Helvetica", True: "Helvetica-Bold"}
_DOT = 72 / 300  # points: the grid bars are placed on
_PT_PER_MM = float(MM)


def _pdf_safe(text: str) -> str:
    """Text the standard PDF fonts can show (Windows-1252); others become '?'."""
    return text.translate(_SPACES).encode("cp1252", "replace").decode("cp1252")


class _PdfPainter:
    """Paints labels onto a reportlab canvas, one label origin at a time."""

    def __init__(self, canvas: Canvas, page_height: float, module_dots: int) -> None:
        self.canvas = canvas
        self.page_height = page_height
        self.module_dots = module_dots
        self.ox = 0.0
        self.oy = 0.0

    def _x(self, x: float) -> float:
        return (self.ox + x) * _PT_PER_MM

    def _y(self, y: float) -> float:
        return (self.page_height - self.oy - y) * _PT_PER_MM

    def width(self, text: str, size: float, bold: bool) -> float:
        # reportlab ships no types: stringWidth's float comes back as Any.
        return float(stringWidth(_pdf_safe(text), _PDF_FONTS[bold], size * _PT_PER_MM)) / _PT_PER_MM

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, align: Align, white: bool
    ) -> None:
        c = self.canvas
        c.setFont(_PDF_FONTS[bold], size * _PT_PER_MM)
        c.setFillGray(1 if white else 0)
        draw = {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align]
        draw(self._x(x), self._y(baseline), _pdf_safe(text))
        if white:
            c.setFillGray(0)

    def box(self, x: float, y: float, w: float, h: float, fill: RGB | None) -> None:
        c = self.canvas
        radius = 0.15 * h * _PT_PER_MM
        if fill is None:
            c.setLineWidth(0.6)
            c.roundRect(self._x(x), self._y(y + h), w * _PT_PER_MM, h * _PT_PER_MM, radius, stroke=1, fill=0)
        else:
            c.setFillColorRGB(fill[0] / 255, fill[1] / 255, fill[2] / 255)
            c.roundRect(self._x(x), self._y(y + h), w * _PT_PER_MM, h * _PT_PER_MM, radius, stroke=0, fill=1)
            c.setFillGray(0)

    def white_on(self, fill: RGB) -> bool:
        return _luminance(fill) < 150

    def bars(self, x: float, top: float, bottom: float, guard_bottom: float, code: str) -> float:
        module = self.module_dots * _DOT
        left = round(self._x(x) / _DOT) * _DOT  # on the 1/300 inch grid
        y_top = self._y(top)
        path = self.canvas.beginPath()
        for start, modules, guard in _bar_runs(code):
            y_bottom = self._y(guard_bottom if guard else bottom)
            path.rect(left + start * module, y_bottom, modules * module, y_top - y_bottom)
        self.canvas.drawPath(path, stroke=0, fill=1)
        return module / _PT_PER_MM


def _module_dots(layout: SheetLayout) -> int:
    """Module width in 1/300 inch for ``layout``: the widest that fits, within limits."""
    dot_mm = 25.4 / 300
    fit = (layout.label_width - 2 * layout.pad_x) / SYMBOL_MODULES
    dots = min(math.floor(fit / dot_mm), math.floor(MAX_MODULE_MM / dot_mm))
    if dots * dot_mm < MIN_MODULE_MM:
        raise ValueError(f"{layout.name}: labels too narrow for a barcode that scans")
    return dots


PROGRESS_EVERY = 25  # labels between two progress reports of a sheet


def label_sheet_pdf(
    labels: Sequence[LabelData],
    layout: str,
    out: Path | BinaryIO,
    *,
    start: int = 1,
    progress: Callable[[int, int], None] | None = None,
    pause: Callable[[], None] | None = None,
) -> int:
    """Write ``labels`` onto sticker sheets of ``layout`` as a PDF; return its page count.

    The first label goes to position ``start`` (1-based, row by row), so the
    rest of a half-used sheet is not wasted; later labels fill the following
    positions and pages. ``layout`` is a key of :data:`LAYOUTS`
    (:class:`UnknownLabelLayout` otherwise). Print at 100 % ("actual size"),
    never "fit to page". ``progress(done, of)`` is called as the labels are
    drawn (every :data:`PROGRESS_EVERY` labels, and at the last), for a
    screen that shows how far it has come. ``pause()`` is called after each
    label and before the file is written: a worker beside a GUI gives it its
    turn there (a sheet of 300 is a quarter of a second of Python).
    """
    sheet = sheet_layout(layout)
    if not labels:
        raise ValueError("no labels to print")
    if not 1 <= start <= sheet.per_page:
        raise ValueError(f"start {start} is outside 1–{sheet.per_page} for {layout}")
    page_w, page_h = sheet.page_size
    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=(page_w * _PT_PER_MM, page_h * _PT_PER_MM), invariant=True)
    canvas.setTitle("Prislapper")
    canvas.setCreator("BruktPOS")
    painter = _PdfPainter(canvas, page_h, _module_dots(sheet))
    module = sheet.module_mm
    pages = 1
    for index, label in enumerate(labels):
        position = start + index
        if position > 1 and (position - 1) % sheet.per_page == 0:
            canvas.showPage()
            pages += 1
        painter.ox, painter.oy = sheet.cell(position)
        _draw_label(painter, label, sheet.label_width, sheet.label_height, sheet.pad_x, sheet.pad_y, module)
        done = index + 1
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == len(labels)):
            progress(done, len(labels))
        if pause is not None:
            pause()
    canvas.showPage()
    canvas.save()
    return pages


# --- images for a label printer -------------------------------------------

_FONT_DIR = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera ships with reportlab
_IMAGE_FONTS = {False: _FONT_DIR / "Vera.ttf", True: _FONT_DIR / "VeraBd.ttf"}


@functools.lru_cache(maxsize=128)
def _image_font(bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_IMAGE_FONTS[bold]), max(pixels, 1))


_ANCHORS = {"left": "ls", "right": "rs", "centre": "ms"}  # PIL: left, right, middle of the baseline


class _ImagePainter:
    """Paints one label onto a 1-bit image; every length rounded to whole pixels."""

    def __init__(self, image: Image.Image, dpi: int, module_px: int) -> None:
        self.draw = ImageDraw.Draw(image)
        self.draw.fontmode = "1"  # no anti-aliasing: a thermal head has no grey
        self.px_per_mm = dpi / 25.4
        self.module_px = module_px

    def _px(self, value: float) -> int:
        return round(value * self.px_per_mm)

    def _font(self, size: float, bold: bool) -> ImageFont.FreeTypeFont:
        return _image_font(bold, self._px(size))

    def width(self, text: str, size: float, bold: bool) -> float:
        return self._font(size, bold).getlength(text.translate(_SPACES)) / self.px_per_mm

    def text(
        self, x: float, baseline: float, text: str, size: float, bold: bool, align: Align, white: bool
    ) -> None:
        anchor = _ANCHORS[align]
        fill = 1 if white else 0
        font = self._font(size, bold)
        self.draw.text(
            (self._px(x), self._px(baseline)), text.translate(_SPACES), fill=fill, font=font, anchor=anchor
        )

    def box(self, x: float, y: float, w: float, h: float, fill: RGB | None) -> None:
        corners = (self._px(x), self._px(y), self._px(x + w) - 1, self._px(y + h) - 1)
        radius = self._px(0.15 * h)
        if fill is None:
            self.draw.rounded_rectangle(corners, radius, fill=1, outline=0, width=max(1, self._px(0.25)))
        else:
            self.draw.rounded_rectangle(corners, radius, fill=0)

    def white_on(self, fill: RGB) -> bool:
        return True  # every fill is black here

    def bars(self, x: float, top: float, bottom: float, guard_bottom: float, code: str) -> float:
        left, y_top = self._px(x), self._px(top)
        for start, modules, guard in _bar_runs(code):
            x_start = left + start * self.module_px
            y_bottom = self._px(guard_bottom if guard else bottom)
            self.draw.rectangle(
                (x_start, y_top, x_start + modules * self.module_px - 1, y_bottom - 1), fill=0
            )
        return self.module_px / self.px_per_mm


def label_image(
    label: LabelData, *, dpi: int = 203, width_mm: float = 50, height_mm: float = 30
) -> Image.Image:
    """One label as a 1-bit image for a direct thermal or transfer label printer.

    The image is ``width_mm`` × ``height_mm`` at ``dpi`` (203 or 300 for most
    label printers; black is 0, white 1). ``info["dpi"]`` holds the
    resolution; pass it on when saving (``image.save(f, dpi=image.info["dpi"])``)
    so the file prints at the right size. Every barcode module is the same
    whole number of dots.
    """
    if dpi <= 0 or width_mm <= 0 or height_mm <= 0:
        raise ValueError("dpi and label size must be positive")
    px_per_mm = dpi / 25.4
    pad_x = max(2.0, 0.04 * width_mm)
    pad_y = max(1.5, 0.05 * height_mm)
    available = math.floor((width_mm - 2 * pad_x) * px_per_mm)
    module_px = min(available // SYMBOL_MODULES, max(1, math.floor(MAX_MODULE_MM * px_per_mm)))
    if module_px / px_per_mm < MIN_MODULE_MM - 1e-9:
        raise ValueError(f"a {width_mm} mm label at {dpi} dpi is too narrow for a barcode that scans")
    image = Image.new("1", (round(width_mm * px_per_mm), round(height_mm * px_per_mm)), 1)
    image.info["dpi"] = (dpi, dpi)
    painter = _ImagePainter(image, dpi, module_px)
    _draw_label(painter, label, width_mm, height_mm, pad_x, pad_y, module_px / px_per_mm)
    return image
