"""Phrasings found missing by probe sets written blind (issue #3, session 21).

Four helpers who had not seen the rules wrote CASE-style snippets, GTD-style summaries, SATP-style Pakistan
paragraphs and whole articles with gold events. The sentences below were written for these tests after
reading their misses; none of them is a probe sentence or a reference-set row.
"""

from __future__ import annotations

import pytest
from event_readers import main_sub_types, mentions_of, sub_types

from waqia.extract.casualties import extract_casualties
from waqia.extract.rules import RulesExtractor
from waqia.model import Role, SubEventType

S = SubEventType


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gunfire told by what it hit or by how it was fired.
        (
            "Cadres of the outlawed front fired indiscriminately into a wedding party in Kokrajhar.",
            S.ATTACK,
        ),
        ("Two gunmen sprayed the prosecutor's jeep with bullets outside the court in Mosul.", S.ATTACK),
        ("Insurgents riddled a passenger van with machine-gun fire on the road to Gao.", S.ATTACK),
        ("A burst of automatic gunfire ripped through a crowded cafe in Narathiwat, wounding six.", S.ATTACK),
        # Summary killings of a family, told by the possessive.
        ("Gunmen stormed a farmhouse near Baqubah and executed his wife and two of his sons.", S.ATTACK),
        ("Three hooded men shot a shopkeeper in Derry, police said.", S.ATTACK),
        # Captives led off, seized at gunpoint, walked into the wild, or carried off with their office.
        (
            "Three surveyors were led away by armed rebels near Bunia on Sunday.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Two teachers were seized at gunpoint outside their school in Zamfara.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Bandits stopped a lorry near Tsafe and marched nine traders into the forest.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        ("Jihadists carried off the mayor of a commune near Djibo.", S.ABDUCTION_FORCED_DISAPPEARANCE),
        (
            "Pirates commandeered a fishing trawler off the coast of Puntland.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "A health worker was taken from her home at night by armed men in Kurram.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # Poison served on purpose where an armed side or men on duty are named.
        (
            "Poison was poured into the water supply of a girls' school in Takhar, officials said, "
            "blaming the Taliban.",
            S.ATTACK,
        ),
        ("Four soldiers died after drinking tea laced with pesticide at their post in Kunduz.", S.ATTACK),
        # Beatings with bars, and a vehicle steered into people on purpose.
        ("Masked men beat a shopkeeper with iron bars in Newry.", S.ATTACK),
        ("Two pedestrians were hurt when a van veered deliberately into them outside the base.", S.ATTACK),
        # People dispersed with the means of crowd control, and a blockade broken up.
        (
            "Riot police dispersed nurses gathered outside the ministry in Harare with tear gas.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Soldiers broke up a sit-in by traders at the Torkham crossing.", S.PROTEST_WITH_INTERVENTION),
        # Sabotage by hand, whose derailment is its outcome.
        (
            "Saboteurs loosened the clamps on a stretch of railway track near Jacobabad, derailing a freight "
            "train.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        (
            "Insurgents tore up a section of the highway near Ghazni to slow the army.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
    ],
)
def test_deeds_told_by_unusual_verbs_are_events(text: str, expected: SubEventType) -> None:
    assert expected in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        # A picket in South Asian copy is a post, not a strike's.
        "A constable at the picket returned fire and the attackers fled towards the fields.",
        "Additional pickets have been set up along the highway between Lakki and Bannu.",
        # A record of many deeds is no event.
        "The group, which has frequently attacked Hazara miners, is based across the border.",
        # A resolve to stop sabotage is no disrupted attack.
        "The army said it was determined to thwart attempts at sabotaging peace in the province.",
        # What a fire leaves is no artillery.
        "Twelve buses were reduced to charred shells after the rioters moved on.",
        # A state's sentence, a poisoning at home and a train that overturned are no political violence.
        "The authorities executed a man convicted of drug trafficking.",
        "She poisoned her husband's food after a quarrel, police said.",
        "A man shot dead his cousin and her husband in the name of honour near Ghotki, police said.",
        "A passenger train overturned near Sukkur, derailing six coaches.",
        # Bodies found riddled with bullets are told by the finding rule, not by the gunfire's.
        "A body riddled with bullets was found in a field.",
        # "led by" the forces is a command, not a capture.
        "Four militants were killed in an encounter led by the police near Sopore.",
    ],
)
def test_look_alikes_report_no_such_event(text: str) -> None:
    found = sub_types(text)
    assert S.PEACEFUL_PROTEST not in found
    assert S.DISRUPTED_WEAPONS_USE not in found
    assert S.SHELLING_ARTILLERY_MISSILE_ATTACK not in found
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in found
    assert S.ATTACK not in found


