"""Every screen and dialog at 1024×768, 1366×700 and 1920×1080, in bokmål and English.

A 1024×768 touch screen, a 1366×768 laptop with its title bar and task bar
(about 700 px left for the window) and a 1920×1080 monitor. On each, for every
main screen and dialog a person meets (``SCREENS``): no text wider than its
widget, nothing outside its window or cut off by what holds it, no button,
field, list or tick box smaller than a finger (48 px), no dialog larger than
the window it opens over (``till_layout.problems``); and on the big screen
bigger type than on the laptop (``till_layout.type_size``), the same type on
the two smaller ones. A failure names the screen, the size, the language and
the widget.

One shop for the module, set up through the services as a new shop is (the
set-up, its people, the demo's categories and products, a day with sales),
and one till window per language. Set ``BRUKTPOS_SHOTS`` to a folder to keep
a picture of each (``scripts/readme_screenshots.py`` takes the README's from
there).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, Role
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.journal_view import JournalView
from bruktpos.services.saft import SaftService
from bruktpos.services.shop import till_catalogue
from bruktpos.store.schema import open_database
from bruktpos.ui.admin.categories import CategoryDialog
from bruktpos.ui.admin.discount_rules import DiscountRulesDialog
from bruktpos.ui.admin.journal import JournalDialog
from bruktpos.ui.admin.people_dialogs import AddPersonDialog, NewPinDialog, RoleDialog
from bruktpos.ui.admin.products import ProductDialog
from bruktpos.ui.admin.saft_export import SaftExportDialog
from bruktpos.ui.customer_display import CustomerDisplay
from bruktpos.ui.day.count import PiecesDialog
from bruktpos.ui.day.files import reports_folder
from bruktpos.ui.day.movement import CashMovementDialog
from bruktpos.ui.intake.donation import DonationDialog
from bruktpos.ui.intake.donation_correction import DonationCorrectionDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.look import install_translators, load_theme
from bruktpos.ui.main_window import MainWindow
from bruktpos.ui.register_choice import RegisterChooser
from bruktpos.ui.setup_wizard import SetupWizard
from bruktpos.ui.till.approval import LeaderReasonDialog, ReasonDialog
from bruktpos.ui.till.parked_dialog import ParkedDialog
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.till.price_dialog import DiscountDialog, PriceDialog
from bruktpos.ui.till.returns import ReturnDialog
from tests.conftest import FakeClock
from tests.integration.conftest import Shop, make_shop

from .conftest import Till, start_till, stop_till
from .till_layout import add_demo_catalogue, problems, type_size

SIZES = [(1024, 768), (1366, 700), (1920, 1080)]
SHOTS = os.environ.get("BRUKTPOS_SHOTS", "")


# --- one shop, one till per language --------------------------------------------------


@pytest.fixture(scope="module")
def layout_shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, FakeClock]]:
    """A shop as one is set up: its people, the demo's buttons, an open day with three sales."""
    clock = FakeClock()
    shop = make_shop(tmp_path_factory.mktemp("layout") / "shop.sqlite3", clock)
    add_demo_catalogue(shop)
    shop.users.create_user("Anne-Marie Kristoffersen", Role.LEADER, "4444", by=shop.admin)
    for method, code in ((PaymentMethod.CASH, 0), (PaymentMethod.CARD, 1), (PaymentMethod.VIPPS, 5)):
        cart = shop.checkout.new_cart()
        shop.checkout.scan(cart, shop.codes[code])
        shop.checkout.add_product(cart, shop.coffee, 1)
        shop.checkout.pay(cart, method)
        shop.checkout.complete(cart, operator=shop.cashier)
    yield shop, clock
    shop.close()


@pytest.fixture(scope="module", params=["nb", "en"])
def layout_till(
    request: pytest.FixtureRequest, qapp: QApplication, layout_shop: tuple[Shop, FakeClock]
) -> Iterator[tuple[Till, str]]:
    """The till's window in bokmål or English (the translators loaded before it is built), the admin in."""
    shop, clock = layout_shop
    locale = QLocale()
    translators = install_translators(qapp, "nb") if request.param == "nb" else []
    before = qapp.styleSheet()
    load_theme(qapp)
    till = start_till(shop, clock)
    yield till, request.param
    stop_till(till)
    qapp.setStyleSheet(before)
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@dataclass
class Shown:
    """What a screen opener shows: the widget to measure, and how to put it away after."""

    top: QWidget
    close: Callable[[], None]


