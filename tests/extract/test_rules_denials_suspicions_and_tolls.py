"""Who is said to have done it, and how many died (issue #3): a denial worded around the group's name, a
group said to have "no link" with the attack, an inquiry that points to a group, a toll whose victim is
described at length, and a protest that carries no toll of its own."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import ActorType, Article, ClaimStatus, Mention, Role, SubEventType

S = SubEventType


def _mains(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="who", text=text, published_at=datetime(2024, 9, 5, tzinfo=UTC))
    return [m for m in extractor.extract(article) if m.role is Role.MAIN]


@pytest.mark.parametrize(
    "denial",
    [
        "A spokesman for the Tehrik-i-Taliban Pakistan denied the group's involvement in a message.",
        "A Tehrik-i-Taliban Pakistan spokesman denied any TTP involvement in the killing.",
        'A spokesman for the Tehrik-i-Taliban Pakistan said the group "has no link with the incident".',
    ],
)
def test_a_denial_worded_around_the_group(extractor: RulesExtractor, denial: str) -> None:
    text = f"Gunmen shot dead a vaccinator in Tank on Wednesday, police said. No group claimed it. {denial}"
    (mention,) = _mains(extractor, text)
    assert mention.claim.status is ClaimStatus.DENIED
    assert list(mention.claim.denied_by) == ["Tehreek-e-Taliban Pakistan"]


def test_an_inquiry_that_points_to_a_group_attributes_the_attack(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen shot dead a cleric outside a mosque in Kohat on Wednesday, police said. The district police "
        "officer said initial investigations suggested the involvement of Lashkar-e-Jhangvi. No one has "
        "claimed the killing."
    )
    (mention,) = _mains(extractor, text)
    assert mention.claim.status is ClaimStatus.ATTRIBUTED
    assert mention.perpetrator is not None
    assert mention.perpetrator.name == "Lashkar-e-Jhangvi"


def test_no_suspicion_without_a_word_that_points(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen shot dead a cleric outside a mosque in Kohat on Wednesday, police said. The spokesman of "
        "Lashkar-e-Jhangvi rejected reports about the involvement of its members."
    )
    (mention,) = _mains(extractor, text)
    assert mention.claim.status is not ClaimStatus.ATTRIBUTED


def test_a_victim_described_at_length_is_counted(extractor: RulesExtractor) -> None:
    text = (
        "A Pakistan Peoples Party leader who headed a union council in Pabbi, Nowshera district, was shot "
        "dead on Wednesday, police said."
    )
    (mention,) = _mains(extractor, text)
    assert (mention.casualties.killed_min, mention.casualties.killed_max) == (1, 1)


def test_a_peaceful_protest_carries_no_toll(extractor: RulesExtractor) -> None:
    text = (
        "A trader was shot dead in Hangu on Wednesday, and his relatives blocked the main road with his body "
        "for three hours in protest. The sit-in ended peacefully after talks with the police."
    )
    mains = _mains(extractor, text)
    protests = [m for m in mains if m.sub_event_type is S.PEACEFUL_PROTEST]
    attacks = [m for m in mains if m.sub_event_type is S.ATTACK]
    assert protests
    assert all(m.casualties.killed_min is None for m in protests)
    assert [m.casualties.killed_min for m in attacks] == [1]


def test_an_attack_a_week_before_the_news_is_recalled_with_its_claim(extractor: RulesExtractor) -> None:
    text = (
        "KUNDUZ: Taliban forces killed four members of the Islamic State Khorasan Province in a raid on a "
        "house in Kunduz on Wednesday, a Taliban spokesman said.\n\n"
        "The spokesman said the cell was linked to the September 4 bombing of a bus in Kabul, which killed "
        "six people and was claimed by the Islamic State Khorasan Province."
    )
    article = Article(article_id="week", text=text, published_at=datetime(2024, 9, 12, tzinfo=UTC))
    mentions = list(extractor.extract(article))
    raid = [m for m in mentions if m.role is Role.MAIN]
    recalled = [m for m in mentions if m.role is Role.BACKGROUND]
    assert [m.sub_event_type for m in raid] == [S.ARMED_CLASH]
    assert raid[0].claim.status is not ClaimStatus.CLAIMED
    assert [m.claim.status for m in recalled] == [ClaimStatus.CLAIMED]


def test_victims_with_nothing_to_do_with_it_deny_nothing_for_the_claimant(extractor: RulesExtractor) -> None:
    text = (
        "Gunmen kidnapped six miners near Harnai on Monday, officials said.\n\nThe Baloch Liberation Army "
        "said in a statement that its fighters had detained the miners.\n\nA representative of the mine "
        'owners said the workers were poor people. "They have nothing to do with politics," he said.'
    )
    (mention,) = _mains(extractor, text)
    assert mention.claim.status is ClaimStatus.CLAIMED
    assert not mention.claim.denied_by


@pytest.mark.parametrize(
    "text",
    [
        "Militants used a quadcopter to drop two mortar shells on a police station in Bannu on Wednesday, "
        "injuring three constables. Policemen on the roof opened fire at the drone, which flew away.",
        "A roadside bomb struck a police van in Tank on Wednesday, injuring four policemen. The police "
        "returned fire and opened fire on a nearby orchard.",
    ],
)
def test_the_forces_a_blast_was_aimed_at_are_not_its_doer(extractor: RulesExtractor, text: str) -> None:
    (mention,) = _mains(extractor, text)
    assert mention.perpetrator is None or mention.perpetrator.actor_type is not ActorType.STATE_FORCES


def test_a_strike_by_the_forces_of_another_country_keeps_its_doer(extractor: RulesExtractor) -> None:
    text = (
        "Indian army shelling killed two Pakistani soldiers near the Line of Control in Kotli district on "
        "Wednesday, the ISPR said."
    )
    mains = _mains(extractor, text)
    assert [m.perpetrator.name for m in mains if m.perpetrator] != []
