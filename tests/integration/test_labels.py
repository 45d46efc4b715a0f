"""Labels must scan: sheets rasterised at 300 dpi and label images decoded by zxing-cpp.

The PDF is rasterised with pypdfium2 (no poppler needed) and every barcode on
every page is decoded from the whole page, so a code printed twice, a label on
the wrong position or a clipped quiet zone shows up as a failure.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image

from bruktpos.devices.labels import (
    LAYOUTS,
    QUIET_LEFT,
    QUIET_RIGHT,
    IntakeMark,
    LabelData,
    SheetLayout,
    label_image,
    label_sheet_pdf,
    mark_for,
    sheet_layout,
)
from bruktpos.domain.codes import make_item_code
from bruktpos.domain.errors import BruktError, InvalidCode, InvalidPrice, UnknownLabelLayout
from bruktpos.domain.markdown import WEEK_COLOURS, intake_mark

DPI = 300
PX_PER_MM = DPI / 25.4
PT_PER_MM = 72 / 25.4

TEXTS = [
    "Klær dame",
    "Bøker – pocket, krim og spenning i store mengder fra et dødsbo på Østlandet",
    "Leker",
    "Kjøkkenutstyr og glass",
    "Sko herre str. 43",
    "Vinylplater",
]
PRICES = [5000, 4950, 123450, 2000, 15000, 500, 2_500_000]
SHOPS = ["RK Moss", "Fretex Grünerløkka sentrum"]
MARKS = [mark_for(date(2026, 11, 12)), IntakeMark("U46"), IntakeMark("U45", "yellow"), None]


def make_labels(count: int, shop_number: int = 12) -> list[LabelData]:
    """``count`` labels with every kind of price, text, shop name and mark."""
    return [
        LabelData(
            code=make_item_code(shop_number, 1000 * i + 7),
            price=PRICES[i % len(PRICES)],
            text=TEXTS[i % len(TEXTS)],
            shop=SHOPS[i % len(SHOPS)],
            intake_mark=MARKS[i % len(MARKS)],
        )
        for i in range(count)
    ]


@dataclass
class Decoded:
    code: str
    page: int  # 0-based
    position: int  # 1-based on its page
    left_mm: float  # first and last bar, from the page's left edge
    right_mm: float
    narrowest_px: int  # narrowest bar along the symbol's middle row


def _bar_runs(row: list[int]) -> list[tuple[bool, int]]:
    """(is black, length) runs of a row of grey values, thresholded at half."""
    runs: list[tuple[bool, int]] = []
    for value in row:
        black = value < 128
        if runs and runs[-1][0] == black:
            runs[-1] = (black, runs[-1][1] + 1)
        else:
            runs.append((black, 1))
    return runs


def decode_sheet(pdf: bytes, layout: SheetLayout) -> tuple[int, list[Decoded]]:
    """Page count, and every EAN-13 found on every page at 300 dpi."""
    found: list[Decoded] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = len(document)
        for page_index in range(pages):
            image = document[page_index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
            for barcode in zxingcpp.read_barcodes(
                image, formats=zxingcpp.BarcodeFormat.EAN13, try_rotate=False, try_downscale=False
            ):
                corners = barcode.position
                points = [corners.top_left, corners.top_right, corners.bottom_right, corners.bottom_left]
                xs = [p.x for p in points]
                ys = [p.y for p in points]
                cx, cy = sum(xs) / 4 / PX_PER_MM, sum(ys) / 4 / PX_PER_MM
                column = math.floor((cx - layout.left) / layout.pitch_x)
                row = math.floor((cy - layout.top) / layout.pitch_y)
                assert 0 <= column < layout.columns and 0 <= row < layout.rows, (barcode.text, cx, cy)
                y = round(sum(ys) / 4)
                line = [image.getpixel((x, y)) for x in range(min(xs), max(xs) + 1)]
                runs = _bar_runs(line)
                narrowest = min(length for black, length in runs if black)
                found.append(
                    Decoded(
                        barcode.text,
                        page_index,
                        row * layout.columns + column + 1,
                        min(xs) / PX_PER_MM,
                        (max(xs) + 1) / PX_PER_MM,
                        narrowest,
                    )
                )
    finally:
        document.close()
    return pages, found


def test_layouts_are_real_sheets_centred_on_a4() -> None:
    three = sheet_layout("a4-3x8")
    assert (three.columns, three.rows, three.label_width, three.label_height) == (3, 8, 70.0, 37.0)
    assert (three.left, three.top) == (0.0, 0.5)
    four = sheet_layout("a4-4x10")
    assert (four.columns, four.rows, four.label_width, four.label_height) == (4, 10, 48.5, 25.4)
    assert (four.left, four.top) == pytest.approx((8.0, 21.5))
    for layout in LAYOUTS.values():
        page_w, page_h = layout.page_size
        right = page_w - layout.left - (layout.columns - 1) * layout.pitch_x - layout.label_width
        bottom = page_h - layout.top - (layout.rows - 1) * layout.pitch_y - layout.label_height
        assert right == pytest.approx(layout.left) and bottom == pytest.approx(layout.top)
        assert layout.module_mm >= 0.25  # prints and scans at 300 dpi
        # The whole symbol, quiet zones included, fits inside the printable part.
        assert 113 * layout.module_mm <= layout.label_width - 2 * layout.pad_x


@pytest.mark.parametrize(
    ("layout_name", "count", "start", "pages"),
    [
        ("a4-3x8", 30, 1, 2),
        ("a4-3x8", 30, 5, 2),
        ("a4-3x8", 20, 5, 1),  # exactly fills the sheet
        ("a4-4x10", 30, 1, 1),
        ("a4-4x10", 30, 5, 1),
        ("a4-4x10", 45, 5, 2),
    ],
)
def test_every_barcode_on_the_sheet_decodes_in_its_place(
    layout_name: str, count: int, start: int, pages: int
) -> None:
    layout = sheet_layout(layout_name)
    labels = make_labels(count)
    out = io.BytesIO()

    assert label_sheet_pdf(labels, layout_name, out, start=start) == pages

    page_count, decoded = decode_sheet(out.getvalue(), layout)
    assert page_count == pages
    found = Counter(d.code for d in decoded)
    assert set(found) == {label.code for label in labels}
    assert all(n == 1 for n in found.values()), [code for code, n in found.items() if n > 1]

    where = {d.code: (d.page, d.position) for d in decoded}
    for index, label in enumerate(labels):
        page, offset = divmod(start - 1 + index, layout.per_page)
        assert where[label.code] == (page, offset + 1), label.code
    # A half-used sheet: nothing printed before ``start``.
    assert not [d for d in decoded if d.page == 0 and d.position < start]

    module_px = layout.module_mm * PX_PER_MM
    for d in decoded:
        # The narrowest bar is a whole module wide, never thinner than 0.25 mm.
        assert d.narrowest_px >= round(module_px) - 1
        assert d.narrowest_px / PX_PER_MM >= 0.25
        # The quiet zones lie inside the label's printable part.
        cell_left, _ = layout.cell(d.position)
        printable = (cell_left + layout.pad_x - 0.2, cell_left + layout.label_width - layout.pad_x + 0.2)
        assert d.left_mm - QUIET_LEFT * layout.module_mm >= printable[0]
        assert d.right_mm + QUIET_RIGHT * layout.module_mm <= printable[1]


@pytest.mark.parametrize("layout_name", sorted(LAYOUTS))
def test_every_character_stays_inside_its_label(layout_name: str, tmp_path: Path) -> None:
    layout = sheet_layout(layout_name)
    labels = make_labels(layout.per_page)
    path = tmp_path / "labels.pdf"
    label_sheet_pdf(labels, layout_name, path)

    document = pypdfium2.PdfDocument(path)
    try:
        page = document[0]
        page_h = page.get_height()
        text = page.get_textpage()
        content = text.get_text_range()
        outside = []
        for i in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(i)
            if right - left <= 0:
                continue  # spaces and line ends
            x0, x1 = left / PT_PER_MM, right / PT_PER_MM
            y0, y1 = (page_h - top) / PT_PER_MM, (page_h - bottom) / PT_PER_MM
            column = math.floor(((x0 + x1) / 2 - layout.left) / layout.pitch_x)
            row = math.floor(((y0 + y1) / 2 - layout.top) / layout.pitch_y)
            cx, cy = layout.cell(row * layout.columns + column + 1)
            inside = (
                cx + layout.pad_x - 0.3 <= x0
                and x1 <= cx + layout.label_width - layout.pad_x + 0.3
                and cy + layout.pad_y - 0.5 <= y0
                and y1 <= cy + layout.label_height - layout.pad_y + 0.5
            )
            if not inside:
                outside.append((text.get_text_range(i, 1), row, column))
    finally:
        document.close()
    assert not outside
    # What a label says is really on it (money with ordinary spaces in the PDF).
    assert "kr 50" in content and "kr 1 234,50" in content and "kr 49,50" in content
    assert "Klær dame" in content and "RK Moss" in content and "U46" in content
    assert "…" in content  # the long description and shop name are cut, not overflowing


@pytest.mark.parametrize(
    ("dpi", "width_mm", "height_mm"), [(203, 50, 30), (300, 50, 30), (203, 40, 25), (300, 58, 40)]
)
def test_label_image_decodes_with_whole_pixel_modules(dpi: int, width_mm: float, height_mm: float) -> None:
    for label in make_labels(4, shop_number=987):
        image = label_image(label, dpi=dpi, width_mm=width_mm, height_mm=height_mm)
        assert image.mode == "1"
        assert image.size == (round(width_mm * dpi / 25.4), round(height_mm * dpi / 25.4))
        assert image.info["dpi"] == (dpi, dpi)

        grey = image.convert("L")
        assert {value for _, value in grey.getcolors()} == {0, 255}  # no anti-aliasing anywhere
        results = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.EAN13, try_downscale=False)
        assert [r.text for r in results] == [label.code]

        corners = results[0].position
        y = (corners.top_left.y + corners.bottom_left.y) // 2
        row = [grey.getpixel((x, y)) for x in range(image.width)]
        first = row.index(0)
        last = len(row) - row[::-1].index(0)
        runs = _bar_runs(row[first:last])
        module = min(length for _, length in runs)
        assert all(length % module == 0 for _, length in runs), runs
        assert sum(length for _, length in runs) == 95 * module
        assert module / (dpi / 25.4) >= 0.25 - 1e-9
        # Quiet zones inside the image.
        assert first >= QUIET_LEFT * module and image.width - last >= QUIET_RIGHT * module


def test_intake_mark_is_readable_in_black_and_white_whatever_its_colour() -> None:
    """A label printer prints black only: a coloured mark is white text on black, for every colour."""
    code = make_item_code(12, 1)

    def image(mark: IntakeMark) -> bytes:
        return label_image(LabelData(code, 5000, "Klær dame", "RK Moss", mark)).tobytes()

    for colour in (*(c.hex for c in WEEK_COLOURS), "yellow", "white", "black"):
        assert image(IntakeMark("U45", colour)) == image(IntakeMark("U45", "black"))
        assert image(IntakeMark("U45", colour)) != image(IntakeMark("U46", colour))  # the week shows


def test_label_image_saves_as_png_at_its_resolution(tmp_path: Path) -> None:
    label = make_labels(1)[0]
    path = tmp_path / "label.png"
    image = label_image(label, dpi=300)
    image.save(path, dpi=image.info["dpi"])
    with Image.open(path) as saved:
        assert saved.info["dpi"] == pytest.approx((300, 300), abs=0.01)
        decoded = zxingcpp.read_barcodes(saved.convert("L"))
    assert [r.text for r in decoded] == [label.code]


def test_unknown_layout_is_a_typed_error() -> None:
    with pytest.raises(UnknownLabelLayout) as raised:
        label_sheet_pdf(make_labels(1), "a4-5x13", io.BytesIO())
    assert isinstance(raised.value, BruktError)
    assert raised.value.code == "unknown_label_layout"
    assert raised.value.facts() == {"name": "a4-5x13"}


def test_bad_check_digit_is_an_invalid_code() -> None:
    good = make_item_code(12, 345)
    bad = good[:12] + str((int(good[12]) + 1) % 10)
    for text in (bad, good[:12], good + "0", "04012000000a7"):
        with pytest.raises(InvalidCode) as raised:
            LabelData(text, 5000, "Klær dame", "RK Moss")
        assert raised.value.text == text


@pytest.mark.parametrize("price", [0, -100])
def test_a_label_needs_a_price(price: int) -> None:
    with pytest.raises(InvalidPrice):
        LabelData(make_item_code(12, 1), price, "Klær dame", "RK Moss")


def test_start_outside_the_sheet_and_no_labels_are_refused() -> None:
    labels = make_labels(2)
    for start in (0, 25):
        with pytest.raises(ValueError, match="start"):
            label_sheet_pdf(labels, "a4-3x8", io.BytesIO(), start=start)
    assert label_sheet_pdf(labels, "a4-3x8", io.BytesIO(), start=24) == 2  # the last place, then a new sheet
    with pytest.raises(ValueError, match="no labels"):
        label_sheet_pdf([], "a4-3x8", io.BytesIO())


def test_intake_marks() -> None:
    mark = mark_for(date(2026, 11, 12))
    assert mark == IntakeMark("U46", intake_mark(date(2026, 11, 12)).colour_hex)
    assert mark_for(date(2026, 11, 16)).colour != mark.colour  # next week, next colour
    assert IntakeMark("U1", "yellow").rgb == (255, 255, 0)
    assert IntakeMark("U1").rgb is None
    with pytest.raises(ValueError):
        IntakeMark("U1", "not-a-colour")
