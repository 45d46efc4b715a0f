"""VAT (MVA) from VAT-inclusive prices.

Norwegian shop prices include VAT. Rates are kept in basis points (2500 =
25 %). The VAT of a receipt is computed per rate on the rate's total, not per
line, so the parts always add up to the total. A charity below the
registration threshold is not VAT-registered: it charges and shows no VAT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum


class VatRate(IntEnum):
    """The Norwegian VAT rates, in basis points."""

    STANDARD = 2500  # most goods
    FOOD = 1500  # food and drink, e.g. the café's take-away
    LOW = 1200  # transport, cinema, accommodation
    ZERO = 0  # zero-rated (e.g. second-hand goods sold by some charities)

    @property
    def percent_text(self) -> str:
        """``25``, ``15``, ``12`` or ``0`` — for receipts and reports."""
        return str(self.value // 100)

    @property
    def saft_tax_code(self) -> str:
        """Standard tax code of SAF-T (3, 31, 33 or 5)."""
        return {2500: "3", 1500: "31", 1200: "33", 0: "5"}[self.value]


def vat_of(gross: int, rate: int) -> int:
    """The VAT inside a VAT-inclusive amount, rounded half up to whole øre."""
    if rate == 0 or gross == 0:
        return 0
    numerator = abs(gross) * rate
    denominator = 10000 + rate
    vat = (2 * numerator + denominator) // (2 * denominator)
    return vat if gross > 0 else -vat


@dataclass(frozen=True)
class VatLine:
    """One rate's share of a receipt."""

    rate: int
    gross: int
    vat: int

    @property
    def net(self) -> int:
        return self.gross - self.vat


def split_vat(lines: Iterable[tuple[int, int]], *, registered: bool) -> list[VatLine]:
    """Sum ``(rate, gross)`` pairs per rate and split each rate's VAT.

    Rates are returned from highest to lowest. When the shop is not
    registered for VAT, every amount is returned at rate 0 with no VAT.
    """
    totals: dict[int, int] = {}
    for rate, gross in lines:
        key = int(rate) if registered else 0
        totals[key] = totals.get(key, 0) + gross
    return [
        VatLine(rate=rate, gross=gross, vat=vat_of(gross, rate))
        for rate, gross in sorted(totals.items(), reverse=True)
    ]
