"""Calendar periods: which one holds a day, their labels, neighbours and the same period a year earlier."""

from __future__ import annotations

from datetime import date

import pytest

from waqia.analytics.periods import (
    Granularity,
    next_period,
    period_containing,
    periods_between,
    previous_period,
    year_earlier,
)

G = Granularity


@pytest.mark.parametrize(
    ("day", "granularity", "start", "end", "label"),
    [
        (date(2025, 3, 12), G.DAY, date(2025, 3, 12), date(2025, 3, 12), "2025-03-12"),
        (date(2025, 3, 12), G.WEEK, date(2025, 3, 10), date(2025, 3, 16), "2025-W11"),
        (date(2025, 1, 1), G.WEEK, date(2024, 12, 30), date(2025, 1, 5), "2025-W01"),
        (date(2024, 2, 10), G.MONTH, date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
        (date(2025, 12, 31), G.MONTH, date(2025, 12, 1), date(2025, 12, 31), "2025-12"),
        (date(2025, 8, 15), G.QUARTER, date(2025, 7, 1), date(2025, 9, 30), "2025-Q3"),
        (date(2025, 12, 1), G.QUARTER, date(2025, 10, 1), date(2025, 12, 31), "2025-Q4"),
        (date(2025, 6, 1), G.YEAR, date(2025, 1, 1), date(2025, 12, 31), "2025"),
    ],
)
def test_period_containing(day: date, granularity: Granularity, start: date, end: date, label: str) -> None:
    period = period_containing(day, granularity)
    assert (period.start, period.end, period.label) == (start, end, label)
    assert period.contains(day)


@pytest.mark.parametrize("granularity", list(Granularity))
def test_neighbours_touch(granularity: Granularity) -> None:
    period = period_containing(date(2025, 1, 1), granularity)
    assert (next_period(period).start - period.end).days == 1
    assert (period.start - previous_period(period).end).days == 1
    assert next_period(previous_period(period)) == period


@pytest.mark.parametrize(
    ("day", "granularity", "expected_start"),
    [
        (date(2025, 3, 12), G.DAY, date(2024, 3, 12)),
        (date(2024, 2, 29), G.DAY, date(2023, 2, 28)),
        (date(2025, 3, 12), G.WEEK, date(2024, 3, 11)),
        (date(2020, 12, 31), G.WEEK, date(2019, 12, 23)),  # ISO week 53 of 2020 -> week 52 of 2019
        (date(2025, 3, 12), G.MONTH, date(2024, 3, 1)),
        (date(2025, 3, 12), G.QUARTER, date(2024, 1, 1)),
        (date(2025, 3, 12), G.YEAR, date(2024, 1, 1)),
    ],
)
def test_year_earlier(day: date, granularity: Granularity, expected_start: date) -> None:
    assert year_earlier(period_containing(day, granularity)).start == expected_start


def test_periods_between_covers_both_ends() -> None:
    periods = periods_between(date(2024, 11, 20), date(2025, 2, 3), G.MONTH)
    assert [period.label for period in periods] == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert periods_between(date(2025, 1, 1), date(2025, 1, 1), G.YEAR)[0].label == "2025"
