"""Scoring two events: the gates (dates, places, types), the weights, details, tolls and text ties."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from resolve_builders import BANNU, PESHAWAR, QUETTA, day_span, features_of, make_mention, town

from waqia.model import DatePrecision, DateSpan, GeoPrecision, Place, SubEventType, Target
from waqia.resolve.details import extract_details, names_in, settings_in, spots_in
from waqia.resolve.profile import build_profile
from waqia.resolve.similarity import (
    compare_places,
    compare_sub_types,
    dates_compatible,
    haversine_km,
    score_profiles,
    text_similarity,
)

STAMP = datetime(2025, 3, 10, tzinfo=UTC)


def single(mention, hours: float = 0.0):  # type: ignore[no-untyped-def]
    features = features_of(mention, hours=hours)
    return build_profile(event_id=f"e-{features.mention_id}", members=[features], created_at=STAMP)


@pytest.mark.parametrize(
    ("first", "second", "km"),
    [((34.008, 71.578), (34.008, 71.578), 0.0), ((34.008, 71.578), (30.184, 67.001), 605.0)],
)
def test_haversine_distance(first: tuple[float, float], second: tuple[float, float], km: float) -> None:
    assert haversine_km(first, second) == pytest.approx(km, abs=5.0)


@pytest.mark.parametrize(
    ("first", "second", "compatible"),
    [
        (day_span(date(2025, 3, 10)), day_span(date(2025, 3, 11)), True),
        (day_span(date(2025, 3, 10)), day_span(date(2025, 3, 12)), False),
        (
            day_span(date(2025, 3, 10)),
            DateSpan(earliest=date(2025, 3, 1), latest=date(2025, 3, 31), precision=DatePrecision.MONTH),
            True,
        ),
        (
            day_span(date(2025, 4, 1)),
            DateSpan(earliest=date(2025, 3, 1), latest=date(2025, 3, 31), precision=DatePrecision.MONTH),
            False,
        ),
        (day_span(date(2025, 3, 10)), None, True),
    ],
)
def test_dates_allow_one_day_between_precise_reports(
    first: DateSpan, second: DateSpan | None, compatible: bool
) -> None:
    assert dates_compatible(first, second) is compatible


SUBURB = town("Hayatabad", "Peshawar", "Khyber Pakhtunkhwa", 33.99, 71.44)
ACROSS_LINE = town("Nowshera Kalan", "Nowshera", "Khyber Pakhtunkhwa", 34.09, 71.62)
PROVINCE = Place(
    name="Khyber Pakhtunkhwa",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    geo_precision=GeoPrecision.REGION,
)


@pytest.mark.parametrize(
    ("first", "second", "compatible", "reason"),
    [
        (PESHAWAR, PESHAWAR, True, "same place Peshawar"),
        (PESHAWAR, SUBURB, True, "same district Peshawar"),
        (PESHAWAR, ACROSS_LINE, True, "km apart across a district line"),
        (PESHAWAR, BANNU, False, "districts differ"),
        (PESHAWAR, QUETTA, False, "provinces differ"),
        (PESHAWAR, PROVINCE, True, "same province Khyber Pakhtunkhwa"),
        (PROVINCE, PROVINCE, True, "same province Khyber Pakhtunkhwa"),
    ],
)
def test_places_must_not_contradict(first: Place, second: Place, compatible: bool, reason: str) -> None:
    ok, _, reasons = compare_places(first, second)
    assert ok is compatible
    assert any(reason in item for item in reasons)


@pytest.mark.parametrize(
    ("first", "second", "compatible", "score"),
    [
        (SubEventType.SUICIDE_BOMB, SubEventType.SUICIDE_BOMB, True, 0.15),
        (SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, True, 0.0),
        (SubEventType.ARMED_CLASH, SubEventType.SUICIDE_BOMB, True, -0.1),
        (SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION, True, -0.1),
        (SubEventType.PEACEFUL_PROTEST, SubEventType.PEACEFUL_PROTEST, True, -0.05),
        (SubEventType.ARRESTS, SubEventType.DISRUPTED_WEAPONS_USE, False, 0.0),
        (SubEventType.ARMED_CLASH, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, False, 0.0),
    ],
)
def test_sub_types(first: SubEventType, second: SubEventType, compatible: bool, score: float) -> None:
    ok, value, _ = compare_sub_types(
        single(make_mention("a", sub=first)), single(make_mention("b", sub=second))
    )
    assert (ok, value) == (compatible, pytest.approx(score))


def test_a_rising_toll_in_a_later_report_is_no_conflict() -> None:
    early = single(make_mention("a", killed=3, target=Target.POLICE))
    later = single(make_mention("b", killed=15, target=Target.POLICE), hours=30)
    same_time = single(make_mention("c", killed=15, target=Target.POLICE), hours=1)
    assert "toll rose in a later report" in score_profiles(early, later).reasons
    assert "tolls far apart (3 / 15)" in score_profiles(early, same_time).conflicts


def test_an_open_ended_toll_agrees_with_a_higher_figure() -> None:
    early = single(make_mention("a", killed=9, killed_max=None))
    exact = single(make_mention("b", killed=14), hours=1)
    assert "tolls agree" in score_profiles(early, exact).reasons


def test_different_spots_and_settings_speak_against_a_match() -> None:
    van_text = "A bomb hit a police van on Sariab Road near the Kechi Beg checkpost."
    van = single(make_mention("a", text=van_text))
    market = single(make_mention("b", text="A bomb exploded in the fruit market at Meezan Chowk."))
    verdict = score_profiles(van, market)
    assert any(item.startswith("spots differ") for item in verdict.conflicts)
    assert any(item.startswith("settings differ") for item in verdict.conflicts)
    assert verdict.score < score_profiles(van, single(make_mention("c", text=van_text))).score


def test_shared_details_raise_the_score() -> None:
    text = "A suicide bomber struck the Jamia Masjid Rehmania in Yakatoot."
    plain = score_profiles(single(make_mention("a")), single(make_mention("b")))
    detailed = score_profiles(single(make_mention("a", text=text)), single(make_mention("b", text=text)))
    assert detailed.score > plain.score
    assert any(reason.startswith("shared names") for reason in detailed.reasons)


def test_details_are_settings_spots_and_uncommon_names() -> None:
    details = extract_details(
        [
            "QUETTA: Constable Abdul Wahid died when a bomb in a rickshaw exploded on Sariab Road.",
            "Hours later a blast hit the market at Meezan Chowk on Tuesday.",
        ],
        known_names=["Quetta", "Balochistan"],
    )
    assert settings_in(details) == {"setting:market"}
    assert spots_in(details) == {"sariab"}
    assert {"abdul", "wahid", "sariab", "meezan"} <= names_in(details)
    assert "means:rickshaw" in details
    assert not {"quetta", "constable", "tuesday"} & names_in(details)


def test_text_similarity_is_only_a_tie_breaker_in_zero_one() -> None:
    assert text_similarity("", "anything") == 0.0
    assert 0.0 < text_similarity("a bomb in Quetta", "a bomb in Peshawar") < 1.0
    assert text_similarity("same words", "same words") == 1.0
