"""Sub-types across the ways news copy phrases them: verb forms, passives, nominalisations, synonyms."""

from __future__ import annotations

import pytest

from waqia.extract.events import Sentence, could_report_event, detect_events
from waqia.model import SubEventType

S = SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


# ACLED: demonstrators who use violence or destroy property make a violent demonstration, whatever else
# happens; a road blocked with burning tyres or barricades counts too.
VIOLENT_DEMONSTRATIONS = [
    "Protesters hurled stones at riot police outside the parliament on Tuesday.",
    "Demonstrators set tyres ablaze on the main road into the capital.",
    "Demonstrators blocked the highway with burnt tyres for most of the day.",
    "Angry demonstrators torched two police vans during a march against fuel prices.",
    "Marchers rampaged through the market after the rally against the new tax.",
    "The student demonstration degenerated into violence near the campus gate.",
    "The rally turned ugly when protesters smashed the windows of a bank.",
    "Protesters set a bus on fire during the demonstration over water shortages.",
    "Demonstrators ransacked the district office during a protest over the land decree.",
    "Hundreds of protesters broke through the police cordon and forced their way into the ministry.",
    "Protesters attacked the convoy of the minister during a rally in the provincial capital.",
    "Some marchers forced their way into the compound of the electoral commission.",
    "Demonstrators beat a policeman and burnt his motorcycle during a protest.",
    "Cars were burned and shops damaged as the protests spread to the suburbs.",
    "Protesters broke the windows of several banks during the march.",
    "Demonstrators and police came to blows outside the parliament.",
    "The crowd of protesters became unruly and police used batons.",
]


@pytest.mark.parametrize("text", VIOLENT_DEMONSTRATIONS)
def test_demonstrators_violence_makes_a_violent_demonstration(text: str) -> None:
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


# ACLED: protesters met with lethal force, or hurt seriously, by the state.
EXCESSIVE_FORCE = [
    "Two protesters died after police fired on the march in the port city.",
    "Troops killed at least nine demonstrators during the rally on Friday.",
    "The deadly crackdown on the protest left a dozen marchers dead.",
    "Security forces used lethal force against the sit-in, witnesses said.",
    "Police opened fire on the march of striking miners, killing three of them.",
    "Security forces killed at least 30 people when they opened fire on protesters.",
]


@pytest.mark.parametrize("text", EXCESSIVE_FORCE)
def test_lethal_force_against_a_protest_is_excessive_force(text: str) -> None:
    assert sub_types(text) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


# ACLED: a peaceful protest that the state physically disperses or detains, without serious injuries.
INTERVENTIONS = [
    "Police fired tear gas to disperse the crowd of teachers demanding unpaid wages.",
    "Dozens of protesters were detained as they marched towards the presidential palace.",
    "The rally was dispersed by riot police within an hour.",
    "Officers dragged demonstrators into waiting vans outside the court.",
    "Police dispersed students protesting the arrest of their classmates.",
    "Police detained dozens of activists who tried to gherao the chief minister's residence.",
    "Police beat a journalist covering the protest and detained two protesters.",
]


@pytest.mark.parametrize("text", INTERVENTIONS)
def test_dispersal_or_detention_of_a_peaceful_protest_is_an_intervention(text: str) -> None:
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


# An arrest or crackdown that is the protest's grievance, and a crowd that leaves on its own, are no
# intervention.
PEACEFUL = [
    "Hundreds rallied in the capital to demand the release of detained activists.",
    "Students protested against the arrest of their classmates and then went home.",
    "Lawyers protested against the crackdown on the judiciary outside the high court.",
    "The protesters dispersed peacefully in the evening after chanting slogans.",
    "Journalists staged a sit-in against the suppression of the press.",
    "Students protested the arrest of three classmates outside the police headquarters.",
    "Agitating farmers camped on the highway for a third week against the new farm laws.",
    # Burning an effigy or a flag is the protest's symbol, not destruction of property.
    "Opposition workers burnt effigies of the chief minister during the protest.",
    "Protesters set fire to an effigy of the governor outside the press club.",
    "Students burned the national flag of the neighbouring country during the rally.",
]


@pytest.mark.parametrize("text", PEACEFUL)
def test_grievances_and_dispersing_crowds_leave_a_peaceful_protest(text: str) -> None:
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


