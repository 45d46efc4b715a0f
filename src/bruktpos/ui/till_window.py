"""What the till's screens know of the main window: the context it made and the few things they ask of it.

:class:`TillContext` is made once at start (:mod:`bruktpos.ui.app`);
:class:`TillWindow` is the part of :class:`~bruktpos.ui.main_window.MainWindow`
that the day's screens and the login list use. They name these instead of the
main window itself, so the main window imports them and not the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from bruktpos.domain.errors import BruktError
    from bruktpos.domain.people import Operator
    from bruktpos.domain.roles import Action
    from bruktpos.services.checkout import CheckoutService
    from bruktpos.services.settings import SettingsService
    from bruktpos.services.shop import RegisterInfo, ShopInfo, TillCatalogue
    from bruktpos.services.users import UserService
    from bruktpos.store.db import Database
    from bruktpos.ui.printing import ReceiptDesk
    from bruktpos.ui.till.controller import TillController
    from bruktpos.ui.till.screen import TillScreen


@dataclass
class TillContext:
    """Everything the till's screens work with, made once at start."""

    db: Database
    shop: ShopInfo
    register: RegisterInfo
    users: UserService
    checkout: CheckoutService
    settings: SettingsService
    catalogue: TillCatalogue
    desk: ReceiptDesk


class TillWindow(Protocol):
    """The main window as the day's screens and the login list see it."""

    stack: QStackedWidget
    till: TillScreen
    controller: TillController
    context: TillContext
    attached: bool
    load_error: BruktError | None

    def ensure_attached(self) -> TillContext | None: ...

    def loaded(self, timeout: float | None = None) -> TillContext: ...

    def show_till(self) -> None: ...

    def shop_changed(self, shop: ShopInfo) -> None: ...

    def _ask_for_leader(self, action: Action, reason: str) -> Operator | None: ...

    def _leader_or_self(self, action: Action, reason: str) -> Operator | None: ...
