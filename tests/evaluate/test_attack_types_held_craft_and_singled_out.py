"""GTD attack types (issue #3): a craft driven, sailed or flown off by its captors is a hijacking, but
people taken from a boat are kidnapped and a bus held where it stands is a barricade; a building's staff
held in it is a barricade; a person singled out by a seat in an assembly or a council, a stance or a
committee he headed, also when a later sentence tells it, is aimed at; clubs, acid under a group's name
and a gas let into a room are unarmed (no spaCy)."""

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
            "Armed men seized the town council offices in Jolo and held nine employees for two days, "
            "demanding ransom.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "Armed men took over a bus parked at the terminal in Quetta and held 20 passengers hostage while "
            "police surrounded it for six hours.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.BARRICADE,
        ),
        (
            "Two men armed with knives took over a domestic flight from Herat and ordered it flown to "
            "Tehran.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "Pirates boarded a cargo vessel off Lagos and sailed the ship toward Benin with its crew.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "Gunmen halted a passenger bus near Dera Bugti and ordered the driver to steer it into the "
            "hills.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.HIJACKING,
        ),
        (
            "Boko Haram fighters drove off with three of the trucks in an aid convoy near Dikwa.",
            S.LOOTING_PROPERTY_DESTRUCTION,
            A.HIJACKING,
        ),
        # The boat is where the men were seized from, not the craft taken.
        (
            "Gunmen seized three fishermen from their boat off Jolo and took them to a nearby island.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
            A.KIDNAPPING,
        ),
        (
            "Gunmen shot dead a provincial assembly member outside a mosque in Bannu.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "A newspaper editor who had written about land grabbing was gunned down in Hyderabad.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "A tribal elder who headed the local peace committee was shot dead in Orakzai.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        ("Rebels publicly executed the mayor of a municipality in Huila.", S.ATTACK, A.ASSASSINATION),
        ("A member of the district council was shot dead at his shop in Kurram.", S.ATTACK, A.ASSASSINATION),
        ("Gunmen killed a senior police officer near his home in Quetta.", S.ARMED_CLASH, A.ASSASSINATION),
        (
            "A cleric known for sermons against militancy was stabbed to death in Peshawar.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "A district councillor was shot and wounded while feeding cattle on his farm in County Tyrone.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # The codebook's projectiles fired together with guns make an armed assault.
        (
            "Militants fired rockets and automatic weapons at an army camp near Tessalit in a dawn raid, "
            "killing two soldiers.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Sixty pupils were taken to hospital after an unidentified gas was released in their classrooms "
            "in Kunduz; officials suspected opponents of girls' education.",
            S.ATTACK,
            A.UNARMED_ASSAULT,
        ),
        # The office or the stance told in a later sentence, with no name.
        (
            "Assailants shot and killed a man in Quetta. The victim was a member of the Balochistan "
            "Provincial Assembly.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Assailants stabbed and killed a cleric in Makhachkala. The cleric was an outspoken critic of "
            "Salafi militants.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        (
            "Assailants shot and wounded a journalist in Peshawar. The victim worked for a local newspaper "
            "and had reported on militant activity.",
            S.ATTACK,
            A.ASSASSINATION,
        ),
        # Guards: office of no note, and several victims.
        (
            "Assailants shot and killed a man in Quetta. The victim was a shopkeeper.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        (
            "Assailants shot and killed four labourers in Turbat. The victims were members of a labour "
            "union.",
            S.ATTACK,
            A.ARMED_ASSAULT,
        ),
        # Guards: a village's councillor is one of many (GTD's Pakistan rows); rockets alone, and troops'
        # mortars and small arms across a line with no raid, stay a bombing.
        (
            "Troops fired mortar bombs at forward posts along the Line of Control and also fired small arms "
            "and automatic weapons, injuring a man and his daughter.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
            A.BOMBING,
        ),
        (
            "Militants fired rockets at an army camp near Tessalit, killing two soldiers.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
            A.BOMBING,
        ),
        ("Gunmen shot dead a village councillor in Swat.", S.ATTACK, A.ARMED_ASSAULT),
        ("Men clubbed a shopkeeper to death in Kano.", S.ATTACK, A.UNARMED_ASSAULT),
        # "Armed" in a group's name is no weapon.
        (
            "Attackers threw acid at a woman in Algiers; police blamed the Armed Islamic Group.",
            S.ATTACK,
            A.UNARMED_ASSAULT,
        ),
        (
            "Pupils fainted after a noxious gas was released into classrooms in Takhar; officials blamed "
            "opponents of girls' schooling.",
            S.ATTACK,
            A.UNARMED_ASSAULT,
        ),
    ],
)
def test_attack_types_read_now(text: str, sub_type: SubEventType, expected: AttackType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is expected
