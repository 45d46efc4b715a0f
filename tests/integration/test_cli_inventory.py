"""`bruktpos items` and `bruktpos labels` on a demo shop."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.devices.labels import LAYOUTS
from bruktpos.services.demo import build_demo

from .test_labels import decode_sheet


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "shop.sqlite3"
    build_demo(path, days=4, end=date(2026, 11, 21), sales_per_day=10, stock=40)
    return path


def _items(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["items", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_items_as_json(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    every = _items(capsys, "--db", str(demo))
    in_stock = _items(capsys, "--db", str(demo), "--status", "in-stock")
    sold = _items(capsys, "--db", str(demo), "--status", "sold")
    assert len(every) == len(in_stock) + len(sold) > 0
    assert len(in_stock) >= 30  # "stock" is what the generator aims to leave, not exact
    row = in_stock[0]
    assert set(row) == {"code", "category", "description", "price", "status", "intake_date"}
    assert isinstance(row["price"], int) and row["status"] == "in-stock"
    assert row["intake_date"] == max(r["intake_date"] for r in in_stock)  # newest first
    assert len(_items(capsys, "--db", str(demo), "--limit", "3")) == 3


def test_labels_to_a_sheet_that_scans(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    codes = [row["code"] for row in _items(capsys, "--db", str(demo), "--status", "in-stock", "--limit", "5")]
    out = tmp_path / "labels.pdf"
    args = ["labels", "--db", str(demo), "--codes", ",".join(codes), "--layout", "a4-4x10", "--out", str(out)]
    assert main([*args, "--start", "7"]) == 0
    assert "5 labels on 1 page(s)" in capsys.readouterr().out
    pages, decoded = decode_sheet(out.read_bytes(), LAYOUTS["a4-4x10"])
    assert pages == 1
    assert sorted(d.code for d in decoded) == sorted(codes)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--layout", "a5"], "unknown layout"),
        (["--layout", "a4-3x8", "--start", "25"], "--start must be 1–24"),
        (["--layout", "a4-3x8", "--codes", "0400100999996"], "no item has the code 0400100999996"),
    ],
)
def test_labels_refuse_bad_input_and_write_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "labels.pdf"
    args = ["labels", "--db", str(demo), "--codes", "0400100000014", "--out", str(out)]
    # The later flag wins in argparse, so the case's own --codes / --layout apply.
    assert main([*args, *extra]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
