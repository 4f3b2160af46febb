"""Resolving a report's date phrases ("on Wednesday", "last week", "March 5-6") against its publication date.

Rules (issue #3), all in the past relative to publication, because the events reported have happened:

- "today", "this morning", "tonight" are the publication day; "yesterday", "last night", "overnight", "the
  previous day" the day before (day precision); "the day before yesterday" two days before.
- A weekday equal to the publication weekday is the publication day itself ("on Wednesday" in a Wednesday
  story); other weekdays, and "last Monday", are the most recent past one ("last Wednesday" in a Wednesday
  story is a week back). "late on", "early", "the night of", "Monday night" are read as the day.
- "last week" is the previous Monday-to-Sunday week (week precision); "this week" / "earlier this week" this
  week up to publication; "the weekend" the most recent Saturday and Sunday; "N weeks ago" the week that held
  the day N weeks back; "N days ago" that day.
- "this month" / "earlier this month" and "last month", "this year" and "last year" have month or year
  precision; "N months ago" / "N years ago" too.
- A month alone ("in January", "mid-March", "late December") is the most recent such month not after
  publication (January in a March story is this year's, December last year's), month precision; with a year
  ("January 2019") that month.
- Day and month ("6 March", "March 6", "the 6th of March") are the most recent such day not after publication
  unless a year is given ("March 6, 2019"); a span of days ("March 5-6", "the night of March 5-6") gives its
  first day. Numeric dates are ISO (2024-03-13) or day first (13/03/2024), except that an impossible day-first
  reading (3/13/2024) is read month first.
- A year alone ("2022", "in 2019") has year precision.
- Anything after the publication date is refused (None), except a day and month one day after it (a UTC
  timestamp is the previous day where the report was filed), and so are durations and vague spans that name no
  date ("for weeks", "24 hours", "decades", "recent days") and decades ("the 1990s"): a decade is wider than
  any precision the model has.
Other absolute forms with a year fall back to dateparser (dateparser's own relative parsing is not used: it
resolves a same weekday a week back and has no rules for the cases above; DEPENDENCIES.md section 3).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateparser.date import DateDataParser

from waqia.extract.numbers import parse_count
from waqia.model import DatePrecision, DateSpan

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
# Longer than any date a spaCy DATE span holds; longer text is not a date phrase.
MAX_PHRASE_LENGTH = 80

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\.?"
)
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
_SECOND_DAY = r"(?:\s*(?:-|/|to|and|&)\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s*(?P<year>(?:19|20)\d\d))?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midnight|noon|hours?))?"

_FILLER = re.compile(
    r"^(?:on|in|at|during|around|about|from|by|of|late|early|earlier|later|the\s+(?:night|morning|evening|"
    r"afternoon|early\s+hours|wee\s+hours)\s+of|(?:night|morning|evening|afternoon)\s+of|sometime|some\s+time)\s+"
)
_TODAY = re.compile(
    r"(?:(?:earlier|early|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening|night))|"
    r"(?:early|late)\s+(?:this\s+)?(?:morning|afternoon|evening)"
)
_YESTERDAY = re.compile(
    r"(?:yesterday|last\s+night|overnight|(?:the\s+)?previous\s+(?:day|night|evening)|the\s+day\s+before|"
    r"the\s+night\s+before|a\s+day\s+(?:earlier|before))(?:\s+(?:morning|afternoon|evening|night))?"
)
_TWO_DAYS_BEFORE = re.compile(r"(?:the\s+)?day\s+before\s+yesterday")
_AGO = re.compile(r"(?P<count>[\w, -]+?)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|back|before)")
# Phrases that count back from the day the story is about, not from publication: "A day earlier,
# protesters in Bagh torched a police van" after a lead on Wednesday's march is Tuesday.
_FROM_STORY_DAY = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:earlier|before)|(?:the\s+)?(?:previous|preceding)\s+"
    r"(?:day|night|evening)|the\s+(?:day|night)\s+before)(?:\s+(?:morning|afternoon|evening|night))?"
)
_RELATIVE_PERIOD = re.compile(
    r"(?P<which>last|past|previous|this|earlier\s+this|early\s+this|late\s+this|later\s+this|the\s+previous|"
    r"the\s+past|the\s+last|over\s+the|the|this\s+past)\s+(?P<unit>week|weekend|month|year)"
)
_WEEKDAY_PHRASE = re.compile(
    rf"(?:(?P<which>last|this\s+past|past|this|previous)\s+)?{_WEEKDAY}{_PART_OF_DAY}"
)
_MONTH_ONLY = re.compile(
    rf"(?:(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|"
    rf"start\s+of|the\s+middle\s+of|middle\s+of)[\s-]+)?(?:the\s+month\s+of\s+)?{_MONTH}{_YEAR}"
)
_DAY_MONTH = re.compile(
    rf"(?:{_WEEKDAY}[\s,]+)?(?:the\s+)?{_DAY}{_SECOND_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}{_PART_OF_DAY}"
)
_MONTH_DAY = re.compile(
    rf"(?:{_WEEKDAY}[\s,]+)?{_MONTH}\s+(?:the\s+)?{_DAY}{_SECOND_DAY}{_YEAR}{_PART_OF_DAY}"
)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NUMERIC = re.compile(r"(?P<first>\d{1,2})[/.-](?P<second>\d{1,2})[/.-](?P<year>\d{4}|\d{2})")
_YEAR_ONLY = re.compile(
    r"(?:(?:early|mid|late|the\s+year|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?(?P<year>\d{4})"
)
_NOT_A_DATE = re.compile(
    r"(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d{3}0s|(?:the\s+)?(?:past|last|next|coming|recent)\s+(?:few\s+|several\s+|\d+\s+|\w+\s+)?(?:hours|days|weeks|"
    r"months|years|decades)|(?:for|over|within|in)\s+.*(?:hours|days|weeks|months|years|decades)|"
    r"(?:hours|days|weeks|months|years|decades)|recent(?:ly)?|tomorrow|next\s+\w+|coming\s+\w+|"
    r"\d+\s+hours?|(?:the\s+)?same\s+day|that\s+day|the\s+following\s+\w+"
)


# Publication times are stored in UTC, where Pakistan's and Afghanistan's evening is already the next day:
# a dated day may be the day after the publication date ("QUETTA, Nov 27" stamped 26 November 20:00 UTC).
DATELINE_LEAD = timedelta(days=1)


class DateResolver:
    """Resolves date phrases against a publication date; build once, then call `resolve` for every span."""

    def __init__(self) -> None:
        # Only absolute forms with an explicit year reach dateparser, so its relative base never matters.
        self._parser = DateDataParser(
            languages=["en"],
            settings={
                "PREFER_DATES_FROM": "past",
                "DATE_ORDER": "DMY",
                "PARSERS": ["custom-formats", "absolute-time"],
                "REQUIRE_PARTS": ["year"],
                "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first",
            },
        )

    def resolve(self, phrase: str, *, published: date) -> DateSpan | None:
        """The date a phrase means in a report published on `published`, or None if it names no past date.

        Args:
            phrase: the text of a date expression, e.g. a spaCy DATE span, possibly with "on" or "late on".
            published: the publication date of the report.
        """
        text = _normalise(phrase)
        if not text or len(text) > MAX_PHRASE_LENGTH:
            return None
        # spaCy runs a date on into the next clause ("on Monday, days after the blast"): the date is the
        # part before the comma when the rest is only a span of time.
        head, comma, tail = text.partition(",")
        if comma and _SPAN_OF_TIME.fullmatch(tail.strip()):
            text = head.strip()
        span = _resolve_by_rules(text, published) if not _NOT_A_DATE.fullmatch(text) else None
        if span is None and not _NOT_A_DATE.fullmatch(text) and re.search(r"\d{4}", text):
            span = self._resolve_absolute(text)
        if span is None or span.earliest > published + DATELINE_LEAD:
            return None
        if span.latest > published:
            latest = max(published, span.earliest)
            span = DateSpan(earliest=span.earliest, latest=latest, precision=span.precision)
        return span

    def _resolve_absolute(self, text: str) -> DateSpan | None:
        """Absolute dates with a year in forms the rules do not cover ("12-Mar-2024"), read by dateparser."""
        try:
            data = self._parser.get_date_data(text)
        except (ValueError, OverflowError, TypeError):  # dateparser raises these on some odd inputs
            return None
        if data.date_obj is None:
            return None
        found = data.date_obj.date()
        if data.period == "year":
            return _year_span(found.year)
        if data.period == "month":
            return _month_span(found.year, found.month)
        return _day_span(found)


def counts_from_story_day(phrase: str) -> bool:
    """Whether a date phrase counts days back from the day the story tells ("a day earlier", "the previous
    day"); such a phrase in a later event is resolved with that day as its base."""
    return _FROM_STORY_DAY.fullmatch(_normalise(phrase)) is not None


_SPAN_OF_TIME = re.compile(
    r"(?:(?:a|one|two|three|four|five|six|seven|several|a few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)"
)


def _normalise(phrase: str) -> str:
    text = phrase.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w/.,&' -]+", " ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.'-")
    previous = None
    while previous != text:
        previous = text
        text = _FILLER.sub("", text).strip(" ,")
    return text


def _resolve_by_rules(text: str, published: date) -> DateSpan | None:
    if _TWO_DAYS_BEFORE.fullmatch(text):
        return _day_span(_days_before(published, 2))
    if _TODAY.fullmatch(text):
        return _day_span(published)
    if _YESTERDAY.fullmatch(text):
        return _day_span(_days_before(published, 1))
    if match := _AGO.fullmatch(text):
        return _resolve_ago(match, published)
    if match := _RELATIVE_PERIOD.fullmatch(text):
        return _resolve_relative_period(match, published)
    if match := _WEEKDAY_PHRASE.fullmatch(text):
        return _resolve_weekday(match, published)
    if match := _ISO.search(text):
        return _exact_day(int(match["year"]), int(match["month"]), int(match["day"]))
    if match := _NUMERIC.search(text):
        return _resolve_numeric(match, published)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if match := pattern.search(text):
            return _resolve_day_month(match, published)
    if match := _MONTH_ONLY.fullmatch(text):
        month = MONTHS[match["month"][:3]]
        if match["year"]:
            return _month_span(int(match["year"]), month)
        year = published.year if month <= published.month else published.year - 1
        return _month_span(year, month)
    if match := _YEAR_ONLY.fullmatch(text):
        return _year_span(int(match["year"]))
    return None


def _resolve_ago(match: re.Match[str], published: date) -> DateSpan | None:
    figure = parse_count(match["count"], allow_article=True)
    if figure is None or figure.maximum != figure.minimum or not 0 < figure.minimum <= 5000:
        return None  # "a few days ago" names no day
    count = figure.minimum
    unit = match["unit"]
    if unit == "day":
        return _day_span(_days_before(published, count))
    if unit == "week":
        return _week_span(_days_before(published, 7 * count))
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -count)
        return _month_span(year, month) if year >= 1 else None
    return _year_span(published.year - count) if published.year - count >= 1 else None


