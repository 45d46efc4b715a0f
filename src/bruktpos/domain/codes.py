"""In-store item codes: EAN-13 in GS1's "within a company" range.

GS1 keeps prefixes 040–049 for numbers a company assigns for use inside its
own walls, so they never collide with a manufacturer's barcode (20–29 is left
to price-embedded goods). A BruktPOS code reads::

    04  SSS  NNNNNNN  C
    │   │    │        └ EAN-13 check digit
    │   │    └ serial within the shop (10 million codes)
    │   └ the shop's number in its chapter (000–999), so an item moved to
    │     another shop keeps a code nobody else has
    └ GS1 in-store prefix

Serials come from a counter that only goes up, so a code is never reused.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from bruktpos.domain.errors import InvalidCode

PREFIX = "04"
SHOP_DIGITS = 3
SERIAL_DIGITS = 7
MAX_SHOP_NUMBER = 10**SHOP_DIGITS - 1
MAX_SERIAL = 10**SERIAL_DIGITS - 1


def ean13_check_digit(first12: str) -> int:
    """The EAN-13 check digit of twelve digits."""
    if len(first12) != 12 or not first12.isdigit():
        raise InvalidCode(first12)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def is_valid_ean13(text: str) -> bool:
    """True for thirteen ASCII digits whose last digit checks."""
    return (
        len(text) == 13
        and text.isascii()
        and text.isdigit()
        and ean13_check_digit(text[:12]) == int(text[12])
    )


def make_item_code(shop_number: int, serial: int) -> str:
    """The code for a shop's ``serial``-th item."""
    if not 0 <= shop_number <= MAX_SHOP_NUMBER:
        raise ValueError(f"shop number {shop_number} is outside 0–{MAX_SHOP_NUMBER}")
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError(f"serial {serial} is outside 1–{MAX_SERIAL}")
    body = f"{PREFIX}{shop_number:0{SHOP_DIGITS}d}{serial:0{SERIAL_DIGITS}d}"
    return body + str(ean13_check_digit(body))


def is_item_code(text: str) -> bool:
    """True for a valid EAN-13 in the in-store range."""
    return is_valid_ean13(text) and text.startswith(PREFIX)


def parse_item_code(text: str) -> tuple[int, int]:
    """``(shop_number, serial)`` of an in-store code, or :class:`InvalidCode`."""
    code = text.strip()
    if not is_item_code(code):
        raise InvalidCode(text)
    shop = int(code[2 : 2 + SHOP_DIGITS])
    serial = int(code[2 + SHOP_DIGITS : 12])
    return shop, serial


def normalize_scan(text: str) -> str:
    """What a scanner or keyboard gave, without surrounding whitespace.

    Scanners set to UPC-A drop the leading zero of an EAN-13 that starts with
    0; such a 12-digit read is given its zero back when that makes a valid
    EAN-13.
    """
    code = text.strip()
    if len(code) == 12 and code.isdigit() and is_valid_ean13("0" + code):
        return "0" + code
    return code


# --- store credit: vouchers ("tilgodelapp") ---------------------------------
#
# A voucher's code is an EAN-13 in GS1's range for refund receipts (980), so a
# scanner reads it and it can never be taken for an item or a product::
#
#     980  RRRRRRRRR  C
#     │    │          └ EAN-13 check digit
#     │    └ nine random digits, drawn with `secrets` (10⁹ codes)
#     └ GS1 prefix for refund receipts
#
# A voucher is worth money to whoever holds its number, so the number says
# nothing about any other: it is drawn at random, never counted up, and the
# service checks it is unused before it is issued. Vouchers issued before
# codes were random (``980 SSS NNNNNN C``: shop number and a serial) are in
# the same range and the same shape, and still pay.

VOUCHER_PREFIX = "980"
VOUCHER_RANDOM_DIGITS = 9
VOUCHER_CODE_SPACE = 10**VOUCHER_RANDOM_DIGITS


def new_voucher_code(draw: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh voucher code: nine random digits in the voucher range, with their check digit.

    ``draw(n)`` gives a number in ``0 … n-1``; the default is the operating
    system's cryptographic source, so no code can be worked out from another.
    """
    number = draw(VOUCHER_CODE_SPACE)
    if not 0 <= number < VOUCHER_CODE_SPACE:
        raise ValueError(f"a voucher number is 0–{VOUCHER_CODE_SPACE - 1}: {number}")
    body = f"{VOUCHER_PREFIX}{number:0{VOUCHER_RANDOM_DIGITS}d}"
    return body + str(ean13_check_digit(body))


def is_voucher_code(text: str) -> bool:
    """True for a valid EAN-13 in the refund-receipt range (a voucher, old or new)."""
    return is_valid_ean13(text) and text.startswith(VOUCHER_PREFIX)


def format_voucher_code(code: str) -> str:
    """A voucher code grouped for people to read and type: ``980 417 093 265 6``."""
    if len(code) != 13:
        return code
    return f"{code[:3]} {code[3:6]} {code[6:9]} {code[9:12]} {code[12]}"
