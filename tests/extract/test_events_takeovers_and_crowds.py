"""Ground taken after a fight, crowds that riot or gather against a ban, adjectives that are no arrests,
state fire on people, and deeds told with the doer's means between subject and verb (session 23)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def _first_main(extractor: RulesExtractor, text: str) -> SubEventType | None:
    article = Article(article_id="t23", text=text, published_at=datetime(2024, 5, 9, 8, tzinfo=UTC))
    mains = [m.sub_event_type for m in extractor.extract(article) if m.role is Role.MAIN]
    return mains[0] if mains else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A named place taken after a fight is ground, though "captured" also takes people.
        (
            "Rebel fighters captured Mongbwalu after heavy fighting with government troops, a rebel "
            "spokesman said on Tuesday.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        (
            "Government troops, backed by allied militia, entered Tawila on Friday after two days of "
            "clashes with the rebels, the army said.",
            S.GOVERNMENT_REGAINS_TERRITORY,
        ),
        # An army camp with a word between.
        (
            "Insurgents seized an army border camp near Loikaw after a night-long assault, residents said.",
            S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
        ),
        # A mission's own camp handed to a government.
        (
            "The peacekeeping mission handed over its former camp in Kutum to the state government on "
            "Monday.",
            S.NON_VIOLENT_TRANSFER_OF_TERRITORY,
        ),
    ],
)
def test_ground_taken_after_a_fight_or_handed_over(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _first_main(extractor, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Party supporters who beat police after blocking a road riot.
        (
            "Supporters of the jailed former premier blocked the motorway near Gujranwala and beat two "
            "policemen with sticks on Thursday.",
            S.VIOLENT_DEMONSTRATION,
        ),
        # "Detained" as an adjective is no arrest.
        (
            "Supporters of a detained opposition leader set tyres ablaze and threw stones at police in "
            "Conakry on Monday.",
            S.VIOLENT_DEMONSTRATION,
        ),
        # A chain of people, a march held, a march broken up, a gathering against a ban.
        (
            "Police in Tbilisi detained a dozen students who had formed a chain holding candles outside "
            "parliament.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Police detained dozens of activists who tried to hold a march near the presidential palace.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Riot police broke up a teachers' march in central Yerevan on Tuesday.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        (
            "Eleven people were arrested in Kowloon after a crowd gathered with banners in defiance of a "
            "police ban.",
            S.PROTEST_WITH_INTERVENTION,
        ),
        # Lethal fire on a movement named by its hashtag, and on mourners at a peaceful gathering.
        (
            "Police fired on #FeesMustFall protesters in Durban, killing two, witnesses said.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        (
            "Three mourners were shot dead when soldiers opened fire on a peaceful funeral gathering in "
            "Sanandaj.",
            S.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
        ),
        # Victims named by the charge against them, then the mob's deed.
        ("Two men accused of theft were lynched by a crowd in Kasese, police said.", S.MOB_VIOLENCE),
        (
            "Groups of men armed with clubs went through the market hunting for traders from the north, "
            "beating several of them.",
            S.MOB_VIOLENCE,
        ),
    ],
)
def test_crowds_protests_and_force_on_them(
    extractor: RulesExtractor, text: str, expected: SubEventType
) -> None:
    assert _first_main(extractor, text) is expected


def test_men_with_blades_are_no_mob(extractor: RulesExtractor) -> None:
    text = (
        "A group of men armed with axes and knives attacked a police constable near Sukma, leaving him dead."
    )
    assert _first_main(extractor, text) is not S.MOB_VIOLENCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Soldiers who fired are the doers, not the side attacked.
        (
            "A teenage girl was killed when soldiers on patrol fired into a crowded street in Monywa, "
            "residents said.",
            S.ATTACK,
        ),
        # ... as militants who fired on soldiers still fought them.
        ("Three soldiers were killed when militants fired on their patrol near Wana.", S.ARMED_CLASH),
        ("A video released by the group showed its fighters executing three captured farmers.", S.ATTACK),
        (
            "A sniper fired through the bedroom window of Dr. Ana Ruiz at her home in Cali. She was hit in "
            "the arm and survived.",
            S.ATTACK,
        ),
        (
            "Gunmen in a speedboat seized two fishermen off Basilan on Sunday.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        ("A man sped his car into a group of pro-government marchers in Caracas, injuring six.", S.ATTACK),
        ("A rabbi was punched and kicked by three men outside a synagogue in Antwerp.", S.ATTACK),
    ],
)
def test_doers_and_their_means(extractor: RulesExtractor, text: str, expected: SubEventType) -> None:
    assert _first_main(extractor, text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were wounded when militants used a quadcopter to drop explosives on a checkpost in "
        "Wana on Monday.",
        "Two policemen were injured in a quadcopter attack on the Mir Ali police station on Monday.",
    ],
)
def test_quadcopters_strike_from_the_air(extractor: RulesExtractor, text: str) -> None:
    assert _first_main(extractor, text) is S.AIR_DRONE_STRIKE


def test_a_toll_of_demonstrators_after_a_ramming_is_the_rammings(extractor: RulesExtractor) -> None:
    text = (
        "A man drove a pickup truck into a group of farmers' protesters near Ludhiana on Monday. Two "
        "protesters were killed and six were injured."
    )
    article = Article(article_id="t23", text=text, published_at=datetime(2024, 5, 9, 8, tzinfo=UTC))
    mains = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert [(m.sub_event_type, m.casualties.killed_min, m.casualties.injured_min) for m in mains] == [
        (S.ATTACK, 2, 6)
    ]