Opener = Callable[[Till], Shown]


def _logged_in(till: Till, person: Operator | None = None) -> MainWindow:
    window = till.window
    who = person or till.shop.admin
    controller = window.controller
    if controller.operator is None or controller.operator.id != who.id:
        window._logged_in(who)
    return window


def _page(show: Callable[[MainWindow, Till], QWidget | None]) -> Opener:
    """A screen in the main window (after ``show``), measured as the whole window."""

    def opener(till: Till) -> Shown:
        window = _logged_in(till)
        shown = show(window, till)
        if shown is not None:
            window.stack.setCurrentWidget(shown)
        return Shown(window, window.show_till)

    opener.page = True  # type: ignore[attr-defined]
    return opener


def _dialog(make: Callable[[MainWindow, Till], QWidget]) -> Opener:
    """A dialog over the main window (made after the window has its size: it sizes itself to it)."""

    def opener(till: Till) -> Shown:
        window = _logged_in(till)
        window.show_till()
        dialog = make(window, till)
        dialog.show()
        assert QTest.qWaitForWindowExposed(dialog)

        def close() -> None:
            if isinstance(dialog, QDialog):
                dialog.done(0)
            dialog.close()
            dialog.deleteLater()

        return Shown(dialog, close)

    return opener


# --- the screens ---------------------------------------------------------------------


def _login_names(window: MainWindow, till: Till) -> QWidget:
    window.lock()  # "Switch user": the sale on the screen is parked
    return window.login


def _login_pin(window: MainWindow, till: Till) -> QWidget:
    window.lock()
    window.login.select_user(till.shop.cashier.id)
    window.login.pin_pad.show_error(window.tr("Wrong PIN. Try again: you have 4 tries left."))
    return window.login


def _till_sale(window: MainWindow, till: Till) -> QWidget:
    controller = window.controller
    if not controller.cart.lines:
        for code in till.shop.codes[1:3]:
            controller.scan(code)
        controller.add_product(till.shop.coffee)
    window.show_till()
    # The message line with a real message in it (the catalogue's, in the language of the run).
    already = "This item is already in the cart. Each item can be sold only once."
    window.till.show_message(QCoreApplication.translate("Messages", already), "error")
    return window.till


def _till_products(window: MainWindow, till: Till) -> QWidget:
    _till_sale(window, till)
    window.till.catalogue_tabs.setCurrentIndex(1)
    return window.till


def _gate(window: MainWindow, till: Till) -> QWidget:
    window.day_screens.gate.show_left_open("1. desember 2026")
    return window.day_screens.gate


def _open_day(window: MainWindow, till: Till) -> QWidget:
    window.day_screens.open_screen.start(till.shop.admin)
    return window.day_screens.open_screen


def _close_step(step: int) -> Callable[[MainWindow, Till], QWidget]:
    def show(window: MainWindow, till: Till) -> QWidget:
        screen = window.day_screens.close_screen
        screen.start(till.shop.admin)
        # As a person goes: the drawer counted empty (the largest difference: a note and two approvals);
        # past the comparison (which waits for those approvals) straight to the later steps.
        if step:
            screen.next_button.click()
        if step > 1:
            screen._go(step)
        assert screen.steps.currentIndex() == step, screen.message.text()
        return screen

    return show


def _recount(window: MainWindow, till: Till) -> QWidget:
    """Back to the count from the comparison: the stored count, and the notice that a new one is approved."""
    screen = _close_step(1)(window, till)
    screen.back_button.click()
    return screen


def _x_report(window: MainWindow, till: Till) -> QWidget:
    screen = window.day_screens.x_screen
    assert screen.take(till.shop.admin), screen.message.text()
    return screen


def _with_leader(name: str) -> Callable[[MainWindow, Till], QWidget]:
    """A back-office screen opened for the admin: ``name`` is the main window's attribute."""

    def show(window: MainWindow, till: Till) -> QWidget:
        screen = getattr(window, name)
        if hasattr(screen, "open_for"):
            screen.open_for(till.shop.admin)
        elif hasattr(screen, "set_operator"):
            screen.set_operator(till.shop.admin)
        return screen

    return show


