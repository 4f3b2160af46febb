"""Places read from a dateline: which reports have them, and how they compare with a report's own place."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from resolve_builders import BANNU, PESHAWAR, QUETTA, features_of, make_mention, town

from waqia.model import Evidence, EvidenceField, Mention, Place, SubEventType, Target
from waqia.resolve.canonical import Report, choose_place
from waqia.resolve.features import place_from_bureau, place_from_dateline
from waqia.resolve.profile import EventProfile, build_profile, profile_from_json, profile_to_json
from waqia.resolve.similarity import score_profiles

STAMP = datetime(2025, 3, 10, tzinfo=UTC)
MIR_ALI = town("Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa", 32.975, 70.27)
TURBAT = town("Turbat", "Kech", "Balochistan", 26.001, 63.048)
WIRE = "PESHAWAR, Pakistan, March 14 (FPW) - "
LOCAL = "PESHAWAR: "


def reported(
    article: str, opening: str, body: str, *, place: Place, place_at: int | None = 0, killed: int = 6
) -> Mention:
    """A mention whose event evidence is the article's opening sentence and whose place evidence sits
    at `place_at` (the dateline when 0; None for no place evidence)."""
    text = opening + body
    mention = make_mention(
        article, text=text, place=place, killed=killed, target=Target.MILITARY, sub=SubEventType.SUICIDE_BOMB
    )
    if place_at is None:
        return mention
    name = text[place_at : place_at + len(place.name)]
    location = Evidence(
        field=EvidenceField.LOCATION, start=place_at, end=place_at + len(name), text=name, producer="test"
    )
    return replace(mention, evidence=(*mention.evidence, location))


def profile_of(*mentions: Mention) -> EventProfile:
    members = [features_of(mention, hours=index) for index, mention in enumerate(mentions)]
    return build_profile(event_id=f"e-{members[0].mention_id}", members=members, created_at=STAMP)


BODY = "A suicide bomber rammed a car into a military convoy near Mir Ali on Saturday, killing six soldiers."
VAGUE = "A suicide bomber rammed a car into a military convoy on Saturday, killing six soldiers."


@pytest.mark.parametrize(
    ("opening", "place_at", "dateline", "bureau"),
    [
        (WIRE, 0, True, True),
        ("KABUL (Pamir Wire) - ", 0, True, True),
        (LOCAL, 0, True, False),
        ("", None, False, False),
        ("In Peshawar, ", 3, False, False),
    ],
)
def test_a_place_read_from_the_dateline_is_marked(
    opening: str, place_at: int | None, dateline: bool, bureau: bool
) -> None:
    mention = reported("a1", opening, BODY, place=PESHAWAR, place_at=place_at)
    assert place_from_dateline(mention) is dateline
    assert place_from_bureau(mention) is bureau
    features = features_of(mention)
    assert (features.place_from_dateline, features.place_from_bureau) == (dateline, bureau)


def test_a_body_place_besides_the_dateline_is_the_reports_own() -> None:
    mention = reported("a1", LOCAL, BODY, place=PESHAWAR)
    body = Evidence(field=EvidenceField.LOCATION, start=80, end=88, text="Peshawar", producer="test")
    assert not place_from_dateline(replace(mention, evidence=(*mention.evidence, body)))


@pytest.mark.parametrize(
    ("opening", "body", "merges", "reason"),
    [
        # The wire story names the town the other report gives.
        (WIRE, BODY, True, "Mir Ali named under a dateline"),
        (LOCAL, BODY, True, "Mir Ali named under a dateline"),
        # A bureau's dateline and no place named: only the province is known.
        (WIRE, VAGUE, True, "place only from a wire dateline (Peshawar)"),
        # A local paper's dateline is its district's station: another district is another event.
        (LOCAL, VAGUE, False, "districts differ"),
    ],
)
def test_a_dateline_place_yields_to_the_place_the_story_names(
    opening: str, body: str, merges: bool, reason: str
) -> None:
    datelined = profile_of(reported("a1", opening, body, place=PESHAWAR))
    own = profile_of(reported("a2", "", BODY, place=MIR_ALI, place_at=None))
    for first, second in ((datelined, own), (own, datelined)):
        match = score_profiles(first, second)
        assert reason in match.reasons
        assert (match.compatible and match.score >= 0.6) is merges


@pytest.mark.parametrize("elsewhere", [QUETTA, TURBAT])
def test_a_dateline_never_bridges_provinces(elsewhere: Place) -> None:
    datelined = profile_of(reported("a1", WIRE, VAGUE, place=PESHAWAR))
    other = profile_of(reported("a2", "", VAGUE, place=elsewhere, place_at=None))
    assert not score_profiles(datelined, other).compatible


def test_two_own_places_in_other_districts_stay_apart_beside_a_datelined_report() -> None:
    # The datelined report may join either, but the grown event keeps its own place and gates the other.
    event = profile_of(reported("a1", WIRE, VAGUE, place=PESHAWAR), reported("a2", "", VAGUE, place=MIR_ALI))
    other = profile_of(reported("a3", "", VAGUE, place=BANNU, place_at=None))
    assert event.place == MIR_ALI
    assert not event.place_from_dateline
    assert not score_profiles(event, other).compatible


def test_the_event_place_prefers_a_reports_own_words() -> None:
    datelined = reported("a1", WIRE, BODY, place=PESHAWAR)
    own = reported("a2", "", BODY, place=MIR_ALI, place_at=None)
    reports = [Report(mention=m, source=None, url=None, published_at=None) for m in (datelined, own)]
    assert choose_place(reports) == MIR_ALI
    assert choose_place(reports[:1]) == PESHAWAR


def test_dateline_marks_survive_the_stored_profile() -> None:
    profile = profile_of(reported("a1", WIRE, BODY, place=PESHAWAR))
    loaded = profile_from_json(
        profile_to_json(profile), event_id=profile.event_id, status=profile.status, created_at=STAMP
    )
    assert loaded is not None
    # The stored place keeps what resolution compares (not the geocoder's ids), so compare the marks.
    marks = [(m.mention_id, m.place_from_dateline, m.place_from_bureau) for m in loaded.members]
    assert marks == [(m.mention_id, m.place_from_dateline, m.place_from_bureau) for m in profile.members]
    assert (loaded.place_from_dateline, loaded.place_from_bureau) == (True, True)
    assert loaded.dateline_gists == profile.dateline_gists


def test_the_dateline_itself_and_its_own_district_name_nothing() -> None:
    # "LAHORE: ..." names Lahore, the district of a Shahdara report, only through its dateline.
    lahore = town("Lahore", "Lahore", "Punjab", 31.56, 74.34)
    shahdara = town("Shahdara", "Lahore", "Punjab", 31.63, 74.28)
    datelined = profile_of(
        reported("a1", "LAHORE: ", "Teachers protested in Lahore on Monday.", place=lahore)
    )
    other = profile_of(
        reported("a2", "", "Police broke up a protest in Shahdara.", place=shahdara, place_at=None)
    )
    reasons = score_profiles(datelined, other).reasons
    assert not any("named under a dateline" in reason for reason in reasons)
    assert "same district Lahore" in reasons


@pytest.mark.parametrize(("opening", "chosen"), [(WIRE, MIR_ALI), (LOCAL, PESHAWAR)])
def test_only_a_wire_dateline_gives_way_to_another_reports_place(opening: str, chosen: Place) -> None:
    # Two reports datelined by a regional paper outvote one report placed by its own words.
    local = [reported(f"a{index}", opening, BODY, place=PESHAWAR) for index in (1, 2)]
    own = reported("a3", "", BODY, place=MIR_ALI, place_at=None)
    reports = [Report(mention=m, source=None, url=None, published_at=None) for m in (*local, own)]
    assert choose_place(reports) == chosen
