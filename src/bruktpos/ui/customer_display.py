"""The customer display: a second window, on a second screen, that shows the customer the sale.

Bokføringsforskriften § 5-3-2 asks that the amounts are easy for the
customer to see, and at many counters the till's screen faces away from
them. So a shop with a second screen (a small monitor turned to the
customer) can show on it, in large type: the sale's lines, the total, what
was paid with what, and the change; between sales a calm welcome with the
shop's name. It follows the till's controller by its signals
(``cart_changed``, ``sale_completed``), never by polling.

It never takes the focus from the till: the window does not accept focus
and shows without being activated, and its widgets take no focus. A window
system that activates it all the same (some window managers do, and so does
the offscreen platform the tests run on) has the activation handed straight
back to the till's window, whose focus (the scan field, say) Qt restores.

:class:`CustomerDisplayLink` opens it on the screen the leader chose
(setting ``customer_display``, chosen on
:mod:`~bruktpos.ui.admin.customer_display_settings`). A screen that is not
connected, or the one the till itself is on (the display would cover the
till), leaves it off: a log line, and a note for the next leader who logs in.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cart import Cart, CartLine, DiscountKind
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.services.checkout import CompletedSale
from bruktpos.services.settings import SettingsService
from bruktpos.ui.message_text import fill
from bruktpos.ui.till.cart_model import CartModel
from bruktpos.ui.till.controller import TillController
from bruktpos.ui.till.payment_dialog import method_name

log = logging.getLogger(__name__)

THANKS_MS = 8000  # the paid sale and its change stay this long, then the welcome comes back
_CALM = "#f3f0e8"  # a warm, quiet background; dark text
_INK = "#20303a"


def screen_key(screen: QScreen) -> str:
    """What the setting names a screen by: its name ("HDMI-1"), or its place when it has none."""
    geometry = screen.geometry()
    return screen.name() or f"@{geometry.x()},{geometry.y()}"


def screen_label(screen: QScreen) -> str:
    """A screen as the leader picks it: its name and size ("HDMI-1 — 1920 × 1080")."""
    size = screen.geometry().size()
    name = screen.name() or QApplication.translate("CustomerDisplay", "Screen without a name")
    return f"{name} — {size.width()} × {size.height()}"


def find_screen(key: str) -> QScreen | None:
    """The connected screen the setting names, or None."""
    return next((s for s in QGuiApplication.screens() if screen_key(s) == key), None)


class CustomerCartModel(CartModel):
    """The till's cart table as the customer reads it: the same columns, without the item codes."""

    def _text(self, line: CartLine, column: int) -> str:
        if column == self.DESCRIPTION:
            return line.description
        return super()._text(line, column)