# ACLED: looting or destruction of property by any actor, when no other violence is reported.
PROPERTY_DESTRUCTION = [
    "Villagers' homes were burned down by the militia overnight.",
    "Soldiers torched the huts of herders in three hamlets, residents said.",
    "The militia plundered cattle and burned houses in the border villages.",
    "Unknown persons set fire to a girls' school in the village.",
    "The market stalls were reduced to ashes by arsonists on Sunday night.",
    "Armed men looted shops in the main bazaar overnight.",
    "Militiamen made off with food supplies from the aid warehouse.",
    # Property "attacked" with no one hurt and no shot fired (ACLED: property destruction).
    "Militants attacked a girls' school and set it on fire overnight.",
    "Gunmen stormed the village and torched a dozen houses.",
    "Unknown men desecrated graves in the Christian cemetery.",
    "The demolition of Palestinian homes by Israeli forces continued in the valley.",
]


@pytest.mark.parametrize("text", PROPERTY_DESTRUCTION)
def test_property_destroyed_or_looted(text: str) -> None:
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


# ACLED: agreements between actors include peace deals, ceasefires, prisoner releases and surrenders;
# withdrawing from a pact changes an agreement too.
AGREEMENTS = [
    "The government and the rebels signed a peace deal in the capital on Sunday.",
    "A deal was brokered between the two clans after weeks of talks.",
    "The two sides reached an understanding on the exchange of prisoners.",
    "More than 70 fighters of the armed opposition surrendered to the state government.",
    "The country formally withdrew from the arms-control treaty with its neighbour.",
    "The government released 200 rebel prisoners as part of the accord.",
    "A power-sharing deal between the rival factions takes effect on Monday.",
    "The two countries agreed to exchange prisoners next week.",
    "The government agreed to release 500 Taliban prisoners.",
    "Talks between the government and the rebels resumed in Geneva.",
]


@pytest.mark.parametrize("text", AGREEMENTS)
def test_agreements_between_actors(text: str) -> None:
    assert sub_types(text) == [S.AGREEMENT]


# Aircraft that bomb, named by type or by the force that flies them.
AIR_STRIKES = [
    "Warplanes pounded rebel positions on the outskirts of the city.",
    "Fighter-bombers hit an ammunition depot near the border.",
    "Coalition strikes killed eleven civilians in a village near the front.",
    "The market was bombarded from the air on Tuesday morning.",
    "A US Reaper drone fired two missiles at a car carrying militants.",
    "Aerial raids on the rebel-held district killed nine people.",
    "The strike, carried out by an unmanned aircraft, killed two commanders.",
    "The military said its aircraft had destroyed a weapons depot.",
    "A U.S. strike killed an al-Shabaab leader near the coast.",
    "Russia conducted airstrikes on opposition-held areas.",
]


@pytest.mark.parametrize("text", AIR_STRIKES)
def test_air_strikes(text: str) -> None:
    assert sub_types(text) == [S.AIR_DRONE_STRIKE]


# Non-state armed groups, by name or by kind, taking ground.
NON_STATE_TAKEOVERS = [
    "Al-Shabaab seized control of the district after heavy fighting with government troops.",
    "Separatists have taken the strategic town of Ravna, local officials said.",
    "The militia captured two villages north of the river on Monday.",
    "Separatist fighters have taken the strategic town of Ravna, local officials said.",
    "Boko Haram fighters overran a military base in the north-east.",
    "The area came under rebel control after a week of fighting.",
    "Insurgents hoisted their flag over the district headquarters.",
    "Houthi rebels seized the presidential palace in the capital.",
]


@pytest.mark.parametrize("text", NON_STATE_TAKEOVERS)
def test_non_state_actor_overtakes_territory(text: str) -> None:
    assert sub_types(text) == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


def test_fighters_taking_refuge_do_not_take_territory() -> None:
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY not in sub_types(
        "The militants took refuge in a village after the army attacked them, killing four."
    )


# Two armed sides fighting, however the copy names the fighting.
ARMED_CLASHES = [
    "Clashes erupted between the army and insurgents in the north, killing six soldiers.",
    "Fierce clashes with rebel fighters left 20 dead near the airport.",
    "Troops engaged the militants in the hills for several hours.",
    "Rebels attacked army positions near the dam, and both sides suffered casualties.",
    "Skirmishes between government forces and the militia continued for a second day.",
    "Fighting continued on Sunday as troops pressed on against the insurgents.",
    "Rival militias fought each other in the capital's southern suburbs.",
    "Insurgents stormed army barracks near the capital overnight.",
    # ACLED: an attack on any armed side (peacekeepers, border guards, a militia) is a battle.
    "Gunmen attacked a group of peacekeepers near the airport, killing two.",
    "Militants ambushed border guards on the frontier, killing four.",
    "Jihadists attacked a militia in the village, leaving 12 dead.",
    # An offensive launched on an armed enemy or the ground it holds.
    "Houthi forces launched an offensive on government positions south of the city.",
    "The army began a counteroffensive against Islamic State in the desert.",
    "Government troops mounted an assault on rebel strongholds in the hills.",
]


