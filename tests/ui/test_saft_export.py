"""The SAF-T export from the leaders' menu: choose the days and the file, Export, watch the bar fill."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from bruktpos.ui.admin.saft_export import SaftExportDialog, last_month
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN
from tests.integration.day_helpers import sell
from tests.integration.saft_check import schema_errors, verify_chains

from .conftest import Till, approve_as_leader, click, log_in


def _pick_date(edit, text: str) -> None:
    """Pick a day in the date field (as the reports screen's tests do: its calendar pop-up sets it)."""
    day, month, year = (int(part) for part in text.split("."))
    edit.setDate(QDate(year, month, day))


def _replace_text(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _open_dialog(qtbot, till: Till) -> SaftExportDialog:
    window = till.window
    assert window.saft_action in window.menu_actions()
    window.saft_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "saft_export", None), SaftExportDialog), timeout=5000)
    dialog = window.saft_export
    qtbot.waitExposed(dialog)
    return dialog


def test_a_leader_exports_the_day_and_the_bar_reaches_the_end(qtbot, till: Till, tmp_path: Path) -> None:
    sell(till.shop, coffees=2)
    sell(till.shop, codes=(till.shop.codes[0],))
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    dialog = _open_dialog(qtbot, till)
    first, last = last_month(till.shop.checkout.clock().date())
    assert (dialog.first_edit.date(), dialog.last_edit.date()) == (
        QDate(first.year, first.month, first.day),
        QDate(last.year, last.month, last.day),
    )  # last month, unless chosen otherwise
    assert Path(dialog.path_edit.text()).name.startswith("SAF-T_Cash_Register_999999999_")

    _pick_date(dialog.first_edit, "12.11.2026")
    _pick_date(dialog.last_edit, "12.11.2026")
    assert dialog.first_edit.date() == dialog.last_edit.date() == QDate(2026, 11, 12)
    target = tmp_path / "skatteetaten.xml"
    _replace_text(qtbot, dialog.path_edit, str(target))
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        click(qtbot, dialog.export_button)
        assert not dialog.close_button.isEnabled()  # the export finishes before the dialog closes
    assert dialog.progress.value() == dialog.progress.maximum()
    assert seen[-1] == dialog.progress.maximum() and seen == sorted(seen)
    assert dialog.progress.text() == "100%"
    assert target.exists() and (tmp_path / "skatteetaten.xml.K1-1.pem").exists()
    assert schema_errors(target) == [] and verify_chains(target).verified == 2
    assert dialog.message.isVisible() and str(target) in dialog.message.text()
    assert "2" in dialog.message.text()
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        click(qtbot, dialog.close_button)


def test_a_cashier_asks_a_leader_and_a_missing_folder_is_said_plainly(
    qtbot, till: Till, tmp_path: Path
) -> None:
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    approve_as_leader(qtbot, till)
    dialog = _open_dialog(qtbot, till)
    assert dialog.leader.id == till.shop.leader.id
    target = tmp_path / "gone" / "x.xml"
    _replace_text(qtbot, dialog.path_edit, str(target))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(
        lambda: dialog.export_button.isEnabled() and "could not be saved" in dialog.message.text()
    )
    assert dialog.progress.value() == 0
    assert str(target) in dialog.message.text() and not target.parent.exists()

    _pick_date(dialog.first_edit, "12.11.2026")
    _pick_date(dialog.last_edit, "01.11.2026")
    click(qtbot, dialog.export_button)
    assert dialog.message.text() == "The last day is before the first. Choose the dates again."
    dialog.reject()
