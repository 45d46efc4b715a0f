"""The receipt printer settings keep what they are given, and print a sample with æøå and a barcode."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox

from bruktpos.devices.printer import PrinterConfig
from bruktpos.devices.receipts import SAMPLE_CODE
from bruktpos.domain.cart import PaymentMethod
from tests.fake_escpos import FakeEscposPrinter
from tests.integration.conftest import LEADER_PIN

from .conftest import Till, click, log_in

SET_UP_BY_HAND = [
    PrinterConfig(
        kind="usb",
        usb_vendor_id="04b8",  # written without 0x: stays so
        usb_product_id="0x0202",
        usb_in_ep="0x81",
        usb_out_ep="0x03",
        columns=48,
        codepage="CP858",
        profile="TM-T88III",
        drawer_pin=5,
        check_status=False,
    ),
    PrinterConfig(kind="network", host="192.168.1.50", port=9101, drawer_pin=5, codepage="CP850"),
    PrinterConfig(
        kind="serial", serial_device="/dev/ttyUSB0", baudrate=38400, columns=32, check_status=False
    ),
    PrinterConfig(kind="cups", cups_printer="Kvittering", drawer_pin=5, check_status=False),
    PrinterConfig(kind="file", file_path="/tmp/kvitteringer.bin", columns=56, profile="TM-T20II"),
]


def _open(qtbot, till: Till):
    window = till.window
    log_in(qtbot, till, till.shop.leader.id, LEADER_PIN)
    window.printer_action.trigger()
    screen = window.printer_settings
    assert window.stack.currentWidget() is screen
    return screen


def _store(till: Till, config: PrinterConfig) -> None:
    till.window.context.settings.set("receipt_printer", config.as_dict(), by=till.shop.leader)


def _stored(till: Till) -> dict:
    return till.window.context.settings.get("receipt_printer")


def _tap_kind(qtbot, screen, kind: str) -> None:
    """Tap a kind of connection at the far end of its row: the whole row takes the tap, not only the words."""
    button = screen.choice.kind_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() - 4, button.height() - 4))
    assert screen.choice.kind() == kind


def _choose(qtbot, combo: QComboBox, data: object) -> None:
    """Step through the list with the arrow keys, as with a keyboard, to the entry for ``data``."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0, data
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


@pytest.mark.parametrize("config", SET_UP_BY_HAND, ids=[c.kind for c in SET_UP_BY_HAND])
def test_opening_and_saving_changes_nothing(qtbot, till: Till, config: PrinterConfig) -> None:
    _store(till, config)
    before = _stored(till)
    screen = _open(qtbot, till)
    click(qtbot, screen.save_button)
    assert screen.status.text() == "Saved." and screen.status.property("level") == "info"
    assert _stored(till) == before
    assert PrinterConfig.from_dict(_stored(till)) == config


def test_a_change_changes_only_that(qtbot, till: Till) -> None:
    config = SET_UP_BY_HAND[0]
    _store(till, config)
    screen = _open(qtbot, till)
    assert screen.drawer_pin.currentData() == 5 and screen.codepage.currentData() == "CP858"
    assert screen.paper.currentText() == "48 characters" and not screen.check_status.isChecked()
    _choose(qtbot, screen.drawer_pin, 2)
    click(qtbot, screen.save_button)
    assert PrinterConfig.from_dict(_stored(till)) == PrinterConfig(**{**vars(config), "drawer_pin": 2})

    _choose(qtbot, screen.codepage, "CP865")
    qtbot.mouseClick(screen.check_status, Qt.MouseButton.LeftButton)
    _choose(qtbot, screen.paper, 32)
    click(qtbot, screen.save_button)
    assert PrinterConfig.from_dict(_stored(till)) == PrinterConfig(
        **{**vars(config), "drawer_pin": 2, "codepage": "CP865", "check_status": True, "columns": 32}
    )
    # Another connection: the new address, and the drawer, letters and check as they were.
    _tap_kind(qtbot, screen, "network")
    qtbot.keyClicks(screen.choice.host, "192.168.1.60")
    click(qtbot, screen.save_button)
    stored = _stored(till)
    assert (stored["kind"], stored["host"], stored["drawer_pin"], stored["profile"]) == (
        "network",
        "192.168.1.60",
        2,
        "TM-T88III",
    )


def test_a_queue_says_it_cannot_answer_and_keeps_the_check_as_it_was(qtbot, till: Till) -> None:
    _store(till, PrinterConfig(kind="network", host="192.168.1.50"))
    screen = _open(qtbot, till)
    assert screen.check_status.isEnabled() and screen.check_status.isChecked()
    assert not screen.status_note.isVisible()
    _tap_kind(qtbot, screen, "cups")
    assert not screen.check_status.isEnabled() and screen.check_status.isChecked()
    assert screen.status_note.isVisible() and "cannot tell the till" in screen.status_note.text()
    screen.choice.cups_name.setCurrentText("Kvittering")
    click(qtbot, screen.save_button)
    assert _stored(till)["check_status"] is True  # for when it is on the network again


