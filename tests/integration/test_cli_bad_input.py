"""Every subcommand answers bad input with one line on stderr and a non-zero exit.

Never a traceback, never a file left behind (no half-written output, no
empty database made from a mistyped path). The table runs ``cli.main``
in-process (a subprocess costs most of a second); a handful of rows run
as real ``python -m bruktpos`` processes too.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import bruktpos
from bruktpos.cli import main
from bruktpos.hub.schema import init_hub
from bruktpos.services.demo import build_demo

CODE = "0400100000014"  # a demo shop's first item


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a demo shop, a hub and the wrong kinds of file (shared by every row)."""
    folder = tmp_path_factory.mktemp("bad-input")
    build_demo(folder / "shop.sqlite3", days=2, end=date(2026, 11, 20), sales_per_day=4, stock=10)
    init_hub(f"sqlite:///{folder / 'hub.sqlite3'}")
    (folder / "notes.txt").write_text("ikke en database\n", encoding="utf-8")
    (folder / "empty.sqlite3").write_bytes(b"")
    (folder / "random.sqlite3").write_bytes(os.urandom(8192))
    (folder / "a-folder").mkdir()
    with sqlite3.connect(folder / "photos.sqlite3") as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    return folder


def _listing(*folders: Path) -> dict[str, int]:
    return {
        str(p.relative_to(folder)): p.stat().st_size if p.is_file() else -1
        for folder in folders
        for p in folder.rglob("*")
    }


# {w}: the shared folder (shop.sqlite3, hub.sqlite3, notes.txt …); {t}: the row's own empty folder.
SHOP = "{w}/shop.sqlite3"
HUB = "sqlite:///{w}/hub.sqlite3"
NO_HUB = "sqlite:///{t}/mistyped-hub.sqlite3"
NOT_URLS = ["notaurl", "http://example.com/hub", "", "postgresql+nosuchdriver://u@h/db"]
NOT_SHOPS = ["{t}/mistyped.sqlite3", "{w}/a-folder", "{w}/notes.txt", "{w}/empty.sqlite3"]
NOT_SHOPS += ["{w}/random.sqlite3", "{w}/photos.sqlite3", "{t}/no-folder/shop.sqlite3"]
BIG = "99999999999999999999"
SHEET = ["--codes", CODE, "--layout", "a4-3x8"]
NEW = ["demo-data", "--db", "{t}/new.sqlite3"]
BAD_DATES = ["2026-02-30", "2026-13-01", "tomorrow", "99999-01-01", "0001-01-01", "20.11.2026"]