def _price(window: MainWindow, till: Till) -> QWidget:
    furniture = next(c for c in window.context.catalogue.categories if c.name == "Møbler")
    screen = window.till
    return PriceDialog(
        furniture.name,
        screen.tr("Type the price, or tap one of the usual ones."),
        quick_amounts=list(furniture.quick_prices),
        ok_text=screen.tr("Add to sale"),
        quick_fills=True,
        quick_beside=True,
        parent=screen,
    )


def _new_price(window: MainWindow, till: Till) -> QWidget:
    _till_sale(window, till)
    line = window.controller.cart.lines[0]
    return PriceDialog(window.till.tr("New price"), line.description, parent=window.till)


def _discount(window: MainWindow, till: Till) -> QWidget:
    _till_sale(window, till)
    return DiscountDialog(window.controller.cart.lines[0].description, parent=window.till)


def _payment(method: PaymentMethod) -> Callable[[MainWindow, Till], QWidget]:
    def make(window: MainWindow, till: Till) -> QWidget:
        _till_sale(window, till)
        dialog = PaymentDialog(window.controller, parent=window.till)
        dialog.choose(method)
        return dialog

    return make


def _returns(window: MainWindow, till: Till) -> QWidget:
    return ReturnDialog(window.till.returns_service(), till.shop.cashier, lambda *_: None, parent=window.till)


def _parked(window: MainWindow, till: Till) -> QWidget:
    return ParkedDialog(window.controller.parked_sales(), parent=window.till)


def _reason(window: MainWindow, till: Till) -> QWidget:
    return ReasonDialog(window.controller.tr("A discount beyond the shop’s limit"), parent=window)


def _leader_reason(window: MainWindow, till: Till) -> QWidget:
    what = window.controller.tr("A discount beyond the shop’s limit")
    return LeaderReasonDialog(window.context.users, Action.DISCOUNT, what, window, asker=till.shop.cashier)


def _leader_pin(select: bool) -> Callable[[MainWindow, Till], QWidget]:
    def make(window: MainWindow, till: Till) -> QWidget:
        dialog = LeaderPinDialog(window.context.users, Action.REFUND, window.tr("A refund"), window)
        if select:
            dialog.select_user(till.shop.leader.id)
        return dialog

    return make


def _movement(window: MainWindow, till: Till) -> QWidget:
    return CashMovementDialog(window.day_screens.day, till.shop.cashier, lambda *_: None, window)


def _pieces(window: MainWindow, till: Till) -> QWidget:
    return PiecesDialog(20000, 3, window)


def _donation(window: MainWindow, till: Till) -> QWidget:
    pricing = window.pricing
    return DonationDialog(pricing.intake, window.context.catalogue, till.shop.cashier, pricing)


def _donation_correction(window: MainWindow, till: Till) -> QWidget:
    pricing = window.pricing
    return DonationCorrectionDialog(pricing.intake, window.context.catalogue, till.shop.admin, pricing)


def _catalogue(window: MainWindow) -> CatalogueService:
    context = window.context
    return CatalogueService(context.db, register_id=context.register.id, clock=context.checkout.clock)


def _category(window: MainWindow, till: Till) -> QWidget:
    info = _catalogue(window).category(till.shop.books)
    return CategoryDialog(f"Change {info.name}", info, lambda draft: info, window.categories_screen)


def _product(window: MainWindow, till: Till) -> QWidget:
    service = _catalogue(window)
    product = service.product(till.shop.coffee)
    categories = [service.category(till.shop.cafe)]
    return ProductDialog("Change", product, categories, lambda draft: product, window.products_screen)


def _add_person(window: MainWindow, till: Till) -> QWidget:
    return AddPersonDialog(lambda name: name, window.people)


def _role(window: MainWindow, till: Till) -> QWidget:
    return RoleDialog("Anne-Marie Kristoffersen", Role.CASHIER, window.people)


def _new_pin(window: MainWindow, till: Till) -> QWidget:
    return NewPinDialog("Anne-Marie Kristoffersen", lambda pin: None, window.people)


def _discount_rules(window: MainWindow, till: Till) -> QWidget:
    context = window.context
    return DiscountRulesDialog(
        context.db, till.shop.admin, window, register_id=context.register.id, clock=context.checkout.clock
    )


def _journal(window: MainWindow, till: Till) -> QWidget:
    context = window.context
    service = JournalView(context.db, register_id=context.register.id, clock=context.users.clock)
    return JournalDialog(
        service, till.shop.admin, context.desk, folder=reports_folder(context.db.path), parent=window
    )


