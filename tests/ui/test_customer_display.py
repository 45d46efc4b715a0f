"""The customer display follows a sale, never takes the till's focus, and is set by a leader.

The tests' offscreen platform has one screen; the leader's choice among two
screens runs in a second process on an offscreen platform with two
(``tests/ui/two_screens_display.py``).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.services.settings import SettingsService
from bruktpos.ui.customer_display import CustomerDisplay, screen_key
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN

from .conftest import Till, click, log_in, settle, when_dialog_opens

ROOT = Path(__file__).resolve().parents[2]


def _scan_into_field(qtbot, till: Till, code: str) -> None:
    """The scanner types into the scan field, which has the focus, and ends with Enter."""
    field = till.window.till.code_field
    field.setFocus()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _focus_in_till(till: Till, display: CustomerDisplay) -> bool:
    focus = QApplication.focusWidget()
    return (
        not display.isActiveWindow()
        and focus is not None
        and focus.window() in (till.window, QApplication.activeModalWidget())
    )


def test_the_display_follows_a_sale_from_the_first_line_to_the_change_and_back_to_welcome(
    qtbot, till: Till
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    screen = window.till
    window.activateWindow()
    screen.code_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.code_field, timeout=2000)

    display = CustomerDisplay(window.controller, "Testbutikken", window)
    display.thanks_ms = 300
    display.show_on(QGuiApplication.primaryScreen())
    qtbot.waitExposed(display)
    qtbot.wait(50)  # whatever the window system does with a new window, it has done
    assert QApplication.focusWidget() is screen.code_field  # the display took nothing
    assert not display.isActiveWindow()
    assert display.geometry() == QGuiApplication.primaryScreen().geometry()
    assert display.pages.currentWidget() is display.welcome_page
    assert display.shop_label.text() == "Testbutikken"

    _scan_into_field(qtbot, till, till.shop.codes[0])  # Bøker, kr 49,50
    assert display.pages.currentWidget() is display.sale_page
    assert display.model.rowCount() == 1
    assert display.model.index(0, 0).data() == "Bøker: Ting 0"  # no item code: the customer reads names
    assert display.total_label.text() == "kr\u00a049,50"
    assert _focus_in_till(till, display)

    _scan_into_field(qtbot, till, till.shop.codes[5])  # Klær dame, kr 100
    line_id = window.controller.cart.lines[-1].line_id
    window.controller.discount_percent(line_id, 10)  # within the cashier's limit
    settle(qtbot, till)
    assert display.model.rowCount() == 2
    assert not display.lines.isColumnHidden(display.model.DISCOUNT)
    assert display.model.index(1, display.model.DISCOUNT).data() == "10 %"
    assert display.total_label.text() == "kr\u00a0139,50"  # 49,50 + 90
    assert display.left_label.text() == ""  # nothing paid yet
    assert _focus_in_till(till, display)

    seen: dict[str, object] = {}

    def pay_with_200(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        note = next(b for b in dialog.cash_input.quick_buttons if b.text() == "kr\u00a0200")
        click(qtbot, note)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        seen["rows"] = display.payment_rows()
        seen["change"] = (display.left_caption.text(), display.left_label.text())
        seen["thanks"] = display.thanks_label.isVisible()
        seen["lines"] = display.model.rowCount()
        seen["dialog active"] = QApplication.activeWindow() is dialog and not display.isActiveWindow()
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay_with_200)
    with qtbot.waitSignal(till.desk.printed, timeout=5000):
        click(qtbot, screen.pay_button)
    assert seen == {
        "rows": [("Cash rounding", "kr\u00a00,50"), ("Cash", "kr\u00a0200,00")],
        "change": ("Change", "kr\u00a060,00"),
        "thanks": True,
        "lines": 2,
        "dialog active": True,
    }
    assert display.pages.currentWidget() is display.sale_page  # the change stays a moment
    qtbot.waitUntil(lambda: display.pages.currentWidget() is display.welcome_page, timeout=3000)
    assert _focus_in_till(till, display)
    display.close()


def test_a_split_payment_shows_what_is_left_and_a_new_scan_ends_the_thank_you(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    display = CustomerDisplay(window.controller, "Testbutikken", window)
    display.show_on(QGuiApplication.primaryScreen())
    qtbot.waitExposed(display)
    _scan_into_field(qtbot, till, till.shop.codes[5])  # kr 100

    from bruktpos.domain.cart import PaymentMethod

    window.controller.pay(PaymentMethod.CARD, 4000)
    assert display.payment_rows() == [("Card", "kr\u00a040,00")]
    assert (display.left_caption.text(), display.left_label.text()) == ("Left to pay", "kr\u00a060,00")
    window.controller.pay(PaymentMethod.VIPPS)
    window.controller.complete()
    settle(qtbot, till)
    assert display.thanks_label.isVisible() and display.left_label.text() == ""  # no cash, no change
    _scan_into_field(qtbot, till, till.shop.codes[6])  # the next customer: the thank-you gives way
    assert display.pages.currentWidget() is display.sale_page and not display.thanks_label.isVisible()
    assert display.payment_rows() == []
    display.close()


def test_a_missing_screen_leaves_the_display_off_with_a_log_line_and_a_note_for_the_leader(
    qtbot, till: Till, caplog
) -> None:
    window = till.window
    settings = SettingsService(till.shop.db)
    settings.set(
        "customer_display", {"screen": "HDMI-9", "label": "HDMI-9 — 1920 × 1080"}, by=till.shop.leader
    )
    with caplog.at_level(logging.WARNING, logger="bruktpos.ui.customer_display"):
        window.customer_display.start()  # as at the till's start
    assert window.customer_display.display is None
    assert "HDMI-9 is not connected" in caplog.text

    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    assert "customer display" not in window.till.message.text().lower()  # a cashier can do nothing about it
    window.lock()
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    text = window.till.message.text()
    assert "HDMI-9 — 1920 × 1080" in text and "not connected" in text, text
    window.lock()
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert "HDMI-9" not in window.till.message.text()  # said once

    # The settings keep the screen that is not here: opened and saved, nothing changes.
    window.customer_display_action.trigger()
    page = window.customer_display_settings
    assert page.buttons["HDMI-9"].isChecked()
    assert page.buttons["HDMI-9"].text() == "HDMI-9 — 1920 × 1080 (not connected now)"
    assert page.status.text() == "The screen chosen before is not connected now."
    click(qtbot, page.save_button)
    assert settings.get("customer_display") == {"screen": "HDMI-9", "label": "HDMI-9 — 1920 × 1080"}
    assert page.status.text() == (
        "Saved. The customer display shows on HDMI-9 — 1920 × 1080 once that screen is connected."
    )
    assert window.customer_display.display is None
    click(qtbot, page.back_button)

    # The screen the till itself is on: the display would cover the till.
    own = screen_key(window.screen())
    window.customer_display.use({"screen": own, "label": "Screen 1"})
    assert window.customer_display.display is None
    assert "the till itself is on that screen" in window.customer_display.note


def test_the_leader_picks_the_second_screen_and_the_display_follows_there(tmp_path: Path) -> None:
    """Two screens (offscreen, in a second process): the choice round-trips, the display shows there."""
    config = tmp_path / "screens.json"
    screens = [
        {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080},
        {"name": "eDP-1", "x": 0, "y": 0, "width": 1366, "height": 768},
    ]
    for screen in screens:
        screen.update(logicalDpi=96, logicalBpi=96, dpr=1)
    config.write_text(json.dumps({"screens": screens}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "tests/ui/two_screens_display.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout, run.stdout[-2000:]
