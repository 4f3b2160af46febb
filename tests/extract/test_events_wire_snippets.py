"""Wire-agency snippets from around the world: ACLED sub-types that hang on one phrasing (issue #3).

The sentences were written for these tests after reading a probe set that a helper wrote without seeing the
rules; none of them is a probe sentence or a reference-set row.
"""

from __future__ import annotations

import pytest
from event_readers import main_sub_types, mentions_of, sub_types

from waqia.extract.rules import RulesExtractor
from waqia.model import Role, SubEventType

S = SubEventType


@pytest.mark.parametrize(
    "text",
    [
        # The fleet named after the aircraft, and a single plane qualified as a military one.
        "Jets from the Russian air force struck a hospital in Idlib overnight, a monitor said.",
        "Warplanes belonging to the Sudanese army bombed a market in Nyala.",
        "A military plane bombed a crowded livestock market in Kutum, killing at least nine people.",
        "A government plane dropped barrel bombs on a village near Kafr Nabl.",
    ],
)
def test_aircraft_named_with_their_fleet_or_as_one_military_plane_strike_from_the_air(text: str) -> None:
    assert sub_types(text)[:1] == [S.AIR_DRONE_STRIKE]


@pytest.mark.parametrize(
    "text",
    [
        "A helicopter was attacked by rebels near Goma.",
        "A helicopter of the security forces was attacked by militants of the EPL.",
        "A passenger plane hit a flock of birds shortly after take-off.",
    ],
)
def test_an_aircraft_that_was_attacked_or_hit_something_made_no_air_strike(text: str) -> None:
    assert S.AIR_DRONE_STRIKE not in sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lawyer has been missing since men in plain clothes bundled him into a car outside the court.",
        "The activist has not been seen since masked men forced her into a van in Gwadar, her family said.",
        "Jihadists took the village chief from his house at gunpoint and drove him away into the forest.",
        "Bandits stopped a minibus near Gusau and drove the passengers away into the bush, police said.",
        "Gunmen commandeered a passenger bus on the highway and ordered the driver to head for the hills.",
    ],
)
def test_people_taken_away_by_force_are_abducted(text: str) -> None:
    assert sub_types(text)[:1] == [S.ABDUCTION_FORCED_DISAPPEARANCE]


def test_a_disappearance_dated_by_its_start_is_the_news(extractor: RulesExtractor) -> None:
    text = (
        "A student leader has not been seen since men in plain clothes forced him into a van in Turbat, "
        "his family said, accusing the intelligence agencies of detaining him."
    )
    assert main_sub_types(extractor, text) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of a slum near Kisumu, Kenya, set upon two men accused of stealing a cow.",
        "Youths of the neighbouring village lynched a suspected thief on Sunday.",
        "Supporters of two rival parties attacked one another with clubs at a market in Harare.",
        "Activists of the opposing factions fought each other with stones outside the party office.",
    ],
)
def test_crowds_named_by_where_they_live_or_whom_they_follow_are_a_mob(text: str) -> None:
    assert sub_types(text)[:1] == [S.MOB_VIOLENCE]


@pytest.mark.parametrize(
    "text",
    [
        "The ELN announced it was ending its unilateral ceasefire and would resume attacks.",
        "The rebels called off their truce with the government after the arrests.",
        "A faction of the movement said it was breaking away from the coalition.",
        "Two commanders broke ranks with the alliance and set up a group of their own.",
    ],
)
def test_a_truce_ended_or_a_faction_leaving_changes_the_group(text: str) -> None:
    assert sub_types(text)[:1] == [S.CHANGE_TO_GROUP_ACTIVITY]


def test_a_truce_signed_stays_an_agreement() -> None:
    assert sub_types("The two sides signed a ceasefire in Doha on Friday.") == [S.AGREEMENT]


def test_a_gang_coalition_takes_ground() -> None:
    text = "A gang coalition led by a former policeman seized control of Croix-des-Bouquets after a gunfight."
    assert sub_types(text)[:1] == [S.NON_STATE_ACTOR_OVERTAKES_TERRITORY]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers fired live ammunition at villagers gathered peacefully outside the district office, "
            "killing two.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            "Troops fired live rounds into the air to disperse the crowd outside the parliament.",
            S.PROTEST_WITH_INTERVENTION,
        ),
    ],
)
def test_live_fire_at_a_gathering_is_excessive_force_and_over_its_heads_an_intervention(
    text: str, expected: SubEventType
) -> None:
    assert sub_types(text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen fired rifles at a police checkpoint in the town for nearly an hour.",
        "Attackers fired several rounds at a passenger van on the highway.",
    ],
)
def test_firing_weapons_at_people_or_posts_is_violence(text: str) -> None:
    assert sub_types(text)[:1] in ([S.ATTACK], [S.ARMED_CLASH])


