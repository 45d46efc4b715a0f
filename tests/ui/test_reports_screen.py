"""The reports screen as a shop leader uses it: choose a period, step, read, save a CSV."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.reports.dates_dialog import DatesDialog
from bruktpos.ui.reports.screen import ReportsScreen
from tests.conftest import FakeClock
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN, Shop, make_shop
from tests.integration.test_analytics import NOV19, History, at

from .conftest import Till, log_in, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
NBSP = "\u00a0"


@dataclass
class Back:
    shop: Shop
    clock: FakeClock
    screen: ReportsScreen


@pytest.fixture
def back(qtbot, tmp_path: Path) -> Iterator[Back]:
    clock = FakeClock()
    shop = make_shop(tmp_path / "shop.sqlite3", clock)
    History(shop, clock)
    clock.now = at(NOV19, 17)
    screen = ReportsScreen(shop.db, clock, "Testbutikken")
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    yield Back(shop, clock, screen)
    screen.shutdown()
    shop.close()


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    assert button.height() >= 48, button.text()
    qtbot.mouseClick(button, LEFT)


def clicked_and_shown(qtbot, screen: ReportsScreen, button: QPushButton):
    with qtbot.waitSignal(screen.report_shown, timeout=10_000) as shown:
        click(qtbot, button)
    return shown.args[0]


def open_tab(qtbot, screen: ReportsScreen, section: QWidget) -> None:
    """Tap the tab of ``section``, as a leader does."""
    bar = screen.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(screen.tabs.indexOf(section)).center())
    assert screen.tabs.currentWidget() is section


def tiles(screen: ReportsScreen) -> list[str]:
    return [
        tile.value.text().replace(NBSP, " ")
        for tile in (screen.sales_tile, screen.receipts_tile, screen.average_tile, screen.kilos_tile)
    ]


def table(section) -> list[list[str]]:
    model = section.model
    return [
        [str(model.data(model.index(r, c))).replace(NBSP, " ") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_leader_steps_through_days_weeks_and_months(qtbot, back: Back) -> None:
    screen = back.screen
    with qtbot.waitSignal(screen.report_shown, timeout=10_000):
        assert screen.open_for(back.shop.leader)
    # Today first: Thursday 19.11, one sale and one return.
    assert screen.kind_buttons["day"].isChecked()
    assert "19" in screen.period_label.text() and "2026" in screen.period_label.text()
    assert tiles(screen) == ["kr -50,50", "1", "kr 49,50", "0,0 kg"]
    assert not screen.next_button.isEnabled()  # no figures from the future

    week = clicked_and_shown(qtbot, screen, screen.kind_buttons["week"])
    assert (week.period.first.isoformat(), week.period.last.isoformat()) == ("2026-11-16", "2026-11-22")
    assert screen.period_label.text() == "Week 47: 16.11.–22.11.2026"
    assert tiles(screen) == ["kr 169,00", "4", "kr 67,25", "2,0 kg"]
    assert table(screen.categories) == [
        ["Bøker", "2", "kr 99,00"],
        ["Kafé", "3", "kr 70,00"],
        ["Klær dame", "0", "kr 0,00"],
        ["Total", "5", "kr 169,00"],
    ]
    assert table(screen.payments)[0] == ["Cash", "1", "kr 70,00", "41,3 %"]
    assert [row[0] for row in table(screen.hours)] == ["10–11", "11–12", "14–15", "15–16"]
    assert table(screen.cafe_shop) == [["Shop", "kr 99,00", "58,6 %"], ["Café", "kr 70,00", "41,4 %"]]
    assert table(screen.donations)[0] == ["Bøker", "2,0 kg", "5"]
    assert table(screen.sell_through)[0][:3] == ["Bøker", "2", "17,0"]
    for section in (screen.categories, screen.payments, screen.hours, screen.donations):
        open_tab(qtbot, screen, section)
        assert section.chart is not None and section.chart.chart().series()  # drawn

    earlier = clicked_and_shown(qtbot, screen, screen.previous_button)
    assert earlier.period.iso_week == (2026, 46)
    assert tiles(screen) == ["kr 20,00", "1", "kr 20,00", "3,3 kg"]  # Thursday 12.11's coffee
    assert screen.next_button.isEnabled()

    month = clicked_and_shown(qtbot, screen, screen.kind_buttons["month"])
    assert month.period.first.isoformat() == "2026-11-01"
    assert screen.period_label.text().lower().startswith(("november", "november 2026"))
    assert tiles(screen) == ["kr 189,00", "5", "kr 57,80", "5,3 kg"]

    october = clicked_and_shown(qtbot, screen, screen.previous_button)
    assert october.period.first.isoformat() == "2026-10-01"
    assert tiles(screen)[:2] == ["kr 0,00", "0"] and tiles(screen)[3] == "20,5 kg"

    again = clicked_and_shown(qtbot, screen, screen.today_button)
    assert again.period == month.period


def test_a_tab_is_built_when_it_is_first_opened_and_shows_the_figures_already_read(
    qtbot, back: Back
) -> None:
    screen = back.screen
    with qtbot.waitSignal(screen.report_shown, timeout=10_000):
        screen.open_for(back.shop.leader)
    clicked_and_shown(qtbot, screen, screen.kind_buttons["week"])
    others = (screen.cafe_shop, screen.payments, screen.hours, screen.donations, screen.sell_through)
    # The screen showed with its first tab whole; the rest wait for a tap (issue 18: no freeze).
    assert screen.categories.built and screen.categories.table is not None
    assert screen.categories.table.isVisible() and screen.categories.table.model().rowCount() == 4
    assert not any(section.built for section in others)

    open_tab(qtbot, screen, screen.payments)
    payments = screen.payments
    assert payments.built and payments.table is not None and payments.chart is not None
    assert payments.table.isVisible() and payments.chart.isVisible()  # at once, not a turn later
    assert table(payments)[0] == ["Cash", "1", "kr 70,00", "41,3 %"]
    methods = [row[0] for row in table(payments)[:-1]]  # the last row is the total
    assert [s.label().split()[0] for s in payments.chart.chart().series()[0].slices()] == methods
    assert not any(section.built for section in others if section is not payments)

    # A newer report reaches a tab already built, and one built after it.
    clicked_and_shown(qtbot, screen, screen.previous_button)
    methods = [row[0] for row in table(payments)[:-1]]
    assert methods == ["Cash"]  # week 46: one coffee, paid in cash
    assert [s.label().split()[0] for s in payments.chart.chart().series()[0].slices()] == methods
    open_tab(qtbot, screen, screen.sell_through)
    assert screen.sell_through.chart is None and screen.sell_through.table is not None
    assert screen.sell_through.table.isVisible()


def test_a_leader_chooses_any_run_of_days(qtbot, back: Back) -> None:
    screen = back.screen
    with qtbot.waitSignal(screen.report_shown, timeout=10_000):
        screen.open_for(back.shop.leader)

    def backwards_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, DatesDialog)
        dialog.first_edit.setDate(QDate(2026, 11, 16))
        dialog.last_edit.setDate(QDate(2026, 11, 12))
        click(qtbot, dialog.ok_button)
        assert dialog.isVisible() and dialog.message.isVisible()  # the last day before the first
        dialog.first_edit.setDate(QDate(2026, 11, 12))
        dialog.last_edit.setDate(QDate(2026, 11, 16))
        click(qtbot, dialog.ok_button)

    when_dialog_opens(backwards_then_right)
    chosen = clicked_and_shown(qtbot, screen, screen.dates_button)
    assert chosen.period.kind == "custom"
    assert (chosen.period.first.isoformat(), chosen.period.last.isoformat()) == ("2026-11-12", "2026-11-16")
    assert screen.period_label.text() == "12.11.2026–16.11.2026"
    assert tiles(screen)[:2] == ["kr 239,50", "4"]  # 12.11's coffee and 16.11's three sales
    assert screen.dates_button.isChecked()

    when_dialog_opens(lambda dialog: dialog.reject())
    click(qtbot, screen.dates_button)
    assert screen.period == chosen.period and screen.dates_button.isChecked()

    today = clicked_and_shown(qtbot, screen, screen.today_button)
    assert today.period.kind == "day" and screen.kind_buttons["day"].isChecked()


def test_the_leader_saves_the_week_as_csv_in_the_reports_folder(qtbot, back: Back) -> None:
    screen = back.screen
    with qtbot.waitSignal(screen.report_shown, timeout=10_000):
        screen.open_for(back.shop.leader)
    clicked_and_shown(qtbot, screen, screen.kind_buttons["week"])
    folder = back.shop.path.parent / "reports"
    seen: list[str] = []

    def save_where_suggested(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog.directory().absolutePath())
        seen.extend(dialog.selectedFiles())
        dialog.accept()

    when_dialog_opens(save_where_suggested)
    with qtbot.waitSignal(screen.file_saved, timeout=10_000) as saved:
        click(qtbot, screen.csv_button)
    path = saved.args[0]
    assert path == folder / "rapport-2026-W47.csv"
    assert Path(seen[0]) == folder
    assert str(folder / "rapport-2026-W47.csv") in seen[1:]
    assert str(path) in screen.message.text()
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Rapport", "Testbutikken"]
    assert ["Omsetning (kr)", "169,00"] in rows
    assert ["Bøker", "Butikk", "2", "99,00"] in rows

    # Cancelling the file chooser saves nothing.
    when_dialog_opens(lambda dialog: dialog.reject())
    click(qtbot, screen.pdf_button)
    screen.worker.wait()
    assert not (folder / "rapport-2026-W47.pdf").exists()


def test_a_slow_read_shows_a_busy_bar_and_leaves_the_screen_alive(qtbot, back: Back, monkeypatch) -> None:
    import bruktpos.ui.reports.screen as screen_module

    screen = back.screen
    release = threading.Event()
    real = screen_module.build_period_report

    def slow(db, period, *, now, operator):  # stands in for the service
        release.wait(10)
        return real(db, period, now=now, operator=operator)

    monkeypatch.setattr(screen_module, "build_period_report", slow)
    screen.open_for(back.shop.leader)
    qtbot.waitUntil(screen.busy.isVisible, timeout=5000)
    # Meanwhile the screen answers: stepping asks a newer question.
    click(qtbot, screen.kind_buttons["month"])
    assert screen.period.kind == "month" and screen.busy.isVisible()
    with qtbot.waitSignal(screen.report_shown, timeout=10_000) as shown:
        release.set()
    assert shown.args[0].period.kind == "month"  # the day's late answer was not shown
    assert not screen.busy.isVisible()


def test_a_cashier_cannot_see_the_reports(qtbot, back: Back) -> None:
    screen = back.screen
    assert not screen.open_for(back.shop.cashier)
    assert screen.message.isVisible() and screen.message.property("level") == "error"
    assert not screen.csv_button.isEnabled() and not screen.previous_button.isEnabled()
    screen.worker.wait()
    assert screen.report is None


def test_reports_from_the_menu_need_a_leader(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)

    def leader_approves(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaderPinDialog)
        click(qtbot, dialog.people.grid.button_for(till.shop.leader.id))
        qtbot.keyClicks(dialog.pin_pad, LEADER_PIN)
        qtbot.keyClick(dialog.pin_pad, Qt.Key.Key_Return)

    when_dialog_opens(leader_approves)
    with qtbot.waitSignal(window.reports.report_shown, timeout=10_000):
        window.reports_action.trigger()
    assert window.stack.currentWidget() is window.reports
    assert window.reports.report is not None and window.reports.report.receipts == 0
    click(qtbot, window.reports.back_button)
    assert window.stack.currentWidget() is window.till

    when_dialog_opens(lambda dialog: dialog.reject())
    window.reports_action.trigger()
    assert window.stack.currentWidget() is window.till


def test_the_reports_are_built_while_nobody_waits_once_a_leader_is_at_the_till(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    qtbot.wait(2500)  # a cashier may not see them: nothing is built for them
    assert window.built("reports") is None
    qtbot.mouseClick(window.switch_button, LEFT)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    assert window.built("reports") is None  # not with the login itself
    qtbot.waitUntil(lambda: window.built("reports") is not None, timeout=5000)
    assert window.stack.currentWidget() is window.till  # built out of sight
    built = window.reports
    with qtbot.waitSignal(built.report_shown, timeout=10_000):
        window.reports_action.trigger()
    assert window.reports is built and window.stack.currentWidget() is built