def _resolve_relative_period(match: re.Match[str], published: date) -> DateSpan | None:
    which = match["which"]
    unit = match["unit"]
    current = which.startswith(("this", "earlier", "early", "late", "later")) and which != "this past"
    if unit == "weekend":
        back = (published.weekday() - 5) % 7
        if which in ("last", "previous", "the previous", "this past") and published.weekday() in (5, 6):
            back += 7
        saturday = _days_before(published, back)
        sunday = _days_before(published, back - 1)
        if saturday is None or sunday is None:
            return None
        return DateSpan(earliest=saturday, latest=sunday, precision=DatePrecision.WEEK)
    if which in ("the", "over the"):
        return None  # "the week", "the year": no anchor
    if unit == "week":
        return _week_span(published if current else _days_before(published, 7))
    if unit == "month":
        if current:
            return _month_span(published.year, published.month)
        year, month = _shift_month(published.year, published.month, -1)
        return _month_span(year, month)
    return _year_span(published.year if current else published.year - 1)


def _resolve_weekday(match: re.Match[str], published: date) -> DateSpan | None:
    weekday = WEEKDAYS[match["weekday"][:3]]
    back = (published.weekday() - weekday) % 7
    if back == 0 and match["which"] in ("last", "past", "previous", "this past"):
        back = 7
    return _day_span(_days_before(published, back))


