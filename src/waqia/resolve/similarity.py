"""Whether two events (or a report and an event) can be the same real-world event, and how alike they are.

Structured fields decide (DEPENDENCIES.md section 6: wire copy from one template looks alike whatever the
event, so text similarity only breaks ties). The weights are documented in docs/resolution.md.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from rapidfuzz import fuzz

from waqia.model import DatePrecision, DateSpan, EventType, GeoPrecision, Place, SubEventType
from waqia.resolve.canonical import REPORTING_STAGE
from waqia.resolve.features import is_national_desk
from waqia.resolve.profile import EventProfile

# A report's date may be off by a day (time zones, "late on Monday" filed on Tuesday).
DAY_SLACK = timedelta(days=1)
EARTH_RADIUS_KM = 6371.0
# Places this close are the same spot whatever their names; geocoders disagree on names, and on the
# district, of towns near a district line.
NEAR_KM = 5.0
SAME_AREA_KM = 15.0
# Two precise places further apart than this are different events even inside one district or province.
FAR_KM = 60.0
# A merged event needs at least this much evidence: the same day, town and sub-type (0.75), or a day's
# difference in the same town (0.65), or the same day and district with another sub-type of the same
# event type (0.5) and agreeing tolls (0.1). A date and a province alone (0.35), or the same day and town
# with two different named spots and targets (0.45), are not enough.
MERGE_THRESHOLD = 0.6
# Candidates scoring within this of the best are told apart by their text (the tie-breaker).
TIE_MARGIN = 0.05

# Sub-types that reports of one attack often disagree on: a complex assault with a suicide bomber is a
# clash to one outlet and a suicide bombing to another; gunmen who kill civilians "clashed" with guards.
RELATED_SUB_TYPES = frozenset(
    frozenset(pair)
    for pair in (
        (SubEventType.ARMED_CLASH, SubEventType.SUICIDE_BOMB),
        (SubEventType.ARMED_CLASH, SubEventType.ATTACK),
        (SubEventType.SUICIDE_BOMB, SubEventType.ATTACK),
        (SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, SubEventType.ATTACK),
        (SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION),
        (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.PROTEST_WITH_INTERVENTION),
        (SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE),
    )
)
# Kinds of event that happen many times a day in a big city: the same day, town and sub-type prove little
# about them, so a match needs corroboration (a shared spot, name or actor).
COMMON_TYPES = frozenset({EventType.PROTESTS, EventType.RIOTS, EventType.STRATEGIC_DEVELOPMENTS})
RELATED_TO: dict[SubEventType, frozenset[SubEventType]] = {
    sub: frozenset(other for pair in RELATED_SUB_TYPES if sub in pair for other in pair if other is not sub)
    for sub in SubEventType
}
# Inside one event type a sub-type disagreement is ordinary extraction noise, except for these families,
# where the sub-types are different kinds of event.
DISTINCT_INSIDE_TYPE = frozenset({EventType.STRATEGIC_DEVELOPMENTS})

WEIGHTS = {
    "same day": 0.30,
    "dates a day apart": 0.20,
    "dates overlap": 0.05,
    "same place": 0.30,
    "close places": 0.25,
    "same district": 0.20,
    "nearby across a district line": 0.10,
    "same province": 0.05,
    "place named under a dateline": 0.25,
    "place only from a wire dateline": 0.0,
    "place only from a national desk": -0.15,
    "same sub-type": 0.15,
    "same sub-type, common kind": -0.05,
    "district only, another kind": -0.20,
    "related sub-types": -0.10,
    "same actor": 0.15,
    "actors differ": -0.10,
    "same target": 0.05,
    "targets differ": -0.10,
    "tolls agree": 0.10,
    "tolls far apart": -0.30,
    "tolls differ": -0.05,
    "arrest counts differ": -0.05,
    "shared name": 0.08,
    "shared detail": 0.10,
    "settings differ": -0.25,
    "spots differ": -0.20,
}
# Reasons (by their first words) that speak against a match.
CONFLICT_REASONS = (
    "actors differ",
    "targets differ",
    "tolls differ",
    "tolls far apart",
    "arrest counts differ",
    "settings differ",
    "spots differ",
    "district only, another kind",
)
MAX_NAME_BONUS = 0.20
MAX_DETAIL_BONUS = 0.20


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchScore:
    """A compatibility verdict with the evidence behind it, kept for the merge trail."""

    compatible: bool
    score: float
    reasons: tuple[str, ...]
    # The reasons that speak against the match (different spots, settings, actors, targets or tolls).
    conflicts: tuple[str, ...] = ()


def haversine_km(first: tuple[float, float], second: tuple[float, float]) -> float:
    """Great-circle distance in kilometres between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*first, *second))
    inner = (
        math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(inner)))


