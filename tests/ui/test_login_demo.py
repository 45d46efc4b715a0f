"""The demo shop's login screen lists its people and their PINs; a real shop's never does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.services.demo import build_demo
from bruktpos.services.demo_data import ADMIN, USERS
from bruktpos.services.settings import SettingsService
from bruktpos.store.schema import open_database
from bruktpos.ui.app import Start, build_context, show_window
from bruktpos.ui.input_watch import stop_listening
from bruktpos.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.integration.conftest import make_shop

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, days=1, sales_per_day=2, stock=5)
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path


@pytest.fixture
def start(qtbot, qapp: QApplication) -> Iterator[Start]:
    made = Start(qapp, "en")
    yield made
    window = made.window
    if isinstance(window, MainWindow):
        qtbot.waitUntil(lambda: window.attached, timeout=10000)
        window.close()
        window.context.desk.wait()
        window.deleteLater()
    made.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _login_window(qtbot, start: Start, path: Path) -> MainWindow:
    window = start.begin(path)
    assert isinstance(window, MainWindow)
    show_window(window)
    qtbot.waitExposed(window)
    return window


def _bottom(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, widget.height())).y()


def test_the_demo_login_screen_shows_who_is_who_and_their_pins(qtbot, start: Start, demo: Path) -> None:
    window = _login_window(qtbot, start, demo)
    hint = window.login.demo_pins
    assert hint.isVisible()
    text = hint.text()
    assert text.startswith("This is a demo shop. Log in as one of these people:\n")
    assert f"{ADMIN[0]} (administrator) {ADMIN[1]}".replace(" ", "\u00a0") in text
    for name, role, pin in USERS:
        words = "shop leader" if role.value == "leader" else "cashier"
        assert f"{name} ({words}) {pin}".replace(" ", "\u00a0") in text

    # The PIN it shows lets Ola in, and the box stays in view on the PIN pad too.
    qtbot.waitUntil(lambda: window.attached, timeout=10000)
    ola = next(b for b in window.login.grid.buttons if b.user.name == "Ola Hansen")
    qtbot.mouseClick(ola, LEFT)
    assert window.login.people.on_pin_page() and hint.isVisible()
    for digit in "2222":
        qtbot.mouseClick(window.login.pin_pad.keypad.buttons[digit], LEFT)
    qtbot.mouseClick(window.login.pin_pad.ok_button, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.login, timeout=5000)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 700)], ids=["1024x768", "1366x700"])
def test_the_pin_pad_stays_on_screen_above_the_demo_pins(
    qtbot, start: Start, demo: Path, size: tuple[int, int]
) -> None:
    window = _login_window(qtbot, start, demo)
    window.showNormal()
    window.setMinimumSize(1, 1)  # a laptop's 1366×700 is below the till's usual minimum
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    first = window.login.grid.buttons[0]
    qtbot.mouseClick(first, LEFT)
    hint = window.login.demo_pins
    qtbot.waitUntil(lambda: hint.isVisible())
    hint_top = hint.mapTo(window, QPoint(0, 0)).y()
    for button in (window.login.pin_pad.ok_button, window.login.back_button):
        assert button.isVisible() and button.height() >= 48
        assert _bottom(button, window) <= hint_top  # not under the box
    assert _bottom(hint, window) <= size[1]  # the box itself is whole on the screen
    assert hint.height() >= hint.heightForWidth(hint.width())  # no line of it cut off


def test_a_real_shop_shows_no_pins(qtbot, start: Start, tmp_path: Path) -> None:
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock())
    assert SettingsService(shop.db).get("demo_pins") == []  # set_up_shop (the wizard's way) writes none
    shop.close()
    window = _login_window(qtbot, start, shop.path)
    assert not window.login.demo_pins.isVisible()
    assert window.login.demo_pins.text() == ""


def test_the_pins_show_when_the_till_starts_on_its_services_too(qtbot, demo: Path) -> None:
    """A window built on the loaded services (an older file's start) reads them from the settings."""
    db = open_database(demo)
    context = build_context(db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        assert window.login.demo_pins.isVisible()
        assert "Kari\u00a0Nilsen\u00a0(shop\u00a0leader)\u00a01111" in window.login.demo_pins.text()
    finally:
        window.close()
        stop_listening(window.till.scanner)
        context.desk.wait()
        context.checkout.close()
        db.dispose()
