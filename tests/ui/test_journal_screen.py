"""«Elektronisk journal» from the leaders' menu: choose the days, save a CSV or print it, watch it finish."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from bruktpos.services.journal_view import CSV_HEADER
from bruktpos.ui.admin.journal import JournalDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN
from tests.integration.day_helpers import sell

from .conftest import Till, click, log_in, rows, when_dialog_opens


def _open_dialog(qtbot, till: Till) -> JournalDialog:
    window = till.window
    assert window.journal_action in window.menu_actions()
    window.journal_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "journal_dialog", None), JournalDialog), timeout=5000)
    dialog = window.journal_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_a_leader_saves_the_days_journal_as_csv_and_the_bar_reaches_the_end(
    qtbot, till: Till, tmp_path: Path
) -> None:
    sell(till.shop, coffees=2)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    dialog = _open_dialog(qtbot, till)
    assert dialog.first_edit.date() == dialog.last_edit.date() == QDate(2026, 11, 12)  # today
    assert [dialog.register_box.itemText(n) for n in range(dialog.register_box.count())] == [
        "All registers",
        "Register K1",
    ]
    dialog.first_edit.setDate(QDate(2026, 11, 1))
    target = tmp_path / "journal.csv"
    offered: list[Path] = []
    dialog.choose_path = lambda default, kind: offered.append(default) or target
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        click(qtbot, dialog.csv_button)
        assert not dialog.close_button.isEnabled()  # it finishes before the dialog closes
    assert offered[0].name == "elektronisk-journal_2026-11-01_2026-11-12.csv"
    assert dialog.progress.value() == dialog.progress.maximum() and seen == sorted(seen)
    assert dialog.message.isVisible() and str(target) in dialog.message.text()
    assert "from 01.11.2026 to 12.11.2026" in dialog.message.text()
    with target.open(encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file, delimiter=";"))
    assert tuple(table[0]) == CSV_HEADER and any(row[-1] == "Salg" for row in table[1:])
    assert rows(till, "SELECT user_id, saft_code FROM journal WHERE event = 'journal_exported'") == [
        (till.shop.leader.id, "13020")
    ]
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        click(qtbot, dialog.close_button)


def test_a_leader_prints_it_on_the_receipt_printer(qtbot, till: Till) -> None:
    sell(till.shop, coffees=1)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    dialog = _open_dialog(qtbot, till)
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        click(qtbot, dialog.print_button)
    printed = till.printer.output.decode("cp865", errors="replace")
    assert "Elektronisk journal" in printed and "Testbutikken" in printed
    assert "Printed" in dialog.message.text() and dialog.progress.value() == dialog.progress.maximum()
    assert rows(till, "SELECT user_id, saft_code FROM journal WHERE event = 'journal_printed'") == [
        (till.shop.leader.id, "13018")
    ]
    dialog.first_edit.setDate(QDate(2026, 11, 13))
    click(qtbot, dialog.print_button)
    assert dialog.message.text() == "The last day is before the first. Choose the dates again."
    dialog.reject()


def test_a_cashier_cannot_open_it_without_a_leader(qtbot, till: Till) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    asked: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        asked.append(dialog)
        dialog.reject()

    when_dialog_opens(cancel)
    till.window.journal_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert isinstance(asked[0], LeaderPinDialog)
    assert till.window.journal_dialog is None
    assert rows(till, "SELECT count(*) FROM journal WHERE event LIKE 'journal_%'") == [(0,)]