ROWS: list[tuple[list[str], int]] = [
    # the top level
    (["frobnicate"], 2),
    (["--language", "sv", "verify", "--db", SHOP], 2),
    (["hub"], 2),
    # demo-data (the one command that makes a shop: never over a file, never into a missing folder)
    *[([*NEW, "--days", days], 2) for days in ["99999999999", "0", "-3", "x"]],
    *[([*NEW, "--end", day], 2) for day in BAD_DATES],
    ([*NEW, "--sales-per-day", "-1"], 2),
    ([*NEW, "--stock", BIG], 2),
    ([*NEW, "--seed", "-1"], 2),
    (["demo-data", "--db", "{t}/no-folder/new.sqlite3", "--days", "1"], 2),
    (["demo-data", "--db", SHOP, "--days", "1"], 2),
    (["demo-data", "--db", "{w}/notes.txt", "--days", "1"], 2),
    (["demo-data", "--db", "{w}/a-folder", "--days", "1"], 2),
    (["demo-data", "--days", "1"], 2),
    # verify
    *[(["verify", "--db", path], 2) for path in NOT_SHOPS],
    (["verify", "--db", SHOP, "--wait", "-1"], 2),
    (["verify"], 2),
    # items
    *[(["items", "--db", path], 2) for path in NOT_SHOPS],
    *[(["items", "--db", SHOP, "--limit", limit], 2) for limit in ["0", "-5", BIG, "ti"]],
    (["items", "--db", SHOP, "--status", "stolen"], 2),
    # labels
    *[(["labels", "--db", path, *SHEET, "--out", "{t}/l.pdf"], 2) for path in NOT_SHOPS],
    (["labels", "--db", SHOP, *SHEET, "--layout", "a5", "--out", "{t}/l.pdf"], 2),
    (["labels", "--db", SHOP, *SHEET, "--codes", " , ", "--out", "{t}/l.pdf"], 2),
    (["labels", "--db", SHOP, *SHEET, "--codes", "0400100999996", "--out", "{t}/l.pdf"], 2),
    *[(["labels", "--db", SHOP, *SHEET, "--out", "{t}/l.pdf", "--start", n], 2) for n in ["0", "25", BIG]],
    (["labels", "--db", SHOP, *SHEET, "--out", "{t}/no-folder/l.pdf"], 2),
    (["labels", "--db", SHOP, *SHEET, "--out", "{t}"], 2),
    (["labels", "--db", SHOP, *SHEET, "--out", "{w}/notes.txt/l.pdf"], 2),
    # backup
    *[(["backup", "--db", SHOP, "--to", "{t}/b", "--keep", keep], 2) for keep in ["0", "-1", BIG, "all"]],
    *[(["backup", "--db", path, "--to", "{t}/b"], 2) for path in NOT_SHOPS],
    (["backup", "--db", SHOP, "--to", "{w}/notes.txt"], 2),
    (["backup", "--db", SHOP, "--to", "{t}/no/such/folders"], 2),
    # report
    *[(["report", "x", "--db", SHOP, "--date", day], 2) for day in BAD_DATES],
    *[(["report", "z", "--db", path, "--date", "2026-11-19"], 2) for path in NOT_SHOPS],
    (["report", "y", "--db", SHOP, "--date", "2026-11-19"], 2),
    (["report", "z", "--db", SHOP, "--date", "2026-11-19", "--register", "K9"], 2),
    (["report", "z", "--db", SHOP, "--date", "2026-11-19", "--register", BIG + "999"], 2),
    (["report", "z", "--db", SHOP, "--date", "2020-01-01"], 1),  # no Z that day
    (["report", "x", "--db", SHOP, "--date", "2026-11-19", "--pdf", "{t}/no-folder/x.pdf"], 2),
    (["report", "x", "--db", SHOP, "--date", "2026-11-19", "--pdf", "{t}"], 2),
    # sync
    *[(["sync", "--db", SHOP, "--hub", url], 2) for url in NOT_URLS],
    (["sync", "--db", SHOP, "--hub", NO_HUB], 2),
    *[(["sync", "--db", path, "--hub", HUB], 2) for path in NOT_SHOPS],
    (["sync", "--db", SHOP], 1),  # no hub set in the shop's settings
    # hub …
    *[(["hub", "init", "--hub", url], 2) for url in NOT_URLS],
    (["hub", "init", "--hub", "sqlite:///{t}/no-folder/hub.sqlite3"], 1),
    *[(["hub", "add-shop", "--hub", url, "--shop", "S001"], 2) for url in [*NOT_URLS, NO_HUB]],
    (["hub", "add-shop", "--hub", HUB, "--shop", "S 1!"], 1),
    *[(["hub", "add-coordinator", "--hub", url, "--name", "leser"], 2) for url in [*NOT_URLS, NO_HUB]],
    *[(["hub", "summary", "--hub", url], 2) for url in [*NOT_URLS, NO_HUB]],
    *[(["hub", "summary", "--hub", HUB, "--from", day], 2) for day in BAD_DATES],
    (["hub", "summary", "--hub", HUB, "--to", "2026-11-31"], 2),
    *[(["hub", "report", "--hub", HUB, "--month", m, "--pdf", "{t}/r.pdf"], 2) for m in ["2026-13", "okt"]],
    *[(["hub", "report", "--hub", url, "--month", "2026-10", "--pdf", "{t}/r.pdf"], 2) for url in NOT_URLS],
    (["hub", "report", "--hub", NO_HUB, "--month", "2026-10", "--pdf", "{t}/r.pdf"], 2),
    (["hub", "report", "--hub", HUB, "--month", "2026-10", "--pdf", "{t}/no-folder/r.pdf"], 2),
    (["hub", "report", "--hub", HUB, "--month", "2026-10", "--pdf", "{t}"], 2),
    # the PDF would be fine; the CSV cannot be written, so neither is left
    (["hub", "report", "--hub", HUB, "--month", "2026-10", "--pdf", "{t}/r.pdf", "--csv", "{t}/x/r.csv"], 2),
    # the coordinators' window never opens on a bad hub
    *[(["coordinator", "--hub", url], 2) for url in [*NOT_URLS, NO_HUB]],
]


def _argv(row: list[str], work: Path, own: Path) -> list[str]:
    return [arg.format(w=work, t=own) for arg in row]


@pytest.mark.parametrize(("row", "code"), ROWS, ids=[" ".join(row)[:70] for row, _ in ROWS])
def test_bad_input_gets_one_line_and_an_exit_code(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], row: list[str], code: int
) -> None:
    own = tmp_path / "own"
    own.mkdir()
    before = _listing(work, own)
    assert main(_argv(row, work, own)) == code
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert len(lines[0]) > 20, lines
    assert captured.out == ""
    assert _listing(work, own) == before  # nothing made, nothing half-written, nothing changed


SUBPROCESS_ROWS = [
    ["demo-data", "--db", "{t}/new.sqlite3", "--days", "99999999999"],
    ["verify", "--db", "{w}/random.sqlite3"],
    ["backup", "--db", SHOP, "--to", "{t}/b", "--keep", "0"],
    ["hub", "init", "--hub", "notaurl"],
]


@pytest.mark.parametrize("row", SUBPROCESS_ROWS, ids=[" ".join(r)[:50] for r in SUBPROCESS_ROWS])
def test_as_a_real_process_too(work: Path, tmp_path: Path, row: list[str]) -> None:
    before = _listing(work, tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "bruktpos", *_argv(row, work, tmp_path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(Path(bruktpos.__file__).parents[1])),
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert _listing(work, tmp_path) == before


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    work: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """No subcommand foresees a NUL byte in an output path (a shell cannot even pass one):
    the sheet is made, moving it into place fails, and the last guard in main() answers."""
    args = ["labels", "--db", f"{work}/shop.sqlite3", "--codes", CODE, "--layout", "a4-3x8"]
    with caplog.at_level(logging.ERROR, logger="bruktpos.cli"):
        assert main([*args, "--out", f"{tmp_path}/labels\0.pdf"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "embedded null byte" in err and "the log" in err
    assert [r.exc_info is not None for r in caplog.records] == [True]
    assert list(tmp_path.iterdir()) == []  # the finished sheet's temporary file is gone too
