"""Training mode is unmistakable on every dialog, not only on the till behind it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.roles import Action
from bruktpos.ui.day.movement import CashMovementDialog
from bruktpos.ui.leader_pin import LeaderPinDialog
from bruktpos.ui.look import load_theme
from bruktpos.ui.till.payment_dialog import PaymentDialog
from bruktpos.ui.training import TrainingMark, band_of
from tests.integration.conftest import LEADER_PIN

from .conftest import Till, click, log_in, scan, settle, when_dialog_opens


def _band_on(qtbot, dialog: QWidget) -> str:
    """The band's text; it lies across the top of the dialog and covers none of it."""
    band = band_of(dialog)
    assert band is not None and band.isVisible(), type(dialog).__name__
    assert band.geometry().top() == 0 and band.width() == dialog.width() and band.height() >= 36
    layout = dialog.layout()
    assert layout is not None
    # The dialog lays itself out again, below the band.
    qtbot.waitUntil(lambda: layout.geometry().top() >= band.height(), timeout=2000)
    return band.text()


def test_the_band_is_on_the_payment_and_every_other_dialog_and_goes_with_training(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.training_action.trigger()  # Kari may switch it alone
    assert window.controller.training and window.training_label.isVisible()

    seen: dict[str, str] = {}
    scan(qtbot, till, till.shop.codes[0])

    def pay(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        seen["payment"] = _band_on(qtbot, dialog)
        click(qtbot, dialog.method_buttons[PaymentMethod.CARD])
        click(qtbot, dialog.approved_button)
        click(qtbot, dialog.receipt_button)

    when_dialog_opens(pay)
    click(qtbot, window.till.pay_button)  # the payment covers the till and its orange bar
    settle(qtbot, till)
    till.desk.wait()
    settle(qtbot, till)  # the printed receipt's journal entry too: the switch below writes on this thread

    def movement(dialog: QWidget) -> None:
        assert isinstance(dialog, CashMovementDialog)
        seen["movement"] = _band_on(qtbot, dialog)
        click(qtbot, dialog.cancel_button)

    when_dialog_opens(movement)
    window.cash_action.trigger()

    # Even Qt's own message boxes, which no one in BruktPOS builds by hand.
    box = QMessageBox(QMessageBox.Icon.Question, "?", "A question", parent=window)
    box.show()
    qtbot.waitExposed(box)
    seen["message box"] = _band_on(qtbot, box)
    box.close()
    assert seen == dict.fromkeys(("payment", "movement", "message box"), "TRAINING MODE — nothing counts")

    window.training_action.trigger()  # off again
    assert not window.controller.training

    def no_band(dialog: QWidget) -> None:
        seen["after"] = "band" if band_of(dialog) is not None else "none"
        assert isinstance(dialog, QDialog)
        dialog.reject()

    when_dialog_opens(no_band)
    window.cash_action.trigger()
    assert seen["after"] == "none"


def test_a_dialog_open_when_training_starts_gets_the_band_and_loses_it_after(qtbot, till: Till) -> None:
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    box = QMessageBox(QMessageBox.Icon.Information, "!", "Open before training", parent=window)
    box.show()
    qtbot.waitExposed(box)
    height = box.layout().geometry().top()
    assert band_of(box) is None
    window.set_training(True)
    assert _band_on(qtbot, box) == "TRAINING MODE — nothing counts"
    window.set_training(False)
    qtbot.wait(10)
    assert band_of(box) is None
    assert box.layout().geometry().top() == height  # its room given back
    box.close()


def test_the_leaders_pin_with_the_band_still_fits_700_px(qtbot, qapp, shop) -> None:
    load_theme(qapp)
    mark = TrainingMark()
    mark.set_on(True)
    try:
        dialog = LeaderPinDialog(shop.users, Action.TRAINING_MODE, "")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.select_user(shop.leader.id)  # the PIN pad: the taller page
        assert _band_on(qtbot, dialog) == "TRAINING MODE — nothing counts"
        qtbot.wait(20)
        assert dialog.height() <= 700, dialog.height()
        pad = dialog.pin_pad
        bottom = dialog.cancel_button.mapTo(dialog, dialog.cancel_button.rect().bottomLeft()).y()
        assert bottom < dialog.height() and pad.ok_button.height() >= 48
    finally:
        mark.set_on(False)
