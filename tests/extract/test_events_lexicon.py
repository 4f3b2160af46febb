"""Event lexicon: incendiaries, arrests, torture, fighting, aircraft, protests, back-referenced tolls."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, choose_sub_type, detect_events, read_sentence
from waqia.model import Role, SubEventType

S = SubEventType


def sub_type_of(text: str) -> SubEventType | None:
    trigger = choose_sub_type(read_sentence(Sentence(start=0, end=len(text), text=text)).triggers)
    return trigger.sub_event_type if trigger else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men threw a Molotov cocktail at the tax office before dawn.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("A petrol bomb was hurled at the gate of the printing press.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Two incendiary devices went off in a furniture store overnight.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Anarchists firebombed a bank branch in the old town.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("An act of sabotage on the rail line halted freight for a day.", S.LOOTING_PROPERTY_DESTRUCTION),
        (
            "Insurgents fired projectiles at a girls' school, killing a guard.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        ("Police jailed four opposition organisers on Tuesday.", S.ARRESTS),
        ("The authorities imprisoned a well-known satirist in the capital.", S.ARRESTS),
        ("Two reporters were remanded in custody after the raid on their newspaper.", S.ARRESTS),
        ("Plainclothes agents picked up three union leaders from their homes.", S.ARRESTS),
        ("Soldiers tortured two herders at a checkpoint, relatives said.", S.ATTACK),
        ("Troops and separatists fought for hours near the river crossing.", S.ARMED_CLASH),
        ("Villagers said the militia battled with government forces until dusk.", S.ARMED_CLASH),
        ("The rebels suffered losses in raids by army choppers near the dam.", S.AIR_DRONE_STRIKE),
        ("Army choppers pounded hideouts in the valley.", S.AIR_DRONE_STRIKE),
        ("Nurses rallied outside the health ministry on Monday.", S.PEACEFUL_PROTEST),
        (
            "Guards shot dead a protester outside the refinery during the demonstration.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        ("Dock workers picketed the shipping company's offices for a third day.", S.PEACEFUL_PROTEST),
        ("Farmers blockaded the ring road with their tractors.", S.PEACEFUL_PROTEST),
        ("Police dispersed the crowd outside the town hall with water cannon.", S.PROTEST_WITH_INTERVENTION),
        ("Riot police detained 25 people at the march.", S.PROTEST_WITH_INTERVENTION),
        ("Supporters of the two candidates fought with sticks outside the polling station.", S.MOB_VIOLENCE),
        ("The army launched an offensive against the separatists in the hills.", S.ARMED_CLASH),
        ("The insurgents executed four hostages in the desert.", S.ATTACK),
        ("A man rammed his van into a crowd of shoppers, injuring eleven.", S.ATTACK),
        ("Two girls were hurt when attackers threw acid at them outside the college.", S.ATTACK),
        # Mourning demonstrators killed earlier is a protest, not force used against this one.
        ("Students rallied on Sunday to mourn protesters killed by police last month.", S.PEACEFUL_PROTEST),
        # "non-violent" does not make a demonstration violent.
        (
            "Police fired live bullets to disperse a non-violent demonstration by students.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        # Morphological variants and nominalisations of the sub-types' verbs (#3).
        ("Looting spread through the market district after nightfall.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Arsonists struck two warehouses on the edge of the port.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Twelve shops were razed in the old quarter, traders said.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Forty cars were destroyed in the car park overnight, owners said.", S.LOOTING_PROPERTY_DESTRUCTION),
        (
            "Bulldozers razed the homes; officials said the bulldozing was legal.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("The two parties signed a long-awaited peace agreement in the capital.", S.AGREEMENT),
        ("The signing of the border accord was delayed by a day.", S.AGREEMENT),
        ("Tribal elders negotiated a settlement between the two clans.", S.AGREEMENT),
        ("The mass arrests of union members began at dawn.", S.ARRESTS),
        ("Troops carried out raids to detain opposition organisers.", S.ARRESTS),
        ("Jet fighters and attack helicopters arrived at the northern airfield.", S.CHANGE_TO_GROUP_ACTIVITY),
        ("The air force bombed a fuel depot near the front.", S.AIR_DRONE_STRIKE),
        ("Warplanes pounding the ridge killed a dozen fighters.", S.AIR_DRONE_STRIKE),
        ("Helicopters dropped barrel bombs on the suburb overnight.", S.AIR_DRONE_STRIKE),
        ("Militants dropped explosives from a quadcopter on the police station.", S.AIR_DRONE_STRIKE),
        ("Insurgents charged a camp of the government forces at night, leaving casualties.", S.ARMED_CLASH),
        ("Engineers dismantled two explosive devices found under the bridge.", S.DISRUPTED_WEAPONS_USE),
        ("Youths pelting stones at the police were chased away.", S.VIOLENT_DEMONSTRATION),
        # ACLED: demonstrators using force make a riot, whatever else the sentence says.
        ("Demonstrators marched on the ministry and six policemen were injured.", S.VIOLENT_DEMONSTRATION),
        ("The protest march ended in clashes with riot police near the square.", S.VIOLENT_DEMONSTRATION),
        ("Cars were set alight as the demonstration reached the bridge.", S.VIOLENT_DEMONSTRATION),
        ("Opposition supporters blocked streets in the capital on Friday.", S.PEACEFUL_PROTEST),
        # Peaceful protesters hurt by the police: excessive force (ACLED: serious injuries, beatings).
        ("Dozens of marchers were injured when the police charged.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("Troops beat dozens of protesters outside the parliament.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("Air defences downed two drones over the port city.", S.DISRUPTED_WEAPONS_USE),
        # Rioters who attack a peaceful rally are the event, not the rally.
        ("A gang of youths attacked a peaceful rally in the square, injuring nine.", S.MOB_VIOLENCE),
    ],
)
def test_sentence_reports_sub_type(text: str, expected: SubEventType) -> None:
    assert sub_type_of(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The old soldier said he was tortured by memories of the war.",
        "The court jailed him for seven years for fraud.",
        "She fought for the rights of tenants for two decades.",
        "A lorry rammed into a wall after its driver lost control in an accident.",
        "The commission has received complaints about forced disappearances from four provinces.",
    ],
)
def test_non_events_report_nothing(text: str) -> None:
    assert sub_type_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested six men in connection with a roadside bomb attack in which four guards were killed.",
        "The governor condemned the ambush on the convoy during which two drivers were killed.",
    ],
)
def test_toll_of_a_back_referenced_event_is_a_reference(text: str) -> None:
    triggers = read_sentence(Sentence(start=0, end=len(text), text=text)).triggers
    violent = [t for t in triggers if t.sub_event_type.event_type is not S.ARRESTS.event_type]
    assert violent
    assert all(t.reference for t in violent)


@pytest.mark.parametrize(
    "text",
    [
        "In the wake of the suicide bombing at the bus terminal, the city tightened checks on its roads.",
        "A trader returned home on Monday, four months after he was kidnapped near the market.",
    ],
)
def test_aftermath_sentences_open_no_new_violent_event(text: str) -> None:
    reading = read_sentence(Sentence(start=0, end=len(text), text=text))
    violent = [t for t in reading.triggers if t.sub_event_type is not S.PEACEFUL_PROTEST]
    assert violent
    assert all(t.reference for t in violent) or reading.background_cue is not None


def test_territory_taken_without_a_fight_is_a_non_violent_transfer() -> None:
    text = "Rebel fighters took over the port town without a fight after the garrison left."
    assert sub_type_of(text) is S.NON_VIOLENT_TRANSFER_OF_TERRITORY


@pytest.mark.parametrize(
    "text",
    [
        "The governor directed the police to arrest the culprits.",
        "The economy plunged into its deepest crisis in decades as the strike spread.",
        "Army helicopters dropped food and tents on the flooded villages.",
    ],
)
def test_irrealis_and_metaphor_report_no_violence(text: str) -> None:
    triggers = read_sentence(Sentence(start=0, end=len(text), text=text)).triggers
    assert all(t.sub_event_type not in (S.ARRESTS, S.AIR_DRONE_STRIKE) for t in triggers)


def test_plunged_into_a_crisis_is_not_an_accident() -> None:
    text = "Police detained two organisers as the city plunged into a political crisis."
    assert sub_type_of(text) is S.ARRESTS


@pytest.mark.parametrize(
    "text",
    [
        "Villagers held a sit-in on Sunday against the killing of a teacher who was shot in an ambush.",
        "Traders observed a shutdown to mourn a fighter who was killed with two others in an encounter.",
    ],
)
def test_violence_a_protest_is_held_against_is_a_reference(text: str) -> None:
    triggers = read_sentence(Sentence(start=0, end=len(text), text=text)).triggers
    violent = [t for t in triggers if t.sub_event_type.event_type is not S.PEACEFUL_PROTEST.event_type]
    assert violent
    assert all(t.reference for t in violent)
    assert [event.role for event in detect_events([Sentence(start=0, end=len(text), text=text)])] == [
        Role.MAIN
    ]


def test_arrest_for_an_earlier_protest_is_an_arrest() -> None:
    text = "Police arrested an activist on charges of organising an illegal protest."
    events = detect_events([Sentence(start=0, end=len(text), text=text)])
    assert [(event.sub_event_type, event.role) for event in events] == [(S.ARRESTS, Role.MAIN)]


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        ("The army said on July 9 that the commander was killed in a gunfight on July 8, 2016.", True),
        # Alone, a full date is the report's own date.
        ("The commander was killed in a gunfight with troops on July 8, 2016 in the same valley.", False),
    ],
)
def test_date_with_its_year_beside_one_without_recalls_an_event(text: str, recalled: bool) -> None:
    cue = read_sentence(Sentence(start=0, end=len(text), text=text)).background_cue
    assert (cue is not None) is recalled


def test_foiled_attack_is_not_an_attack() -> None:
    text = "Police foiled an attack on a shrine and recovered two grenades."
    assert sub_type_of(text) is S.DISRUPTED_WEAPONS_USE


def test_harm_told_in_a_relative_clause_keeps_a_mentioned_attack_in_the_background() -> None:
    text = "The minister gave cheques to the families of officers who died in the attack on the depot."
    events = detect_events([Sentence(start=0, end=len(text), text=text)])
    assert [event.role for event in events] == [Role.BACKGROUND]


def test_armed_men_blocking_a_road_make_no_protest() -> None:
    text = "Armed men blocked the highway with their cars and opened fire on the passengers."
    assert [
        event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])
    ] == [S.ATTACK]


def _sentences(*parts: tuple[str, tuple[str, ...]]) -> list[Sentence]:
    sentences, start = [], 0
    for text, places in parts:
        sentences.append(Sentence(start=start, end=start + len(text), text=text, places=places))
        start += len(text) + 1
    return sentences


def test_toll_update_and_its_account_are_one_event() -> None:
    sentences = _sentences(
        ("The death toll from Monday's suicide bombing in Hangu rose to nine.", ("Hangu",)),
        ("The bomber blew himself up among shoppers; four more died in Kohat hospitals.", ("Kohat",)),
    )
    assert [event.sub_event_type for event in detect_events(sentences)] == [S.SUICIDE_BOMB]


def test_the_drone_named_again_is_the_same_strike() -> None:
    sentences = _sentences(
        ("A drone strike killed two children in a village of North Waziristan.", ("North Waziristan",)),
        ("The drone struck a house in Hurmaz near Mir Ali.", ("Hurmaz", "Mir Ali")),
    )
    assert [event.sub_event_type for event in detect_events(sentences)] == [S.AIR_DRONE_STRIKE]


def test_property_destroyed_by_a_bomb_is_part_of_the_bombing() -> None:
    text = "Two shops were destroyed when a bomb planted in the bazaar went off at night."
    events = detect_events([Sentence(start=0, end=len(text), text=text)])
    assert [event.sub_event_type for event in events] == [S.REMOTE_EXPLOSIVE_LANDMINE_IED]
