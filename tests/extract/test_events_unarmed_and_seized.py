"""Attacks without guns or bombs (strangling, beating, poison, a sniper) and people seized or held captive,
as Pakistani and Afghan reports phrase them."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.model import SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


UNARMED_OR_SNIPER_ATTACKS = [
    "Assailants strangled a lady health worker in her home in Nowshera.",
    "Unknown men strangled a schoolteacher and left his body in a field near Turbat.",
    "Militants beat a shopkeeper for selling music cassettes in Bara bazaar.",
    "Attackers poisoned the drinking water of a girls' school in Takhar.",
    "Gunmen tortured a tribal elder before dumping him near the bypass.",
    "A Taliban sniper shot a soldier at a checkpost in Helmand.",
    "Insurgents stabbed a polio worker outside a health centre in Quetta.",
]


@pytest.mark.parametrize("text", UNARMED_OR_SNIPER_ATTACKS)
def test_harm_by_an_armed_group_without_guns_or_bombs_is_an_attack(text: str) -> None:
    found = sub_types(text)
    assert found
    assert found[0] in (S.ATTACK, S.ARMED_CLASH)


SEIZED_OR_HELD_CAPTIVE = [
    "Armed men seized a geologist after shooting his driver on the Kalat road.",
    "Militants grabbed two surveyors working on the road project in Kurram.",
    "Kidnappers snatched a trader's son outside his school in Jacobabad.",
    "The gunmen took a former provincial minister captive at his farmhouse.",
    "Insurgents held the bus driver and three passengers captive for two days.",
]


@pytest.mark.parametrize("text", SEIZED_OR_HELD_CAPTIVE)
def test_people_seized_or_held_captive_are_abducted(text: str) -> None:
    assert S.ABDUCTION_FORCED_DISAPPEARANCE in sub_types(text)


SEIZURES_OF_PLACES_OR_THINGS = [
    "Militants seized the district headquarters after a day of fighting.",
    "Gunmen seized two police posts on the highway.",
    "Troops seized a cache of weapons from a compound in Bannu.",
]


@pytest.mark.parametrize("text", SEIZURES_OF_PLACES_OR_THINGS)
def test_places_or_weapons_seized_are_no_abduction(text: str) -> None:
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors said the children had been poisoned by contaminated water.",
        "A snake strangled a goat in the village, residents said.",
    ],
)
def test_poison_and_strangling_without_an_armed_actor_are_no_attack(text: str) -> None:
    assert S.ATTACK not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead two servicemen in Kaduna.",
        "Jihadists killed four members of the Civilian Joint Task Force near Maiduguri.",
        "Boko Haram fighters killed five CJTF members in Konduga.",
        "Militants killed three home guards in Doda.",
    ],
)
def test_attacks_on_servicemen_and_pro_government_militias_are_clashes(text: str) -> None:
    assert sub_types(text)[0] is S.ARMED_CLASH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause of its own dates today's intervention; "a day after police fired" tells an earlier one.
        ("Days after the election, police fired tear gas at opposition protesters in Karachi.", True),
        ("A day after police fired tear gas at them, opposition supporters marched peacefully.", False),
    ],
)
def test_crowd_control_told_as_earlier_only_in_its_own_clause(text: str, expected: bool) -> None:
    assert (S.PROTEST_WITH_INTERVENTION in sub_types(text)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrest warrants were issued for three opposition leaders.",
        "Pakistan and India exchanged lists of prisoners held in each other's jails.",
    ],
)
def test_nouns_and_lists_are_no_arrest_or_swap(text: str) -> None:
    assert sub_types(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were injured when youths threw petrol bombs into a political rally.", S.ATTACK),
        ("Unknown men hurled a petrol bomb at the office of the party, damaging its gate.", None),
    ],
)
def test_petrol_bombs_that_hurt_people_attack_them(text: str, expected: SubEventType | None) -> None:
    found = sub_types(text)
    assert (expected in found) if expected else found == [S.LOOTING_PROPERTY_DESTRUCTION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coal mine is where miners work: gunmen who kill or kidnap them there are no mine accident.
        ("Gunmen opened fire on coal mine workers in Duki, killing five miners.", [S.ATTACK]),
        ("Gunmen kidnapped six coal miners from a coal mine in Harnai.", [S.ABDUCTION_FORCED_DISAPPEARANCE]),
        ("Twelve miners were killed when a coal mine collapsed in Marwar.", []),
        ("Seven miners died in a methane explosion in a coal mine in Duki.", []),
        ("Three workers were killed in a coal mine accident in Harnai.", []),
    ],
)
def test_violence_at_coal_mines_and_mine_accidents(text: str, expected: list[SubEventType]) -> None:
    assert sub_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men forced a shopkeeper into a car outside his shop in Jacobabad on Monday.",
        "Armed men dragged the doctor into their vehicle near the hospital gate.",
    ],
)
def test_people_forced_into_cars_are_abducted(text: str) -> None:
    assert sub_types(text)[:1] == [S.ABDUCTION_FORCED_DISAPPEARANCE]


@pytest.mark.parametrize(
    "text",
    [
        "The government was forced into a corner by the opposition on the budget.",
        "Police forced the protesters into police vans outside the press club.",
    ],
)
def test_a_corner_or_a_police_van_is_no_abduction(text: str) -> None:
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a prison in Bannu, killing two jail wardens.",
        "Taliban fighters attacked an ANDSF checkpoint in Kunduz, killing four conscripts.",
        "Militants ambushed a convoy of the Afghan National Army in Helmand.",
    ],
)
def test_conscripts_afghan_forces_and_prison_guards_are_armed_sides(text: str) -> None:
    assert sub_types(text)[:1] == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whoever drives his own vehicle into people attacks them...
        ("A teenager from Hebron drove his car into soldiers at a junction, wounding two.", [S.ATTACK]),
        # ...unless he lost control of it.
        ("The driver lost control and drove his truck into pedestrians near the bazaar.", []),
        # A stance on a kind of attack is no attack: the scholar was shot.
        (
            "Gunmen shot dead a cleric in Bannu who had issued edicts against suicide attacks.",
            [S.ATTACK],
        ),
    ],
)
def test_a_vehicle_driven_into_people_and_a_stance_on_attacks(
    text: str, expected: list[SubEventType]
) -> None:
    assert sub_types(text) == expected


def test_rockets_fired_with_guns_at_close_range_are_no_shelling() -> None:
    text = "Gunmen hiding in the fields opened fire with rifles and rockets on a police van, killing two."
    assert S.SHELLING_ARTILLERY_MISSILE_ATTACK not in sub_types(text)
    stand_off = "Militants fired rockets at an army camp in Wana."
    assert S.SHELLING_ARTILLERY_MISSILE_ATTACK in sub_types(stand_off)
