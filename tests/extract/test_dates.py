"""Date phrases resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.extract.dates import DATELINE_LEAD, DateResolver, counts_from_story_day
from waqia.model import DatePrecision

MON = date(2024, 3, 11)
TUE = date(2024, 3, 12)
WED = date(2024, 3, 13)
THU = date(2024, 1, 4)
FRI = date(2023, 12, 29)
SAT = date(2024, 6, 15)
SUN = date(2024, 3, 17)

DAY = DatePrecision.DAY
WEEK = DatePrecision.WEEK
MONTH = DatePrecision.MONTH
YEAR = DatePrecision.YEAR


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    ("phrase", "published", "earliest", "latest", "precision"),
    [
        # the publication weekday is the publication day; other weekdays the most recent past one
        ("on Wednesday", WED, "2024-03-13", "2024-03-13", DAY),
        ("Monday", MON, "2024-03-11", "2024-03-11", DAY),
        ("on Monday", WED, "2024-03-11", "2024-03-11", DAY),
        ("late on Sunday", WED, "2024-03-10", "2024-03-10", DAY),
        # spaCy runs a date on into the next clause: "on Monday, days after the blast".
        ("Monday, days", WED, "2024-03-11", "2024-03-11", DAY),
        ("Sunday, two weeks", WED, "2024-03-10", "2024-03-10", DAY),
        ("Thursday night", WED, "2024-03-07", "2024-03-07", DAY),
        ("early Saturday", SUN, "2024-03-16", "2024-03-16", DAY),
        ("Friday's", SAT, "2024-06-14", "2024-06-14", DAY),
        ("on the night of Friday", THU, "2023-12-29", "2023-12-29", DAY),
        ("last Wednesday", WED, "2024-03-06", "2024-03-06", DAY),
        ("last Sunday", TUE, "2024-03-10", "2024-03-10", DAY),
        # relative days
        ("today", FRI, "2023-12-29", "2023-12-29", DAY),
        ("this morning", SAT, "2024-06-15", "2024-06-15", DAY),
        ("tonight", MON, "2024-03-11", "2024-03-11", DAY),
        ("yesterday", THU, "2024-01-03", "2024-01-03", DAY),
        ("last night", MON, "2024-03-10", "2024-03-10", DAY),
        ("the previous day", TUE, "2024-03-11", "2024-03-11", DAY),
        ("the day before yesterday", WED, "2024-03-11", "2024-03-11", DAY),
        ("two days ago", THU, "2024-01-02", "2024-01-02", DAY),
        # weeks
        ("last week", WED, "2024-03-04", "2024-03-10", WEEK),
        ("last week", SUN, "2024-03-04", "2024-03-10", WEEK),
        ("earlier this week", THU, "2024-01-01", "2024-01-04", WEEK),
        ("three weeks ago", WED, "2024-02-19", "2024-02-25", WEEK),
        ("over the weekend", MON, "2024-03-09", "2024-03-10", WEEK),
        # months and years
        ("earlier this month", WED, "2024-03-01", "2024-03-13", MONTH),
        ("last month", THU, "2023-12-01", "2023-12-31", MONTH),
        ("two months ago", SAT, "2024-04-01", "2024-04-30", MONTH),
        ("last year", FRI, "2022-01-01", "2022-12-31", YEAR),
        ("this year", SAT, "2024-01-01", "2024-06-15", YEAR),
        ("in January", WED, "2024-01-01", "2024-01-31", MONTH),
        ("December", WED, "2023-12-01", "2023-12-31", MONTH),
        ("in December", FRI, "2023-12-01", "2023-12-29", MONTH),
        ("mid-March", SAT, "2024-03-01", "2024-03-31", MONTH),
        ("late July", SAT, "2023-07-01", "2023-07-31", MONTH),
        ("January 2019", WED, "2019-01-01", "2019-01-31", MONTH),
        # day and month
        ("6 March", WED, "2024-03-06", "2024-03-06", DAY),
        ("March 6", WED, "2024-03-06", "2024-03-06", DAY),
        ("the 6th of March", WED, "2024-03-06", "2024-03-06", DAY),
        ("on 26 March", WED, "2023-03-26", "2023-03-26", DAY),
        ("December 31", THU, "2023-12-31", "2023-12-31", DAY),
        ("March 6, 2019", WED, "2019-03-06", "2019-03-06", DAY),
        ("6th March 2019", SAT, "2019-03-06", "2019-03-06", DAY),
        ("the night of March 5-6", WED, "2024-03-05", "2024-03-05", DAY),
        ("March 5-6", WED, "2024-03-05", "2024-03-05", DAY),
        ("the night of 5-6 March", WED, "2024-03-05", "2024-03-05", DAY),
        ("the intervening night of March 5 and 6", WED, "2024-03-05", "2024-03-05", DAY),
        ("the night of March 5-6, 2022", WED, "2022-03-05", "2022-03-05", DAY),
        ("late on Wednesday night", WED, "2024-03-13", "2024-03-13", DAY),
        ("Monday, March 11", WED, "2024-03-11", "2024-03-11", DAY),
        ("Mar. 6", SUN, "2024-03-06", "2024-03-06", DAY),
        # numeric and years
        ("2024-03-10", WED, "2024-03-10", "2024-03-10", DAY),
        ("13/03/2024", WED, "2024-03-13", "2024-03-13", DAY),
        ("05/03/2024", WED, "2024-03-05", "2024-03-05", DAY),
        ("3/13/2024", WED, "2024-03-13", "2024-03-13", DAY),
        ("12-Mar-2024", WED, "2024-03-12", "2024-03-12", DAY),
        ("2022", MON, "2022-01-01", "2022-12-31", YEAR),
        ("in 2019", SUN, "2019-01-01", "2019-12-31", YEAR),
    ],
)
def test_date_phrases(  # noqa: PLR0917 (pytest passes parametrized arguments by position)
    resolver: DateResolver, phrase: str, published: date, earliest: str, latest: str, precision: DatePrecision
) -> None:
    span = resolver.resolve(phrase, published=published)
    assert span is not None
    assert (span.earliest.isoformat(), span.latest.isoformat(), span.precision) == (
        earliest,
        latest,
        precision,
    )


@pytest.mark.parametrize(
    ("phrase", "published"),
    [
        ("for weeks", WED),
        ("24 hours", WED),
        ("decades", SAT),
        ("the 1990s", SAT),
        ("the past 24 hours", MON),
        ("recent days", MON),
        ("the same day", TUE),
        ("tomorrow", TUE),
        ("next week", TUE),
        ("a few days ago", THU),
        ("March 20, 2024", WED),
        ("in May 2030", WED),
        ("2030", WED),
        ("February 30", WED),
        ("", WED),
        ("police", WED),
    ],
)
def test_durations_future_and_non_dates_are_none(
    resolver: DateResolver, phrase: str, published: date
) -> None:
    assert resolver.resolve(phrase, published=published) is None


@settings(max_examples=300, deadline=None)
@given(phrase=st.text(max_size=60), published=st.dates())
def test_never_raises_and_never_after_publication(
    resolver: DateResolver, phrase: str, published: date
) -> None:
    span = resolver.resolve(phrase, published=published)
    if span is not None:
        assert span.earliest <= span.latest <= published + DATELINE_LEAD


DATE_WORDS = st.sampled_from(
    [
        *[
            "on",
            "late",
            "the",
            "night",
            "of",
            "last",
            "this",
            "week",
            "month",
            "year",
            "ago",
            "two",
            "3",
            "12",
            "2024",
            "1999",
            "0",
            "march",
            "dec",
        ],
        *[
            "monday",
            "sunday",
            "yesterday",
            "today",
            "-",
            "/",
            ",",
            "5-6",
            "6th",
            "of",
            "weekend",
            "earlier",
            "previous",
            "day",
            "before",
            "mid",
        ],
        "early",
    ]
)


@settings(max_examples=300, deadline=None)
@given(phrase=st.lists(DATE_WORDS, max_size=8).map(" ".join), published=st.dates())
def test_never_raises_on_date_like_text(resolver: DateResolver, phrase: str, published: date) -> None:
    span = resolver.resolve(phrase, published=published)
    if span is not None:
        assert span.earliest <= span.latest <= published + DATELINE_LEAD


@pytest.mark.parametrize(
    ("phrase", "earliest"),
    [
        # A UTC timestamp is the day before where the report was filed: the next day is this year's.
        ("March 14", "2024-03-14"),
        ("on 14 March", "2024-03-14"),
        # Two days ahead is last year's.
        ("March 15", "2023-03-15"),
        ("March 13", "2024-03-13"),
    ],
)
def test_a_day_one_day_after_publication_is_the_dateline_day(
    resolver: DateResolver, phrase: str, earliest: str
) -> None:
    span = resolver.resolve(phrase, published=WED)
    assert span is not None
    assert span.earliest.isoformat() == earliest
    assert span.latest == span.earliest


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a day earlier", True),
        ("two days before", True),
        ("on the previous day", True),
        ("the night before", True),
        ("yesterday", False),
        ("on Monday", False),
        ("three weeks earlier", False),
    ],
)
def test_phrases_that_count_from_the_story_day(phrase: str, expected: bool) -> None:
    assert counts_from_story_day(phrase) is expected


def test_days_before_a_base_day_count_back_from_it(resolver: DateResolver) -> None:
    span = resolver.resolve("two days before", published=date(2025, 10, 1))
    assert span is not None
    assert (span.earliest, span.precision) == (date(2025, 9, 29), DatePrecision.DAY)