class CustomerDisplay(QWidget):
    """The customer's window: a welcome between sales, the sale in large type while it goes on."""

    def __init__(self, controller: TillController, shop_name: str, till_window: QWidget) -> None:
        # A window of its own, owned by the till's: it goes when the till does.
        super().__init__(
            till_window,
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("customer_display")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Customer display"))
        self.controller = controller
        self._till_window = till_window
        self.thanks_ms = THANKS_MS
        self._shown: Cart | None = None  # a copy of the cart as last shown (the till's own changes in place)
        self._base = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.training_band = QLabel(self.tr("TRAINING MODE — this is not a real sale"), self)
        self.training_band.setObjectName("cd_training")
        self.training_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.training_band.setVisible(False)
        layout.addWidget(self.training_band)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.welcome_page = self._build_welcome(shop_name)
        self.sale_page = self._build_sale()
        self.pages.addWidget(self.welcome_page)
        self.pages.addWidget(self.sale_page)
        for widget in self.findChildren(QWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._welcome_timer = QTimer(self)
        self._welcome_timer.setSingleShot(True)
        self._welcome_timer.timeout.connect(self.show_welcome)
        controller.cart_changed.connect(self.follow)
        controller.sale_completed.connect(self._sale_completed)
        self._fit(720)
        self.follow()

    # --- layout --------------------------------------------------------------

    def _build_welcome(self, shop_name: str) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.addStretch(2)
        self.welcome_label = QLabel(self.tr("Welcome to"), page)
        self.welcome_label.setObjectName("cd_welcome")
        self.shop_label = QLabel(shop_name, page)
        self.shop_label.setObjectName("cd_shop")
        self.shop_label.setWordWrap(True)
        for label in (self.welcome_label, self.shop_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        box.addStretch(3)
        return page

    def _build_sale(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(32, 24, 32, 24)
        self.model = CustomerCartModel(Cart(), self)
        self.lines = QTableView(page)
        self.lines.setObjectName("cd_lines")
        self.lines.setModel(self.model)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setShowGrid(False)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lines.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.lines.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(CartModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column in (CartModel.QUANTITY, CartModel.PRICE, CartModel.DISCOUNT, CartModel.TOTAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.lines, 1)

        sums = QGridLayout()
        sums.setHorizontalSpacing(24)
        caption = QLabel(self.tr("To pay"), page)
        caption.setObjectName("cd_big_caption")
        self.total_label = QLabel(page)
        self.total_label.setObjectName("cd_total")
        sums.addWidget(caption, 0, 0)
        sums.addWidget(self.total_label, 0, 1)
        self.payments = QWidget(page)  # a row per payment, and the rounding: built again on each change
        self.payments_grid = QGridLayout(self.payments)
        self.payments_grid.setContentsMargins(0, 0, 0, 0)
        self.payments_grid.setHorizontalSpacing(24)
        sums.addWidget(self.payments, 1, 0, 1, 2)
        self.left_caption = QLabel(page)
        self.left_caption.setObjectName("cd_big_caption")
        self.left_label = QLabel(page)  # what is left to pay, or the change
        self.left_label.setObjectName("cd_change")
        sums.addWidget(self.left_caption, 2, 0)
        sums.addWidget(self.left_label, 2, 1)
        for label in (self.total_label, self.left_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        sums.setColumnStretch(1, 1)
        box.addLayout(sums)
        self.thanks_label = QLabel(self.tr("Thank you for shopping with us!"), page)
        self.thanks_label.setObjectName("cd_thanks")
        self.thanks_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thanks_label.setVisible(False)
        box.addWidget(self.thanks_label)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().height())

    def _fit(self, height: int) -> None:
        """Type in proportion to the screen: read from a step or two back from the counter."""
        base = max(18, height // 24)
        if base == self._base:
            return
        self._base = base
        self.setStyleSheet(
            f"""
            QWidget#customer_display {{ background: {_CALM}; }}
            QWidget#customer_display QLabel, QTableView#cd_lines {{ color: {_INK}; }}
            QWidget#customer_display QLabel#cd_training {{ background: #d9731a; color: white;
                font-size: {base}px; font-weight: bold; padding: {base // 3}px; }}
            QLabel#cd_welcome {{ font-size: {base * 3 // 2}px; }}
            QLabel#cd_shop {{ font-size: {base * 3}px; font-weight: bold; }}
            QTableView#cd_lines {{ font-size: {base}px; background: transparent; border: none; }}
            QTableView#cd_lines::item {{ padding: 0 {base // 2}px; }}
            QTableView#cd_lines QHeaderView::section {{ font-size: {base * 3 // 4}px;
                background: transparent; border: none; border-bottom: 1px solid #b9b2a3;
                padding: 0 {base // 2}px; }}
            QLabel#cd_row {{ font-size: {base}px; }}
            QLabel#cd_big_caption {{ font-size: {base * 3 // 2}px; }}
            QLabel#cd_total, QLabel#cd_change {{ font-size: {base * 5 // 2}px; font-weight: bold; }}
            QLabel#cd_thanks {{ font-size: {base * 3 // 2}px; padding-top: {base // 2}px; }}
            """
        )
        self.lines.verticalHeader().setDefaultSectionSize(base * 2)

    # --- following the till --------------------------------------------------

    def follow(self) -> None:
        """Show the till's cart as it is now; an empty cart is the welcome (unless a sale just ended)."""
        cart = self.controller.cart
        if cart.is_empty:
            if not self._welcome_timer.isActive():
                self.show_welcome()
            return
        self._welcome_timer.stop()
        self._shown = copy.deepcopy(cart)  # the till changes its cart in place: keep what is shown
        self._show(self._shown, None)

    def _sale_completed(self, sale: CompletedSale) -> None:
        """The sale is saved: its payments and change stay a while, with a thank-you, then the welcome."""
        shown, self._shown = self._shown, None
        if shown is None or not self.controller.cart.is_empty:
            return
        self._show(shown, sale)
        self._welcome_timer.start(self.thanks_ms)

    def show_welcome(self) -> None:
        # ``_shown`` stays: a sale saved empties the cart first, then says it is completed.
        self._welcome_timer.stop()
        self.pages.setCurrentWidget(self.welcome_page)

    def _show(self, cart: Cart, sale: CompletedSale | None) -> None:
        self.model.set_cart(cart)
        self.lines.setColumnHidden(
            CartModel.DISCOUNT, not any(line.discount_kind is not DiscountKind.NONE for line in cart.lines)
        )
        self.lines.scrollToBottom()  # the newest line is always in sight
        self.total_label.setText(format_money(cart.total))
        rows: list[tuple[str, str]] = []
        if cart.rounding:
            rows.append((self.tr("Cash rounding"), format_money(cart.rounding)))
        for payment in cart.payments:
            # Cash shows what the customer handed over; the change comes under it.
            rows.append((method_name(payment.method), format_money(payment.tendered or payment.amount)))
        self._set_rows(rows)
        change = sale.change if sale is not None else cart.change
        if change > 0 or (sale is not None and any(p.tendered for p in cart.payments)):
            self.left_caption.setText(self.tr("Change"))
            self.left_label.setText(format_money(change))
        elif cart.payments and cart.remaining > 0:
            self.left_caption.setText(self.tr("Left to pay"))
            self.left_label.setText(format_money(cart.remaining))
        else:
            self.left_caption.setText("")
            self.left_label.setText("")
        self.thanks_label.setVisible(sale is not None)
        self.pages.setCurrentWidget(self.sale_page)

    def _set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.payments_grid.count():
            item = self.payments_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, (caption, amount) in enumerate(rows):
            for column, text in enumerate((caption, amount)):
                label = QLabel(text, self.payments)
                label.setObjectName("cd_row")
                label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.payments_grid.addWidget(label, row, column)
        self.payments_grid.setColumnStretch(1, 1)
        self._rows = rows

    def payment_rows(self) -> list[tuple[str, str]]:
        """The rows under the total as shown: (what, amount) for the rounding and each payment."""
        return list(self._rows)

    def set_training(self, on: bool) -> None:
        self.training_band.setVisible(on)

    def set_shop_name(self, name: str) -> None:
        self.shop_label.setText(name)

    # --- on its screen, without the focus ------------------------------------

    def show_on(self, screen: QScreen) -> None:
        """Cover ``screen``, frameless, without taking the focus.

        Not ``showFullScreen``: some window managers give a full-screen window
        the focus whatever its flags say; a frameless window the size of the
        screen looks the same.
        """
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.show()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self._give_focus_back()
        return super().event(event)

    def _give_focus_back(self) -> None:
        """Activated after all (see the module's docstring): the till's window gets it back at once."""
        target = QApplication.activeModalWidget() or self._till_window
        if target is not None and target is not self and target.isVisible():
            target.activateWindow()


class CustomerDisplayLink(QObject):
    """Opens the customer display on the screen the shop's setting names, and keeps it right.

    Off when the setting is empty, when its screen is not connected, or when
    it is the screen the till's window is on; a screen plugged in or out
    while the till runs is followed. What kept it off is logged, and kept in
    ``note`` for the next leader who logs in (:meth:`take_note`).
    """

    def __init__(
        self, till_window: QWidget, controller: TillController, settings: SettingsService, shop_name: str
    ) -> None:
        super().__init__(till_window)
        self.till_window = till_window
        self.controller = controller
        self.settings = settings
        self.shop_name = shop_name
        self.display: CustomerDisplay | None = None
        self.note = ""
        self._setting: dict[str, Any] = {}
        self._training = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            # Bound methods: Qt lets go of them with this object (a lambda would outlive it).
            app.screenAdded.connect(self._screen_added)
            app.screenRemoved.connect(self._screen_removed)

    def start(self) -> None:
        """Read the setting and open the display if it names a screen that is here."""
        try:
            setting = self.settings.get("customer_display")
        except BruktError as error:
            log.warning("the customer display setting could not be read, so it is off: %s", error)
            setting = {}
        self.use(setting if isinstance(setting, dict) else {})

    def use(self, setting: dict[str, Any]) -> None:
        """A new setting (the leader saved one): show the display there, or close it."""
        self._setting = dict(setting)
        self.note = ""
        self.apply()

    def apply(self, *, gone: QScreen | None = None) -> None:
        key = str(self._setting.get("screen") or "")
        if not key:
            self._close()
            return
        screen = find_screen(key)
        label = str(self._setting.get("label") or key)
        if screen is None or screen is gone:
            self._close()
            log.warning("the customer display's screen %s is not connected: the display is off", key)
            self.note = fill(
                self.tr(
                    "The customer display is set to show on %1, and that screen is not connected, so the "
                    "display is off. Connect the screen and it comes back, or choose another under "
                    "Menu → Set-up → Customer display."
                ),
                label,
            )
            return
        if screen is self.till_window.screen():
            self._close()
            log.warning("the customer display's screen %s is the till's own: the display is off", key)
            self.note = fill(
                self.tr(
                    "The customer display is set to show on %1, but the till itself is on that screen, so "
                    "the display is off (it would cover the till). Move the till to the other screen, or "
                    "choose another under Menu → Set-up → Customer display."
                ),
                label,
            )
            return
        self.note = ""
        if self.display is None:
            self.display = CustomerDisplay(self.controller, self.shop_name, self.till_window)
            self.display.set_training(self._training)
        self.display.show_on(screen)
        log.info("the customer display shows on %s", key)

    def _screen_added(self, _screen: QScreen) -> None:
        if self._setting.get("screen"):
            self.apply()  # the chosen screen may be the one plugged in

    def _screen_removed(self, screen: QScreen) -> None:
        if self.display is not None and self.display.isVisible() and self.display.screen() is screen:
            self.apply(gone=screen)

    def _close(self) -> None:
        if self.display is not None:
            self.display.hide()

    def take_note(self) -> str:
        """What kept the display off, once (for a leader who can do something about it)."""
        note, self.note = self.note, ""
        return note

    def set_training(self, on: bool) -> None:
        self._training = on
        if self.display is not None:
            self.display.set_training(on)

    def set_shop_name(self, name: str) -> None:
        self.shop_name = name
        if self.display is not None:
            self.display.set_shop_name(name)

    def close(self) -> None:
        """The till closes: the display goes with it."""
        if self.display is not None:
            self.display.close()
