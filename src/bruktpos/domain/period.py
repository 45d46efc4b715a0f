"""The period a coordinator looks at: a week, a month or a year, stepped ◀ ▶.

Plain Python (no Qt), so the stepping and the "same period last year" rule
are tested without a window.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


def _shift_year(day: date, years: int) -> date:
    """The same calendar day ``years`` later (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Period:
    """A whole ISO week (Monday–Sunday), calendar month or calendar year."""

    kind: PeriodKind
    start: date
    end: date  # inclusive

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        if kind is PeriodKind.WEEK:
            start = day - timedelta(days=day.weekday())
            return cls(kind, start, start + timedelta(days=6))
        if kind is PeriodKind.MONTH:
            last = calendar.monthrange(day.year, day.month)[1]
            return cls(kind, day.replace(day=1), day.replace(day=last))
        return cls(kind, date(day.year, 1, 1), date(day.year, 12, 31))

    def step(self, n: int) -> Period:
        """The period ``n`` steps later (negative: earlier)."""
        if self.kind is PeriodKind.WEEK:
            return Period.containing(self.kind, self.start + timedelta(weeks=n))
        if self.kind is PeriodKind.MONTH:
            months = self.start.year * 12 + self.start.month - 1 + n
            return Period.containing(self.kind, date(months // 12, months % 12 + 1, 1))
        return Period.containing(self.kind, date(self.start.year + n, 1, 1))

    def last_year(self) -> Period:
        """The same period a year earlier.

        A week compares with the same ISO week number (Monday to Sunday, so
        weekdays line up); a month or a year with the calendar month or year.
        """
        if self.kind is PeriodKind.WEEK:
            year, week, _ = self.start.isocalendar()
            try:
                start = date.fromisocalendar(year - 1, week, 1)
            except ValueError:  # week 53 in a year that has 52
                start = date.fromisocalendar(year - 1, 52, 1)
            return Period(self.kind, start, start + timedelta(days=6))
        return Period.containing(self.kind, _shift_year(self.start, -1))

    def last_year_so_far(self, last_day: date) -> Period:
        """The same period last year, cut to as many days as this one has had by ``last_day``.

        A week or month still under way is compared like for like: Monday and
        Tuesday with last year's Monday and Tuesday, not with a whole week.
        """
        last = self.last_year()
        if last_day >= self.end:
            return last
        elapsed = max((last_day - self.start).days, -1)
        return Period(self.kind, last.start, last.start + timedelta(days=elapsed))

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def buckets(self) -> list[tuple[date, date]]:
        """Columns of the shops × days table: days, or months for a year."""
        if self.kind is PeriodKind.YEAR:
            return [
                (
                    date(self.start.year, m, 1),
                    date(self.start.year, m, calendar.monthrange(self.start.year, m)[1]),
                )
                for m in range(1, 13)
            ]
        return [(day, day) for day in self.days()]

    def bucket_of(self, day: date) -> int:
        """Index of the bucket ``day`` falls in."""
        if self.kind is PeriodKind.YEAR:
            return day.month - 1
        return (day - self.start).days

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end