def date_window(when: DateSpan) -> tuple[date, date]:
    """The days a report's date allows: a day's slack around a day-precision date."""
    slack = DAY_SLACK if when.precision is DatePrecision.DAY else timedelta(0)
    return when.earliest - slack, when.latest + slack


def dates_compatible(first: DateSpan | None, second: DateSpan | None) -> bool:
    """True when the dates overlap, allowing one day between two day-precision dates, or one is unknown."""
    if first is None or second is None:
        return True
    both_days = first.precision is DatePrecision.DAY and second.precision is DatePrecision.DAY
    slack = DAY_SLACK if both_days else timedelta(0)
    return first.earliest - slack <= second.latest and second.earliest - slack <= first.latest


def _precise_point(place: Place) -> tuple[float, float] | None:
    """Coordinates that locate the event (a town or near one), not a province's centre."""
    if place.latitude is None or place.longitude is None:
        return None
    if place.geo_precision is not None and place.geo_precision is GeoPrecision.REGION:
        return None
    return (place.latitude, place.longitude)


def _same(first: str | None, second: str | None) -> bool | None:
    if first is None or second is None:
        return None
    return first.casefold() == second.casefold()


def compare_places(first: Place, second: Place, *, explain: bool = True) -> tuple[bool, float, list[str]]:
    """(compatible, score, reasons) for two places: countries, provinces and districts must not
    contradict each other unless the points are within a few kilometres, and precise points must not
    be far apart."""
    first_point, second_point = _precise_point(first), _precise_point(second)
    distance = (
        haversine_km(first_point, second_point)
        if first_point is not None and second_point is not None
        else None
    )
    if _same(first.country_code, second.country_code) is False:
        return False, 0.0, ["countries differ"]
    nearby = distance is not None and distance <= SAME_AREA_KM
    same_admin1 = _same(first.admin1, second.admin1)
    same_admin2 = _same(first.admin2, second.admin2)
    if (same_admin1 is False or same_admin2 is False) and not nearby:
        return False, 0.0, ["provinces differ" if same_admin1 is False else "districts differ"]
    if distance is not None and distance > FAR_KM:
        return False, 0.0, [f"{distance:.0f} km apart" if explain else "far apart"]
    # A province-level place names no town: only its district and province can agree.
    towns = first.geo_precision is not GeoPrecision.REGION and second.geo_precision is not GeoPrecision.REGION
    if towns and first.name.casefold() == second.name.casefold():
        return True, WEIGHTS["same place"], [f"same place {first.name}" if explain else "same place"]
    if towns and distance is not None and distance <= NEAR_KM:
        reason = f"{first.name} and {second.name} {distance:.0f} km apart" if explain else "close places"
        return True, WEIGHTS["close places"], [reason]
    if same_admin2:
        return (
            True,
            WEIGHTS["same district"],
            [f"same district {first.admin2}" if explain else "same district"],
        )
    if same_admin2 is False:
        return (
            True,
            WEIGHTS["nearby across a district line"],
            [f"{distance:.0f} km apart across a district line" if explain else "across a district line"],
        )
    if same_admin1:
        return (
            True,
            WEIGHTS["same province"],
            [f"same province {first.admin1}" if explain else "same province"],
        )
    return True, 0.0, []


def _names_place(dated: EventProfile, other: EventProfile) -> str | None:
    """The name of `other`'s place (its town or district) when a report of `dated`, placed only by its
    dateline, names it in its own words ("PESHAWAR (FPW) - ... near Mir Ali in North Waziristan").

    Names are matched as written (the capitalised dateline itself never matches), and the dateline's
    own town and district do not count: naming them says nothing the dateline did not.
    """
    if not dated.place_from_dateline or dated.place is None or other.place is None:
        return None
    own = {name.casefold() for name in (dated.place.name, dated.place.admin2) if name}
    for name in (other.place.name, other.place.admin2):
        if not name or name.casefold() in own:
            continue
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        if any(pattern.search(gist) for gist in dated.dateline_gists):
            return name
    return None


