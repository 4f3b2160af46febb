"""Counts of people as news writes them ("at least nine", "dozens", "three to five") as (min, max) ranges.

Reading rules (issue #3; a None maximum means the text leaves the count open):

- exact figures in digits or words: "54", "1,200", "twenty-five", "one hundred and twelve",
  "a hundred" -> (n, n);
- "at least / no fewer than / a minimum of n" and "n or more", "n-plus", "40-odd" -> (n, None);
- "more than / over / above / upwards of n" -> (n + 1, None);
- "about / around / some / approximately / an estimated / nearly / almost n" -> (n, n): the stated figure
  is kept as both bounds, because the spec compares killed_min exactly and annotators copy the stated figure;
- "up to / as many as / at most / no more than n" -> (1, n) (0 when n is 0): some, but no more than n;
- "less than / fewer than / under n" -> (1, n - 1);
- ranges "three to five", "3-5", "three or four", "between 10 and 12" -> (3, 5);
- vague: "a dozen" / "dozen" (12, 12), "half a dozen" (6, 6), "two dozen" (24, 24), "a couple (of)", "a
  pair of" and "both" (2, 2); "dozens" (12, None) as issue #3 lists it (not 24), "scores" (40, None),
  "tens" (20, None), "hundreds" (200, None), "thousands" (2000, None), "several" (3, None), "a few", "a
  handful", "a number of" (2, None);
- "a" / "an" / "a single" mean one only when the caller asks (`allow_article=True`, e.g. "a policeman was
  killed"); "one" is always (1, 1).
Additive words ("another", "a further", "an additional") are accepted and do not change the count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class CountRange:
    """A count of people between `minimum` and `maximum`; a None maximum is open-ended ("at least 9")."""

    minimum: int
    maximum: int | None


UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000}

# Plural quantities with no figure: the smallest count the word commonly implies (issue #3).
VAGUE_PLURALS = {"dozens": 12, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2_000}
# Vague words after "a"/"an": "a few", "a handful", "a number of".
VAGUE_AFTER_ARTICLE = {"few": 2, "handful": 2, "number": 2}

AT_LEAST = ("at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of")
MORE_THAN = ("more than", "well over", "just over", "over", "above", "upwards of", "in excess of")
APPROXIMATELY = (
    "about",
    "around",
    "some",
    "approximately",
    "roughly",
    "an estimated",
    "estimated",
    "nearly",
    "almost",
    "close to",
    "a total of",
    "another",
    "a further",
    "further",
    "an additional",
    "additional",
)
UP_TO = ("up to", "as many as", "at most", "no more than", "not more than", "a maximum of")
LESS_THAN = ("less than", "fewer than", "just under", "under", "below")

_QUALIFIERS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(phrase.split()), kind)
            for kind, phrases in (
                ("at_least", AT_LEAST),
                ("more_than", MORE_THAN),
                ("approximately", APPROXIMATELY),
                ("up_to", UP_TO),
                ("less_than", LESS_THAN),
            )
            for phrase in phrases
        ),
        key=lambda entry: -len(entry[0]),
    )
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first, so "seventeen" wins over "seven"."""
    escaped = (re.escape(word).replace("\\ ", " ") for word in sorted(words, key=len, reverse=True))
    return "|".join(word.replace(" ", r"\s+") for word in escaped)


_NUMBER_WORD = _alternation([*UNITS, *TEENS, *TENS, "hundred", *SCALES])
_SPELLED = (
    rf"(?:{_NUMBER_WORD})"
    rf"(?:(?:\s*-\s*|\s+)(?:{_NUMBER_WORD})|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+(?:{_NUMBER_WORD}))*"
)
# Digits that are not part of a time (10:30), date (3/13), decimal, age ("35-year-old") or word ("1990s").
_DIGITS = (
    r"(?<![\w.,:/$£€])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,:/]\d|-(?!\s*\d|odd\b))"
    r"(?:\s+(?:hundred|thousand|million)\b)?"
)
_SINGLE = (
    rf"(?:(?:{_SPELLED}|{_DIGITS})(?:\s+dozen)?"
    r"|(?:a|an)\s+(?:hundred|thousand)|half\s+a\s+dozen|(?:a\s+)?dozen)"
)
_VAGUE = (
    rf"(?:{_alternation(VAGUE_PLURALS)})(?:\s+of)?|several|a\s+(?:few|handful(?:\s+of)?|number\s+of)"
    r"|a\s+(?:couple|pair)(?:\s+of)?|both"
)
_QUANTITY = (
    rf"between\s+{_SINGLE}\s+and\s+{_SINGLE}|{_SINGLE}(?:\s*(?:-|–|—|\bto\b|\bor\b)\s*{_SINGLE})?|{_VAGUE}"
)
_QUALIFIER = _alternation(" ".join(words) for words, _ in _QUALIFIERS)

