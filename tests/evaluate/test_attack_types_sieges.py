"""GTD attack types: sieges told after the seizure, bombers who held hostages, and persons of note named or
titled in ways the first rules missed (session 23)."""

from __future__ import annotations

import pytest
from mention_builders import event_mention as mention

from waqia.evaluate.attack_types import AttackType, attack_type_of
from waqia.model import SubEventType

S = SubEventType
A = AttackType


def test_a_siege_told_after_the_seizure_makes_a_barricade_incident() -> None:
    first = "Gunmen held twelve passengers hostage on a bus at the Davao terminal."
    text = first + " Police surrounded the bus and freed them after five hours of negotiations."
    assert (
        attack_type_of(mention(text, S.ABDUCTION_FORCED_DISAPPEARANCE, sentence=first), text) is A.BARRICADE
    )


def test_people_taken_away_and_freed_months_later_stay_a_kidnapping() -> None:
    first = "Gunmen held twelve passengers hostage on a bus at the Davao terminal."
    text = (
        first
        + " After five hours of negotiations they drove off with them; the last were freed months later."
    )
    assert (
        attack_type_of(mention(text, S.ABDUCTION_FORCED_DISAPPEARANCE, sentence=first), text) is A.KIDNAPPING
    )


def test_bombers_who_held_guests_through_a_standoff_made_a_barricade_incident() -> None:
    text = (
        "Militants wearing suicide vests stormed a guest house in Kabul and seized guests, demanding the "
        "release of prisoners. Commandos retook the building after an eight-hour standoff."
    )
    assert attack_type_of(mention(text, S.SUICIDE_BOMB), text) is A.BARRICADE


@pytest.mark.parametrize(
    "text",
    [
        # Hostages taken after a car bomb, with no siege told: a bombing.
        "Militants detonated a car bomb outside a hotel in Mogadishu before storming it and taking hostages.",
        # Street barricades and a bus that "took students" somewhere hold no one.
        "Youths threw a petrol bomb and a pipe bomb at a bus that took students to the park, leaving "
        "barricades burning on the avenue.",
    ],
)
def test_bombs_without_a_siege_stay_bombings(text: str) -> None:
    assert attack_type_of(mention(text, S.REMOTE_EXPLOSIVE_LANDMINE_IED), text) is A.BOMBING


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # A village head held, then shot: the pronoun is the titled, named man.
        ("Gunmen stopped Ahmet Kaya, the mukhtar of a hamlet near Siirt, on a track and shot him.", S.ATTACK),
        # An assembly member named after his title, whose convoy was ambushed.
        (
            "Gunmen ambushed the convoy of National Assembly member Tariq Jadoon near Abbottabad. He escaped "
            "unhurt.",
            S.ARMED_CLASH,
        ),
        # A bomber who targeted the home of a titled, named man, who survived.
        (
            "A suicide bomber targeted the home of Malik Sher Zaman, a tribal elder, in Bajaur; the elder "
            "survived.",
            S.SUICIDE_BOMB,
        ),
        # A title with its modifiers before the name of the car's owner.
        (
            "A bomb fixed under the car of Salafi preacher Sheikh Omar Baadani exploded in Aden, killing "
            "him.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        # The victim's name and office told in a later sentence.
        (
            "Two men on a motorbike shot dead a man near the bus stand in Gaya. Police later identified the "
            "victim as Sunil Prasad Verma, a local journalist.",
            S.ATTACK,
        ),
        (
            "A magnetic bomb attached to a car exploded in Kabul, killing its driver. The victim was later "
            "identified as Ahmad Zia Rahimi, a judge of the appeals court.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        # A holder of a lesser title named in the next sentence is a specific person.
        (
            "A village headman was shot dead by gunmen in Pattani. The victim, Somchai Deeprom, had held the "
            "post for a year.",
            S.ATTACK,
        ),
    ],
)
def test_persons_of_note_named_or_titled_later_are_assassinated(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is A.ASSASSINATION


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # An unnamed headman is one of a kind.
        ("A village headman was shot dead by gunmen in Pattani.", S.ATTACK),
        # A car bomb whose victim has no office.
        (
            "A magnetic bomb attached to a car exploded in Kabul, killing its driver. The victim was later "
            "identified as Ahmad Zia Rahimi, a father of three.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
    ],
)
def test_unnamed_or_untitled_victims_are_no_assassination(text: str, sub_type: SubEventType) -> None:
    assert attack_type_of(mention(text, sub_type), text) is not A.ASSASSINATION


def test_a_car_sped_into_marchers_is_an_unarmed_assault() -> None:
    text = "A driver accelerated his van into a crowd of marchers in Leeds, injuring three."
    assert attack_type_of(mention(text, S.ATTACK), text) is A.UNARMED_ASSAULT
