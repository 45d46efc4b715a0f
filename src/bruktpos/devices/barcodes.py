"""A voucher's barcode on the receipt printer: EAN-13 for the old thirteen digits, Code 128 for the rest.

A voucher code of nineteen digits (``980``, fifteen random digits, a check
digit; see :mod:`bruktpos.domain.codes`) is too long for an EAN-13, so it is
printed as Code 128, the printer's own barcode function B (``GS k 73``).
python-escpos wants Code 128 data to open with its code set: ``{C`` packs two
digits into one character (each pair sent as one byte, 0–99), which keeps the
bars short; the odd last digit follows in code set B (``{B`` and the digit).
Nineteen digits so take 11 symbols, 156 modules with start, check and stop:
at two dots a module 312 dots, which fits a 58 mm roll (384) as well as an
80 mm one (576). The printer prints the digits under the bars itself.

Vouchers issued before (thirteen digits) print as EAN-13 on a reprint, as they
did when they were issued, so a scanner set up for them still reads them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from escpos.escpos import Escpos

BAR_HEIGHT = 80  # dots: about 1 cm at 203 dpi
EAN13_MODULE = 3  # dots a module (as vouchers always printed)
CODE128_MODULE = 2


def code128_data(digits: str) -> str:
    """``digits`` as python-escpos's Code 128 data: pairs in code set C, an odd last digit in set B."""
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"Code 128 here carries digits only: {digits!r}")
    even = len(digits) - len(digits) % 2
    data = "{C" + "".join(chr(int(digits[i : i + 2])) for i in range(0, even, 2))
    if even < len(digits):
        data += "{B" + digits[-1]
    return data


def print_barcode(printer: Escpos, code: str) -> None:
    """Print ``code`` centred as bars with its digits under them (EAN-13 for 13 digits, else Code 128)."""
    printer.set(align="center", normal_textsize=True)
    if len(code) == 13:
        printer.barcode(code, "EAN13", height=BAR_HEIGHT, width=EAN13_MODULE, pos="BELOW", align_ct=True)
    else:
        printer.barcode(
            code128_data(code),
            "CODE128",
            height=BAR_HEIGHT,
            width=CODE128_MODULE,
            pos="BELOW",
            align_ct=True,
            function_type="B",
        )
