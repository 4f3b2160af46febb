"""Who fought, who was struck and how many events a report tells (issue #3): harm told through the fight it
came in; sources of the news are no victims of it; a gathering attacked is no protest; ground taken without
a fight or from no one; a mob's victims named for what they were said to be; captives taken in ways the
news words differently; blades and summary killings; and a lead that sums several incidents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, EvidenceField, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="fights", text=text, published_at=datetime(2019, 3, 6, tzinfo=UTC))
    return list(extractor.extract(article))


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [m.sub_event_type for m in _mentions(extractor, text) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "text",
    [
        "Four policemen were killed while fighting Maoist rebels in a forest of Bijapur district on Monday.",
        "Two Afghan soldiers died fighting Taliban insurgents near Ghazni city on Tuesday, officials said.",
        "A Levies constable was wounded fighting militants who attacked a check post in Zhob on Sunday.",
        # News in the present perfect, and a fighter's past told beside his death, are still news.
        "Two soldiers have been killed while fighting militants in Kupwara, the army said on Monday.",
        "A Hizbul Mujahideen militant, who had been active for the last three years, was killed in an "
        "encounter with security forces at Tral on May 3.",
    ],
)
def test_harm_told_through_the_fight_is_a_clash(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        # Fought for a cause, not against an armed side.
        "The minister said 480 policemen have been killed while fighting for the peace of the province.",
        "The chargesheet says videos of men killed fighting for the Islamic State were shown to recruits.",
        # Service deaths over a campaign are a figure.
        "The inspector general said 1,500 policemen had lost their lives in the war against terrorism.",
        "More than 300 soldiers of the corps have been martyred in the fight against militancy.",
    ],
)
def test_deaths_in_a_cause_or_a_campaign_are_no_event(extractor: RulesExtractor, text: str) -> None:
    assert not _main_sub_types(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A gunfight that residents said lasted three hours left two militants dead in Kupwara on Monday.",
        "Fighters raided a remote Malian army outpost overnight, sparking a gunfight that villagers said "
        "went on until dawn.",
    ],
)
def test_people_who_tell_of_a_fight_are_no_side_of_it(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


@pytest.mark.parametrize("part", ["stage", "venue", "entrance"])
def test_a_bomb_at_part_of_a_rally_is_no_protest(extractor: RulesExtractor, part: str) -> None:
    text = (
        f"Seven people were killed when a suicide bomber blew himself up near the {part} of a Pakistan "
        "Peoples Party rally in Charsadda on Sunday."
    )
    assert _main_sub_types(extractor, text) == [S.SUICIDE_BOMB]


def test_ground_entered_where_the_sentence_says_no_one_fought_changed_hands_peacefully(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Government troops entered four villages east of Manbij on Friday under an arrangement with the "
        "Kurdish fighters, who pulled out without any fighting, state media said."
    )
    assert _main_sub_types(extractor, text) == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_fighters_who_overran_an_unguarded_village_and_killed_its_people_attacked_civilians(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Rapid Support Forces fighters overran a farming village near Geneina on Friday and killed 14 "
        "residents, a local monitoring group said."
    )
    assert _main_sub_types(extractor, text) == [S.ATTACK]


def test_a_village_taken_from_the_army_is_still_taken(extractor: RulesExtractor) -> None:
    text = "Al-Shabaab fighters overran the town of Bulo Burde on Sunday after heavy fighting with the army."
    assert _main_sub_types(extractor, text) == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Villagers in the Gwoza area of Borno state beat three suspected kidnappers to death on Friday, "
            "police said.",
            3,
        ),
        ("An angry mob lynched two suspected militants at a market in Cachar district on Monday.", 2),
    ],
)
def test_a_mobs_victims_are_counted_whatever_they_were_said_to_be(
    extractor: RulesExtractor, text: str, killed: int
) -> None:
    (mention,) = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mention.sub_event_type is S.MOB_VIOLENCE
    assert mention.casualties.killed_min == killed


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen of Ansar Dine 'detained' three aid workers on the road to Kidal on Friday, their employer "
        "said.",
        "Gunmen stopped a minibus near Spera on Monday and took nine passengers into captivity.",
    ],
)
def test_captives_taken_in_other_words_are_abducted(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


def test_a_building_occupied_with_its_people_kept_inside_holds_them_from_the_start(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Gunmen occupied the town hall of Riohacha on Monday, keeping the mayor and 12 employees inside "
        "for seven hours. The hostages were freed unharmed after talks with a bishop."
    )
    (mention,) = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mention.sub_event_type is S.ABDUCTION_FORCED_DISAPPEARANCE
    # The event is told by the occupation, where the people were held (GTD: a barricade incident).
    (kind,) = [e for e in mention.evidence if e.field is EvidenceField.EVENT_TYPE]
    assert text[kind.start : kind.end].startswith("occupied the town hall")


@pytest.mark.parametrize(
    "text",
    [
        "Men with machetes hacked at villagers leaving a church in Benue on Sunday, killing four.",
        "Attackers hacked two farmers near Barkin Ladi on Wednesday, police said.",
        "Insurgents stopped a bus near Kunduz on Monday and executed six travellers.",
        "Members of the Revolutionary People's Liberation Front (DHKP-C) shot a retired judge outside his "
        "home in Istanbul on Tuesday.",
    ],
)
def test_blades_shots_and_summary_killings_are_attacks(extractor: RulesExtractor, text: str) -> None:
    assert _main_sub_types(extractor, text) == [S.ATTACK]


def test_incendiaries_left_in_a_building_that_ignited_destroyed_property(extractor: RulesExtractor) -> None:
    text = "Incendiary devices left in a furniture store ignited after closing time in Newry on Friday."
    assert _main_sub_types(extractor, text) == [S.LOOTING_PROPERTY_DESTRUCTION]


def test_a_pipeline_valve_opened_is_sabotage(extractor: RulesExtractor) -> None:
    text = "Rebels opened a valve on the Trans-Andean oil pipeline near Tumaco on Sunday, spilling crude."
    assert _main_sub_types(extractor, text) == [S.LOOTING_PROPERTY_DESTRUCTION]


def test_explosives_being_transported_did_not_go_off(extractor: RulesExtractor) -> None:
    text = (
        "Police arrested two men in Tinsukia on Monday. Officials said the pair had been transporting "
        "explosives from a hideout near the border."
    )
    violent = {S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.SUICIDE_BOMB, S.GRENADE}
    assert not set(_main_sub_types(extractor, text)) & violent


def test_a_lead_that_sums_several_incidents_gives_way_to_each(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA: Five people were killed and seven injured in three separate incidents in Kech, Kalat and "
        "Loralai districts, officials said on Wednesday.\n\n"
        "In Kech, gunmen opened fire on a passenger van on Tuesday, killing two passengers.\n\n"
        "In Kalat, a hand grenade was thrown at a shop in the main bazaar on Tuesday evening, injuring four "
        "people.\n\n"
        "In Loralai, three Levies men were killed when a roadside bomb hit their vehicle on Monday."
    )
    mains = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert [m.sub_event_type for m in mains] == [S.ATTACK, S.GRENADE, S.REMOTE_EXPLOSIVE_LANDMINE_IED]
    assert [m.casualties.killed_min for m in mains] == [2, None, 3]


def test_one_report_of_separate_attacks_with_no_parts_told_stays_one(extractor: RulesExtractor) -> None:
    text = "Two policemen were killed in separate attacks in Bannu and Lakki Marwat on Monday, police said."
    assert len(_main_sub_types(extractor, text)) == 1


def test_a_toll_of_an_event_named_at_length_is_the_toll(extractor: RulesExtractor) -> None:
    text = (
        "The death toll in Sunday's suicide attack on a bus carrying Frontier Corps recruits near the Sariab "
        "Road bypass in Quetta rose to nine on Monday after two more recruits died in hospital."
    )
    (mention,) = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mention.casualties.killed_min == 9


def test_a_lead_that_lists_the_places_of_several_operations_gives_way_to_each(
    extractor: RulesExtractor,
) -> None:
    text = (
        "LAHORE: The Counter Terrorism Department said on Friday it had arrested four suspects in operations "
        "in Multan, Sargodha and Gujranwala districts this week.\n\n"
        "Two suspects were arrested on Tuesday in Shujabad tehsil of Multan district, a spokesman said.\n\n"
        "On Thursday, a suspect was arrested in Bhalwal tehsil of Sargodha district."
    )
    mains = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert [m.sub_event_type for m in mains] == [S.ARRESTS, S.ARRESTS]
    assert [m.place.admin2 if m.place else None for m in mains] == ["Multan", "Sargodha"]