@pytest.mark.parametrize("text", ARMED_CLASHES)
def test_armed_clashes(text: str) -> None:
    assert sub_types(text) == [S.ARMED_CLASH]


# ACLED: changes in a group's name, structure, leadership or allegiance.
GROUP_CHANGES = [
    "The breakaway faction pledged allegiance to the Islamic State.",
    "The militant group changed its name to the Front for Liberation.",
    "The armed group dissolved itself after its founder was arrested.",
    "Two rebel factions announced their merger in a video statement.",
    "The militant group named a new chief after its founder died of an illness.",
    "Dozens of young men from the town have joined the Islamic State, officials said.",
]


def test_a_new_chief_minister_is_no_change_to_an_armed_group() -> None:
    assert (
        sub_types("The coalition partners chose a new chief minister after the police chief resigned.") == []
    )


@pytest.mark.parametrize("text", GROUP_CHANGES)
def test_change_to_group_activity(text: str) -> None:
    assert sub_types(text) == [S.CHANGE_TO_GROUP_ACTIVITY]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a wedding party, killing 12 guests.",
        "Militants attacked a bus carrying pilgrims, killing nine.",
        "Militants attacked the village, killing two farmers, and burned houses.",
        "Gunmen opened fire on the shop and then set it ablaze.",
        # Lethal force against protesters by others than the state is an attack on civilians (ACLED).
        "Gunmen opened fire on protesters in the square, killing five.",
        "Unknown gunmen, who opened fire on protesters, killed five people near the police station.",
    ],
)
def test_attack_on_civilians_stays_an_attack(text: str) -> None:
    assert sub_types(text) == [S.ATTACK]


def test_vigilantes_named_as_a_source_are_no_mob() -> None:
    text = "Militants attacked two villages in the north, leaving 30 people dead, according to vigilantes."
    assert sub_types(text) == [S.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "The village vigilantes lynched a suspected cattle thief on Sunday.",
        "A vigilante mob beat two men accused of theft.",
    ],
)
def test_vigilante_violence_is_mob_violence(text: str) -> None:
    assert sub_types(text) == [S.MOB_VIOLENCE]


@pytest.mark.parametrize(
    "text",
    VIOLENT_DEMONSTRATIONS
    + EXCESSIVE_FORCE
    + INTERVENTIONS
    + PROPERTY_DESTRUCTION
    + AGREEMENTS
    + AIR_STRIKES
    + NON_STATE_TAKEOVERS
    + ARMED_CLASHES
    + GROUP_CHANGES,
)
def test_prefilter_passes_every_phrasing(text: str) -> None:
    assert could_report_event(text)


def test_what_is_done_under_a_deal_is_the_event() -> None:
    text = "Rebel fighters left their last stronghold on Friday under an evacuation deal with the army."
    assert sub_types(text) == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen seized two engineers at the airport and drove them away.", S.ABDUCTION_FORCED_DISAPPEARANCE),
        ("Militants captured a soldier at a checkpoint and later killed him.", S.ATTACK),
    ],
)
def test_people_taken_at_a_place_do_not_take_the_place(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


# ACLED: territory acquired without a violent act, because the other side handed it over.
@pytest.mark.parametrize(
    "text",
    [
        "The army regained control of the last rebel-held part of the province when a UN mission handed "
        "authority over the region to the government.",
        "Rebels took control of the border town when the army handed over the town to them.",
    ],
)
def test_ground_handed_over_is_a_non_violent_transfer(text: str) -> None:
    assert sub_types(text) == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_ground_taken_with_casualties_stays_a_battle() -> None:
    text = "Rebels captured the town after government troops withdrew, and four soldiers were killed."
    assert sub_types(text)[:1] == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED: a riot without a demonstration, by a mob, is mob violence.
        ("A riot broke out in the town after a mob lynched two men accused of cattle theft.", S.MOB_VIOLENCE),
        (
            "Protesters rioted in the capital after a mob attacked the ruling party office.",
            S.VIOLENT_DEMONSTRATION,
        ),
        ("Rioting spread to three districts on Friday.", S.VIOLENT_DEMONSTRATION),
    ],
)
def test_riot_by_a_mob_without_a_demonstration_is_mob_violence(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ruling coalition strikes a deal with the opposition on the budget.",
        "Israeli strikes a chord with voters, the columnist wrote of the singer.",
    ],
)
def test_striking_a_deal_is_no_air_strike(text: str) -> None:
    assert S.AIR_DRONE_STRIKE not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fighting in the region has displaced millions since 2015, the report says.",
        # "Fighting" describing who the militants are, not a battle.
        "The valley was for years a refuge of militants fighting in the mountains until an offensive.",
    ],
)
def test_fighting_told_as_background_is_no_new_clash(text: str) -> None:
    assert S.ARMED_CLASH not in sub_types(text)


