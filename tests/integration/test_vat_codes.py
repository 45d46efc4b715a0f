"""VAT per SAF-T standard tax code (issue 14, part 6): a line keeps the code it was sold under.

A book (zero-rated, code 5), a dress (25 %, code 3) and a lottery ticket
(outside the VAT Act, code 6) on one receipt: the codes are stored with the
lines, so the receipt, the X and the Z, the hub's summary, a return and the
SAF-T export all say what was sold, whatever the catalogue says later. A shop
that is not VAT-registered shows no VAT, and its export still names each
line's code. Old lines get their codes from migration 0010.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from bruktpos.cli import main
from bruktpos.commands.report import format_text
from bruktpos.devices.receipts import receipt_text, render_receipt
from bruktpos.devices.report_pdf import write_report_pdf
from bruktpos.devices.report_receipt import render_report
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import TaxCode, VatLine
from bruktpos.hub.outbox import build_day_summary
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.day import DayService
from bruktpos.services.receipts import load_receipt
from bruktpos.services.reports import DayReport, stored_z
from bruktpos.services.returns import ReturnService
from bruktpos.services.saft import SaftService
from bruktpos.services.shop import add_category, load_shop
from bruktpos.store.schema import open_database

from .conftest import OPENING_FLOAT, Shop, make_shop
from .saft_check import NS, schema_errors, verify_chains
from .test_report_pdf import pdf_text

OLD_DATABASES = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases"
ADMIN = Operator(1, "Astrid", Role.ADMIN)
DRESS, LOTTERY = 10000, 2000  # a dress from the shop's stock; a lottery ticket at an open price


def _q(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _three_codes(shop: Shop) -> int:
    """Books zero-rated, and a lottery category outside the VAT Act; returns the lottery's id."""
    catalogue = CatalogueService(shop.db)
    books = catalogue.category(shop.books)
    catalogue.update_category(shop.books, replace(books.draft(), vat_code=TaxCode.ZERO_RATED), by=shop.leader)
    with shop.db.write() as session:
        lottery = add_category(session, "Lodd", vat_code=TaxCode.OUTSIDE)
        return lottery.id


def _sell_three(shop: Shop, lottery: int) -> CompletedSale:
    """A book (49,50), a dress (100) and a lottery ticket (20), by card."""
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])
    co.scan(cart, shop.codes[5])
    co.add_open(cart, lottery, LOTTERY)
    co.pay(cart, PaymentMethod.CARD)
    return co.complete(cart, operator=shop.cashier)


@pytest.fixture
def lottery(shop: Shop) -> int:
    return _three_codes(shop)


def test_a_sale_keeps_each_lines_code_and_its_receipt_shows_vat_per_code(shop: Shop, lottery: int) -> None:
    sale = _sell_three(shop, lottery)
    lines = _q(
        shop.path,
        "SELECT vat_code, vat_rate, total FROM sale_lines WHERE sale_id = ? ORDER BY line_no",
        sale.sale_id,
    )
    assert lines == [("5", 0, 4950), ("3", 2500, DRESS), ("6", 0, LOTTERY)]
    assert _q(shop.path, "SELECT vat FROM sales WHERE id = ?", sale.sale_id) == [(2000,)]  # 25 % of 100 only

    data = load_receipt(shop.db, sale.sale_id)
    assert data.vat_lines == (
        VatLine(TaxCode.STANDARD, DRESS, 2000),
        VatLine(TaxCode.ZERO_RATED, 4950, 0),
        VatLine(TaxCode.OUTSIDE, LOTTERY, 0),
    )
    text = receipt_text(render_receipt(data))
    block = text.split("Totalt", 1)[1].split("\n\n")[1]
    assert block.splitlines() == [
        "MVA 25 %                      mva kr 20,00",
        "  grunnlag                        kr 80,00",
        "Fritatt (0 %)                  mva kr 0,00",
        "  grunnlag                        kr 49,50",
        "Utenfor mva-loven                 kr 20,00",  # its amount, no VAT at all
    ]


def test_a_return_keeps_the_code_the_line_was_sold_under(shop: Shop, lottery: int, clock) -> None:
    sale = _sell_three(shop, lottery)
    # The catalogue changes its mind later: the lines sold keep what they were sold under.
    catalogue = CatalogueService(shop.db)
    catalogue.update_category(
        lottery, replace(catalogue.category(lottery).draft(), vat_code=TaxCode.ZERO_RATED), by=shop.leader
    )
    returns = ReturnService(shop.db, clock=clock, checkout=shop.checkout)
    original = returns.find_by_receipt(sale.receipt_no)
    back = returns.refund(
        original.sale_id, {line.line_id: 1 for line in original.lines}, operator=shop.leader
    )
    assert [line.vat_code for line in original.lines] == [
        TaxCode.ZERO_RATED,
        TaxCode.STANDARD,
        TaxCode.OUTSIDE,
    ]
    rows = _q(
        shop.path, "SELECT vat_code, total FROM sale_lines WHERE sale_id = ? ORDER BY line_no", back.sale_id
    )
    assert rows == [("5", -4950), ("3", -DRESS), ("6", -LOTTERY)]
    receipt = load_receipt(shop.db, back.sale_id)
    assert [(v.code, v.gross, v.vat) for v in receipt.vat_lines] == [
        (TaxCode.STANDARD, -DRESS, -2000),
        (TaxCode.ZERO_RATED, -4950, 0),
        (TaxCode.OUTSIDE, -LOTTERY, 0),
    ]
    assert _q(shop.path, "SELECT vat FROM sales WHERE id = ?", back.sale_id) == [(-2000,)]


