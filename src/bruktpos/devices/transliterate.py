"""Letters a printer's code page lacks, written the plain way instead of as ``?``.

A receipt printer prints one code page (CP865 has æ, ø and å, but not Ł or
ś). A letter the page has is left as it is; one it lacks is taken apart
(Unicode NFKD: ``ś`` is ``s`` and an accent) and the accent dropped; the
few letters NFKD does not take apart (Ł, Đ, ß, Œ …) have their plain form
in :data:`PLAIN_LETTERS`. So "Łukasz Wiśniewski" prints as "Lukasz
Wisniewski", and Ø stays Ø wherever the page has it. Only what none of
this can write becomes ``?``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable

# Letters NFKD leaves whole, in the plain letters a reader expects.
PLAIN_LETTERS = {
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "Ð": "D",
    "ð": "d",
    "Ħ": "H",
    "ħ": "h",
    "Ŧ": "T",
    "ŧ": "t",
    "ı": "i",
    "ĸ": "k",
    "Ŋ": "N",
    "ŋ": "n",
    "Ø": "O",
    "ø": "o",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "ß": "ss",
    "ẞ": "SS",
    "Þ": "Th",
    "þ": "th",
    "Ŀ": "L",
    "ŀ": "l",
    "ſ": "s",
}


def plain_text(text: str, has: Callable[[str], bool]) -> str:
    """``text`` with every character ``has`` says the code page lacks written the plain way."""
    return "".join(char if has(char) else _plain(char, has) for char in text)


def _plain(char: str, has: Callable[[str], bool]) -> str:
    if char in PLAIN_LETTERS and all(has(c) for c in PLAIN_LETTERS[char]):
        return PLAIN_LETTERS[char]
    parts = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
    if parts and all(has(c) for c in parts):
        return "".join(parts)
    if parts and all(c in PLAIN_LETTERS or has(c) for c in parts):
        return "".join(c if has(c) else PLAIN_LETTERS[c] for c in parts)
    return "?"


@functools.cache
def code_page_has(codepage: str) -> Callable[[str], bool]:
    """Whether python-escpos can write a character in ``codepage`` (e.g. ``"CP865"``)."""
    from escpos.magicencode import Encoder

    encoder = Encoder({codepage: None})

    @functools.cache
    def has(char: str) -> bool:
        return char.isascii() or bool(encoder.can_encode(codepage, char))

    return has
