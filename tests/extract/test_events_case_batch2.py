"""Sub-types of phrasings met in world news copy (CASE style): headlines, nominalisations, named groups."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, could_report_event, detect_events
from waqia.model import SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


# ACLED: militants attacking soldiers or police fight an armed side (Armed clash), whoever names them.
ARMED_CLASHES = [
    ("Boko Haram killed 14 soldiers near Damasak on Tuesday.", S.ARMED_CLASH),
    ("Al-Shabaab attacked a Kenyan army patrol near Lamu.", S.ARMED_CLASH),
    ("Government troops fought a unit of Kachin rebels for two days near Laiza.", S.ARMED_CLASH),
    (
        "The Sahel branch of the group claimed an attack on an army post that killed six conscripts.",
        S.ARMED_CLASH,
    ),
    ("Insurgents raided a naval base on the lake, which left four sailors dead.", S.ARMED_CLASH),
]


# ACLED: an organised armed group killing civilians is an attack, told by a verb, a noun or a "by" agent.
ATTACKS = [
    ("Al-Shabaab killed three traders at a market in Beledweyne.", S.ATTACK),
    ("Bandits killed a village head and his wife in Sokoto.", S.ATTACK),
    (
        "The killing of seven fishermen by suspected jihadists near Lake Chad was condemned by the governor.",
        S.ATTACK,
    ),
    ("The murder of a chief by armed bandits in Kebbi has angered residents.", S.ATTACK),
    ("Gunmen attacked a camp for displaced people in Djibo, killing 20.", S.ATTACK),
    ("Militia fighters stormed an IDP camp near Bunia and killed 12 people.", S.ATTACK),
    # Civilians named as the victims, though an armed side is named nearby.
    ("Gunmen shot dead two herders near an army camp in Djibo.", S.ATTACK),
    ("Unknown men killed a trader in front of the police station in Menaka.", S.ATTACK),
    ("Suspected insurgents killed the wife and sons of a soldier in Damboa.", S.ATTACK),
]


NOT_EVENTS = [
    # An acronym of a spy agency is no armed group: "the ISIs role in the attack".
    "Officials again denied the ISIs role in the old attack on the hotel.",
    "Corruption is a scourge that must be fought and terrorist financing cut off, the minister said.",
    "He fought alongside the rebels in the 1990s before he went into politics.",
    # Riots named as the offence of a case, and boycotts announced, not held.
    "The magistrate issued warrants for nine men in a case of rioting.",
    "The union announced a boycott of lectures until the lecturer is released.",
    # Nouns and threats, not headline verbs.
    "The minister condemned the terrorist attacks of the past decade in a speech.",
    "Insurgents threatened to kill anyone who voted.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event_in_talk_law_or_announcements(text: str) -> None:
    assert sub_types(text) == []


def test_rioting_as_a_charge_leaves_the_arrest() -> None:
    assert sub_types("Twelve youths were detained on charges of rioting in Kisumu.") == [S.ARRESTS]


PEACEFUL = [
    ("Thousands take to streets in Lima over pension cuts", S.PEACEFUL_PROTEST),
    ("Nurses at the county hospital continued their strike for a ninth day.", S.PEACEFUL_PROTEST),
    ("A sit-down strike by bus drivers paralysed transport in the city.", S.PEACEFUL_PROTEST),
    ("Residents banged pots and pans from their balconies against the curfew.", S.PEACEFUL_PROTEST),
    (
        "Indigenous communities staged a road blockade on the highway to press for land titles.",
        S.PEACEFUL_PROTEST,
    ),
    ("Mothers of the missing held a memorial march through the old town.", S.PEACEFUL_PROTEST),
    # The tear gas of an earlier day does not make today's march an intervention.
    ("A day after police fired tear gas at the rally, thousands marched again.", S.PEACEFUL_PROTEST),
]


INTERVENTIONS = [
    (
        "Riot police lobbed tear gas canisters at the marchers and scattered them.",
        S.PROTEST_WITH_INTERVENTION,
    ),
    ("Police detained 30 people at an unauthorised rally in the capital.", S.PROTEST_WITH_INTERVENTION),
    # No comma after the time clause: the state's act after a noun phrase is today's.
    (
        "Two days after Okello's arrest police fired tear gas at the crowd outside the court.",
        S.PROTEST_WITH_INTERVENTION,
    ),
]


EXCESSIVE_FORCE = [
    (
        "A student was left paralysed after police beat unarmed protesters with clubs.",
        S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    ),
    (
        "Soldiers shot dead three women taking part in a march against the curfew.",
        S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    ),
    (
        "The crackdown on the opposition march left 12 dead, rights groups said.",
        S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
    ),
]


VIOLENT_DEMONSTRATIONS = [
    ("Protesters threw back the tear gas canisters at the riot police.", S.VIOLENT_DEMONSTRATION),
    (
        "Students protesting the sacking of the vice-chancellor forced their way into the senate building.",
        S.VIOLENT_DEMONSTRATION,
    ),
    ("Youths protesting the death of a young trader attacked the police post.", S.VIOLENT_DEMONSTRATION),
    ("Demonstrators against the fuel price rise set two buses alight.", S.VIOLENT_DEMONSTRATION),
]


def test_demonstrators_killed_in_a_raid_are_not_rioters() -> None:
    text = "Hundreds rallied on Sunday to mourn protesters killed last month in a raid on their camp."
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


MOB_VIOLENCE = [
    (
        "Members of two rival clans fought with clubs and knives at the water point, wounding nine.",
        S.MOB_VIOLENCE,
    ),
]


def test_victims_named_before_and_are_no_mob() -> None:
    text = "Militants shot three villagers and burned their bodies in the forest."
    assert sub_types(text) == [S.ATTACK]


DISRUPTED = [
    ("A sniffer dog detected explosives in a suitcase at the bus terminal.", S.DISRUPTED_WEAPONS_USE),
    ("The navy interdicted a fishing boat smuggling rifles and ammunition.", S.DISRUPTED_WEAPONS_USE),
    ("Air defences destroyed two ballistic missiles over the port city.", S.DISRUPTED_WEAPONS_USE),
    ("Police arrested a young man with a pistol before he could attack the church.", S.DISRUPTED_WEAPONS_USE),
    ("The suicide belt was disabled by army engineers.", S.DISRUPTED_WEAPONS_USE),
]


TERRITORY = [
    ("Armed gangs seize control of Cabaret after days of fighting", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    (
        "Arakan Army fighters seized a navy outpost near Sittwe after heavy fighting.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    ("The Arakan Army captured the town of Kyauktaw.", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ("The army recaptured the town of Kyauktaw from the rebels.", S.GOVERNMENT_REGAINS_TERRITORY),
    (
        "Government forces entered the town unopposed after the militia left.",
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    ),
    (
        "Soldiers abandoned their camp near the border ahead of a feared offensive, and rebels moved in "
        "unchallenged.",
        S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
    ),
]


OTHERS = [
    ("The junta's intelligence service picked up a union leader at his home.", S.ARRESTS),
    ("The rebels and the government signed a declaration of principles in Nairobi.", S.AGREEMENT),
    ("The two armed groups signed a protocol on the exchange of prisoners.", S.AGREEMENT),
    ("ISWAP has built a new command centre on an island in Lake Chad.", S.HEADQUARTERS_OR_BASE_ESTABLISHED),
    ("Bandits rustled 200 cows from herders in Zamfara.", S.LOOTING_PROPERTY_DESTRUCTION),
]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels marched in unopposed.",
        "ISWAP has built a new command centre.",
        "They signed a declaration of principles.",
        "Bandits rustled 200 cows.",
        "Residents banged pots and pans.",
        "Traders observed a shutdown.",
    ],
)
def test_prefilter_passes_the_new_phrasings(text: str) -> None:
    assert could_report_event(text)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers banged pots and pans to drive the bear back into the forest.",
        "Israel launched a strike on a house in Rafah, killing 12 people.",
    ],
)
def test_pots_against_a_bear_and_a_military_strike_are_no_protest(text: str) -> None:
    assert S.PEACEFUL_PROTEST not in sub_types(text)


# Headlines tell events in the present tense, without articles.
HEADLINES = [
    ("Militants storm police post in Diffa, kill 3 officers", S.ARMED_CLASH),
    ("Bandits kill 12 traders on highway in Katsina", S.ATTACK),
    ("Jihadists behead 4 farmers near Palma", S.ATTACK),
    ("Teachers strike over unpaid allowances in Kano", S.PEACEFUL_PROTEST),
    ("Police foil car bomb plot in Kirkuk", S.DISRUPTED_WEAPONS_USE),
    ("Rights group accuses troops of raping women in Ituri", S.SEXUAL_VIOLENCE),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ARMED_CLASHES
    + ATTACKS
    + PEACEFUL
    + INTERVENTIONS
    + EXCESSIVE_FORCE
    + VIOLENT_DEMONSTRATIONS
    + MOB_VIOLENCE
    + DISRUPTED
    + TERRITORY
    + OTHERS
    + HEADLINES,
)
def test_the_sub_type_of_each_phrasing(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]
