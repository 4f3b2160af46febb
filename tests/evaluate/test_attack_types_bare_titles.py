"""GTD attack types for a victim whose standing follows his name with no article (issue #3): "shot Doe,
former provincial chairman of the party" aims at one prominent person; an ordinary trade after the name
does not; a bus seized and its driver made to turn off is hijacked (no spaCy)."""

from __future__ import annotations

import pytest
from mention_builders import event_mention as mention

from waqia.evaluate.attack_types import AttackType, attack_type_of
from waqia.model import SubEventType

S = SubEventType
A = AttackType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unidentified men shot Kemal Aydin, former provincial chairman of the Democratic Left Party, "
            "outside his office in Mersin; he died in hospital.",
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot dead Rahim Gul, district president of the Awami National Party, near his home in "
            "Swabi.",
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot dead Rahim Gul, senior police superintendent of Swabi, near his home.",
            A.ASSASSINATION,
        ),
        # A trade is no title of note, with or without an article.
        (
            "Gunmen shot dead Rahim Gul, shopkeeper of the main bazaar, near his home in Swabi.",
            A.ARMED_ASSAULT,
        ),
        ("Gunmen shot dead Rahim Gul, a shopkeeper, near his home in Swabi.", A.ARMED_ASSAULT),
    ],
)
def test_a_title_written_bare_after_the_name(text: str, expected: AttackType) -> None:
    assert attack_type_of(mention(text, S.ATTACK), text) is expected


def test_a_craft_seized_and_its_driver_made_to_turn_off_is_hijacked() -> None:
    text = (
        "Militants seized a bus on the Van-Hakkari road, ordered the driver to divert onto a mountain track "
        "and then set the empty vehicle on fire after letting the passengers go."
    )
    assert attack_type_of(mention(text, S.LOOTING_PROPERTY_DESTRUCTION), text) is A.HIJACKING
