"""The chapter's monthly report: PDF text, CSV fields, and ``bruktpos hub report``."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pypdfium2

from bruktpos.cli import main
from bruktpos.hub.chapter_report import build_chapter_report, write_csv, write_pdf
from bruktpos.hub.schema import hub_engine
from tests.ui.coordinator_hub import NOW, make_chapter_hub


def pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def report_for(tmp_path: Path, month: date, made_at: datetime = NOW):
    engine = hub_engine(make_chapter_hub(tmp_path))
    try:
        return build_chapter_report(engine, month, made_at=made_at)
    finally:
        engine.dispose()


def test_a_whole_month_with_last_year_beside_it(tmp_path: Path) -> None:
    report = report_for(tmp_path, date(2026, 10, 1))
    by_code = {s.code: s for s in report.shops}
    assert list(by_code) == ["S001", "S002", "S003"]
    # 31 days at 4 000 kr plus the day of the month in kroner (1 + … + 31 = 496).
    assert by_code["S001"].net_sales == 31 * 4_000_00 + 496_00
    assert by_code["S001"].last_year == 31 * 3_000_00
    assert by_code["S003"].last_year is None
    assert report.total("net_sales") == sum(s.net_sales for s in report.shops)
    assert by_code["S002"].grams_received == 31 * 12_500


def test_a_month_under_way_compares_the_same_days_last_year(tmp_path: Path) -> None:
    report = report_for(tmp_path, date(2026, 11, 1))
    eidsvoll = next(s for s in report.shops if s.code == "S001")
    assert report.compared_until == date(2025, 11, 17)  # "now" is 18 November
    assert eidsvoll.last_year == 17 * 3_000_00
    hamar = next(s for s in report.shops if s.code == "S002")
    assert hamar.largest_difference == -350_00
    assert hamar.cash_difference == -350_00


def test_pdf_holds_every_shop_the_totals_and_last_year(tmp_path: Path) -> None:
    report = report_for(tmp_path, date(2026, 10, 1))
    path = tmp_path / "report.pdf"
    write_pdf(report, path)
    text = pdf_text(path)
    assert "Kretsrapport oktober 2026" in text
    for name in ("Bruktbutikken Eidsvoll", "Bruktbutikken Hamar", "Bruktbutikken Gjøvik", "Hele kretsen"):
        assert name in text
    assert "oktober 2025" in text  # the chart's legend: last year's month
    assert "kr 124 496" in text.replace("\u00a0", " ")  # Eidsvoll's October
    assert "kr 93 000" in text.replace("\u00a0", " ")  # and last October


def test_csv_is_utf8_with_bom_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    report = report_for(tmp_path, date(2026, 11, 1))
    path = tmp_path / "report.csv"
    write_csv(report, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert [r["butikk"] for r in rows] == ["S001", "S002", "S003", "TOTALT"]
    hamar = rows[1]
    assert hamar["navn"] == "Bruktbutikken Hamar"
    assert hamar["måned"] == "2026-11"
    assert hamar["kassedifferanse_kr"] == "-350,00"
    assert hamar["kg_mottatt"] == "212,5"  # 17 days × 12,5 kg
    assert rows[2]["samme_måned_i_fjor_kr"] == ""  # Gjøvik sent nothing last year
    total = rows[3]
    assert total["netto_salg_kr"] == f"{report.total('net_sales') // 100},00"


def test_command_writes_pdf_and_csv(tmp_path: Path, capsys) -> None:
    url = make_chapter_hub(tmp_path)
    pdf, csv_path = tmp_path / "out.pdf", tmp_path / "out.csv"
    code = main(
        ["hub", "report", "--hub", url, "--month", "2026-10", "--pdf", str(pdf), "--csv", str(csv_path)]
    )
    assert code == 0
    assert "Kretsrapport oktober 2026" in pdf_text(pdf)
    assert csv_path.read_text(encoding="utf-8-sig").startswith("butikk;navn;måned")
    assert "3 shops" in capsys.readouterr().out
    assert main(["hub", "report", "--hub", url, "--month", "oktober", "--pdf", str(pdf)]) == 2


def test_empty_hub_gives_an_empty_report(tmp_path: Path) -> None:
    from bruktpos.hub.schema import init_hub

    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    init_hub(url)
    engine = hub_engine(url)
    report = build_chapter_report(engine, date(2026, 10, 1), made_at=datetime(2026, 11, 2, tzinfo=UTC))
    engine.dispose()
    assert report.shops == [] and report.last_year_total is None
    write_pdf(report, tmp_path / "empty.pdf")
    assert "Kretsrapport oktober 2026" in pdf_text(tmp_path / "empty.pdf")


def test_demo_data_for_one_shop_of_a_chapter(tmp_path: Path) -> None:
    from sqlalchemy import select

    from bruktpos.services.settings import SettingsService
    from bruktpos.store.models import Shop
    from bruktpos.store.schema import open_database

    path = tmp_path / "tynset.sqlite3"
    args = ["demo-data", "--db", str(path), "--days", "4", "--stock", "40", "--sales-per-day", "15"]
    assert main([*args, "--shop", "S014", "--name", "Bruktbutikken Tynset"]) == 0
    db = open_database(path)
    try:
        with db.read() as session:
            shop = session.scalars(select(Shop)).one()
            assert (shop.name, shop.short_name, shop.shop_number) == ("Bruktbutikken Tynset", "Tynset", 14)
        assert SettingsService(db).get("hub_shop_code") == "S014"
    finally:
        db.dispose()


def test_demo_chapter_script_builds_and_syncs_every_shop(tmp_path: Path) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(
        "demo_chapter", Path(__file__).parents[2] / "scripts" / "demo_chapter.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules["demo_chapter"] = script  # for its dataclasses, and for the worker processes
    spec.loader.exec_module(script)
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert (
        script.main(["--hub", url, "--shops", "3", "--days", "6", "--out", str(tmp_path), "--jobs", "2"]) == 0
    )

    from bruktpos.hub.queries import shop_contacts, summary_rows

    engine = hub_engine(url)
    try:
        contacts = shop_contacts(engine)
        rows = summary_rows(engine)
    finally:
        engine.dispose()
    assert [(c.shop_code, c.shop_name) for c in contacts] == [
        ("S001", "Bruktbutikken Eidsvoll"),
        ("S002", "Bruktbutikken Hamar"),
        ("S003", "Bruktbutikken Gjøvik"),
    ]
    assert {r["shop"] for r in rows} == {"S001", "S002", "S003"}
    assert all(r["net_sales"] > 0 for r in rows)
    # The last shop went quiet: it last got through days before the others.
    assert contacts[2].last_contact_at < contacts[0].last_contact_at