COUNT_PATTERN = (
    rf"(?<![\w'’-])(?:(?:{_QUALIFIER})\s+)?(?:{_QUANTITY})(?:\s+or\s+(?:more|so)\b|\s*\+|\s*-?\s*plus\b|-odd\b)?"
    r"(?![\w'’-])"
)
"""A regex (use with re.IGNORECASE) matching every count phrase `parse_count` reads, and a few it rejects."""

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?|[a-z]+|[-–—+]")


def parse_count(phrase: str, *, allow_article: bool = False) -> CountRange | None:
    """Read a whole count phrase ("at least nine", "dozens of", "3-5") as a range; None if it is not one.

    Args:
        phrase: the count phrase alone, e.g. a spaCy CARDINAL span with its qualifier.
        allow_article: read a bare "a" / "an" / "a single" as one (for "a policeman was killed").
    """
    tokens = [token.replace("–", "-").replace("—", "-") for token in _TOKEN.findall(phrase.lower())]
    if not tokens or len(tokens) > 40:
        return None
    kind, position = _read_qualifier(tokens)
    read = _read_range(tokens, position, allow_article=allow_article)
    if read is None:
        return None
    minimum, maximum, position = read
    rest = tokens[position:]
    if rest in (["or", "more"], ["plus"], ["+"], ["-", "plus"], ["-", "odd"], ["odd"]):
        maximum = None
    elif rest == ["or", "so"]:
        pass
    elif rest:
        return None
    return _qualify(kind, minimum, maximum)


def add_counts(first: CountRange | None, second: CountRange | None) -> CountRange | None:
    """The count of two distinct groups together; open if either is open."""
    if first is None or second is None:
        return first or second
    maximum = None if first.maximum is None or second.maximum is None else first.maximum + second.maximum
    return CountRange(minimum=first.minimum + second.minimum, maximum=maximum)


def choose_larger_count(first: CountRange | None, second: CountRange | None) -> CountRange | None:
    """The larger of two readings of the same group (a restated or rising toll); ties keep the first."""
    if first is None or second is None:
        return first or second
    return second if second.minimum > first.minimum else first


def subtract_count(total: CountRange, part: CountRange) -> CountRange:
    """What is left of `total` once `part` (a subgroup of it) is taken out, never below zero."""
    part_high = part.minimum if part.maximum is None else part.maximum
    minimum = max(0, total.minimum - part_high)
    maximum = None if total.maximum is None else max(minimum, total.maximum - part.minimum)
    return CountRange(minimum=minimum, maximum=maximum)


def _read_qualifier(tokens: list[str]) -> tuple[str, int]:
    for words, kind in _QUALIFIERS:
        if tuple(tokens[: len(words)]) == words and len(tokens) > len(words):
            return kind, len(words)
    return "exact", 0


def _read_range(
    tokens: list[str], position: int, *, allow_article: bool
) -> tuple[int, int | None, int] | None:
    """(minimum, maximum, next position) of a quantity or a range of two quantities."""
    between = position < len(tokens) and tokens[position] == "between"
    start = position + 1 if between else position
    first = _read_quantity(tokens, start, allow_article=allow_article)
    if first is None:
        return None
    low, high, position = first
    joiners = ("and",) if between else ("to", "-", "or")
    if position + 1 < len(tokens) and tokens[position] in joiners and high == low:
        second = _read_quantity(tokens, position + 1, allow_article=False)
        if second is not None and second[1] is not None and second[0] == second[1] and second[0] > low:
            return low, second[0], second[2]
    if between:
        return None
    return low, high, position


