"""Who holds people and with what they fight (issue #3): an armed group that "detains" or "rounds up" people
abducts them, the state arrests; a craft seized with its crew and a vehicle driven off with its driver are
abductions; the weapons attackers carried do not name how they attacked; a unit of the forces ambushed is
one side of a clash; "anti-riot" names the police, not a riot; and a few ways of harm without a gun."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    article = Article(article_id="captors", text=text, published_at=datetime(2016, 4, 20, tzinfo=UTC))
    return [m.sub_event_type for m in extractor.extract(article) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "Naxalite cadres detained four road contractors near Dornapal in Sukma district on Sunday and "
        "questioned them at a jan adalat.",
        "Rebels detained 30 men at a market in Beni territory on Tuesday and led them towards the forest.",
        "Pirates boarded and seized a fishing trawler off the coast of Puntland, detaining its 11 crew "
        "members.",
        "Armed men stopped a fuel tanker near Landi Kotal on Monday and drove off with the vehicle and its "
        "driver.",
    ],
)
def test_people_an_armed_group_holds_are_abducted(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


@pytest.mark.parametrize(
    "text",
    [
        # The state's forces hold them, whoever else the sentence names.
        "Police detained four suspected Maoists near Dornapal in Sukma district on Sunday.",
        # Militants as those held, in the passive.
        "Three militants of the banned outfit were on Monday arrested from a hideout in Quetta.",
        "Two rebels were killed and three others arrested in a raid on a camp in Beni territory.",
    ],
)
def test_people_the_state_holds_are_arrested(extractor: RulesExtractor, text: str) -> None:
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in _main_sub_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen rounded up villagers in a hamlet of Ituri province on Friday and executed nine farmers "
        "they accused of helping the army.",
        # Rounded up to be harangued, and one of them killed in the next sentence.
        "Armed cadres came to a village in West Garo Hills on Sunday and rounded up the villagers. They "
        "then dragged a teacher out of the crowd and hacked him to death.",
    ],
)
def test_people_rounded_up_and_killed_on_the_spot_were_attacked(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents armed with rocket-propelled grenades stormed a border post in Kunar province on "
        "Wednesday night; the guards fought back for two hours.",
        "Gunmen armed with assault rifles and grenades attacked a police station in Dera Ismail Khan on "
        "Friday, and policemen returned fire.",
        # The weapons listed with guns after the assault.
        "Resistance fighters attacked an army checkpoint in Panjshir on Monday with rocket-propelled "
        "grenades and heavy machine guns.",
    ],
)
def test_weapons_the_attackers_carried_do_not_make_a_blast(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


def test_a_grenade_attack_stays_one(extractor: RulesExtractor) -> None:
    # Thrown, not carried.
    text = "Militants lobbed a hand grenade at a police station in Dera Ismail Khan on Friday."
    assert _main_sub_types(extractor, text) == [S.GRENADE]


@pytest.mark.parametrize(
    "text",
    [
        "A police convoy was ambushed near Sibi on Thursday.",
        "An army supply convoy was attacked on the road to Kidal on Tuesday.",
    ],
)
def test_a_unit_of_the_forces_ambushed_is_one_side_of_a_clash(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


def test_a_lone_policeman_shot_is_still_attacked(extractor: RulesExtractor) -> None:
    assert _main_sub_types(extractor, "A traffic policeman was shot dead in Quetta on Monday.") == [S.ATTACK]


def test_anti_riot_police_do_not_make_a_riot(extractor: RulesExtractor) -> None:
    text = (
        "Anti-riot officers fired tear gas at nurses marching peacefully to the health ministry in Harare on "
        "Monday, breaking up the march."
    )
    assert _main_sub_types(extractor, text) == [S.PROTEST_WITH_INTERVENTION]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers burned more than 40 houses in a village in Sagaing Region that its people had fled.",
        "Suspected Maoists cut down three mobile phone towers in Latehar district overnight.",
        "Firebombs planted by the group caused fires in two department stores in Belfast overnight.",
    ],
)
def test_property_wrecked_or_burnt(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.LOOTING_PROPERTY_DESTRUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Two men on a motorcycle sprayed a corrosive liquid on a woman teacher in Quetta on Sunday.",
        "Fifty schoolgirls were taken to hospital in Sar-e Pul after the water tank of their school was "
        "poisoned.",
    ],
)
def test_harm_without_a_gun_or_a_bomb(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ATTACK]


def test_a_hostage_held_at_the_scene_is_taken(extractor: RulesExtractor) -> None:
    text = "A gunman barricaded himself inside a shop in Lahore, with six employees, demanding money."
    assert _main_sub_types(extractor, text) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


def test_members_of_a_group_killed_by_the_forces_fought_them(extractor: RulesExtractor) -> None:
    text = (
        "Security forces killed five members of the Daesh group in a raid on a compound in Achin district "
        "of Nangarhar on Monday."
    )
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


def test_members_of_a_family_are_no_armed_side(extractor: RulesExtractor) -> None:
    text = "Gunmen killed four members of a family in Achin district of Nangarhar on Monday."
    assert _main_sub_types(extractor, text) == [S.ATTACK]
