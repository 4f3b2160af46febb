"""Calendar periods (day, ISO week, month, quarter, year): which one holds a date, and their neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Period:
    """A calendar period: its first and last day, both included. Weeks are ISO weeks (Monday first)."""

    start: date
    end: date
    granularity: Granularity

    @property
    def label(self) -> str:
        """2025-03-10, 2025-W11, 2025-03, 2025-Q1 or 2025."""
        if self.granularity is Granularity.DAY:
            return self.start.isoformat()
        if self.granularity is Granularity.WEEK:
            year, week, _ = self.start.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.granularity is Granularity.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.granularity is Granularity.QUARTER:
            return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year:04d}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def period_containing(day: date, granularity: Granularity) -> Period:
    """The period of the given granularity that holds `day`."""
    if granularity is Granularity.DAY:
        return Period(start=day, end=day, granularity=granularity)
    if granularity is Granularity.WEEK:
        start = day - timedelta(days=day.weekday())
        return Period(start=start, end=start + timedelta(days=6), granularity=granularity)
    if granularity is Granularity.MONTH:
        start = day.replace(day=1)
    elif granularity is Granularity.QUARTER:
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    else:
        start = date(day.year, 1, 1)
    following = _add_months(start, _months_in(granularity))
    return Period(start=start, end=following - timedelta(days=1), granularity=granularity)


def next_period(period: Period) -> Period:
    return period_containing(period.end + timedelta(days=1), period.granularity)


def previous_period(period: Period) -> Period:
    return period_containing(period.start - timedelta(days=1), period.granularity)


def year_earlier(period: Period) -> Period:
    """The same period a year before: same date, ISO week number, month, quarter; the year before."""
    if period.granularity is Granularity.WEEK:
        year, week, _ = period.start.isocalendar()
        # Week 53 exists only in some years; its predecessor is then the last week of the year before.
        try:
            start = date.fromisocalendar(year - 1, week, 1)
        except ValueError:
            start = date.fromisocalendar(year - 1, 52, 1)
        return period_containing(start, Granularity.WEEK)
    if period.granularity is Granularity.DAY and period.start.month == 2 and period.start.day == 29:
        return period_containing(date(period.start.year - 1, 2, 28), Granularity.DAY)
    return period_containing(period.start.replace(year=period.start.year - 1), period.granularity)


def periods_between(first: date, last: date, granularity: Granularity) -> list[Period]:
    """Every period from the one holding `first` to the one holding `last`, in order."""
    periods: list[Period] = []
    period = period_containing(first, granularity)
    while period.start <= last:
        periods.append(period)
        period = next_period(period)
    return periods


def _months_in(granularity: Granularity) -> int:
    return {Granularity.MONTH: 1, Granularity.QUARTER: 3, Granularity.YEAR: 12}[granularity]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
