"""Deeds the rules missed or misread (issue #3): craft seized and made to go elsewhere, armed sides that
"engaged" or traded machine-gun fire, warplanes' sorties, a car bomb driven into a convoy, sabotage by hand,
poison and fists, a stabbing raid, the state's killing of civilians near a checkpoint, captives executed,
an advance stopped by fire, a mob's second sentence, a protest lodged by a government, and deeds told in a
clause of a recalled event or a private quarrel."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="deeds", text=text, published_at=datetime(2024, 6, 12, tzinfo=UTC))
    return list(extractor.extract(article))


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [m.sub_event_type for m in _mentions(extractor, text) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Civilians killed by the state near its own checkpoint were attacked, not in a battle.
        (
            "Security forces killed four civilians at a checkpoint in Turbat on Sunday, relatives said.",
            S.ATTACK,
        ),
        # Captives killed where the gunmen stopped them.
        (
            "Suspected Taliban gunmen stopped a minibus on the Ghazni highway, dragged off two passengers "
            "working for the government and executed them by the roadside, a witness said.",
            S.ATTACK,
        ),
        (
            "Kachin Independence Army fighters engaged junta troops near Hpakant for a second day.",
            S.ARMED_CLASH,
        ),
        (
            "M23 rebels and Congolese army soldiers traded mortar and machine-gun fire around Rutshuru on "
            "Tuesday morning, a civil society leader said.",
            S.ARMED_CLASH,
        ),
        (
            "Russian aircraft conducted at least eight sorties over the town of Ariha on Thursday.",
            S.AIR_DRONE_STRIKE,
        ),
        (
            "An explosives-laden car rammed into an army convoy on the Kabul-Jalalabad highway on Sunday, "
            "leaving seven soldiers dead, officials said.",
            S.SUICIDE_BOMB,
        ),
        (
            "Suspected separatists burned a magistrate's court and several vehicles in Imo state overnight, "
            "a police spokesman said, without reporting any casualties from the arson.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        # Craft seized and taken elsewhere, with the people on board.
        (
            "Militants boarded a state transport bus in Doda district and forced the driver at gunpoint to "
            "turn onto a mountain road toward a remote village.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Insurgents forced a passenger bus travelling on the Kabul-Kandahar highway to leave the road in "
            "Zabul province and drive to a nearby village.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Militants of the Movement for the Emancipation of the Niger Delta (MEND) seized an oil supply "
            "vessel in the creeks of Bayelsa state and sailed it to a militant camp.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "A man claiming to carry explosives took control of a domestic passenger jet after it left "
            "Arequipa and demanded to be flown to Bolivia.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Guerrillas occupied a meatpacking plant near Rosario, confining managers in an office and "
            "demanding wage increases.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # Sabotage by hand and by explosive.
        (
            "Rebels dynamited a section of the Cano Limon-Covenas oil pipeline in Arauca department, halting "
            "pumping for several days.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        (
            "Suspected Maoists removed fish plates and bolts from a stretch of railway track near Ghatshila, "
            "causing a goods train to derail.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        (
            "Incendiary devices hidden in two department stores in the city centre ignited after closing "
            "time, causing extensive fire damage.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        # Harm without a gun or a bomb.
        (
            "Forty pupils fell ill after drinking water from the school tank, which officials said had been "
            "contaminated with a toxic substance; they blamed opponents of girls' education.",
            S.ATTACK,
        ),
        (
            "About ten men shouting slogans attacked three asylum seekers with fists and boots outside a "
            "shelter in Saxony.",
            S.ATTACK,
        ),
        (
            "A group of men carrying knives and sticks attacked Hindu families in a village in Brahmanbaria "
            "district, stabbing four people and vandalising several homes.",
            S.ATTACK,
        ),
        (
            "Members of the Imbonerakure, the ruling party's youth league, beat four supporters of an "
            "opposition party with sticks at a market in Muramvya province.",
            S.ATTACK,
        ),
        # An advance stopped by fire, with men killed, was fought.
        (
            "Troops foiled an attempt by a group of militants to cross into Pakistan near the Ghulam Khan "
            "crossing on Sunday, killing three of them, the military said.",
            S.ARMED_CLASH,
        ),
        # A mob's violence told in its second sentence is still a mob's.
        (
            "Supporters of two rival candidates fought with sticks and bricks after village council results "
            "were announced in Murshidabad, leaving one man dead. Several houses were ransacked.",
            S.MOB_VIOLENCE,
        ),
        (
            "Riot police used water laced with an irritant to push back pro-democracy protesters marching "
            "toward the palace. Organisers said the marchers were unarmed.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Hundreds staged a strong protest outside the press club on Monday.", S.PEACEFUL_PROTEST),
        # A crowd's protest "registered" is still a protest; only a government's ("its") is lodged.
        (
            "Hundreds of traders registered their protest outside the press club on Monday.",
            S.PEACEFUL_PROTEST,
        ),
    ],
)
def test_deeds_the_rules_now_read(extractor: RulesExtractor, text: str, expected: SubEventType) -> None:
    assert _main_sub_types(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Artillery alone traded across a line stays shelling.
        (
            "The two armies traded artillery fire across the border on Monday.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        # A meal poisoned at a checkpoint is read by the rule for men on duty, as before.
        (
            "Five policemen died after eating a meal laced with poison at their checkpoint in Marjah "
            "district. The Taliban claimed responsibility.",
            S.ARMED_CLASH,
        ),
        # A device found before it went off stays a disrupted weapons use.
        ("Police foiled an attempt to smuggle explosives into the city on Monday.", S.DISRUPTED_WEAPONS_USE),
    ],
)
def test_neighbouring_readings_unchanged(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main_sub_types(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A government's protest lodged with an envoy.
        "The foreign ministry said it would summon Pakistan's charge d'affaires in Kabul to lodge a protest.",
        "Pakistan registered its protest with the Afghan charge d'affaires on Tuesday.",
        "Islamabad handed a protest note to the Indian envoy on Tuesday.",
        # A pilot taking over from a colleague.
        "The co-pilot took control of the aircraft after the captain fell ill, the airline said.",
        # Pollution, not poison put on purpose.
        "The river was contaminated with toxic chemicals from a tannery, residents said.",
        # A private quarrel.
        "A man shot dead his cousin over a dispute about water distribution in the fields at Kulachi.",
    ],
)
def test_no_event(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == []


def test_a_toll_in_a_clause_of_a_recalled_blast_is_that_blast_s(extractor: RulesExtractor) -> None:
    text = (
        "Residents of Mingora observed the fifth anniversary of a bomb blast at a cinema in the city on "
        "May 7, in which 14 people had been killed. Prayers were offered for the victims."
    )
    mentions = _mentions(extractor, text)
    assert [m.role for m in mentions] == [Role.BACKGROUND]
    assert mentions[0].sub_event_type is S.REMOTE_EXPLOSIVE_LANDMINE_IED
