"""The back office grows with the window: bigger type and targets at 1920×1080, as it was below.

The layout check (``test_layout_check.py``) measures every screen at the three
sizes; these tests follow one window as a person resizes it, and the sheet
that does it (``ui/back_office_sizes.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from bruktpos.ui.back_office_sizes import scale_sheet, theme_sizes
from bruktpos.ui.day.movement import CashMovementDialog
from bruktpos.ui.look import load_theme
from tests.integration.conftest import LEADER_PIN

from .conftest import Till, click, log_in, when_dialog_opens


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[None]:
    """The till's theme, as the app loads it (before the till is built), and none again after."""
    before = qapp.styleSheet()
    load_theme(qapp)
    yield
    qapp.setStyleSheet(before)


def _px(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _resize(qtbot, till: Till, width: int, height: int) -> None:
    window = till.window
    window.setMinimumSize(1, 1)  # 1366×700 is a little below the main window's own minimum height
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height), timeout=2000)
    qtbot.wait(20)


def test_a_sheets_sizes_grow_and_nothing_else_does() -> None:
    sheet = (
        "QPushButton#x { min-width: -1px; padding: 8px 20px; border: 2px solid #2d4a63; font-size: 18px; }"
    )
    assert scale_sheet(sheet, 1.3) == (
        "QPushButton#x { min-width: -1px; padding: 10px 26px; border: 2px solid #2d4a63; font-size: 23px; }\n"
    )
    assert scale_sheet(sheet, 1.3, sizes_only=True) == (
        "QPushButton#x { min-width: -1px; padding: 10px 26px; font-size: 23px; }\n"
    )
    # A widget's own declarations, with no selector, stay a widget's own declarations.
    assert scale_sheet("font-size: 32px; font-weight: bold;", 1.3) == "font-size: 42px; font-weight: bold;"
    # The theme's sizes: its plain type and its buttons, and nothing of its colours.
    sizes = theme_sizes(1.3)
    assert "QWidget { font-size: 23px; }" in sizes
    assert "QPushButton { min-height: 62px; min-width: -1px; padding: 10px 26px; }" in sizes
    assert "#" not in "".join(line.partition("{")[2] for line in sizes.splitlines())  # no colour at all


def test_a_back_office_screen_grows_on_a_big_window_and_is_as_before_on_a_small_one(
    qtbot, theme: None, till: Till
) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    _resize(qtbot, till, 1366, 700)
    window.reports_action.trigger()
    reports = window.reports
    assert window.stack.currentWidget() is reports
    own_sheet = reports.styleSheet()
    title = next(label for label in reports.findChildren(QLabel) if label.objectName() == "screen_title")
    back = reports.back_button
    small = (_px(reports), _px(title), _px(back), back.height())
    assert small[:3] == (18, 22, 18)  # the theme's and the screen's own sizes

    _resize(qtbot, till, 1920, 1080)  # the leader makes the window full-screen on a big monitor
    big = (_px(reports), _px(title), _px(back), back.height())
    assert big[0] == 23 and big[1] == 29 and big[2] == 23  # 1.3 × 18 and 1.3 × 22
    assert big[3] > small[3]  # a bigger target too

    _resize(qtbot, till, 1024, 768)  # and back on a small screen: exactly as before
    assert (_px(reports), _px(title), _px(back), back.height()) == small
    assert reports.styleSheet() == own_sheet


def test_a_screen_built_while_the_window_is_big_is_big_from_the_start(qtbot, theme: None, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    _resize(qtbot, till, 1920, 1080)
    assert window.built("people") is None
    window.people_action.trigger()
    qtbot.wait(20)
    assert window.stack.currentWidget() is window.people
    buttons = [b for b in window.people.findChildren(QPushButton) if b.isVisible() and b.text()]
    assert buttons and all(_px(button) >= 23 for button in buttons)


def test_money_in_or_out_over_a_big_window_has_big_type_and_keys(qtbot, theme: None, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    seen: dict[str, tuple[int, int]] = {}

    def measure(name: str):
        def look(dialog: QWidget) -> None:
            assert isinstance(dialog, CashMovementDialog)
            key = dialog.input.keypad.buttons["7"]
            seen[name] = (_px(dialog.reason_field), key.height())
            click(qtbot, dialog.cancel_button)

        return look

    for name, size in (("laptop", (1366, 700)), ("monitor", (1920, 1080))):
        _resize(qtbot, till, *size)
        when_dialog_opens(measure(name))
        window.cash_action.trigger()
        qtbot.waitUntil(lambda n=name: n in seen and QApplication.activeModalWidget() is None, timeout=5000)
    assert seen["laptop"][0] == 18 and seen["monitor"][0] == 23
    assert seen["monitor"][1] > seen["laptop"][1]


def test_the_top_bar_keeps_one_height_on_every_screen(qtbot, theme: None, till: Till) -> None:
    """Nothing under the bar moves when the screen changes (issue 15): the menu button's arrow
    asked 3 px more than the bar's other buttons, which the bar got on some screens only."""
    window = till.window
    _resize(qtbot, till, 1920, 1080)
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    heights = {}
    for name, show in (
        ("till", window.show_till),
        ("pricing", window.show_pricing),
        ("reports", window.show_reports),
        ("till again", window.show_till),
    ):
        show()
        qtbot.wait(20)
        heights[name] = (window.top_bar.height(), window.stack.geometry().top())
    assert len(set(heights.values())) == 1, heights
    assert window.menu_button.height() == window.switch_button.height()
