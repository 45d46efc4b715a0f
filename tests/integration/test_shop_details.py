"""The shop's details on a real file: who may change them, what is refused and journalled, what prints."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pypdfium2
import pytest

from bruktpos.devices.receipts import receipt_text, render_receipt
from bruktpos.devices.report_pdf import write_report_pdf
from bruktpos.devices.report_receipt import render_report
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import InvalidShopDetail, PermissionDenied, VatChangeWhileDayOpen
from bruktpos.domain.roles import Role
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.services.people import PeopleService
from bruktpos.services.receipts import load_receipt
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import add_register, load_shop
from bruktpos.services.shop_details import ShopDetailsForm, ShopDetailsService

from .conftest import Shop
from .day_helpers import sell


def _rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _journal(path: Path, event: str) -> list[tuple[int | None, dict]]:
    return [
        (user_id, json.loads(details))
        for user_id, details in _rows(
            path, "SELECT user_id, details FROM journal WHERE event = ? ORDER BY id", event
        )
    ]


def _shop_row(path: Path) -> tuple:
    return _rows(
        path, "SELECT name, short_name, org_number, address, postcode, city, phone, vat_registered FROM shop"
    )[0]


def _settings(path: Path) -> list[tuple]:
    return _rows(path, "SELECT key, value FROM settings ORDER BY key")


@pytest.fixture
def details(shop: Shop, clock) -> ShopDetailsService:
    return ShopDetailsService(shop.db, register_id=shop.checkout.register.id, clock=clock)


def _close_the_day(shop: Shop, clock, register_code: str | None = None) -> None:
    day = DayService(shop.db, register_code=register_code, clock=clock)
    expected = day.expected_cash()
    day.close_day(CashCount({20000: expected // 20000, 100: expected % 20000 // 100}), operator=shop.leader)


def test_the_form_shows_the_shop_as_stored(details: ShopDetailsService) -> None:
    form = details.current()
    assert (form.name, form.short_name, form.org_number, form.vat_registered) == (
        "Testbutikken",
        "Testbutikken",
        "999999999",
        True,
    )
    assert (form.phone, form.receipt_header, form.receipt_footer) == ("", "", "Takk for handelen!")
    assert (form.voucher_valid_days, form.max_cash_difference) == (365, 5000)


def test_an_administrator_changes_the_details_and_each_change_is_journalled(
    shop: Shop, details: ShopDetailsService
) -> None:
    form = dataclasses.replace(
        details.current(),
        name="  Bruktbutikken   Sentrum ",
        address="Storgata 1",
        postcode="0155",
        city="Oslo",
        phone="22 33 44 55",
        receipt_header="Åpent tirsdag–lørdag 10–16\n\n",
        receipt_footer="Takk for at du handler brukt!",
        voucher_valid_days=180,
        max_cash_difference=10000,
    )
    saved = details.save(form, by=shop.admin)
    assert (saved.name, saved.phone, saved.receipt_header) == (
        "Bruktbutikken Sentrum",
        "22 33 44 55",
        "Åpent tirsdag–lørdag 10–16",
    )
    assert load_shop(shop.db) == saved
    changes = {d["field"]: (user, d["from"], d["to"]) for user, d in _journal(shop.path, "shop_changed")}
    admin = shop.admin.id
    assert changes == {
        "name": (admin, "Testbutikken", "Bruktbutikken Sentrum"),
        "address": (admin, "", "Storgata 1"),
        "postcode": (admin, "", "0155"),
        "city": (admin, "", "Oslo"),
        "phone": (admin, "", "22 33 44 55"),
    }
    settings = {
        d["setting"]: (user, d["from"], d["to"]) for user, d in _journal(shop.path, "settings_changed")
    }
    assert settings == {
        "receipt_header": (admin, "", "Åpent tirsdag–lørdag 10–16"),
        "receipt_footer": (admin, "Takk for handelen!", "Takk for at du handler brukt!"),
        "voucher_valid_days": (admin, 365, 180),
        "max_cash_difference": (admin, 5000, 10000),
    }
    assert _rows(shop.path, "SELECT DISTINCT saft_code FROM journal WHERE event = 'shop_changed'") == [
        ("13999",)
    ]
    # Saving the same again changes nothing and journals nothing.
    entries = _rows(shop.path, "SELECT count(*) FROM journal")
    details.save(details.current(), by=shop.admin)
    assert _rows(shop.path, "SELECT count(*) FROM journal") == entries


def test_a_leader_is_refused_and_nothing_changes(shop: Shop, details: ShopDetailsService) -> None:
    before = (_shop_row(shop.path), _settings(shop.path))
    form = dataclasses.replace(details.current(), phone="22 33 44 55", receipt_header="Hei")
    with pytest.raises(PermissionDenied) as refused:
        details.save(form, by=shop.leader)
    assert (refused.value.action, refused.value.role) == ("shop_details", "leader")
    assert (_shop_row(shop.path), _settings(shop.path)) == before
    assert _journal(shop.path, "shop_changed") == []


def test_an_administrator_made_a_leader_since_logging_in_is_refused(
    shop: Shop, details: ShopDetailsService
) -> None:
    people = PeopleService(shop.db)
    second = people.add_person("Berit", Role.ADMIN, "3333", by=shop.admin)
    berit = shop.users.login(second.id, "3333")
    people.set_role(second.id, Role.LEADER, by=shop.admin)
    with pytest.raises(PermissionDenied):
        details.save(dataclasses.replace(details.current(), phone="22 33 44 55"), by=berit)
    assert _shop_row(shop.path)[6] == ""


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"org_number": "999999998"}, InvalidShopDetail.ORG_NUMBER),
        ({"org_number": "12345"}, InvalidShopDetail.ORG_NUMBER),
        ({"name": "   "}, InvalidShopDetail.NAME),
        ({"postcode": "155"}, InvalidShopDetail.POSTCODE),
        ({"phone": "ring 22 33 44 55"}, InvalidShopDetail.PHONE),
        ({"short_name": "x" * 41}, InvalidShopDetail.SHORT_NAME),
        ({"receipt_header": "1\n2\n3\n4\n5"}, InvalidShopDetail.RECEIPT_HEADER),
        ({"receipt_footer": "x" * 43}, InvalidShopDetail.RECEIPT_FOOTER),
        ({"voucher_valid_days": 0}, InvalidShopDetail.VOUCHER_DAYS),
        ({"max_cash_difference": -100}, InvalidShopDetail.CASH_LIMIT),
    ],
    ids=lambda value: str(value)[:30],
)
def test_a_bad_value_is_refused_and_nothing_at_all_changes(
    shop: Shop, details: ShopDetailsService, change: dict, field: str
) -> None:
    before = (_shop_row(shop.path), _settings(shop.path), _rows(shop.path, "SELECT count(*) FROM journal"))
    # Good changes in the same form are not stored either.
    form = dataclasses.replace(
        details.current(), **{"city": "Oslo", "receipt_footer": "Velkommen igjen!", **change}
    )
    with pytest.raises(InvalidShopDetail) as refused:
        details.save(form, by=shop.admin)
    assert refused.value.field == field
    assert (
        _shop_row(shop.path),
        _settings(shop.path),
        _rows(shop.path, "SELECT count(*) FROM journal"),
    ) == before


def test_the_vat_registration_waits_until_no_day_is_open(
    shop: Shop, details: ShopDetailsService, clock
) -> None:
    off = dataclasses.replace(details.current(), vat_registered=False, phone="22 33 44 55")
    with pytest.raises(VatChangeWhileDayOpen) as refused:
        details.save(off, by=shop.admin)
    assert (refused.value.register, refused.value.business_date) == ("K1", clock().date())
    assert _shop_row(shop.path)[6:] == ("", 1)  # the phone was not stored either
    assert details.open_day() is not None

    _close_the_day(shop, clock)
    assert details.open_day() is None
    saved = details.save(off, by=shop.admin)
    assert saved.vat_registered is False
    (entry,) = [d for _, d in _journal(shop.path, "shop_changed") if d["field"] == "vat_registered"]
    assert (entry["from"], entry["to"]) == (True, False)

    # The next day's sales are without VAT, as the shop now is.
    clock.advance(days=1)
    DayService(shop.db, clock=clock).open_day(CashCount({20000: 1}), operator=shop.leader, note="Less float")
    assert shop.checkout.reload_shop().vat_registered is False
    sale = sell(shop, codes=(shop.codes[0],))
    receipt = load_receipt(shop.db, sale.sale_id)
    assert receipt.vat_registered is False
    assert "MVA" not in receipt_text(render_receipt(receipt))


def test_a_day_open_at_another_register_also_holds_the_vat_registration(
    shop: Shop, details: ShopDetailsService, clock
) -> None:
    add_register(shop.db, "K2", "Kasse 2", by=shop.admin, clock=clock)
    DayService(shop.db, register_code="K2", clock=clock).open_day(CashCount({20000: 1}), operator=shop.leader)
    _close_the_day(shop, clock, "K1")
    with pytest.raises(VatChangeWhileDayOpen) as refused:
        details.save(dataclasses.replace(details.current(), vat_registered=False), by=shop.admin)
    assert refused.value.register == "K2"
    assert load_shop(shop.db).vat_registered is True
    # Other changes go through while a day is open.
    assert details.save(dataclasses.replace(details.current(), phone="22 33 44 55"), by=shop.admin).phone


def test_the_next_receipt_shows_the_new_name_phone_and_header(
    shop: Shop, details: ShopDetailsService
) -> None:
    earlier = sell(shop, codes=(shop.codes[0],))
    form = dataclasses.replace(
        details.current(),
        name="Bruktbutikken Sentrum",
        org_number="123456785",
        phone="+47 22 33 44 55",
        receipt_header="Åpent tirsdag–lørdag 10–16\nAlt overskudd går til Røde Kors",
    )
    details.save(form, by=shop.admin)
    receipt = load_receipt(shop.db, sell(shop, codes=(shop.codes[1],)).sale_id)
    assert (receipt.shop_name, receipt.org_number, receipt.phone) == (
        "Bruktbutikken Sentrum",
        "123456785",
        "+47 22 33 44 55",
    )
    lines = [line.strip() for line in receipt_text(render_receipt(receipt)).splitlines()]
    name = lines.index("Bruktbutikken Sentrum")
    assert lines[name + 1] == "Org.nr. 123 456 785 MVA"
    assert lines[name + 2] == "Tlf. +47 22 33 44 55"
    assert lines[name + 4 : name + 6] == ["Åpent tirsdag–lørdag 10–16", "Alt overskudd går til Røde Kors"]
    # A copy of the earlier receipt is printed with the shop as it is now, too.
    assert load_receipt(shop.db, earlier.sale_id).header.startswith("Åpent")


def test_the_x_and_z_reports_show_the_phone_and_the_header(
    shop: Shop, details: ShopDetailsService, clock, tmp_path: Path
) -> None:
    details.save(
        dataclasses.replace(
            details.current(),
            address="Storgata 1",
            postcode="0155",
            city="Oslo",
            phone="22 33 44 55",
            receipt_header="\n".join(
                ("Åpent tirsdag–lørdag 10–16", "Alt overskudd går til Røde Kors", "www.example.no", "Takk!")
            ),
        ),
        by=shop.admin,
    )
    sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CARD)
    day = DayService(shop.db, clock=clock)
    shop_info = load_shop(shop.db)
    x = receipt_text(render_report(day.x_report(operator=shop.leader), shop_info))
    assert "Tlf. 22 33 44 55" in x and "Alt overskudd går til Røde Kors" in x
    expected = day.expected_cash()
    z = day.close_day(
        CashCount({20000: expected // 20000, 100: expected % 20000 // 100}), operator=shop.leader
    )
    path = tmp_path / "z.pdf"
    write_report_pdf(z.report, path, shop=shop_info)
    document = pypdfium2.PdfDocument(str(path))
    try:
        assert len(document) == 1
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    for expected_text in ("Tlf. 22 33 44 55", "Åpent tirsdag–lørdag 10–16", "www.example.no", "0155 Oslo"):
        assert expected_text in text


def test_settings_changed_here_are_the_ones_the_day_and_the_vouchers_use(
    shop: Shop, details: ShopDetailsService, clock
) -> None:
    details.save(
        dataclasses.replace(details.current(), max_cash_difference=100, voucher_valid_days=30), by=shop.admin
    )
    assert DayService(shop.db, clock=clock).max_difference() == 100
    assert SettingsService(shop.db).get("voucher_valid_days") == 30
    assert CheckoutService(shop.db, clock=clock).shop.receipt_header == ""


def test_a_form_field_list_for_imports_and_exports() -> None:
    from bruktpos.services.shop_details import form_fields

    assert form_fields() == tuple(f.name for f in dataclasses.fields(ShopDetailsForm))
    assert "receipt_header" in form_fields() and "vat_registered" in form_fields()
