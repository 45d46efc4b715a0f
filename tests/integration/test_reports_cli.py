"""``bruktpos report x|z``: the stored Z of a closed day, an X of the open day taken now.

The X goes through the till's own :meth:`DayService.x_report`: it names who
took it (their name with ``--as`` or at the prompt, their PIN at getpass's),
and a register with no open day gets one line and nothing in the journal.
"""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

import bruktpos
from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.cashcount import CashCount
from bruktpos.services.day import DayService
from bruktpos.store.db import Database
from bruktpos.store.schema import open_database

from .conftest import CASHIER_PIN, LEADER_PIN, OPENING_FLOAT, Shop, make_shop
from .day_helpers import sell


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


class Terminal:
    """What the person types at getpass's PIN prompts, in order; and the prompts they saw."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.prompts: list[str] = []
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def type(self, *answers: str) -> None:
        self.answers = list(answers)

    def _getpass(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


def _x_reports(path: Path) -> list[tuple]:
    """The journal's X reports: who, which register, what was recorded."""
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT user_id, register_id, saft_code, details FROM journal"
            " WHERE event = 'x_report' ORDER BY id"
        ).fetchall()
    return [(user, register, saft, json.loads(details)) for user, register, saft, details in rows]


def _journal_size(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM journal").fetchone()[0]


@contextmanager
def open_database_of(shop: Shop) -> Iterator[Database]:
    """The shop's file opened anew (the fixture closed its own connections)."""
    db = open_database(shop.path)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def closed(shop: Shop, clock) -> Shop:
    """Yesterday closed with Z 1 (two sales); today open with one sale."""
    day = DayService(shop.db, clock=clock)
    sell(shop, coffees=2, method=PaymentMethod.CASH)
    sell(shop, open_price=1990, method=PaymentMethod.CARD)
    day.close_day(CashCount({20000: 6, 100: 30}), operator=shop.cashier, note="Ok")
    clock.advance(days=1)
    day.open_day(OPENING_FLOAT, operator=shop.cashier, note="Takings left in the drawer")
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
    # What the rules want on every X and Z (issue 14).
    assert data["system"] == {"name": "BruktPOS", "version": bruktpos.__version__, "register_id": "K1"}
    assert (data["first_receipt_no"], data["last_receipt_no"]) == (1, 2)
    assert (data["training_count"], data["training_amount"]) == (0, 0)
    assert data["drawer_openings"] == {"with_sale": 0, "without_sale": 0, "total": 0}


def test_z_as_text_and_by_register_code_or_id(closed: Shop, capsys) -> None:
    code, text_by_code, _ = _run(
        capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--register", "K1"
    )
    assert code == 0
    assert "Z report no. 1" in text_by_code and "Net sales" in text_by_code and "kr" in text_by_code
    assert f"System BruktPOS {bruktpos.__version__}, register ID K1" in text_by_code
    assert "Receipts no. 1 to 2" in text_by_code and "Drawer opened with a sale" in text_by_code
    assert "200 kr × 6" in text_by_code and "Training receipts (0)" in text_by_code
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


def test_x_is_computed_now_and_journalled(closed: Shop, capsys, terminal: Terminal) -> None:
    terminal.type(CASHIER_PIN)
    code, out, _ = _run(
        capsys, "x", "--db", str(closed.path), "--date", "2026-11-13", "--as", "Ola", "--json"
    )
    assert code == 0
    assert terminal.prompts == ["PIN for Ola: "]
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
    terminal.type(CASHIER_PIN)
    code, out, _ = _run(capsys, "x", "--db", str(closed.path), "--date", "2026-11-13", "--as", "Ola")
    assert code == 0 and out.startswith("X report")


def test_pdf_is_written_too(closed: Shop, capsys, tmp_path: Path) -> None:
    target = tmp_path / "z.pdf"
    code, _, _ = _run(capsys, "z", "--db", str(closed.path), "--date", "2026-11-12", "--pdf", str(target))
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_x_is_journalled_as_the_till_journals_it_naming_who_took_it(
    closed: Shop, capsys, terminal: Terminal
) -> None:
    """The same service writes both: the same event, code and record, each with its person."""
    terminal.type(CASHIER_PIN)
    code, out, _ = _run(
        capsys, "x", "--db", str(closed.path), "--as", "ola", "--json"
    )  # no --date: the open day
    assert code == 0
    from_cli = json.loads(out)
    assert (from_cli["date"], from_cli["net_sales"]) == ("2026-11-13", 2000)
    with open_database_of(closed) as db:
        DayService(db).x_report(operator=closed.leader)
    (cli_user, cli_register, cli_saft, cli_details), (till_user, till_register, till_saft, till_details) = (
        _x_reports(closed.path)
    )
    assert (cli_user, till_user) == (closed.cashier.id, closed.leader.id)
    assert cli_register == till_register == closed.checkout.register.id
    assert cli_saft == till_saft == "13008"
    assert cli_details.keys() == till_details.keys() == {"report"}
    assert cli_details["report"] == from_cli
    assert main(["verify", "--db", str(closed.path)]) == 0


def test_x_asks_for_the_name_when_it_is_not_given(
    closed: Shop, capsys, terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Kari\n"))
    terminal.type(LEADER_PIN)
    code, out, err = _run(capsys, "x", "--db", str(closed.path))
    assert code == 0 and out.startswith("X report")
    assert "Your name" in err and terminal.prompts == ["PIN for Kari: "]
    assert [user for user, *_ in _x_reports(closed.path)] == [closed.leader.id]


def test_x_of_a_new_shop_with_no_day_is_refused_and_journals_nothing(
    tmp_path: Path, clock, capsys, terminal: Terminal
) -> None:
    """The bug of issue 12: an X for a day that never existed, with no user."""
    made = make_shop(tmp_path / "new.sqlite3", clock, open_day=False)
    made.close()
    before = _journal_size(made.path)
    pdf = tmp_path / "x.pdf"
    terminal.type(CASHIER_PIN)
    code, out, err = _run(capsys, "x", "--db", str(made.path), "--as", "Ola", "--pdf", str(pdf))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("no open day at register K1: ") and "no X report was taken" in err
    assert terminal.prompts == []  # refused before anyone typed a PIN
    assert _journal_size(made.path) == before
    assert not pdf.exists() and list(tmp_path.glob("*.pdf*")) == []


def test_x_of_a_closed_day_is_refused_and_journals_nothing(closed: Shop, capsys, terminal: Terminal) -> None:
    before = _journal_size(closed.path)
    terminal.type(CASHIER_PIN)
    code, out, err = _run(capsys, "x", "--db", str(closed.path), "--date", "2026-11-12", "--as", "Ola")
    assert (code, out) == (1, "")
    assert err == (
        "the open day at register K1 is 2026-11-13, not 2026-11-12: "
        "an X report is of the open day; no X report was taken\n"
    )
    assert terminal.prompts == [] and _journal_size(closed.path) == before


def test_x_with_a_wrong_pin_or_an_unknown_name_journals_no_x(
    closed: Shop, capsys, terminal: Terminal
) -> None:
    terminal.type("9999")
    code, out, err = _run(capsys, "x", "--db", str(closed.path), "--as", "Ola")
    assert (code, out) == (1, "")
    assert err.startswith("wrong PIN (4 tries left before a lockout)") and err.count("\n") == 1
    code, out, err = _run(capsys, "x", "--db", str(closed.path), "--as", "Nobody")
    assert (code, out) == (2, "")
    assert err == "no one called 'Nobody' may log in here (see: bruktpos users list)\n"
    terminal.type()
    code, out, err = _run(capsys, "x", "--db", str(closed.path), "--as", "Ola")  # end of input at the PIN
    assert (code, out) == (1, "")
    assert err == "no answer (end of input); no X report was taken\n"
    assert _x_reports(closed.path) == []


def test_z_needs_its_date(closed: Shop, capsys) -> None:
    code, out, err = _run(capsys, "z", "--db", str(closed.path))
    assert (code, out) == (2, "")
    assert err == "a Z report is of a closed day: give it with --date YYYY-MM-DD\n"
