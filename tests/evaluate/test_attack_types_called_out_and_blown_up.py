"""GTD attack types for a named person of note reached in other ways (issue #3): called out of his home or
found in it and shot, killed with his guards when a mine blew up their jeep, or hit by a gunman's bullets;
the same deeds done to an ordinary person stay armed assaults and bombings (no spaCy)."""

from __future__ import annotations

import pytest
from mention_builders import event_mention as mention

from waqia.evaluate.attack_types import AttackType, attack_type_of
from waqia.model import SubEventType

S = SubEventType
A = AttackType


@pytest.mark.parametrize(
    ("text", "sub_type", "expected"),
    [
        (
            "Gunmen called Abdul Rashid Mir, the sarpanch of a village in Baramulla district, out of his "
            "house late at night and shot him dead near the gate.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Gunmen broke into the house of Musa Lawal, village head of a settlement in Gwoza, and killed "
            "him in front of his wives.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Ramesh Munda, a former member of the Bihar Legislative Assembly, was killed with two guards "
            "when an improvised mine blew up their jeep near Gaya.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "Jose Ramos, a radio commentator, was hit several times by a gunman outside his studio in "
            "Iloilo.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # The same deeds done to people of no standing.
        (
            "Gunmen called Abdul Rashid Mir, a labourer, out of his house late at night and shot him dead "
            "near the gate.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Three soldiers were killed when an improvised mine blew up their jeep near Gaya.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
    ],
)
def test_a_person_of_note_reached_another_way(
    text: str, sub_type: SubEventType, expected: AttackType
) -> None:
    assert attack_type_of(mention(text, sub_type), text) is expected
