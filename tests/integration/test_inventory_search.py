"""Finding items for the inventory screen, and exporting them for a spreadsheet."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from bruktpos.services.intake import IntakeService
from bruktpos.services.inventory import CSV_HEADER, ItemRow, items_csv, search_items
from bruktpos.store.models import ItemStatus


def test_text_matches_description_or_category_whatever_the_case(shop) -> None:
    assert [r.code for r in search_items(shop.db, text="ting 3")] == [shop.codes[3]]
    clothes = search_items(shop.db, text="KLÆR")
    assert sorted(r.code for r in clothes) == sorted(shop.codes[5:])
    assert {r.category for r in search_items(shop.db, text="klær dame")} == {"Klær dame"}
    assert search_items(shop.db, text="bøker") == search_items(shop.db, text="Bøker")
    assert len(search_items(shop.db, text="Bøker")) == 5


def test_text_is_searched_as_words_and_wildcards_mean_nothing(shop) -> None:
    assert search_items(shop.db, text="%") == []
    assert search_items(shop.db, text="*") == []
    assert [r.code for r in search_items(shop.db, text="Ting_1")] == [shop.codes[1]]  # the words "ting", "1"
    assert [r.code for r in search_items(shop.db, text="tin")] != []  # a word's start is enough


def test_code_is_exact_after_normalising_a_scan(shop) -> None:
    code = shop.codes[2]
    assert [r.code for r in search_items(shop.db, code=f"  {code}\n")] == [code]
    assert [r.code for r in search_items(shop.db, code=code[1:])] == [code]  # a UPC-A read drops the 0
    assert search_items(shop.db, code=code[:-1]) == []


def test_filters_combine_and_newest_intake_comes_first(shop, clock) -> None:
    clock.advance(days=3)
    intake = IntakeService(shop.db, clock=clock)
    [new] = intake.price_items(shop.books, 3000, description="Kokebok")
    intake.take_off_shelf([shop.codes[0]], ItemStatus.DISCARDED, by=shop.leader)

    books = search_items(shop.db, category_id=shop.books)
    assert books[0].code == new and len(books) == 6
    assert [r.code for r in search_items(shop.db, status="discarded")] == [shop.codes[0]]
    assert len(search_items(shop.db, category_id=shop.books, status="in-stock")) == 5
    today = clock().date()
    assert [r.code for r in search_items(shop.db, intake_from=today)] == [new]
    assert new not in {r.code for r in search_items(shop.db, intake_to=today - timedelta(days=1))}
    assert len(search_items(shop.db, intake_from=today - timedelta(days=3), intake_to=today)) == 11
    assert len(search_items(shop.db, limit=4)) == 4


def test_bad_filters_are_refused(shop) -> None:
    with pytest.raises(ValueError):
        search_items(shop.db, status="lost")
    with pytest.raises(ValueError):
        search_items(shop.db, limit=0)


def test_csv_is_semicolon_separated_with_norwegian_prices(shop) -> None:
    rows = search_items(shop.db, code=shop.codes[0]) + search_items(shop.db, code=shop.codes[5])
    text = items_csv(rows)
    lines = text.split("\r\n")
    assert lines[0] == "code;category;description;price_kr;status;intake_date"
    assert lines[1] == f"{shop.codes[0]};Bøker;Ting 0;49,50;in-stock;2026-11-12"
    assert lines[2] == f"{shop.codes[5]};Klær dame;Ting 5;100,00;in-stock;2026-11-12"
    assert not text.startswith("\ufeff")


def test_csv_quotes_semicolons_and_defuses_formulas() -> None:
    from datetime import datetime

    row = ItemRow("123", "Bøker", "=HYPERLINK(1); ok", 5, "sold", datetime(2026, 1, 2, 10, 0))
    parsed = list(csv.reader(io.StringIO(items_csv([row])), delimiter=";"))
    assert parsed[0] == list(CSV_HEADER)
    assert parsed[1] == ["123", "Bøker", "'=HYPERLINK(1); ok", "0,05", "sold", date(2026, 1, 2).isoformat()]
