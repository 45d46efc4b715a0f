"""Price tag codes: one barcode for many identical cheap things.

Twenty paperbacks at 20 kr need no twenty unique item codes: they can all
carry the same price tag, which the till sells as an open-price line in the
category, without stock tracking. The code is an EAN-13 in GS1's range for
price-embedded goods, so it never collides with a manufacturer's barcode nor
with BruktPOS's own item codes (prefix 04). A price tag code reads::

    29  CCC  0  PPPPPP  C
    │   │    │  │       └ EAN-13 check digit
    │   │    │  └ price in øre (000001–999999, so up to kr 9 999,99)
    │   │    └ layout digit, always 0 for now: room for another layout
    │   │      (a price verifier digit, a shop number) without
    │   │      misreading the labels already on the shelves
    │   └ the category's number (001–999)
    └ the price-embedded prefix BruktPOS uses

GS1 leaves the layout of 20–29 to each country and shop, so a donated thing
may still carry another shop's price-embedded code (weighed groceries, say).
BruktPOS takes the last prefix of the range, and such a stranger is read as a
price tag only if it is also a 29 code with layout digit 0 and a category the
till knows; the till should show the price it read.

The price is in øre so a café's kr 12,50 fits; the EAN-13 check digit
guards it like every other digit.
"""

from __future__ import annotations

from bruktpos.domain.codes import ean13_check_digit, is_valid_ean13
from bruktpos.domain.errors import InvalidCategoryNumber, InvalidCode, InvalidPrice

PREFIX = "29"
CATEGORY_DIGITS = 3
LAYOUT = "0"
PRICE_DIGITS = 6
MIN_CATEGORY_NUMBER = 1
MAX_CATEGORY_NUMBER = 10**CATEGORY_DIGITS - 1
MAX_PRICE = 10**PRICE_DIGITS - 1  # øre: kr 9 999,99

_CATEGORY_AT = len(PREFIX)
_LAYOUT_AT = _CATEGORY_AT + CATEGORY_DIGITS
_PRICE_AT = _LAYOUT_AT + len(LAYOUT)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def make_price_tag_code(category_number: int, price: int) -> str:
    """The price tag code for ``price`` øre in category ``category_number``.

    Raises :class:`InvalidCategoryNumber` for a number outside 1–999 and
    :class:`~bruktpos.domain.errors.InvalidPrice` for a price outside
    1 øre – kr 9 999,99.
    """
    if not _is_int(category_number) or not MIN_CATEGORY_NUMBER <= category_number <= MAX_CATEGORY_NUMBER:
        raise InvalidCategoryNumber(category_number, MAX_CATEGORY_NUMBER)
    if not _is_int(price) or not 1 <= price <= MAX_PRICE:
        raise InvalidPrice(price, MAX_PRICE)
    body = f"{PREFIX}{category_number:0{CATEGORY_DIGITS}d}{LAYOUT}{price:0{PRICE_DIGITS}d}"
    return body + str(ean13_check_digit(body))


def is_price_tag_code(text: str) -> bool:
    """True for a valid EAN-13 laid out as a BruktPOS price tag."""
    if not (is_valid_ean13(text) and text.startswith(PREFIX) and text[_LAYOUT_AT] == LAYOUT):
        return False
    category = int(text[_CATEGORY_AT:_LAYOUT_AT])
    price = int(text[_PRICE_AT:12])
    return category >= MIN_CATEGORY_NUMBER and price >= 1


def parse_price_tag_code(text: str) -> tuple[int, int]:
    """``(category_number, price)`` of a price tag code, or :class:`InvalidCode`.

    Surrounding whitespace (from a scanner or a paste) is ignored.
    """
    code = text.strip()
    if not is_price_tag_code(code):
        raise InvalidCode(text)
    return int(code[_CATEGORY_AT:_LAYOUT_AT]), int(code[_PRICE_AT:12])