def compare_dateline_places(
    first: EventProfile, second: EventProfile, *, explain: bool = True
) -> tuple[bool, float, list[str]] | None:
    """(compatible, score, reasons) when a place read from a dateline is all that keeps two events apart,
    else None (compare the places as they are).

    A wire story datelined "PESHAWAR" about a bombing in Mir Ali is placed in Peshawar by an extractor
    that finds no other place it trusts. When the story names the other event's town or district, the
    places agree. When it names none and the dateline is a wire service's (a bureau filing for a whole
    province), only the province is known: the places neither agree nor differ.
    """
    if not (first.place_from_dateline or second.place_from_dateline):
        return None
    if first.place is None or second.place is None:
        return None
    if first.place.name.casefold() == second.place.name.casefold():
        return None
    if _same(first.place.country_code, second.place.country_code) is False:
        return None
    if _same(first.place.admin1, second.place.admin1) is False:
        return _compare_across_provinces(first, second, explain=explain)
    named = _names_place(first, second) or _names_place(second, first)
    if named is not None:
        reason = f"{named} named under a dateline" if explain else "place named under a dateline"
        return True, WEIGHTS["place named under a dateline"], [reason]
    if first.place_from_bureau or second.place_from_bureau:
        bureau = first.place if first.place_from_bureau else second.place
        reason = (
            f"place only from a wire dateline ({bureau.name})" if explain else "place from a wire dateline"
        )
        return True, WEIGHTS["place only from a wire dateline"], [reason]
    return None


def from_national_desk(profile: EventProfile) -> bool:
    """True when the event's place is only a capital desk's dateline (see `features.NATIONAL_DESKS`)."""
    return profile.place_from_dateline and is_national_desk(profile.place)


def _compare_across_provinces(
    first: EventProfile, second: EventProfile, *, explain: bool
) -> tuple[bool, float, list[str]] | None:
    """Places in two provinces, one only a capital desk's dateline ("ISLAMABAD: ... two bombings in
    Quetta"): they agree when the story names the other's town; else the event's place is unknown, and
    only shared details, not the day and sub-type alone, can show the two to be one."""
    if from_national_desk(first):
        desk, other = first, second
    elif from_national_desk(second):
        desk, other = second, first
    else:
        return None
    named = _names_place(desk, other)
    if named is not None:
        reason = f"{named} named under a dateline" if explain else "place named under a dateline"
        return True, WEIGHTS["place named under a dateline"], [reason]
    desk_name = desk.place.name if desk.place is not None else ""
    reason = f"place only from a national desk ({desk_name})" if explain else "place from a national desk"
    return True, WEIGHTS["place only from a national desk"], [reason]


def compare_sub_types(first: EventProfile, second: EventProfile) -> tuple[bool, float, str]:
    """(compatible, score, reason) for the two events' sub-types."""
    shared = first.sub_event_types & second.sub_event_types
    if shared:
        sub = min(shared, key=lambda item: item.value)
        if sub.event_type in COMMON_TYPES:
            return True, WEIGHTS["same sub-type, common kind"], f"same sub-type {sub.value} (a common kind)"
        return True, WEIGHTS["same sub-type"], f"same sub-type {sub.value}"
    for mine in sorted(first.sub_event_types, key=lambda item: item.value):
        related = RELATED_TO.get(mine, frozenset()) & second.sub_event_types
        if related:
            theirs = min(related, key=lambda item: item.value)
            return True, WEIGHTS["related sub-types"], f"related sub-types {mine.value} / {theirs.value}"
    shared_types = first.event_types & second.event_types
    if shared_types and not shared_types <= DISTINCT_INSIDE_TYPE:
        return True, 0.0, "same event type"
    return False, 0.0, "event types differ"