@pytest.mark.parametrize(
    "text",
    [
        "Workers staged a picket outside the textile ministry in Dhaka demanding unpaid wages.",
        "Striking nurses set up pickets at the hospital gates in Lagos.",
    ],
)
def test_pickets_a_crowd_holds_stay_protests(text: str) -> None:
    assert S.PEACEFUL_PROTEST in sub_types(text)


def test_a_habit_beside_todays_attack_keeps_the_attack(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen have repeatedly attacked polio teams in Bajaur. On Monday they shot dead a vaccinator in "
        "Khar, police said."
    )
    assert S.ATTACK in main_sub_types(extractor, text) or S.ARMED_CLASH in main_sub_types(extractor, text)


def test_an_anniversary_recalls_the_bombing_and_its_toll(extractor: RulesExtractor) -> None:
    text = (
        "Relatives gathered at the market in Parachinar on Friday to mark the fifth anniversary of the "
        "suicide bombing that killed 22 shoppers."
    )
    mentions = mentions_of(extractor, text)
    assert mentions
    assert all(mention.role is Role.BACKGROUND for mention in mentions)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # Where the victims came from, or were going, between them and the verb.
        ("Seven labourers from Sindh were killed when gunmen opened fire on their camp.", 7),
        ("Four pilgrims returning from Karbala were killed in the blast.", 4),
        ("Three worshippers leaving a mosque in Quetta, Pakistan, were killed by the bomb.", 3),
        # A dash aside.
        ("Six people - five soldiers and their driver - perished when the mine went off.", 6),
    ],
)
def test_victims_described_before_the_verb_are_counted(text: str, killed: int) -> None:
    assert extract_casualties(text).casualties.killed_min == killed


def test_a_blast_leaving_people_injured_is_no_victim_phrase() -> None:
    text = "A bomb went off inside another camp leaving many labourers injured."
    assert extract_casualties(text).casualties.injured_min != 1


@pytest.mark.parametrize(
    "text",
    [
        # The claimed killing whose manner a relative clause gives is the news.
        "Al-Shabaab claimed the killing of Abdi Warsame, a district commissioner, who was shot near the "
        "livestock market in Baidoa.",
        # A group telling its own deed in the tense of reported speech.
        "The BLA claimed it had executed a road contractor it accused of spying, near Hoshab.",
    ],
)
def test_a_group_telling_its_deed_reports_the_news(extractor: RulesExtractor, text: str) -> None:
    assert S.ATTACK in main_sub_types(extractor, text)


# Session 22: misses of a blind set of whole articles and of GTD-style summaries.
@pytest.mark.parametrize(
    ("text", "transfer"),
    [
        # Suspects taken "without resistance" hand over no ground.
        (
            "The suspects were taken into custody from a rented house on the outskirts of the town without "
            "resistance.",
            False,
        ),
        ("Three wanted men surrendered to the police without resistance on Monday.", False),
        # Ground entered or left with no fight changes hands without violence.
        ("The rebels entered the town of Menaka without firing a shot.", True),
        ("The garrison pulled out of the district centre without a fight.", True),
    ],
)
def test_without_resistance_is_a_transfer_only_of_ground(text: str, transfer: bool) -> None:
    assert (S.NON_VIOLENT_TRANSFER_OF_TERRITORY in sub_types(text)) is transfer


@pytest.mark.parametrize(
    ("text", "mob"),
    [
        ("A group of armed men attacked a police checkpost in the Tajori area on Wednesday night.", False),
        ("A band of masked men attacked the guards at the gate.", False),
        ("A group of men attacked a Christian family with sticks in Sheikhupura.", True),
        ("A gang of youths beat a rickshaw driver after a collision.", True),
    ],
)
def test_armed_men_are_no_mob(text: str, mob: bool) -> None:
    assert (S.MOB_VIOLENCE in sub_types(text)) is mob


def test_a_deed_a_day_before_a_non_event_is_the_news(extractor: RulesExtractor) -> None:
    # The sentence's own news is no event: the bomb a day before it is the news; last year's is recalled.
    text = (
        "Families held a memorial in Kabul on Tuesday for the victims of last year's bombing. The memorial "
        "came a day after a roadside bomb wounded two policemen in the west of the city."
    )
    main = [m for m in mentions_of(extractor, text) if m.role is Role.MAIN]
    assert [m.casualties.injured_min for m in main] == [2]


def test_an_attack_that_came_a_week_after_another_recalls_the_other(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen killed three policemen in Bannu on Tuesday. The attack came a week after a suicide bomber "
        "killed 12 soldiers in Lakki Marwat."
    )
    roles = {m.sub_event_type: m.role for m in mentions_of(extractor, text)}
    assert roles[S.SUICIDE_BOMB] is Role.BACKGROUND
