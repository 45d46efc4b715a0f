"""The till and its dialogs at 1024×768, 1366×700 and 1920×1080, in English and bokmål.

A 1024×768 touch screen, a 1366×768 laptop with its title bar and task bar
(about 700 px left for the window) and a 1920×1080 monitor. On each, with the
demo shop's 21 categories and a sale on the screen: nothing cut off, outside
the window, overlapping or smaller than a finger (``till_layout.problems``),
every category in sight at once, and on the big screen bigger targets and
type rather than empty space. Set ``BRUKTPOS_SHOTS`` to a folder to keep a
picture of each.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.roles import Action
from bruktpos.services.shop import add_category, till_catalogue
from bruktpos.ui.app import install_translators
from bruktpos.ui.look import load_theme
from bruktpos.ui.till.approval import LeaderReasonDialog, ReasonDialog
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import DiscountDialog, PriceDialog
from bruktpos.ui.till.returns import ReturnDialog
from bruktpos.ui.till.screen import TillScreen
from tests.integration.conftest import CASHIER_PIN

from .conftest import Till, click, find_receipt, log_in, scan, settle
from .till_layout import TARGET, add_demo_catalogue, problems, rect_in, visible_whole

SIZES = [(1024, 768), (1366, 700), (1920, 1080)]
SIZE_IDS = ["1024x768", "1366x700", "1920x1080"]
SHOTS = os.environ.get("BRUKTPOS_SHOTS", "")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The till's own look (the theme), as the app loads it; the one before it afterwards."""
    before = qapp.styleSheet()
    load_theme(qapp)
    yield
    qapp.setStyleSheet(before)


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The till's words in English (the source) or bokmål, loaded before any window is built."""
    locale = QLocale()
    translators = install_translators(qapp, "nb") if request.param == "nb" else []
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def demo_catalogue(till: Till) -> None:
    """The demo shop's 21 categories and 12 products on the test shop's till."""
    add_demo_catalogue(till.shop)
    screen = till.window.till
    screen.set_catalogue(till_catalogue(till.shop.db))
    assert len(screen.category_buttons) == 21 and len(screen.product_buttons) == 12


def at_size(qtbot, till: Till, size: tuple[int, int]) -> None:
    window = till.window
    window.setMinimumSize(1, 1)  # 1366×700 is below the main window's own minimum for now
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    qtbot.wait(20)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def sale(themed: None, language: str, qtbot, till: Till) -> Till:
    """A cashier at the till with the demo's buttons and a sale of four lines on the screen."""
    demo_catalogue(till)
    log_in(qtbot, till, till.shop.cashier.id, CASHIER_PIN)
    for code in till.shop.codes[:2] + till.shop.codes[5:7]:
        scan(qtbot, till, code)
    till.window.controller.add_product(till.shop.coffee)
    settle(qtbot, till)
    assert till.window.till.model.rowCount() == 5
    return till


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_the_till_shows_everything_and_every_category(qtbot, sale: Till, language: str, size) -> None:
    screen: TillScreen = sale.window.till
    at_size(qtbot, sale, size)
    scan(qtbot, sale, sale.shop.codes[0])  # again: a message on its line
    assert screen.message.text()
    qtbot.wait(20)  # the layout's turn in the event loop, before anything is painted
    shot(sale.window, f"till-{language}-{size[0]}x{size[1]}")
    _none(problems(sale.window))
    # All 21 categories in sight at once, none behind a scroll bar.
    grid = screen.category_grid
    hidden = [b.text() for b in screen.category_buttons.values() if not visible_whole(b, grid)]
    assert hidden == [] and not grid.scrolls
    assert all(b.height() >= TARGET for b in screen.category_buttons.values())
    screen.catalogue_tabs.setCurrentIndex(1)
    qtbot.wait(20)
    _none(problems(sale.window))
    assert all(visible_whole(b, screen.product_grid) for b in screen.product_buttons.values())
    pay = rect_in(screen.pay_button, sale.window)
    assert pay.bottom() < size[1] and pay.height() >= 64


