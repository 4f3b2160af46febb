"""Deeds the rules missed (issue #3): the state's forces killing unarmed people, beatings by armed bands,
a person set on fire, both sides named before "clashed", an aim to overrun a post, people confined where
they were seized or taken by men who hid who they were, a tear-gas agent used in war, a new commander, and
a raid told by its shooting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="deeds", text=text, published_at=datetime(2021, 5, 12, tzinfo=UTC))
    return list(extractor.extract(article))


def _main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [m.sub_event_type for m in _mentions(extractor, text) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The state's forces killing unarmed people attack them.
        (
            "Security forces killed four civilians in a village outside Kidal on Monday, relatives said.",
            S.ATTACK,
        ),
        (
            "Army soldiers on patrol killed three herders near the river on Tuesday, a local official said.",
            S.ATTACK,
        ),
        # An armed band's beating.
        (
            "Maoist cadres dragged a village teacher out of his school and beat him in front of pupils in "
            "Rolpa district on Sunday.",
            S.ATTACK,
        ),
        ("Settlers carrying iron bars beat two farmers harvesting olives near Nablus on Friday.", S.ATTACK),
        # A crowd that sets a person on fire is a mob; the person is no property.
        (
            "A crowd at a bus stand in Kano set a man ablaze after accusing him of stealing a purse.",
            S.MOB_VIOLENCE,
        ),
        # Both sides named before the verb.
        (
            "Jihadist fighters and Malian army troops clashed near Boni on Thursday, a military source said.",
            S.ARMED_CLASH,
        ),
        # People kept where they were seized.
        (
            "Members of an armed faction kept nine employees and two guards inside the land registry office "
            "in Jalalabad for a day, demanding the release of a relative.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        (
            "Gunmen entered a college in Imphal and confined about forty students in a hall for five hours.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # Men who hid who they were took a man from his home.
        (
            "Men claiming to be from an intelligence agency took a lawyer from his home in Rawalpindi late "
            "on Saturday, his family said.",
            S.ABDUCTION_FORCED_DISAPPEARANCE,
        ),
        # Riot-control gas dropped in war.
        (
            "The general staff said enemy troops had dropped grenades filled with a tear-gas agent from "
            "drones onto trenches near Bakhmut.",
            S.CHEMICAL_WEAPON,
        ),
        # A new commander named by a group.
        (
            "The Kachin Independence Army announced the appointment of a new deputy commander on Friday.",
            S.CHANGE_TO_GROUP_ACTIVITY,
        ),
        # A sentence whose only deed is "held": the word filter lets it through to the rules.
        ("Police held three suspects at a checkpoint near Quetta on Monday.", S.ARRESTS),
        # Struck by a gunman's bullets.
        ("A shopkeeper was hit several times by a gunman in Quetta on Monday.", S.ATTACK),
        # A raid told by its shooting: harm to people outranks the burning.
        (
            "Armed militia raided Dogo village in Plateau State late on Sunday, shooting residents and "
            "burning houses.",
            S.ATTACK,
        ),
    ],
)
def test_deeds_the_rules_now_read(extractor: RulesExtractor, text: str, expected: SubEventType) -> None:
    assert _main_sub_types(extractor, text) == [expected]


def test_an_aim_to_overrun_a_post_is_no_ground_taken(extractor: RulesExtractor) -> None:
    text = (
        "Al-Shabaab fighters and government troops clashed near Balcad on Wednesday after the militants "
        "tried to overrun an army base, a commander said."
    )
    sub_types = [m.sub_event_type for m in _mentions(extractor, text)]
    assert S.NON_STATE_ACTOR_OVERTAKES_TERRITORY not in sub_types
    assert _main_sub_types(extractor, text) == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # The state's forces killing militants fight them; killed by them, the civilians were attacked.
        ("Troops killed six militants in a raid on a hideout near Mir Ali on Monday.", S.ATTACK),
        # A crowd's beating stays mob violence; the police's, force against protesters.
        ("Villagers beat a suspected thief to death in Saran district on Monday.", S.ATTACK),
        ("Police beat protesters with batons outside the assembly in Lahore on Monday.", S.ATTACK),
        # Beaten back is no beating.
        ("Militants beat back an assault on their positions near Spin Boldak on Monday.", S.ATTACK),
        # A shop set on fire is property.
        ("Militants set a shop ablaze in Bannu on Monday.", S.MOB_VIOLENCE),
        # Tear gas on protesters is no chemical weapon.
        ("Police fired tear gas at protesters in Dhaka on Monday.", S.CHEMICAL_WEAPON),
        # Officials held in custody by the police are not hostages.
        ("Police held the suspects at the station overnight in Quetta.", S.ABDUCTION_FORCED_DISAPPEARANCE),
    ],
)
def test_guards(extractor: RulesExtractor, text: str, unwanted: SubEventType) -> None:
    assert unwanted not in _main_sub_types(extractor, text)
