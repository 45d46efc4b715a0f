"""Routine work does not freeze the till: it runs beside the event loop, which goes on (issue 18 part 5).

Each test makes the work wait, where it runs, until the GUI thread's event
loop has ticked a few more times. Off the GUI thread the ticks come at once.
Moved back onto the GUI thread, the work would hold the loop, no tick could
come, and the wait would end empty after its timeout: the test fails. The
timings themselves are the benchmark's (tests/bench/stalls.py).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bruktpos.devices import labels as labels_module
from bruktpos.devices.labels import PROGRESS_EVERY
from bruktpos.services.intake import IntakeService
from bruktpos.services.shop import till_catalogue
from bruktpos.ui.intake import pricing as pricing_module
from bruktpos.ui.intake.pricing import PricingScreen
from bruktpos.ui.till.payment_dialog import PaymentDialog
from tests.conftest import FakeClock
from tests.integration.conftest import CASHIER_PIN, LEADER_PIN, make_shop

from .conftest import Till, click, log_in, rows, scan, when_dialog_opens
from .test_day import close_screen_count, tap_keys

WAIT_S = 5.0


class Ticks:
    """A 5 ms timer on the GUI thread that counts its ticks, and calls ``each`` at every one."""

    def __init__(self, each: Callable[[], None] = lambda: None) -> None:
        self.count = 0
        self.each = each
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1
        self.each()

    def come(self, more: int) -> bool:
        """Wait (where the work runs) for ``more`` ticks; False if they did not come in time."""
        start, deadline = self.count, time.monotonic() + WAIT_S
        while self.count < start + more:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True


@pytest.fixture
def ticks() -> Iterator[Ticks]:
    ticks = Ticks()
    yield ticks
    ticks.timer.stop()


def test_a_label_sheet_of_300_is_drawn_while_the_loop_goes_on_and_says_how_far_it_is(
    qtbot, tmp_path: Path, ticks: Ticks, monkeypatch
) -> None:
    clock = FakeClock()
    shop = make_shop(tmp_path / "s.sqlite3", clock)
    screen = PricingScreen(
        IntakeService(shop.db, clock=FakeClock()), till_catalogue(shop.db), shop.db, "Testbutikken"
    )
    screen.set_operator(shop.cashier)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    real = pricing_module.label_sheet_pdf
    came: list[bool] = []
    drawn_by: list[threading.Thread] = []
    shown: set[str] = set()
    ticks.each = lambda: shown.add(screen.print_button.text())

    def drawing(*args: Any, progress: Callable[[int, int], None], **kwargs: Any) -> int:
        drawn_by.append(threading.current_thread())

        def so_far(done: int, of: int) -> None:
            progress(done, of)
            if done in (PROGRESS_EVERY, 4 * PROGRESS_EVERY):  # the loop turns while the sheet is drawn
                came.append(ticks.come(4))

        return real(*args, progress=so_far, **kwargs)

    monkeypatch.setattr(pricing_module, "label_sheet_pdf", drawing)
    try:
        click(qtbot, screen.category_buttons[shop.books])
        click(qtbot, screen.suggestion_buttons[0])
        screen.count.setValue(300)
        click(qtbot, screen.print_button)
        qtbot.waitUntil(lambda: not screen.writing_labels, timeout=int(WAIT_S * 3000))

        assert came == [True, True]
        assert drawn_by and drawn_by[0] is not threading.main_thread()
        # The button said how far the sheet had come while it was drawn, then what it is again.
        assert any(re.fullmatch(r"Making the label sheet … \d+ of 300", text) for text in shown), shown
        assert screen.print_button.text() == "Print labels" and screen.print_button.isEnabled()
        assert screen.last_pdf is not None and screen.last_pdf.exists()
    finally:
        screen.close()
        shop.close()


def test_a_label_sheet_gives_way_while_the_gui_thread_is_at_work(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The sheet's worker naps while the GUI thread works, rather than take the GIL from it half the time.

    Python work in a worker shares the GIL with the GUI thread, which takes
    it back at every call from Qt into Python: a paint beside a label sheet
    froze the till for 200 ms. Here the GUI thread works in Python for 300 ms
    while the sheet is drawn: taking the GIL at each switch (every 5 ms), the
    worker drew some 25 labels in that time; giving way, it draws one (a nap
    ends after 200 ms at most, so the work goes on beside a busy GUI).
    """
    clock = FakeClock()
    shop = make_shop(tmp_path / "s.sqlite3", clock)
    screen = PricingScreen(
        IntakeService(shop.db, clock=FakeClock()), till_catalogue(shop.db), shop.db, "Testbutikken"
    )
    screen.set_operator(shop.cashier)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    real_draw = labels_module._draw_label
    drawn_at: list[float] = []
    under_way = threading.Event()

    def drawing(*args: Any, **kwargs: Any) -> None:
        drawn_at.append(time.perf_counter())
        if len(drawn_at) == 10:
            under_way.set()
        real_draw(*args, **kwargs)

    monkeypatch.setattr(labels_module, "_draw_label", drawing)
    work: list[float] = []

    def at_work() -> None:  # on the GUI thread: 300 ms of Python, as a big paint's calls into it are
        if not under_way.is_set():
            QTimer.singleShot(1, at_work)
            return
        start = time.perf_counter()
        while time.perf_counter() - start < 0.3:
            sum(range(1000))
        work.extend((start, time.perf_counter()))

    try:
        click(qtbot, screen.category_buttons[shop.books])
        click(qtbot, screen.suggestion_buttons[0])
        screen.count.setValue(500)
        QTimer.singleShot(0, at_work)
        click(qtbot, screen.print_button)
        qtbot.waitUntil(lambda: not screen.writing_labels, timeout=int(WAIT_S * 3000))

        assert len(drawn_at) == 500 and work
        beside = [at for at in drawn_at if work[0] + 0.01 < at < work[1]]
        assert len(beside) <= 5, f"{len(beside)} labels drawn while the GUI thread worked"
        assert screen.last_pdf is not None and screen.last_pdf.exists()
    finally:
        screen.close()
        shop.close()


