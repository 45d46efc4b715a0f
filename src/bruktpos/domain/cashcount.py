"""Counting a cash drawer by NOK denomination."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from bruktpos.domain.errors import InvalidCount

# In øre, smallest first. Coins 1, 5, 10, 20 kr; notes 50, 100, 200, 500, 1000 kr.
COINS: tuple[int, ...] = (100, 500, 1000, 2000)
NOTES: tuple[int, ...] = (5000, 10000, 20000, 50000, 100000)
DENOMINATIONS: tuple[int, ...] = COINS + NOTES
MAX_PIECES = 100_000


@dataclass(frozen=True)
class CashCount:
    """How many of each denomination lie in the drawer."""

    pieces: Mapping[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        clean: dict[int, int] = {}
        for denomination, count in self.pieces.items():
            if (
                denomination not in DENOMINATIONS
                or not isinstance(count, int)
                or isinstance(count, bool)
                or not 0 <= count <= MAX_PIECES
            ):
                raise InvalidCount(denomination, count)
            if count:
                clean[denomination] = count
        object.__setattr__(self, "pieces", MappingProxyType(clean))

    @property
    def total(self) -> int:
        """The counted amount in øre."""
        return sum(d * n for d, n in self.pieces.items())

    def count_of(self, denomination: int) -> int:
        return self.pieces.get(denomination, 0)

    def with_count(self, denomination: int, count: int) -> CashCount:
        """A copy with one denomination's count set (for +/− buttons)."""
        pieces = dict(self.pieces)
        pieces[denomination] = count
        return CashCount(pieces)

    def as_dict(self) -> dict[str, int]:
        """JSON-friendly: denomination in øre as text → count."""
        return {str(d): self.pieces[d] for d in DENOMINATIONS if d in self.pieces}

    @classmethod
    def from_dict(cls, data: Mapping[str, int]) -> CashCount:
        return cls({int(k): int(v) for k, v in data.items()})


def difference(counted: int, expected: int) -> int:
    """Counted minus expected: negative means the drawer is short."""
    return counted - expected