def test_a_building_turned_into_a_base_far_from_the_verb_is_a_base() -> None:
    text = "Rebels turned a primary school in the village of Kalehe into their headquarters."
    assert sub_types(text) == [S.HEADQUARTERS_OR_BASE_ESTABLISHED]


@pytest.mark.parametrize(
    "text",
    [
        "Government troops moved into several villages near Tabqa after the SDF agreed to withdraw.",
        "French troops vacated their base at Tessalit, and Malian soldiers took control of it the next day.",
    ],
)
def test_ground_left_to_the_other_side_changes_hands_without_a_fight(text: str) -> None:
    assert sub_types(text)[:1] == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_fighters_dislodged_by_the_army_give_back_ground() -> None:
    text = "The army dislodged al-Shabaab fighters from the town of Bulo Burde on Sunday."
    assert sub_types(text) == [S.GOVERNMENT_REGAINS_TERRITORY]


def test_troops_marching_on_a_hideout_are_no_protest() -> None:
    assert S.PEACEFUL_PROTEST not in sub_types("Troops marched towards the militant hideout in Tirah.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people attended a rally organised by the Awami National Party in Mardan on May 3. "
        "The speakers demanded the clearance of landmines in the border districts, the release of detained "
        "workers and the removal of check posts. The rally ended peacefully in the evening.",
        "Hundreds of tribesmen staged a sit-in in Wana on Monday. They demanded the removal of landmines "
        "from their orchards, the return of the displaced and fewer check posts.",
    ],
)
def test_weapons_named_only_as_what_to_clear_are_no_blast(extractor: RulesExtractor, text: str) -> None:
    assert [mention.sub_event_type for mention in mentions_of(extractor, text)] == [S.PEACEFUL_PROTEST]


@pytest.mark.parametrize(
    "text",
    [
        "Militants removed fishplates from the railway track near Jhargram.",
        "Rebels dismantled a section of railway track near the junction, causing a goods train to derail.",
        "Insurgents tampered with the gas pipeline outside the town.",
    ],
)
def test_sabotage_by_hand_destroys_property(text: str) -> None:
    assert sub_types(text)[:1] == [S.LOOTING_PROPERTY_DESTRUCTION]


@pytest.mark.parametrize(
    "text",
    [
        "Three teachers who were members of the union were shot dead by gunmen in Turbat on Monday.",
        "Two elders who were part of the peace committee were killed by militants near Wana.",
    ],
)
def test_a_relative_clause_that_ends_before_the_verb_leaves_the_killing_the_news(
    extractor: RulesExtractor, text: str
) -> None:
    mentions = mentions_of(extractor, text)
    assert [mention.role for mention in mentions] == [Role.MAIN]


def test_an_attack_in_the_past_of_an_arrested_man_leaves_the_arrest_the_news(
    extractor: RulesExtractor,
) -> None:
    text = "Police arrested a man in Quetta whose brother was shot dead by militants last year."
    assert S.ARRESTS in main_sub_types(extractor, text)


def test_the_rally_a_referenced_bomb_hit_is_no_protest(extractor: RulesExtractor) -> None:
    text = (
        "Police arrested a suspect in Peshawar on Tuesday. Officials said he was wanted in a bomb attack "
        "on a political rally in Charsadda in 2019."
    )
    assert S.PEACEFUL_PROTEST not in [mention.sub_event_type for mention in mentions_of(extractor, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Armed men killed by militants fought them (ACLED: Armed clash) ...
        ("A soldier was shot dead by insurgents in Pattani on Friday.", S.ARMED_CLASH),
        ("Two policemen were killed by Maoist cadres near Sukma.", S.ARMED_CLASH),
        # ... a man who left the forces, or a critic of armed men, was a civilian.
        ("A former soldier was shot dead by gunmen in Pattani on Friday.", S.ATTACK),
        ("A trader, who had criticised the militias, was shot dead by gunmen in Cali.", S.ATTACK),
        # A target killing named with no armed doer stays an attack on the man (see the PK phrasings).
        ("A traffic policeman was target-killed in Peshawar.", S.ATTACK),
    ],
)
def test_a_passive_killing_is_a_clash_when_armed_men_killed_a_serving_member_of_the_forces(
    text: str, expected: SubEventType
) -> None:
    assert sub_types(text)[:1] == [expected]


