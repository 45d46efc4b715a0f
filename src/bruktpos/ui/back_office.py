"""The screens behind the till's menu, and the way between them and the till.

The back room (pricing, items in stock, café stock), the reports, the
catalogue, the people, the shop's details and registers, the printers and the
chapter hub: each is built once, the first time it is asked for (a
:class:`_Built` attribute; the till's start builds only the till and the
day's screens), opens for the person at the till if they may (or a leader who
approves), and its "Close" leads back to the till. :class:`bruktpos.ui.main_window.MainWindow`
builds on this: the top bar, the login and the sale itself live there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, may
from bruktpos.ui.back_office_sizes import apply_back_office_scale
from bruktpos.ui.till.sizes import scale_for
from bruktpos.ui.till_window import TillContext

if TYPE_CHECKING:
    from bruktpos.devices.labels import LabelData
    from bruktpos.ui.admin.about import AboutScreen
    from bruktpos.ui.admin.categories import CategoriesScreen
    from bruktpos.ui.admin.customer_display_settings import CustomerDisplaySettingsScreen
    from bruktpos.ui.admin.hub_settings import HubSettingsScreen
    from bruktpos.ui.admin.label_printer_settings import LabelPrinterSettingsScreen
    from bruktpos.ui.admin.people import PeopleScreen
    from bruktpos.ui.admin.printer_settings import PrinterSettingsScreen
    from bruktpos.ui.admin.products import ProductsScreen
    from bruktpos.ui.admin.registers import RegistersScreen
    from bruktpos.ui.admin.scale_settings import ScaleSettingsScreen
    from bruktpos.ui.admin.shop_details import ShopDetailsScreen
    from bruktpos.ui.customer_display import CustomerDisplayLink
    from bruktpos.ui.day.screens import DayScreens
    from bruktpos.ui.intake.pricing import PricingScreen
    from bruktpos.ui.inventory.screen import InventoryScreen
    from bruktpos.ui.inventory.stock import StockScreen
    from bruktpos.ui.login import LoginScreen
    from bruktpos.ui.reports.screen import ReportsScreen
    from bruktpos.ui.sync_status import HubSync, SyncStatus
    from bruktpos.ui.till.controller import TillController
    from bruktpos.ui.till.screen import TillScreen


log = logging.getLogger(__name__)

T = TypeVar("T")
HUB_FIRST_ROUND_MS = 3_000
PREPARE_REPORTS_AFTER_MS = 2_000  # after a leader comes to the till: the till's own first moments go first


class _Built(Generic[T]):
    """A screen built the first time it is asked for, by the window's method ``build``.

    The method sets the attribute on the window, which from then on is found
    first (this descriptor defines no ``__set__``), so it is built once.
    """

    def __init__(self, build: str) -> None:
        self.build = build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, window: None, owner: type | None = None) -> _Built[T]: ...

    @overload
    def __get__(self, window: object, owner: type | None = None) -> T: ...

    def __get__(self, window: object | None, owner: type | None = None) -> T | _Built[T]:
        if window is None:
            return self
        if not getattr(window, "attached", False):
            raise AttributeError(f"{self.name} is built on the services, which are not loaded yet")
        getattr(window, self.build)()
        built: T = window.__dict__[self.name]
        return built


class BackOffice(QMainWindow):
    """The main window's menu screens (built when first asked for, once the services are loaded)."""

    context: TillContext
    controller: TillController
    attached: bool
    stack: QStackedWidget
    login: LoginScreen
    till: TillScreen
    day_screens: DayScreens
    sync_status: SyncStatus
    hub_sync: HubSync
    customer_display_settings: CustomerDisplaySettingsScreen
    customer_display: CustomerDisplayLink
    pricing: _Built[PricingScreen] = _Built("_build_pricing")
    inventory: _Built[InventoryScreen] = _Built("_build_inventory")
    stock: _Built[StockScreen] = _Built("_build_stock")
    reports: _Built[ReportsScreen] = _Built("_build_reports")
    printer_settings: _Built[PrinterSettingsScreen] = _Built("_build_printer_settings")
    label_printer_settings: _Built[LabelPrinterSettingsScreen] = _Built("_build_label_printer_settings")
    scale_settings: _Built[ScaleSettingsScreen] = _Built("_build_scale_settings")
    hub_settings: _Built[HubSettingsScreen] = _Built("_build_hub_settings")
    categories_screen: _Built[CategoriesScreen] = _Built("_build_catalogue_screens")
    products_screen: _Built[ProductsScreen] = _Built("_build_catalogue_screens")
    people: _Built[PeopleScreen] = _Built("_build_people_screen")
    shop_details: _Built[ShopDetailsScreen] = _Built("_build_shop_screens")
    registers: _Built[RegistersScreen] = _Built("_build_shop_screens")
    about: _Built[AboutScreen] = _Built("_build_about")
    _back_office_scale = 1.0  # the step the screens were last fitted at (ui/back_office_sizes.py)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_back_office()

    def fit_back_office(self, _index: int = -1) -> None:
        """The screen shown at the sizes for the window's size: bigger type and targets on a big screen.

        Every screen but the login and the till (which size themselves), and
        through it the dialogs it opens. The stack's ``currentChanged`` calls
        this too: a screen built or changed while it was not shown is fitted
        when it is.
        """
        if not self.attached:
            return
        scale = scale_for(self.size())
        if scale != self._back_office_scale:
            # A new step: every screen built so far, so a dialog one of them opens has it too.
            self._back_office_scale = scale
            pages = [self.stack.widget(n) for n in range(self.stack.count())]
        else:
            pages = [self.stack.currentWidget()]  # what it built since it was fitted
        for page in pages:
            if page is not None and page is not self.login and page is not self.till:
                apply_back_office_scale(page, scale)

    def built(self, name: str) -> Any:
        """The screen ``name`` if it has been built already (None: not yet; nothing is built here)."""
        return self.__dict__.get(name)

    def show_till(self) -> None:
        # No open day (or yesterday's left open): the day's gate instead of the sale.
        if self.day_screens.gate_needed():
            self.stack.setCurrentWidget(self.day_screens.gate)
            return
        self.refresh_catalogue()
        self.stack.setCurrentWidget(self.till)
        self.till.refresh()
        self.till.table.setFocus()
        self._prepare_reports()

    def _prepare_reports(self) -> None:
        """A shop leader at the till: the reports screen is built a moment later, while nobody waits.

        Built on the tap of "Reports", it held that tap with the screen's first
        showing (issue 18); anyone else gets it built when a leader approves.
        """
        operator = self.controller.operator
        if self.built("reports") is not None or operator is None:
            return
        if not may(operator.role, Action.VIEW_REPORTS):
            return
        timer: QTimer | None = self.__dict__.get("_reports_timer")
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(PREPARE_REPORTS_AFTER_MS)
            timer.timeout.connect(self._build_reports_now)
            self._reports_timer = timer
        timer.start()

    def _build_reports_now(self) -> None:
        if self.attached and self.built("reports") is None:
            _ = self.reports  # built by its _Built attribute

    def refresh_catalogue(self) -> None:
        """Read the till's buttons again, so what a leader (here or at another till) changed shows.

        One small query; the till, the back room and the stock list build
        their buttons again only when something they show has changed.
        """
        from bruktpos.services.shop import till_catalogue

        try:
            catalogue = till_catalogue(self.context.db)
        except BruktError as error:  # the buttons as they were: the till keeps selling
            log.warning("could not read the catalogue again: %s", error)
            return
        self.context.catalogue = catalogue
        self.till.set_catalogue(catalogue)
        # The back room's screens not built yet get the catalogue as it is when they are.
        if (pricing := self.built("pricing")) is not None:
            pricing.set_catalogue(catalogue)
        if (inventory := self.built("inventory")) is not None:
            inventory.set_categories(catalogue.categories)

    def _ask_for_leader(self, action: Action, reason: str) -> Operator | None:
        from bruktpos.ui.leader_pin import ask_for_leader  # not needed for the first paint

        return ask_for_leader(self, self.context.users, action, reason, asker=self.controller.operator)

    def _ask_for_price_approval(
        self, action: Action, what: str, pin: bool, asker: Operator
    ) -> tuple[Operator | None, str] | None:
        from bruktpos.ui.till.approval import ask_price_approval  # not needed for the first paint

        return ask_price_approval(self, self.context.users, action, what, pin=pin, asker=asker)

    def _leader_or_self(self, action: Action, reason: str) -> Operator | None:
        """The person at the till if they may, otherwise a leader who approves."""
        operator = self.controller.operator
        if operator is not None and may(operator.role, action):
            return operator
        return self._ask_for_leader(action, reason)

    def _labels_not_printed(self, text: str) -> None:
        """The label printer failed: said on the screen that sent the labels."""
        if self.stack.currentWidget() is self.inventory:
            self.inventory.show_message(text, "error")
        else:
            self.pricing.labels_not_printed(text)

    def _send_labels(self, labels: list[LabelData]) -> bool:
        """To the label printer if the shop has one (printed in the background)."""
        if not self.context.settings.get("label_printer"):
            return False
        self.context.desk.print_labels(labels)
        return True

    def show_pricing(self) -> None:
        """The back room: weigh donations, price items, print labels."""
        self.refresh_catalogue()
        self.pricing.set_operator(self.controller.operator)
        self.stack.setCurrentWidget(self.pricing)

    def show_inventory(self) -> None:
        self.refresh_catalogue()
        self.inventory.set_operator(self.controller.operator)
        self.stack.setCurrentWidget(self.inventory)

    def show_stock(self) -> None:
        """Café and new goods: the stock counts, and goods received."""
        self.stock.set_operator(self.controller.operator)
        self.stack.setCurrentWidget(self.stock)

    def show_label_printer_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the label printer settings"))
        if leader is None:
            return
        self.label_printer_settings.open_for(leader)
        self.stack.setCurrentWidget(self.label_printer_settings)

    def show_scale_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the scale settings"))
        if leader is None:
            return
        self.scale_settings.open_for(leader)
        self.stack.setCurrentWidget(self.scale_settings)

    # --- the customer display (ui/customer_display.py, ui/admin/customer_display_settings.py) ---

    def _add_customer_display(self, context: TillContext) -> None:
        from bruktpos.ui.admin.customer_display_settings import CustomerDisplaySettingsScreen
        from bruktpos.ui.customer_display import CustomerDisplayLink

        self.customer_display = CustomerDisplayLink(
            self, self.controller, context.settings, context.shop.name
        )
        self.customer_display_settings = CustomerDisplaySettingsScreen(context.settings, self.stack)
        self.customer_display_settings.closed.connect(self.show_till)
        self.customer_display_settings.saved.connect(self.customer_display.use)
        self.stack.addWidget(self.customer_display_settings)
        self.customer_display.start()

    def show_customer_display_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the customer display"))
        if leader is None:
            return
        self.customer_display_settings.open_for(leader)
        self.stack.setCurrentWidget(self.customer_display_settings)

    # --- the chapter hub (ui/sync_status.py, ui/admin/hub_settings.py) ---------------

    def _start_hub_sync(self, context: TillContext) -> None:
        from bruktpos.ui.sync_status import HubSync

        self.hub_sync = HubSync(context.db.path, clock=context.checkout.clock, parent=self)
        self.hub_sync.state_changed.connect(self.sync_status.show_state)
        self.day_screens.z_taken.connect(lambda _z: self.request_sync())
        # The first round a little later: its imports (the hub's drivers) would slow the first login.
        self.hub_sync.start(first_after_ms=HUB_FIRST_ROUND_MS)

    def _build_hub_settings(self) -> None:
        from bruktpos.ui.admin.hub_settings import HubSettingsScreen

        self.hub_settings = HubSettingsScreen(self.context.settings, self.context.db, self.stack)
        self.hub_settings.closed.connect(self.show_till)
        self.hub_settings.saved.connect(self.request_sync)
        self.stack.addWidget(self.hub_settings)

    def request_sync(self) -> None:
        """Send the closed days to the hub now, in the background (after a Z, or a new hub address)."""
        if self.attached:
            self.hub_sync.request(force=True)

    def show_hub_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the chapter hub settings"))
        if leader is None:
            return
        self.hub_settings.open_for(leader)
        self.stack.setCurrentWidget(self.hub_settings)

    def show_reports(self) -> None:
        """Sales, donations and sell-through by day, week or month (shop leaders)."""
        leader = self._leader_or_self(Action.VIEW_REPORTS, self.tr("Looking at the reports"))
        if leader is None:
            return
        self.reports.open_for(leader)
        self.stack.setCurrentWidget(self.reports)

    def show_saft_export(self) -> None:
        from bruktpos.ui.admin.saft_export import open_saft_export  # ui/admin/saft_export.py

        self.saft_export = open_saft_export(self, self.context, self._leader_or_self)

    def show_journal(self) -> None:
        """The electronic journal of some days: printed, or saved as PDF or CSV (shop leaders)."""
        from bruktpos.ui.admin.journal import open_journal  # ui/admin/journal.py

        self.journal_dialog = open_journal(self, self.context, self._leader_or_self)

    def _build_catalogue_screens(self) -> None:
        from bruktpos.services.catalogue import CatalogueService
        from bruktpos.ui.admin.categories import CategoriesScreen
        from bruktpos.ui.admin.products import ProductsScreen

        context = self.context
        service = CatalogueService(context.db, register_id=context.register.id, clock=context.checkout.clock)
        self.categories_screen = CategoriesScreen(service, self.stack)
        self.products_screen = ProductsScreen(service, self.stack)
        for screen in (self.categories_screen, self.products_screen):
            screen.closed.connect(self.show_till)  # the till reads its buttons again
            self.stack.addWidget(screen)
        # From one list to the other, for the leader already there.
        self.categories_screen.products_requested.connect(
            lambda: self._open_catalogue_screen(self.products_screen, self.categories_screen.leader)
        )
        self.products_screen.categories_requested.connect(
            lambda: self._open_catalogue_screen(self.categories_screen, self.products_screen.leader)
        )

    def _open_catalogue_screen(
        self, screen: CategoriesScreen | ProductsScreen, leader: Operator | None
    ) -> None:
        if leader is None:
            return
        screen.open_for(leader)
        self.stack.setCurrentWidget(screen)

    def show_categories(self) -> None:
        """The "Kategorier" screen: names, prices, quick prices, VAT, colours, order (shop leaders)."""
        leader = self._leader_or_self(Action.MANAGE_CATALOGUE, self.tr("Changing the categories"))
        self._open_catalogue_screen(self.categories_screen, leader)

    def show_products(self) -> None:
        """The "Produkter" screen: the café menu and new goods (shop leaders)."""
        leader = self._leader_or_self(Action.MANAGE_CATALOGUE, self.tr("Changing the products"))
        self._open_catalogue_screen(self.products_screen, leader)

    def _build_people_screen(self) -> None:
        from bruktpos.services.people import PeopleService
        from bruktpos.ui.admin.people import PeopleScreen

        context = self.context
        service = PeopleService(context.db, register_id=context.register.id, clock=context.users.clock)
        self.people = PeopleScreen(service, self.stack)
        self.people.closed.connect(self.show_till)
        self.stack.addWidget(self.people)

    def show_people(self) -> None:
        """The "Folk" screen: add people, roles, new PINs, unlock, switch off (shop leaders)."""
        leader = self._leader_or_self(Action.MANAGE_PEOPLE, self.tr("Changing who may use the till"))
        if leader is None:
            return
        self.people.open_for(leader)
        self.stack.setCurrentWidget(self.people)

    # --- the shop's details and registers (ui/admin/shop_details.py, ui/admin/registers.py) ---

    def _build_shop_screens(self) -> None:
        from bruktpos.services.shop_details import ShopDetailsService
        from bruktpos.ui.admin.registers import RegistersScreen
        from bruktpos.ui.admin.shop_details import ShopDetailsScreen

        context = self.context
        service = ShopDetailsService(context.db, register_id=context.register.id, clock=context.users.clock)
        self.shop_details = ShopDetailsScreen(service, self.stack)
        self.shop_details.closed.connect(self.show_till)
        self.registers = RegistersScreen(
            context.db, context.register.code, clock=context.users.clock, parent=self.stack
        )
        self.registers.closed.connect(self.show_till)
        for screen in (self.shop_details, self.registers):
            self.stack.addWidget(screen)

    def show_shop_details(self) -> None:
        """The "Butikken" screen: the shop's name, address, VAT, receipt texts (administrators)."""
        admin = self._leader_or_self(Action.SHOP_DETAILS, self.tr("Changing the shop’s details"))
        if admin is None:
            return
        self.shop_details.open_for(admin)
        self.stack.setCurrentWidget(self.shop_details)

    def show_registers(self) -> None:
        """The shop's registers, and a new one (administrators)."""
        admin = self._leader_or_self(Action.SHOP_DETAILS, self.tr("Adding a register"))
        if admin is None:
            return
        self.registers.open_for(admin)
        self.stack.setCurrentWidget(self.registers)

    def show_printer_settings(self) -> None:
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the printer settings"))
        if leader is None:
            return
        self.printer_settings.open_for(leader)
        self.stack.setCurrentWidget(self.printer_settings)

    def show_discount_rules(self) -> None:
        """What a cashier may give alone, and whether approvals need a second person (shop leaders)."""
        from bruktpos.ui.admin.discount_rules import DiscountRulesDialog  # not needed for the first paint

        leader = self._leader_or_self(Action.SETTINGS, self.tr("Changing the discount limit"))
        if leader is None:
            return
        dialog = DiscountRulesDialog(
            self.context.db,
            leader,
            self,
            register_id=self.context.register.id,
            clock=self.context.checkout.clock,
        )
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_about(self) -> None:
        """Version, database, log folder and a copy of the troubleshooting info (shop leaders)."""
        leader = self._leader_or_self(Action.SETTINGS, self.tr("Looking at the troubleshooting info"))
        if leader is None:
            return
        self.about.open_for(leader)
        self.stack.setCurrentWidget(self.about)
