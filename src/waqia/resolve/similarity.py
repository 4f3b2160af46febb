"""Whether two reports can describe the same real-world event, and how alike they are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from waqia.model import Casualties, DatePrecision, DateSpan, Place

# A report's date may be off by a day (time zones, "late on Monday" filed on Tuesday).
DAY_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchScore:
    """A compatibility verdict with the evidence behind it, kept for the merge trail."""

    compatible: bool
    score: float
    reasons: tuple[str, ...]


def date_window(when: DateSpan) -> tuple[date, date]:
    """The interval in which a candidate event's date must fall to be the same event."""
    slack = DAY_SLACK if when.precision is DatePrecision.DAY else timedelta(0)
    return when.earliest - slack, when.latest + slack


def dates_compatible(first: DateSpan | None, second: DateSpan | None) -> bool:
    """True when the two intervals (with a day's slack for day precision) overlap, or one is unknown."""
    if first is None or second is None:
        return True
    first_start, first_end = date_window(first)
    second_start, second_end = date_window(second)
    return first_start <= second_end and second_start <= first_end


def places_compatible(first: Place | None, second: Place | None) -> bool:
    """True unless the two places are known to be in different countries, provinces or districts."""
    if first is None or second is None:
        return True
    pairs = (
        (first.country_code, second.country_code),
        (first.admin1, second.admin1),
        (first.admin2, second.admin2),
    )
    return all(a is None or b is None or a.casefold() == b.casefold() for a, b in pairs)


def casualties_compatible(first: Casualties, second: Casualties) -> bool:
    """Tolls are compatible when neither report's killed range is wildly off the other's.

    Tolls rise as bodies are found, so only a gap of more than a factor of four with at least ten dead
    between them separates two reports.
    """
    low_first, low_second = first.killed_min, second.killed_min
    if low_first is None or low_second is None:
        return True
    small, large = sorted((low_first, low_second))
    return large - small < 10 or large <= 4 * max(small, 1)


def score_pair(
    *,
    first_when: DateSpan | None,
    second_when: DateSpan | None,
    first_place: Place | None,
    second_place: Place | None,
    first_casualties: Casualties,
    second_casualties: Casualties,
    same_perpetrator: bool | None,
) -> MatchScore:
    """Score two reports of the same sub-event type; `compatible` is the hard gate, `score` ranks."""
    reasons: list[str] = []
    if not dates_compatible(first_when, second_when):
        return MatchScore(compatible=False, score=0.0, reasons=("dates differ",))
    if not places_compatible(first_place, second_place):
        return MatchScore(compatible=False, score=0.0, reasons=("places differ",))
    if not casualties_compatible(first_casualties, second_casualties):
        return MatchScore(compatible=False, score=0.0, reasons=("tolls differ",))
    if same_perpetrator is False:
        return MatchScore(compatible=False, score=0.0, reasons=("perpetrators differ",))
    score = 0.0
    if first_when is not None and second_when is not None:
        score += 0.3
        reasons.append("dates overlap")
    if first_place is not None and second_place is not None:
        if first_place.admin2 and second_place.admin2:
            score += 0.4
            reasons.append(f"same district {first_place.admin2}")
        elif first_place.admin1 and second_place.admin1:
            score += 0.15
            reasons.append(f"same province {first_place.admin1}")
        if first_place.name.casefold() == second_place.name.casefold():
            score += 0.1
            reasons.append(f"same place {first_place.name}")
    if same_perpetrator:
        score += 0.2
        reasons.append("same perpetrator")
    return MatchScore(compatible=True, score=score, reasons=tuple(reasons))
