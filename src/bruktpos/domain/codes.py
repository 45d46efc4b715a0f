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
# A voucher's code is in GS1's range for refund receipts (980), so it can never
# be taken for an item or a product, and ends in a GS1 mod-10 check digit (the
# EAN-13 one, at any length), so a mistyped digit is caught::
#
#     980  RRRRRRRRRRRRRRR  C
#     │    │                └ GS1 mod-10 check digit
#     │    └ fifteen random digits, drawn with `secrets` (10¹⁵ codes)
#     └ GS1 prefix for refund receipts
#
# A voucher is worth money to whoever holds its number, so the number says
# nothing about any other: it is drawn at random, never counted up, and the
# service checks it is unused before it is issued. Why fifteen digits: a guess
# must have at most one chance in 10⁹ of hitting *some* live voucher, so the
# codes must number 10⁹ per live voucher. A shop (even a whole chapter sharing
# one file) has thousands of live vouchers, far from a million, and 10¹⁵ codes
# leave 10⁹ per voucher up to a million of them (VOUCHER_LIVE_LIMIT). Nineteen
# digits no longer fit an EAN-13, so the slip prints them as Code 128.
#
# Vouchers issued before (thirteen digits, an EAN-13: ``980 SSS NNNNNN C``
# counted up, then ``980`` and nine random digits) are in the same range and
# still pay.

VOUCHER_PREFIX = "980"
VOUCHER_RANDOM_DIGITS = 15
VOUCHER_CODE_LENGTH = len(VOUCHER_PREFIX) + VOUCHER_RANDOM_DIGITS + 1  # 19
VOUCHER_CODE_SPACE = 10**VOUCHER_RANDOM_DIGITS
# Codes for each live voucher a guess must face, at the least.
VOUCHER_CODES_PER_LIVE = 10**9
# The most live vouchers for which the codes still number VOUCHER_CODES_PER_LIVE each.
VOUCHER_LIVE_LIMIT = VOUCHER_CODE_SPACE // VOUCHER_CODES_PER_LIVE
OLD_VOUCHER_CODE_LENGTH = 13  # an EAN-13, as vouchers were issued before


def gs1_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit of ``body`` (any number of digits).

    From the right, digits weigh 3, 1, 3, …; for twelve digits this is the
    EAN-13 check digit.
    """
    if not body or not body.isascii() or not body.isdigit():
        raise InvalidCode(body)
    total = sum(int(d) * (1 if i % 2 else 3) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def new_voucher_code(draw: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh voucher code: fifteen random digits in the voucher range, with their check digit.

    ``draw(n)`` gives a number in ``0 … n-1``; the default is the operating
    system's cryptographic source, so no code can be worked out from another.
    """
    number = draw(VOUCHER_CODE_SPACE)
    if not 0 <= number < VOUCHER_CODE_SPACE:
        raise ValueError(f"a voucher number is 0–{VOUCHER_CODE_SPACE - 1}: {number}")
    body = f"{VOUCHER_PREFIX}{number:0{VOUCHER_RANDOM_DIGITS}d}"
    return body + str(gs1_check_digit(body))


def is_voucher_code(text: str) -> bool:
    """True for a voucher's code: nineteen digits (new) or an EAN-13 (old), 980…, whose check digit checks."""
    return looks_like_voucher(text) and gs1_check_digit(text[:-1]) == int(text[-1])


def looks_like_voucher(text: str) -> bool:
    """True for digits of a voucher's length in the voucher range, whether or not they check.

    The till sends these to the voucher look-up, so a mistyped voucher gets
    the voucher's answer (no such voucher), not the one for an unknown item.
    """
    return (
        len(text) in (VOUCHER_CODE_LENGTH, OLD_VOUCHER_CODE_LENGTH)
        and text.isascii()
        and text.isdigit()
        and text.startswith(VOUCHER_PREFIX)
    )


def voucher_entry(text: str) -> str:
    """A voucher number as scanned or typed, without the spaces a person copies from the slip.

    ``"980 417 093 265 6"`` (as printed under the barcode) is ``"9804170932656"``;
    anything that is not digits and spaces is only stripped, as :func:`normalize_scan` does.
    """
    joined = "".join(text.split())
    if joined.isascii() and joined.isdigit():
        return joined
    return normalize_scan(text)


def format_voucher_code(code: str) -> str:
    """A voucher code grouped for people to read and type.

    ``980 417 093 265 6`` (thirteen digits, old) and
    ``980 417 093 265 123 456 7`` (nineteen): the prefix, threes, the check digit.
    """
    if len(code) not in (VOUCHER_CODE_LENGTH, OLD_VOUCHER_CODE_LENGTH):
        return code
    body = code[3:-1]
    return " ".join([code[:3], *(body[i : i + 3] for i in range(0, len(body), 3)), code[-1]])
