"""Attacks told by a knife, by a summary execution, by a group that "bombed", by a shooting named as a noun,
by a hijacked craft, by things burnt by armed men, or by the doer named after the deed ("killed by
militiamen"); and the same words where they report no political violence (a metaphor, a film, a court, a
disease, a website).

The sentences were written for these tests; none is copied from a reference set.
"""

from __future__ import annotations

import pytest

from waqia.evaluate.mentions import choose_primary
from waqia.extract.events import Sentence, detect_events
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType
_VIOLENT = {
    S.ATTACK,
    S.ARMED_CLASH,
    S.REMOTE_EXPLOSIVE_LANDMINE_IED,
    S.SUICIDE_BOMB,
    S.GRENADE,
    S.SHELLING_ARTILLERY_MISSILE_ATTACK,
    S.AIR_DRONE_STRIKE,
}


def main_sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the main events of one text read as one sentence (no spaCy)."""
    return [
        event.sub_event_type
        for event in detect_events([Sentence(start=0, end=len(text), text=text)])
        if event.role is Role.MAIN
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Knives.
        ("A man shouting slogans stabbed two worshippers outside a mosque in Quetta.", {S.ATTACK}),
        ("A shopkeeper was stabbed near the bus terminal by a man who fled on foot.", {S.ATTACK}),
        ("Two tourists were badly stabbed at a market stall in the old city.", {S.ATTACK}),
        ("The assailant stabbed and wounded three passengers on a commuter train.", {S.ATTACK}),
        ("A young man stabbed an elderly couple at their doorstep in the suburb.", {S.ATTACK}),
        # Summary killings by an armed group, told by the group.
        ("Islamic State militants executed a teenager accused of spying in Deir ez-Zor.", {S.ATTACK}),
        ("Al-Shabaab executed two men it accused of working for the government.", {S.ATTACK}),
        ("Insurgents beheaded a village headman in the district on Sunday.", {S.ATTACK}),
        ("Four truck drivers were executed by ISIS near the border crossing.", {S.ATTACK}),
        ("A band of separatists stormed a clinic at night and murdered two nurses.", {S.ATTACK}),
        # The police named as whom the victim was said to inform are not the side attacked.
        ("Maoist cadres executed a farmer on the suspicion of being a police informer.", {S.ATTACK}),
        # A group, or its acronym, that bombed something.
        ("The ETA bombed a barracks in the north, wounding nine guards.", {S.REMOTE_EXPLOSIVE_LANDMINE_IED}),
        ("Boko Haram bombed a crowded market in Borno on Friday.", {S.REMOTE_EXPLOSIVE_LANDMINE_IED}),
        ("Guerrillas bombed an oil pipeline overnight near the border.", {S.REMOTE_EXPLOSIVE_LANDMINE_IED}),
        # "Fatally shot", and shootings named as nouns beside their toll.
        ("A local councillor was fatally shot outside her home on Tuesday.", {S.ATTACK}),
        ("Three farmers were killed in a roadside shooting in the south of the province.", {S.ATTACK}),
        ("Four people were wounded in a drive-by shooting near a bakery.", {S.ATTACK}),
        ("An unknown gunman shoots and wounds a taxi driver in the city centre.", {S.ATTACK}),
        ("Two masked men open fire on a tea stall near the railway crossing.", {S.ATTACK}),
        # The doer named after the deed.
        ("Five herders were murdered by members of a local militia.", {S.ATTACK}),
        ("Two park rangers were killed by militiamen near the river crossing.", {S.ARMED_CLASH, S.ATTACK}),
        ("Nine villagers died in an attack carried out by an armed group at dawn.", {S.ATTACK}),
        # Craft seized with the people aboard.
        (
            "An airliner bound for Karachi was hijacked by four armed men soon after take-off.",
            {S.ABDUCTION_FORCED_DISAPPEARANCE},
        ),
        (
            "Militants hijacked a passenger coach on the highway near Kohat.",
            {S.ABDUCTION_FORCED_DISAPPEARANCE},
        ),
        # Things burnt by armed men.
        ("Rebels burned a passenger bus on the road north of the town.", {S.LOOTING_PROPERTY_DESTRUCTION}),
        (
            "Nine trucks hired by the road contractor were burned by militants overnight.",
            {S.LOOTING_PROPERTY_DESTRUCTION},
        ),
        (
            "Insurgents set at least a dozen excavators and other machines on fire at the dam site.",
            {S.LOOTING_PROPERTY_DESTRUCTION},
        ),
        # Fire bottles and charges named for what they are.
        (
            "Masked youths attacked a party office with molotov cocktails overnight.",
            {S.ATTACK, S.LOOTING_PROPERTY_DESTRUCTION},
        ),
        (
            "An explosive charge placed under a railway bridge went off as a goods train passed.",
            {S.REMOTE_EXPLOSIVE_LANDMINE_IED},
        ),
        # The toll after what armed men did.
        ("Gunmen raided a wedding party in the hills, killing six guests.", {S.ATTACK}),
        # The weapons named as the means of an attack on a place.
        ("Unknown perpetrators attacked the copper mine near the town with automatic rifles.", {S.ATTACK}),
        ("Masked men attacked a village school using Kalashnikovs before dawn.", {S.ATTACK}),
        # The group's full name; the present tense of chronologies and headlines.
        ("Islamic State of Iraq and the Levant killed eleven villagers near Kirkuk.", {S.ATTACK}),
        ("Two farmers die in a rebel attack on their village.", {S.ATTACK}),
        (
            "A passenger train explodes near the capital, killing nine and injuring 40.",
            {S.REMOTE_EXPLOSIVE_LANDMINE_IED},
        ),
        ("A grenade explodes outside the court building in the old town.", {S.GRENADE}),
        # Chronology one-liners: the deed told by its means, its agent last, or the group's own word.
        ("Four farmers were decapitated in a raid on their hamlet near the river.", {S.ATTACK}),
        ("Two teachers were executed for 'blasphemy' and 'spying' by Islamic State militants.", {S.ATTACK}),
        (
            "The rebels detonate two claymore mines targeting a convoy of lorries.",
            {S.REMOTE_EXPLOSIVE_LANDMINE_IED},
        ),
        ("Three border guards were burned to death in the hills by militants.", {S.ATTACK}),
        ("Insurgents slit the throats of two shepherds accused of spying.", {S.ATTACK}),
        (
            "Al-Shabaab said on Friday that it had killed 11 soldiers at a base near the border.",
            {S.ARMED_CLASH},
        ),
        (
            "A judge and his clerk were shot by three Black Hand Brigade members outside the court.",
            {S.ATTACK},
        ),
        ("The mayor is killed along with two aides and his driver by ETA.", {S.ATTACK}),
        ("Masked youths behead a shopkeeper accused of blasphemy in the market.", {S.ATTACK}),
        (
            "The Kuki Liberation Army (KLA) bombed a bus stand in the district, killing two.",
            {S.REMOTE_EXPLOSIVE_LANDMINE_IED},
        ),
        ("A mine exploded under a cart on the track to the village.", {S.REMOTE_EXPLOSIVE_LANDMINE_IED}),
        ("Three farmers were hurt when their lorry came under fire by militants near the pass.", {S.ATTACK}),
        ("A lone wolf gunman kills four shoppers at a market in the city.", {S.ATTACK}),
        ("A cartoonist was murdered by an Islamist outside his home.", {S.ATTACK}),
        ("The militia buries twenty prisoners alive near the front.", {S.ATTACK}),
        # The doer named after a passive is no victim, whatever its name holds ("Army"); police who died
        # in the attack are.
        ("A farmer was shot dead by members of the People's Liberation Army near his field.", {S.ATTACK}),
        ("A shopkeeper was gunned down by gunmen of the Free Army outside the mosque.", {S.ATTACK}),
        (
            "A policeman died and two were wounded in an attack by rebels of the Liberation Army on a road.",
            {S.ARMED_CLASH},
        ),
        (
            "Six trucks used for road building were burned by Naxalites near the camp.",
            {S.LOOTING_PROPERTY_DESTRUCTION},
        ),
        ("An army counterattack left three rebels and a soldier dead near the ridge.", {S.ARMED_CLASH}),
        (
            "The group kidnaps and kills four teachers on the road to the school.",
            {S.ABDUCTION_FORCED_DISAPPEARANCE, S.ATTACK},
        ),
        # The doer's name begun inside the trigger ("killed by suspected") is no victim either.
        ("A village headman was killed by suspected Naxals.", {S.ATTACK}),
        # A named method inside a weaker match still counts in a sentence that also looks back on others.
        (
            "A customs officer was shot dead by suspected militants, who have claimed similar attacks.",
            {S.ATTACK},
        ),
    ],
)
def test_the_attack_is_found(text: str, expected: set[SubEventType]) -> None:
    sub_types = main_sub_types(text)
    assert sub_types, text
    assert sub_types[0] in expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator said his own party had stabbed him in the back over the budget.",
        "The film shooting was halted for a day after a lighting technician was injured on set.",
        "She won bronze in the shooting competition, where two spectators were hurt in a stand collapse.",
        "A fire broke out in the market, killing four traders.",
        "Two elderly patients were killed by COVID in the district hospital last week.",
        "The state executed a man convicted of murder at the central prison on Thursday.",
        "The opposition said the budget debate was hijacked by the ruling party.",
        "Hackers hijacked the ministry's website and posted slogans on it.",
        "The minister set the record straight on the audit and came under fire from the opposition.",
        "Police said the suspect had admitted to shooting the victim over a loan.",
        "The statement blamed the army for continuous killing and shooting in the hills.",
        "Insurgents have executed several major attacks on the highway in past years.",
        "Border guards were ordered to open fire on anyone crossing the fence at night.",
        "The opposition leader attacked the government with harsh words over its new budget.",
        "Critics attacked the ministry using figures from the audit of weapons purchases.",
        "Die-hard supporters attacked the referee's decision on social media after the final.",
        "Demand for the new phone explodes as prices fall across the region.",
        "The butcher slit the throats of two goats for the feast.",
        "Residents were burned to death when a fire broke out in the market at night.",
        "The rebels threatened to behead any soldier they captured.",
        "The court put the convicted killer to death by hanging on Tuesday.",
        "Two people were killed, according to a report by UNHCR.",
        "The finance minister came under fire from the opposition over the new budget.",
        "A lone wolf was seen near the village, and shepherds kept their flocks inside.",
        "The group's magazine urged readers to rise up and behead every soldier who confronts them.",
    ],
)
def test_the_same_words_report_no_political_violence(text: str) -> None:
    assert [sub_type for sub_type in main_sub_types(text) if sub_type in _VIOLENT] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type", "injured"),
    [
        # "Wounds" is the verb, with its count after: not a kind of wound as in "bomb wounds".
        (
            "A car bomb wounds at least 40 people in a shopping centre car park in Mombasa.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            40,
        ),
        (
            "Militants bombed a bus depot in Peshawar, wounding 12 passengers.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
            12,
        ),
    ],
)
def test_the_extractor_reports_the_attack_and_its_toll(
    extractor: RulesExtractor, text: str, sub_type: SubEventType, injured: int
) -> None:
    mention = choose_primary(extractor.extract(Article(article_id="knives", text=text)))
    assert mention is not None, text
    assert mention.sub_event_type is sub_type
    assert mention.casualties.injured_min == injured


@pytest.mark.model
def test_hospital_counts_of_bomb_wounds_are_no_attack(extractor: RulesExtractor) -> None:
    text = "Doctors at the trauma centre said they had treated bomb wounds of every kind during the war."
    mentions = extractor.extract(Article(article_id="wounds", text=text))
    assert not [mention for mention in mentions if mention.role is Role.MAIN]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The councillor and her bodyguard were fatally shot by two men on a motorbike in Sukkur.", 2),
        ("A teenager was fatally stabbed outside a music hall in Quetta on Saturday night.", 1),
    ],
)
def test_fatally_shot_or_stabbed_counts_the_dead(extractor: RulesExtractor, text: str, killed: int) -> None:
    mention = choose_primary(extractor.extract(Article(article_id="fatally", text=text)))
    assert mention is not None, text
    assert (mention.sub_event_type, mention.casualties.killed_min) == (S.ATTACK, killed)


def test_a_crowd_that_lynches_a_suspected_kidnapper_is_mob_violence_alone() -> None:
    text = "A crowd lynched a suspected child kidnapper near the bus stand in the town."
    assert main_sub_types(text) == [S.MOB_VIOLENCE]
