"""Receipt layout on hand-made receipt data: what is printed, and that it fits the paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bruktpos.devices.receipts import (
    COPY_MARK,
    NARROW,
    TRAINING_HEADING,
    WIDE,
    ReceiptLine,
    format_org_number,
    money,
    receipt_text,
    render_receipt,
    render_test_page,
)
from bruktpos.domain.vat import split_vat
from bruktpos.services.receipts import ReceiptData, ReceiptPayment, ReceiptSaleLine

OSLO = ZoneInfo("Europe/Oslo")
WIDTHS = (NARROW, WIDE)

BOOK = ReceiptSaleLine("Bøker: Ting 0", 1, 4950, 990, 3960, 2500, discount_percent=20)
COFFEE = ReceiptSaleLine("Kaffe", 2, 2000, 0, 4000, 1500)
JAM = ReceiptSaleLine("Blåbærsyltetøy fra Ørsta", 1, 4500, 500, 4000, 1500)


def receipt(**changes: object) -> ReceiptData:
    lines = changes.pop("lines", (BOOK, COFFEE))
    registered = changes.pop("vat_registered", True)
    total = sum(line.total for line in lines)
    base = ReceiptData(
        sale_id=7,
        kind="sale",
        shop_name="Bruktbutikken Ålesund",
        org_number="999999999",
        vat_registered=registered,
        address="Kongens gate 1",
        postcode="6002",
        city="Ålesund",
        register_code="K1",
        receipt_no=123,
        training=False,
        created_at=datetime(2026, 11, 12, 14, 3, 27, tzinfo=OSLO),
        cashier="Ola",
        lines=tuple(lines),
        discount_total=sum(line.discount for line in lines),
        total=total,
        vat_lines=tuple(split_vat(((line.tax_code, line.total) for line in lines), registered=registered)),
        payments=(ReceiptPayment("card", 5000), ReceiptPayment("cash", 3000, 5000, 2000)),
        change=2000,
        rounding=40,
        copies_printed=0,
    )
    return replace(base, **changes)


def texts(lines: list[ReceiptLine]) -> list[str]:
    return [line.text for line in lines]


def find(lines: list[ReceiptLine], start: str) -> ReceiptLine:
    return next(line for line in lines if line.text.startswith(start))


def test_a_sales_receipt_says_what_the_law_and_the_customer_ask_for() -> None:
    lines = render_receipt(receipt())
    assert lines[0] == ReceiptLine("Salgskvittering", bold=True, size=2, center=True)
    text = receipt_text(lines)
    for expected in (
        "Bruktbutikken Ålesund",
        "Org.nr. 999 999 999 MVA",
        "Kongens gate 1",
        "6002 Ålesund",
        "Kvittering nr. 123",
        "Kasse K1",
        "12.11.2026",
        "kl. 14.03",
        "Betjent av: Ola",
        "Takk for handelen!",
    ):
        assert expected in text, expected
    assert COPY_MARK not in text
    assert "TRENINGS" not in text
    assert "\u00a0" not in text


def test_lines_quantities_and_discounts() -> None:
    lines = render_receipt(receipt(lines=(BOOK, COFFEE, JAM)))
    rows = texts(lines)
    book = rows.index(next(r for r in rows if r.startswith("Bøker: Ting 0")))
    assert rows[book].endswith("kr 49,50")
    assert rows[book + 1].startswith("  Rabatt 20 %") and rows[book + 1].endswith("kr -9,90")
    coffee = rows.index(next(r for r in rows if r.startswith("Kaffe")))
    assert rows[coffee].endswith("kr 40,00")
    assert rows[coffee + 1] == "  2 x kr 20,00"
    jam = rows.index(next(r for r in rows if r.startswith("Blåbærsyltetøy")))
    assert rows[jam + 1].startswith("  Rabatt ") and rows[jam + 1].endswith("kr -5,00")
    assert rows[jam + 1].split() == ["Rabatt", "kr", "-5,00"]  # not a whole percent: no percent shown
    assert find(lines, "Sum rabatt").text.endswith("kr 14,90")


def test_total_is_large_and_payments_are_in_norwegian() -> None:
    lines = render_receipt(receipt())
    total = find(lines, "Totalt")
    assert total.size == 2 and total.bold
    assert total.text.endswith("kr 79,60")
    assert find(lines, "Kort").text.endswith("kr 50,00")
    assert find(lines, "Kontant ").text.endswith("kr 30,00")
    assert find(lines, "Kontant mottatt").text.endswith("kr 50,00")
    assert find(lines, "Vekslepenger").text.endswith("kr 20,00")
    assert find(lines, "Øreavrunding").text.endswith("kr 0,40")
    vipps = render_receipt(receipt(payments=(ReceiptPayment("vipps", 8000),), change=0))
    assert find(vipps, "Vipps").text.endswith("kr 80,00")
    assert not any(line.text.startswith(("Kontant", "Vekslepenger")) for line in vipps)


def test_rounding_line_only_when_there_is_rounding() -> None:
    assert any(line.text.startswith("Øreavrunding") for line in render_receipt(receipt()))
    card = receipt(rounding=0, payments=(ReceiptPayment("card", 7960),), change=0)
    assert not any(line.text.startswith("Øreavrunding") for line in render_receipt(card))
    down = render_receipt(receipt(rounding=-40))
    assert find(down, "Øreavrunding").text.endswith("kr -0,40")


@pytest.mark.parametrize("width", WIDTHS)
def test_vat_per_rate_only_when_registered(width: int) -> None:
    registered = receipt_text(render_receipt(receipt(), width=width), width)
    assert "MVA 25 %" in registered and "MVA 15 %" in registered
    assert "mva kr 7,92" in registered and "mva kr 5,22" in registered
    assert "kr 31,68" in registered and "kr 34,78" in registered  # grunnlag
    assert "grunnlag" in registered
    unregistered = render_receipt(receipt(vat_registered=False), width=width)
    text = receipt_text(unregistered, width)
    assert "Org.nr. 999 999 999" in text and "999 999 999 MVA" not in text
    assert "MVA" not in text and "grunnlag" not in text


def test_org_number_formatting() -> None:
    assert format_org_number("999999999", True) == "Org.nr. 999 999 999 MVA"
    assert format_org_number("999999999", False) == "Org.nr. 999 999 999"
    assert format_org_number("12345", False) == "Org.nr. 12345"


@pytest.mark.parametrize("width", WIDTHS)
def test_copy_is_marked_larger_than_any_amount(width: int) -> None:
    for training in (False, True):
        lines = render_receipt(receipt(training=training), copy=True, width=width)
        marks = [line for line in lines if line.text == COPY_MARK]
        assert len(marks) == 2  # top and bottom
        largest_amount = max(line.size for line in lines if "kr " in line.text)
        assert all(mark.size * 2 >= largest_amount * 3 for mark in marks)  # at least 50 % larger
        assert marks[0] in lines[:6]


@pytest.mark.parametrize("width", WIDTHS)
def test_training_receipt_is_marked_top_and_bottom(width: int) -> None:
    lines = render_receipt(receipt(training=True), width=width)
    text = receipt_text(lines, width)
    assert "Salgskvittering" not in text
    marked = [line for line in lines if line.size > 1 and line.bold and line.center]
    heading = " ".join(line.text for line in marked).replace("- ", "")
    assert heading == f"{TRAINING_HEADING} {TRAINING_HEADING}"
    assert lines[0].text.startswith("TRENINGS")
    largest_amount = max(line.size for line in lines if "kr " in line.text)
    assert all(line.size * 2 >= largest_amount * 3 for line in marked)
    assert "Takk for handelen!" in text


def test_return_receipt_heading() -> None:
    lines = render_receipt(receipt(kind="return"))
    assert lines[0].text == "Returkvittering"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("copy", [False, True])
@pytest.mark.parametrize("training", [False, True])
def test_every_line_fits_the_paper(width: int, copy: bool, training: bool) -> None:
    long = ReceiptSaleLine(
        "Klær dame: Ullkåpe, mørkeblå, str. 42, lite brukt, fra Ørskog Gjenbruk " * 2,
        3,
        123_456,
        37_037,
        333_331,
        2500,
        discount_percent=10,
    )
    data = receipt(
        lines=(BOOK, COFFEE, long, JAM),
        shop_name="Frelsesarmeens Gjenbruksbutikk Bjørvika Øst – hovedbutikken",
        training=training,
    )
    lines = render_receipt(data, copy=copy, width=width, footer="Åpent man–fre 10–18.\nBytte innen 14 dager.")
    for line in lines:
        assert len(line.text) <= width // line.size, (line, width)
        assert line.text == line.text.rstrip() or not line.text.strip()
    rows = texts(lines)
    assert "-" * width in rows
    # Amounts end at the right edge, whole, even when the text before them wraps.
    total = money(data.total)
    assert total == "kr 3 452,91"
    assert any(r.endswith(total) for r in rows)
    assert any(r.endswith("kr 3 703,68") for r in rows)  # the long line: 3 × kr 1 234,56
    text = receipt_text(lines, width)
    assert "Ullkåpe, mørkeblå, str. 42" in text.replace("\n", " ")
    assert "Åpent man–fre 10–18." in text and "Bytte innen 14 dager." in text


def test_norwegian_letters_are_kept() -> None:
    text = receipt_text(render_receipt(receipt(lines=(JAM,))))
    assert "Blåbærsyltetøy fra Ørsta" in text
    assert "Bruktbutikken Ålesund" in text
    assert "Øreavrunding" in text


@pytest.mark.parametrize("width", WIDTHS)
def test_the_phone_and_the_receipt_header_stand_under_the_shop(width: int) -> None:
    header = "Åpent tirsdag–lørdag 10–16\nAlt overskudd går til Røde Kors i Ålesund, takk!"
    lines = render_receipt(receipt(phone="70 12 34 56", header=header), width=width)
    rows = texts(lines)
    place = rows.index("6002 Ålesund")
    assert rows[place + 1] == "Tlf. 70 12 34 56"
    assert lines[place + 1].center and not lines[place + 1].bold
    assert rows[place + 2] == ""  # a little air between the shop's facts and its own words
    after = " ".join(rows[place + 3 : rows.index(next(r for r in rows if r.startswith("Kvittering nr.")))])
    assert "Åpent tirsdag–lørdag 10–16" in after
    assert "Alt overskudd går til Røde Kors i Ålesund, takk!" in " ".join(after.split())
    assert all(len(line.text) <= width // line.size for line in lines)


def test_no_phone_and_no_header_leave_no_lines() -> None:
    rows = texts(render_receipt(receipt()))
    assert not any(r.startswith("Tlf.") for r in rows)
    place = rows.index("6002 Ålesund")
    assert rows[place + 1] == "" and rows[place + 2].startswith("Kvittering nr.")


def test_footer_can_change_or_be_left_out() -> None:
    assert "Velkommen igjen!" in receipt_text(render_receipt(receipt(), footer="Velkommen igjen!"))
    lines = render_receipt(receipt(), footer="")
    assert "Takk for handelen!" not in receipt_text(lines)
    assert lines[-1].text  # no trailing blank line


def test_too_narrow_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 24"):
        render_receipt(receipt(), width=20)


def test_plain_text_centres_and_stretches() -> None:
    lines = render_receipt(receipt(), width=WIDE)
    rows = receipt_text(lines, WIDE).splitlines()
    assert rows[0] == "Salgskvittering".center(WIDE).rstrip()
    total = next(r for r in rows if r.startswith("Totalt"))
    assert len(total) == WIDE and total.endswith("kr 79,60")


@pytest.mark.parametrize("width", WIDTHS)
def test_test_page(width: int) -> None:
    lines = render_test_page("Bruktbutikken Ålesund", connection="network 10.0.0.9:9100", width=width)
    text = receipt_text(lines, width).replace("\n", " ")
    assert "Testutskrift" in text and "Bruktbutikken Ålesund" in text
    assert "æ ø å Æ Ø Å" in text and "network 10.0.0.9:9100" in text
    ruler = next(line.text for line in lines if line.text.startswith("1234567890"))
    assert len(ruler) == width
    assert all(len(line.text) <= width // line.size for line in lines)
