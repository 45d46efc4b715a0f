"""A shop leader chooses the label printer, prints a test label, and pricing prints there.

The label printer is a print queue served by a fake ``lp`` on PATH (a real
program in a real subprocess, see tests/integration/test_label_printer.py).
"""

from __future__ import annotations

import sqlite3

import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.ui.admin.label_printer_settings import TEST_CODE
from bruktpos.ui.leader_pin import LeaderPinDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN
from tests.integration.test_label_printer import FakeLp, fake_lp  # noqa: F401  (a fixture)

from .conftest import Till, click, log_in, when_dialog_opens


def _open(qtbot, till: Till):
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.label_printer_action.trigger()
    screen = window.label_printer_settings
    assert window.stack.currentWidget() is screen
    return screen


def _choose_queue(qtbot, screen, name: str) -> None:
    click(qtbot, screen.choice.kind_buttons["cups"])
    field = screen.choice.cups_name.lineEdit()
    field.clear()
    qtbot.keyClicks(field, name)


def test_a_leader_sets_up_a_queue_prints_a_test_label_and_saves(qtbot, till: Till, fake_lp: FakeLp) -> None:  # noqa: F811
    screen = _open(qtbot, till)
    assert not screen.choice.kind_buttons["file"].isVisible()  # no use for labels
    assert screen.choice.kind_buttons["none"].isChecked()  # nothing stored: A4 sheets
    _choose_queue(qtbot, screen, "Etiketter")
    click(qtbot, screen.dpi_buttons[300])

    with qtbot.waitSignal(till.desk.label_test_printed, timeout=10_000):
        click(qtbot, screen.test_button)
    assert "test label was sent" in screen.status.text()
    (args,) = fake_lp.jobs()
    assert args[:2] == ["-d", "Etiketter"] and "ppi=300" in args
    (image,) = fake_lp.images()
    assert round(image.info["dpi"][0]) == 300
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)
    assert [r.text for r in found] == [TEST_CODE]
    assert till.window.context.settings.get("label_printer") == {}  # a test saves nothing

    click(qtbot, screen.save_button)
    assert screen.status.property("level") == "info"
    stored = till.window.context.settings.get("label_printer")
    assert (stored["kind"], stored["cups_printer"]) == ("cups", "Etiketter")
    assert till.window.context.settings.get("label_printer_dpi") == 300

    # Pricing now prints through the queue, at 300 dpi.
    window = till.window
    window.pricing_action.trigger()
    pricing = window.pricing
    click(qtbot, pricing.category_buttons[till.shop.books])
    click(qtbot, pricing.suggestion_buttons[0])
    with qtbot.waitSignal(till.desk.labels_printed, timeout=10_000):
        click(qtbot, pricing.print_button)
    assert pricing.last_pdf is None
    assert len(fake_lp.jobs()) == 2
    (label,) = fake_lp.images(job=2)
    found = zxingcpp.read_barcodes(label.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)
    assert [r.text for r in found] == [pricing.labels[-1].code]

    # Back to A4 sheets.
    window.label_printer_action.trigger()
    assert screen.choice.kind_buttons["cups"].isChecked() and screen.dpi_buttons[300].isChecked()
    click(qtbot, screen.choice.kind_buttons["none"])
    click(qtbot, screen.save_button)
    assert window.context.settings.get("label_printer") == {}
    with sqlite3.connect(till.shop.path) as conn:
        changes = conn.execute("SELECT count(*) FROM journal WHERE event = 'settings_changed'").fetchone()[0]
    assert changes == 3  # the printer, its resolution, and back to none


def test_a_missing_queue_or_no_choice_is_said_plainly(qtbot, till: Till, fake_lp: FakeLp) -> None:  # noqa: F811
    screen = _open(qtbot, till)
    click(qtbot, screen.test_button)
    assert screen.status.property("level") == "error"  # nothing chosen yet
    click(qtbot, screen.choice.kind_buttons["cups"])
    screen.choice.cups_name.lineEdit().clear()
    click(qtbot, screen.test_button)
    assert screen.status.text() == "Choose the printer, or type its name."
    _choose_queue(qtbot, screen, "missing")
    with qtbot.waitSignal(till.desk.label_test_failed, timeout=10_000):
        click(qtbot, screen.test_button)
    assert screen.status.property("level") == "error"
    assert screen.status.text() == (
        "The label printer was not found. A shop leader can check it in the label printer settings."
    )


def test_a_computer_without_cups_is_told_so(qtbot, till: Till, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp anywhere
    screen = _open(qtbot, till)
    _choose_queue(qtbot, screen, "Etiketter")
    with qtbot.waitSignal(till.desk.label_test_failed, timeout=10_000):
        click(qtbot, screen.test_button)
    assert "no printing system (CUPS)" in screen.status.text()


def test_a_failing_label_printer_loses_no_items(qtbot, till: Till, fake_lp: FakeLp) -> None:  # noqa: F811
    till.window.context.settings.set(
        "label_printer", {"kind": "cups", "cups_printer": "paused"}, by=till.shop.leader
    )
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window = till.window
    window.pricing_action.trigger()
    pricing = window.pricing
    click(qtbot, pricing.category_buttons[till.shop.books])
    click(qtbot, pricing.suggestion_buttons[0])
    with qtbot.waitSignal(till.desk.labels_failed, timeout=10_000):
        click(qtbot, pricing.print_button)
    assert pricing.message.property("level") == "error"
    assert "label printer does not answer" in pricing.message.text()
    assert "The items are saved" in pricing.message.text()  # nothing is lost
    code = pricing.labels[-1].code
    with sqlite3.connect(till.shop.path) as conn:
        assert conn.execute("SELECT status FROM items WHERE code = ?", (code,)).fetchone() == ("in_stock",)


def test_a_cashier_needs_a_leader_for_the_label_printer(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    asked: list[str] = []

    def nobody_comes(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        asked.append("leader")
        dialog.reject()

    when_dialog_opens(nobody_comes)
    window.label_printer_action.trigger()
    qtbot.waitUntil(lambda: asked == ["leader"])
    assert window.stack.currentWidget() is window.till  # nothing opened without a leader


def test_the_inventory_reprints_on_the_label_printer(qtbot, till: Till, fake_lp: FakeLp) -> None:  # noqa: F811
    till.window.context.settings.set(
        "label_printer", {"kind": "cups", "cups_printer": "Etiketter"}, by=till.shop.leader
    )
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    window = till.window
    window.inventory_action.trigger()
    inventory = window.inventory
    code = till.shop.codes[2]
    qtbot.keyClicks(inventory.search_field, code)
    qtbot.keyClick(inventory.search_field, Qt.Key.Key_Return)
    table = inventory.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(inventory.model.index(0, 0)).center(),
    )
    with qtbot.waitSignal(till.desk.labels_printed, timeout=10_000):
        click(qtbot, inventory.reprint_button)
    assert inventory.message.text() == "1 label(s) are being printed on the label printer."
    (label,) = fake_lp.images()
    found = zxingcpp.read_barcodes(label.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)
    assert [r.text for r in found] == [code]
    assert not (till.shop.path.parent / "labels").exists()  # no sheet was needed

    window.context.settings.set(
        "label_printer", {"kind": "cups", "cups_printer": "missing"}, by=till.shop.leader
    )
    with qtbot.waitSignal(till.desk.labels_failed, timeout=10_000):
        click(qtbot, inventory.reprint_button)
    assert inventory.message.property("level") == "error"
    assert inventory.message.text().startswith("The label printer was not found.")