def test_protesters_attacked_by_others_are_no_violent_demonstration() -> None:
    assert S.VIOLENT_DEMONSTRATION not in sub_types(
        "Protesters were attacked by unknown men during the march, organisers said."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition leader was placed under house arrest on Monday.", S.ARRESTS),
        ("Three journalists remain in police custody after the raid on their office.", S.ARRESTS),
        ("Soldiers took away dozens of young men during a search operation in the camp.", S.ARRESTS),
        (
            "The activist has not been seen since he was picked up by men in plain clothes.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
    ],
)
def test_detentions_and_disappearances(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


def test_police_clashes_after_prayers_are_no_battle() -> None:
    text = "Clashes also erupted in the old town after Friday prayers, and police said no one was hurt."
    assert S.ARMED_CLASH not in sub_types(text)


def test_labourers_assaulted_while_machines_burn_is_an_attack() -> None:
    text = "Maoist cadres assaulted labourers and set on fire an excavator and a truck at the site."
    assert sub_types(text) == [S.ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "The front said an intense mass agitation would be launched if the talks failed.",
        "The police urged the cadres to surrender before the deadline.",
        "Officials praised the surrender policy of the state government for militants.",
    ],
)
def test_threatened_agitation_and_calls_to_surrender_report_nothing(text: str) -> None:
    assert sub_types(text) == []


def sentence_sub_types(*texts: str) -> list[SubEventType]:
    """The sub-types of the events a report of consecutive sentences tells."""
    sentences = []
    start = 0
    for text in texts:
        sentences.append(Sentence(start=start, end=start + len(text), text=text))
        start += len(text) + 1
    return [event.sub_event_type for event in detect_events(sentences)]


# ACLED: a peaceful crowd the state detains or pushes back, however long the crowd's description, and "them"
# in a protest sentence being its crowd.
@pytest.mark.parametrize(
    "text",
    [
        "Nurses demonstrating against the new shift rules were detained by police outside the clinic.",
        "Pensioners who rallied in the square for higher allowances were rounded up by the police.",
        "Hundreds of villagers marched to the district office, and officers detained twenty of them.",
        "Riot police moved in to end a sit-in by unpaid miners at the company gates.",
        "Police forced the marchers back across the bridge before they reached the assembly.",
        "Police halted a march of cotton growers at a police barricade and held its leaders.",
    ],
)
def test_a_crowd_detained_or_pushed_back_is_an_intervention(text: str) -> None:
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


def test_an_arrest_across_a_protest_word_stays_an_intervention() -> None:
    text = "Police took dozens of protesting nurses into custody outside the assembly."
    assert sub_types(text) == [S.PROTEST_WITH_INTERVENTION]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took a senior rebel field commander into custody at a checkpoint.",
        "Police took the alleged cell ringleader into custody on Friday.",
    ],
)
def test_long_objects_taken_into_custody_are_arrests(text: str) -> None:
    assert sub_types(text) == [S.ARRESTS]


# A crowd told by its grievance and then wrecking or fighting is a violent demonstration (ACLED); its anger
# makes no demonstration of a lynching.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Youths angered by the death of a bus driver stormed a police post and set two jeeps ablaze.",
            [S.VIOLENT_DEMONSTRATION],
        ),
        (
            "Students furious over the exam results pelted the staff with stones at the gate.",
            [S.VIOLENT_DEMONSTRATION],
        ),
        (
            "Villagers angry over a spate of thefts lynched a suspected burglar near the market.",
            [S.MOB_VIOLENCE],
        ),
        # A crowd that beats a man to death is a mob (ACLED), whatever set it off.
        ("Residents angry over a road accident beat the lorry driver to death.", [S.MOB_VIOLENCE]),
    ],
)
def test_an_angry_crowd_wrecking_things_demonstrates(text: str, expected: list[SubEventType]) -> None:
    assert sub_types(text) == expected


