"""Assigning mentions to events and building the canonical record, on hand-built mentions."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from waqia.model import (
    Actor,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
)
from waqia.resolve.canonical import Report, build_event, merge_casualties, merge_claims
from waqia.resolve.cluster import assign_mention, new_event_id, same_actor

NOW = datetime(2025, 3, 12, tzinfo=UTC)
PESHAWAR = Place(
    name="Peshawar",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Peshawar",
    latitude=34.008,
    longitude=71.5785,
    geo_precision=GeoPrecision.TOWN,
)
QUETTA = Place(
    name="Quetta",
    country="Pakistan",
    country_code="PK",
    admin1="Balochistan",
    admin2="Quetta",
    latitude=30.18,
    longitude=67.0,
    geo_precision=GeoPrecision.TOWN,
)
TTP = Actor(name="Tehreek-e-Taliban Pakistan")
JUA = Actor(name="Jamaat-ul-Ahrar", parent="Tehreek-e-Taliban Pakistan")


def day(value: date) -> DateSpan:
    return DateSpan(earliest=value, latest=value, precision=DatePrecision.DAY)


def mention(
    article: str,
    *,
    when: DateSpan | None = None,
    place: Place | None = PESHAWAR,
    sub: SubEventType = SubEventType.SUICIDE_BOMB,
    killed: int | None = None,
    perpetrator: Actor | None = None,
    claim: Claim | None = None,
    role: Role = Role.MAIN,
) -> Mention:
    return Mention(
        mention_id=f"m-{article}-{sub.name}",
        article_id=article,
        role=role,
        event_type=sub.event_type,
        sub_event_type=sub,
        when=when if when is not None else day(date(2025, 3, 10)),
        place=place,
        perpetrator=perpetrator,
        claim=claim or Claim(),
        casualties=Casualties(killed_min=killed, killed_max=killed),
        extractor="test",
    )


def event_of(*mentions: Mention) -> Event:
    reports = [
        Report(mention=m, source=f"outlet-{m.article_id}", url=None, published_at=None) for m in mentions
    ]
    return build_event(event_id=new_event_id(mentions[0]), reports=reports, created_at=NOW, updated_at=NOW)


def test_a_second_report_of_the_same_attack_joins_the_event() -> None:
    existing = event_of(mention("a", killed=9))
    result = assign_mention(mention("b", when=day(date(2025, 3, 11)), killed=12), candidates=[existing])
    assert not result.is_new
    assert result.event_id == existing.event_id
    assert result.match is not None
    assert "same district Peshawar" in result.match.reasons


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (mention("b", place=QUETTA), "another province"),
        (mention("b", when=day(date(2025, 3, 20))), "ten days later"),
        (mention("b", sub=SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), "another event type"),
        (mention("b", killed=90), "a toll ten times larger"),
        (mention("b", perpetrator=Actor(name="Baloch Liberation Army")), "another perpetrator"),
    ],
)
def test_distinct_events_stay_apart(other: Mention, why: str) -> None:
    existing = event_of(mention("a", killed=9, perpetrator=TTP))
    assert assign_mention(other, candidates=[existing]).is_new, why


def test_an_article_never_reports_one_event_twice() -> None:
    existing = event_of(mention("a"))
    second = mention("a", sub=SubEventType.SUICIDE_BOMB)
    result = assign_mention(
        second, candidates=[existing], excluded_articles={existing.event_id: frozenset({"a"})}
    )
    assert result.is_new


def test_a_faction_and_its_parent_are_the_same_side() -> None:
    assert same_actor(JUA, TTP) is True
    assert same_actor(TTP, None) is None
    assert same_actor(TTP, Actor(name="Baloch Liberation Army")) is False


def test_claims_from_several_reports_are_kept_side_by_side() -> None:
    reports = [
        Report(
            mention=mention("a", claim=Claim(status=ClaimStatus.UNCLAIMED)),
            source="A",
            url=None,
            published_at=None,
        ),
        Report(
            mention=mention("b", claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Jamaat-ul-Ahrar",))),
            source="B",
            url=None,
            published_at=None,
        ),
        Report(
            mention=mention(
                "c", claim=Claim(status=ClaimStatus.DENIED, denied_by=("Tehreek-e-Taliban Pakistan",))
            ),
            source="C",
            url=None,
            published_at=None,
        ),
    ]
    claim = merge_claims(reports)
    assert claim.status is ClaimStatus.CLAIMED
    assert claim.claimed_by == ("Jamaat-ul-Ahrar",)
    assert claim.denied_by == ("Tehreek-e-Taliban Pakistan",)


def test_the_event_keeps_the_range_and_publishes_the_conservative_toll() -> None:
    event = event_of(mention("a", killed=9), mention("b", killed=12))
    assert event.casualties.killed_min == 9
    assert event.casualties.killed_max == 12
    assert event.fatalities == 9
    assert event.sources == ("outlet-a", "outlet-b")
    assert "suicide bomb" in event.notes


def test_the_most_precise_date_wins() -> None:
    vague = mention(
        "a", when=DateSpan(earliest=date(2025, 3, 1), latest=date(2025, 3, 31), precision=DatePrecision.MONTH)
    )
    precise = mention("b", when=day(date(2025, 3, 10)))
    assert event_of(vague, precise).when == precise.when


@given(st.permutations([9, 12, 15, None]))
def test_merging_does_not_depend_on_report_order(tolls: list[int | None]) -> None:
    reports = [
        Report(mention=mention(str(i), killed=toll), source=str(i), url=None, published_at=None)
        for i, toll in enumerate(tolls)
    ]
    forward = merge_casualties(reports)
    backward = merge_casualties(list(reversed(reports)))
    assert forward == backward
