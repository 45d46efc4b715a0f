"""Letters the printer's code page lacks print the plain way, never as "?"."""

from __future__ import annotations

import pytest
from escpos.printer import Dummy
from hypothesis import given
from hypothesis import strategies as st

from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.devices.receipts import ReceiptLine
from bruktpos.devices.transliterate import code_page_has, plain_text

CP865 = code_page_has("CP865")


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Łukasz Wiśniewski", "Lukasz Wisniewski"),
        ("Małgorzata Dąbrowska", "Malgorzata Dabrowska"),
        ("Đorđe Škorić", "Dorde Skoric"),
        ("Ørjan Ås Bæreia", "Ørjan Ås Bæreia"),  # CP865 has them: left as they are
        ("Zoë Müller-Lüdenscheidt", "Zoë Müller-Lüdenscheidt"),
        ("Çağlar Şahin", "Çaglar Sahin"),
        ("Œdipe Straße", "OEdipe Straße"),
        ("Nguyễn Thị Ánh", "Nguyen Thi Anh"),  # CP865 has á but not Á
    ],
)
def test_names_read_right_in_cp865(name: str, printed: str) -> None:
    assert plain_text(name, CP865) == printed


def test_a_page_without_o_slash_gets_plain_o_and_one_with_it_keeps_it() -> None:
    ascii_only = str.isascii
    assert plain_text("Ørjan Ærø Łukasz", ascii_only) == "Orjan AEro Lukasz"
    assert plain_text("Ørjan", CP865) == "Ørjan"


def test_only_what_cannot_be_written_at_all_is_a_question_mark() -> None:
    assert plain_text("漢字 ok", CP865) == "?? ok"


@given(st.text())
def test_what_comes_out_is_always_writable(text: str) -> None:
    out = plain_text(text, CP865)
    assert all(CP865(char) for char in out)


def test_the_receipt_printer_prints_the_plain_name() -> None:
    device = Dummy()
    ReceiptPrinter(PrinterConfig(), device=device).print_receipt([ReceiptLine("Kasserer: Łukasz Wiśniewski")])
    text = device.output.decode("cp865")
    assert "Kasserer: Lukasz Wisniewski" in text and "?" not in text
