"""The electronic journal at the till (issue 14 part 3): readable rows, CSV, PDF, receipt printer, CLI."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import (
    ExportNotWritten,
    InvalidExportPeriod,
    JournalTooLongToPrint,
    PermissionDenied,
    RegisterNotFound,
    UnknownJournalFormat,
)
from bruktpos.services import journal_view
from bruktpos.services.journal_text import entry_text
from bruktpos.services.journal_view import CSV_HEADER, JournalView, event_codes
from bruktpos.services.receipt_journal import ReceiptJournal
from bruktpos.services.shop import add_register
from bruktpos.services.till_events import switch_training_mode
from bruktpos.store.integrity import verify_database
from tests.conftest import OSLO
from tests.fake_escpos import FakeEscposPrinter

from .conftest import CASHIER_PIN, LEADER_PIN, Shop
from .day_helpers import sell
from .test_report_pdf import pdf_pages, pdf_text
from .test_reports_cli import Terminal

DAY = date(2026, 11, 12)  # the test clock's day


def _view(shop: Shop) -> JournalView:
    return JournalView(shop.db, register_id=shop.checkout.register.id, clock=shop.checkout.clock)


def _exports(shop: Shop) -> list[tuple[str, str, int, dict]]:
    with closing(sqlite3.connect(shop.path)) as conn:
        return [
            (event, code, user, json.loads(details))
            for event, code, user, details in conn.execute(
                "SELECT event, saft_code, user_id, details FROM journal "
                "WHERE event IN ('journal_exported', 'journal_printed') ORDER BY id"
            )
        ]


@pytest.fixture
def day_at_the_till(shop: Shop) -> Shop:
    """A morning: a login, a cash sale printed with the drawer, a removed line, a discount, a failed print."""
    shop.users.login(shop.cashier.id, CASHIER_PIN)
    receipts = ReceiptJournal(shop.db, register_id=shop.checkout.register.id, clock=shop.checkout.clock)
    cash = sell(shop, codes=(shop.codes[0],), method=PaymentMethod.CASH)  # 49,50, paid as 50 in cash
    receipts.printed(cash.sale_id, operator=shop.cashier)
    receipts.drawer_opened(cash.sale_id, operator=shop.cashier)
    co = shop.checkout
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 2)
    co.add_product(cart, shop.waffle)
    co.remove_line(cart, cart.lines[1].line_id, operator=shop.cashier)
    co.set_discount_percent(
        cart, cart.lines[0].line_id, 50, operator=shop.cashier, approver=shop.leader, reason="Kald"
    )
    co.pay(cart, PaymentMethod.CARD)
    card = co.complete(cart, operator=shop.cashier)
    receipts.failed(card.sale_id, "paper out", operator=shop.cashier)
    return shop


def test_rows_are_readable_with_codes_names_receipts_and_amounts(day_at_the_till: Shop) -> None:
    shop = day_at_the_till
    rows = list(_view(shop).lines(DAY, DAY, by=shop.leader))
    by_event = {row.event: row for row in rows}
    printed = by_event["receipt_printed"]
    assert (printed.code, printed.code_text, printed.code_text_en) == (
        "13012",
        "Salgskvittering skrevet ut",
        "Sales receipt printed",
    )
    assert (printed.who, printed.register, printed.receipt, printed.amount) == ("Ola", "K1", "1", None)
    assert printed.text == "Kvittering skrevet ut"
    sale = next(row for row in rows if row.event == "sale")
    assert (sale.code, sale.code_text, sale.amount, sale.receipt) == ("13999", "Øvrige hendelser", 4950, "1")
    drawer = by_event["drawer_opened"]
    assert (drawer.code, drawer.code_text, drawer.text) == (
        "13005",
        "Kasseskuff åpning",
        "Kasseskuffen åpnet ved salg",
    )
    void = by_event["line_void"]
    assert (void.text, void.amount) == ("Linje fjernet: Vaffel, 1 stk", 2500)
    discount = by_event["discount"]
    assert (discount.code, discount.amount) == ("13021", -2000)
    assert discount.text == "50 % rabatt på Kaffe, fra kr 40,00 til kr 20,00, godkjent av Kari, grunn: Kald"
    failed = by_event["receipt_failed"]
    assert (failed.receipt, failed.text) == ("2", "Kvitteringen ble ikke skrevet ut: paper out")
    assert by_event["login"].text == "Logget inn" and by_event["login"].code_text == "Pålogging bruker/ansatt"
    assert all("{" not in row.text and row.code_text for row in rows)  # never raw JSON, every code known
    assert [row.entry_id for row in rows] == sorted(row.entry_id for row in rows)


def test_the_period_is_whole_days_and_a_register_can_be_chosen(shop: Shop, clock) -> None:
    view = _view(shop)
    admin = shop.admin
    k2 = add_register(shop.db, "K2", "Kasse 2", by=admin, clock=clock)
    clock.now = datetime(2026, 11, 11, 23, 59, 59, tzinfo=OSLO)
    switch_training_mode(shop.db, register_id=k2.id, on=True, operator=shop.leader, clock=clock)
    clock.now = datetime(2026, 11, 13, 0, 0, 0, tzinfo=OSLO)
    switch_training_mode(shop.db, register_id=k2.id, on=False, operator=shop.leader, clock=clock)
    clock.now = datetime(2026, 11, 12, 12, 0, tzinfo=OSLO)
    shop.checkout.open_drawer_without_sale(operator=shop.leader)

    def events(first: date, last: date, register: str | None = None) -> list[tuple[str, str]]:
        return [
            (row.event, row.register)
            for row in view.lines(first, last, by=shop.leader, register=register)
            if row.event in ("training_on", "training_off", "drawer_opened")
        ]

    assert events(DAY, DAY) == [("drawer_opened", "K1")]
    assert events(date(2026, 11, 11), date(2026, 11, 13)) == [
        ("training_on", "K2"),
        ("training_off", "K2"),
        ("drawer_opened", "K1"),
    ]
    assert events(date(2026, 11, 11), date(2026, 11, 13), "K2") == [
        ("training_on", "K2"),
        ("training_off", "K2"),
    ]
    assert view.count(date(2026, 11, 13), date(2026, 11, 13), by=shop.leader, register="K1") == 0
    assert view.registers() == ["K1", "K2"]
    with pytest.raises(RegisterNotFound):
        view.count(DAY, DAY, by=shop.leader, register="K9")
    with pytest.raises(InvalidExportPeriod):
        view.lines(DAY, date(2026, 11, 11), by=shop.leader)


def test_a_cashier_may_neither_read_print_nor_save_it(shop: Shop, tmp_path: Path) -> None:
    view = _view(shop)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(PermissionDenied) as refused:
        view.lines(DAY, DAY, by=shop.cashier)
    assert refused.value.action == "view_journal"
    with pytest.raises(PermissionDenied):
        view.export(DAY, DAY, tmp_path / "j.csv", by=shop.cashier)
    with pytest.raises(PermissionDenied):
        view.print_on(ReceiptPrinter(PrinterConfig(kind="none")), DAY, DAY, by=shop.cashier)
    assert list(tmp_path.iterdir()) == [] and _exports(shop) == []


def test_the_csv_opens_in_norwegian_excel_and_its_export_is_journalled(
    day_at_the_till: Shop, tmp_path: Path
) -> None:
    shop = day_at_the_till
    target = tmp_path / "journal.csv"
    fractions: list[float] = []
    done = _view(shop).export(DAY, DAY, target, by=shop.leader, progress=fractions.append)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) - 1 == done.entries == len(list(_view(shop).lines(DAY, DAY, by=shop.leader))) - 1
    sale = next(row for row in rows if row[-1] == "Salg")
    assert sale[1:5] == ["12.11.2026 14:03:00", "K1", "13999", "Øvrige hendelser"]
    assert (sale[6], sale[7], sale[8]) == ("Ola", "1", "49,50")
    discount = next(row for row in rows if row[3] == "13021")
    assert discount[8] == "-20,00" and discount[5] == "Price change"
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert _exports(shop) == [
        (
            "journal_exported",
            "13020",
            shop.leader.id,
            {
                "from": "2026-11-12",
                "to": "2026-11-12",
                "register": None,
                "format": "csv",
                "file": "journal.csv",
                "entries": done.entries,
            },
        )
    ]
    assert verify_database(shop.path).ok


def test_the_pdf_has_the_shop_the_period_and_side_n_av_m(shop: Shop, tmp_path: Path) -> None:
    for _ in range(120):  # enough for three pages
        shop.checkout.open_drawer_without_sale(operator=shop.leader)
    target = tmp_path / "journal.pdf"
    done = _view(shop).export(DAY, DAY, target, by=shop.leader, register="K1")
    pages = pdf_pages(target)
    assert done.pages == pages >= 3
    text = pdf_text(target)
    assert "Elektronisk journal" in text and "Testbutikken" in text and "Org.nr. 999 999 999 MVA" in text
    assert "12.11.2026" in text and f"Side 1 av {pages}" in text and f"Side {pages} av {pages}" in text
    assert text.count("Kasseskuffen åpnet uten salg") == 120 and "Kasseskuff åpning" in text
    assert _exports(shop)[0][3]["format"] == "pdf" and _exports(shop)[0][3]["register"] == "K1"


def test_a_refused_file_leaves_nothing_behind(shop: Shop, tmp_path: Path) -> None:
    view = _view(shop)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ExportNotWritten):
        view.export(DAY, DAY, tmp_path / "gone" / "journal.csv", by=shop.leader)
    with pytest.raises(UnknownJournalFormat):
        view.export(DAY, DAY, tmp_path / "journal.xlsx", by=shop.leader)
    assert list(tmp_path.iterdir()) == [] and _exports(shop) == []


@pytest.fixture
def network_printer() -> Iterator[FakeEscposPrinter]:
    fake = FakeEscposPrinter()
    yield fake
    fake.close()


def test_printed_on_the_receipt_printer_and_journalled_as_13018(
    day_at_the_till: Shop, network_printer: FakeEscposPrinter
) -> None:
    shop = day_at_the_till
    printer = ReceiptPrinter(PrinterConfig(kind="network", host="127.0.0.1", port=network_printer.port))
    done = _view(shop).print_on(printer, DAY, DAY, by=shop.leader)
    network_printer.wait_for_job()
    text = network_printer.text()
    assert "Elektronisk journal" in text and "Testbutikken" in text and "Periode" in text
    assert "Salgskvittering skrevet ut" in text and "Kasseskuffen åpnet ved salg" in text
    assert "kvittering 1" in text and "kr 49,50" in text
    assert "Linje fjernet: Vaffel, 1 stk" in text and "Slutt på elektronisk journal" in text
    assert "Torsdag 12. november 2026" in text
    assert _exports(shop) == [
        (
            "journal_printed",
            "13018",
            shop.leader.id,
            {"from": "2026-11-12", "to": "2026-11-12", "register": None, "entries": done.entries},
        )
    ]


def test_a_long_period_is_refused_on_paper_with_nothing_printed(
    shop: Shop, network_printer: FakeEscposPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_view, "MAX_PRINTED", 3)
    for _ in range(4):
        shop.checkout.open_drawer_without_sale(operator=shop.leader)
    printer = ReceiptPrinter(PrinterConfig(kind="network", host="127.0.0.1", port=network_printer.port))
    with pytest.raises(JournalTooLongToPrint) as refused:
        _view(shop).print_on(printer, date(2026, 11, 1), DAY, by=shop.leader)
    assert (refused.value.entries, refused.value.limit) >= (4, 3)
    assert network_printer.received == b"" and _exports(shop) == []


def test_the_code_list_is_shipped_and_odd_facts_still_read_plainly() -> None:
    codes = event_codes()
    assert codes["13020"].text == "Overføring av journal til annet lagringsmedie (ROM kasser)"
    assert codes["13017"].text_en == "Training receipt"  # the list's trailing space trimmed
    assert len(codes) == 31
    assert entry_text(
        "something_new", {"amount": 1250, "approved_by": 2, "rows": {"x": 1}}, names={2: "Kari"}
    ) == ("Something new: beløp: kr 12,50; godkjent av: Kari")
    assert entry_text("discount", {"kind": object()}, names={}).startswith("Rabatt")


# --- bruktpos journal --------------------------------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


def test_the_cli_saves_a_csv_for_a_leader_who_types_their_pin(
    day_at_the_till: Shop, tmp_path: Path, capsys, terminal: Terminal
) -> None:
    shop = day_at_the_till
    shop.close()
    target = tmp_path / "journal.csv"
    terminal.type(LEADER_PIN)
    code = main(
        [
            "journal",
            "--db",
            str(shop.path),
            "--from",
            "2026-11-12",
            "--to",
            "2026-11-12",
            "--out",
            str(target),
            "--as",
            "Kari",
        ]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    path, counts = printed.out.splitlines()
    assert path == str(target) and counts.startswith("2026-11-12 to 2026-11-12, every register: ")
    assert terminal.prompts == ["PIN for Kari: "]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with closing(sqlite3.connect(shop.path)) as conn:
        assert conn.execute(
            "SELECT user_id, saft_code FROM journal WHERE event = 'journal_exported'"
        ).fetchall() == [(shop.leader.id, "13020")]


@pytest.mark.parametrize(
    ("args", "pin", "exit_code", "message"),
    [
        (
            ["--out", "{tmp}/j.csv", "--as", "Ola"],
            CASHIER_PIN,
            1,
            "a cashier may not read the electronic journal",
        ),
        (["--out", "{tmp}/j.xlsx", "--as", "Kari"], LEADER_PIN, 2, "must end in .csv or .pdf"),
        (["--out", "{tmp}/j.pdf", "--register", "K9", "--as", "Kari"], LEADER_PIN, 2, "no register 'K9'"),
    ],
)
def test_the_cli_refuses_plainly_and_writes_nothing(
    shop: Shop, tmp_path: Path, capsys, terminal: Terminal, args, pin, exit_code, message
) -> None:
    shop.close()
    out = tmp_path / "out"
    out.mkdir()
    terminal.type(pin)
    argv = ["journal", "--db", str(shop.path), "--from", "2026-11-12", "--to", "2026-11-12"]
    code = main(argv + [a.replace("{tmp}", str(out)) for a in args])
    assert code == exit_code
    assert message in capsys.readouterr().err
    assert list(out.iterdir()) == []