def test_the_z_is_taken_while_the_loop_goes_on_and_the_z_button_waits(
    qtbot, till: Till, ticks: Ticks, monkeypatch
) -> None:
    window, shop = till.window, till.shop
    log_in(qtbot, till, shop.leader.id, LEADER_PIN)
    window.close_day_action.trigger()
    screen = window.day_screens.close_screen
    close_screen_count(qtbot, screen, {20000: 2, 10000: 4, 5000: 4, 2000: 5, 1000: 5, 500: 6, 100: 10})
    click(qtbot, screen.next_button)
    click(qtbot, screen.next_button)
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.entry_buttons["vipps"])
    tap_keys(qtbot, screen.terminal_input.keypad, "0")
    click(qtbot, screen.next_button)
    day = screen._day
    real = day.close_day
    came: list[bool] = []
    taken_by: list[threading.Thread] = []
    waiting: list[tuple[bool, str]] = []
    ticks.each = lambda: waiting.append((screen.z_button.isEnabled(), screen.z_button.text()))

    def closing(*args: Any, **kwargs: Any) -> Any:
        taken_by.append(threading.current_thread())
        came.append(ticks.come(4))
        return real(*args, **kwargs)

    monkeypatch.setattr(day, "close_day", closing)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        click(qtbot, next(b for b in box.buttons() if b.text() == "Take Z report"))

    when_dialog_opens(confirm)
    click(qtbot, screen.z_button)
    qtbot.waitUntil(lambda: screen.result is not None, timeout=int(WAIT_S * 3000))

    assert came == [True]
    assert taken_by and taken_by[0] is not threading.main_thread()
    assert (False, "Taking the Z report …") in waiting  # the button waited, disabled, and said why
    assert screen.result.z_number == 1
    assert screen.finish_button.isVisible() and not screen.z_button.isVisible()


