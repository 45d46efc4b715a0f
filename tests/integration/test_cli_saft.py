"""``bruktpos saft``: the SAF-T file from the command line, by a leader who gives their PIN."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.cart import PaymentMethod

from .conftest import CASHIER_PIN, LEADER_PIN, Shop
from .saft_check import schema_errors, verify_chains
from .test_reports_cli import Terminal

DAY = "2026-11-12"  # the test clock's day


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


@pytest.fixture
def sold(shop: Shop) -> Shop:
    for method in (PaymentMethod.CARD, PaymentMethod.VIPPS):
        cart = shop.checkout.new_cart()
        shop.checkout.add_product(cart, shop.coffee, 1)
        shop.checkout.pay(cart, method)
        shop.checkout.complete(cart, operator=shop.cashier)
    shop.close()
    return shop


def _exports(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT user_id, saft_code FROM journal WHERE event = 'saft_export'").fetchall()


def test_a_leader_exports_a_day_into_a_folder(sold: Shop, tmp_path: Path, capsys, terminal: Terminal) -> None:
    out = tmp_path / "til skatteetaten"
    out.mkdir()
    terminal.type(LEADER_PIN)
    code = main(
        ["saft", "--db", str(sold.path), "--from", DAY, "--to", DAY, "--out", str(out), "--as", "Kari"]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    xml, pem, counts = printed.out.splitlines()
    assert Path(xml).parent == out and Path(xml).name.startswith("SAF-T_Cash_Register_999999999_")
    assert pem == f"{xml}.K1-1.pem"
    assert counts.startswith(f"{DAY} to {DAY}: 1 register(s), 2 receipts, ")
    assert terminal.prompts == ["PIN for Kari: "]
    assert schema_errors(Path(xml)) == []
    assert verify_chains(Path(xml)).verified == 2
    assert _exports(sold.path) == [(sold.leader.id, "13020")]


def test_a_cashier_is_refused_and_nothing_is_written(
    sold: Shop, tmp_path: Path, capsys, terminal: Terminal
) -> None:
    target = tmp_path / "x.xml"
    terminal.type(CASHIER_PIN)
    code = main(
        ["saft", "--db", str(sold.path), "--from", DAY, "--to", DAY, "--out", str(target), "--as", "Ola"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "a cashier may not export the SAF-T file; a shop leader or an administrator may"
    assert not target.exists() and _exports(sold.path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.sqlite3", "shop.sqlite3.keys"]


@pytest.mark.parametrize(
    ("dates", "out", "message"),
    [
        (
            ("2026-11-30", "2026-11-01"),
            "x.xml",
            "--to 2026-11-01 is before --from 2026-11-30; nothing was exported",
        ),
        ((DAY, DAY), "no/such/folder/x.xml", "the folder"),
    ],
)
def test_bad_periods_and_outputs_are_refused_before_any_pin(
    sold: Shop, tmp_path: Path, capsys, terminal: Terminal, dates: tuple[str, str], out: str, message: str
) -> None:
    code = main(
        ["saft", "--db", str(sold.path), "--from", dates[0], "--to", dates[1], "--out", str(tmp_path / out)]
    )
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
    assert terminal.prompts == [] and _exports(sold.path) == []
