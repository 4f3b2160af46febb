"""Event detection rules: sub-type per sentence, non-events, negation, roles and grouping (no spaCy)."""

from __future__ import annotations

import re

import pytest

from waqia.extract.events import (
    VIOLENT_EVENT_TYPES,
    Sentence,
    choose_sub_type,
    could_report_event,
    detect_events,
    is_seized_weapon,
    read_sentence,
)
from waqia.model import Role, SubEventType

S = SubEventType


def split(text: str) -> list[Sentence]:
    """Sentences at ". " boundaries; enough for hand-written fixture text."""
    return [
        Sentence(start=match.start(), end=match.end(), text=match.group(0))
        for match in re.finditer(r"[^.!?\s][^.!?]*[.!?]?", text)
    ]


def summary(text: str) -> list[tuple[SubEventType, Role]]:
    return [(event.sub_event_type, event.role) for event in detect_events(split(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber blew himself up outside a mosque in Kohat, killing nine worshippers.",
            S.SUICIDE_BOMB,
        ),
        ("The attacker detonated his explosive vest at the gate of the court.", S.SUICIDE_BOMB),
        (
            "Two soldiers died when a roadside bomb hit their patrol near Wana.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        (
            "A remote-controlled bomb planted on a motorcycle went off in the bazaar.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        (
            "An explosion ripped through a crowded market in Parachinar, wounding 20.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        ("A landmine killed three shepherds in the Marri hills.", S.REMOTE_EXPLOSIVE_LANDMINE_IED),
        ("Unknown men hurled a hand grenade at a shop in Turbat, injuring its owner.", S.GRENADE),
        (
            "A US drone strike killed four suspected militants in a compound near Miranshah.",
            S.AIR_DRONE_STRIKE,
        ),
        ("Fighter jets pounded militant hideouts in the Tirah valley overnight.", S.AIR_DRONE_STRIKE),
        (
            "Mortar shells fired from across the border landed in a village, killing a woman.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        (
            "Indian troops resorted to unprovoked firing and shelling along the Line of Control, killing a "
            "boy.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        ("Militants attacked a police checkpost in Lakki Marwat late on Sunday.", S.ARMED_CLASH),
        ("Three soldiers and four militants were killed in an exchange of fire in Kurram.", S.ARMED_CLASH),
        (
            "Security forces killed six terrorists in an intelligence-based operation in Khyber.",
            S.ARMED_CLASH,
        ),
        ("Gunmen opened fire on a police van, killing two constables.", S.ARMED_CLASH),
        ("Unidentified gunmen shot dead a shopkeeper outside his home, police said.", S.ATTACK),
        ("Motorcycle-borne assailants gunned down a tribal elder in Bajaur.", S.ATTACK),
        (
            "Militants kidnapped two engineers working on a road project in Kech.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "His family said the student was picked up by security agencies and went missing.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        ("Hundreds of farmers staged a peaceful sit-in outside the press club.", S.PEACEFUL_PROTEST),
        (
            "Police baton-charged and fired tear gas at teachers protesting outside the assembly.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        ("Police opened fire on the protesters, killing two of them.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("The protest turned violent when demonstrators torched two buses.", S.VIOLENT_DEMONSTRATION),
        ("An enraged mob lynched a man accused of blasphemy in the village.", S.MOB_VIOLENCE),
        ("The government and the militant group agreed to an indefinite ceasefire.", S.AGREEMENT),
        ("The Counter Terrorism Department arrested three suspects in Karachi.", S.ARRESTS),
        ("The bomb disposal squad defused a bomb planted under a bridge.", S.DISRUPTED_WEAPONS_USE),
        ("Police foiled a terror bid and recovered two suicide vests from a house.", S.DISRUPTED_WEAPONS_USE),
        (
            "The interior ministry banned the militant outfit and froze its accounts.",
            S.CHANGE_TO_GROUP_ACTIVITY,
        ),
        (
            "Taliban fighters captured the district headquarters after heavy fighting.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Government forces regained control of the town after a week of fighting.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_sentence_reports_sub_type(text: str, expected: SubEventType) -> None:
    events = detect_events(split(text))
    assert [event.sub_event_type for event in events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Flash floods swept away houses in Swat and 14 people went missing.",
        "A strong earthquake jolted Quetta, killing three people as walls collapsed.",
        "Five passengers were killed when a bus collided with a truck on the motorway.",
        "A gas cylinder blast in a restaurant injured six people.",
        "The fast bowler's attack ripped through the batting order as Pakistan won the match.",
        "The striker shot from 20 yards and scored the winning goal.",
        "The opposition leader attacked the government's budget in a fiery speech.",
        "The court acquitted the former minister in the corruption case.",
        "The minister said the new tax was a bombshell for traders.",
        "He died of a heart attack at his home in Lahore.",
        "Guests danced at the wedding as fireworks lit up the sky.",
        "Robbers shot dead a jeweller during a robbery in the city.",
    ],
)
def test_non_events_produce_nothing(text: str) -> None:
    assert detect_events(split(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The TTP threatened to attack polling stations across the province.",
        "Officials warned of possible attacks on religious processions.",
        "Schools could be targeted by militants, the report said.",
        "The group plans to kidnap foreign engineers, intelligence agencies said.",
        "There was no blast in the city, the police chief said.",
    ],
)
def test_negated_or_hypothetical_triggers_report_nothing(text: str) -> None:
    assert detect_events(split(text)) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The bomb disposal squad defused a ten-kilogram bomb planted near the school gate.",
        "Security forces thwarted a suicide attack and seized an explosive-laden vehicle.",
    ],
)
def test_foiled_bombs_are_disrupted_weapons_use(text: str) -> None:
    assert summary(text) == [(S.DISRUPTED_WEAPONS_USE, Role.MAIN)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A blast killed five people in a market in Quetta on Monday. The explosion also damaged shops. "
            "Police said the bomb was planted on a motorcycle.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN)],
        ),
        (
            "An explosion killed six policemen in Bannu. Officials later said the blast was a suicide "
            "attack.",
            [(S.SUICIDE_BOMB, Role.MAIN)],
        ),
        (
            "A roadside bomb killed two soldiers in Kurram on Tuesday. In a separate incident, three "
            "militants were killed in a clash with security forces in Tank.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN), (S.ARMED_CLASH, Role.MAIN)],
        ),
        (
            "Gunmen shot dead a teacher in Turbat on Friday. Last year, a similar attack in the town killed "
            "two doctors.",
            [(S.ATTACK, Role.MAIN), (S.ATTACK, Role.BACKGROUND)],
        ),
        (
            "Traders staged a protest in Peshawar on Sunday. Police later used tear gas to disperse the "
            "protesters.",
            [(S.PROTEST_WITH_INTERVENTION, Role.MAIN)],
        ),
        (
            "A suicide bomber struck a rally in Bajaur, killing 40. Police arrested two suspects later.",
            [(S.SUICIDE_BOMB, Role.MAIN)],
        ),
        (
            "Police arrested three militants involved in last month's attack on a checkpost.",
            [(S.ARRESTS, Role.MAIN)],
        ),
        (
            "A blast hit a market in Peshawar. This was the third attack on the market since January.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN)],
        ),
    ],
)
def test_sentences_group_into_events(text: str, expected: list[tuple[SubEventType, Role]]) -> None:
    assert summary(text) == expected


def test_toll_sentence_without_trigger_joins_the_adjacent_event() -> None:
    text = "A bomb went off near a police van in Quetta. Four people died and 11 were injured."
    (event,) = detect_events(split(text))
    assert [sentence.text for sentence in event.sentences] == [
        "A bomb went off near a police van in Quetta.",
        "Four people died and 11 were injured.",
    ]


def test_sentence_naming_another_place_opens_a_new_event() -> None:
    sentences = [
        Sentence(start=0, end=48, text="A roadside bomb killed two soldiers in Kurram.", places=("Kurram",)),
        Sentence(
            start=49, end=100, text="A grenade attack wounded four people in Turbat.", places=("Turbat",)
        ),
    ]
    assert [event.sub_event_type for event in detect_events(sentences)] == [
        S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        S.GRENADE,
    ]


def test_trigger_offsets_index_the_article() -> None:
    text = "Police said. A grenade exploded in the bazaar."
    sentence = split(text)[1]
    triggers = read_sentence(sentence).triggers
    assert [trigger.text for trigger in triggers] == ["grenade", "exploded"]
    assert all(text[trigger.start : trigger.end] == trigger.text for trigger in triggers)


def test_specific_trigger_beats_generic_one() -> None:
    reading = read_sentence(
        split("The attack was carried out with an improvised explosive device and killed two.")[0]
    )
    chosen = choose_sub_type(reading.triggers)
    assert chosen is not None
    assert chosen.sub_event_type is S.REMOTE_EXPLOSIVE_LANDMINE_IED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget was presented in the National Assembly on Friday.", False),
        ("The cabinet approved a new education policy.", False),
        ("Two policemen were injured in a blast.", True),
        ("Students held a rally for climate action.", True),
    ],
)
def test_prefilter(text: str, expected: bool) -> None:
    assert could_report_event(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Government troops and rebels traded heavy gunfire near the river crossing.", S.ARMED_CLASH),
        ("Fierce battles raged between the army and separatist fighters in the hills.", S.ARMED_CLASH),
        ("The garrison repelled a night assault on its perimeter by insurgents.", S.ARMED_CLASH),
        ("Troops opened fire on militants crossing the border fence at night.", S.ARMED_CLASH),
        ("A suicide bomber attacked the gate of the cantonment, killing four guards.", S.SUICIDE_BOMB),
        ("An attacker wearing an explosives belt blew the gate of the depot apart.", S.SUICIDE_BOMB),
        (
            "Assailants detonated explosives and stormed the guest house, killing six.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        ("Two herders died when their cart hit a mine on the track.", S.REMOTE_EXPLOSIVE_LANDMINE_IED),
        (
            "Militants fired rockets at the airfield, wounding two mechanics.",
            S.SHELLING_ARTILLERY_MISSILE_ATTACK,
        ),
        ("Bandits raided the hamlet at dawn and killed eleven farmers.", S.ATTACK),
        ("A man wounded three commuters in a knife attack at the bus stand.", S.ATTACK),
        ("Pirates seized the crew of a fishing trawler off the coast.", S.ABDUCTION_FORCED_DISAPPEARANCE),
        (
            "The rebels took control of Dargai after a night of fighting.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        ("Insurgents have taken over three villages in the valley.", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        (
            "Army troops, backed by local levies, recaptured the ridge from the militants.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        ("The town was retaken by government forces on Monday.", S.GOVERNMENT_REGAINS_TERRITORY),
        (
            "The rebels entered the town without a fight after the garrison left.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        (
            "The army handed the border post over to the paramilitary force.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        ("The militia set up a new training camp near the border.", S.HEADQUARTERS_OR_BASE_ESTABLISHED),
        ("The army deployed two more battalions to the district.", S.CHANGE_TO_GROUP_ACTIVITY),
        ("The breakaway faction pledged allegiance to the Islamic State.", S.CHANGE_TO_GROUP_ACTIVITY),
        ("The warring sides agreed to a humanitarian pause for the evacuation.", S.AGREEMENT),
        (
            "Bomb disposal staff carried out a controlled explosion of a suspicious bag.",
            S.DISRUPTED_WEAPONS_USE,
        ),
        ("Air defences shot down two drones over the airbase.", S.DISRUPTED_WEAPONS_USE),
        ("Nurses went on strike outside the hospital to demand unpaid salaries.", S.PEACEFUL_PROTEST),
        (
            "Riot police broke up the march with batons and detained its organisers.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Protesters hurled stones at the police and blocked the highway with burning tyres.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("An angry crowd stoned a man to death over a rumour.", S.MOB_VIOLENCE),
        ("A group of men beat a shopkeeper with sticks outside his shop.", S.MOB_VIOLENCE),
        ("Supporters of rival parties clashed outside the polling station, injuring nine.", S.MOB_VIOLENCE),
        (
            "Unknown persons vandalised the office of the ruling party overnight.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Militants damaged the railway track near the station.", S.LOOTING_PROPERTY_DESTRUCTION),
    ],
)
def test_sentence_reports_sub_type_in_varied_phrasing(text: str, expected: SubEventType) -> None:
    assert [event.sub_event_type for event in detect_events(split(text))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Police recovered rifles, 40 rounds, two magazines and a hand grenade from the hideout.",
        "The suspects were arrested along with explosives and detonators.",
        "The raiding team seized a drone and an inflatable boat from the camp.",
        "Two unexploded mortar shells found in a field were neutralised by the army.",
    ],
)
def test_seized_weapons_are_not_attacks(text: str) -> None:
    assert all(event.event_type not in VIOLENT_EVENT_TYPES for event in detect_events(split(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The bomb squad said the device was of a kind used by bomb makers.",
        "The province will form new bomb disposal squads in every district.",
        "Riot police fired tear gas shells and stun grenades to clear the road.",
        "The commission on enforced disappearances will hear complaints from next month.",
        "Fans set off firecrackers after the football final.",
        "He said a total of 40 militants died in encounters with the army so far this year.",
    ],
)
def test_modifiers_crowd_control_and_tallies_report_no_violent_event(text: str) -> None:
    assert all(event.event_type not in VIOLENT_EVENT_TYPES for event in detect_events(split(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The families of soldiers who were killed in an ambush last year received compensation.",
            [(S.ARMED_CLASH, Role.BACKGROUND)],
        ),
        (
            "Elders are negotiating the release of six workers who were abducted by the outfit in May.",
            [(S.ABDUCTION_FORCED_DISAPPEARANCE, Role.BACKGROUND)],
        ),
        (
            "A trader who was shot by gunmen on Friday died in hospital on Sunday.",
            [(S.ATTACK, Role.MAIN)],
        ),
        (
            "The outfit claimed responsibility for the bomb attack on the bank.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN)],
        ),
        (
            "Police arrested two men hours after a bomb exploded near the court, killing three.",
            [(S.REMOTE_EXPLOSIVE_LANDMINE_IED, Role.MAIN)],
        ),
        (
            "Militants freed the hostages in exchange for prisoners.",
            [(S.AGREEMENT, Role.MAIN)],
        ),
    ],
)
def test_relative_clauses_claims_and_releases(text: str, expected: list[tuple[SubEventType, Role]]) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Demonstrators' violence makes a riot even when the police also use force (ACLED).
        (
            "Demonstrators threw stones at the police, who fired live rounds at the march.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Police opened fire on peaceful protesters, killing two.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("Police fired rubber bullets to disperse the protesters.", S.PROTEST_WITH_INTERVENTION),
        ("Scuffles broke out as demonstrators marched on the ministry.", S.VIOLENT_DEMONSTRATION),
        ("The farmers' protest turned violent near the toll plaza.", S.VIOLENT_DEMONSTRATION),
        ("Police used water cannons as protesters set fire to a bus.", S.VIOLENT_DEMONSTRATION),
        ("Stone-throwing students marched to the governor's house.", S.VIOLENT_DEMONSTRATION),
        ("Protesters pulled down the fence around the ministry.", S.VIOLENT_DEMONSTRATION),
        # The violence a protest follows or condemns does not make it a riot.
        (
            "Policemen staged a protest after an attack on a police patrol in Tank.",
            S.PEACEFUL_PROTEST,
        ),
        # Demonstrators' violence told in the next sentence makes the whole demonstration a riot (ACLED).
        (
            "Hundreds of students rallied outside the assembly. Some of them hurled rocks at the gate.",
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            "Hundreds of students rallied outside the assembly. Police fired tear gas to disperse them.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Hundreds of students rallied outside the assembly. Organisers said they did not hurl stones.",
            S.PEACEFUL_PROTEST,
        ),
    ],
)
def test_demonstration_sub_type_follows_acled_precedence(text: str, expected: SubEventType) -> None:
    assert [event.sub_event_type for event in detect_events(split(text))] == [expected]


def test_seizure_check_reads_the_words_around_a_weapon() -> None:
    text = "Police found the spot where a bomb exploded and recovered a grenade."
    bomb = text.index("bomb")
    grenade = text.index("grenade")
    assert not is_seized_weapon(text, bomb, bomb + 4)
    assert is_seized_weapon(text, grenade, grenade + 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hundreds of protesters marched through Hyderabad against load-shedding. A group of them torched "
            "two buses and smashed the windows of a bank.",
            [(S.VIOLENT_DEMONSTRATION, Role.MAIN)],
        ),
        (
            "Farmers rallied outside the assembly in Lahore to demand wheat subsidies. Police opened fire on "
            "them, killing one farmer.",
            [(S.EXCESSIVE_FORCE_AGAINST_PROTESTERS, Role.MAIN)],
        ),
        (
            "Nurses staged a sit-in outside the health department in Quetta. Police baton-charged the nurses "
            "and arrested eight of them.",
            [(S.PROTEST_WITH_INTERVENTION, Role.MAIN)],
        ),
        # Militants striking a rally are another event, not the rally's own violence.
        (
            "Party workers rallied in Bannu against price rises. Militants opened fire on the rally, killing "
            "two workers.",
            [(S.PEACEFUL_PROTEST, Role.MAIN), (S.ATTACK, Role.MAIN)],
        ),
    ],
)
def test_a_sentence_after_a_demonstration_telling_what_was_done_in_it_joins_it(
    text: str, expected: list[tuple[SubEventType, Role]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked regime positions outside Deraa overnight, killing four.",
        "Insurgents attacked the SDF near Raqqa, killing three.",
        "Militants attacked a building of the security services in Quetta, wounding a guard.",
    ],
)
def test_attacks_on_armed_sides_positions_are_armed_clashes(text: str) -> None:
    trigger = choose_sub_type(read_sentence(Sentence(start=0, end=len(text), text=text)).triggers)
    assert trigger is not None
    assert trigger.sub_event_type is S.ARMED_CLASH
