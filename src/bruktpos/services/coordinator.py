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

from sqlalchemy import Connection, Engine

from bruktpos.domain.period import Period, PeriodKind
from bruktpos.hub import queries
from bruktpos.hub.rollups import median_days

SILENT_AFTER = timedelta(days=2)
DEFAULT_CASH_THRESHOLD = 100_00  # øre
# The lowest limit a coordinator can set: differences of a few kroner on every other day are
# not read from the hub at all (at 300 shops a year of them is 50,000 rows).
LOWEST_CASH_THRESHOLD = 50_00

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
    # Per category: (items sold with their days from intake to sale, median days), from the roll-ups.
    sell_through: dict[str, tuple[int, float | None]] = field(default_factory=dict)

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
    note: str = ""  # what the Z said about it
    approved_by: str | None = None  # the leader who approved it, if one did
    net_sales: int = 0  # that register's day
    receipts: int = 0


@dataclass(frozen=True)
class LikeForLike:
    """The change against last year over only the shops that reported in both periods."""

    shops: int  # how many shops reported in both
    of: int  # how many shops reported in this period
    net_sales: int  # theirs, this period (øre)
    last_year: int  # theirs, the same days last year

    @property
    def change(self) -> float | None:
        return None if not self.last_year else (self.net_sales - self.last_year) * 100 / self.last_year


@dataclass
class Overview:
    period: Period
    now: datetime
    shops: list[ShopLine]
    cash_days: list[CashFlag]  # every register-day with a difference from LOWEST_CASH_THRESHOLD up
    category_mix: dict[str, int] = field(default_factory=dict)
    short: dict[str, str] = field(default_factory=dict)  # shop code → name without the shared words
    kilos_by_category: dict[str, int] = field(default_factory=dict)  # grams received per category
    # Per category over all shops: (items, median days from intake to sale).
    sell_through: dict[str, tuple[int, float | None]] = field(default_factory=dict)
    # Shop code → its colour's index, the same in every view.
    colours: dict[str, int] = field(default_factory=dict)

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
    def like_for_like(self) -> LikeForLike:
        """Only the shops with figures in this period and in the same days last year."""
        both = [s for s in self.shops if s.days and s.last_year is not None]
        return LikeForLike(
            shops=len(both),
            of=sum(1 for s in self.shops if s.days),
            net_sales=sum(s.net_sales for s in both),
            last_year=sum(s.last_year or 0 for s in both),
        )

    @property
    def total_change(self) -> float | None:
        """The chapter's change against last year, like for like (see :attr:`like_for_like`)."""
        return self.like_for_like.change

    def colour_of(self, code: str) -> int:
        return self.colours.get(code, 0)

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
    engine: Engine | Connection, period: Period, now: datetime, progress: Progress | None = None
) -> Overview:
    """Everything the view shows for ``period``, with the same period last year."""
    steps = 5

    def step(n: int) -> None:
        if progress is not None:
            progress(n, steps)

    step(0)
    # One connection for all of it: a new one costs more than most of these reads.
    with queries.connected(engine) as conn:
        contacts = queries.shop_contacts(conn)
        step(1)
        # Each shop's totals (from the week and month roll-ups), then only net sales per column:
        # a year's columns are months, read from the month roll-up, not 365 days per shop.
        per_bucket: queries.Period = "month" if period.kind is PeriodKind.YEAR else "day"
        totals = queries.overview(conn, period.start, period.end, by="year")
        days = queries.bucket_sales(conn, period.start, period.end, by=per_bucket)
        step(2)
        # Compare with as many days of last year as this period has had (up to yesterday).
        last_period = period.last_year_so_far(now.date() - timedelta(days=1))
        last_year: dict[str, int] = {}
        for row in queries.overview(conn, last_period.start, last_period.end, by="year"):
            last_year[row.shop_code] = last_year.get(row.shop_code, 0) + row.net_sales
        step(3)
        differences = queries.cash_differences(
            conn, period.start, period.end, above=LOWEST_CASH_THRESHOLD - 1
        )
        step(4)
        categories = queries.category_rows(conn, period.start, period.end)
        step(5)

    names = {c.shop_code: c.shop_name for c in contacts}
    bucket_count = len(period.buckets())
    sums: dict[str, dict[str, int]] = {}
    buckets: dict[str, list[int]] = {}
    dates: dict[str, set[date]] = {}
    register_days: dict[str, int] = {}
    for total in totals:  # one row per shop (two for a week across New Year)
        names.setdefault(total.shop_code, total.shop_name)
        s = sums.setdefault(total.shop_code, dict.fromkeys(_SUMMED, 0))
        for name in _SUMMED:
            s[name] += getattr(total, name)
        register_days[total.shop_code] = register_days.get(total.shop_code, 0) + total.days
    for day in days:
        buckets.setdefault(day.shop_code, [0] * bucket_count)[period.bucket_of(day.period)] += day.net_sales
        dates.setdefault(day.shop_code, set()).add(day.period)
    mix: dict[str, int] = {}
    kilos: dict[str, int] = {}
    bands: dict[str, list[int]] = {}
    shop_sell: dict[str, dict[str, tuple[int, float | None]]] = {}
    for cat in categories:
        if cat.net_sales:
            mix[cat.category] = mix.get(cat.category, 0) + cat.net_sales
        if cat.grams_received:
            kilos[cat.category] = kilos.get(cat.category, 0) + cat.grams_received
        if cat.items_aged:
            counts = bands.setdefault(cat.category, [0] * len(cat.sold_by_band))
            for n, count in enumerate(cat.sold_by_band):
                counts[n] += count
            shop_sell.setdefault(cat.shop_code, {})[cat.category] = (cat.items_aged, cat.median_days)
    sell_through = {name: (sum(c), median_days(c)) for name, c in sorted(bands.items())}
    contact_at = {c.shop_code: c.last_contact_at for c in contacts}
    codes = [c.shop_code for c in contacts] + sorted(set(sums) - set(contact_at))
    lines = []
    for code in codes:
        lines.append(
            ShopLine(
                code=code,
                name=names.get(code, code),
                last_year=last_year.get(code),
                # Days with figures (for a year: register-days, summed from the months).
                days=register_days.get(code, 0) if per_bucket == "month" else len(dates.get(code, ())),
                last_contact_at=contact_at.get(code),
                buckets=tuple(buckets.get(code, [0] * bucket_count)),
                sell_through=shop_sell.get(code, {}),
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
            d.note,
            d.approved_by,
            d.net_sales,
            d.receipts,
        )
        for d in differences
    ]
    cash_days.sort(key=lambda f: (-abs(f.difference), f.business_date, f.shop_code))
    # One colour per shop whatever the view or period: by its place among all the chapter's codes.
    colours = {code: n for n, code in enumerate(sorted(codes))}
    return Overview(
        period,
        now,
        lines,
        cash_days,
        mix,
        short,
        kilos_by_category=kilos,
        sell_through=sell_through,
        colours=colours,
    )


_SUMMED = ("net_sales", "receipts", "items_sold", "grams_received", "cash_difference")
