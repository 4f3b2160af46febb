"""Crowds told across clauses: who they fight, what they were doing, and how they are named."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.model import SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


@pytest.mark.parametrize(
    "text",
    [
        "A crowd set upon a Christian couple and burnt them in a brick kiln.",
        "Villagers set upon two men they suspected of stealing goats.",
        "An angry mob set upon the driver after the crash and beat him unconscious.",
        "Locals set upon a suspected child kidnapper near the bus stand.",
    ],
)
def test_a_crowd_that_sets_upon_people_is_a_mob(text: str) -> None:
    assert sub_types(text) == [S.MOB_VIOLENCE]


# ACLED: demonstrators or rioters who fight the police or troops make a violent demonstration; crowds who
# fight one another make mob violence.
@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the losing candidate clashed with police in Conakry after the results were announced.",
        "Students clashed with riot police outside the university gates.",
        "Villagers clashed with troops after a farmer was shot at a checkpoint.",
        "Mourners clashed with security forces during the funeral procession.",
    ],
)
def test_a_crowd_that_clashes_with_the_state_riots(text: str) -> None:
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the two clans clashed over a land dispute, leaving three dead.",
        "Supporters of the rival parties clashed in the market with sticks and stones.",
    ],
)
def test_crowds_that_clash_with_each_other_are_a_mob(text: str) -> None:
    assert sub_types(text) == [S.MOB_VIOLENCE]


def test_a_mob_that_wrecks_during_a_protest_is_the_protest_turned_violent() -> None:
    text = "A mob of students smashed windows and set a bus on fire during a protest against the fee rise."
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


def test_a_mob_that_attacks_a_rally_is_not_the_rally() -> None:
    assert sub_types("A mob attacked an opposition rally in the town square.") == [S.MOB_VIOLENCE]


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of opposition supporters were arrested when they gathered outside parliament to demand a new "
        "election.",
        "Some 40 farmers were detained as they assembled near the governor's house demanding compensation.",
    ],
)
def test_a_crowd_named_before_its_gathering_is_a_protest_the_state_broke_up(text: str) -> None:
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


def test_the_verb_after_a_crowds_demand_is_news_not_its_grievance() -> None:
    text = "Teachers who gathered outside the assembly to demand their salaries were baton-charged."
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


def test_an_intervention_the_crowd_protests_against_is_its_grievance() -> None:
    assert sub_types("Students protested against the baton-charge on their classmates.") == [
        S.PEACEFUL_PROTEST
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers said they were attacked by gunmen on motorcycles in Zamfara.",
        "Residents told reporters they had been attacked by armed men overnight.",
    ],
)
def test_a_crowd_that_tells_of_an_attack_on_it_is_no_mob(text: str) -> None:
    assert S.MOB_VIOLENCE not in sub_types(text)
    assert S.ATTACK in sub_types(text)
