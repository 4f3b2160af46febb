"""Placing reports into events: joins, near misses kept apart, merges, splits respected, arrival order."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from resolve_builders import (
    BANNU,
    BLA,
    JUA,
    QUETTA,
    TTP,
    TURBAT,
    features_of,
    make_mention,
)

from waqia.model import (
    Actor,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    EventStatus,
    Role,
    SubEventType,
    Target,
)
from waqia.resolve.cluster import Resolver, assign_mention, block_days, same_actor
from waqia.resolve.features import MentionFeatures
from waqia.resolve.profile import build_profile, new_event_id

NOW = datetime(2025, 3, 12, tzinfo=UTC)

MOSQUE = "A suicide bomber struck a mosque on Kohat Road during Friday prayers."
MARKET = "A bomb went off in a crowded market near Firdous Chowk."


def event_of(
    *features: MentionFeatures, status: EventStatus = EventStatus.ACTIVE, blocked: tuple[str, ...] = ()
):  # type: ignore[no-untyped-def]
    return build_profile(
        event_id=new_event_id(features[0].mention_id),
        members=features,
        status=status,
        blocked_mentions=blocked,
        created_at=NOW,
    )


def test_a_second_report_of_the_same_attack_joins_the_event() -> None:
    existing = event_of(features_of(make_mention("a", text=MOSQUE, killed=9, target=Target.RELIGIOUS)))
    report = features_of(make_mention("b", text=MOSQUE, day=1, killed=12, target=Target.RELIGIOUS), hours=20)
    result = assign_mention(report, candidates=[existing])
    assert not result.is_new
    assert result.event_id == existing.event_id
    assert result.match is not None
    assert "same place Peshawar" in result.match.reasons
    assert result.profile.mention_ids == {"m-a-0", "m-b-0"}


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (make_mention("b", place=QUETTA), "another province"),
        (make_mention("b", day=2), "two days later"),
        (make_mention("b", sub=SubEventType.ABDUCTION_FORCED_DISAPPEARANCE), "another event type"),
        (make_mention("b", sub=SubEventType.PEACEFUL_PROTEST), "a protest is not a bombing"),
        (make_mention("b", text=MARKET, target=Target.CIVILIANS), "another setting and target the same day"),
        (make_mention("b", killed=90, target=Target.RELIGIOUS), "a toll ten times larger at the same time"),
        (make_mention("b", place=BANNU, day=0), "another district, 170 km away"),
    ],
)
def test_distinct_events_stay_apart(other, why: str) -> None:  # type: ignore[no-untyped-def]
    existing = event_of(
        features_of(make_mention("a", text=MOSQUE, killed=9, perpetrator=TTP, target=Target.RELIGIOUS))
    )
    assert assign_mention(features_of(other), candidates=[existing]).is_new, why


def test_an_article_never_reports_one_event_twice() -> None:
    existing = event_of(features_of(make_mention("a")))
    second = features_of(make_mention("a", ordinal=1))
    assert assign_mention(second, candidates=[existing]).is_new


def test_a_mention_split_out_never_rejoins() -> None:
    split = make_mention("b", text=MOSQUE)
    existing = event_of(features_of(make_mention("a", text=MOSQUE)), blocked=(split.mention_id,))
    assert assign_mention(features_of(split), candidates=[existing]).is_new


def test_a_rejected_event_takes_its_reports_but_stays_rejected_and_never_merges() -> None:
    rejected = event_of(features_of(make_mention("a", text=MOSQUE, killed=9)), status=EventStatus.REJECTED)
    live = event_of(features_of(make_mention("c", text=MOSQUE, killed=9)))
    result = assign_mention(features_of(make_mention("b", text=MOSQUE, killed=9)), candidates=[rejected])
    assert (result.event_id, result.profile.status) == (rejected.event_id, EventStatus.REJECTED)
    both = assign_mention(features_of(make_mention("d", text=MOSQUE, killed=9)), candidates=[rejected, live])
    assert both.absorbed == ()


@pytest.mark.parametrize(
    ("first", "second", "same"), [(JUA, TTP, True), (TTP, None, None), (TTP, BLA, False)]
)
def test_a_faction_and_its_parent_are_the_same_side(
    first: Actor, second: Actor | None, same: bool | None
) -> None:
    assert same_actor(first, second) is same


def test_a_report_that_bridges_two_events_merges_them_into_the_older() -> None:
    # Report b is a day off from a and has no place; report c names the place; b+c settles it.
    older = event_of(features_of(make_mention("a", text=MOSQUE, killed=9, perpetrator=TTP)))
    newer = build_profile(
        event_id="e-newer",
        members=[features_of(make_mention("c", text=MOSQUE, day=1, killed=9, perpetrator=TTP), hours=24)],
        created_at=datetime(2025, 3, 13, tzinfo=UTC),
    )
    bridge = features_of(make_mention("b", text=MOSQUE, killed=9, perpetrator=TTP), hours=2)
    result = assign_mention(bridge, candidates=[newer, older])
    assert result.event_id == older.event_id
    assert [item.event_id for item in result.absorbed] == ["e-newer"]
    assert result.profile.mention_ids == {"m-a-0", "m-b-0", "m-c-0"}


def test_block_days_skip_loose_dates() -> None:
    assert len(block_days(date(2025, 3, 1), date(2025, 3, 31))) == 31
    assert block_days(date(2025, 1, 1), date(2025, 12, 31)) == []


# A morning of reports from several outlets: two Peshawar attacks the same day (a mosque bombing and a
# market blast), the TTP's two Bannu attacks four days apart, a Quetta bombing whose toll rises, a Turbat
# clash, follow-ups, and recollections (background mentions) of earlier events.
MULTI_OUTLET = [
    features_of(make_mention("w1", text=MOSQUE, killed=9, perpetrator=TTP, target=Target.RELIGIOUS)),
    features_of(make_mention("w2", text=MOSQUE, killed=12, target=Target.RELIGIOUS), hours=14),
    features_of(make_mention("w3", text=MOSQUE, day=1, killed=15, perpetrator=TTP), hours=30),
    features_of(
        make_mention(
            "w4",
            text=MARKET,
            killed=2,
            target=Target.CIVILIANS,
            sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        )
    ),
    features_of(
        make_mention(
            "w5",
            text=MARKET,
            killed=2,
            target=Target.CIVILIANS,
            sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        hours=3,
    ),
    features_of(
        make_mention(
            "b1",
            place=BANNU,
            sub=SubEventType.ARMED_CLASH,
            day=3,
            killed=3,
            perpetrator=TTP,
            target=Target.POLICE,
        )
    ),
    features_of(
        make_mention("b2", place=BANNU, sub=SubEventType.ARMED_CLASH, day=3, killed=3, perpetrator=TTP),
        hours=80,
    ),
    features_of(
        make_mention(
            "b3",
            place=BANNU,
            sub=SubEventType.ARMED_CLASH,
            day=7,
            killed=2,
            perpetrator=TTP,
            target=Target.POLICE,
        ),
        hours=170,
    ),
    features_of(
        make_mention(
            "b3", place=BANNU, sub=SubEventType.ARMED_CLASH, day=3, killed=3, role=Role.BACKGROUND, ordinal=1
        ),
        hours=170,
    ),
    features_of(
        make_mention("b4", place=BANNU, sub=SubEventType.ARMED_CLASH, day=7, killed=2, perpetrator=TTP),
        hours=180,
    ),
    features_of(
        make_mention(
            "q1",
            place=QUETTA,
            sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            day=2,
            killed=3,
            perpetrator=BLA,
        )
    ),
    features_of(
        make_mention(
            "q2",
            place=QUETTA,
            sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            day=2,
            killed=5,
            claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Baloch Liberation Army",)),
        ),
        hours=60,
    ),
    features_of(make_mention("t1", place=TURBAT, sub=SubEventType.ARMED_CLASH, day=2, killed=11)),
    features_of(make_mention("t2", place=TURBAT, sub=SubEventType.SUICIDE_BOMB, day=2, killed=11), hours=5),
    features_of(
        make_mention(
            "r1",
            when=DateSpan(earliest=date(2025, 3, 1), latest=date(2025, 3, 31), precision=DatePrecision.MONTH),
            text=MOSQUE,
            killed=15,
            role=Role.BACKGROUND,
        ),
        hours=400,
    ),
]
EXPECTED = {
    frozenset({"m-w1-0", "m-w2-0", "m-w3-0", "m-r1-0"}),
    frozenset({"m-w4-0", "m-w5-0"}),
    frozenset({"m-b1-0", "m-b2-0", "m-b3-1"}),
    frozenset({"m-b3-0", "m-b4-0"}),
    frozenset({"m-q1-0", "m-q2-0"}),
    frozenset({"m-t1-0", "m-t2-0"}),
}


def test_the_multi_outlet_morning_resolves_as_expected() -> None:
    resolver = Resolver()
    resolver.add_all(MULTI_OUTLET)
    assert resolver.partition() == EXPECTED


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.permutations(MULTI_OUTLET))
def test_arrival_order_does_not_change_the_partition(reports: list[MentionFeatures]) -> None:
    resolver = Resolver()
    resolver.add_all(reports)
    assert resolver.partition() == EXPECTED


@settings(max_examples=20, deadline=None)
@given(st.permutations(MULTI_OUTLET))
def test_feeding_the_same_reports_again_changes_nothing(reports: list[MentionFeatures]) -> None:
    resolver = Resolver()
    resolver.add_all(reports)
    first = resolver.partition()
    resolver.add_all(reports)
    assert resolver.partition() == first