def test_the_sample_has_norwegian_letters_other_names_and_a_barcode(qtbot, till: Till) -> None:
    _store(till, PrinterConfig(kind="network", host="192.168.1.50"))
    screen = _open(qtbot, till)
    assert screen.test_button.text() == "Print a sample"
    with qtbot.waitSignal(till.desk.test_printed, timeout=5000):
        click(qtbot, screen.test_button)
    assert screen.status.text() == "The sample was sent to the printer."
    out = till.printer.output
    text = out.decode("cp865")
    assert "Norske bokstaver: æ ø å Æ Ø Å" in text
    assert "Lukasz Wisniewski" in text and "?" not in text
    assert b"\x1dk" in out and SAMPLE_CODE[:12].encode() in out  # GS k: the EAN-13 barcode
    assert _stored(till) == PrinterConfig(kind="network", host="192.168.1.50").as_dict()  # nothing saved


@pytest.mark.parametrize("size", [(1024, 768), (1366, 700), (1920, 1080)])
def test_the_screen_fits(qtbot, till: Till, size: tuple[int, int], tmp_path) -> None:
    _store(till, PrinterConfig(kind="cups", cups_printer="Kvittering"))
    screen = _open(qtbot, till)
    till.window.resize(*size)
    qtbot.wait(50)
    for widget in (screen.save_button, screen.check_status, screen.status_note, screen.drawer_pin):
        corner = widget.mapTo(screen, widget.rect().bottomRight())
        assert screen.rect().contains(corner), (widget.objectName(), corner, screen.size())
    till.window.grab().save(f"/tmp/printer-settings-{size[0]}x{size[1]}.png")


# --- asking the printer how it is: one plain sentence per state --------------------


@pytest.fixture
def fake() -> Iterator[FakeEscposPrinter]:
    printer = FakeEscposPrinter()
    yield printer
    printer.close()


STATES = {
    "ready": ("", "The printer is ready."),
    "paper_out": ("paper_out", "The paper is out. Put in a new roll."),
    "paper_near_end": ("paper_near_end", "The paper roll is nearly empty."),
    "cover_open": ("cover_open", "The cover is open. Close it firmly."),
    "offline": ("offline", "The printer says it is offline."),
    "drawer_open": ("drawer_pin3_high", "The cash drawer is open."),
}


@pytest.mark.parametrize("state", list(STATES))
def test_asking_the_printer_says_each_state_in_plain_words(
    qtbot, till: Till, fake: FakeEscposPrinter, state: str
) -> None:
    till.printer.timeouts = {"status_timeout": 0.5, "write_timeout": 0.5}
    _store(till, PrinterConfig(kind="network", host="127.0.0.1", port=fake.port))
    attribute, sentence = STATES[state]
    if attribute:
        setattr(fake, attribute, True)
    screen = _open(qtbot, till)
    with qtbot.waitSignal(till.desk.printer_checked, timeout=5000):
        click(qtbot, screen.check_button)
    text = screen.status.text()
    assert sentence in text, text
    assert ("The printer is ready." in text) == (state in ("ready", "paper_near_end", "drawer_open"))
    assert fake.printed == bytearray() and fake.held == bytearray()  # asking prints nothing
    others = [s for name, (_a, s) in STATES.items() if name not in (state, "ready")]
    assert not any(other in text for other in others), text


def test_a_queue_says_it_cannot_tell(qtbot, till: Till) -> None:
    till.printer.timeouts = {}
    _store(till, PrinterConfig(kind="file", file_path="/dev/null"))
    screen = _open(qtbot, till)
    with qtbot.waitSignal(till.desk.printer_checked, timeout=5000):
        click(qtbot, screen.check_button)
    assert screen.status.text().startswith("This connection cannot tell how the printer is.")


def test_a_nearly_empty_roll_is_mentioned_once_a_day(qtbot, till: Till, fake: FakeEscposPrinter) -> None:
    till.printer.timeouts = {"status_timeout": 0.5, "write_timeout": 0.5}
    _store(till, PrinterConfig(kind="network", host="127.0.0.1", port=fake.port))
    fake.paper_near_end = True
    checkout = till.shop.checkout
    cart = checkout.new_cart()
    checkout.scan(cart, till.shop.codes[5])
    checkout.pay(cart, PaymentMethod.CARD)
    sale_id = checkout.complete(cart, operator=till.shop.cashier).sale_id
    said: list[str] = []
    till.desk.paper_low.connect(said.append)

    def print_it() -> None:
        with qtbot.waitSignal(till.desk.printed, timeout=5000):
            till.desk.print_sale(sale_id, copy=True)
        qtbot.wait(20)  # paper_low, if any, is queued before printed

    for _ in range(3):
        print_it()
    assert len(said) == 1 and "nearly empty" in said[0]
    till.desk.settings.clock.advance(days=1)  # type: ignore[attr-defined]  # the tests' FakeClock
    print_it()
    print_it()
    assert len(said) == 2
    assert fake.text().count("Salgskvittering") == 5  # every copy printed all the same
