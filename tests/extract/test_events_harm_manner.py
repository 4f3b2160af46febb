"""Harm told by its manner ("burnt to death", "suffered burns") and attacks told after "after" with armed men
for subject: one new attack, not a reference to an earlier one."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.model import Role, SubEventType

S = SubEventType


def events_of(text: str) -> list[tuple[SubEventType, Role]]:
    """The sub-type and role of each event one sentence reports."""
    return [
        (event.sub_event_type, event.role)
        for event in detect_events([Sentence(start=0, end=len(text), text=text)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two passengers suffered severe burns when unknown men hurled petrol bombs at a bus in Hyderabad.",
        "A watchman was burnt to death when assailants threw a petrol bomb into the depot in Sukkur.",
        "A vendor was burned to death after attackers hurled petrol bombs into his stall in Mardan.",
        "Three children sustained burn injuries after masked men threw molotov cocktails into their house.",
        "A driver received serious burns as miscreants hurled a firebomb at his rickshaw in Karachi.",
    ],
)
def test_petrol_bombs_that_burn_people_are_one_new_attack(text: str) -> None:
    assert events_of(text) == [(S.ATTACK, Role.MAIN)]


@pytest.mark.parametrize(
    "text",
    [
        # Nobody hurt: property destruction.
        "Unknown men hurled petrol bombs at a bank branch in Hyderabad, damaging its front.",
        "Attackers threw a petrol bomb at the gate of a girls' school in Swabi; no one was hurt.",
    ],
)
def test_petrol_bombs_that_hurt_nobody_destroy_property(text: str) -> None:
    assert events_of(text) == [(S.LOOTING_PROPERTY_DESTRUCTION, Role.MAIN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trader was shot dead after gunmen opened fire on his shop in Chaman.", S.ATTACK),
        ("A constable died after unidentified gunmen opened fire on a police post in Tank.", S.ARMED_CLASH),
    ],
)
def test_harm_after_armed_men_acted_is_that_attack(text: str, expected: SubEventType) -> None:
    found = events_of(text)
    assert found
    assert found[0] == (expected, Role.MAIN)


@pytest.mark.parametrize(
    "text",
    [
        # "The attack", "the bombing": an event told before, referred to by its definite noun.
        "Police registered a case after the attack on the shop in Chaman.",
        "Traders shut their shops in protest after the bombing.",
    ],
)
def test_a_definite_event_after_after_is_still_a_reference(text: str) -> None:
    assert all(sub_type not in (S.ATTACK, S.REMOTE_EXPLOSIVE_LANDMINE_IED) for sub_type, _ in events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shopkeeper died after attackers set his shop on fire in Quetta on Sunday.", S.ATTACK),
        ("Two children were burnt to death when unknown men torched their house in Kech.", S.ATTACK),
        ("A villager was killed when an angry crowd set fire to the police post in Sanghar.", S.MOB_VIOLENCE),
    ],
)
def test_arson_that_kills_attacks_people(text: str, expected: SubEventType) -> None:
    found = events_of(text)
    assert found
    assert found[0] == (expected, Role.MAIN)


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men set fire to a girls' school in Diamer overnight; no one was hurt.",
        "Militants torched two NATO supply tankers at a terminal in Khyber.",
    ],
)
def test_arson_that_hurts_nobody_destroys_property(text: str) -> None:
    assert events_of(text)[0] == (S.LOOTING_PROPERTY_DESTRUCTION, Role.MAIN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Present-tense headlines tell harm too.
        ("A fire bomb kills seven and injures seven in a bus in Bogota.", S.ATTACK),
        # The arrest is the news; the attack after "after" is referred to.
        ("Police arrested 12 suspects in Bannu on Monday after militants attacked a checkpost.", S.ARRESTS),
    ],
)
def test_headline_harm_and_arrests_after_an_attack(text: str, expected: SubEventType) -> None:
    assert events_of(text)[0][0] is expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched a strike on a house in Rafah, killing 12 people.",
        "The US military launched a drone strike in Somalia on Tuesday, killing three fighters.",
        "Veterans who fought the Soviet army in the 1980s gathered in Peshawar on Monday.",
        "Israel held a naval blockade of Gaza.",
    ],
)
def test_military_strikes_blockades_and_old_wars_are_no_protest_or_clash(text: str) -> None:
    assert not {S.PEACEFUL_PROTEST, S.ARMED_CLASH} & {sub_type for sub_type, _ in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Alliance fought the Taliban in the 1990s, a historian said in Kabul on Monday.",
        "His grandfather fought the British Army in the 1857 war, the historian said.",
        "A gunman kills himself after a standoff with police in Lahore.",
        "Taliban ban kills livelihoods of Afghan women beauticians.",
        "Fans take to streets to celebrate Pakistan's win over India in Karachi.",
    ],
)
def test_history_suicide_metaphor_and_celebration_are_no_events(text: str) -> None:
    assert events_of(text) == []


def test_an_arrest_for_an_old_rape_is_an_arrest() -> None:
    assert events_of("Four men were arrested in Lahore on Monday for raping a woman, police said.")[0][0] is (
        S.ARRESTS
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Harm by armed men told in the passive.
        ("A shopkeeper died after being brutally beaten by militiamen near the market.", S.ATTACK),
        ("Two teachers were tortured by insurgents before they were released.", S.ATTACK),
        ("A farmer was hacked with machetes by Boko Haram fighters in his field.", S.ATTACK),
        # Armed men burning things.
        (
            "Militants burned a police post and two trucks on the highway at night.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Rebels burnt several houses in the village before they withdrew.", S.LOOTING_PROPERTY_DESTRUCTION),
    ],
)
def test_passive_harm_by_armed_men_and_things_they_burn(text: str, expected: SubEventType) -> None:
    assert events_of(text) == [(expected, Role.MAIN)]


@pytest.mark.parametrize(
    "text",
    [
        # A thing burned by gunmen is no attack on people.
        "A school was burned by gunmen who fired some shots first.",
        # Beaten in a match, burned by the sun: no armed men.
        "The home side was beaten by the visitors in the final.",
    ],
)
def test_passive_harm_needs_people_and_armed_men(text: str) -> None:
    assert S.ATTACK not in [sub_type for sub_type, _ in events_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural with its own verb and a small count of victims is one day's harm...
        (
            "Blasts in three towns of the province killed nine people on Monday.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        ("Clashes near the border left four soldiers dead on Tuesday.", S.ARMED_CLASH),
        ("Attacks on two markets wounded seven shoppers overnight.", S.ATTACK),
    ],
)
def test_a_plural_that_harms_a_few_people_is_an_event(text: str, expected: SubEventType) -> None:
    assert events_of(text) == [(expected, Role.MAIN)]


@pytest.mark.parametrize(
    "text",
    [
        # ...not a plural that only talks about violence, or a tally in the hundreds.
        "Blasts are common in the province during the election season.",
        "Attacks on police posts killed 340 officers across the province.",
    ],
)
def test_a_plural_without_a_small_count_is_talk_of_violence(text: str) -> None:
    assert [role for _, role in events_of(text) if role is Role.MAIN] == []
