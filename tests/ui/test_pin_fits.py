"""The login, the PIN pads and the cash movement fit 1024×768, 1366×700 and 1920×1080, in bokmål and English.

Nothing cut off, nothing outside the window, every key at least 48 px, and
on a big screen bigger keys rather than empty space.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyle, QStyleOptionButton, QWidget

from bruktpos.domain.roles import Action, Role
from bruktpos.ui.day.movement import DEPOSIT, KINDS, CashMovementDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.login import LoginScreen
from bruktpos.ui.look import install_translators, load_theme
from tests.integration.conftest import Shop

SIZES = [(1024, 768), (1366, 700), (1920, 1080)]


@pytest.fixture(params=["nb", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Bokmål (the till's own) or English, installed before anything is built."""
    translators = install_translators(qapp, request.param) if request.param == "nb" else []
    load_theme(qapp)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def _text_room(button: QPushButton) -> int:
    """The width a button's text has inside its border and padding (as the theme draws it)."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()


def _widest_line(label: QLabel) -> int:
    return max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_bank_deposit_and_every_kind_are_never_clipped(qtbot, language: str, shop: Shop) -> None:
    dialog = CashMovementDialog(None, shop.cashier, lambda action, reason: None)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumSize())  # the narrowest it gets
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.kind_buttons[DEPOSIT].text() == ("Bankinnskudd" if language == "nb" else "Bank deposit")
    for kind in KINDS:
        button = dialog.kind_buttons[kind]
        advance = button.fontMetrics().horizontalAdvance(button.text())
        assert advance <= _text_room(button), (button.text(), advance, _text_room(button))
        assert button.height() >= 48 and _inside(button, dialog)
    for kind in KINDS:  # and the quick reasons of each kind
        dialog.set_kind(kind)
        qtbot.wait(10)
        for button in dialog.reason_buttons:
            advance = button.fontMetrics().horizontalAdvance(button.text())
            assert advance <= _text_room(button), (button.text(), advance, _text_room(button))
            assert button.height() >= 48 and _inside(button, dialog)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_pin_page_fits_and_grows_with_the_screen(
    qtbot, language: str, shop: Shop, size: tuple[int, int]
) -> None:
    screen = LoginScreen(shop.users)
    qtbot.addWidget(screen)
    screen.resize(*size)
    screen.show()
    qtbot.waitExposed(screen)
    for button in screen.grid.buttons:  # the names first
        assert _inside(button, screen) and button.height() >= 48
        assert _widest_line(button.name_label) <= button.name_label.width()
    screen.select_user(shop.cashier.id)
    pad = screen.pin_pad
    pad.show_error("x " * 40)  # a long message: two lines, and nothing moves for it
    qtbot.wait(20)
    greeting = screen.people.greeting
    assert greeting.height() >= greeting.heightForWidth(greeting.width())  # the heading is not cut off
    assert _widest_line(greeting) <= greeting.width()
    keys = [b for b in pad.findChildren(QPushButton) if b.isVisible()]
    assert len(keys) == 14  # 0–9, C, ⌫, Back, OK
    for key in keys:
        assert _inside(key, screen), key.text()
        assert key.height() >= 48 and key.width() >= 48, key.text()
    digit = pad.keypad.buttons["5"]
    if size == (1920, 1080):
        assert screen.people.large() and digit.width() >= 130 and digit.font().pixelSize() >= 40
    else:
        assert not screen.people.large()


@pytest.mark.parametrize("names", [["Anne-Marie Kristoffersen", "Muhammad Abdirahman", "Per"]])
def test_long_names_on_the_approval_cards_are_whole(
    qtbot, language: str, shop: Shop, names: list[str]
) -> None:
    for n, name in enumerate(names):
        shop.users.create_user(name, Role.LEADER, f"{4444 + n}", by=shop.admin)
    dialog = LeaderPinDialog(shop.users, Action.REFUND, "A refund")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    grid = dialog.people.grid
    assert len(grid.buttons) == 5  # Astrid, Kari and the three
    for button in grid.buttons:
        assert _widest_line(button.name_label) <= button.name_label.width(), button.user.name
        left = button.mapTo(grid.viewport(), button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= grid.viewport().width(), button.user.name
    assert grid.button_for(shop.leader.id) is not None
    assert dialog.height() <= 670  # with a title bar, within 700 px
    dialog.select_user(shop.leader.id)
    qtbot.wait(20)
    assert dialog.height() <= 670


def test_a_reason_written_as_a_sentence_leaves_no_stray_full_stop(qtbot, language: str, shop: Shop) -> None:
    dialog = LeaderPinDialog(shop.users, Action.PRICE_OVERRIDE, "Changing the price of 000123 to kr 30.")
    qtbot.addWidget(dialog)
    text = dialog.explanation.text()
    assert ". " not in text and ". må" not in text and " ." not in text, text
    assert text.startswith("Changing the price of 000123 to kr 30 ")
