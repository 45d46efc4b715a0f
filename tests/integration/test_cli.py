"""The command line: demo data, backups (verify is in test_verify.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.services.demo import build_demo
from bruktpos.store.integrity import verify_database

END = date(2026, 11, 22)


def _content(path: Path) -> dict[str, list[tuple]]:
    """What a demo shop holds, leaving out what is random by design (keys, salts, signatures)."""
    queries = {
        "categories": "SELECT name, kind, default_price, vat_rate FROM categories ORDER BY id",
        "products": "SELECT name, price, category_id FROM products ORDER BY id",
        "users": "SELECT name, role FROM users ORDER BY id",
        "items": "SELECT code, category_id, price, status, intake_at, sold_sale_id FROM items ORDER BY id",
        "sales": "SELECT receipt_no, created_at, operator_id, total, vat, rounding FROM sales ORDER BY id",
        "lines": "SELECT sale_id, kind, description, quantity, unit_price, discount, total FROM sale_lines",
        "payments": "SELECT sale_id, method, amount, tendered, change FROM payments ORDER BY id",
    }
    with sqlite3.connect(path) as conn:
        return {name: conn.execute(sql).fetchall() for name, sql in queries.items()}


def test_demo_data_is_realistic_deterministic_and_verifies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    args = ["--days", "8", "--seed", "7", "--end", END.isoformat(), "--sales-per-day", "12", "--stock", "60"]
    assert main(["demo-data", "--db", str(first), *args]) == 0
    out = capsys.readouterr().out
    assert "PIN" in out and "Kari Nilsen" in out
    assert main(["demo-data", "--db", str(second), *args]) == 0
    a, b = _content(first), _content(second)
    assert a == b
    assert len(a["categories"]) >= 20
    assert {"Klær dame", "Barneklær", "Bøker", "Kjøkkenutstyr", "Møbler"} <= {c[0] for c in a["categories"]}
    assert a["sales"], "no sales"
    days = {row[1][:10] for row in a["sales"]}
    assert max(days) <= END.isoformat()
    assert min(days) >= "2026-11-15"
    assert "2026-11-22" not in days  # a Sunday: closed
    methods = {p[1] for p in a["payments"]}
    assert methods >= {"card", "cash"}
    assert all(p[2] % 100 == 0 for p in a["payments"] if p[1] == "cash")  # cash is whole kroner
    assert verify_database(first).ok


def test_demo_data_differs_by_seed(tmp_path: Path) -> None:
    build_demo(tmp_path / "a.sqlite3", days=3, seed=1, end=END, sales_per_day=10, stock=20)
    build_demo(tmp_path / "b.sqlite3", days=3, seed=2, end=END, sales_per_day=10, stock=20)
    assert _content(tmp_path / "a.sqlite3")["sales"] != _content(tmp_path / "b.sqlite3")["sales"]


def test_demo_data_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"something")
    assert main(["demo-data", "--db", str(path), "--days", "1"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == b"something"


def test_backup_is_consistent_and_rotated(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    build_demo(path, days=2, end=END, sales_per_day=5, stock=10)
    folder = tmp_path / "backups"
    for _ in range(3):
        assert main(["backup", "--db", str(path), "--to", str(folder), "--keep", "2"]) == 0
    copies = sorted(folder.glob("*.sqlite3"))
    assert len(copies) == 2
    for copy in copies:
        assert verify_database(copy).ok
        with sqlite3.connect(copy) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM journal WHERE event = 'backup'").fetchone() == (3,)


def test_console_script_runs_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bruktpos", "verify", "--db", str(tmp_path / "missing.sqlite3")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "no such file" in result.stderr


def test_demo_donations_weigh_what_was_priced_and_markdowns_reach_the_sales(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    build_demo(path, days=40, end=END, sales_per_day=20, stock=100)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM items WHERE donation_id IS NULL").fetchone() == (0,)
        priced, counted = conn.execute(
            "SELECT (SELECT count(*) FROM items), (SELECT sum(count) FROM donation_lines)"
        ).fetchone()
        assert priced == counted
        kilos = conn.execute("SELECT sum(weight_grams) FROM donation_lines").fetchone()[0] / 1000
        assert kilos > priced * 0.3  # more is given than is priced
        marked_down = conn.execute(
            "SELECT count(*) FROM sale_lines l JOIN categories c ON c.id = l.category_id"
            " WHERE c.markdown_rule != '' AND l.kind = 'item' AND l.discount > 0"
        ).fetchone()[0]
        assert marked_down > 0
    assert verify_database(path).ok


def test_version_and_help_on_stdout_and_the_tills_start_builds_no_subcommand(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bruktpos import cli

    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("bruktpos ") and err == ""  # the installed bundle's check reads stdout
    assert main(["--help"]) == 0
    assert "demo-data" in capsys.readouterr().out  # the subcommands are listed with --help
    # Starting the till parses without any subcommand's parser (their modules load nothing).
    till = cli._parse(["--db", "shop.sqlite3", "--register", "K2"])
    assert (till.command, till.register, str(till.db)) == (None, "K2", "shop.sqlite3")
    assert cli._parse(["verify", "--db", "x.sqlite3"]).command == "verify"
