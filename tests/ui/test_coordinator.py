"""The coordinators' window on a SQLite hub: periods, last year, flags, charts, the report buttons."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bruktpos.domain.period import Period, PeriodKind
from bruktpos.ui.coordinator.models import ShopTableModel
from bruktpos.ui.coordinator.window import CoordinatorWindow
from tests.conftest import FakeClock
from tests.ui.coordinator_hub import NOW, make_chapter_hub, open_tab


@pytest.fixture
def coordinator(qtbot, tmp_path: Path):
    url = make_chapter_hub(tmp_path)
    window = CoordinatorWindow(url, clock=FakeClock(NOW))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.resize(1024, 768)
        window.show()
    yield window
    window.pool.waitForDone(10_000)


def cell(window: CoordinatorWindow, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole):
    model = window.shop_model
    return model.data(model.index(row, ShopTableModel.COLUMNS.index(column)), role)


def row_of(window: CoordinatorWindow, code: str) -> int:
    return [s.code for s in window.shop_model.overview.shops].index(code)


def test_opens_on_the_week_of_yesterday_with_every_shop_and_a_total(coordinator: CoordinatorWindow) -> None:
    assert coordinator.period == Period(PeriodKind.WEEK, date(2026, 11, 16), date(2026, 11, 22))
    assert "47" in coordinator.period_label.text()
    assert coordinator.shop_model.rowCount() == 5  # three shops, the chapter total, like for like
    # The words every name shares are left out; the tooltip has the whole name and the code.
    assert [cell(coordinator, r, "Shop") for r in range(3)] == ["Eidsvoll", "Hamar", "Gjøvik"]
    assert cell(coordinator, 1, "Shop", Qt.ItemDataRole.ToolTipRole) == "Bruktbutikken Hamar (S002)"
    # Monday and Tuesday so far: 4 016 + 4 017 kr at Eidsvoll.
    assert cell(coordinator, 0, "Net sales") == "kr\u00a08\u00a0033"
    assert not coordinator.next_button.isEnabled()  # no looking into the future


def test_last_year_column_compares_the_same_days(coordinator: CoordinatorWindow) -> None:
    eidsvoll = row_of(coordinator, "S001")
    # This week has had two days; last year's week 47 is compared for its first two days too.
    assert cell(coordinator, eidsvoll, "Same period last year") == "kr\u00a06\u00a0000"
    assert cell(coordinator, eidsvoll, "Change").startswith("+33")
    # Gjøvik sent nothing last year: a dash, not a zero.
    assert cell(coordinator, row_of(coordinator, "S003"), "Same period last year") == "–"


def test_stepping_back_a_week_and_over_to_a_month(qtbot, coordinator: CoordinatorWindow) -> None:
    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):
        qtbot.mouseClick(coordinator.previous_button, Qt.MouseButton.LeftButton)
    assert coordinator.period.start == date(2026, 11, 9)
    assert coordinator.next_button.isEnabled()
    eidsvoll = row_of(coordinator, "S001")
    # A whole week: 7 days of last year at 3 000 kr.
    assert cell(coordinator, eidsvoll, "Same period last year") == "kr\u00a021\u00a0000"
    open_tab(qtbot, coordinator, coordinator.day_table)  # laid out when it is opened
    assert coordinator.day_model.columnCount() == 8  # seven days and the total

    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):
        qtbot.mouseClick(coordinator.kind_buttons[PeriodKind.MONTH], Qt.MouseButton.LeftButton)
    assert coordinator.period == Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30))
    assert coordinator.day_model.columnCount() == 31
    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):
        qtbot.mouseClick(coordinator.previous_button, Qt.MouseButton.LeftButton)
    assert coordinator.period.start == date(2026, 10, 1)
    open_tab(qtbot, coordinator, coordinator.shop_table)
    # October: every day of last October at 3 000 kr.
    assert cell(coordinator, row_of(coordinator, "S001"), "Same period last year") == "kr\u00a093\u00a0000"

    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):
        qtbot.mouseClick(coordinator.kind_buttons[PeriodKind.YEAR], Qt.MouseButton.LeftButton)
    assert coordinator.period.kind is PeriodKind.YEAR
    open_tab(qtbot, coordinator, coordinator.day_table)
    assert coordinator.day_model.columnCount() == 13  # twelve months and the total


def test_flags_a_silent_shop_and_a_big_cash_difference(qtbot, coordinator: CoordinatorWindow) -> None:
    assert coordinator.silent_badge.isVisible()
    assert "Gjøvik" in coordinator.silent_badge.text()
    assert "Hamar" not in coordinator.silent_badge.text()
    gjovik, hamar, eidsvoll = (row_of(coordinator, c) for c in ("S003", "S002", "S001"))
    assert cell(coordinator, gjovik, "Last heard from", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(coordinator, hamar, "Last heard from", Qt.ItemDataRole.BackgroundRole) is None

    assert coordinator.cash_badge.isVisible()
    assert "Hamar" in coordinator.cash_badge.text() and "-350" in coordinator.cash_badge.text()
    assert cell(coordinator, hamar, "Cash difference", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(coordinator, eidsvoll, "Cash difference", Qt.ItemDataRole.BackgroundRole) is None

    # A leader who only cares about more than 400 kr: the flag goes, without a new trip to the hub.
    coordinator.threshold.clear()
    qtbot.keyClicks(coordinator.threshold, "400")
    assert not coordinator.cash_badge.isVisible()
    assert cell(coordinator, hamar, "Cash difference", Qt.ItemDataRole.BackgroundRole) is None


def test_charts_show_the_shops_categories_and_kilos(qtbot, coordinator: CoordinatorWindow) -> None:
    for chart in (coordinator.sales_chart, coordinator.category_chart, coordinator.kilos_chart):
        assert not chart.chart().series()  # laid out only when opened
        open_tab(qtbot, coordinator, chart)
    sales = coordinator.sales_chart.chart()
    assert {bar.label() for bar in sales.series()[0].barSets()} == {"Eidsvoll", "Hamar", "Gjøvik"}
    categories = coordinator.category_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert categories[-1] == "Klær dame"  # the biggest, drawn at the top
    kilos = coordinator.kilos_chart.chart().series()[0].barSets()  # one set per shop colour
    assert [sum(bar.at(i) for bar in kilos) for i in range(3)] == [25.0, 25.0, 0.0]


def test_monthly_report_buttons_write_pdf_and_csv(
    qtbot, coordinator: CoordinatorWindow, tmp_path: Path
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(kind: str, suggested: str) -> Path:
        asked.append((kind, suggested))
        return tmp_path / suggested

    coordinator.ask_report_path = ask
    with qtbot.waitSignal(coordinator.report_written, timeout=20_000) as written:
        qtbot.mouseClick(coordinator.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [("pdf", "kretsrapport-2026-11.pdf")]
    assert Path(written.args[0]).read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(coordinator.report_written, timeout=20_000) as written:
        qtbot.mouseClick(coordinator.csv_button, Qt.MouseButton.LeftButton)
    assert Path(written.args[0]).read_bytes().startswith("\ufeffbutikk;".encode())
    assert "kretsrapport-2026-11.csv" in coordinator.message.text()


def test_a_hub_that_cannot_be_read_says_what_to_do(qtbot, tmp_path: Path) -> None:
    window = CoordinatorWindow(f"sqlite:///{tmp_path / 'missing' / 'hub.sqlite3'}", clock=FakeClock(NOW))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    assert window.message.isVisible()
    assert window.message.property("level") == "error"
    assert "try again" in window.message.text()


def test_command_opens_the_window_on_the_hub(monkeypatch, tmp_path) -> None:
    from bruktpos.cli import main
    from bruktpos.hub.schema import init_hub
    from bruktpos.ui.coordinator import window as module

    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(
        module, "run_coordinator", lambda url, language="nb": opened.append((url, language)) or 0
    )
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"  # a hub that is there (a mistyped one is refused)
    init_hub(url)
    assert main(["--language", "en", "coordinator", "--hub", url]) == 0
    assert opened == [(url, "en")]
