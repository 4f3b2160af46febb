"""The canonical event record: date, place, tolls as they rise, per-source figures, claims, edits; and
the profile's JSON round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from resolve_builders import BANNU, JUA, PESHAWAR, TTP, day_span, features_of, make_mention, town

from waqia.model import (
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    EventChanges,
    EventStatus,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.resolve.canonical import (
    Report,
    apply_changes,
    build_event,
    choose_date,
    choose_place,
    claims_timeline,
    combine_changes,
    is_superseded,
    merge_casualties,
    merge_claims,
)
from waqia.resolve.profile import build_profile, profile_from_json, profile_to_json

NOW = datetime(2025, 3, 12, tzinfo=UTC)
FIRST_REPORT = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def report(mention: Mention, *, hours: float = 0.0, source: str | None = None) -> Report:
    return Report(
        mention=mention,
        source=source or f"outlet-{mention.article_id}",
        url=f"https://{mention.article_id}.example/story",
        published_at=FIRST_REPORT + timedelta(hours=hours),
    )


def event_of(*reports: Report, changes: EventChanges | None = None):  # type: ignore[no-untyped-def]
    return build_event(event_id="e1", reports=reports, created_at=NOW, updated_at=NOW, changes=changes)


def test_the_earliest_precise_date_wins_and_recollections_do_not_count() -> None:
    vague = make_mention(
        "a", when=DateSpan(earliest=date(2025, 3, 1), latest=date(2025, 3, 31), precision=DatePrecision.MONTH)
    )
    later_statement = make_mention("b", day=1)
    precise = make_mention("c")
    recalled = make_mention("d", day=-5, role=Role.BACKGROUND)
    reports = [report(vague), report(later_statement), report(precise), report(recalled)]
    assert choose_date(reports) == precise.when


def test_the_most_precise_place_consistent_with_the_majority_wins() -> None:
    province = Place(
        name="Khyber Pakhtunkhwa",
        country_code="PK",
        admin1="Khyber Pakhtunkhwa",
        geo_precision=GeoPrecision.REGION,
    )
    district = Place(
        name="Peshawar District",
        country_code="PK",
        admin1="Khyber Pakhtunkhwa",
        admin2="Peshawar",
        geo_precision=GeoPrecision.REGION,
    )
    suburb = town(
        "Hayatabad", "Peshawar", "Khyber Pakhtunkhwa", 33.99, 71.44, geo_precision=GeoPrecision.NEAR_TOWN
    )
    wrong = BANNU
    reports = [
        report(make_mention(str(i), place=p))
        for i, p in enumerate([province, district, suburb, PESHAWAR, PESHAWAR, wrong])
    ]
    assert choose_place(reports) == PESHAWAR


def test_a_later_higher_toll_supersedes_an_early_at_least_figure() -> None:
    early = report(make_mention("a", killed=9, killed_max=None), hours=0)
    same_stage = report(make_mention("b", killed=11), hours=2)
    conflicting = report(make_mention("c", killed=13), hours=3)
    assert is_superseded(early, same_stage)
    assert not is_superseded(same_stage, conflicting), "two exact figures hours apart are a conflict"
    casualties, best, superseded = merge_casualties([early, same_stage, conflicting])
    assert superseded == {"m-a-0"}
    assert best == 11, "the most conservative figure no later report has raised"
    assert (casualties.killed_min, casualties.killed_max) == (9, 13)


def test_a_toll_a_reporting_stage_later_supersedes_every_earlier_figure() -> None:
    reports = [
        report(make_mention("a", killed=17, killed_max=None)),
        report(make_mention("b", killed=22), hours=12),
        report(make_mention("c", killed=21), hours=22),
        report(make_mention("d", killed=27), hours=72),
    ]
    casualties, best, superseded = merge_casualties(reports)
    assert best == 27
    assert superseded == {"m-a-0", "m-b-0", "m-c-0"}
    assert (casualties.killed_min, casualties.killed_max) == (17, 27)


def test_recalled_figures_count_only_without_a_main_one() -> None:
    main = report(make_mention("a", killed=4))
    recalled = report(make_mention("b", killed=40, role=Role.BACKGROUND), hours=500)
    assert merge_casualties([main, recalled])[1] == 4
    assert merge_casualties([recalled])[1] == 40


@given(st.permutations([9, 12, 15, None]), st.permutations([0, 5, 30, 60]))
def test_merging_does_not_depend_on_report_order(tolls: list[int | None], hours: list[int]) -> None:
    reports = [
        report(make_mention(str(i), killed=toll), hours=h)
        for i, (toll, h) in enumerate(zip(tolls, hours, strict=True))
    ]
    assert merge_casualties(reports) == merge_casualties(list(reversed(reports)))


def test_claims_and_denials_are_kept_side_by_side_in_a_timeline() -> None:
    reports = [
        report(make_mention("a", claim=Claim(status=ClaimStatus.UNCLAIMED)), hours=0),
        report(
            make_mention(
                "b", claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Jamaat-ul-Ahrar",)), perpetrator=JUA
            ),
            hours=5,
        ),
        report(
            make_mention(
                "c", claim=Claim(status=ClaimStatus.DENIED, denied_by=("Tehreek-e-Taliban Pakistan",))
            ),
            hours=9,
        ),
        report(make_mention("d"), hours=10),
    ]
    claim = merge_claims(reports)
    assert (claim.status, claim.claimed_by, claim.denied_by) == (
        ClaimStatus.CLAIMED,
        ("Jamaat-ul-Ahrar",),
        ("Tehreek-e-Taliban Pakistan",),
    )
    event = event_of(*reports)
    assert [figure.source for figure in claims_timeline(event)] == ["outlet-a", "outlet-b", "outlet-c"]
    assert event.perpetrator == JUA


def test_the_event_keeps_every_source_figure_in_publication_order() -> None:
    event = event_of(
        report(make_mention("b", killed=12, injured=30), hours=14),
        report(make_mention("a", killed=9, killed_max=None, injured=20), hours=0),
    )
    assert [(f.source, f.killed_min, f.killed_max, f.superseded) for f in event.reported] == [
        ("outlet-a", 9, None, True),
        ("outlet-b", 12, 12, False),
    ]
    assert event.sources == ("outlet-a", "outlet-b")
    assert event.fatalities == 12
    assert event.status is EventStatus.ACTIVE
    assert "suicide bomb" in event.notes


def test_a_reviewers_edits_win_over_computed_values() -> None:
    changes = EventChanges(
        sub_event_type=SubEventType.ARMED_CLASH,
        place_name="Hayatabad",
        latitude=33.99,
        perpetrator="Tehreek-e-Taliban Pakistan",
        claim_status=ClaimStatus.ATTRIBUTED,
        target=Target.POLICE,
        fatalities=5,
        killed_max=6,
    )
    event = event_of(report(make_mention("a", killed=9)), changes=changes)
    assert event.sub_event_type is SubEventType.ARMED_CLASH
    assert event.event_type is SubEventType.ARMED_CLASH.event_type
    assert event.place is not None
    assert (event.place.name, event.place.latitude, event.place.admin2) == (
        "Hayatabad",
        33.99,
        "Peshawar",
    )
    assert event.perpetrator is not None
    assert event.perpetrator.name == TTP.name
    assert (event.claim.status, event.target, event.fatalities, event.casualties.killed_max) == (
        ClaimStatus.ATTRIBUTED,
        Target.POLICE,
        5,
        6,
    )
    assert set(event.edited_fields) == set(changes.given())
    assert apply_changes(event, EventChanges(notes="checked by hand")).notes == "checked by hand"


def test_later_edits_win_over_earlier_ones() -> None:
    combined = combine_changes(EventChanges(fatalities=3, notes="x"), EventChanges(fatalities=4))
    assert (combined.fatalities, combined.notes) == (4, "x")


def test_a_profile_survives_its_json_round_trip() -> None:
    mention = make_mention(
        "a",
        text="A suicide bomber struck the Jamia Masjid Rehmania on Kohat Road.",
        killed=9,
        killed_max=None,
        perpetrator=JUA,
        target=Target.RELIGIOUS,
        when=day_span(date(2025, 3, 10)),
        place=PESHAWAR,
    )
    profile = build_profile(
        event_id="e1",
        members=[features_of(mention), features_of(make_mention("b", role=Role.BACKGROUND), hours=3)],
        blocked_mentions=["m-x-0"],
        status=EventStatus.CONFIRMED,
        created_at=NOW,
    )
    loaded = profile_from_json(
        profile_to_json(profile), event_id="e1", status=EventStatus.CONFIRMED, created_at=NOW
    )
    assert loaded is not None
    assert loaded.members == tuple(
        replace(member, place=_scored_place(member.place)) for member in profile.members
    )
    assert (loaded.blocked_mentions, loaded.when, loaded.details) == (
        profile.blocked_mentions,
        profile.when,
        profile.details,
    )
    assert profile_from_json("", event_id="e1", status=EventStatus.ACTIVE, created_at=None) is None
    assert profile_from_json('{"v": 0}', event_id="e1", status=EventStatus.ACTIVE, created_at=None) is None


def _scored_place(place: Place | None) -> Place | None:
    # The profile keeps what resolution compares; the geocoder's bookkeeping is read from the store.
    if place is None:
        return None
    return Place(
        name=place.name,
        country=place.country,
        country_code=place.country_code,
        admin1=place.admin1,
        admin2=place.admin2,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
    )


def test_an_event_needs_a_report() -> None:
    with pytest.raises(ValueError, match="no reports"):
        build_event(event_id="e1", reports=[], created_at=NOW, updated_at=NOW)
