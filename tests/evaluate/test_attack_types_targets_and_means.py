"""GTD attack types for the person aimed at and the means used (issue #3): a titled victim stopped on the
way, held and killed, or given his standing after his name; a bomb said to be meant for an official or set
off at a named official's convoy; a stance against bombings; craft taken with their crews; a building held
with its people; beatings known by their marks; and gunfire at power lines (no spaCy)."""

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
        # The person aimed at.
        (
            "Gunmen waylaid additional sessions judge Imran Qureshi near Sibi and fired at his car; the "
            "judge died in hospital.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Rebels dragged the headman of Ban Tha village out of his shop and shot him in front of his "
            "family.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot dead Nestor Aquino, a wealthy rice trader, outside his warehouse in Cotabato.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Assailants killed Hamid Baloch, the nephew of a senator and himself the chairman of the Kech "
            "district council, at his farm.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Gunmen shot at the school's principal, Qari Abdul Wahid, a Deobandi scholar, in Kohat; he was "
            "wounded.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # An ordinary named victim stays an armed assault; so does a shop owner.
        ("Gunmen shot dead Nestor Aquino, a rice trader, outside his warehouse.", S.ATTACK, A.ARMED_ASSAULT),
        # A bomb meant for one official.
        (
            "A roadside bomb went off as a police van passed near Kharan. Officials said the device had been "
            "meant for the deputy commissioner, who was travelling behind the van.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A car bomb exploded beside the jeep carrying the district governor of Khogyani; the governor "
            "and two guards were killed.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.ASSASSINATION,
        ),
        (
            "A bomber drove into the convoy of Senior Superintendent of Police Ahmad Raza Khan in Bannu. "
            "Khan and two of his guards were killed.",
            S.SUICIDE_BOMB,
            A.ASSASSINATION,
        ),
        (
            "A bomber detonated his vest beside Yusuf Hamdani, a member of the provincial assembly, during a "
            "rally in Charsadda.",
            S.SUICIDE_BOMB,
            A.ASSASSINATION,
        ),
        # A bomb at a convoy with no one named killed stays a bombing.
        (
            "A bomb went off near the convoy of a police chief in Bannu; two passers-by were hurt.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            A.BOMBING,
        ),
        # A stance against bombings names no bomb.
        (
            "Gunmen opened fire on Mufti Naeem Shah, a cleric who had preached against suicide bombings, "
            "outside his seminary.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Students who had rallied against suicide attacks were fired upon by gunmen outside their "
            "college; three were wounded.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # Craft taken away with their people.
        (
            "Pirates seized a cargo ship in the Gulf of Aden, detaining its 19 crew members.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "Gunmen stopped a truck near Torkham and drove off with the vehicle and its driver.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        # A building held with its people in it.
        (
            "Guerrillas occupied the municipal building of San Vicente, holding the mayor and six clerks "
            "hostage; they left three days later.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        # Harm known by its marks.
        (
            "Assailants attacked a lawyer outside the court in Sylhet; he was treated for bruises to his "
            "arms.",
            S.ATTACK,
            A.UNARMED_ASSAULT,
        ),
        # Gunfire at power lines, nobody hurt.
        (
            "Tribesmen fired rifles at power lines near Marib, cutting electricity to the city.",
            S.ATTACK,
            A.FACILITY,
        ),
    ],
)
def test_attack_type_of_a_mention(text: str, sub_type: SubEventType, expected: AttackType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is expected
