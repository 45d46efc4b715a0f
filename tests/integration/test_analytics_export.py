"""A period report saved as CSV (for Norwegian Excel) and as an A4 PDF, read back."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from bruktpos.services.analytics import Period, build_period_report
from bruktpos.services.analytics_export import (
    kilo_display,
    kilo_text,
    kroner_text,
    report_csv,
    write_report_csv,
    write_report_pdf_file,
)
from tests.conftest import FakeClock

from .conftest import Shop
from .test_analytics import NOV19, History, at


@pytest.fixture
def week(shop: Shop, clock: FakeClock):
    History(shop, clock)
    return build_period_report(shop.db, Period.week(NOV19), now=at(NOV19, 17, 5), operator=shop.leader)


def _sections(text: str) -> dict[str, list[list[str]]]:
    """CSV rows grouped under their section titles (a title is a one-cell row after an empty one)."""
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    sections: dict[str, list[list[str]]] = {"": [rows[0]]}
    current = ""
    previous_empty = False
    for row in rows[1:]:
        if not row:
            previous_empty = True
            continue
        if previous_empty and len(row) == 1:
            current = row[0]
            sections[current] = []
        else:
            sections[current].append(row)
        previous_empty = False
    return sections


def test_amounts_and_weights_as_norwegian_excel_reads_them() -> None:
    assert [kroner_text(x) for x in (123450, 5, 0, -500, -123456)] == [
        "1234,50",
        "0,05",
        "0,00",
        "-5,00",
        "-1234,56",
    ]
    assert [kilo_text(x) for x in (12345, 12350, 0, 999)] == ["12,3", "12,4", "0,0", "1,0"]
    assert kilo_display(29_590_900) == "29\u00a0590,9\u00a0kg"


def test_csv_holds_every_figure(shop: Shop, week, tmp_path: Path) -> None:
    path = write_report_csv(week, "Testbutikken", tmp_path / "uke.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for æøå
    assert b"\r\n" in raw
    text = raw.decode("utf-8-sig")
    assert text == report_csv(week, "Testbutikken")
    sections = _sections(text)

    assert sections[""][0] == [
        "Rapport",
        "Testbutikken",
        "uke 47, 16.11.2026–22.11.2026",
        "16.11.2026",
        "22.11.2026",
    ]
    key = dict(sections["Nøkkeltall"][1:])
    assert key["Omsetning (kr)"] == "169,00"
    assert key["Salg (kr)"] == "269,00"
    assert key["Returer (kr)"] == "-100,00"
    assert key["Antall kvitteringer"] == "4"
    assert key["Antall returer"] == "1"
    assert key["Snitt per kvittering (kr)"] == "67,25"
    assert key["Kilo mottatt"] == "2,0"

    categories = sections["Salg per kategori"]
    assert categories[0] == ["Kategori", "Type", "Antall", "Beløp (kr)"]
    assert categories[1:] == [
        ["Bøker", "Butikk", "2", "99,00"],
        ["Kafé", "Kafé", "3", "70,00"],
        ["Klær dame", "Butikk", "0", "0,00"],
        ["Sum", "", "5", "169,00"],
    ]
    assert sections["Kafé og butikk"][1:] == [["Butikk", "99,00", "58,6"], ["Kafé", "70,00", "41,4"]]
    assert sections["Betalingsmåter"][1:] == [
        ["Kontant", "1", "70,00", "41,3"],
        ["Kort", "3", "49,50", "29,2"],
        ["Vipps", "1", "50,00", "29,5"],
        ["Sum", "5", "169,50", ""],
    ]
    assert sections["Salg per time"][1:] == [
        ["10–11", "2", "169,50"],
        ["11–12", "1", "49,50"],
        ["14–15", "1", "50,00"],
        ["15–16", "0", "-100,00"],
    ]
    assert sections["Kilo mottatt"][1:] == [["Bøker", "2,0", "5"], ["Sum", "2,0", "5"]]
    assert sections["Omløpstid"][0][0] == "Kategori"
    assert sections["Omløpstid"][1:] == [  # in the shop's category order
        ["Bøker", "2", "17,0", "0", "0", ""],
        ["Klær dame", "1", "27,0", "0", "0", ""],
    ]
    # Every amount parses back as a number the Norwegian way.
    for row in categories[1:]:
        float(row[3].replace(",", "."))


def test_csv_keeps_a_name_from_running_as_a_formula(shop: Shop, clock: FakeClock, tmp_path: Path) -> None:
    empty = build_period_report(shop.db, Period.day(NOV19), now=at(NOV19, 17), operator=shop.leader)
    text = report_csv(empty, "=HYPERLINK(1)")
    assert text.splitlines()[0].split(";")[1] == "'=HYPERLINK(1)"


def test_pdf_has_the_figures_tables_and_vector_charts(shop: Shop, week, tmp_path: Path) -> None:
    path = write_report_pdf_file(week, "Testbutikken", tmp_path / "uke.pdf")
    pdf = pdfium.PdfDocument(path)
    try:
        assert len(pdf) >= 1
        width, height = pdf[0].get_size()
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        text = "\n".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf)))
        kinds: list[int] = []
        for n in range(len(pdf)):
            kinds.extend(obj.type for obj in pdf[n].get_objects(max_depth=3))
    finally:
        pdf.close()
    flat = " ".join(text.split())
    for expected in (
        "Rapport – Testbutikken",
        "Uke 47, 16.11.2026–22.11.2026",
        "kr 169,00",  # omsetning
        "Antall kvitteringer",
        "kr 67,25",  # snitt per kvittering
        "2,0 kg",
        "Salg per kategori",
        "Kafé og butikk",
        "Betalingsmåter",
        "Kontant",
        "Salg per time",
        "Kilo mottatt",
        "Omløpstid",
        "Klær dame",
        "-100,00",
        "Laget 19.11.2026 kl. 17.05",
    ):
        assert expected in flat, expected
    # Charts are drawn (paths), never pasted in as pictures.
    assert kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH) > 20
    assert pdfium_c.FPDF_PAGEOBJ_IMAGE not in kinds


def test_pdf_of_an_empty_period_says_so(shop: Shop, tmp_path: Path) -> None:
    empty = build_period_report(shop.db, Period.day(NOV19), now=at(NOV19, 17), operator=shop.leader)
    path = write_report_pdf_file(empty, "Testbutikken", tmp_path / "tom.pdf")
    pdf = pdfium.PdfDocument(path)
    try:
        text = " ".join(pdf[0].get_textpage().get_text_range().split())
    finally:
        pdf.close()
    assert "Ingen salg i perioden." in text
    assert "kr 0,00" in text
