"""A till on a real shop database, with a receipt printer that prints into memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import load_register, load_shop, till_catalogue
from bruktpos.ui.main_window import MainWindow, TillContext
from bruktpos.ui.printing import ReceiptDesk
from tests.conftest import FakeClock
from tests.integration.conftest import Shop, make_shop


class SwitchablePrinter:
    """A Dummy escpos printer that can be 'switched off' by the test."""

    def __init__(self) -> None:
        self.device = Dummy()
        self.failing: Exception | None = None

    def __call__(self, config: PrinterConfig) -> ReceiptPrinter:
        if self.failing is not None:
            raise self.failing
        return ReceiptPrinter(config, device=self.device)

    @property
    def output(self) -> bytes:
        return self.device.output


@dataclass
class Till:
    shop: Shop
    window: MainWindow
    printer: SwitchablePrinter
    desk: ReceiptDesk


@pytest.fixture
def till(qtbot, tmp_path: Path) -> Iterator[Till]:
    clock = FakeClock()
    shop = make_shop(tmp_path / "shop.sqlite3", clock)
    printer = SwitchablePrinter()
    register = load_register(shop.db)
    settings = SettingsService(shop.db, register_id=register.id, clock=clock)
    desk = ReceiptDesk(shop.db, settings, printer_factory=printer)
    context = TillContext(
        db=shop.db,
        shop=load_shop(shop.db),
        register=register,
        users=shop.users,
        checkout=shop.checkout,
        settings=settings,
        catalogue=till_catalogue(shop.db),
        desk=desk,
    )
    window = MainWindow(context)
    # Not qtbot.addWidget: pytest-qt would close it before the cart is cleared below.
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield Till(shop, window, printer, desk)
    desk.wait()
    window.controller.cart = shop.checkout.new_cart()  # else closing asks about the sale on screen
    window.close()
    window.deleteLater()
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(window.till.scanner)
    shop.close()


def when_dialog_opens(handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the next modal dialog, once it is open (before exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        try:
            handle(dialog)
        except BaseException:
            # Close it, or exec() would wait for ever; the error still fails the test.
            if dialog.isVisible() and hasattr(dialog, "done"):
                dialog.done(0)
            raise

    QTimer.singleShot(0, poll)
