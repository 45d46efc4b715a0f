"""``SaftService.export``: the SAF-T Cash Register file for the tax office (issue 14, part 1).

The files are checked as the tax office would: against Skatteetaten's XSD
with lxml, and every signature chain re-verified from the XML and the PEM
files beside it alone (``saft_check``), never from the shop database.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tracemalloc
from contextlib import closing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import ExportNotWritten, InvalidExportPeriod, PermissionDenied, StoreUnavailable
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.day import DayService
from bruktpos.services.demo import build_demo
from bruktpos.services.returns import ReturnService
from bruktpos.services.saft import SaftExport, SaftService, file_name
from bruktpos.services.shop import add_register
from bruktpos.store.schema import open_database
from bruktpos.store.signing import HMAC_SHA1

from .conftest import OPENING_FLOAT, Shop, make_shop
from .saft_check import NS, SAFT, schema_errors, verify_chains

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
ADMIN = Operator(1, "Astrid Berg", Role.ADMIN)


def _q(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def _export(path: Path, out: Path, start: date, end: date, **kwargs) -> SaftExport:
    db = open_database(path)
    try:
        return SaftService(db).export(start, end, out, by=kwargs.pop("by", ADMIN), **kwargs)
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("saft") / "demo.sqlite3"
    build_demo(path, days=40, end=NOVEMBER[1], sales_per_day=20, stock=30)
    return path


@pytest.fixture(scope="module")
def november(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> SaftExport:
    """A month of the demo shop, exported once into a folder of its own."""
    folder = tmp_path_factory.mktemp("november")
    steps: list[float] = []
    done = _export(demo, folder, *NOVEMBER, progress=steps.append)
    assert steps == sorted(steps) and steps[-1] == 1.0 and len(steps) > 2
    return done


def test_a_month_of_the_demo_validates_against_the_xsd_and_is_named_as_the_example(
    demo: Path, november: SaftExport
) -> None:
    assert schema_errors(november.path) == []
    assert re.fullmatch(r"SAF-T_Cash_Register_999999999_\d{14}\.xml", november.path.name)
    assert [p.name for p in november.key_files] == [f"{november.path.name}.K1-1.pem"]
    assert sorted(p.name for p in november.path.parent.iterdir()) == sorted(
        [november.path.name, *(p.name for p in november.key_files)]
    )  # nothing half-written left beside it
    sales = _q(demo, "SELECT count(*) FROM sales WHERE business_date BETWEEN '2026-11-01' AND '2026-11-30'")
    assert november.transactions == sales[0][0] > 300
    assert november.registers == 1 and november.hmac_registers == ()


def test_every_signature_chain_re_verifies_from_the_file_and_its_pem_keys_alone(
    november: SaftExport,
) -> None:
    checked = verify_chains(november.path)
    assert checked.problems == []
    assert checked.verified == november.transactions
    # The month starts mid-chain: its first receipt says which signature it follows.
    first = etree.parse(str(november.path)).find(f".//{NS}cashtransaction")
    assert first is not None and int(first.findtext(f"{NS}nr")) > 1
    assert first.findtext(f"{NS}desc").startswith("previousSignature=")


def test_each_receipt_adds_up_and_carries_the_vat_it_was_sold_with(demo: Path, november: SaftExport) -> None:
    """Lines sum to the receipt, payments to the receipt and its rounding, VAT to what the sale stored."""
    stored = {
        receipt: (total, vat, rounding)
        for receipt, total, vat, rounding in _q(
            demo,
            "SELECT receipt_no, total, vat, rounding FROM sales "
            "WHERE training = 0 AND business_date BETWEEN '2026-11-01' AND '2026-11-30'",
        )
    }

    def ore(element, path: str) -> list[int]:
        return [int(Decimal(t) * 100) for t in element.xpath(path, namespaces={"s": NS[1:-1]})]

    checked = 0
    for _, t in etree.iterparse(str(november.path), tag=f"{NS}cashtransaction"):
        (total,) = ore(t, "s:transAmntIn/text()")
        (excluding,) = ore(t, "s:transAmntEx/text()")
        (rounding,) = ore(t, "s:rounding/s:roundingAmnt/text()")
        assert sum(ore(t, "s:ctLine/s:lineAmntIn/text()")) == total
        assert sum(ore(t, "s:payment/s:paidAmnt/text()")) == total + rounding
        vat = sum(ore(t, "s:vat/s:vatAmnt/text()"))
        assert stored[int(t.findtext(f"{NS}nr"))] == (total, vat, rounding) and total - vat == excluding
        checked += 1
        t.clear()
    assert checked == len(stored) == november.transactions


def test_a_tampered_amount_or_a_dropped_receipt_fails_the_check(november: SaftExport, tmp_path: Path) -> None:
    text = november.path.read_text(encoding="utf-8")
    receipts = re.findall(r"<cashtransaction><nr>(\d+)</nr>", text)
    target = receipts[10]
    pattern = rf"(<cashtransaction><nr>{target}</nr>.*?<transAmntIn>)(-?\d+)\.(\d\d)"
    tampered = re.sub(pattern, lambda m: f"{m[1]}{int(m[2]) + 1}.{m[3]}", text, count=1, flags=re.S)
    assert tampered != text
    copy = tmp_path / november.path.name
    copy.write_text(tampered, encoding="utf-8")
    for pem in november.key_files:
        shutil.copy(pem, tmp_path / pem.name)
    assert schema_errors(copy) == []  # still a well-formed file: only the signature tells
    assert verify_chains(copy).problems == [f"K1 false: receipt {target} does not verify"]

    dropped = re.sub(rf"<cashtransaction><nr>{target}</nr>.*?</cashtransaction>\n", "", text, flags=re.S)
    copy.write_text(dropped, encoding="utf-8")
    problems = verify_chains(copy).problems
    assert f"K1 false: receipt {target} is missing" in problems
    assert f"K1 false: receipt {int(target) + 1} does not verify" in problems


def test_every_journal_event_is_there_with_its_saft_code_and_every_z_as_an_event_report(
    demo: Path, november: SaftExport
) -> None:
    tree = etree.parse(str(november.path))
    journal = _q(
        demo,
        "SELECT id, event, saft_code FROM journal WHERE at >= '2026-11-01' AND at < '2026-12-01' ORDER BY id",
    )
    events = tree.findall(f".//{NS}event")
    assert [int(e.findtext(f"{NS}eventID")) for e in events] == [row[0] for row in journal]
    codes = {
        b.findtext(f"{NS}basicID"): b.findtext(f"{NS}predefinedBasicID")
        for b in tree.findall(f".//{NS}basic")
        if b.findtext(f"{NS}basicType") == "13"
    }
    assert {(e.findtext(f"{NS}eventType"), codes[e.findtext(f"{NS}eventType")]) for e in events} == {
        (event.upper(), code) for _, event, code in journal
    }
    z_numbers = _q(
        demo,
        "SELECT z.z_number FROM z_reports z JOIN business_days d ON d.id = z.business_day_id "
        "WHERE d.business_date BETWEEN '2026-11-01' AND '2026-11-30' ORDER BY z.z_number",
    )
    reports = [e.find(f"{NS}eventReport") for e in events if e.findtext(f"{NS}eventType") == "Z_REPORT"]
    assert [int(r.findtext(f"{NS}reportID")) for r in reports] == [z for (z,) in z_numbers]
    assert len(reports) > 20 and all(r.findtext(f"{NS}reportType") == "Z report" for r in reports)
    # The Z's net sales are the sum of that day's receipts in the file.
    day = reports[0].findtext(f"{NS}reportDate")
    amounts = [
        Decimal(t.findtext(f"{NS}transAmntIn"))
        for t in tree.findall(f".//{NS}cashtransaction")
        if t.findtext(f"{NS}transDate") == day
    ]
    assert Decimal(reports[0].findtext(f".//{NS}totalCashSaleAmnt")) == sum(amounts)


def test_the_export_is_journalled_with_who_and_what(demo: Path, november: SaftExport) -> None:
    rows = _q(demo, "SELECT saft_code, user_id, details FROM journal WHERE event = 'saft_export'")
    assert len(rows) == 1
    code, user, details = rows[0]
    assert (code, user) == ("13020", ADMIN.id)
    assert f'"file":"{november.path.name}"' in details and '"from":"2026-11-01"' in details


def _small_day(shop: Shop, clock) -> None:
    """A cash sale with rounding, a training sale, a return, a second register, an X and a Z."""
    co = shop.checkout
    cart = co.new_cart()
    co.scan(cart, shop.codes[0])  # Bøker 49,50 kr
    co.pay(cart, PaymentMethod.CASH, tendered=cart.cash_due())
    sale = co.complete(cart, operator=shop.cashier)
    clock.advance(minutes=5)
    cart = co.new_cart()
    co.add_product(cart, shop.coffee, 2)
    co.pay(cart, PaymentMethod.VIPPS)
    co.complete(cart, operator=shop.leader, training=True)
    clock.advance(minutes=5)
    returns = ReturnService(shop.db, clock=clock, checkout=co)
    line = returns.original(sale.sale_id).lines[0].line_id
    returns.refund(sale.sale_id, {line: 1}, operator=shop.leader)
    add_register(shop.db, "K2", "Kafé", by=shop.admin, clock=clock)
    DayService(shop.db, register_code="K2", clock=clock).open_day(OPENING_FLOAT, operator=shop.cashier)
    kafe = CheckoutService(shop.db, register_code="K2", clock=clock)
    cart = kafe.new_cart()
    kafe.add_product(cart, shop.coffee, 1)
    kafe.pay(cart, PaymentMethod.CARD)
    kafe.complete(cart, operator=shop.cashier)
    kafe.close()
    days = DayService(shop.db, clock=clock)
    clock.advance(minutes=5)
    days.x_report(operator=shop.cashier)
    clock.advance(minutes=5)
    expected = days.x_report(operator=shop.cashier, journalled=False).expected_cash
    days.close_day(_count(expected), operator=shop.leader)


def _count(amount: int) -> CashCount:
    pieces: dict[int, int] = {}
    for value in (100000, 50000, 20000, 10000, 5000, 2000, 1000, 500, 100):
        pieces[value], amount = divmod(amount, value)
    assert amount == 0
    return CashCount({k: v for k, v in pieces.items() if v})


def _transactions(path: Path) -> dict[tuple[str, str], etree._Element]:
    """(register, transID) → its cashtransaction."""
    found = {}
    for register in etree.parse(str(path)).iter(f"{NS}cashregister"):
        for t in register.iter(f"{NS}cashtransaction"):
            found[(register.findtext(f"{NS}registerID"), t.findtext(f"{NS}transID"))] = t
    return found


def test_sales_returns_training_and_two_registers_of_one_day(shop: Shop, clock, tmp_path: Path) -> None:
    _small_day(shop, clock)
    shop.close()
    out = tmp_path / "export"
    out.mkdir()
    done = _export(shop.path, out / "day.xml", clock().date(), clock().date())
    assert done.path == out / "day.xml"  # a file name given is kept
    assert schema_errors(done.path) == []
    assert sorted(p.name for p in done.key_files) == ["day.xml.K1-1.pem", "day.xml.K2-1.pem"]
    checked = verify_chains(done.path)
    assert checked.problems == [] and checked.verified == 4 and checked.series == 3
    rows = _transactions(done.path)
    assert sorted(rows) == [("K1", "1"), ("K1", "2"), ("K1", "T1"), ("K2", "1")]

    cash = rows[("K1", "1")]
    assert [cash.findtext(f"{NS}{n}") for n in ("transType", "transAmntIn", "amntTp", "trainingID")] == [
        "CASHSAL",
        "49.50",
        "C",
        "false",
    ]
    assert cash.findtext(f"{NS}rounding/{NS}roundingAmnt") == "0.50"
    assert cash.findtext(f"{NS}payment/{NS}paymentType") == "CASH"
    assert cash.findtext(f"{NS}payment/{NS}paidAmnt") == "50.00"
    line = cash.find(f"{NS}ctLine")
    assert [line.findtext(f"{NS}{n}") for n in ("lineType", "artID", "qnt", "lineAmntIn", "lineAmntEx")] == [
        "SAL",
        f"C{shop.books}",
        "1",
        "49.50",
        "39.60",
    ]
    assert [line.findtext(f"{NS}vat/{NS}{n}") for n in ("vatCode", "vatPerc", "vatAmnt")] == [
        "3",
        "25.00",
        "9.90",
    ]

    back = rows[("K1", "2")]
    assert [back.findtext(f"{NS}{n}") for n in ("transType", "transAmntIn", "transAmntEx", "amntTp")] == [
        "RETURNSAL",
        "-49.50",
        "-39.60",
        "D",
    ]
    assert back.findtext(f"{NS}refID") == "Return of receipt 1"
    assert back.findtext(f"{NS}ctLine/{NS}lineType") == "RET"
    assert back.findtext(f"{NS}ctLine/{NS}qnt") == "-1"
    assert back.findtext(f"{NS}vat/{NS}vatAmntTp") == "D"

    training = rows[("K1", "T1")]
    assert training.findtext(f"{NS}nr") == "1" and training.findtext(f"{NS}trainingID") == "true"
    assert training.findtext(f"{NS}ctLine/{NS}artID") == f"P{shop.coffee}"
    assert training.findtext(f"{NS}payment/{NS}paymentType") == "VIPPS"

    tree = etree.parse(str(done.path))
    reports = {r.findtext(f"{NS}reportType"): r for r in tree.iter(f"{NS}eventReport")}
    assert set(reports) == {"X report", "Z report"}
    z = reports["Z report"]
    assert z.findtext(f"{NS}registerID") == "K1"
    assert [z.findtext(f"{NS}{n}") for n in ("reportReceiptNum", "reportReturnNum", "reportReturnAmnt")] == [
        "1",
        "1",
        "49.50",
    ]
    assert (z.findtext(f"{NS}reportTrainingNum"), z.findtext(f"{NS}reportTrainingAmnt")) == ("1", "40.00")
    assert z.find(f"{NS}reportCorrLines/{NS}reportCorrLine") is not None
    payment_basics = {
        b.findtext(f"{NS}basicID"): b.findtext(f"{NS}predefinedBasicID")
        for b in tree.iter(f"{NS}basic")
        if b.findtext(f"{NS}basicType") == "12"
    }
    assert payment_basics["VIPPS"] == "12011" and payment_basics["CASH"] == "12001"


def test_refused_exports_write_nothing_and_journal_nothing(shop: Shop, clock, tmp_path: Path) -> None:
    service = SaftService(shop.db, clock=clock)
    before = _q(shop.path, "SELECT count(*) FROM journal")
    day = clock().date()
    with pytest.raises(PermissionDenied):
        service.export(day, day, tmp_path, by=shop.cashier)
    with pytest.raises(InvalidExportPeriod):
        service.export(day, date(2026, 1, 1), tmp_path, by=shop.leader)
    with pytest.raises(ExportNotWritten) as refused:
        service.export(day, day, tmp_path / "no such folder" / "x.xml", by=shop.leader)
    assert refused.value.path.endswith("x.xml") and refused.value.reason
    assert _q(shop.path, "SELECT count(*) FROM journal") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "shop.sqlite3",
        "shop.sqlite3-shm",
        "shop.sqlite3-wal",
        "shop.sqlite3.keys",
    ]


def test_a_shop_signing_with_hmac_gets_no_key_file_and_is_told_so(tmp_path: Path, clock) -> None:
    made = make_shop(tmp_path / "hmac.sqlite3", clock, algorithm=HMAC_SHA1)
    co = made.checkout
    cart = co.new_cart()
    co.add_product(cart, made.coffee, 1)
    co.pay(cart, PaymentMethod.CARD)
    co.complete(cart, operator=made.cashier)
    out = tmp_path / "out"
    out.mkdir()
    done = SaftService(made.db, clock=clock).export(clock().date(), clock().date(), out, by=made.leader)
    made.close()
    assert schema_errors(done.path) == []
    assert done.key_files == () and done.hmac_registers == ("K1",)
    assert [p.name for p in out.iterdir()] == [done.path.name]


def test_memory_stays_bounded_however_long_the_period(tmp_path: Path) -> None:
    """A quarter takes about the memory a month does: rows are read and written in batches."""
    path = tmp_path / "busy.sqlite3"
    build_demo(path, days=92, end=NOVEMBER[1], sales_per_day=40, stock=30)
    peaks = {}
    for name, start in (("month", date(2026, 11, 1)), ("quarter", date(2026, 9, 1))):
        out = tmp_path / name
        out.mkdir()
        tracemalloc.start()
        try:
            done = _export(path, out, start, NOVEMBER[1])
            peaks[name] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert verify_chains(done.path).problems == []
        peaks[f"{name} receipts"] = done.transactions
    assert peaks["quarter receipts"] > 2.5 * peaks["month receipts"] > 2500
    assert peaks["quarter"] < 1.3 * peaks["month"], peaks
    assert peaks["quarter"] < 8_000_000, peaks


def test_a_journal_that_cannot_be_written_leaves_no_file_and_no_keys(
    shop: Shop, clock, tmp_path: Path
) -> None:
    """Another program holds the write lock: the file, its keys and its entry go together, or none."""
    out = tmp_path / "out"
    out.mkdir()
    shop.db.busy_timeout_ms = 200
    before = _q(shop.path, "SELECT count(*) FROM journal")
    with closing(sqlite3.connect(shop.path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreUnavailable):
            SaftService(shop.db, clock=clock).export(clock().date(), clock().date(), out, by=shop.leader)
        other.execute("ROLLBACK")
    assert list(out.iterdir()) == []
    assert _q(shop.path, "SELECT count(*) FROM journal") == before


def test_the_checker_passes_skatteetatens_own_example() -> None:
    """The schema copy and the checker agree with the tax office: its example file validates."""
    example = SAFT / "ExampleFile_SAF-T_Cash_Register_999999999_20210330104000.xml"
    assert schema_errors(example) == []
    assert file_name("999999999", datetime(2021, 3, 30, 10, 40)) == example.name.removeprefix("ExampleFile_")