def _none(found: list[str]) -> None:
    assert not found, "\n".join(found)


def test_on_a_big_screen_the_targets_and_type_grow(qtbot, sale: Till) -> None:
    screen: TillScreen = sale.window.till
    at_size(qtbot, sale, (1366, 700))
    small = _measures(screen)
    at_size(qtbot, sale, (1920, 1080))
    big = _measures(screen)
    for what, before in small.items():
        assert big[what] >= before * 1.2, (what, before, big[what])
    # The cart uses the height: its rows are taller, not only more of them empty.
    assert screen.table.rowHeight(0) >= 60


def _measures(screen: TillScreen) -> dict[str, int]:
    tile = next(iter(screen.category_buttons.values()))
    return {
        "pay height": screen.pay_button.height(),
        "line button height": screen.discount_button.height(),
        "tile height": tile.height(),
        "tile type": tile.fontMetrics().height(),
        "cart type": screen.table.fontMetrics().height(),
        "total type": screen.total_label.fontMetrics().height(),
        "cart row": screen.table.rowHeight(0),
    }


def test_more_categories_than_fit_scroll_with_a_finger(qtbot, sale: Till) -> None:
    screen: TillScreen = sale.window.till
    with sale.shop.db.write() as session:
        for n in range(30):
            add_category(session, f"Ekstra {n + 1}", position=100 + n)
    screen.set_catalogue(till_catalogue(sale.shop.db))
    at_size(qtbot, sale, (1024, 768))
    grid = screen.category_grid
    assert grid.scrolls and all(b.height() >= TARGET for b in screen.category_buttons.values())
    bar = grid.verticalScrollBar()
    # The tiles laid out whole first: the scroller takes the range to scroll at the press, and on
    # a loaded machine the layout may still be growing the tiles' widget when the finger comes.
    tiles = grid.widget()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and tiles.height() == tiles.sizeHint().height())
    assert bar.value() == 0
    # A finger drags the tiles up (Qt's kinetic scroller on the viewport).
    viewport = grid.viewport()
    start = QPoint(viewport.width() // 2, viewport.height() - 20)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start - QPoint(0, step * 30))
        qtbot.wait(15)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 300))
    qtbot.waitUntil(lambda: bar.value() > 100, timeout=3000)


# --- the dialogs -------------------------------------------------------------------------


def _open(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)
    return dialog