def _toll_relation(
    first: tuple[int, int | None, datetime | None], second: tuple[int, int | None, datetime | None]
) -> str:
    """ "agree", "rose" (a later report's higher toll), "close", "differ" or "far" for two killed figures."""
    (low_a, high_a, at_a), (low_b, high_b, at_b) = first, second
    if low_a <= (high_b if high_b is not None else math.inf) and low_b <= (
        high_a if high_a is not None else math.inf
    ):
        return "agree"
    if at_a is not None and at_b is not None and abs(at_a - at_b) >= REPORTING_STAGE:
        earlier, later = ((low_a, at_a), (low_b, at_b)) if at_a < at_b else ((low_b, at_b), (low_a, at_a))
        if later[0] > earlier[0]:
            return "rose"
    small, large = sorted((low_a, low_b))
    if large - small <= 2 or large <= 1.5 * small:
        return "close"
    if small == 0 or large > 4 * small:
        return "far"
    return "differ"


def compare_tolls(
    first: EventProfile, second: EventProfile, *, explain: bool = True
) -> tuple[float, str | None]:
    """The best relation between any two of the events' killed figures, as a score and a reason."""
    if not first.figures or not second.figures:
        return 0.0, None
    order = ("agree", "rose", "close", "differ", "far")
    best = min((_toll_relation(a, b) for a in first.figures for b in second.figures), key=order.index)
    if best == "agree":
        return WEIGHTS["tolls agree"], "tolls agree"
    if best == "rose":
        return 0.0, "toll rose in a later report"
    if best == "close":
        return 0.0, "tolls close"
    if best == "differ":
        return WEIGHTS["tolls differ"], "tolls differ"
    if not explain:
        return WEIGHTS["tolls far apart"], "tolls far apart"
    low = min(figure[0] for figure in first.figures)
    other = min(figure[0] for figure in second.figures)
    return WEIGHTS["tolls far apart"], f"tolls far apart ({low} / {other})"


def _detail_label(token: str) -> str:
    kind, value = token.split(":", 1)
    return f"{value} arrested" if kind == "arrested" else value


def _arrest_counts(details: frozenset[str]) -> frozenset[str]:
    return frozenset(token for token in details if token.startswith("arrested:"))


def compare_details(
    first: EventProfile, second: EventProfile, *, explain: bool = True
) -> tuple[float, list[str]]:
    """Shared distinctive details raise the score; two different spots or settings lower it."""
    score = 0.0
    reasons: list[str] = []
    spots_differ = bool(first.spots and second.spots and not first.spots & second.spots)
    # Reports of two events in one town recall each other ("hours after the Sariab Road blast"): once
    # their named spots differ, the words they share are no evidence of one event.
    shared = frozenset() if spots_differ else first.details & second.details
    if shared:
        names = sorted(token.removeprefix("name:") for token in shared if token.startswith("name:"))
        others = sorted(token for token in shared if not token.startswith("name:"))
        score += min(MAX_NAME_BONUS, WEIGHTS["shared name"] * len(names))
        score += min(MAX_DETAIL_BONUS, WEIGHTS["shared detail"] * len(others))
        if names:
            reasons.append(f"shared names {', '.join(names)}" if explain else "shared names")
        if others:
            listed = ", ".join(_detail_label(token) for token in others)
            reasons.append(f"shared details {listed}" if explain else "shared details")
    held = _arrest_counts(first.details), _arrest_counts(second.details)
    if held[0] and held[1] and not held[0] & held[1]:
        # Like two tolls: another number held is mildly against one raid (a later report may add some).
        score += WEIGHTS["arrest counts differ"]
        reasons.append("arrest counts differ")
    if spots_differ:
        score += WEIGHTS["spots differ"]
        listed = f" ({', '.join(sorted(first.spots))} / {', '.join(sorted(second.spots))})" if explain else ""
        reasons.append(f"spots differ{listed}")
    if first.settings and second.settings and not first.settings & second.settings:
        score += WEIGHTS["settings differ"]
        mine = ", ".join(sorted(t.split(":", 1)[1] for t in first.settings))
        theirs = ", ".join(sorted(t.split(":", 1)[1] for t in second.settings))
        reasons.append(f"settings differ ({mine} / {theirs})" if explain else "settings differ")
    return score, reasons


