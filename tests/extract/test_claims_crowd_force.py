"""A force that uses tear gas, batons or force on a crowd acts in the event (ACLED: the actor of an
intervention or of excessive force), while "used the opportunity" names no act."""

from __future__ import annotations

import pytest

from waqia.extract.claims import MentionRole, read_mention_role


def role_of(sentence: str, word: str) -> MentionRole:
    start = sentence.index(word)
    return read_mention_role(sentence, start, start + len(word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Police used tear gas and batons to disperse the sit-in outside the press club.", "Police"),
        ("Dozens were hurt as the police used water cannons on the marchers.", "police"),
        ("Rangers used force to break up the rally near the assembly.", "Rangers"),
        ("The Levies baton-charged the protesters blocking the highway.", "Levies"),
        ("Police tear-gassed the crowd that had gathered at the square.", "Police"),
        ("Police dispersed the demonstrators after an hour.", "Police"),
    ],
)
def test_a_force_acting_on_a_crowd_is_the_agent(sentence: str, word: str) -> None:
    assert role_of(sentence, word) is MentionRole.AGENT


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The police used the meeting to brief the elders on the curfew.", "police"),
        ("Police used a helicopter to ferry the injured to Peshawar.", "Police"),
    ],
)
def test_using_other_things_names_no_act(sentence: str, word: str) -> None:
    assert role_of(sentence, word) is not MentionRole.AGENT