def test_the_day_is_opened_while_the_loop_goes_on_and_the_open_button_waits(
    qtbot, closed_till: Till, ticks: Ticks, monkeypatch
) -> None:
    window, shop = closed_till.window, closed_till.shop
    log_in(qtbot, closed_till, shop.cashier.id, CASHIER_PIN, lands_on=window.day_screens.gate)
    click(qtbot, window.day_screens.gate.open_button)
    screen = window.day_screens.open_screen
    close_screen_count(qtbot, screen, {20000: 2, 10000: 4})  # kr 800
    day = screen._day
    real = day.open_day
    came: list[bool] = []
    opened_by: list[threading.Thread] = []
    waiting: list[tuple[bool, str, bool]] = []
    ticks.each = lambda: waiting.append(
        (screen.open_button.isEnabled(), screen.open_button.text(), screen.cancel_button.isEnabled())
    )

    def opening(*args: Any, **kwargs: Any) -> Any:
        opened_by.append(threading.current_thread())
        came.append(ticks.come(4))
        return real(*args, **kwargs)

    monkeypatch.setattr(day, "open_day", opening)
    click(qtbot, screen.open_button)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till, timeout=int(WAIT_S * 3000))

    assert came == [True]
    assert opened_by and opened_by[0] is not threading.main_thread()
    assert (False, "Opening the day …", False) in waiting  # the button waited and said why; Cancel too
    assert "kr\u00a0800,00" in window.till.message.text()
    assert rows(closed_till, "SELECT status, opening_float FROM business_days") == [("open", 80000)]


def test_the_x_is_taken_while_the_loop_goes_on_and_its_screen_comes_with_the_figures(
    qtbot, till: Till, ticks: Ticks, monkeypatch
) -> None:
    window, shop = till.window, till.shop
    log_in(qtbot, till, shop.leader.id, LEADER_PIN)
    screen = window.day_screens.x_screen
    day = screen._day
    real = day.x_report
    came: list[bool] = []
    taken_by: list[threading.Thread] = []
    seen: list[tuple[bool, int]] = []
    ticks.each = lambda: seen.append((window.stack.currentWidget() is screen, len(screen.table.texts())))

    def taking(*args: Any, **kwargs: Any) -> Any:
        taken_by.append(threading.current_thread())
        came.append(ticks.come(4))
        return real(*args, **kwargs)

    monkeypatch.setattr(day, "x_report", taking)
    window.x_report_action.trigger()
    window.x_report_action.trigger()  # a second tap while it is taken: one X, not two
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=int(WAIT_S * 3000))

    assert came == [True]
    assert taken_by and taken_by[0] is not threading.main_thread()
    assert (False, 0) in seen  # the till stayed, and answered, while the X was taken
    assert all(texts for shown, texts in seen if shown)  # never the screen without its figures
    assert "Netto salg" in screen.table.texts()
    assert rows(till, "SELECT count(*) FROM journal WHERE event = 'x_report'") == [(1,)]


def test_the_payment_dialog_is_built_before_the_first_pay_and_used_for_every_sale(qtbot, till: Till) -> None:
    window, shop = till.window, till.shop
    screen = window.till
    log_in(qtbot, till, shop.cashier.id, CASHIER_PIN)
    # Built at idle once the till shows, a part per turn of the loop: not by the tap on Pay.
    qtbot.waitUntil(lambda: screen._payment is not None and screen._payment._building is None, timeout=5000)
    built = screen._payment
    opened: list[QWidget] = []

    def pay(dialog: QWidget) -> None:
        opened.append(dialog)
        assert isinstance(dialog, PaymentDialog)
        assert dialog.completed is None and not dialog.saving  # ready for this sale, not the last one's
        click(qtbot, dialog.exact_button)
        qtbot.waitUntil(lambda: dialog.completed is not None, timeout=5000)
        click(qtbot, dialog.receipt_button)

    for code in shop.codes[:2]:
        scan(qtbot, till, code)
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
        when_dialog_opens(pay)
        click(qtbot, screen.pay_button)
        qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=5000)
    assert opened == [built, built]
    assert QApplication.activeModalWidget() is None
    assert rows(till, "SELECT count(*) FROM sales") == [(2,)]
