"""The first start on a shop with two registers: which one is this PC? Asked once, then remembered."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QPushButton

from bruktpos.cli import _parser
from bruktpos.services.register_choice import chosen_register
from bruktpos.services.shop import add_register
from bruktpos.store.schema import open_database
from bruktpos.ui.app import Start, show_window
from bruktpos.ui.main_window import MainWindow
from bruktpos.ui.register_choice import RegisterChooser
from tests.conftest import FakeClock

from .conftest import click
from .test_shop_details import shot


def _copy(template: Path, path: Path) -> Path:
    with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
    return path


@pytest.fixture
def one_register(shop_template, tmp_path: Path) -> Path:
    return _copy(shop_template.path, tmp_path / "one.sqlite3")


@pytest.fixture
def two_registers(shop_template, tmp_path: Path) -> Path:
    path = _copy(shop_template.path, tmp_path / "two.sqlite3")
    db = open_database(path)
    try:
        add_register(db, "K2", "Kasse 2", by=shop_template.admin, clock=FakeClock())
    finally:
        db.dispose()
    return path


@pytest.fixture
def starts(qtbot, qapp: QApplication) -> Iterator[list[Start]]:
    """Starts of the till as ``bruktpos`` runs them; each one's window closed at the end."""
    made: list[Start] = []
    yield made
    for start in made:
        window = start.window
        if isinstance(window, MainWindow):
            qtbot.waitUntil(lambda window=window: window.attached, timeout=5000)
        if window is not None:
            window.close()
            window.deleteLater()
        start.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start(qtbot, qapp: QApplication, starts: list[Start], path: Path, register: str | None = None):
    start = Start(qapp, "nb", register=register)
    starts.append(start)
    window = start.begin(path)
    show_window(window)
    qtbot.waitExposed(window)
    return start, window


def _close(qtbot, start: Start) -> None:
    window = start.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    window.close()


def test_the_first_start_asks_which_register_this_pc_is_and_the_next_does_not(
    qtbot, qapp: QApplication, starts: list[Start], two_registers: Path
) -> None:
    start, chooser = _start(qtbot, qapp, starts, two_registers)
    assert isinstance(chooser, RegisterChooser)
    assert chooser.heading.text() == "Hvilken kasse er denne PC-en?"
    assert [b.text() for b in chooser.buttons.values()] == ["Kasse 1\nK1", "Kasse 2\nK2"]
    assert all(b.height() >= 48 for b in chooser.findChildren(QPushButton) if b.isVisible())
    chooser.resize(1024, 768)
    shot(chooser, "register-chooser")
    assert chosen_register(two_registers) is None

    click(qtbot, chooser.button_for("Kasse 2"))
    window = start.window
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == "BruktPOS — Testbutikken · Kasse 2"
    assert window.place_label.text() == "Testbutikken · Kasse 2"
    assert window.stack.currentWidget() is window.login
    assert not chooser.isVisible()
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    assert window.context.register.code == "K2"
    assert window.context.checkout.register.code == "K2"
    assert chosen_register(two_registers) == "K2"
    _close(qtbot, start)

    again, window = _start(qtbot, qapp, starts, two_registers)
    assert isinstance(window, MainWindow), "the second start asked again"
    assert window.windowTitle() == "BruktPOS — Testbutikken · Kasse 2"
    _close(qtbot, again)


def test_a_shop_with_one_register_never_asks(
    qtbot, qapp: QApplication, starts: list[Start], one_register: Path
) -> None:
    start, window = _start(qtbot, qapp, starts, one_register)
    assert isinstance(window, MainWindow)
    assert window.windowTitle() == "BruktPOS — Testbutikken · Kasse 1"
    assert chosen_register(one_register) == "K1"
    _close(qtbot, start)


def test_the_register_option_chooses_without_asking(
    qtbot, qapp: QApplication, starts: list[Start], two_registers: Path
) -> None:
    assert _parser().parse_args(["--register", "K2"]).register == "K2"
    start, window = _start(qtbot, qapp, starts, two_registers, register="k1")
    assert isinstance(window, MainWindow)
    assert window.place_label.text() == "Testbutikken · Kasse 1"
    assert chosen_register(two_registers) == "K1"
    _close(qtbot, start)


def test_quit_on_the_chooser_leaves_no_choice(
    qtbot, qapp: QApplication, starts: list[Start], two_registers: Path
) -> None:
    _, chooser = _start(qtbot, qapp, starts, two_registers)
    assert isinstance(chooser, RegisterChooser)
    with qtbot.waitSignal(chooser.quit_requested):
        click(qtbot, chooser.quit_button)
    assert not chooser.isVisible()
    assert chosen_register(two_registers) is None


def test_an_older_shop_file_with_two_registers_asks_after_its_upgrade(
    qtbot, qapp: QApplication, starts: list[Start], tmp_path: Path
) -> None:
    old = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases" / "shop-0001.sqlite3"
    path = _copy(old, tmp_path / "old.sqlite3")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO registers (shop_id, code, name, created_at) "
            "VALUES (1, 'K2', 'Kasse 2', '2026-09-21T09:00:00.000000+02:00')"
        )
        conn.commit()
    start, chooser = _start(qtbot, qapp, starts, path)
    assert isinstance(chooser, RegisterChooser), "the slow road (backup, upgrade) must ask too"
    click(qtbot, chooser.button_for("Kasse 2"))
    window = start.window
    assert isinstance(window, MainWindow) and window.attached
    assert window.windowTitle() == "BruktPOS — Bruktbutikken Demo · Kasse 2"
    assert window.context.register.code == "K2"
    assert chosen_register(path) == "K2"
    window.close()