def test_x_and_z_give_vat_per_code_in_the_json_on_paper_and_in_the_hub_summary(
    shop: Shop, lottery: int, clock, tmp_path: Path
) -> None:
    _sell_three(shop, lottery)
    day = DayService(shop.db, clock=clock)
    x = day.x_report().to_json()
    per_code = [
        {"code": "3", "rate": 2500, "gross": DRESS, "vat": 2000, "net": 8000},
        {"code": "5", "rate": 0, "gross": 4950, "vat": 0, "net": 4950},
        {"code": "6", "rate": 0, "gross": LOTTERY, "vat": 0, "net": LOTTERY},
    ]
    assert x["vat"] == per_code
    # ``by_vat`` stays per rate, as the hub and older readers know it: 5 and 6 share the 0 % row.
    assert x["by_vat"] == [{"rate": 2500, "gross": DRESS, "vat": 2000}, {"rate": 0, "gross": 6950, "vat": 0}]
    assert x["vat_registered"] is True and x["vat_total"] == 2000

    clock.advance(hours=2)
    z = day.close_day(OPENING_FLOAT, operator=shop.leader).report
    assert z.to_json()["vat"] == per_code
    with shop.db.read() as session:
        kept = stored_z(session, shop.checkout.register.id, clock().date())
    assert kept is not None and kept.by_vat == z.by_vat  # read back as stored
    assert DayReport.from_json(json.loads(json.dumps(z.to_json()))).by_vat == z.by_vat

    slip = receipt_text(render_report(z, load_shop(shop.db)))
    for row in ("Salg per MVA-sats", "MVA 25 %", "Fritatt (0 %)", "Utenfor mva-loven", "herav MVA"):
        assert row in slip, row
    after_outside = slip.split("Utenfor mva-loven", 1)[1].splitlines()[1]
    assert "Grunnlag" not in after_outside and "MVA" not in after_outside  # code 6: no base, no VAT
    pdf = tmp_path / "z.pdf"
    write_report_pdf(z, pdf, shop=load_shop(shop.db))
    assert "Fritatt (0 %)" in pdf_text(pdf) and "Utenfor mva-loven" in pdf_text(pdf)
    cli = format_text(z.to_json())
    assert "By VAT code" in cli and "0 % zero-rated (code 5)" in cli and "outside the VAT Act (code 6)" in cli

    with shop.db.read() as session:
        summary = build_day_summary(session, shop.checkout.register.id, clock().date())
    assert summary["vat"] == x["by_vat"]  # what coordinators read, as before
    assert summary["vat_by_code"] == per_code


def test_the_saft_export_states_each_lines_code_as_sold(
    shop: Shop, lottery: int, clock, tmp_path: Path
) -> None:
    _sell_three(shop, lottery)
    day = DayService(shop.db, clock=clock)
    clock.advance(hours=2)
    day.close_day(OPENING_FLOAT, operator=shop.leader)
    # Today's catalogue says otherwise: the export reads the lines, not the catalogue.
    catalogue = CatalogueService(shop.db)
    catalogue.update_category(
        lottery, replace(catalogue.category(lottery).draft(), vat_code=TaxCode.ZERO_RATED), by=shop.leader
    )
    export = SaftService(shop.db).export(clock().date(), clock().date(), tmp_path / "day.xml", by=ADMIN)
    assert schema_errors(export.path) == []
    assert verify_chains(export.path).problems == []
    tree = etree.parse(str(export.path))
    sale = tree.find(f".//{NS}cashtransaction")
    line_vat = [
        [line.findtext(f"{NS}vat/{NS}{n}") for n in ("vatCode", "vatPerc", "vatAmnt")]
        for line in sale.findall(f"{NS}ctLine")
    ]
    assert line_vat == [["5", "0.00", "0.00"], ["3", "25.00", "20.00"], ["6", "0.00", "0.00"]]
    receipt_vat = [v.findtext(f"{NS}vatCode") for v in sale.findall(f"{NS}vat")]
    assert receipt_vat == ["3", "5", "6"]
    z = next(r for r in tree.iter(f"{NS}eventReport") if r.findtext(f"{NS}reportType") == "Z report")
    assert [v.findtext(f"{NS}vatCode") for v in z.iter(f"{NS}reportCashSaleVat")] == ["3", "5", "6"]


