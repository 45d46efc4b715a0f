"""What the coordinators' view shows, read from the hub in one go (no Qt).

:func:`load_overview` runs in a worker thread; the window only lays out the
:class:`Overview` it returns. Flags that depend on a setting of the view (the
cash difference threshold) are computed from the loaded rows, so changing the
setting needs no second trip to the hub.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Engine

from bruktpos.domain.period import Period
from bruktpos.hub import queries

SILENT_AFTER = timedelta(days=2)
DEFAULT_CASH_THRESHOLD = 100_00  # øre

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ShopLine:
    """One shop's row in the table (money in øre, weight in grams)."""

    code: str
    name: str
    net_sales: int
    last_year: int | None  # None: the shop sent nothing for that period
    receipts: int
    items_sold: int
    grams_received: int
    cash_difference: int
    days: int
    last_contact_at: datetime | None
    buckets: tuple[int, ...]  # net sales per day (per month for a year)

    @property
    def change(self) -> float | None:
        """Change from last year in per cent, or None when there is nothing to compare with."""
        if not self.last_year:
            return None
        return (self.net_sales - self.last_year) * 100 / self.last_year


@dataclass(frozen=True)
class CashFlag:
    shop_code: str
    shop_name: str
    register_code: str
    business_date: date
    difference: int  # øre, counted − expected


@dataclass
class Overview:
    period: Period
    now: datetime
    shops: list[ShopLine]
    cash_days: list[CashFlag]  # every register-day with a difference, for any threshold
    category_mix: dict[str, int] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)  # shop code → name without the shared words

    def total(self, attribute: str) -> int:
        return sum(getattr(shop, attribute) or 0 for shop in self.shops)

    def short_name(self, shop: ShopLine) -> str:
        """The name without the words every shop's name starts with ("Bruktbutikken Hamar" → "Hamar")."""
        return self.short.get(shop.code, shop.name)

    @property
    def last_year_total(self) -> int | None:
        values = [shop.last_year for shop in self.shops if shop.last_year is not None]
        return sum(values) if values else None

    @property
    def total_change(self) -> float | None:
        last = self.last_year_total
        return None if not last else (self.total("net_sales") - last) * 100 / last

    def bucket_totals(self) -> list[int]:
        count = len(self.period.buckets())
        return [sum(shop.buckets[i] for shop in self.shops) for i in range(count)]

    def is_silent(self, shop: ShopLine) -> bool:
        """Not heard from in two days (or never)."""
        return shop.last_contact_at is None or self.now - shop.last_contact_at > SILENT_AFTER

    def silent_shops(self) -> list[ShopLine]:
        return [shop for shop in self.shops if self.is_silent(shop)]

    def cash_flags(self, threshold: int) -> list[CashFlag]:
        """Register-days whose cash difference is above ``threshold`` øre either way."""
        return [flag for flag in self.cash_days if abs(flag.difference) > threshold]


def short_names(names: list[str]) -> dict[str, str]:
    """Each name without the leading words all of them share, when something is left of each."""
    split = [name.split() for name in names]
    if len(split) < 2:
        return {}
    shared = 0
    while all(len(words) > shared + 1 for words in split) and len({words[shared] for words in split}) == 1:
        shared += 1
    return (
        {name: " ".join(words[shared:]) for name, words in zip(names, split, strict=True)} if shared else {}
    )


def load_overview(
    engine: Engine, period: Period, now: datetime, progress: Progress | None = None
) -> Overview:
    """Everything the view shows for ``period``, with the same period last year."""
    steps = 5

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    step(0)
    contacts = queries.shop_contacts(engine)
    step(1)
    days = queries.overview(engine, period.start, period.end, by="day")
    step(2)
    # Compare with as many days of last year as this period has had (up to yesterday).
    last_period = period.last_year_so_far(now.date() - timedelta(days=1))
    last_year: dict[str, int] = {}
    for row in queries.overview(engine, last_period.start, last_period.end, by="year"):
        last_year[row.shop_code] = last_year.get(row.shop_code, 0) + row.net_sales
    step(3)
    differences = queries.cash_differences(engine, period.start, period.end)
    step(4)
    mix = queries.category_mix(engine, period.start, period.end)
    step(5)

    names = {c.shop_code: c.shop_name for c in contacts}
    bucket_count = len(period.buckets())
    sums: dict[str, dict[str, int]] = {}
    buckets: dict[str, list[int]] = {}
    dates: dict[str, set[date]] = {}
    for day in days:
        names.setdefault(day.shop_code, day.shop_name)
        s = sums.setdefault(day.shop_code, dict.fromkeys(_SUMMED, 0))
        for name in _SUMMED:
            s[name] += getattr(day, name)
        buckets.setdefault(day.shop_code, [0] * bucket_count)[period.bucket_of(day.period)] += day.net_sales
        dates.setdefault(day.shop_code, set()).add(day.period)
    contact_at = {c.shop_code: c.last_contact_at for c in contacts}
    codes = [c.shop_code for c in contacts] + sorted(set(sums) - set(contact_at))
    lines = []
    for code in codes:
        lines.append(
            ShopLine(
                code=code,
                name=names.get(code, code),
                last_year=last_year.get(code),
                days=len(dates.get(code, ())),
                last_contact_at=contact_at.get(code),
                buckets=tuple(buckets.get(code, [0] * bucket_count)),
                **sums.get(code, dict.fromkeys(_SUMMED, 0)),
            )
        )
    by_name = short_names([line.name for line in lines])
    short = {line.code: by_name.get(line.name, line.name) for line in lines}
    cash_days = [
        CashFlag(
            d.shop_code,
            short.get(d.shop_code, d.shop_code),
            d.register_code,
            d.business_date,
            d.difference,
        )
        for d in differences
    ]
    cash_days.sort(key=lambda f: (-abs(f.difference), f.business_date, f.shop_code))
    return Overview(period, now, lines, cash_days, mix, short)


_SUMMED = ("net_sales", "receipts", "items_sold", "grams_received", "cash_difference")