def test_stones_thrown_at_the_police_are_a_riot() -> None:
    text = "Students demanding a new hostel pelted the police with stones."
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


def test_a_riot_told_in_the_next_sentence_joins_the_protest() -> None:
    found = sentence_sub_types(
        "Police fired tear gas at traders protesting new levies in the capital on Monday.",
        "Youths responded by hurling stones and burning tyres in the Kawempe market.",
    )
    assert found == [S.VIOLENT_DEMONSTRATION]


# ACLED: property burnt or destroyed with no one hurt, though the report says the place was "attacked".
@pytest.mark.parametrize(
    "text",
    [
        "Armed men burned down a chapel in the village; no casualties were recorded.",
        "Gunmen attacked and set ablaze the tax office overnight, but nobody was hurt.",
        "Unidentified people attacked the office of a charity and destroyed its equipment.",
        "Insurgents attacked a phone mast near the border and destroyed it.",
        "Gunmen attacked the home of a councillor, burning it down while the family was away.",
    ],
)
def test_property_attacked_without_harm_is_property_destruction(text: str) -> None:
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


def test_people_burnt_alive_are_no_property() -> None:
    text = "Gunmen locked the family in the hut and burned them alive."
    assert S.LOOTING_PROPERTY_DESTRUCTION not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides swapped 64 prisoners at the frontline crossing on Sunday.",
        "The army and the rebels exchanged the bodies of fallen fighters.",
        "The two militias agreed to end hostilities in the oasis town.",
    ],
)
def test_swaps_and_ends_of_hostilities_are_agreements(text: str) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [S.AGREEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels have set up a command post in a disused warehouse.",
        "The militants seized a clinic and turned it into a military base.",
        "The insurgents moved their headquarters to a village in the hills.",
    ],
)
def test_bases_set_up_converted_or_moved(text: str) -> None:
    assert sub_types(text) == [S.HEADQUARTERS_OR_BASE_ESTABLISHED]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab appointed a new leader after the death of its founder.",
        "Boko Haram installed a new emir for its southern wing.",
        "Two guerrilla factions announced a new alliance against the government.",
        "The separatists suspended all military operations for the holy month.",
        "ISWAP has begun conscripting teenage boys in the islands of the lake.",
    ],
)
def test_changes_to_armed_groups(text: str) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [S.CHANGE_TO_GROUP_ACTIVITY]


def test_counted_ammunition_confiscated_is_disrupted_weapons_use() -> None:
    text = "Customs officers confiscated 12,500 rounds of ammunition hidden in a fuel tanker."
    assert could_report_event(text)
    assert sub_types(text) == [S.DISRUPTED_WEAPONS_USE]


def test_troops_driving_a_group_out_of_a_town_regain_it() -> None:
    text = "Troops drove the insurgents out of the town of Marte after a two-day assault."
    assert sub_types(text) == [S.GOVERNMENT_REGAINS_TERRITORY]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops took 11 Palestinians in overnight raids around Hebron.",
        "Soldiers seized three suspected rebel couriers in a raid on the market.",
        "Police are holding four men over the shooting of a councillor.",
    ],
)
def test_people_taken_or_held_by_the_state_are_arrests(text: str) -> None:
    assert sub_types(text) == [S.ARRESTS]


def test_hostages_taken_in_a_raid_are_no_arrest() -> None:
    text = "Soldiers said the rebels took 15 villagers hostage in a raid on the camp."
    assert S.ARRESTS not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas after confrontations with demonstrators near the port.",
        "Protesters killed a police officer during the march on the ministry.",
    ],
)
def test_confrontations_and_killings_by_demonstrators_are_violent(text: str) -> None:
    assert sub_types(text) == [S.VIOLENT_DEMONSTRATION]


def test_an_empty_police_post_attacked_and_burnt_is_property_destruction() -> None:
    text = "Insurgents attacked a police post near the river and set it on fire; nobody was injured."
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


