"""The coordinator's periods (domain, plain Python): stepping, last year, buckets."""

from __future__ import annotations

from datetime import date

from bruktpos.domain.period import Period, PeriodKind

WEEK, MONTH, YEAR = PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.YEAR


def test_a_week_runs_monday_to_sunday_and_steps_over_new_year() -> None:
    week = Period.containing(WEEK, date(2026, 12, 31))
    assert (week.start, week.end) == (date(2026, 12, 28), date(2027, 1, 3))
    assert week.step(1).start == date(2027, 1, 4)
    assert week.step(-53).step(53) == week


def test_last_year_lines_up_weekdays_and_calendar_months() -> None:
    week = Period.containing(WEEK, date(2026, 11, 17))  # ISO week 47
    last = week.last_year()
    assert last.start == date(2025, 11, 17) and last.start.weekday() == 0
    # Week 53 of 2026 has no twin in 2025 (52 weeks): the last week of 2025.
    assert Period.containing(WEEK, date(2026, 12, 31)).last_year().start == date(2025, 12, 22)
    assert Period.containing(MONTH, date(2024, 2, 29)).last_year() == Period(
        MONTH, date(2023, 2, 1), date(2023, 2, 28)
    )
    assert Period.containing(YEAR, date(2026, 5, 5)).last_year().start == date(2025, 1, 1)


def test_months_step_over_years() -> None:
    january = Period.containing(MONTH, date(2026, 1, 15))
    assert january.step(-1) == Period(MONTH, date(2025, 12, 1), date(2025, 12, 31))
    assert january.step(13).start == date(2027, 2, 1)


def test_a_period_under_way_is_compared_with_as_many_days_last_year() -> None:
    month = Period.containing(MONTH, date(2026, 11, 1))
    assert month.last_year_so_far(date(2026, 11, 17)) == Period(MONTH, date(2025, 11, 1), date(2025, 11, 17))
    assert month.last_year_so_far(date(2026, 12, 5)) == month.last_year()
    # Nothing of it has passed yet: an empty range.
    empty = month.last_year_so_far(date(2026, 10, 31))
    assert empty.end < empty.start


def test_buckets_are_days_or_months() -> None:
    assert len(Period.containing(WEEK, date(2026, 11, 17)).buckets()) == 7
    year = Period.containing(YEAR, date(2026, 11, 17))
    assert len(year.buckets()) == 12
    assert year.bucket_of(date(2026, 11, 17)) == 10
    assert Period.containing(MONTH, date(2026, 2, 1)).bucket_of(date(2026, 2, 28)) == 27