def _saft(window: MainWindow, till: Till) -> QWidget:
    context = window.context
    service = SaftService(context.db, register_id=context.register.id, clock=context.users.clock)
    return SaftExportDialog(
        service,
        till.shop.admin,
        org_number=context.shop.org_number,
        folder=reports_folder(context.db.path),
        parent=window,
    )


def _registers_choice(window: MainWindow, till: Till) -> QWidget:
    chooser = RegisterChooser(window.context.shop.name, [("K1", "Kasse 1"), ("K2", "Kasse 2 (kafé)")])
    chooser.resize(window.size())
    return chooser


def _wizard_page(page: int) -> Callable[[MainWindow, Till], QWidget]:
    def make(window: MainWindow, till: Till) -> QWidget:
        db = open_database(till.shop.path.with_name(f"wizard-{page}.sqlite3"))
        wizard = SetupWizard(db)
        wizard.destroyed.connect(lambda *_: db.dispose())
        for _ in range(page):
            wizard.next()
        if wizard.currentId() != page:  # a page that asks first: shown as a person reaches it
            wizard.setStartId(page)
            wizard.restart()
        return wizard

    return make


def _settled(window: MainWindow) -> None:
    """The till's writer has saved what it was given (as a person waits for "Lagrer …" to go)."""
    controller = window.controller
    for _ in range(500):
        if not controller.busy and not controller.writer.busy:
            return
        QTest.qWait(10)
    raise AssertionError("the till's writer did not finish within 5 s")


CUSTOMER_SCREEN = ("welcome", "sale", "thanks")


def _customer_display(state: str) -> Callable[[MainWindow, Till], QWidget]:
    """The customer's window on a screen of the test's size: the welcome, a sale, or its thank-you."""

    def make(window: MainWindow, till: Till) -> QWidget:
        controller = window.controller
        if state == "welcome" and controller.cart.lines:
            controller.clear_cart()
            _settled(window)
        elif state == "sale":
            _till_sale(window, till)
        display = CustomerDisplay(controller, window.context.shop.name, window)
        display.thanks_ms = 60_000  # the thank-you stays while it is measured
        display.resize(window.size())  # the customer's screen, as large as the till's here
        if state == "thanks":
            # A new customer: an item still in stock and a coffee, paid with a 200-krone note.
            controller.clear_cart()
            _settled(window)
            for code in reversed(till.shop.codes):
                controller.scan(code)
                _settled(window)
                if controller.cart.lines:
                    break
            controller.add_product(till.shop.coffee)
            controller.pay(PaymentMethod.CASH, tendered=20000)
            controller.complete()
            _settled(window)
            assert display.thanks_label.isVisibleTo(display) and display.left_label.text()
        return display

    return make


SCREENS: dict[str, Opener] = {
    # The login and the till.
    "login-names": _page(_login_names),
    "login-pin": _page(_login_pin),
    "till": _page(_till_sale),
    "till-products": _page(_till_products),
    # The till's dialogs.
    "price-keypad": _dialog(_price),
    "new-price": _dialog(_new_price),
    "discount": _dialog(_discount),
    **{f"payment-{m.value}": _dialog(_payment(m)) for m in PaymentMethod},
    "return-find-sale": _dialog(_returns),
    "parked-sales": _dialog(_parked),
    "reason": _dialog(_reason),
    "leader-reason": _dialog(_leader_reason),
    "leader-pin-names": _dialog(_leader_pin(False)),
    "leader-pin": _dialog(_leader_pin(True)),
    # The day.
    "day-gate": _page(_gate),
    "day-open": _page(_open_day),
    "day-close-count": _page(_close_step(0)),
    "day-close-compare": _page(_close_step(1)),
    "day-close-recount": _page(_recount),
    "day-close-terminals": _page(_close_step(2)),
    "day-close-summary": _page(_close_step(3)),
    "x-report": _page(_x_report),
    "cash-movement": _dialog(_movement),
    "count-pieces": _dialog(_pieces),
    # The back room.
    "pricing": _page(_with_leader("pricing")),
    "donation-intake": _dialog(_donation),
    "donation-correction": _dialog(_donation_correction),
    "items-in-stock": _page(_with_leader("inventory")),
    "cafe-stock": _page(_with_leader("stock")),
    # The leaders' and administrators' screens.
    "reports": _page(_with_leader("reports")),
    "journal": _dialog(_journal),
    "saft-export": _dialog(_saft),
    "categories": _page(_with_leader("categories_screen")),
    "category-dialog": _dialog(_category),
    "products": _page(_with_leader("products_screen")),
    "product-dialog": _dialog(_product),
    "people": _page(_with_leader("people")),
    "add-person": _dialog(_add_person),
    "change-role": _dialog(_role),
    "new-pin": _dialog(_new_pin),
    "discount-rules": _dialog(_discount_rules),
    "receipt-printer": _page(_with_leader("printer_settings")),
    "label-printer": _page(_with_leader("label_printer_settings")),
    "scale": _page(_with_leader("scale_settings")),
    "customer-display": _page(_with_leader("customer_display_settings")),
    "hub-settings": _page(_with_leader("hub_settings")),
    "shop-details": _page(_with_leader("shop_details")),
    "registers": _page(_with_leader("registers")),
    "about": _page(_with_leader("about")),
    "register-choice": _dialog(_registers_choice),
    # A new shop's set-up.
    **{f"setup-wizard-{n}": _dialog(_wizard_page(n)) for n in range(7)},
    # The customer's screen (last: its thank-you is a sale saved).
    **{f"customer-screen-{state}": _dialog(_customer_display(state)) for state in CUSTOMER_SCREEN},
}