def test_a_guard_who_died_in_the_blaze_of_an_arson_is_its_toll(extractor: RulesExtractor) -> None:
    text = "Arsonists set fire to a girls' school in Kunar on Monday. A guard died in the blaze."
    (mention,) = mentions_of(extractor, text)
    assert mention.sub_event_type is S.LOOTING_PROPERTY_DESTRUCTION
    assert mention.casualties.killed_min == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of a far-right group beat Roma residents with fists and wooden bats near Ternopil.",
            S.ATTACK,
        ),
        ("Masked men beat a shopkeeper with iron rods in Kano on Friday.", S.ATTACK),
        # Demonstrators beaten by the police are a demonstration met with force, not an attack.
        ("Police beat the protesters with sticks outside parliament.", S.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
    ],
)
def test_a_beating_told_by_what_it_was_done_with_is_violence(text: str, expected: SubEventType) -> None:
    assert sub_types(text)[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Government troops moved into several villages around Manbij after the SDF agreed to withdraw.",
            "Manbij",
        ),
        ("Gunmen killed three farmers in a village around Jos on Friday, police said.", "Jos"),
    ],
)
def test_a_town_around_which_it_happened_is_the_place(
    extractor: RulesExtractor, text: str, place: str
) -> None:
    (mention,) = mentions_of(extractor, text)
    assert mention.place is not None
    assert mention.place.name == place


def test_a_feast_the_killing_happened_around_is_no_place(extractor: RulesExtractor) -> None:
    (mention,) = mentions_of(extractor, "Gunmen killed three people around Christmas in Plateau state.")
    assert mention.place is None or mention.place.country_code == "NG"


@pytest.mark.parametrize(
    "text",
    [
        "Gendarmes shot and killed a student during a peaceful rally in Niamey, the organisers said.",
        "Three people were shot dead by police in Kisumu as officers tried to disperse traders protesting "
        "new levies.",
        "Police in Zaria killed a boy and wounded two women when they opened fire on residents peacefully "
        "protesting against kidnappings.",
        "A nurse was left in a critical condition after riot police fired a rubber bullet at her face during "
        "a silent vigil in Tehran.",
        "A student lost an eye after being hit by a tear gas canister during a peaceful march in Cali.",
    ],
)
def test_lethal_or_grave_harm_at_a_peaceful_gathering_is_excessive_force(text: str) -> None:
    assert sub_types(text)[:1] == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]


@pytest.mark.parametrize(
    "text",
    [
        "Striking miners fought running battles with riot police outside the mine in Rustenburg.",
        "Youths threw petrol bombs at police in the suburbs overnight after the funeral.",
        "Residents barricaded the highway with burning tyres to protest water shortages.",
    ],
)
def test_crowds_that_fight_the_police_in_the_street_riot(text: str) -> None:
    assert sub_types(text)[:1] == [S.VIOLENT_DEMONSTRATION]


@pytest.mark.parametrize(
    "text",
    [
        "A fresh contingent of 300 Rwandan soldiers arrived in Pemba to reinforce the regional force.",
        "The militia appointed a new commander for its northern front after the death of its leader.",
        "The rebels said they had suspended all offensive military operations for the holidays.",
    ],
)
def test_forces_sent_in_new_commanders_and_a_campaign_halted_change_the_group(text: str) -> None:
    assert sub_types(text)[:1] == [S.CHANGE_TO_GROUP_ACTIVITY]


@pytest.mark.parametrize(
    "text",
    [
        "Government forces took over the checkpoints vacated by the rebels outside Goma.",
        "Army units took over the airport at Kidal after the UN contingent departed.",
    ],
)
def test_ground_taken_after_the_other_side_left_changes_hands_without_a_fight(text: str) -> None:
    assert sub_types(text)[:1] == [S.NON_VIOLENT_TRANSFER_OF_TERRITORY]


def test_a_domestic_killing_arrest_is_crime() -> None:
    text = "A man in Eldoret was arrested for killing his wife after a domestic quarrel, police said."
    assert sub_types(text) == []


def test_gunmen_opening_fire_on_villagers_while_burning_houses_attack_them(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen raided a village near Konduga, opening fire on residents and setting houses ablaze. At least "
        "20 villagers were killed."
    )
    (mention,) = mentions_of(extractor, text)
    assert mention.sub_event_type is S.ATTACK
    assert mention.casualties.killed_min == 20
