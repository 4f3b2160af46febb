"""Deeds the rules missed or misread (issue #3): a building's people held by those who seized it, a craft
flown, sailed or driven off by armed men, trucks driven off, people taken away or disappeared, a killing
with clubs, poison poured or a gas let in; a road blocked by a crowd (not by the police or a landslide), a
rally that ended without clashes or broke up on its own, bricks hurled at the police, arms laid down, a
crowd named by what it opposed, LTTE "Sea Tiger" cadres (no tigers), and sentences the fast filter used to
skip."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    article = Article(article_id="deeds", text=text, published_at=datetime(2024, 6, 12, tzinfo=UTC))
    return [m.sub_event_type for m in extractor.extract(article) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men seized the district council building in Cotabato and held eleven clerks for a day "
            "before troops moved in.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "A gunman barricaded himself inside a pharmacy in Medellin, holding four customers, until "
            "negotiators talked him out.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Rebels kept a priest and forty parishioners inside the chapel for five hours, a diocese "
            "spokesman said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Two men armed with pistols took over a regional flight from Kandahar and ordered it flown to "
            "Dubai, officials said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "A group of armed men boarded a fuel tanker off Bonny Island and sailed the vessel to an unknown "
            "location, the navy said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Militants stopped a passenger coach near Kalat and drove it away with its passengers, Levies "
            "officials said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Insurgents at a fake checkpoint near Tikrit, Iraq, took control of two fuel trucks and drove "
            "them east, police said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Gunmen blocked the highway near Maiduguri and drove off with five of the trucks after the "
            "drivers fled.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        (
            "Unidentified men took a journalist from his flat in Karachi on Friday and his whereabouts "
            "remain unknown, his family said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        ("Assailants clubbed a village guard to death in Zamfara, police said.", S.ATTACK),
        (
            "Villagers fell ill near Kidal after drinking from a water tank into which poison had been "
            "poured; officials blamed jihadists.",
            S.ATTACK,
        ),
        (
            "Dozens of schoolgirls were taken to hospital after a noxious gas was released into their "
            "classrooms in Takhar; officials suspected opponents of girls' education.",
            S.ATTACK,
        ),
        (
            "Traders blocked the Karakoram Highway near Gilgit to demand compensation, police said.",
            S.PEACEFUL_PROTEST,
        ),
        (
            "Workers marched to the labour ministry in Jakarta, and the rally ended without any clashes "
            "with police.",
            S.PEACEFUL_PROTEST,
        ),
        (
            "The procession of farmers moved along the Mall Road and broke up after a rally outside the "
            "assembly.",
            S.PEACEFUL_PROTEST,
        ),
        (
            "Activists of the student wing hurled bricks at police outside the court in Sylhet, officials "
            "said.",
            S.VIOLENT_DEMONSTRATION,
        ),
        (
            "Sea Tiger cadres boarded a fishing trawler off Mullaitivu and sailed the vessel toward the "
            "coast, the navy said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # A sentence with no word the fast filter knew ("landmine", "assailants") was skipped before.
        (
            "Assailants set off a landmine in Srirampur village, Kandhamal district, Odisha, injuring two "
            "policemen.",
            S.REMOTE_EXPLOSIVE_LANDMINE_IED,
        ),
        ("Fifteen Maoist cadres laid down arms before the district police chief in Malkangiri.", S.AGREEMENT),
        (
            "About forty fighters of a Mai-Mai group handed over their weapons to the army in Uvira, "
            "officials said.",
            S.AGREEMENT,
        ),
        # The demolition is what the crowd opposed, not what it did.
        (
            "Police detained nine people who gathered outside the town hall in Kazan to oppose the "
            "demolition of an old mosque.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Members of a hardline group carrying wooden clubs raided a bar in Solo and beat three waiters, "
            "police said.",
            S.ATTACK,
        ),
        (
            "Rebels loosened and cut the bolts of a power pylon near Tumaco, bringing it down.",
            S.LOOTING_PROPERTY_DESTRUCTION,
        ),
        ("Suspected militants mowed down three labourers at a brick kiln in Kech district.", S.ATTACK),
        (
            "Two brothers were riddled with bullets outside their shop in Quetta by men on a motorcycle, "
            "police said.",
            S.ATTACK,
        ),
        # People taken, told in other words.
        (
            "Two aid workers were snatched from their vehicle on the Kandahar-Herat highway by armed men, "
            "their agency said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Militants spirited away four customs officials from a border post in Khyber, officials said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "A local trader is being held for ransom in Turbat after masked men stopped his car, police "
            "said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Bandits stopped a bus on the Abuja-Kaduna road and marched the travellers into the forest, "
            "residents said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # A crowd's blows, fire and brawls told in other words.
        (
            "Residents of a village near Okara doused a suspected thief with petrol and set him alight, "
            "police said.",
            S.MOB_VIOLENCE,
        ),
        (
            "Supporters of two rival candidates traded blows outside a polling station in Comilla, leaving "
            "eight hurt.",
            S.MOB_VIOLENCE,
        ),
        (
            "Youths from two communities attacked each other with swords and sticks in Jodhpur, police said.",
            S.MOB_VIOLENCE,
        ),
        (
            "Locals in Kirinda chased and assaulted three fishermen whom they accused of poaching.",
            S.MOB_VIOLENCE,
        ),
    ],
)
def test_main_event_is_read(extractor: RulesExtractor, text: str, expected: SubEventType) -> None:
    assert _main_sub_types(extractor, text) == [expected]


def test_people_marched_off_by_captors_are_no_march(extractor: RulesExtractor) -> None:
    text = (
        "Rebels took thirty pupils and a teacher from a village school in Rukum and marched them into the "
        "hills, police said."
    )
    assert _main_sub_types(extractor, text) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


@pytest.mark.parametrize(
    "text",
    [
        "Police stormed the hotel in Islamabad on Monday and later held a press conference about the raid.",
        "Coast guards boarded a fishing trawler off Gwadar and took it to the harbour for inspection.",
        "Police blocked the Grand Trunk Road near Muridke with containers on Friday, officials said.",
        "A landslide blocked the Karakoram Highway near Chilas on Sunday.",
        "Militants seized the town hall in Jolo and held talks with the mayor for two hours.",
        # What a court convicted a man of, and power handed to a front, are no events.
        "A Karachi court sentenced a man to six years in prison for joining the Islamic State, reports Dawn.",
        "The Taliban said on Sunday they had opposed the transfer of power to the United Front.",
    ],
)
def test_no_abduction_or_protest(extractor: RulesExtractor, text: str) -> None:
    found = _main_sub_types(extractor, text)
    assert S.ABDUCTION_FORCED_DISAPPEARANCE not in found
    assert S.PEACEFUL_PROTEST not in found
    assert S.CHANGE_TO_GROUP_ACTIVITY not in found
    assert S.NON_VIOLENT_TRANSFER_OF_TERRITORY not in found


@pytest.mark.parametrize(
    "text",
    [
        # A road accident, and bodies found with no one named who fired.
        "A speeding truck mowed down three pedestrians on the Karakoram Highway, police said.",
        "The bodies of two men riddled with bullets were found in Mastung, Levies said.",
    ],
)
def test_no_attack(extractor: RulesExtractor, text: str) -> None:
    assert S.ATTACK not in _main_sub_types(extractor, text)


def test_captive_killed_where_taken_is_an_attack(extractor: RulesExtractor) -> None:
    text = "Gunmen took a tribal elder from his home in Bajaur and shot him dead outside the village."
    assert _main_sub_types(extractor, text) == [S.ATTACK]
