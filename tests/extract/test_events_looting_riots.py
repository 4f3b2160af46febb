"""ACLED sub-types of crowds, demonstrations, property damage and disrupted weapons, phrased many ways."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, could_report_event, detect_events
from waqia.model import SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


# ACLED: looting, burning or wrecking property with no one attacked or hurt is property destruction, by
# villagers or youths as much as by soldiers; no demonstration is told (a crowd the text calls rioters or a
# mob riots: ACLED's riots include destroying property).
CROWDS_WRECKING_PROPERTY = [
    "Villagers set fire to the house of a man accused of witchcraft.",
    "Hundreds of youths looted shops and burned cars in the city centre.",
    "Residents torched the vehicle of the driver who ran over a child.",
    "Supporters of the party vandalised the office of a rival party in Kolkata.",
    "Looting and arson were reported in several townships overnight.",
    "Hindu and Muslim groups torched each other's shops in the district.",
    "A group of men destroyed a church under construction in the village.",
    "Youths looted goods from trucks stranded on the highway.",
    "Locals ransacked the office of the electricity board after days of power cuts.",
    "Villagers burnt down the hut of a man they accused of sorcery.",
    "Residents vandalised a mobile tower they blamed for illness.",
    "Angry villagers set ablaze two buses of the transport company.",
]


@pytest.mark.parametrize("text", CROWDS_WRECKING_PROPERTY)
def test_a_crowd_that_only_wrecks_property_destroys_property(text: str) -> None:
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Rioters looted supermarkets and set fire to a mall in the coastal province.",
        "Rioters torched 20 shops and a police van in the old city.",
    ],
)
def test_rioters_who_wreck_property_riot(text: str) -> None:
    assert S.LOOTING_PROPERTY_DESTRUCTION not in sub_types(text)


# ACLED: mob violence is rioters setting upon people; the press's "mob" keeps its deeds mob violence.
CROWDS_SETTING_UPON_PEOPLE = [
    "A mob lynched a man suspected of cattle theft.",
    "A mob attacked two men accused of blasphemy in the village.",
    "Villagers beat a suspected thief to death.",
    "A mob attacked a police team and injured three constables.",
    "A mob attacked residents of the colony and burned their homes, killing five.",
    "Villagers attacked a group of health workers with sticks.",
    "A crowd stoned the car of a minister, injuring his driver.",
    "A mob torched the house of a man accused of desecration.",
    "A group of youths beat two traders from another district.",
    "Residents thrashed a man they suspected of stealing a motorcycle.",
]


@pytest.mark.parametrize("text", CROWDS_SETTING_UPON_PEOPLE)
def test_a_crowd_that_sets_upon_people_is_mob_violence(text: str) -> None:
    assert sub_types(text) == [S.MOB_VIOLENCE]


# ACLED: armed groups, soldiers, settlers and bandits who loot, burn, seize or uproot property.
ARMED_GROUPS_WRECKING_PROPERTY = [
    "Looters ransacked shops in the commercial capital during the unrest.",
    "Unidentified miscreants vandalised a statue in the village square.",
    "Soldiers burned dozens of homes in the border village.",
    "Militants torched a school in the district overnight.",
    "Fighters looted the hospital and set fire to the market.",
    "Armed men set fire to several houses in the village, residents said.",
    "Shops were looted and vehicles torched in the town overnight.",
    "Supermarkets were looted in several cities of the country.",
    "Rebels seized cattle and looted food stores in the village.",
    "Unknown persons set a mobile phone tower on fire.",
    "Settlers uprooted hundreds of olive trees belonging to farmers of the village.",
    "Bulldozers demolished two homes in the eastern neighbourhood.",
    "Maoists set ablaze construction equipment at a road project site.",
    "Unidentified persons damaged the statue of a freedom fighter in the town.",
    "Suspected cattle rustlers stole 200 cows from herders in the north-west.",
    "Armed bandits looted shops and carted away foodstuffs in the market town.",
    "Settlers torched a car in the hilltop village.",
    "Militants destroyed a telecommunication mast in the southern region.",
    "A group of men vandalised an ATM kiosk in the market.",
    "Gunmen chopped down the orchards of a rival clan.",
]


@pytest.mark.parametrize("text", ARMED_GROUPS_WRECKING_PROPERTY)
def test_property_looted_burnt_seized_or_uprooted(text: str) -> None:
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


# ACLED: demonstrators who destroy property or use force make a violent demonstration, even where the police
# then disperse or detain them, and even where no word calls the crowd violent.
DEMONSTRATORS_WRECKING = [
    "Angry residents blocked the highway and torched a bus after a boy was run over by a truck.",
    "Villagers protesting the death of a woman torched a police jeep.",
    "The protesters gheraoed the police station and set a motorcycle on fire.",
    "Protesters overturned cars and police fired tear gas in the city centre.",
    "Demonstrators destroyed bus shelters and traffic lights during the march.",
    "Protesters raided the offices of the ruling party during the demonstration.",
    "Protesters pelted police with stones and set fire to a police vehicle.",
    "Police used tear gas to disperse protesters who had blocked the road with burning tyres.",
    "Security forces fired tear gas at protesters who were hurling rocks in the main square.",
    "Protesters torched the office of the ruling party in the port city.",
    "Protesters set up barricades and burned tyres on the main road into the capital.",
    "Police arrested 20 protesters after they vandalised shops during a rally.",
    "Students protesting fee hikes damaged university property and clashed with campus security.",
    "Several vehicles were set ablaze as protests against the election results turned violent.",
    "Police lobbed tear gas shells to disperse stone-pelting protesters.",
    "Protesters stoned a police van and ransacked a government office.",
    "Police fired rubber bullets at rioters who burned cars in the suburbs.",
    "Protesters burned down the house of a member of parliament.",
    "A protest over power cuts turned violent when villagers torched a transformer.",
    "Agitating farmers damaged vehicles and police used water cannon to push them back.",
    "Protesters set ablaze a police van during demonstrations in the capital.",
    "Some protesters threw objects at police, who responded with pepper spray and arrests.",
    "Protesters, police clash in the capital over fuel price hike",
    "Police, demonstrators clash outside the university after the rally",
    "Demonstrators blocked roads with burning logs and boulders in the southern province.",
    "Protesters broke the police cordon and marched towards the palace.",
    "Demonstrators breached the security barriers outside the parliament.",
    "Police fired tear gas at protesters who torched tyres on the main road.",
]


@pytest.mark.parametrize("text", DEMONSTRATORS_WRECKING)
def test_demonstrators_who_wreck_property_make_a_violent_demonstration(text: str) -> None:
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


# A burning named as the grievance, and a burnt effigy, are a peaceful protest's cause and symbol.
PROTESTS_ABOUT_BURNING = [
    "Residents protested against the torching of houses by militants.",
    "Protesters demanded the arrest of those who set the temple on fire.",
    "Activists burnt an effigy of the chief minister in protest against the price hike.",
    "Party workers burnt effigies of the prime minister in several districts.",
    "Activists torched an effigy of the minister outside the secretariat.",
    "Students set an effigy of the vice-chancellor on fire at the campus gate.",
    "Effigies of the governor were consigned to flames in several towns.",
]


@pytest.mark.parametrize("text", PROTESTS_ABOUT_BURNING)
def test_a_burning_as_grievance_or_symbol_is_a_peaceful_protest(text: str) -> None:
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


# The ways the news tells a peaceful demonstration, across South Asia, Africa, Latin America, the Middle East.
PEACEFUL_PROTESTS = [
    "Students took out a procession against the new bill.",
    "Hundreds of women formed a human chain along the coastal road.",
    "Farmers took out a tractor march on the national highway.",
    "Villagers blocked the national highway for three hours demanding a bridge.",
    "Residents of the colony blocked the road demanding water supply.",
    "Villagers sat on a dharna in front of the block office.",
    "Opposition parties held a mass rally demanding fresh elections.",
    "Thousands marched in the capital against the new pension law.",
    "Hundreds of farmers staged a sit-in outside the district headquarters demanding loan waivers.",
    "Workers of the textile mill gheraoed the labour office demanding unpaid wages.",
    "Women formed a human chain to protest liquor sales.",
    "Hundreds of people demonstrated against unemployment in the capital.",
    "Indigenous groups marched to the capital to protest mining concessions.",
    "Thousands took to the streets on Thursday to demand civilian rule.",
    "Demonstrators converged on the central bank to protest the currency collapse.",
    "Youths took out a candle march in memory of the victims, demanding justice.",
]


@pytest.mark.parametrize("text", PEACEFUL_PROTESTS)
def test_peaceful_protest_phrasings(text: str) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


# ACLED codes people who gather, not people who stay away: a boycott of classes is no demonstration.
@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union announced a boycott of classes until the abducted staff are freed.",
        "Lawyers boycotted courts across the province on Monday.",
        "Students boycotted their examinations over the new syllabus.",
    ],
)
def test_staying_away_is_no_demonstration(text: str) -> None:
    assert S.PEACEFUL_PROTEST not in sub_types(text)


# ACLED: lethal or severe force by the state against a peaceful demonstration.
EXCESSIVE_FORCE = [
    "Police killed three people protesting against the mining project.",
    "A student was killed by police gunfire during a protest over fees.",
    "Two demonstrators died from police bullets during the march.",
    "Troops shot dead four youths protesting the fuel price rise.",
    "Police firing on the protesters left two dead.",
    "Security forces opened fire on protesters, killing at least four people.",
    "Soldiers shot at demonstrators with live ammunition in the second city.",
    "Security forces killed 12 people during protests in the north.",
    "A protester was shot dead by security forces in the capital.",
    "Two people died after security forces fired at a peaceful rally.",
    "Police brutally beat demonstrators, leaving dozens hospitalised.",
    "At least five protesters were killed when soldiers fired live ammunition at demonstrators.",
    "A protester died after being hit by a tear gas canister fired by police.",
    # Serious injuries counted where the state breaks up the crowd.
    "Police dispersed the rally with tear gas and batons; several people were injured.",
    "Riot police broke up the sit-in, and at least 20 protesters were taken to hospital.",
    "Police fired tear gas and rubber bullets at the march, injuring dozens.",
    "Police baton-charged the teachers' march, and 12 teachers were hospitalised.",
]


# A toll that is the protest's cause, and police hurt by the crowd, are no excessive force.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired tear gas to disperse protesters demanding justice for a man killed in a shooting.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Police detained dozens of students protesting the killing of two classmates last week.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Police broke up a march demanding justice after 3 people were killed by a speeding truck.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Police fired tear gas at protesters; three policemen were injured in the clashes.",
            S.VIOLENT_DEMONSTRATION,
        ),
    ],
)
def test_harm_that_is_no_force_against_the_crowd(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


@pytest.mark.parametrize("text", EXCESSIVE_FORCE)
def test_lethal_force_against_peaceful_demonstrators(text: str) -> None:
    assert sub_types(text) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


# ACLED: a peaceful demonstration dispersed, stopped or detained without serious harm.
INTERVENTIONS = [
    "Police fired tear gas to disperse hundreds of protesters in the capital.",
    "Police arrested dozens of opposition supporters during a peaceful march.",
    "Riot police used water cannon to break up a demonstration of teachers.",
    "Security forces dispersed a sit-in by unemployed graduates.",
    "Police detained 40 activists protesting outside the parliament.",
    "Police lathi-charged a group of students protesting against the exam results.",
    "Police fired rubber bullets and tear gas to disperse protesters in the old town.",
    "Police stopped the march of the opposition towards the capital.",
    "Several protesters were taken into custody outside the court.",
    "Police detained dozens of farmers who were marching to the assembly.",
]


@pytest.mark.parametrize("text", INTERVENTIONS)
def test_a_peaceful_demonstration_dispersed_or_detained(text: str) -> None:
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


# ACLED: weapons seized, caches found, bombs defused, missiles and drones intercepted.
DISRUPTED_WEAPONS = [
    "Air defences intercepted two rockets fired from the strip late on Saturday.",
    "Air defences intercepted and destroyed a ballistic missile launched towards the southern city.",
    "The coalition said it had downed an explosive-laden drone launched towards the airport.",
    "Police recovered a huge cache of arms and ammunition from a hideout in the hills.",
    "Security forces unearthed an arms dump containing rifles and grenades.",
    "A bomb disposal squad defused a pressure cooker bomb planted near a bus stand.",
    "An improvised explosive device was detected and defused by paramilitary personnel.",
    "Troops discovered and destroyed an IED planted by insurgents on the road.",
    "The army said it had neutralised two landmines planted along the route of a patrol.",
    "Soldiers seized 300 kilograms of explosives belonging to the guerrilla group.",
    "Troops intercepted a consignment of weapons bound for the insurgents.",
    "Police foiled a terror bid by recovering 5 kg of RDX from a vehicle.",
    "Forces found a large weapons cache left behind by the militants.",
    "The missile defence system shot down a rocket over the coastal town, the military said.",
    "Soldiers confiscated dozens of rifles and grenades in a raid on a cartel safe house.",
    "Two live hand grenades were recovered from a field in the village.",
    "A shipment of arms destined for the rebels was seized by the navy off the coast.",
    "Explosives experts deactivated a bomb planted under a car in the capital.",
    "Coalition forces destroyed an explosive-laden boat in the Red Sea.",
    "An explosives-packed car was intercepted at a checkpoint outside the city.",
    "Two pistols and live cartridges were seized from the accused.",
    "Police busted an illegal arms factory and seized semi-finished pistols.",
    "The army dismantled an IED factory used by militants.",
    "A bomb was found planted under a bridge and was defused in time.",
    "Forces recovered two rocket launchers and mortar shells from an abandoned militant camp.",
    "The army said it had intercepted a drone that crossed the border.",
    "Security forces found a car rigged with explosives and disarmed it.",
    "Security forces detonated an unexploded mortar shell found in a field.",
    "Police seized a cache of explosives hidden in a house.",
    "Security personnel detected a tiffin bomb and destroyed it in a controlled explosion.",
    "The bomb was safely removed by the bomb disposal squad.",
    "The army removed three IEDs planted on the highway.",
    "Two rockets were found on a launch pad pointed at the airport.",
    "Mortar shells were recovered from a hideout in the forest.",
]


@pytest.mark.parametrize("text", DISRUPTED_WEAPONS)
def test_weapons_seized_defused_or_intercepted(text: str) -> None:
    assert sub_types(text) == [S.DISRUPTED_WEAPONS_USE]


# Bombs that went off stay explosions, whatever the verb.
LIVE_EXPLOSIVES = [
    "A roadside bomb exploded near an army convoy, wounding two soldiers.",
    "Two farmers were killed when their tractor ran over a landmine.",
    "An IED blast ripped through a police vehicle, killing four personnel.",
    "A car bomb went off outside a hotel, killing at least five people.",
    "A sticky bomb attached to a car exploded, killing a prosecutor.",
    "A magnetic bomb exploded under the vehicle of a district official.",
    "A bomb planted in a motorcycle exploded in a crowded market.",
    "Three soldiers were killed when their vehicle hit an improvised explosive device.",
    # A defusal attempted or under way failed: the device went off.
    "A parcel bomb exploded at the post office, wounding a policeman who was trying to dismantle the device.",
    "Two members of the bomb squad died when the mine they were defusing went off.",
    "A landmine went off as the bomb disposal squad was defusing it near the bridge, killing an officer.",
]


@pytest.mark.parametrize("text", LIVE_EXPLOSIVES)
def test_bombs_that_went_off_are_explosions(text: str) -> None:
    assert sub_types(text) == [S.REMOTE_EXPLOSIVE_LANDMINE_IED]


# ACLED: an armed group against soldiers, police or their posts is a battle; against civilians, an attack.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants attacked a police post, sparking a gunfight that lasted hours.", S.ARMED_CLASH),
        ("Gunmen stormed an army base in the north-east, killing six soldiers.", S.ARMED_CLASH),
        ("Insurgents attacked a checkpoint manned by government forces overnight.", S.ARMED_CLASH),
        ("Two soldiers were killed when militants attacked their convoy.", S.ARMED_CLASH),
        ("Jihadists attacked a gendarmerie post in the east, killing four gendarmes.", S.ARMED_CLASH),
        ("Militants shot dead two policemen at a checkpoint.", S.ARMED_CLASH),
        ("Gunmen ambushed a police patrol, killing 13 officers.", S.ARMED_CLASH),
        ("Rebels attacked government soldiers near the river crossing.", S.ARMED_CLASH),
        ("Bandits attacked a military base in the state.", S.ARMED_CLASH),
        ("Rival militias exchanged fire in the capital overnight.", S.ARMED_CLASH),
        ("Gunmen opened fire on worshippers at a mosque, killing four.", S.ATTACK),
        ("Suspected herdsmen attacked a village, killing 12 residents.", S.ATTACK),
        ("Unidentified gunmen shot dead a journalist in the port city.", S.ATTACK),
        ("Armed men attacked a bus carrying passengers on the highway.", S.ATTACK),
    ],
)
def test_who_the_armed_group_attacks(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


# ACLED: ground handed over, left to the other side, or changing hands under a deal is a non-violent
# transfer; ground taken in a fight is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign troops handed over the air base to government forces on Sunday.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        (
            "The insurgents took control of the district centre after government forces surrendered.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        (
            "Army units entered the town under a deal brokered by the mediators.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        (
            "Foreign troops left their base in the desert town, handing it over to the national army.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        ("The army took over positions vacated by the rebels.", S.NON_VIOLENT_TRANSFER_OF_TERRITORY),
        (
            "Rebel fighters withdrew from the port as part of the ceasefire agreement.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
        ("The army recaptured the town from rebels after days of fighting.", S.GOVERNMENT_REGAINS_TERRITORY),
        ("Rebels seized the town after heavy fighting with the army.", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
    ],
)
def test_ground_changing_hands(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


def sentences(*texts: str) -> list[Sentence]:
    """Consecutive sentences of one report, with their offsets."""
    found, start = [], 0
    for text in texts:
        found.append(Sentence(start=start, end=start + len(text), text=text))
        start += len(text) + 1
    return found


# ACLED codes a demonstration by the worst thing done in it, whichever sentence of the report tells it.
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            (
                "Students marched peacefully towards the palace.",
                "Police fired live rounds, killing two of them.",
            ),
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            (
                "Thousands rallied against the coup in the capital.",
                "Soldiers shot at the crowd, killing three.",
            ),
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            (
                "Hundreds of protesters gathered outside the parliament.",
                "Some set fire to tyres and threw stones.",
            ),
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            (
                "Thousands of people marched through the capital on Sunday.",
                "Two people died in a road accident.",
            ),
            S.PEACEFUL_PROTEST,
        ),
    ],
)
def test_what_the_next_sentence_tells_of_the_demonstration(
    texts: tuple[str, ...], expected: SubEventType
) -> None:
    assert [event.sub_event_type for event in detect_events(sentences(*texts))] == [expected]


# Armed men's road blocks, police raids on a protest camp and "the jailed leader" are no protest, no battle
# and no arrest of the day.
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Around a dozen armed men blocked the highway and checked the passengers' identity cards.",
            S.PEACEFUL_PROTEST,
        ),
        ("Gunmen blocked the road near Mastung and stopped every bus.", S.PEACEFUL_PROTEST),
        ("Police raided the protest camp of the teachers and detained their leaders.", S.ARMED_CLASH),
        ("Residents said troops had set up new pickets on the road to Makeen.", S.PEACEFUL_PROTEST),
        ("Militants fired on a security picket near Razmak overnight.", S.PEACEFUL_PROTEST),
        ("Supporters of the jailed leader rallied outside the court on Friday.", S.ARRESTS),
        ("Hundreds marched to demand the release of their imprisoned colleagues.", S.ARRESTS),
    ],
)
def test_armed_road_blocks_protest_camps_and_jailed_people(text: str, unwanted: SubEventType) -> None:
    assert unwanted not in sub_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of villagers blocked the highway to protest against power cuts.", S.PEACEFUL_PROTEST),
        ("Police jailed three opposition workers on Sunday.", S.ARRESTS),
        ("Doctors picketed the health department for a second day over unpaid salaries.", S.PEACEFUL_PROTEST),
    ],
)
def test_civil_road_blocks_and_jailing_stay_events(text: str, expected: SubEventType) -> None:
    assert expected in sub_types(text)
