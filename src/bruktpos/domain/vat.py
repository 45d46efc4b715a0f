"""VAT (MVA) from VAT-inclusive prices.

Norwegian shop prices include VAT. Rates are kept in basis points (2500 =
25 %). How a sale is treated is a SAF-T standard tax code (:class:`TaxCode`),
which a sale line keeps as sold. The VAT of a receipt is computed per code on
the code's total, not per line, so the parts always add up to the total. A charity below the
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
    """One tax code's share of a receipt (or a day).

    ``code`` None: sales of a shop that was not VAT-registered, which carry
    no VAT at all (rate 0).
    """

    code: TaxCode | None
    gross: int
    vat: int

    @property
    def rate(self) -> int:
        """The code's rate in basis points (0 without a code)."""
        return 0 if self.code is None else int(self.code.rate)

    @property
    def net(self) -> int:
        return self.gross - self.vat

    @property
    def under_vat(self) -> bool:
        """Whether VAT is reckoned on it at all, 0 % included (not outside the VAT Act, not unregistered)."""
        return self.code is not None and self.code is not TaxCode.OUTSIDE


def split_vat(lines: Iterable[tuple[TaxCode, int]], *, registered: bool) -> list[VatLine]:
    """Sum ``(code, gross)`` pairs per tax code and split each code's VAT.

    Two codes at the same rate stay two lines (zero-rated books, code 5, and
    sales outside the VAT Act, code 6, are both 0 %). Lines come highest rate
    first, then in :class:`TaxCode`'s order. When the shop is not registered
    for VAT, every amount is one line without a code and with no VAT.
    """
    totals: dict[TaxCode | None, int] = {}
    for code, gross in lines:
        key = TaxCode(code) if registered else None
        totals[key] = totals.get(key, 0) + gross
    result = [
        VatLine(code, gross, vat_of(gross, 0 if code is None else code.rate))
        for code, gross in totals.items()
    ]
    return sorted(result, key=lambda line: code_order(line.code))


def code_order(code: TaxCode | None) -> tuple[int, int]:
    """A sort key: highest rate first, then :class:`TaxCode`'s own order; no code (unregistered) last."""
    return (0, len(_ORDER)) if code is None else (-int(code.rate), _ORDER.index(code))


def line_code(stored: str | None, rate: int) -> TaxCode:
    """The tax code a sale line was sold under: the one stored with it.

    Every line has one since migration 0010; a line without (or with a code
    this version does not know) is read by its rate, as 0010 filled them in.
    """
    try:
        return TaxCode(stored) if stored is not None else TaxCode.for_rate(rate)
    except ValueError:
        return TaxCode.for_rate(rate)


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
_ORDER = tuple(TaxCode)
