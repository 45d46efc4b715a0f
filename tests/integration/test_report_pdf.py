"""X and Z reports on paper: the A4 PDF and the receipt printer's layout, from a real day."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pypdfium2
import pytest

import bruktpos
from bruktpos.devices.receipts import NARROW, WIDE, receipt_text
from bruktpos.devices.report_pdf import write_report_pdf
from bruktpos.devices.report_receipt import render_report, report_sections, section_lines
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.services.day import DayService
from bruktpos.services.reports import CategoryTotal, OperatorTotal
from bruktpos.services.shop import load_shop
from tests.integration.conftest import Shop


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def pdf_pages(path: Path) -> int:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def sell(shop: Shop, *, code: str | None = None, product: int | None = None, method: PaymentMethod) -> None:
    cart = shop.checkout.new_cart()
    if code is not None:
        shop.checkout.scan(cart, code)
    if product is not None:
        shop.checkout.add_product(cart, product)
    due = cart.cash_due() if method is PaymentMethod.CASH else cart.total
    shop.checkout.pay(cart, method, due, tendered=due if method is PaymentMethod.CASH else None)
    shop.checkout.complete(cart, operator=shop.cashier)


@pytest.fixture
def z_report(shop: Shop, clock):
    sell(shop, code=shop.codes[0], method=PaymentMethod.CASH)  # 49,50 → 50
    sell(shop, code=shop.codes[5], method=PaymentMethod.CARD)  # 100
    sell(shop, product=shop.waffle, method=PaymentMethod.VIPPS)  # 25
    day = DayService(shop.db, clock=clock)
    day.cash_movement("pay_out", 4900, "Melk til kafeen", operator=shop.leader)
    clock.advance(hours=3)
    count = CashCount({20000: 5, 10000: 2, 1000: 1})  # kr 1 210 of an expected kr 1 190 + 50 − 49
    result = day.close_day(
        count,
        operator=shop.leader,
        note="Telt to ganger",
        card_batch_total=10000,
        vipps_settlement=2500,
    )
    return result


def test_the_z_pdf_holds_the_z_number_and_every_total(z_report, shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "reports" / "z.pdf"
    write_report_pdf(z_report.report, path, shop=load_shop(shop.db))
    assert path.read_bytes().startswith(b"%PDF")
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    for part in (
        "Z-rapport nr. 1",
        "Testbutikken",
        "Org.nr. 999 999 999 MVA",
        "12.11.2026",
        "kr 174,50",  # net sales
        "kr 50,00",  # cash
        "kr 100,00",  # card
        "kr 25,00",  # Vipps
        "MVA 25 %",
        "MVA 15 %",
        "Bøker",
        "Klær dame",
        "Melk til kafeen",
        "kr 1 190,00",  # float
        "kr 1 191,00",  # expected: 1 190 + 50 − 49
        "kr 1 210,00",  # counted
        "kr 19,00",  # difference
        "Telt to ganger",
        "Kortterminalens batch",
        "Vipps-oppgjør",
        "Totalt netto",
        "Ola",
    ):
        assert part in text, part
    # No half-written file is left beside it.
    assert [p.name for p in path.parent.iterdir()] == ["z.pdf"]


def test_an_x_report_pdf_says_it_is_not_a_close(shop: Shop, clock, tmp_path: Path) -> None:
    sell(shop, product=shop.coffee, method=PaymentMethod.CARD)
    report = DayService(shop.db, clock=clock).x_report(operator=shop.cashier)
    path = tmp_path / "x.pdf"
    write_report_pdf(report, path, shop=load_shop(shop.db))
    text = pdf_text(path)
    assert "X-rapport" in text and "Ikke et dagsoppgjør" in text and "Z-nummer" not in text
    assert "kr 20,00" in text


def test_a_busy_day_runs_on_over_columns_and_pages(z_report, shop: Shop, tmp_path: Path) -> None:
    report = dataclasses.replace(
        z_report.report,
        by_category=tuple(CategoryTotal(f"Varegruppe {n}", "goods", n, n * 1000) for n in range(90)),
        by_operator=tuple(
            OperatorTotal(n, f"Frivillig {n}", 3, 0, 9000, {"cash": 3000, "card": 3000, "vipps": 3000})
            for n in range(30)
        ),
    )
    path = tmp_path / "busy.pdf"
    write_report_pdf(report, path, shop=load_shop(shop.db))
    text = pdf_text(path)
    assert pdf_pages(path) >= 2
    assert "Varegruppe 89" in text and "Frivillig 29" in text and "Totalt netto" in text


@pytest.mark.parametrize("width", [WIDE, 48, NARROW])
def test_the_z_on_the_receipt_printer_fits_the_paper_and_the_code_page(
    z_report, shop: Shop, width: int
) -> None:
    lines = render_report(z_report.report, load_shop(shop.db), width=width)
    for line in lines:
        assert len(line.text) <= width // line.size, line.text
        line.text.encode("cp865")  # æ, ø and å print; nothing else outside the code page
    text = receipt_text(lines, width)
    for part in (
        "Z-rapport nr. 1",
        "Netto salg",
        "Opptalt kontant",
        "kr 1 210,00",
        "Slutt på Z-rapport nr. 1",
    ):
        assert part in text, part


def test_every_figure_of_the_report_has_its_line(z_report) -> None:
    data = z_report.report.to_json()
    lines = {(title, label): value for title, label, value in section_lines(report_sections(z_report.report))}
    assert lines[("Salg", "Salgskvitteringer")] == str(data["receipts"])
    assert lines[("Salg", "Netto salg")] == "kr 174,50"
    assert lines[("Salg per betalingsmåte", "Kontant")] == "kr 50,00"
    assert lines[("Hendelser (antall og beløp)", "Kopier av kvittering")] == "0 stk  kr 0,00"
    assert lines[("Hendelser (antall og beløp)", "Kasseskuff åpnet uten salg")] == "0"
    assert lines[("Kontanter", "Forventet kontant")] == "kr 1 191,00"
    assert lines[("Kontanter", "Differanse")] == "kr 19,00"
    # The one count (no recount): first and final are the same.
    assert lines[("Kontanter", "17.03 Første opptelling, Kari")] == "kr 1 210,00"
    assert lines[("Avstemming kort og Vipps", "Vipps-oppgjør")] == "kr 25,00"
    assert lines[("Totaler siden installasjon", "Totalt salg")] == "kr 174,50"


def test_the_z_names_the_system_its_receipts_training_drawer_and_denominations(
    shop: Shop, clock, tmp_path: Path
) -> None:
    sell(shop, code=shop.codes[5], method=PaymentMethod.CARD)  # 100
    sell(shop, product=shop.waffle, method=PaymentMethod.CASH)  # 25
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.coffee, 3)  # training: 60 kr
    shop.checkout.pay(cart, PaymentMethod.CASH, tendered=10000)
    shop.checkout.complete(cart, operator=shop.cashier, training=True)
    shop.checkout.open_drawer_without_sale(operator=shop.leader)
    clock.advance(hours=1)
    day = DayService(shop.db, clock=clock)
    z = day.close_day(
        CashCount({50000: 2, 10000: 2, 2000: 1, 500: 1}), operator=shop.leader, note="Telt"
    ).report
    first, last = z.first_receipt_no, z.last_receipt_no
    assert (first, last) is not None and last == first + 1  # type: ignore[operator]  # both are numbers here
    version = f"BruktPOS {bruktpos.__version__}"

    lines = {(title, label): value for title, label, value in section_lines(report_sections(z))}
    system = "Kassesystem og kvitteringer"
    assert lines[(system, "Kassesystem")] == version
    assert lines[(system, "Kasse-ID")] == "K1"
    assert (lines[(system, "Første kvitteringsnr.")], lines[(system, "Siste kvitteringsnr.")]) == (
        str(first),
        str(last),
    )
    events = "Hendelser (antall og beløp)"
    assert lines[(events, "Treningskvitteringer")] == "1 stk  kr 60,00"
    assert lines[(events, "Kasseskuff åpnet uten salg")] == "1"
    assert lines[(events, "Kasseskuff åpnet ved salg")] == "0"
    # The closing count by denomination, largest first, under the counted amount (its sum).
    assert [
        (label, value) for title, label, value in section_lines(report_sections(z)) if " kr" in label
    ] == [
        ("500 kr", "2 stk  kr 1 000,00"),
        ("100 kr", "2 stk  kr 200,00"),
        ("20 kr", "1 stk  kr 20,00"),
        ("5 kr", "1 stk  kr 5,00"),
    ]

    text = receipt_text(render_report(z, load_shop(shop.db), width=NARROW), NARROW)
    for part in (version, "Kasse-ID", "Første kvitteringsnr.", "Treningskvitteringer", "500 kr", "ved salg"):
        assert part in text, part

    path = tmp_path / "z.pdf"
    write_report_pdf(z, path, shop=load_shop(shop.db))
    assert pdf_pages(path) == 1
    pdf = pdf_text(path)
    for part in (
        version,
        "Kasse-ID",
        "Siste kvitteringsnr.",
        "Treningskvitteringer",
        "Kasseskuff åpnet ved salg",
        "Kasseskuff åpnet uten salg",
        "500 kr",
        "kr 1 000,00",
        "kr 1 225,00",  # counted: the sum of the denominations
    ):
        assert part in pdf, part
    assert re.search(rf"Siste kvitteringsnr\.\s+{last}\s", pdf), pdf
