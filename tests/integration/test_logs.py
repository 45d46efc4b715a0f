"""The log an IT helper reads: the file, what goes in it, and the crash file."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bruktpos import __version__, logs
from bruktpos.cli import main
from bruktpos.store.schema import open_database
from tests.conftest import FakeClock
from tests.integration.conftest import make_shop

OLD_DATABASES = Path(__file__).resolve().parent.parent / "fixtures" / "old_databases"


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    listener = logs.error_listener()
    logs.set_error_listener(None)  # no till window's message here
    yield folder
    logs.set_error_listener(listener)
    logs.shutdown_logging()


def _log(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (folder / logs.LOG_FILE).read_text(encoding="utf-8")


def _run(code: str, folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, logs.LOG_DIR_ENV: str(folder), **env}
    environment["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=60
    )


def test_the_folder_comes_from_the_environment_or_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, "/srv/kasse/logg")
    assert logs.log_dir() == Path("/srv/kasse/logg")
    monkeypatch.delenv(logs.LOG_DIR_ENV)
    from platformdirs import user_log_path

    assert logs.log_dir() == user_log_path("BruktPOS", appauthor=False)


def test_a_cli_run_logs_its_start_the_database_and_the_backup_before_an_upgrade(
    log_folder: Path, tmp_path: Path
) -> None:
    old = sorted(OLD_DATABASES.glob("*.sqlite3"))[0]
    path = tmp_path / "shop.sqlite3"
    shutil.copy(old, path)
    assert main(["backup", "--db", str(path), "--to", str(tmp_path / "copies")]) == 0  # the CLI logs too
    text = _log(log_folder)
    assert f"BruktPOS {__version__} started (backup)" in text
    assert sys.version.split()[0] in text
    (copy,) = (tmp_path / "copies").glob("*.sqlite3")
    assert f"backup of {path} written to {copy}" in text
    db = open_database(path, backup_dir=tmp_path / "backups")  # an old file: backup, then upgrade
    db.dispose()
    text = _log(log_folder)
    assert f"database {path}: schema" in text
    (backup,) = (tmp_path / "backups").glob("*.sqlite3")
    assert f"backup of {path} written to {backup}" in text
    assert "upgrading the database schema" in text
    assert "Running upgrade" in text  # Alembic's own line for each migration
    assert "database schema upgraded to head" in text


def test_an_error_in_a_thread_is_logged_with_its_traceback(
    log_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The hook that was there before (a terminal's, pytest's) is still told, after the log.
    before: list[type[BaseException]] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: before.append(args.exc_type))
    logs.setup_logging(task="test")
    told: list[type[BaseException]] = []
    logs.set_error_listener(lambda kind, error, tb: told.append(kind))

    def fails() -> None:
        raise ValueError("the scale sent nonsense")

    worker = threading.Thread(target=fails, name="scale-reader")
    worker.start()
    worker.join()
    text = _log(log_folder)
    assert "unhandled ValueError in thread scale-reader" in text
    assert "Traceback (most recent call last)" in text
    assert "ValueError: the scale sent nonsense" in text
    assert told == [ValueError]  # the till's calm message is told too
    assert before == [ValueError]


def test_an_uncaught_error_is_logged_with_its_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    result = _run(
        "from bruktpos.logs import setup_logging\nsetup_logging(task='test')\n"
        "def sell():\n    raise RuntimeError('nobody caught me')\nsell()\n",
        folder,
    )
    assert result.returncode == 1
    assert "RuntimeError: nobody caught me" in result.stderr  # the terminal still sees it
    text = (folder / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "CRITICAL" in text and "unhandled RuntimeError" in text
    assert "line 4, in sell\nRuntimeError: nobody caught me" in text  # -c code has no source lines


def test_a_hard_crash_lands_in_the_crash_file(tmp_path: Path) -> None:
    folder = tmp_path / "log"
    result = _run(
        "import faulthandler\nfrom bruktpos.logs import setup_logging\nsetup_logging(task='test')\n"
        "def print_receipt():\n    faulthandler._sigsegv()\nprint_receipt()\n",
        folder,
        BRUKTPOS_FAULTHANDLER="1",
    )
    assert result.returncode != 0
    crash = (folder / logs.CRASH_FILE).read_text(encoding="utf-8")
    assert f"--- BruktPOS {__version__}" in crash
    assert "Fatal Python error: Segmentation fault" in crash
    assert "in print_receipt" in crash


def test_the_log_rotates(log_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 5_000)
    logs.setup_logging(task="test")
    for n in range(400):
        logging.getLogger("bruktpos.test").info("line %d of a long day", n)
    files = sorted(p.name for p in log_folder.iterdir() if p.name.startswith(logs.LOG_FILE))
    assert files == ["bruktpos.log", "bruktpos.log.1", "bruktpos.log.2", "bruktpos.log.3", "bruktpos.log.4",
                     "bruktpos.log.5"]  # fmt: skip
    assert all((log_folder / name).stat().st_size <= 5_200 for name in files)
    assert logs.last_lines(3)[-1].endswith("line 399 of a long day")


def test_a_log_folder_that_cannot_be_written_stops_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    assert logs.setup_logging(task="test", folder=blocker / "log") is None
    db = make_shop(tmp_path / "shop.sqlite3", FakeClock())  # the shop still works
    db.close()