def test_a_shop_not_registered_for_vat_shows_none_and_its_export_still_names_the_codes(
    tmp_path: Path, clock
) -> None:
    shop = make_shop(tmp_path / "small.sqlite3", clock, vat_registered=False)
    try:
        lottery = _three_codes(shop)
        sale = _sell_three(shop, lottery)
        assert _q(
            shop.path, "SELECT vat_code FROM sale_lines WHERE sale_id = ? ORDER BY line_no", sale.sale_id
        ) == [
            ("5",),
            ("3",),
            ("6",),
        ]
        receipt = receipt_text(render_receipt(load_receipt(shop.db, sale.sale_id)))
        assert "MVA" not in receipt and "Fritatt" not in receipt and "Utenfor mva" not in receipt

        day = DayService(shop.db, clock=clock)
        x = day.x_report()
        assert x.to_json()["vat_registered"] is False
        assert x.to_json()["vat"] == [{"code": None, "rate": 0, "gross": 16950, "vat": 0, "net": 16950}]
        shop_info = load_shop(shop.db)
        for paper in (receipt_text(render_report(x, shop_info)), format_text(x.to_json())):
            assert "MVA" not in paper and "VAT" not in paper and "Fritatt" not in paper
        clock.advance(hours=2)
        z = day.close_day(OPENING_FLOAT, operator=shop.leader).report
        pdf = tmp_path / "z.pdf"
        write_report_pdf(z, pdf, shop=shop_info)
        assert "MVA" not in pdf_text(pdf)

        export = SaftService(shop.db).export(clock().date(), clock().date(), tmp_path / "day.xml", by=ADMIN)
        assert schema_errors(export.path) == []
        sale_xml = etree.parse(str(export.path)).find(f".//{NS}cashtransaction")
        line_vat = [
            [line.findtext(f"{NS}vat/{NS}{n}") for n in ("vatCode", "vatPerc", "vatAmnt")]
            for line in sale_xml.findall(f"{NS}ctLine")
        ]
        assert line_vat == [["5", None, "0.00"], ["3", None, "0.00"], ["6", None, "0.00"]]
    finally:
        shop.close()


def test_migration_0010_fills_in_the_codes_of_the_lines_sold_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop-0009.sqlite3"
    shutil.copyfile(OLD_DATABASES / "shop-0009.sqlite3", path)
    with closing(sqlite3.connect(path)) as conn, conn:
        # The catalogue as it stands at the upgrade (categories and products may change):
        conn.execute("UPDATE categories SET vat_code = '6' WHERE name = 'Bøker'")  # at 0 %: taken
        conn.execute("UPDATE categories SET vat_code = '3' WHERE name = 'Barnebøker'")  # not 0 %: by the rate
        conn.execute("UPDATE categories SET vat_code = '5' WHERE name = 'Lamper'")  # not 25 %: by the rate
        # A product's own code first, when it has the line's rate; else its category's.
        conn.execute(
            "UPDATE products SET vat_code = '31' "
            "WHERE category_id = (SELECT id FROM categories WHERE name = 'Kafé')"
        )
        before = conn.execute("SELECT count(*) FROM sale_lines").fetchone()[0]
    open_database(path).dispose()
    rows = _q(
        path,
        "SELECT c.name, l.kind, l.vat_rate, l.vat_code, count(*) FROM sale_lines l "
        "JOIN categories c ON c.id = l.category_id GROUP BY 1, 2, 3, 4",
    )
    codes = {(name, kind, rate): code for name, kind, rate, code, _ in rows}
    assert codes[("Bøker", "item", 0)] == "6"
    assert codes[("Barnebøker", "item", 0)] == "5"
    assert codes[("Lamper", "item", 2500)] == "3"
    assert codes[("Kafé", "product", 2500)] == "3"  # the products' 31 is not 25 %: the category's 3
    assert codes[("Kiosk (ta med)", "product", 1500)] == "31"
    assert codes[("Elektronikk", "item", 2500)] == "3"
    assert sum(n for *_, n in rows) == before and all(code is not None for *_, code, _ in rows)
    # The lines are append-only again, and the old sales still verify (digests without codes).
    with closing(sqlite3.connect(path)) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE sale_lines SET vat_code = '3'")
    assert main(["verify", "--db", str(path)]) == 0, capsys.readouterr().out


def test_verify_catches_a_changed_code_on_a_new_sale_and_a_code_that_does_not_fit_its_rate(
    shop: Shop, lottery: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell_three(shop, lottery)
    shop.close()
    assert main(["verify", "--db", str(shop.path)]) == 0
    with closing(sqlite3.connect(shop.path)) as conn, conn:
        conn.execute("DROP TRIGGER sale_lines_no_update")
        conn.execute("UPDATE sale_lines SET vat_code = '5' WHERE vat_code = '6'")  # same rate, other code
    capsys.readouterr()
    assert main(["verify", "--db", str(shop.path)]) != 0
    found = capsys.readouterr()
    assert "was altered" in found.out + found.err
    with closing(sqlite3.connect(shop.path)) as conn, conn:
        conn.execute("UPDATE sale_lines SET vat_code = '3' WHERE vat_code = '5'")  # 25 % on a 0 % line
    main(["verify", "--db", str(shop.path)])
    found = capsys.readouterr()
    assert "tax code does not fit its VAT rate" in found.out + found.err
