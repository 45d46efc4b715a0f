"""The till's top bar: where, training, the hub light, who is logged in, "Switch user" and the menu.

The menu is shaped by who is logged in (:meth:`TopBar.shape_menu`): a
cashier sees what a cashier does — the back room, the day, a return, a copy
of the receipt — and nothing they could only watch being refused. Shop
leaders and administrators see every entry; what needs an administrator
still asks for one. The leaders' screens sit in two short submenus, so every
row can be a finger's height (48 px) and the menu still fits a 700 px screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from bruktpos.domain.roles import Action, Role, may
from bruktpos.ui.back_office import BackOffice

NEEDS = "needs"  # the QAction property naming the Action an entry is for (None: anyone's)


class TopBar(BackOffice):
    """The main window's top bar and menu (the main window builds it first thing)."""

    _place: tuple[str, str]

    def _build_top_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("top_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        self.place_label = QLabel(self._place_text(), bar)
        self.place_label.setObjectName("place")
        row.addWidget(self.place_label)
        self.training_label = QLabel(self.tr("TRAINING MODE — nothing counts"), bar)
        self.training_label.setObjectName("training_badge")
        self.training_label.setVisible(False)
        row.addWidget(self.training_label)
        row.addStretch(1)
        from bruktpos.ui.sync_status import SyncStatus

        self.sync_status = SyncStatus(bar)  # the hub light; shown once a hub is set
        row.addWidget(self.sync_status)
        self.operator_label = QLabel(bar)
        self.operator_label.setObjectName("operator")
        row.addWidget(self.operator_label)
        self.switch_button = QPushButton(self.tr("Switch user"), bar)
        self.switch_button.clicked.connect(self.lock)
        row.addWidget(self.switch_button)
        self.menu_button = QToolButton(bar)
        self.menu_button.setText(self.tr("Menu"))
        self.menu_button.setObjectName("menu")
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMinimumSize(96, 48)
        self.menu = QMenu(self.menu_button)
        self.menu.setObjectName("till_menu")
        self._build_menu(self.menu)
        self.menu_button.setMenu(self.menu)
        row.addWidget(self.menu_button)
        return bar

    def _build_menu(self, menu: QMenu) -> None:
        entry = self._entry
        # The back room and the day: everyone's.
        self.pricing_action = entry(menu, self.tr("Pricing and donations"), self.show_pricing)
        self.inventory_action = entry(menu, self.tr("Items in stock"), self.show_inventory)
        self.stock_action = entry(menu, self.tr("Café and new goods: stock and deliveries"), self.show_stock)
        menu.addSeparator()
        self.open_day_action = entry(menu, self.tr("Open the day"), lambda: self.day_screens.open_day())
        self.cash_action = entry(
            menu, self.tr("Money in or out of the drawer"), lambda: self.day_screens.cash_movement()
        )
        self.x_report_action = entry(menu, self.tr("X report"), lambda: self.day_screens.x_report())
        self.close_day_action = entry(
            menu, self.tr("Close the day (Z report)"), lambda: self.day_screens.close_day()
        )
        menu.addSeparator()
        # A cashier starts a return; only the money back asks for a leader, there and then.
        self.return_action = entry(
            menu, self.tr("Return: refund or voucher"), lambda: self.till.open_returns()
        )
        self.copy_action = entry(menu, self.tr("Print a copy of the last receipt"), self.print_copy)
        self.drawer_action = entry(
            menu, self.tr("Open the cash drawer"), self.open_drawer, Action.DRAWER_WITHOUT_SALE
        )
        self.training_action = entry(
            menu, self.tr("Training mode on/off"), self.toggle_training, Action.TRAINING_MODE
        )
        menu.addSeparator()
        # The leaders' screens, two submenus.
        self.reports_menu = QMenu(self.tr("Reports and journal"), menu)
        self.reports_action = entry(
            self.reports_menu, self.tr("Reports"), self.show_reports, Action.VIEW_REPORTS
        )
        self.saft_action = entry(
            self.reports_menu,
            self.tr("SAF-T file for the tax office"),
            self.show_saft_export,
            Action.EXPORT_SAFT,
        )
        self.journal_action = entry(
            self.reports_menu, self.tr("Electronic journal"), self.show_journal, Action.VIEW_JOURNAL
        )
        menu.addMenu(self.reports_menu)
        self.setup_menu = QMenu(self.tr("Set-up"), menu)
        setup = self.setup_menu
        self.categories_action = entry(
            setup,
            self.tr("Categories: prices, VAT, markdowns and order"),
            self.show_categories,
            Action.MANAGE_CATALOGUE,
        )
        self.products_action = entry(
            setup, self.tr("Products: café and new goods"), self.show_products, Action.MANAGE_CATALOGUE
        )
        self.people_action = entry(
            setup, self.tr("People: names, roles and PINs"), self.show_people, Action.MANAGE_PEOPLE
        )
        self.discount_rules_action = entry(
            setup,
            self.tr("Discounts and approvals: the cashier’s limit"),
            self.show_discount_rules,
            Action.SETTINGS,
        )
        setup.addSeparator()
        self.printer_action = entry(
            setup, self.tr("Receipt printer settings"), self.show_printer_settings, Action.SETTINGS
        )
        self.label_printer_action = entry(
            setup, self.tr("Label printer settings"), self.show_label_printer_settings, Action.SETTINGS
        )
        self.scale_action = entry(
            setup, self.tr("Scale for donations"), self.show_scale_settings, Action.SETTINGS
        )
        self.customer_display_action = entry(
            setup,
            self.tr("Customer display: a second screen"),
            self.show_customer_display_settings,
            Action.SETTINGS,
        )
        self.hub_action = entry(
            setup, self.tr("Chapter hub: sending closed days"), self.show_hub_settings, Action.SETTINGS
        )
        setup.addSeparator()
        self.shop_details_action = entry(
            setup,
            self.tr("The shop: name, address and receipt texts"),
            self.show_shop_details,
            Action.SHOP_DETAILS,
        )
        self.registers_action = entry(
            setup, self.tr("Registers: list and add"), self.show_registers, Action.SHOP_DETAILS
        )
        self.about_action = entry(setup, self.tr("About BruktPOS"), self.show_about, Action.SETTINGS)
        menu.addMenu(self.setup_menu)
        menu.addSeparator()
        self.quit_action = entry(menu, self.tr("Quit BruktPOS"), self.quit_till, Action.QUIT_TILL)

    def _entry(
        self, menu: QMenu, text: str, slot: Callable[[], object], needs: Action | None = None
    ) -> QAction:
        """A menu entry; ``needs``: the action a cashier may not take, so a cashier does not see it."""
        action = QAction(text, self)
        action.setProperty(NEEDS, needs.value if needs is not None else "")
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def shape_menu(self, role: Role | str) -> None:
        """Show the entries for ``role``: a leader or administrator sees all, a cashier a cashier's own.

        An administrator's entries stay in a leader's menu (they ask for an
        administrator's PIN); a submenu with nothing left in it goes too.
        """
        cashier = Role(role) is Role.CASHIER
        for action in self.menu_actions():
            needs = action.property(NEEDS)
            if needs:
                action.setVisible(not cashier or may(role, Action(needs)))
        for submenu in (self.reports_menu, self.setup_menu):
            submenu.menuAction().setVisible(
                any(a.isVisible() for a in submenu.actions() if not a.isSeparator())
            )

    def menu_actions(self) -> list[QAction]:
        """Every entry of the menu, those in its submenus too (not the separators or submenus themselves)."""
        found: list[QAction] = []
        for action in self.menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                found.extend(a for a in submenu.actions() if not a.isSeparator())
            elif not action.isSeparator():
                found.append(action)
        return found

    def visible_menu(self) -> list[str]:
        """The texts of the entries the person at the till can see, in order (submenus opened)."""
        shown: list[str] = []
        for action in self.menu.actions():
            submenu = action.menu()
            if action.isSeparator() or not action.isVisible():
                continue
            if isinstance(submenu, QMenu):
                shown.extend(a.text() for a in submenu.actions() if a.isVisible() and not a.isSeparator())
            else:
                shown.append(action.text())
        return shown

    def quit_till(self) -> None:
        """Close BruktPOS (a leader's entry; see ``MainWindow.closeEvent``)."""
        self.close()

    def _show_title(self, shop_name: str) -> None:
        """The shop's name and this PC's register in the title bar: "BruktPOS — Bruktbutikken · Kasse 2"."""
        self.setWindowTitle(
            self.tr("BruktPOS — %1 · %2").replace("%1", shop_name).replace("%2", self._place[1])
        )

    def _place_text(self) -> str:
        """The top bar's "where": the shop's short name and this PC's register."""
        return self.tr("%1 · %2").replace("%1", self._place[0]).replace("%2", self._place[1])

    # Defined by the main window.
    def lock(self) -> None: ...

    def print_copy(self) -> None: ...

    def open_drawer(self) -> None: ...

    def toggle_training(self) -> None: ...
