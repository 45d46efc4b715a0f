"""``bruktpos report x|z``: the stored Z of a closed day, an X computed now."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.services.day import DayService

from .conftest import OPENING_FLOAT, Shop
from .day_helpers import sell


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def closed(shop: Shop, clock) -> Shop:
    """Yesterday closed with Z 1 (two sales); today open with one sale."""
    day = DayService(shop.db, clock=clock)
    sell(shop, coffees=2, method=PaymentMethod.CASH)
    sell(shop, open_price=1990, method=PaymentMethod.CARD)
    day.close_day(CashCount({20000: 6, 100: 30}), operator=shop.cashier, note="Ok")
    clock.advance(days=1)
    day.open_day(OPENING_FLOAT, operator=shop.cashier)
    sell(shop, coffees=1, method=PaymentMethod.VIPPS)
    shop.close()
    return shop


def test_z_prints_the_stored_report_as_json(closed: Shop, capsys) -> None:
    code, out, _ = _run(capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--json")
    assert code == 0
    data = json.loads(out)
    with closing(sqlite3.connect(closed.path)) as conn:
        (stored,) = conn.execute("SELECT report FROM z_reports").fetchone()
    assert data == json.loads(stored)
    assert (data["z_number"], data["date"], data["register"], data["net_sales"]) == (
        1,
        "2026-11-12",
        "K1",
        5990,
    )
    assert (data["by_payment"], data["counted_cash"], data["difference"]) == (
        {"card": 1990, "cash": 4000},
        123000,
        123000 - (OPENING_FLOAT.total + 4000),
    )


def test_z_as_text_and_by_register_code_or_id(closed: Shop, capsys) -> None:
    code, text_by_code, _ = _run(
        capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--register", "K1"
    )
    assert code == 0
    assert "Z report no. 1" in text_by_code and "Net sales" in text_by_code and "kr" in text_by_code
    code, text_by_id, _ = _run(
        capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--register", "1"
    )
    assert code == 0 and text_by_id == text_by_code


def test_z_of_an_open_or_unknown_day_is_an_error(closed: Shop, capsys) -> None:
    code, out, err = _run(capsys, "z", "--db", str(closed.path), "--date", "2026-11-13")
    assert (code, out) == (1, "")
    assert "no Z report for 2026-11-13" in err
    code, _, err = _run(capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--register", "K9")
    assert code == 2 and "no register" in err
    code, _, err = _run(
        capsys, "z", "--db", str(closed.path.with_name("missing.sqlite3")), "--date", "2026-11-12"
    )
    assert code == 2 and "no such file" in err


def test_x_is_computed_now_and_journalled(closed: Shop, capsys) -> None:
    code, out, _ = _run(capsys, "x", "--db", str(closed.path), "--date", "2026-11-13", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["kind"], data["z_number"], data["net_sales"], data["by_payment"]) == (
        "X",
        None,
        2000,
        {"vipps": 2000},
    )
    assert data["grand_total_sales"] == 5990 + 2000
    with closing(sqlite3.connect(closed.path)) as conn:
        (details,) = conn.execute("SELECT details FROM journal WHERE event = 'x_report'").fetchone()
    assert json.loads(details)["report"] == data
    code, out, _ = _run(capsys, "x", "--db", str(closed.path), "--date", "2026-11-13")
    assert code == 0 and out.startswith("X report")


def test_pdf_is_written_too(closed: Shop, capsys, tmp_path: Path) -> None:
    target = tmp_path / "z.pdf"
    code, _, _ = _run(capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--pdf", str(target))
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF")
