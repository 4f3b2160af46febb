"""GTD attack types (issue #3): a bus, a vessel or an airliner made to go where its captors want is a
hijacking; an elected local office-holder or a person singled out by what he was known for is aimed at
(an assassination); people stabbed where homes were also wrecked were the aim of an armed assault (no
spaCy)."""

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
            "Militants boarded a state transport bus in Doda district and forced the driver at gunpoint to "
            "turn onto a mountain road. The passengers were let go after several hours.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "A man claiming to have explosives took control of a domestic passenger jet and demanded to be "
            "flown to Bolivia.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "Two gunmen waiting outside an apartment block in Turin shot a deputy public prosecutor known "
            "for investigating left-wing militants.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Gunmen stopped the car of a provincial council member in Baqubah and killed him along with his "
            "bodyguard.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "A group of men carrying knives attacked Hindu families in a village, stabbing four people and "
            "vandalizing several homes.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Guerrillas occupied a meatpacking plant, confining managers in an office and demanding wage "
            "increases. Police surrounded the plant, and the guerrillas withdrew overnight.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        # Guards: people of no stated standing, and a building wrecked with nobody hurt.
        ("Gunmen stopped the car of a shopkeeper in Baqubah and killed him.", S.ATTACK, A.ARMED_ASSAULT),
        (
            "Two gunmen shot a radio technician outside the station in Iloilo.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        ("A group of men vandalized several homes in a village; nobody was hurt.", S.ATTACK, A.FACILITY),
    ],
)
def test_attack_types_read_now(text: str, sub_type: SubEventType, expected: AttackType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is expected