def _read_quantity(
    tokens: list[str], position: int, *, allow_article: bool
) -> tuple[int, int | None, int] | None:
    """(minimum, maximum, next position) of one quantity: a number, a dozen form or a vague word."""
    if position >= len(tokens):
        return None
    word = tokens[position]
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    if word in VAGUE_PLURALS:
        end = position + 2 if following == "of" else position + 1
        return VAGUE_PLURALS[word], None, end
    if word == "several":
        return 3, None, position + 1
    if word == "both":
        return 2, 2, position + 1
    if word == "dozen":
        return 12, 12, position + 1
    if tokens[position : position + 3] == ["half", "a", "dozen"]:
        return 6, 6, position + 3
    if word in ("a", "an"):
        return _read_after_article(tokens, position + 1, allow_article=allow_article)
    read = _read_number(tokens, position)
    if read is None:
        return None
    value, position = read
    if position < len(tokens) and tokens[position] == "dozen":
        value, position = value * 12, position + 1
    return value, value, position


def _read_after_article(
    tokens: list[str], position: int, *, allow_article: bool
) -> tuple[int, int | None, int] | None:
    word = tokens[position] if position < len(tokens) else ""
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    if word == "dozen":
        return 12, 12, position + 1
    if word in ("couple", "pair"):
        return 2, 2, position + 2 if following == "of" else position + 1
    if word in VAGUE_AFTER_ARTICLE and (word != "number" or following == "of"):
        return VAGUE_AFTER_ARTICLE[word], None, position + 2 if following == "of" else position + 1
    if word == "hundred" or word in SCALES:
        read = _read_spelled(tokens, position)
        if read is not None:
            return read[0], read[0], read[1]
    if allow_article and word == "single":
        return 1, 1, position + 1
    if allow_article and not word:
        return 1, 1, position
    return None


def _read_number(tokens: list[str], position: int) -> tuple[int, int] | None:
    """A figure in digits ("1,200", "2 million", "1.5 million") or in words; (value, next position)."""
    word = tokens[position]
    if word[0].isdigit():
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        scale = 100 if following == "hundred" else SCALES.get(following, 0)
        if "." in word:
            if not scale:
                return None
            whole, _, fraction = word.partition(".")
            return (int(whole) * scale + int(fraction) * scale // 10 ** len(fraction)), position + 2
        value = int(word.replace(",", ""))
        return (value * scale, position + 2) if scale else (value, position + 1)
    return _read_spelled(tokens, position)


def _read_spelled(tokens: list[str], position: int) -> tuple[int, int] | None:
    """A number in words: "twenty-five", "one hundred and twelve", "hundred", "two thousand"."""
    total = current = 0
    last = ""
    index = position
    while index < len(tokens):
        word = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in UNITS or word in TEENS:
            if last in ("unit", "teen") or (last == "ten" and word not in UNITS):
                break
            current += UNITS.get(word, TEENS.get(word, 0))
            last = "unit" if word in UNITS else "teen"
        elif word in TENS:
            if last in ("unit", "teen", "ten"):
                break
            current += TENS[word]
            last = "ten"
        elif word == "hundred":
            if last in ("hundred", "ten") or current >= 100:
                break
            current = (current or 1) * 100
            last = "hundred"
        elif word in SCALES:
            if last == "scale" or (total and total < SCALES[word] * 1000 and current == 0):
                break
            total += (current or 1) * SCALES[word]
            current = 0
            last = "scale"
        elif (
            word == "and"
            and last in ("hundred", "scale")
            and (following in UNITS or following in TEENS or following in TENS)
        ):
            last = "and"
        elif word == "-" and last == "ten" and following in UNITS and following != "zero":
            last = "hyphen"
        else:
            break
        index += 1
    if index == position or last in ("and", "hyphen"):
        return None
    return total + current, index


def _qualify(kind: str, minimum: int, maximum: int | None) -> CountRange:
    if kind == "at_least":
        return CountRange(minimum=minimum, maximum=None)
    if kind == "more_than":
        return CountRange(minimum=(minimum if maximum is None else maximum) + 1, maximum=None)
    if kind == "up_to":
        top = minimum if maximum is None else maximum
        return CountRange(minimum=min(1, top), maximum=top)
    if kind == "less_than":
        top = max(0, minimum - 1)
        return CountRange(minimum=min(1, top), maximum=top)
    return CountRange(minimum=minimum, maximum=maximum)
