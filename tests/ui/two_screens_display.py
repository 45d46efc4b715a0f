"""The customer display with two screens: run by ``test_customer_display.py`` in a second process.

That process's offscreen platform has two screens, the till's ``eDP-1`` and
``HDMI-1`` for the customer (the file is not named ``test_*``: on the usual
one-screen platform it is not collected).
"""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bruktpos.services.settings import SettingsService
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, scan, settle


def _screen(name: str):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def _stored(till: Till) -> object:
    with sqlite3.connect(till.shop.path) as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'customer_display'").fetchone()
    return None if row is None else json.loads(row[0])


def test_the_leader_chooses_the_second_screen_and_the_choice_round_trips(qtbot, till: Till) -> None:
    window = till.window
    assert sorted(s.name() for s in QGuiApplication.screens()) == ["HDMI-1", "eDP-1"]
    window.setScreen(_screen("eDP-1"))
    window.move(_screen("eDP-1").geometry().topLeft())
    qtbot.waitUntil(lambda: window.screen() is _screen("eDP-1"), timeout=2000)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.customer_display_action.trigger()  # Menu → Set-up → Customer display
    page = window.customer_display_settings
    assert window.stack.currentWidget() is page
    texts = {key: button.text() for key, button in page.buttons.items()}
    assert texts == {
        "": "Off: no customer display",
        "HDMI-1": "HDMI-1 — 1920 × 1080",
        "eDP-1": "eDP-1 — 1366 × 768 (the till is on this screen)",
    }
    assert page.buttons[""].isChecked() and not page.buttons["eDP-1"].isEnabled()

    click(qtbot, page.buttons["HDMI-1"])
    click(qtbot, page.save_button)
    assert _stored(till) == {"screen": "HDMI-1", "label": "HDMI-1 — 1920 × 1080"}
    assert page.status.text() == "Saved. The customer display shows on HDMI-1 — 1920 × 1080."
    display = window.customer_display.display
    assert display is not None and display.isVisible()
    assert display.screen() is _screen("HDMI-1") and display.geometry() == _screen("HDMI-1").geometry()

    # Opened again and saved untouched: nothing changes, the choice is as it was.
    click(qtbot, page.back_button)
    window.customer_display_action.trigger()
    assert page.buttons["HDMI-1"].isChecked()
    click(qtbot, page.save_button)
    assert _stored(till) == {"screen": "HDMI-1", "label": "HDMI-1 — 1920 × 1080"}
    assert SettingsService(till.shop.db).get("customer_display")["screen"] == "HDMI-1"

    # Off again: the display closes at once.
    click(qtbot, page.buttons[""])
    click(qtbot, page.save_button)
    assert _stored(till) == {} and not display.isVisible()
    assert page.status.text() == "Saved. There is no customer display."


def test_the_display_on_the_second_screen_follows_the_till_and_shows_training(qtbot, till: Till) -> None:
    window = till.window
    window.setScreen(_screen("eDP-1"))
    window.move(_screen("eDP-1").geometry().topLeft())
    qtbot.waitUntil(lambda: window.screen() is _screen("eDP-1"), timeout=2000)
    SettingsService(till.shop.db).set(
        "customer_display", {"screen": "HDMI-1", "label": "HDMI-1 — 1920 × 1080"}, by=till.shop.leader
    )
    window.customer_display.start()  # as at the till's start
    display = window.customer_display.display
    assert display is not None and display.screen() is _screen("HDMI-1")
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert window.till.message.text() == ""  # nothing to tell: the display is on
    assert display.pages.currentWidget() is display.welcome_page
    assert display.shop_label.text() == "Testbutikken"

    scan(qtbot, till, till.shop.codes[0])
    assert display.pages.currentWidget() is display.sale_page
    assert display.total_label.text() == "kr\u00a049,50"
    assert QApplication.focusWidget() is window.till.table and not display.isActiveWindow()

    click(qtbot, window.till.park_button)  # the customer fetches their wallet: the welcome again
    settle(qtbot, till)
    assert display.pages.currentWidget() is display.welcome_page
    window.set_training(True)
    assert display.training_band.isVisible()
    assert display.training_band.text() == "TRAINING MODE — this is not a real sale"
    window.set_training(False)
    assert not display.training_band.isVisible()
