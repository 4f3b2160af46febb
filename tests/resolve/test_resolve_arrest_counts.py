"""How many people a report says were arrested: a detail that tells one city's raids apart."""

from __future__ import annotations

import pytest
from resolve_builders import features_of, make_mention, town

from waqia.model import SubEventType, Target
from waqia.resolve.details import arrest_counts
from waqia.resolve.profile import EventProfile, build_profile
from waqia.resolve.similarity import MERGE_THRESHOLD, score_profiles

KARACHI = town("Karachi", "Karachi", "Sindh", 24.861, 67.010)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police on Monday arrested four suspected militants in a raid.", {"arrested:4"}),
        ("Six alleged terrorists were arrested in the port city.", {"arrested:6"}),
        ("Police detained 23 workers of the party outside the club.", {"arrested:23"}),
        ("Two suspects were taken into custody.", {"arrested:2"}),
        # A sentence without an arrest gives no figure: a number of dead is the toll.
        ("Gunmen killed five people at a checkpoint.", set()),
        # The dead in an arrest sentence are not the arrested.
        ("Police arrested 3 men after 7 people were killed.", {"arrested:3"}),
        # One person is no figure worth comparing.
        ("A suspect was arrested.", set()),
    ],
)
def test_arrest_counts_read_the_number_of_people_held(text: str, expected: set[str]) -> None:
    assert arrest_counts([text]) == expected


def arrests(article: str, text: str) -> EventProfile:
    mention = make_mention(
        article, text=text, place=KARACHI, sub=SubEventType.ARRESTS, target=Target.MILITANTS
    )
    return build_profile(event_id=f"e-{article}", members=[features_of(mention)])


@pytest.mark.parametrize(
    ("other", "merges"),
    [
        ("Five alleged militants were arrested in the city on Monday, officials said.", True),
        ("Police arrested two suspected militants in the city on Monday, officials said.", False),
    ],
)
def test_one_citys_arrests_on_one_day_merge_on_the_same_number_held(other: str, merges: bool) -> None:
    first = arrests("a1", "Police on Monday arrested five suspected militants and seized weapons.")
    second = arrests("a2", other)
    match = score_profiles(first, second)
    assert match.compatible
    assert (match.score >= MERGE_THRESHOLD) is merges
    assert ("shared details 5 arrested" in match.reasons) is merges
    assert ("arrest counts differ" in match.conflicts) is not merges