def _compare_dates(first: DateSpan, second: DateSpan, *, explain: bool) -> tuple[float, str]:
    if first.precision is DatePrecision.DAY and second.precision is DatePrecision.DAY:
        if first.earliest == second.earliest:
            return WEIGHTS["same day"], f"same day {first.earliest.isoformat()}" if explain else "same day"
        return WEIGHTS["dates a day apart"], "dates a day apart"
    if not explain:
        return WEIGHTS["dates overlap"], "dates overlap"
    return WEIGHTS["dates overlap"], f"dates overlap ({first.precision.value} / {second.precision.value})"


def _district_only_penalty(
    first: EventProfile, second: EventProfile, place_reasons: list[str]
) -> tuple[float, str] | None:
    """A penalty when two protests (or riots, or arrests) of different sub-types share only a district.

    A big city's district holds many of these on one day: a report placed in the city and another in a
    neighbourhood of it, telling of another kind of protest, are most likely about two of them.
    """
    if not any(reason.startswith("same district") for reason in place_reasons):
        return None
    if first.sub_event_types & second.sub_event_types:
        return None
    if not (first.event_types | second.event_types) <= COMMON_TYPES:
        return None
    return WEIGHTS["district only, another kind"], "district only, another kind"


def score_profiles(first: EventProfile, second: EventProfile, *, explain: bool = True) -> MatchScore:
    """Score two events (a new report is a one-report event); `compatible` is the hard gate.

    With `explain` False the reasons are short labels without names and figures: the same verdict,
    computed faster, for ranking many candidates.
    """
    if first.article_ids & second.article_ids:
        return MatchScore(compatible=False, score=0.0, reasons=("an article never reports one event twice",))
    if first.blocked_mentions & second.mention_ids or second.blocked_mentions & first.mention_ids:
        return MatchScore(compatible=False, score=0.0, reasons=("split apart by a reviewer",))
    types_ok, score, type_reason = compare_sub_types(first, second)
    if not types_ok:
        return MatchScore(compatible=False, score=0.0, reasons=(type_reason,))
    if not dates_compatible(first.when, second.when):
        return MatchScore(compatible=False, score=0.0, reasons=("dates differ",))
    reasons = [type_reason]
    if first.place is not None and second.place is not None:
        places_ok, place_score, place_reasons = compare_dateline_places(
            first, second, explain=explain
        ) or compare_places(first.place, second.place, explain=explain)
        if not places_ok:
            return MatchScore(compatible=False, score=0.0, reasons=tuple(place_reasons))
        score += place_score
        reasons += place_reasons
        district_penalty = _district_only_penalty(first, second, place_reasons)
        if district_penalty is not None:
            score += district_penalty[0]
            reasons.append(district_penalty[1])
    if first.when is not None and second.when is not None:
        date_score, date_reason = _compare_dates(first.when, second.when, explain=explain)
        score += date_score
        reasons.append(date_reason)
    if first.actors and second.actors:
        if first.actors & second.actors:
            score += WEIGHTS["same actor"]
            reasons.append(f"same actor {min(first.actors & second.actors)}" if explain else "same actor")
        else:
            score += WEIGHTS["actors differ"]
            reasons.append("actors differ")
    if first.targets and second.targets:
        if first.targets & second.targets:
            score += WEIGHTS["same target"]
            shared_target = min(first.targets & second.targets).value
            reasons.append(f"same target {shared_target}" if explain else "same target")
        else:
            score += WEIGHTS["targets differ"]
            reasons.append("targets differ")
    toll_score, toll_reason = compare_tolls(first, second, explain=explain)
    score += toll_score
    if toll_reason:
        reasons.append(toll_reason)
    detail_score, detail_reasons = compare_details(first, second, explain=explain)
    score += detail_score
    reasons += detail_reasons
    conflicts = tuple(reason for reason in reasons if reason.startswith(CONFLICT_REASONS))
    return MatchScore(compatible=True, score=round(score, 4), reasons=tuple(reasons), conflicts=conflicts)


def text_similarity(first: str, second: str) -> float:
    """Token-set similarity of two gists in [0, 1]; used only to break ties between close candidates."""
    if not first or not second:
        return 0.0
    return fuzz.token_set_ratio(first, second) / 100.0
