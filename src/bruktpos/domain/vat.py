"""VAT (MVA) from VAT-inclusive prices.

Norwegian shop prices include VAT. Rates are kept in basis points (2500 =
25 %). The VAT of a receipt is computed per rate on the rate's total, not per
line, so the parts always add up to the total. A charity below the
registration threshold is not VAT-registered: it charges and shows no VAT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum, StrEnum


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


class TaxCode(StrEnum):
    """How a sale is treated for VAT: a SAF-T standard tax code (output VAT).

    The rate alone cannot say it: 0 % is either zero-rated (code 5, e.g. books)
    or outside the VAT Act altogether (code 6, e.g. some charity sales). The
    code list is ``../shared/saft/code-lists/Standard_Tax_Codes.csv``.
    """

    STANDARD = "3"  # utgående mva, alminnelig sats (25 %)
    FOOD = "31"  # utgående mva, middels sats (15 %)
    LOW = "33"  # utgående mva, lav sats (12 %)
    ZERO_RATED = "5"  # innenlands omsetning fritatt for mva (0 %)
    OUTSIDE = "6"  # omsetning utenfor merverdiavgiftsloven

    @property
    def rate(self) -> VatRate:
        """The rate charged under this code."""
        return _CODE_RATES[self]

    @classmethod
    def for_rate(cls, rate: int) -> TaxCode:
        """The code a rate has when nothing else is known (0 % → zero-rated)."""
        codes: dict[int, TaxCode] = {
            VatRate.STANDARD: cls.STANDARD,
            VatRate.FOOD: cls.FOOD,
            VatRate.LOW: cls.LOW,
        }
        return codes.get(rate, cls.ZERO_RATED)


_CODE_RATES = {
    TaxCode.STANDARD: VatRate.STANDARD,
    TaxCode.FOOD: VatRate.FOOD,
    TaxCode.LOW: VatRate.LOW,
    TaxCode.ZERO_RATED: VatRate.ZERO,
    TaxCode.OUTSIDE: VatRate.ZERO,
}
