"""Event lexicon: scenes of another event, described victims, place histories, killings by other means."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, choose_sub_type, detect_events, read_sentence
from waqia.model import Role, SubEventType

S = SubEventType


def sub_type_of(text: str) -> SubEventType | None:
    trigger = choose_sub_type(read_sentence(Sentence(start=0, end=len(text), text=text)).triggers)
    return trigger.sub_event_type if trigger else None


def events_of(text: str) -> list[tuple[SubEventType, Role]]:
    sentence = Sentence(start=0, end=len(text), text=text)
    return [(event.sub_event_type, event.role) for event in detect_events([sentence])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The gathering is where the weapon struck, not a protest of its own.
        ("A grenade was lobbed at a jirga in Kurram, wounding four elders.", [(S.GRENADE, Role.MAIN)]),
        (
            "The TTP claimed the blast near the sit-in in Bannu.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN)],
        ),
        # A victim described by an earlier abduction: the killing is the news.
        ("Militants shot dead an abducted engineer in Tank.", [(S.ATTACK, Role.MAIN)]),
        # "abducted two youths" is the verb itself, even after a date.
        (
            "Maoists on March 3 abducted two youths in Sukma and the abducted persons were beaten.",
            [(S.ABDUCTION_FORCED_DISAPPEARANCE, Role.MAIN)],
        ),
        # A district's past, with no day given.
        (
            "Tirah has seen fierce clashes between the army and militants over the years.",
            [(S.ARMED_CLASH, Role.BACKGROUND)],
        ),
    ],
)
def test_scene_words_described_victims_and_place_histories(
    text: str, expected: list[tuple[SubEventType, Role]]
) -> None:
    assert events_of(text) == expected


def test_a_place_that_saw_fighting_today_is_news() -> None:
    assert (
        events_of("Sangin saw heavy fighting on Tuesday as the Taliban stormed the district centre.")[0][1]
        is Role.MAIN
    )


def test_land_littered_with_ordnance_is_no_disrupted_weapon() -> None:
    assert sub_type_of("The fields around the village are littered with unexploded ordnance.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two shells landed in a school compound in Keran, wounding a pupil.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        ("Gunmen stabbed a shopkeeper to death in Landi Kotal.", S.ATTACK),
        ("Militants hanged a government informer in Datta Khel.", S.ATTACK),
        ("Three villagers were executed last week by Taliban fighters in Zabul.", S.ATTACK),
        ("Insurgents buried two captured policemen alive in Ghazni.", S.ATTACK),
        ("Unknown men set the boys' high school on fire in Darra Adam Khel.", S.LOOTING_PROPERTY_DESTRUCTION),
        (
            "Three motorcycles and a rickshaw were torched outside the court in Mardan.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
    ],
)
def test_killings_and_arson_by_other_means(text: str, expected: SubEventType) -> None:
    assert sub_type_of(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "She collected sea shells that fell from the basket.",
        "The market hit a new high as shares landed in investors' hands.",
    ],
)
def test_shells_and_landings_outside_war_report_nothing(text: str) -> None:
    assert sub_type_of(text) is None
