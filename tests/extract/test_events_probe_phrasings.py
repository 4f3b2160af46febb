"""Phrasings met in snippets written to probe the sub-types: plant that blows up by itself and natural
hazards are no events; the same verbs with a bomb or an armed actor still are."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def _main(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    article = Article(article_id="probe", text=text, published_at=datetime(2025, 3, 12, 8, tzinfo=UTC))
    return [m.sub_event_type for m in extractor.extract(article) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "Several workers were hurt when a tank at the gas plant exploded on Thursday night; four were "
        "airlifted to hospital.",
        "Nine workers were injured, two of them seriously, when a furnace at a steel mill exploded on "
        "Friday morning, police said.",
        "A cold storage container exploded in the market on Sunday, damaging a church and a shop.",
        "At least six people died and 30 were hurt after a volcano erupted on the island on Monday.",
        "A typhoon killed 14 people and left thousands homeless in the north of the country on Saturday.",
        "Two firefighters were killed battling a wildfire in the hills on Sunday.",
    ],
)
def test_hazards_and_plant_that_blows_up_by_itself_give_no_event(
    extractor: RulesExtractor, text: str
) -> None:
    assert _main(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An army tank exploded after it hit a landmine near the border on Tuesday, killing three "
            "soldiers.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        ("Militants blew up a gas pipeline in Dera Bugti on Tuesday.", S.REMOTE_EXPLOSIVE_LANDMINE_IED),
        ("Gunmen attacked an oil tanker on the highway on Tuesday, killing the driver.", S.ATTACK),
    ],
)
def test_tanks_and_pipelines_hit_by_armed_men_stay_events(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert expected in _main(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Battles told by their fire or by how hard they were fought.
        (
            "Heavy gunfire was exchanged between militiamen and federal soldiers outside the town on "
            "Thursday.",
            S.ARMED_CLASH,
        ),
        (
            "Gunmen from two rival cartels fought a pitched battle on the edge of the town on Monday.",
            S.ARMED_CLASH,
        ),
        # Vigilantes ambushed by bandits are a side of the battle, not a mob.
        (
            "Twelve vigilantes were killed when bandits ambushed them near the village, sparking a "
            "gun battle.",
            S.ARMED_CLASH,
        ),
        # A gang the news names as such is an armed actor.
        (
            "Members of a gang coalition raped at least ten women during a raid on the district on Saturday.",
            S.SEXUAL_VIOLENCE,
        ),
        # People seized and carried off by armed men.
        (
            "Gunmen seized four fishermen from a trawler off the coast on Thursday night.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Armed men in military uniform stormed a boarding school before dawn on Friday and took away 30 "
            "pupils, the governor said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # One-way drones are air strikes.
        (
            "An attack drone slammed into an apartment block in the port city overnight, killing two people.",
            S.AIR_DRONE_STRIKE,
        ),
        # The agent, not the launcher, names a chemical attack; a bare munition after "after" is news.
        (
            "Militants fired shells filled with a mustard agent at army positions on Tuesday, blistering 15 "
            "soldiers.",
            S.CHEMICAL_WEAPON,
        ),
        (
            "Troops said the enemy dropped grenades containing a choking agent on their trenches on "
            "Wednesday.",
            S.CHEMICAL_WEAPON,
        ),
        (
            "Dozens of people were treated for breathing problems after canisters releasing chlorine "
            "gas hit the "
            "town late on Saturday.",
            S.CHEMICAL_WEAPON,
        ),
        # Ground taken: a weather word that is speed, a site, an RSF that is no state force, "retaken".
        (
            "Rebel factions captured most of the city on Saturday after a lightning offensive.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Militiamen took control of a gold mining site from a rival militia on Monday after clashes that "
            "left 12 dead.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "The Rapid Support Forces seized control of Wad Madani on Monday after days of clashes "
            "with the army.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Government troops have retaken the last pockets of the city held by the insurgents.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        (
            "Forces loyal to the commander have set up a forward operations room in the town, a "
            "spokesman said.",
            S.HEADQUARTERS_OR_BASE_ESTABLISHED,
        ),
        # Crowds: armed with sticks, communal stone pelting, a lynching the police break up.
        (
            "A crowd armed with sticks and machetes attacked shops owned by migrants on Monday, "
            "beating three "
            "traders.",
            S.MOB_VIOLENCE,
        ),
        (
            "Stone pelting broke out between two communities in the old city on Sunday evening, injuring 20.",
            S.MOB_VIOLENCE,
        ),
        (
            "Residents set ablaze two suspected thieves on Tuesday morning before police arrived and "
            "dispersed "
            "the crowd.",
            S.MOB_VIOLENCE,
        ),
        # Protests: one that breaks up by itself, and one held back by arrests.
        (
            "About 20 women held a brief protest in the capital on Sunday, chanting slogans before "
            "dispersing.",
            S.PEACEFUL_PROTEST,
        ),
        (
            "Police detained around 40 wrestlers and supporters on Sunday as they attempted to march to "
            "parliament.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        # A deal to call off a sit-in is the agreement; bombs found before a rally are a disruption.
        (
            "The government and the party reached an agreement late on Sunday under which the party "
            "will call "
            "off its sit-in.",
            S.AGREEMENT,
        ),
        (
            "Police recovered 12 crude bombs under a bridge on Friday night ahead of a political rally.",
            S.DISRUPTED_WEAPONS_USE,
        ),
        # ACLED's "Other": mass graves found, inmates who broke out.
        (
            "Investigators exhumed 28 bodies from a mass grave on the edge of the town on Monday.",
            S.OTHER,
        ),
        (
            "At least 70 inmates escaped from the central prison overnight after digging through a wall.",
            S.OTHER,
        ),
    ],
)
def test_probe_phrasings_give_their_sub_type(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main(extractor, text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Federal agents seized 400 kilograms of methamphetamine at a checkpoint and detained two "
        "truck drivers.",
        "Police arrested four men suspected of robbing a cash van on the motorway last week.",
        "Two farmers were killed by lightning in the village on Monday.",
        "The grave of the poet was restored by the city council.",
        "She fought a long battle with cancer.",
    ],
)
def test_crime_arrests_weather_and_figures_of_speech_give_no_event(
    extractor: RulesExtractor, text: str
) -> None:
    assert _main(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested three militants involved in drug smuggling to fund the insurgency.", S.ARRESTS),
        ("Police took away five students from the campus on Monday.", S.ARRESTS),
        ("Vigilantes lynched two suspected thieves in the market on Sunday.", S.MOB_VIOLENCE),
        ("Vigilantes killed three suspected bandits in the village on Sunday.", S.MOB_VIOLENCE),
        (
            "Police fired tear gas and dispersed the crowd of protesters outside parliament.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Militants stormed the prison on Monday night and freed 200 inmates after a gun battle "
            "with guards.",
            S.ARMED_CLASH,
        ),
    ],
)
def test_look_alikes_keep_their_sub_type(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main(extractor, text)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Coups: soldiers take power; the president held is part of the coup.
        (
            "Army officers went on state television on Wednesday night to say they had suspended the "
            "constitution and removed the president from power.",
            S.OTHER,
        ),
        (
            "Soldiers said on Thursday they had dissolved the government and placed the president under "
            "house arrest.",
            S.OTHER,
        ),
        # Curfews are a change to the state forces' activity.
        (
            "The governor declared an emergency and a night-time curfew in three provinces on Monday.",
            S.CHANGE_TO_GROUP_ACTIVITY,
        ),
        (
            "Authorities imposed an indefinite curfew in the old city on Tuesday evening.",
            S.CHANGE_TO_GROUP_ACTIVITY,
        ),
        # Two armed sides named apart from their verb.
        (
            "Soldiers and suspected members of a drug cartel fought for two hours in the town on Monday, "
            "leaving eight gunmen dead.",
            S.ARMED_CLASH,
        ),
        # A crowd's killing of people it accuses.
        (
            "A crowd in the estate beat to death two young men suspected of stealing a motorbike.",
            S.MOB_VIOLENCE,
        ),
        ("Villagers tortured and killed a woman accused of sorcery on Tuesday, police said.", S.MOB_VIOLENCE),
        # Marchers fired on by the police.
        (
            "Nine people were killed when police fired on farmers marching toward Cochabamba on Friday.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        ("Some 75 inmates escaped through a tunnel from the prison on Sunday, officials said.", S.OTHER),
        # A protest organiser is a person, not a protest.
        (
            "Gunmen on a motorbike shot dead a prominent protest organiser outside his home on Sunday.",
            S.ATTACK,
        ),
    ],
)
def test_coups_curfews_crowds_and_marchers(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main(extractor, text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Parliament removed the prime minister in a no-confidence vote on Friday.",
        "Soldiers and villagers fought a blaze in the forest for two hours on Monday.",
    ],
)
def test_votes_and_firefighting_are_no_events(extractor: RulesExtractor, text: str) -> None:
    assert _main(extractor, text) == []


def test_troops_marching_on_a_town_are_no_protest(extractor: RulesExtractor) -> None:
    kinds = _main(extractor, "Troops marching toward Kidal came under fire from rebels on Monday.")
    assert S.PEACEFUL_PROTEST not in kinds
    assert S.ARMED_CLASH in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interns held a peaceful procession through the business district on Monday to demand their "
            "postings.",
            S.PEACEFUL_PROTEST,
        ),
        (
            "Residents armed with sticks went door to door in the township on Sunday, dragging out migrants.",
            S.MOB_VIOLENCE,
        ),
        # Protests a killing set off are not the killing's sub-type.
        (
            "Militants shot dead a government employee inside his office on Thursday, triggering protests by "
            "his colleagues.",
            S.ATTACK,
        ),
        (
            "Government forces said on Tuesday they had driven the militants out of the town and raised the "
            "national flag over the municipal building.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        (
            "Jihadist fighters took control of the military camp on Saturday after overrunning its defences.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "The rebels said on Monday they had taken Wad Madani after days of fighting with the army.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Insurgents took back the town of Moqokori after pushing out government troops in a dawn attack.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "A boy was shot in the head by riot police while taking part in a peaceful march on Monday.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            "Party activists blocked the highway and attacked police personnel with sticks and stones on "
            "Wednesday.",
            S.VIOLENT_DEMONSTRATION,
        ),
    ],
)
def test_marches_crowds_and_ground_changing_hands(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _main(extractor, text)[:1] == [expected]


def test_clans_fighting_with_rifles_are_a_battle_not_a_mob(extractor: RulesExtractor) -> None:
    text = (
        "Fighting between rival clans left at least eight men dead over the weekend, with fighters on both "
        "sides armed with rifles."
    )
    assert S.MOB_VIOLENCE not in _main(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed on Monday when a vigilante tried to stop a suicide bomber at the gate.",
        "Militants stormed the village on Monday, killing three soldiers and two vigilante members.",
    ],
)
def test_vigilantes_beside_militants_make_no_mob(extractor: RulesExtractor, text: str) -> None:
    kinds = _main(extractor, text)
    assert kinds
    assert S.MOB_VIOLENCE not in kinds
