"""Demonstration, disrupted-weapons and territory sub-types as the ACLED codebook draws them."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, could_report_event, detect_events
from waqia.model import Role, SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


# ACLED: demonstrators who fight the police, try to storm a building, burn property or come armed make a
# violent demonstration, even when the police then intervene.
@pytest.mark.parametrize(
    "text",
    [
        # Fighting the police, in every verb form.
        "Demonstrators battled police in the streets of the capital for a second night.",
        "Protesters fought with security forces outside the parliament.",
        "Protesting students were fighting riot police near the campus gate until late in the evening.",
        # Trying to storm, and storming told far from its subject.
        "Hundreds of protesters tried to storm the presidential palace before police drove them back with "
        "tear gas.",
        "Protesters in the capital on Sunday stormed the electoral commission building.",
        "Police used water cannon on protesters who had broken into the parliament grounds.",
        # Fireworks aimed at officers, property burnt as the means of protest.
        "Demonstrators set off fireworks and flares at police lines during the march.",
        "Supporters of the candidate protested by burning vehicles and blocking roads.",
        "Protesting students torched two buses outside the university.",
        # Harm to officers, told actively or passively.
        "Several police officers sustained injuries when protesters attacked them with sticks.",
        "A police officer was stabbed during the protest.",
        "Protesters stoned police vehicles in the old town.",
        "Protesters wielding sticks and iron rods chased away the police.",
        "Demonstrators armed with sticks and stones marched on the governor's office.",
        "Demonstrators went on the rampage after the rally against the verdict.",
    ],
)
def test_demonstrators_who_use_force_make_a_violent_demonstration(text: str) -> None:
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


def test_what_protesters_say_the_police_did_is_no_violent_demonstration() -> None:
    assert S.VIOLENT_DEMONSTRATION not in sub_types("Protesters said police stormed their camp before dawn.")


def test_burning_named_as_the_grievance_is_no_violent_demonstration() -> None:
    text = "Hundreds protested against the burning of houses in the village."
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


# ACLED: a peaceful protest that the police stop, remove, hold back or detain, short of serious injury.
@pytest.mark.parametrize(
    "text",
    [
        # Prevented, blocked, stopped.
        "Security forces prevented the opposition from holding a rally in the capital.",
        "Police blocked marchers from reaching the city centre.",
        "Authorities cordoned off the square and stopped the rally.",
        "Security forces stopped protesters from marching to the presidential palace.",
        # Removed by force, hauled away, charged, kettled.
        "Riot police forcibly removed protesters camping outside the parliament.",
        "Police hauled away activists who had chained themselves to the gates during the protest.",
        "Police charged the demonstrators with batons to clear the square.",
        "Riot police charged at the crowd of marchers to clear the road.",
        "Plainclothes officers grabbed protesters and pushed them into buses.",
        "Authorities used force to end the sit-in outside the ministry.",
        "Police evicted the protesters from the occupied university building.",
        "Riot police kettled the marchers near the station.",
        "Police intervened to stop the protest outside the embassy.",
        "Police used stun grenades against the march.",
        # Detentions, whoever the detained are named as, and where the protest is the scene.
        "Dozens of people were arrested at an unauthorised rally in the capital.",
        "Police took more than 100 demonstrators into custody.",
        "Police stopped a march of opposition supporters and detained its leaders.",
        "Dozens of activists were taken into custody during the demonstration.",
        "Officers pepper-sprayed protesters who were sitting on the road.",
    ],
)
def test_a_peaceful_protest_stopped_or_detained_is_an_intervention(text: str) -> None:
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


def test_arrested_for_organising_a_protest_is_an_arrest() -> None:
    assert sub_types("Police arrested three activists for organising the protest.") == [S.ARRESTS]


# ACLED: lethal force, or force that seriously injures, against peaceful protesters.
@pytest.mark.parametrize(
    "text",
    [
        "Police killed three people as they dispersed the peaceful march.",
        "A protester died after being hit by a tear gas canister fired by police.",
        "Police fired tear gas and rubber bullets at the rally, injuring dozens of people.",
        "Troops opened fire on the march, leaving at least six protesters dead.",
        "A demonstrator was killed by police gunfire in the capital.",
        "Soldiers gunned down at least five demonstrators on Friday.",
    ],
)
def test_lethal_force_against_peaceful_protesters_is_excessive_force(text: str) -> None:
    assert sub_types(text) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


# A progressive relative clause tells what the crowd was doing at the time, not an earlier event; a passive
# one ("who were killed in the ambush") recalls what befell them before.
@pytest.mark.parametrize(
    "text",
    [
        "Police baton-charged teachers who were protesting outside the assembly over unpaid salaries.",
        "Riot police dispersed villagers who were demonstrating against the new dam with tear gas.",
    ],
)
def test_a_crowd_doing_it_at_the_time_is_this_report_s_protest(text: str) -> None:
    roles = [event.role for event in detect_events([Sentence(start=0, end=len(text), text=text)])]
    assert roles == [Role.MAIN]


def test_a_passive_relative_clause_still_recalls_an_earlier_event() -> None:
    text = "Soldiers who were wounded in last week's ambush were flown to the capital."
    roles = [event.role for event in detect_events([Sentence(start=0, end=len(text), text=text)])]
    assert roles == [Role.BACKGROUND]


# A demonstration told without the word "protest": a crowd that gathers with a demand, marches or rallies.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of workers gathered outside the factory to demand unpaid wages.",
        "Crowds gathered in the main square to demand the president's resignation.",
        "Thousands turned out in the capital to denounce the coup.",
        "Students assembled at the gate demanding the reopening of the hostel.",
        "Farmers marching towards the capital were greeted by supporters.",
        "Thousands of people are marching in the capital against the war.",
        "Hundreds of women demonstrate in the capital against violence.",
        "Hundreds of thousands joined the women's march in the capital.",
        "Parents held placards outside the school demanding its reopening.",
        "Thousands of people poured onto the streets of the capital to protest against corruption.",
    ],
)
def test_a_crowd_with_a_demand_is_a_peaceful_protest(text: str) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


@pytest.mark.parametrize(
    "text",
    [
        "Residents watched as troops marching through the town sang songs.",
        "Ministers gathered in the capital to discuss the budget.",
        "The study of students demonstrates that fees matter.",
        "Students demonstrate their robots at the science fair.",
    ],
)
def test_marching_troops_and_meetings_are_no_protest(text: str) -> None:
    assert S.PEACEFUL_PROTEST not in sub_types(text)


# ACLED: weapons seized, bombs defused or made safe, attacks foiled or stopped before they happen.
@pytest.mark.parametrize(
    "text",
    [
        # Foiled, thwarted, prevented: the plot is the object, not a plan still to come.
        "Security forces foiled a plot to bomb the parliament.",
        "Police prevented a bomb attack on the stadium.",
        "Security forces disrupted a plan to attack the embassy.",
        "A plot to assassinate the governor was foiled by police.",
        # Made safe, in the passive and with its synonyms.
        "An explosive device was made safe by the bomb squad.",
        "The device was rendered harmless by the army's bomb squad.",
        "Mines planted along the road were cleared by army engineers.",
        "Bomb disposal experts disarmed a car bomb near the ministry.",
        "A suspicious package was intercepted at the post office.",
        # A bomb that did not go off, or was stopped before it could.
        "The bomb failed to explode and was later neutralised by experts.",
        "A car packed with explosives was stopped at a checkpoint before it could reach the city.",
        # Seizures with the verbs the lexicon lacked.
        "Troops uncovered a weapons cache in a cave near the border.",
        "A haul of weapons including rocket launchers was uncovered in the mountains.",
    ],
)
def test_disrupted_weapons_use(text: str) -> None:
    assert sub_types(text) == [S.DISRUPTED_WEAPONS_USE]


# ACLED: ground taken because the other side left it changed hands without a fight; fighting told makes
# it a battle.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia took over the base after the army abandoned it.", S.NON_VIOLENT_TRANSFER_OF_TERRITORY),
        (
            "Rebel fighters entered the town before dawn and have taken control of most of it after the "
            "government garrison pulled out.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        (
            "Insurgents regained the port after foreign troops withdrew on Monday.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        # "Captured" and "seized" tell force, whatever the other side did.
        ("Rebels captured the town after government forces withdrew.", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        (
            "Militants seized the district headquarters after the police abandoned it.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Government troops took control of the town after the rebels retreated under heavy fire.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        (
            "Army units recovered control of three villages from rebels who withdrew following days of "
            "artillery bombardment.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
    ],
)
def test_ground_left_by_the_other_side(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


# ACLED: who destroys property, and whether anyone was set upon, decides between mob and property destruction.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED: property destroyed with no one hurt is property destruction, whoever did it; "mob" is the
        # press's word for a violent crowd and keeps mob violence.
        ("Villagers torched the house of the accused man.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("A mob torched the house of the accused man.", S.MOB_VIOLENCE),
        (
            "Unknown men set fire to a school, leaving students without classrooms.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Arsonists burned the grain store, forcing villagers to flee.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Soldiers destroyed three houses belonging to the suspects.", S.LOOTING_PROPERTY_DESTRUCTION),
        ("A bomb destroyed two shops in the market.", S.REMOTE_EXPLOSIVE_LANDMINE_IED),
    ],
)
def test_who_destroys_property(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


# Headlines and captions put the deed in the present tense; their bare passive names the victims.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters clash with police in the capital over fuel prices", S.VIOLENT_DEMONSTRATION),
        ("A protester throws a rock at riot police during a demonstration", S.VIOLENT_DEMONSTRATION),
        ("Demonstrators storm parliament in protest at the election result", S.VIOLENT_DEMONSTRATION),
        ("Protesters vandalise bank branches during march against austerity", S.VIOLENT_DEMONSTRATION),
        ("Protesters attacked by police in the main square", S.PROTEST_WITH_INTERVENTION),
        ("Protesters came under attack from riot police in the square", S.PROTEST_WITH_INTERVENTION),
    ],
)
def test_headline_tenses(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


# A hedge on what the thing is ("a suspected bomb") does not make its finding hypothetical; a warning does.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A possible explosive device was found near the embassy on Monday.", [S.DISRUPTED_WEAPONS_USE]),
        ("Police said a suspected bomb was defused outside the bank.", [S.DISRUPTED_WEAPONS_USE]),
        ("Police warned of possible bombs in the city.", []),
    ],
)
def test_hedged_weapons_found(text: str, expected: list[SubEventType]) -> None:
    assert sub_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands take to the streets of the capital against the new law", [S.PEACEFUL_PROTEST]),
        ("Thousands of people poured into the main square of the capital on Sunday.", [S.PEACEFUL_PROTEST]),
        ("Marches were held in several cities on Saturday.", [S.PEACEFUL_PROTEST]),
        ("Rainwater flooded the streets of the old town.", []),
        ("In March the army held a parade in the capital.", []),
    ],
)
def test_crowds_in_the_streets(text: str, expected: list[SubEventType]) -> None:
    assert sub_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The shops of migrant workers were looted and burned overnight.",
        "Three men were charged with arson after the shop was set on fire.",
    ],
)
def test_owners_and_the_accused_are_no_mob(text: str) -> None:
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens of people were hurt when police charged the peaceful march.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            "Scores were injured as security forces dispersed the rally with batons.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        ("Police fired pellets at the protesters, wounding 30 people.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        # ACLED: gunmen shooting into a gathering attack civilians; only the state's force is excessive force.
        ("Gunmen fired bullets at protesters in the square, wounding 15 people.", S.ATTACK),
        ("Dozens were injured when protesters clashed with police.", S.VIOLENT_DEMONSTRATION),
    ],
)
def test_who_hurt_the_protesters(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A ballistic missile fired towards the capital was intercepted overnight, the coalition said.",
        "Two drones were shot down over the air base.",
        "Customs officers intercepted a truck carrying 500 kg of explosives at the border.",
    ],
)
def test_weapons_stopped_in_transit_or_flight(text: str) -> None:
    assert sub_types(text) == [S.DISRUPTED_WEAPONS_USE]


def test_rockets_that_hit_were_fired() -> None:
    assert sub_types("Rockets fired from across the border hit a house in the town.") == [
        S.SHELLING_ARTILLERY_MISSILE_ATTACK
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Captions: a canister thrown or kicked back, a slingshot, property damaged on the way.
        (
            "A protester throws a tear gas canister back at police during a demonstration",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("A protester uses a slingshot during a demonstration in the capital.", S.VIOLENT_DEMONSTRATION),
        (
            "Demonstrators marched through the city centre, damaging cars and shop fronts.",
            S.VIOLENT_DEMONSTRATION,
        ),
        # Words hurled and support thrown are no violence.
        ("Protesters hurled insults at the minister during the rally.", S.PEACEFUL_PROTEST),
        ("Protesters threw their support behind the strike.", S.PEACEFUL_PROTEST),
    ],
)
def test_what_protesters_throw(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]
