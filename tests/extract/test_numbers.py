"""Count phrases read as (min, max) ranges."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqia.extract.numbers import (
    COUNT_PATTERN,
    CountRange,
    add_counts,
    choose_larger_count,
    parse_count,
    subtract_count,
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("54", (54, 54)),
        ("1,200", (1200, 1200)),
        ("nine", (9, 9)),
        ("Nine", (9, 9)),
        ("twenty-five", (25, 25)),
        ("twenty five", (25, 25)),
        ("one hundred and twelve", (112, 112)),
        ("a hundred", (100, 100)),
        ("two thousand", (2000, 2000)),
        ("2 million", (2_000_000, 2_000_000)),
        ("a dozen", (12, 12)),
        ("dozen", (12, 12)),
        ("two dozen", (24, 24)),
        ("half a dozen", (6, 6)),
        ("a couple of", (2, 2)),
        ("a pair of", (2, 2)),
        ("both", (2, 2)),
        ("at least 9", (9, None)),
        ("At least two", (2, None)),
        ("no fewer than 30", (30, None)),
        ("more than 100", (101, None)),
        ("over 100", (101, None)),
        ("over a dozen", (13, None)),
        ("about 40", (40, 40)),
        ("around forty", (40, 40)),
        ("some 40", (40, 40)),
        ("an estimated 300", (300, 300)),
        ("nearly 20", (20, 20)),
        ("almost twenty", (20, 20)),
        ("up to 20", (1, 20)),
        ("as many as 15", (1, 15)),
        ("fewer than 10", (1, 9)),
        ("5 or more", (5, None)),
        ("40-odd", (40, None)),
        ("100+", (100, None)),
        ("dozens", (12, None)),
        ("dozens of", (12, None)),
        ("scores of", (40, None)),
        ("hundreds", (200, None)),
        ("thousands of", (2000, None)),
        ("several", (3, None)),
        ("a few", (2, None)),
        ("a number of", (2, None)),
        ("three to five", (3, 5)),
        ("3-5", (3, 5)),
        ("3 – 5", (3, 5)),
        ("five-six", (5, 6)),
        ("three or four", (3, 4)),
        ("between 10 and 12", (10, 12)),
        ("between ten and twelve", (10, 12)),
        ("another 3", (3, 3)),
        ("one", (1, 1)),
        ("zero", (0, 0)),
    ],
)
def test_count_phrases_read_as_ranges(phrase: str, expected: tuple[int, int | None]) -> None:
    assert parse_count(phrase) == CountRange(minimum=expected[0], maximum=expected[1])


@pytest.mark.parametrize(
    "phrase",
    [
        "",
        "a",
        "an",
        "some",
        "many",
        "first",
        "fourth",
        "3 km",
        "35-year-old",
        "5-3",
        "two three",
        "hundreds of people",
        "1.5",
        "x",
    ],
)
def test_non_counts_are_none(phrase: str) -> None:
    assert parse_count(phrase) is None


@pytest.mark.parametrize(("phrase", "expected"), [("a", 1), ("an", 1), ("a single", 1), ("one", 1)])
def test_articles_count_one_only_when_asked(phrase: str, expected: int) -> None:
    assert parse_count(phrase, allow_article=True) == CountRange(minimum=expected, maximum=expected)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("At least nine people were killed and 20 injured", ["At least nine", "20"]),
        ("a 35-year-old man was shot at 10:30 on 3/13", []),
        ("one hundred and twelve bodies", ["one hundred and twelve"]),
        ("the fourth victim died in the 1990s", []),
        ("between 10 and 12 people, more than 1,200 in all", ["between 10 and 12", "more than 1,200"]),
        ("dozens of houses and 40-odd shops", ["dozens of", "40-odd"]),
    ],
)
def test_count_pattern_finds_count_phrases(sentence: str, found: list[str]) -> None:
    matches = [match.group() for match in re.finditer(COUNT_PATTERN, sentence, re.IGNORECASE)]
    assert matches == found
    assert all(parse_count(match) is not None for match in matches)


@pytest.mark.parametrize(
    ("first", "second", "total"),
    [((2, 2), (3, 3), (5, 5)), ((2, None), (3, 3), (5, None)), ((0, 0), (1, 4), (1, 4))],
)
def test_add_counts_adds_bounds(
    first: tuple[int, int | None], second: tuple[int, int | None], total: tuple[int, int | None]
) -> None:
    result = add_counts(
        CountRange(minimum=first[0], maximum=first[1]), CountRange(minimum=second[0], maximum=second[1])
    )
    assert result == CountRange(minimum=total[0], maximum=total[1])


def test_add_counts_with_nothing_is_the_other() -> None:
    count = CountRange(minimum=4, maximum=4)
    assert add_counts(None, count) == count
    assert add_counts(count, None) == count
    assert add_counts(None, None) is None


@pytest.mark.parametrize(
    ("first", "second", "larger"),
    [((9, None), (9, 9), (9, None)), ((9, 9), (12, 12), (12, 12)), ((20, 20), (3, None), (20, 20))],
)
def test_choose_larger_count_keeps_first_on_ties(
    first: tuple[int, int | None], second: tuple[int, int | None], larger: tuple[int, int | None]
) -> None:
    result = choose_larger_count(
        CountRange(minimum=first[0], maximum=first[1]), CountRange(minimum=second[0], maximum=second[1])
    )
    assert result == CountRange(minimum=larger[0], maximum=larger[1])


@pytest.mark.parametrize(
    ("total", "part", "left"),
    [((9, 9), (1, 1), (8, 8)), ((180, None), (80, 80), (100, None)), ((1, 1), (3, 3), (0, 0))],
)
def test_subtract_count_never_goes_below_zero(
    total: tuple[int, int | None], part: tuple[int, int | None], left: tuple[int, int | None]
) -> None:
    result = subtract_count(
        CountRange(minimum=total[0], maximum=total[1]), CountRange(minimum=part[0], maximum=part[1])
    )
    assert result == CountRange(minimum=left[0], maximum=left[1])


COUNT_WORDS = st.sampled_from(
    [
        *[
            "a",
            "an",
            "one",
            "two",
            "twenty",
            "-",
            "five",
            "hundred",
            "and",
            "thousand",
            "dozen",
            "dozens",
            "of",
            "at",
            "least",
            "more",
            "than",
            "up",
        ],
        *[
            "to",
            "between",
            "or",
            "to",
            "3",
            "1,200",
            "12",
            "several",
            "few",
            "couple",
            "both",
            "+",
            "odd",
            "plus",
            "million",
            "1.5",
            "0",
        ],
    ]
)


@given(st.text(max_size=200))
def test_parse_count_never_raises_on_any_text(phrase: str) -> None:
    _check_range(parse_count(phrase))
    _check_range(parse_count(phrase, allow_article=True))


@given(st.lists(COUNT_WORDS, max_size=12).map(" ".join))
def test_parse_count_never_raises_on_count_like_text(phrase: str) -> None:
    _check_range(parse_count(phrase))


def _check_range(count: CountRange | None) -> None:
    if count is not None:
        assert count.minimum >= 0
        assert count.maximum is None or count.maximum >= count.minimum
