"""Arrest reports, recalled events and the story's own days (issue #3), on sentences written for these tests.

Each case is a phrasing met in Pakistani copy: a force that "claimed to have arrested" a suspect, the deeds
the arrested are charged with, an officer named by his district, an old attack recalled with its toll, a
claim taken back by "the group", protesters hurt by tear gas, and a second event told "a day earlier".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from event_readers import main_sub_types, mentions_of

from waqia.extract.casualties import extract_casualties
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, ClaimStatus, Mention, Role, SubEventType

S = SubEventType

pytestmark = pytest.mark.model


def _of_role(extractor: RulesExtractor, text: str, role: Role) -> list[Mention]:
    return [mention for mention in mentions_of(extractor, text) if mention.role is role]


@pytest.mark.parametrize(
    "text",
    [
        # A force telling its own arrest is no claim of an attack.
        "The Counter Terrorism Department claimed to have arrested two suspects in Quetta's Satellite "
        "Town on Sunday, police said.",
        # A "target killer" arrested in a search operation is an arrest, not a battle.
        "Rangers arrested a suspected target killer during a search operation in Lyari on Tuesday.",
    ],
)
def test_an_arrest_report_is_an_arrest(extractor: RulesExtractor, text: str) -> None:
    assert main_sub_types(extractor, text) == [S.ARRESTS]


@pytest.mark.parametrize(
    "charge",
    [
        "Police said the two were involved in target killing and extortion.",
        "The suspect is a most wanted man in several kidnapping cases, officials said.",
    ],
)
def test_deeds_the_arrested_are_charged_with_are_no_event(extractor: RulesExtractor, charge: str) -> None:
    text = f"Police arrested two men during a raid in Orangi Town on Friday. {charge}"
    assert main_sub_types(extractor, text) == [S.ARRESTS]


def test_an_officer_named_by_his_district_does_not_split_the_story(extractor: RulesExtractor) -> None:
    text = (
        "PESHAWAR: Two policemen were martyred when militants attacked the Daraban police station on "
        "Monday night. Dera Ismail Khan's district police officer said about a dozen militants attacked the "
        "station from two sides."
    )
    main = _of_role(extractor, text, Role.MAIN)
    assert len(main) == 1


def test_a_recalled_attack_keeps_the_toll_its_recalling_clause_gives() -> None:
    text = "The same checkpost was attacked two years ago, when four Levies men were martyred."
    assert extract_casualties(text).casualties.killed_min is None
    recalled = extract_casualties(text, recalled=True).casualties
    assert (recalled.killed_min, recalled.killed_max) == (4, 4)


def test_the_same_police_station_is_the_scene_told_before(extractor: RulesExtractor) -> None:
    text = (
        "Three policemen were injured when militants attacked the Daraban police station in Dera Ismail Khan "
        "on Monday. The same police station was attacked in 2022, when five policemen were martyred."
    )
    background = _of_role(extractor, text, Role.BACKGROUND)
    assert len(background) == 1
    assert background[0].place is not None
    assert background[0].place.admin2 == "Dera Ismail Khan"
    assert background[0].casualties.killed_min == 5


def test_a_claim_the_group_disowns_in_a_later_statement(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen shot dead a tribal elder in Bajaur on Monday. The Tehreek-e-Taliban Pakistan claimed the "
        "killing in a message to reporters. Later, the group released a fresh statement disowning the claim."
    )
    main = _of_role(extractor, text, Role.MAIN)[0]
    assert main.claim.status is ClaimStatus.CLAIMED_THEN_DENIED


def test_protesters_hurt_by_tear_gas_met_an_intervention(extractor: RulesExtractor) -> None:
    text = (
        "Police fired tear gas at hundreds of farmers marching on the Punjab Assembly in Lahore on Monday. "
        "Several protesters were hurt, most of them after breathing in tear gas, hospital officials said."
    )
    assert main_sub_types(extractor, text) == [S.PROTEST_WITH_INTERVENTION]


def test_a_day_earlier_counts_back_from_the_story_day(extractor: RulesExtractor) -> None:
    text = (
        "QUETTA: Police baton-charged teachers protesting outside the Balochistan Assembly on Wednesday. "
        "A day earlier, a roadside bomb wounded two policemen in Turbat."
    )
    # Published on Friday 8 March 2024: Wednesday is 6 March, and the day before it 5 March.
    mentions = extractor.extract(
        Article(article_id="narrative-days", text=text, published_at=datetime(2024, 3, 8, tzinfo=UTC))
    )
    dates = [mention.when.earliest for mention in mentions if mention.when is not None]
    assert dates == [date(2024, 3, 6), date(2024, 3, 5)]


def test_a_run_of_toll_sentences_counts_every_victim(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen opened fire on a vaccination team near Tank on Monday, police said. Vaccinator Ali Khan and "
        "Constable Noor Zaman died on the spot. A shopkeeper was also wounded and was taken to the district "
        "hospital in Dera Ismail Khan."
    )
    main = _of_role(extractor, text, Role.MAIN)
    assert len(main) == 1
    assert (main[0].casualties.killed_min, main[0].casualties.injured_min) == (2, 1)


def test_a_group_statement_of_what_its_fighters_did_is_a_claim(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen abducted four road workers near Awaran on Sunday, officials said. The Balochistan "
        "Liberation Front said in a statement that its fighters had detained the workers for building a "
        "road for the army."
    )
    main = _of_role(extractor, text, Role.MAIN)[0]
    assert main.claim.status is ClaimStatus.CLAIMED


def test_the_same_district_of_a_recalled_blast_outranks_the_country_named_later(
    extractor: RulesExtractor,
) -> None:
    text = (
        "Four boys were killed when an old rocket they found went off in Muqur district of Ghazni "
        "province on Monday, officials said.\n\n"
        "Three years ago, a similar blast in the same district killed two girls who had been collecting "
        "firewood near an abandoned army post, villagers recalled.\n\n"
        "Afghanistan remains one of the countries most affected by landmines and unexploded shells, and "
        "children make up most of the casualties, according to demining agencies."
    )
    background = _of_role(extractor, text, Role.BACKGROUND)
    assert len(background) == 1
    assert background[0].place is not None
    assert background[0].place.admin1 == "Ghazni"
