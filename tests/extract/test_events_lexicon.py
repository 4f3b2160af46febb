"""Event lexicon: incendiaries, arrests, torture, fighting, aircraft, protests, back-referenced tolls."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, choose_sub_type, read_sentence
from waqia.model import SubEventType

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