# The screens whose type does not grow on a big window, and why. Every other screen's does
# (the test below fails if a screen at 1920×1080 still has its 1366×700 type).
KEEPS_ITS_TYPE = {
    # A leader's PIN over any screen: sized by its PIN pad, not yet by the window it opens over.
    "leader-reason",
    "leader-pin-names",
    "leader-pin",
    # Windows of their own before the till starts, at their own size whatever the screen.
    "register-choice",
    *(f"setup-wizard-{n}" for n in range(7)),
}


def _at_size(window: MainWindow, size: tuple[int, int]) -> None:
    window.setMinimumSize(1, 1)  # 1366×700 is a little below the main window's minimum height
    window.resize(*size)
    QTest.qWait(1)
    assert window.size().toTuple() == size


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_fits_every_size(layout_till: tuple[Till, str], screen: str) -> None:
    till, language = layout_till
    found: list[str] = []
    type_at: dict[tuple[int, int], float] = {}
    for size in SIZES:
        _at_size(till.window, size)
        shown = SCREENS[screen](till)
        try:
            QTest.qWait(20)  # the layout's turn in the event loop, before anything is painted
            top = shown.top
            where = f"{screen} at {size[0]}×{size[1]}, {language}"
            found += [f"{where}: {problem}" for problem in problems(top, scrolled=True)]
            type_at[size] = type_size(top, leave_out=till.window.top_bar)
            if top is not till.window and (top.width() > size[0] or top.height() > size[1]):
                found.append(f"{where}: {top.width()}×{top.height()} px, larger than the window")
            shot(top, f"{screen}-{language}-{size[0]}x{size[1]}")
        finally:
            shown.close()
    if screen not in KEEPS_ITS_TYPE:
        # A big screen is for bigger type and targets, not empty space; the two smaller ones look alike.
        small, laptop, big = (type_at[size] for size in SIZES)
        if not big > laptop:
            found.append(f"{screen}, {language}: type {big} px at 1920×1080, no bigger than at 1366×700")
        if small != laptop and not screen.startswith("customer-screen"):  # its type follows its height
            found.append(f"{screen}, {language}: type {small} px at 1024×768 but {laptop} px at 1366×700")
    assert not found, "\n".join(found)


def test_the_check_covers_every_screen_of_the_main_window(layout_till: tuple[Till, str]) -> None:
    """A screen added to the main window's stack is added to the check too (or this fails)."""
    till, _language = layout_till
    stack = till.window.stack
    pages = {type(stack.widget(n)).__name__ for n in range(stack.count())}
    checked = set()
    for opener in SCREENS.values():
        if not getattr(opener, "page", False):
            continue
        shown = opener(till)
        checked.add(type(till.window.stack.currentWidget()).__name__)
        shown.close()
    assert pages <= checked, sorted(pages - checked)
    assert till_catalogue(till.shop.db).categories  # the demo's buttons are there
