"""The till started on a bad file: a calm window that says what is wrong, and a way on.

Each test goes through the app's real start (:class:`bruktpos.ui.app.Start`,
what ``bruktpos --db PATH`` runs) on a real file, reads the window as the
person sees it (in bokmål), and clicks on as they would.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QWidget

from bruktpos.store import schema
from bruktpos.store.quick import head_revision
from bruktpos.ui.app import Start, show_window
from bruktpos.ui.main_window import MainWindow
from bruktpos.ui.setup_wizard import SetupWizard
from bruktpos.ui.start_problem import StartProblemWindow
from tests.integration import bad_files
from tests.ui.conftest import click

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def good(shop_template, tmp_path: Path) -> Path:
    """The shop the person meant: set up, current, with Astrid, Kari and Ola."""
    folder = tmp_path / "good"
    folder.mkdir()
    path = folder / "butikken.sqlite3"
    with closing(sqlite3.connect(shop_template.path)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
    return path


@pytest.fixture
def start(qtbot, qapp: QApplication) -> Iterator[Start]:
    made = Start(qapp, "nb")
    yield made
    window = made.window
    if isinstance(window, MainWindow):
        qtbot.waitUntil(lambda: window.attached, timeout=5000)
    if window is not None:
        window.close()
        window.deleteLater()
    made.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def shown(qtbot, start: Start, window: QWidget) -> QWidget:
    show_window(window)
    qtbot.waitExposed(window)
    return window


def pick_file(monkeypatch, path: Path | None) -> list[dict]:
    """The file dialog's answer (``path``, or cancelled); returns how it was asked."""
    asked: list[dict] = []

    def answer(*args, **kwargs):
        asked.append({"args": args, **kwargs})
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def files_in(folder: Path) -> dict[str, bytes | None]:
    """What is in ``folder`` (SQLite's own empty -wal/-shm beside a WAL file it read are not counted)."""
    return {
        p.name: p.read_bytes() if p.is_file() and p.stat().st_mode & 0o444 else None
        for p in sorted(folder.iterdir())
        if not (p.name.endswith(("-wal", "-shm")) and p.stat().st_size in (0, 32768))
    }


def assert_on_login_of_the_good_shop(qtbot, start: Start, problem_window: QWidget) -> None:
    window = start.window
    assert isinstance(window, MainWindow)
    qtbot.waitExposed(window)
    assert window.windowTitle() == "BruktPOS — Testbutikken · Kasse 1"
    assert window.stack.currentWidget() is window.login
    assert window.login.title.text() == "Hvem står i kassa?"
    assert not problem_window.isVisible()


