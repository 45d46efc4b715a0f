"""Figures a coordinator can act on (issue 16 parts 5 and 6): like for like, sorting, flags, names, colours,
sell-through — on the SQLite test chapter, clicked as a coordinator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from bruktpos.domain.period import PeriodKind
from bruktpos.ui.coordinator.models import ShopTableModel
from bruktpos.ui.coordinator.window import CoordinatorWindow
from tests.conftest import FakeClock
from tests.ui.coordinator_hub import NOW, make_chapter_hub, open_tab


@pytest.fixture
def coordinator(qtbot, tmp_path: Path):
    window = CoordinatorWindow(make_chapter_hub(tmp_path), clock=FakeClock(NOW))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.resize(1366, 700)
        window.show()
    yield window
    window.pool.waitForDone(10_000)


def shown(window: CoordinatorWindow, column: str) -> list[str]:
    """A column's texts top to bottom, as the table shows them (after sorting)."""
    model, col = window.shop_sort, ShopTableModel.COLUMNS.index(column)
    return [model.data(model.index(row, col)) for row in range(model.rowCount())]


def test_the_change_is_like_for_like_and_says_how_many_shops(qtbot, coordinator: CoordinatorWindow) -> None:
    # This week Gjøvik has sent nothing yet: both shops that reported are compared.
    assert shown(coordinator, "Shop")[-1] == "Like for like (2 of 2)"
    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):  # the week before: Gjøvik reported too
        qtbot.mouseClick(coordinator.previous_button, Qt.MouseButton.LeftButton)
    names = shown(coordinator, "Shop")
    # Gjøvik sent nothing last year: the chapter's change counts only Eidsvoll and Hamar.
    assert names[-2:] == ["Chapter total", "Like for like (2 of 3)"]
    changes = shown(coordinator, "Change")
    assert changes[-2] == ""  # every shop's total is not compared with two shops' last year
    # Eidsvoll 28 084 + Hamar 42 084 kr against 21 000 + 42 000 kr in last year's week.
    assert changes[-1].replace(".", ",").startswith("+11,4")
    net = shown(coordinator, "Net sales")
    assert net[-1] == "kr\u00a070\u00a0168"
    assert net[-2] != net[-1]  # the chapter total counts Gjøvik too
    col = ShopTableModel.COLUMNS.index("Change")
    tip = coordinator.shop_sort.data(coordinator.shop_sort.index(3, col), Qt.ItemDataRole.ToolTipRole)
    assert "2 of 3 shops" in tip


def test_the_shops_table_sorts_by_any_column_with_the_totals_last(
    qtbot, coordinator: CoordinatorWindow
) -> None:
    header = coordinator.shop_table.horizontalHeader()
    column = ShopTableModel.COLUMNS.index("Net sales")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown(coordinator, "Shop")[:3] == ["Gjøvik", "Eidsvoll", "Hamar"]  # least first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    names = shown(coordinator, "Shop")
    assert names[:3] == ["Hamar", "Eidsvoll", "Gjøvik"]  # most first
    assert names[3:] == ["Chapter total", "Like for like (2 of 2)"]


def test_a_flag_opens_that_days_note_approver_and_figures(qtbot, coordinator: CoordinatorWindow) -> None:
    table, col = coordinator.shop_table, ShopTableModel.COLUMNS.index("Cash difference")
    hamar = shown(coordinator, "Shop").index("Hamar")
    rect = table.visualRect(coordinator.shop_sort.index(hamar, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = coordinator.flag_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Hamar" in dialog.findChild(type(dialog.values["note"]), "flag_heading").text()
    assert dialog.values["note"].text() == "Vekslepenger lånt til kafeen"
    assert dialog.values["approved_by"].text() == "Kari Leder"
    assert "350" in dialog.values["difference"].text()
    assert "6\u00a0016" in dialog.values["net_sales"].text()  # Hamar's Monday 16 November
    assert dialog.values["receipts"].text() == "30"
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    # The badge's flag is a link to the same day.
    assert 'href="flag:0"' in coordinator.cash_badge.text()
    coordinator.cash_badge.linkActivated.emit("flag:0")
    assert (
        coordinator.flag_dialog is not dialog
        and coordinator.flag_dialog.values["approved_by"].text() == "Kari Leder"
    )
    # A cell without a flag opens nothing.
    coordinator.flag_dialog.reject()
    before = coordinator.flag_dialog
    eidsvoll = shown(coordinator, "Shop").index("Eidsvoll")
    rect = table.visualRect(coordinator.shop_sort.index(eidsvoll, col))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert coordinator.flag_dialog is before


def test_charts_name_the_shops_in_one_colour_each_across_views(qtbot, coordinator: CoordinatorWindow) -> None:
    def colours() -> tuple[dict[str, str], dict[str, str]]:
        open_tab(qtbot, coordinator, coordinator.sales_chart)
        open_tab(qtbot, coordinator, coordinator.kilos_chart)
        sales = {b.label(): b.color().name() for b in coordinator.sales_chart.chart().series()[0].barSets()}
        chart = coordinator.kilos_chart.chart()
        labels = chart.axes(Qt.Orientation.Horizontal)[0].categories()
        kilos = {}
        for bar in chart.series()[0].barSets():
            for i, label in enumerate(labels):
                if bar.at(i):
                    kilos[label] = bar.color().name()
        return sales, kilos

    sales, kilos = colours()
    assert set(kilos) == {"Eidsvoll", "Hamar"}  # names, not codes (Gjøvik had no kilos this week)
    assert all(kilos[name] == sales[name] for name in kilos)
    assert len(set(sales.values())) == 3
    with qtbot.waitSignal(coordinator.loaded, timeout=10_000):
        qtbot.mouseClick(coordinator.kind_buttons[PeriodKind.YEAR], Qt.MouseButton.LeftButton)
    year_sales, year_kilos = colours()
    assert year_sales == sales  # the same colour for each shop in the year as in the week
    assert all(year_kilos[name] == sales[name] for name in year_kilos)


def test_sell_through_per_shop_and_category(qtbot, coordinator: CoordinatorWindow) -> None:
    open_tab(qtbot, coordinator, coordinator.sell_table)
    model = coordinator.sell_model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert columns == ["Klær dame", "Bøker"]  # most items sold first
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows == ["Eidsvoll", "Hamar", "Gjøvik", "Chapter"]
    clothes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    # Eidsvoll's clothes in the 7–13 day band, Hamar's in 30–44; Gjøvik sold none this week.
    eidsvoll, hamar = (int(text.split()[0]) for text in clothes[:2])
    assert 7 <= eidsvoll < 14 and 30 <= hamar < 45
    assert clothes[2] == "–"
    books = int(model.data(model.index(0, 1)).split()[0])
    assert 90 <= books < 180
    # Every cell and title whole: the columns are worked out from the widest text, not measured per cell.
    metrics = coordinator.sell_table.fontMetrics()
    for column in range(model.columnCount()):
        width = coordinator.sell_table.columnWidth(column)
        texts = [columns[column]] + [model.data(model.index(r, column)) for r in range(model.rowCount())]
        assert all(metrics.horizontalAdvance(text) < width for text in texts), (column, width, texts)