def test_a_police_post_attacked_and_defended_stays_a_battle() -> None:
    text = "Insurgents attacked a police post and set it on fire before officers repulsed them."
    assert sub_types(text) == [S.ARMED_CLASH]


def test_classrooms_burnt_by_armed_men_are_property() -> None:
    text = "Jihadists attacked a primary school, burned classrooms and carried away the books."
    assert sub_types(text) == [S.LOOTING_PROPERTY_DESTRUCTION]


# Crowd control told as what happened before, or detainees described by what was done to them, leave a
# peaceful protest (ACLED codes the intervention where it happened).
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses rallied in the capital a day after police fired tear gas at their colleagues.",
        "Students chanted slogans against the beatings and the use of tear gas at earlier rallies.",
        "Relatives of detained protesters gathered outside the jail to demand their release.",
    ],
)
def test_earlier_or_described_interventions_leave_a_peaceful_protest(text: str) -> None:
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


@pytest.mark.parametrize(
    "text",
    [
        "Separatist forces withdrew from Lobito as national troops advanced on the port.",
        "The rebels abandoned the district centre ahead of the army's approach.",
    ],
)
def test_ground_left_as_the_other_side_comes_is_a_non_violent_transfer(text: str) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_a_town_falling_to_militants_is_taken_by_them() -> None:
    text = "The town fell to the insurgents early on Sunday."
    assert could_report_event(text)
    assert sub_types(text) == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De-mining teams of the army cleared landmines from orchards near the frontier.",
            S.DISRUPTED_WEAPONS_USE,
        ),
        (
            "The insurgents announced the start of their summer offensive on Tuesday.",
            S.CHANGE_TO_GROUP_ACTIVITY,
        ),
        ("The militia declared allegiance to the Islamic State in a video.", S.CHANGE_TO_GROUP_ACTIVITY),
    ],
)
def test_mines_cleared_offensives_announced_and_allegiance_declared(
    text: str, expected: SubEventType
) -> None:
    assert sub_types(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers rallied outside the ministry, holding signs reading end the crackdown.",
        "Dock workers struck to protest the arrest of their union leaders.",
    ],
)
def test_signs_and_strikes_against_arrests_leave_a_peaceful_protest(text: str) -> None:
    assert sub_types(text) == [S.PEACEFUL_PROTEST]


# Headlines tell events in the present tense; an aim ("vowed to capture") stays none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detain 40 at opposition rally in Lusaka", S.PROTEST_WITH_INTERVENTION),
        ("Police fire tear gas at crowd outside stadium", S.PROTEST_WITH_INTERVENTION),
        ("Security forces kill four protesters in port city", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
        ("Police arrest former minister in dawn raid", S.ARRESTS),
        ("Rival factions swap prisoners near frontline", S.AGREEMENT),
        ("Rebels and government agree to truce in the east", S.AGREEMENT),
        ("Army retakes border town from insurgents", S.GOVERNMENT_REGAINS_TERRITORY),
        ("Militants seize district headquarters after long siege", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        ("Gunmen torch church in northern village", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Militiamen loot shops in market town", S.LOOTING_PROPERTY_DESTRUCTION),
        ("Troops find explosives in insurgent hideout", S.DISRUPTED_WEAPONS_USE),
        ("Army sets up new military post near the border", S.HEADQUARTERS_OR_BASE_ESTABLISHED),
        ("Insurgent group names new leader after founder's death", S.CHANGE_TO_GROUP_ACTIVITY),
    ],
)
def test_headlines_in_the_present_tense(text: str, expected: SubEventType) -> None:
    assert could_report_event(text)
    assert sub_types(text) == [expected]


def test_an_aim_to_capture_takes_no_ground() -> None:
    assert sub_types("The rebels vowed to capture the town before the rains.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police stop opposition march at city limits", S.PROTEST_WITH_INTERVENTION),
        ("Coast guard intercepts arms shipment off the coast", S.DISRUPTED_WEAPONS_USE),
        ("Insurgents take control of key river town", S.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
        ("Troops regain control of the port town", S.GOVERNMENT_REGAINS_TERRITORY),
    ],
)
def test_more_headlines_in_the_present_tense(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unknown men threw a petrol bomb at the house of a judge overnight.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Demonstrators hurled petrol bombs at riot police during the march.", S.VIOLENT_DEMONSTRATION),
    ],
)
def test_petrol_bombs_are_incendiaries_not_explosives(text: str, expected: SubEventType) -> None:
    assert sub_types(text) == [expected]
