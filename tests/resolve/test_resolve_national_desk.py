"""Capital-desk datelines across provinces, city-wide protests, and details shared across two spots."""

from __future__ import annotations

from dataclasses import replace
from itertools import permutations

import pytest
from resolve_builders import PESHAWAR, QUETTA, features_of, make_mention, town

from waqia.model import Evidence, EvidenceField, Mention, Place, SubEventType, Target
from waqia.resolve.cluster import Resolver
from waqia.resolve.features import is_national_desk, national_desk_province
from waqia.resolve.profile import EventProfile, build_profile
from waqia.resolve.similarity import MERGE_THRESHOLD, score_profiles

ISLAMABAD = town("Islamabad", "Islamabad", "Islamabad Capital Territory", 33.721, 73.043)
KABUL = town("Kabul", "Kabul", "Kabul", 34.528, 69.172, country="Afghanistan", country_code="AF")
LAHORE = town("Lahore", "Lahore", "Punjab", 31.558, 74.351)
SHAHDARA = town("Shahdara", "Lahore", "Punjab", 31.624, 74.283)

STATION_BLAST = "A bomb hidden in a rickshaw tore through a police van on Jinnah Road on Tuesday."
STATION_BLAST_AGAIN = "Three policemen died when a rickshaw bomb hit their van on Jinnah Road."
OTHER_BLAST = "A roadside bomb struck a police patrol on Tuesday, killing three officers."


def desk_mention(article: str, text: str, *, place: Place = ISLAMABAD, killed: int = 3) -> Mention:
    """A report placed only by its capital dateline ("ISLAMABAD: ...")."""
    dateline = place.name.upper()
    mention = make_mention(
        article,
        text=text,
        place=place,
        sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        killed=killed,
        target=Target.POLICE,
    )
    location = Evidence(
        field=EvidenceField.LOCATION, start=0, end=len(dateline), text=dateline, producer="test"
    )
    return replace(mention, evidence=(*mention.evidence, location))


def own_mention(
    article: str, text: str, *, place: Place = QUETTA, killed: int = 3, target: Target = Target.POLICE
) -> Mention:
    return make_mention(
        article,
        text=text,
        place=place,
        sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        killed=killed,
        target=target,
    )


def profile_of(*mentions: Mention) -> EventProfile:
    members = [features_of(mention, hours=index) for index, mention in enumerate(mentions)]
    return build_profile(event_id=f"e-{members[0].mention_id}", members=members)


@pytest.mark.parametrize(
    ("place", "desk"),
    [(ISLAMABAD, True), (KABUL, True), (LAHORE, False), (QUETTA, False), (None, False)],
)
def test_only_a_national_capital_is_a_desk(place: Place | None, desk: bool) -> None:
    assert is_national_desk(place) is desk


@pytest.mark.parametrize(
    ("code", "province"), [("PK", "islamabad capital territory"), ("af", "kabul"), ("IN", None), (None, None)]
)
def test_the_desk_province_is_known_by_country(code: str | None, province: str | None) -> None:
    assert national_desk_province(code) == province


@pytest.mark.parametrize(
    ("desk_text", "merges", "reason"),
    [
        # Shared spot and means carry a report whose only place is the capital desk's dateline.
        (STATION_BLAST, True, "place only from a national desk (Islamabad)"),
        # The day, sub-type and target alone do not: the event may be anywhere in the country.
        (OTHER_BLAST, False, "place only from a national desk (Islamabad)"),
        # A desk story that names the other report's town agrees on the place.
        ("In Quetta, " + OTHER_BLAST, True, "Quetta named under a dateline"),
    ],
)
def test_a_capital_dateline_leaves_the_province_open(desk_text: str, merges: bool, reason: str) -> None:
    desk = profile_of(desk_mention("a1", desk_text))
    own = profile_of(own_mention("a2", STATION_BLAST_AGAIN))
    for first, second in ((desk, own), (own, desk)):
        match = score_profiles(first, second)
        assert match.compatible
        assert reason in match.reasons
        assert (match.score >= MERGE_THRESHOLD) is merges


@pytest.mark.parametrize("dateline", [PESHAWAR, LAHORE])
def test_a_provincial_dateline_still_keeps_provinces_apart(dateline: Place) -> None:
    datelined = profile_of(desk_mention("a1", STATION_BLAST, place=dateline))
    own = profile_of(own_mention("a2", STATION_BLAST_AGAIN))
    assert not score_profiles(datelined, own).compatible


def test_a_capital_desk_report_joins_its_event_whichever_arrives_first() -> None:
    reports = [
        features_of(desk_mention("a1", STATION_BLAST), hours=1),
        features_of(own_mention("a2", STATION_BLAST_AGAIN), hours=2),
        features_of(own_mention("a3", OTHER_BLAST, place=PESHAWAR), hours=3),
    ]
    partitions = set()
    for order in permutations(reports):
        resolver = Resolver()
        resolver.add_all(order)
        partitions.add(resolver.partition())
    assert partitions == {frozenset({frozenset({"m-a1-0", "m-a2-0"}), frozenset({"m-a3-0"})})}


def protest(article: str, text: str, *, place: Place, sub: SubEventType) -> EventProfile:
    return profile_of(make_mention(article, text=text, place=place, sub=sub))


@pytest.mark.parametrize(
    ("sub", "merges"),
    [
        # Another kind of protest in a neighbourhood of the city: two of the city's protests that day.
        (SubEventType.PROTEST_WITH_INTERVENTION, False),
        # The same kind, sharing the same detail: one protest placed at two levels.
        (SubEventType.PEACEFUL_PROTEST, True),
    ],
)
def test_a_city_protest_and_a_neighbourhood_protest_share_only_the_district(
    sub: SubEventType, merges: bool
) -> None:
    city = protest(
        "a1",
        "Teachers rallied on Mall Road outside the Assembly against school closures.",
        place=LAHORE,
        sub=SubEventType.PEACEFUL_PROTEST,
    )
    quarter = protest(
        "a2", "Teachers marched down Mall Road to the Assembly over school closures.", place=SHAHDARA, sub=sub
    )
    match = score_profiles(city, quarter)
    assert match.compatible
    assert ("district only, another kind" in match.conflicts) is not merges
    assert (match.score >= MERGE_THRESHOLD) is merges


def test_details_shared_by_reports_of_two_spots_count_for_nothing() -> None:
    # Each report of a town's two blasts recalls the other: the words they share are no evidence.
    first = profile_of(
        own_mention(
            "a1", "A rickshaw bomb hit a police van on Jinnah Road, hours before the Liaquat Bazaar blast."
        )
    )
    second = profile_of(
        own_mention(
            "a2",
            "A motorcycle bomb hit Liaquat Bazaar, hours after the Jinnah Road blast.",
            killed=1,
            target=Target.CIVILIANS,
        )
    )
    match = score_profiles(first, second)
    assert any(reason.startswith("spots differ") for reason in match.reasons)
    assert not any(reason.startswith("shared") for reason in match.reasons)
    assert match.score < MERGE_THRESHOLD