def _check(found: dict[str, list[str]], dialog: QWidget, what: str, size: tuple[int, int], lang: str) -> None:
    """What is wrong with ``dialog`` as shown now, and whether it fits the window it opens over."""
    wrong = problems(dialog)
    width, height = size
    if dialog.width() > width or dialog.height() > height:
        wrong.append(f"{dialog.width()}×{dialog.height()} px: larger than the window")
    minimum = dialog.minimumSizeHint()
    if minimum.width() > width or minimum.height() > height:
        wrong.append(f"needs {minimum.width()}×{minimum.height()} px at least")
    if wrong:
        found[what] = wrong
    shot(dialog, f"{what}-{lang}-{width}x{height}")


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_every_till_dialog_fits_and_shows_its_text_whole(qtbot, sale: Till, language: str, size) -> None:
    screen: TillScreen = sale.window.till
    controller = sale.window.controller
    at_size(qtbot, sale, size)
    found: dict[str, list[str]] = {}

    furniture = next(c for c in sale.window.context.catalogue.categories if c.name == "Møbler")
    dialog = _open(
        qtbot,
        PriceDialog(
            furniture.name,
            screen.tr("Type the price, or tap one of the usual ones."),
            quick_amounts=list(furniture.quick_prices),
            ok_text=screen.tr("Add to sale"),
            quick_fills=True,
            quick_beside=True,
            parent=screen,
        ),
    )
    _check(found, dialog, "price", size, language)
    dialog.close()
    line = controller.cart.lines[0]
    dialog = _open(qtbot, PriceDialog("New price", f"New price for {line.description}.", parent=screen))
    _check(found, dialog, "new-price", size, language)
    dialog.close()
    dialog = _open(qtbot, DiscountDialog(line.description, parent=screen))
    _check(found, dialog, "discount", size, language)
    dialog.close()

    payment = _open(qtbot, PaymentDialog(controller, parent=screen))
    for method in PaymentMethod:
        payment.choose(method)
        qtbot.wait(10)
        _check(found, payment, f"payment-{method.value}", size, language)
    payment.choose(PaymentMethod.CASH)
    click(qtbot, payment.exact_button)
    qtbot.waitUntil(lambda: payment.completed is not None, timeout=5000)
    _check(found, payment, "payment-done", size, language)
    payment.accept()
    settle(qtbot, sale)

    returns = _open(
        qtbot, ReturnDialog(screen.returns_service(), sale.shop.cashier, lambda *_: None, parent=screen)
    )
    _check(found, returns, "return-find", size, language)
    find_receipt(qtbot, returns, "1")
    assert returns.pages.currentIndex() == ReturnDialog.LINES_PAGE, returns.message.text()
    _check(found, returns, "return-lines", size, language)
    returns.cancel()

    for code in sale.shop.codes[2:5]:
        scan(qtbot, sale, code)
        controller.park()
        settle(qtbot, sale)
    dialog = _open(qtbot, ParkedDialog(controller.parked_sales(), parent=screen))
    _check(found, dialog, "parked", size, language)
    dialog.close()

    what = controller.tr("A discount beyond the shop’s limit")
    dialog = _open(qtbot, ReasonDialog(what, parent=sale.window))
    _check(found, dialog, "reason", size, language)
    dialog.close()
    users = sale.window.context.users
    dialog = _open(
        qtbot, LeaderReasonDialog(users, Action.DISCOUNT, what, sale.window, asker=sale.shop.cashier)
    )
    _check(found, dialog, "leader-reason", size, language)
    cards = dialog.people.grid  # the leaders' names, in a scroll area: each in sight whole
    cut = [b.user.name for b in cards.buttons if not visible_whole(b, cards)]
    if cut:
        found["leader-reason names"] = cut
    dialog.close()
    assert not found, "\n".join(f"{what}: {line}" for what, lines in found.items() for line in lines)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_the_price_keypad_keeps_its_bottom_row_above_add_to_sale(qtbot, sale: Till, size) -> None:
    """The ``,`` ``0`` ``⌫`` row in whole, under the others and over "Add to sale", never under it.

    The sentence over the keypad wraps in bokmål: laid out for one line, it
    used to push the keypad's last row under the button.
    """
    screen: TillScreen = sale.window.till
    at_size(qtbot, sale, size)
    prompt = screen.tr("Type the price, or tap one of the usual ones.")
    # The most quick prices (two columns beside the keys), a few, and none of its own.
    shown = [
        c for c in sale.window.context.catalogue.categories if c.name in ("Møbler", "Barnebøker", "Nye varer")
    ]
    assert len(shown) == 3
    for category in shown:
        quick = list(category.quick_prices) or [category.default_price]
        dialog = _open(
            qtbot,
            PriceDialog(
                category.name,
                prompt,
                quick_amounts=quick,
                ok_text=screen.tr("Add to sale"),
                quick_fills=True,
                quick_beside=True,
                parent=screen,
            ),
        )
        keys = dialog.input.keypad.buttons
        add = rect_in(dialog.input.ok_button, dialog)
        for key in (",", "0", "back"):
            rect = rect_in(keys[key], dialog)
            assert dialog.rect().contains(rect), (category.name, key)
            assert rect.bottom() < add.top(), (category.name, key)
            assert rect.top() > rect_in(keys["7"], dialog).bottom()
            assert keys[key].height() >= TARGET
        dialog.close()
