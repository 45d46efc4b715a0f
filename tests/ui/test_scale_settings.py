"""A shop leader sets up the donation scale: port and protocol, a live Test, Save; Weigh then reads it."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from bruktpos.devices.scale import ScaleConfig, ScaleProtocol
from bruktpos.services.settings import SettingsService
from bruktpos.ui.intake.donation import DonationDialog
from tests.fake_scale import FakeScale, sma
from tests.integration.conftest import LEADER_PIN

from .conftest import Till, click, log_in, when_dialog_opens


def _open(qtbot, till: Till):
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.scale_action.trigger()
    screen = window.scale_settings
    assert window.stack.currentWidget() is screen
    return screen


def test_a_leader_tests_and_saves_the_scale_and_weigh_reads_it(qtbot, till: Till) -> None:
    screen = _open(qtbot, till)
    assert screen.port.currentText() == "No scale"
    click(qtbot, screen.test_button)
    assert "port" in screen.status.text()

    with FakeScale("sma", [sma("1.000", motion=True)] * 3 + [sma("7.250")]) as scale:
        screen.port.setEditText(scale.port)
        click(qtbot, screen.protocol_buttons[ScaleProtocol.SMA])
        screen.reader.interval_s = 0.02
        click(qtbot, screen.test_button)
        # The moving frames may be read past when the machine is busy; the stable weight is what shows.
        qtbot.waitUntil(lambda: screen.weight.text() == "7,250 kg", timeout=10_000)
        screen.reader.stop()
        qtbot.waitUntil(lambda: screen.test_button.isEnabled(), timeout=5000)
        click(qtbot, screen.save_button)
        assert "Saved" in screen.status.text()
        stored = SettingsService(till.shop.db).get("scale")
        assert ScaleConfig.from_dict(stored) == ScaleConfig(scale.port, ScaleProtocol.SMA)
        # Opened again, it shows what was saved and saving changes nothing.
        screen.open_for(till.shop.leader)
        assert (
            screen.port.currentText() == scale.port and screen.protocol_buttons[ScaleProtocol.SMA].isChecked()
        )
        assert screen.config() == ScaleConfig(scale.port, ScaleProtocol.SMA)

        # The donation screen's Weigh reads that scale.
        click(qtbot, screen.back_button)
        till.window.pricing_action.trigger()
        pricing = till.window.pricing

        def weigh(dialog: QWidget) -> None:
            assert isinstance(dialog, DonationDialog)
            row = dialog.rows[0]
            click(qtbot, row.weigh_button)
            qtbot.waitUntil(lambda: row.weight.text() == "7,250", timeout=5000)
            click(qtbot, dialog.ok_button)

        when_dialog_opens(weigh)
        click(qtbot, pricing.donation_button)
    with sqlite3.connect(till.shop.path) as conn:
        assert conn.execute("SELECT weight_grams FROM donation_lines").fetchall() == [(7250,)]


def test_no_scale_saved_is_an_empty_setting(qtbot, till: Till) -> None:
    SettingsService(till.shop.db).set("scale", ScaleConfig("/dev/ttyUSB0").as_dict(), by=till.shop.leader)
    screen = _open(qtbot, till)
    assert screen.port.currentText() == "/dev/ttyUSB0"
    screen.port.setCurrentIndex(0)
    click(qtbot, screen.save_button)
    assert SettingsService(till.shop.db).get("scale") == {}
