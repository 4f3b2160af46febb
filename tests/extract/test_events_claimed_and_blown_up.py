"""Event lexicon: killings known only from a claim of responsibility, and things blown up or dynamited."""

from __future__ import annotations

import pytest

from waqia.extract.events import PREFILTER, Sentence, choose_sub_type, read_sentence
from waqia.model import SubEventType

S = SubEventType
_EXPLOSIVE = {S.REMOTE_EXPLOSIVE_LANDMINE_IED}
_KILLING = {S.ATTACK, S.ARMED_CLASH}


def sub_type_of(text: str) -> SubEventType | None:
    trigger = choose_sub_type(read_sentence(Sentence(start=0, end=len(text), text=text)).triggers)
    return trigger.sub_event_type if trigger else None


@pytest.mark.parametrize(
    "text",
    [
        "The group's spokesman took responsibility for killing a shopkeeper in Chaman.",
        "A little-known outfit claimed credit for killing the headmaster of a village school.",
        "Hizb-ul-Ahrar claimed responsibility for the murder of a schoolteacher in Swabi.",
        "In a statement, the banned outfit owned the killing of two labourers near Gwadar.",
        "The BLF accepted responsibility for the attack on a survey team in Awaran.",
    ],
)
def test_a_claimed_killing_or_attack_is_an_event(text: str) -> None:
    assert sub_type_of(text) in _KILLING


@pytest.mark.parametrize(
    "text",
    [
        "The minister launched a blistering attack on the opposition in parliament.",
        "Detectives are still investigating the murder of a jeweller during a robbery.",
        "The captain took responsibility for the defeat and the team's poor fielding.",
        "The premier took credit for the recovery and attacked the opposition's record on jobs.",
        "Security was the council's own responsibility, she said, adding that she was attacked online.",
    ],
)
def test_words_of_killing_and_attack_without_violence_report_nothing(text: str) -> None:
    assert sub_type_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Unknown men blew up a boys' primary school in Datta Khel before dawn.",
        "Saboteurs blew up two electricity pylons on the outskirts of Sibi.",
        "The rail track near Bolan was blown up overnight, suspending train services.",
        "The suspension bridge had been dynamited by the retreating fighters.",
        "Insurgents dynamited a gas well in Sui.",
        "Militants were blowing up culverts along the main supply road.",
        "Attackers blew up a section of the railway track near Jacobabad.",
        "Insurgents blew up a 20-foot stretch of the main gas pipeline in Dera Bugti.",
    ],
)
def test_things_blown_up_or_dynamited_are_explosions(text: str) -> None:
    assert PREFILTER.search(text)
    assert sub_type_of(text) in _EXPLOSIVE


@pytest.mark.parametrize(
    "text",
    [
        "The argument blew up into a row between the two coaches.",
        "Her photograph was blown up to poster size for the exhibition.",
        "A row blew up over the closure of schools in the district.",
        "Road crews dynamited the hillside to widen the highway.",
        "Fishermen were fined for dynamiting fish in the lake.",
    ],
)
def test_blow_up_without_a_target_reports_nothing(text: str) -> None:
    assert sub_type_of(text) is None