def _resolve_numeric(match: re.Match[str], published: date) -> DateSpan | None:
    """Day first (13/03/2024), unless only the month-first reading is possible or in the past."""
    first, second = int(match["first"]), int(match["second"])
    year = int(match["year"])
    if year < 100:
        year += 2000
    day_first = _exact_day(year, second, first)
    month_first = _exact_day(year, first, second)
    if day_first is None or (
        day_first.earliest > published and month_first and month_first.earliest <= published
    ):
        return month_first
    return day_first


def _resolve_day_month(match: re.Match[str], published: date) -> DateSpan | None:
    month = MONTHS[match["month"][:3]]
    day = int(match["day"])
    if match["year"]:
        return _exact_day(int(match["year"]), month, day)
    for year in (published.year, published.year - 1):
        span = _exact_day(year, month, day)
        if span is not None and span.earliest <= published + DATELINE_LEAD:
            return span
    return _exact_day(published.year - 1, month, day)


def _days_before(day: date, days: int) -> date | None:
    """`day` minus `days` days, or None before the first representable date."""
    ordinal = day.toordinal() - days
    return date.fromordinal(ordinal) if 1 <= ordinal <= date.max.toordinal() else None


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _exact_day(year: int, month: int, day: int) -> DateSpan | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999) or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return _day_span(date(year, month, day))


def _day_span(day: date | None) -> DateSpan | None:
    return DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY) if day is not None else None


def _week_span(day: date | None) -> DateSpan | None:
    """The Monday-to-Sunday week that holds `day`."""
    monday = _days_before(day, day.weekday()) if day is not None else None
    sunday = _days_before(monday, -6) if monday is not None else None
    if monday is None or sunday is None:
        return None
    return DateSpan(earliest=monday, latest=sunday, precision=DatePrecision.WEEK)


def _month_span(year: int, month: int) -> DateSpan | None:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    last = calendar.monthrange(year, month)[1]
    return DateSpan(
        earliest=date(year, month, 1), latest=date(year, month, last), precision=DatePrecision.MONTH
    )


def _year_span(year: int) -> DateSpan | None:
    if not 1 <= year <= 9999:
        return None
    return DateSpan(earliest=date(year, 1, 1), latest=date(year, 12, 31), precision=DatePrecision.YEAR)
