"""The two-step start: the login screen first, the services right after."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from bruktpos.services.clock import local_now
from bruktpos.store.quick import head_revision, quick_look
from bruktpos.ui.app import build_context
from bruktpos.ui.input_watch import stop_listening
from bruktpos.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.integration.conftest import CASHIER_PIN, make_shop


def test_quick_look_reads_a_current_shop_and_refuses_the_rest(tmp_path: Path) -> None:
    assert quick_look(tmp_path / "missing.sqlite3") is None
    (tmp_path / "empty.sqlite3").touch()
    assert quick_look(tmp_path / "empty.sqlite3") is None
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock())
    shop.close()
    look = quick_look(shop.path)
    assert look is not None
    assert (look.shop_name, look.register_code) == ("Testbutikken", "K1")
    assert [u.name for u in look.users] == ["Astrid", "Kari", "Ola"]
    with sqlite3.connect(shop.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0000'")
    assert quick_look(shop.path) is None  # an older file takes the slow road (backup, upgrade)
    assert head_revision() >= "0001"


def _close(window: MainWindow, db) -> None:
    """The started window closed and its shop file let go (the scanner's filter, printer, checkout)."""
    window.close()
    stop_listening(window.till.scanner)
    window.context.desk.wait()
    window.context.checkout.close()
    db.dispose()


def test_the_login_screen_comes_first_and_the_till_right_after(qtbot, tmp_path: Path) -> None:
    # The app runs on the real clock: the shop's day is opened today, or the day gate comes first.
    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock(local_now()))
    path = shop.path
    shop.close()
    look = quick_look(path)
    assert look is not None
    from bruktpos.store.schema import open_database

    opened = []

    def load():
        opened.append(open_database(path))
        return build_context(opened[0])

    window = MainWindow.starting(look, load)
    window.show()
    assert not window.attached
    assert window.stack.currentWidget() is window.login
    assert window.login.grid.button_for(look.users[-1].id) is not None
    qtbot.waitUntil(lambda: window.attached, timeout=5000)
    ola = next(u for u in look.users if u.name == "Ola")
    qtbot.mouseClick(window.login.grid.button_for(ola.id), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.login.pin_pad, CASHIER_PIN)
    qtbot.keyClick(window.login.pin_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till, timeout=5000)
    _close(window, opened[0])


def test_the_first_pin_is_checked_while_the_services_still_load(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The first PIN's scrypt runs at once beside the loading services, and only once in all."""
    import hashlib
    import threading

    from bruktpos.domain import pin_hash

    shop = make_shop(tmp_path / "shop.sqlite3", FakeClock(local_now()))
    path = shop.path
    shop.close()
    look = quick_look(path)
    assert look is not None
    scrypts: list[bool] = []  # per scrypt: whether the services had loaded by then
    real_scrypt = hashlib.scrypt

    def counted(*args, **kwargs):
        scrypts.append(window.attached)
        return real_scrypt(*args, **kwargs)

    monkeypatch.setattr(pin_hash.hashlib, "scrypt", counted)
    from bruktpos.store.schema import open_database

    may_load = threading.Event()
    opened = []

    def load():
        assert may_load.wait(10)
        opened.append(open_database(path))
        return build_context(opened[0])

    window = MainWindow.starting(look, load)
    window.show()
    ola = next(u for u in look.users if u.name == "Ola")
    qtbot.mouseClick(window.login.grid.button_for(ola.id), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.login.pin_pad, CASHIER_PIN)
    qtbot.keyClick(window.login.pin_pad, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(scrypts) == 1, timeout=5000)
    assert not window.attached and scrypts == [False]  # checked before the services were there
    may_load.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is getattr(window, "till", None), timeout=5000)
    assert scrypts == [False]  # the services' own check took that answer
    assert window.controller.operator is not None and window.controller.operator.name == "Ola"
    _close(window, opened[0])


def test_the_first_step_loads_no_sqlalchemy() -> None:
    code = (
        "import sys, bruktpos.cli, bruktpos.ui.app, bruktpos.ui.main_window, bruktpos.store.quick\n"
        # Signing is imported with the services; cryptography only when a key is first used.
        "import bruktpos.store.signing, bruktpos.domain.pin_hash, bruktpos.ui.presence\n"
        "heavy = ('sqlalchemy', 'alembic', 'escpos', 'cryptography')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