BadFile = Callable[[Path, Path], Path]
KINDS: dict[str, tuple[BadFile, str, str]] = {
    # kind: (maker(good, folder), heading, what the window says)
    "random bytes": (
        lambda good, folder: bad_files.random_bytes(folder),
        "BruktPOS kan ikke åpne denne filen",
        "Denne filen er ikke en butikkdatabase. Det kan være et dokument eller en fil fra et annet program.",
    ),
    "a text file": (
        lambda good, folder: bad_files.text_file(folder),
        "BruktPOS kan ikke åpne denne filen",
        "Denne filen er ikke en butikkdatabase.",
    ),
    "another program's database": (
        lambda good, folder: bad_files.other_program(folder),
        "BruktPOS kan ikke åpne denne filen",
        "Dette er en database fra et annet program, ikke fra BruktPOS.",
    ),
    "a cut-off copy": (
        bad_files.truncated,
        "BruktPOS kan ikke åpne denne filen",
        "Denne butikkdatabasen er skadet, så BruktPOS kan ikke åpne den. Velg en sikkerhetskopi",
    ),
    "a malformed shop": (
        bad_files.malformed,
        "BruktPOS kan ikke åpne denne filen",
        "Denne butikkdatabasen er skadet",
    ),
    "a newer BruktPOS's shop": (
        bad_files.newer,
        "BruktPOS kan ikke åpne denne filen",
        "Denne butikkdatabasen er laget av en nyere versjon av BruktPOS. Oppdater BruktPOS",
    ),
    "a folder": (
        lambda good, folder: bad_files.a_folder(folder),
        "BruktPOS kan ikke åpne denne filen",
        "Dette er en mappe, ikke en butikkdatabase.",
    ),
    "an unreadable file": (
        bad_files.unreadable,
        "BruktPOS kan ikke åpne denne filen",
        "BruktPOS får ikke lov til å lese denne filen.",
    ),
    "a mistyped path": (
        lambda good, folder: folder / "butikkken.sqlite3",
        "Det finnes ingen butikk her",
        "Det finnes ingen fil her. Sjekk navnet, velg en annen fil, eller lag en ny butikk her.",
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_bad_file_says_what_is_wrong_and_another_can_be_chosen(
    qtbot, start: Start, good: Path, tmp_path: Path, monkeypatch, kind: str
) -> None:
    make, heading, sentence = KINDS[kind]
    folder = tmp_path / "bad"
    folder.mkdir()
    path = make(good, folder)
    before = files_in(folder)
    if kind == "an unreadable file":
        with bad_files.without_root_file_powers():
            window = start.begin(path)
    else:
        window = start.begin(path)
    assert isinstance(window, StartProblemWindow)
    shown(qtbot, start, window)
    assert window.heading.text() == heading
    assert sentence in window.message.text()
    assert window.file_label.text() == str(path)
    assert window.choose_button.text() == "Velg en annen fil"
    assert window.quit_button.isVisible() and window.quit_button.text() == "Avslutt"
    assert window.quit_button.height() >= 64 and window.choose_button.height() >= 64  # big enough to tap
    assert not window.retry_button.isVisible()
    assert files_in(folder) == before  # nothing was created or changed there

    asked = pick_file(monkeypatch, good)
    click(qtbot, window.choose_button)
    assert asked and asked[0]["options"] & QFileDialog.Option.DontUseNativeDialog
    assert_on_login_of_the_good_shop(qtbot, start, window)
    assert files_in(folder) == before


def test_choosing_another_bad_file_says_what_is_wrong_with_that_one(
    qtbot, start: Start, good: Path, tmp_path: Path, monkeypatch
) -> None:
    first = shown(qtbot, start, start.begin(bad_files.text_file(tmp_path)))
    pick_file(monkeypatch, bad_files.other_program(tmp_path))
    click(qtbot, first.choose_button)
    second = start.window
    assert isinstance(second, StartProblemWindow) and second is not first
    assert "fra et annet program, ikke fra BruktPOS" in second.message.text()
    assert not first.isVisible()
    pick_file(monkeypatch, good)
    click(qtbot, second.choose_button)
    assert_on_login_of_the_good_shop(qtbot, start, second)


def test_a_mistyped_path_never_opens_the_setup_without_the_click(
    qtbot, start: Start, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "butikkken.sqlite3"
    window = shown(qtbot, start, start.begin(path))
    assert isinstance(window, StartProblemWindow)
    assert (
        window.create_here_button.isVisible() and window.create_here_button.text() == "Lag en ny butikk her"
    )
    pick_file(monkeypatch, None)  # the person looks, then cancels the file dialog
    click(qtbot, window.choose_button)
    assert start.window is window and window.isVisible()
    assert not path.exists()
    assert not any(isinstance(w, SetupWizard) for w in QApplication.topLevelWidgets())


def test_create_new_on_a_missing_path_opens_the_setup_there(qtbot, start: Start, tmp_path: Path) -> None:
    path = tmp_path / "Ny butikk" / "butikken.sqlite3"
    window = shown(qtbot, start, start.begin(path))
    assert isinstance(window, StartProblemWindow)
    click(qtbot, window.create_here_button)
    wizard = start.window
    assert isinstance(wizard, SetupWizard)
    qtbot.waitExposed(wizard)
    assert wizard.windowTitle() == "Sett opp BruktPOS"
    assert not window.isVisible()
    assert bad_files.revision(path) == head_revision()
    # Cancelled: the shop was never made, so no empty file is left where it would have been.
    wizard.reject()
    assert not path.exists()
    assert start.window is wizard


def test_the_default_database_on_a_first_start_goes_straight_to_the_setup(
    qtbot, start: Start, tmp_path: Path
) -> None:
    path = tmp_path / "data" / "bruktpos.sqlite3"
    wizard = shown(qtbot, start, start.begin(path, may_create=True))  # nothing was typed: no questions
    assert isinstance(wizard, SetupWizard)
    assert path.exists()


def test_a_new_shop_elsewhere_is_made_where_the_person_chooses(
    qtbot, start: Start, tmp_path: Path, monkeypatch
) -> None:
    text = bad_files.text_file(tmp_path)
    window = shown(qtbot, start, start.begin(text))
    assert window.create_elsewhere_button.text() == "Lag en ny butikk …"
    chosen = tmp_path / "ny.sqlite3"
    asked = pick_file(monkeypatch, chosen)
    click(qtbot, window.create_elsewhere_button)
    assert asked[0]["options"] & QFileDialog.Option.DontConfirmOverwrite
    assert isinstance(start.window, SetupWizard)
    assert bad_files.revision(chosen) == head_revision()
    assert text.read_text(encoding="utf-8").startswith("Handleliste")


def test_new_shop_at_an_existing_file_opens_that_file_and_never_replaces_it(
    qtbot, start: Start, good: Path, tmp_path: Path, monkeypatch
) -> None:
    window = shown(qtbot, start, start.begin(bad_files.a_folder(tmp_path)))
    before = good.read_bytes()
    pick_file(monkeypatch, good)
    click(qtbot, window.create_elsewhere_button)
    assert_on_login_of_the_good_shop(qtbot, start, window)
    assert good.read_bytes()[:100] == before[:100]


def test_qt_file_dialog_speaks_bokmal_and_opens_the_chosen_shop(
    qtbot, start: Start, good: Path, tmp_path: Path
) -> None:
    window = shown(qtbot, start, start.begin(bad_files.a_folder(tmp_path)))
    seen: dict[str, object] = {}

    def choose(dialog: QFileDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["labels"] = [
            dialog.findChild(QLabel, name).text()
            for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")
        ]
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        seen["buttons"] = sorted(b.text() for b in buttons.buttons())
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(good))
        qtbot.keyClick(name, Qt.Key.Key_Return)

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, poll)
            return
        try:
            choose(dialogs[0])
        finally:
            if dialogs[0].isVisible():  # never leave exec() waiting, even if a check failed
                dialogs[0].reject()

    QTimer.singleShot(0, poll)
    click(qtbot, window.choose_button)
    assert seen["title"] == "Velg butikkdatabasen"
    assert seen["labels"] == ["Se &i:", "Fil&navn:", "Fil&type:"]
    assert seen["buttons"] == ["&Åpne", "Avbryt"]
    assert_on_login_of_the_good_shop(qtbot, start, window)


# --- no upgrade without its backup ---------------------------------------------------------


def test_no_room_for_the_backup_stops_the_upgrade_and_try_again_works(
    qtbot, start: Start, tmp_path: Path
) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    path = bad_files.old_shop(folder)
    with bad_files.small_tmpfs(folder / "backups"):
        window = shown(qtbot, start, start.begin(path))
        assert isinstance(window, StartProblemWindow)
        assert window.heading.text() == "Butikkdatabasen kan ikke oppdateres ennå"
        assert window.message.text() == (
            "BruktPOS må oppdatere butikkdatabasen og tar en sikkerhetskopi først. Ingenting er endret. "
            "Det er ikke plass til kopien på disken. Gjør plass, og trykk så på Prøv igjen."
        )
        assert window.retry_button.text() == "Prøv igjen" and window.retry_button.isVisible()
        assert window.quit_button.isVisible()
        assert not window.choose_button.isVisible()
        assert bad_files.revision(path) == "0001"
    # Room again (the small disk is gone): Try again upgrades, after the backup.
    click(qtbot, window.retry_button)
    main = start.window
    assert isinstance(main, MainWindow)
    assert main.stack.currentWidget() is main.login
    assert bad_files.revision(path) == head_revision()
    (backup,) = (folder / "backups").glob("shop-before-*.sqlite3")
    assert bad_files.revision(backup) == "0001"


def test_a_database_held_by_another_program_waits_then_says_so(
    qtbot, start: Start, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(schema, "UPGRADE_WAIT_S", 1.0)
    path = bad_files.old_shop(tmp_path)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        window = shown(qtbot, start, start.begin(path))
        assert isinstance(window, StartProblemWindow)
        assert window.message.text().startswith("Et annet program bruker butikkdatabasen akkurat nå.")
        assert bad_files.revision(path) == "0001"
        click(qtbot, window.retry_button)  # still held: the same answer, in a new window
        again = start.window
        assert isinstance(again, StartProblemWindow) and again.retry_button.isVisible()
        other.execute("ROLLBACK")
    click(qtbot, again.retry_button)
    assert isinstance(start.window, MainWindow)
    assert bad_files.revision(path) == head_revision()


# --- the real command, as the desktop entry starts it -----------------------------------------


@pytest.mark.parametrize("kind", ["a mistyped path", "random bytes", "a folder"])
def test_the_command_on_a_bad_file_shows_its_window_and_never_a_traceback(
    good: Path, tmp_path: Path, kind: str
) -> None:
    path = KINDS[kind][0](good, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    result = subprocess.run(
        [sys.executable, "-m", "bruktpos", "--db", str(path), "--quit-when-ready"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1  # quit at once, from the problem window (not the till, not the setup)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def _damage_table(path: Path, table: str) -> None:
    """Noise over ``table``'s first page: the quick look (shop, people) still reads, loading fails."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


def test_damage_past_the_login_screen_opens_the_problem_window(
    qtbot, start: Start, good: Path, monkeypatch
) -> None:
    _damage_table(good, "categories")
    window = start.begin(good)
    assert isinstance(window, MainWindow)  # the quick look saw nothing wrong
    shown(qtbot, start, window)
    qtbot.waitUntil(lambda: isinstance(start.window, StartProblemWindow), timeout=10_000)
    problem = start.window
    assert isinstance(problem, StartProblemWindow)
    assert problem.file_label.text() == str(good)
    assert "skadet" in problem.message.text(), problem.message.text()
    assert not window.attached
