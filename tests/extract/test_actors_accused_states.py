"""A state named by its country or its aircraft as the side that struck (session 23): "accused Pakistan of
carrying out air strikes", "Pakistani jets"; a country accused of anything else is no actor."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.actors import ActorDictionary, load_actor_dictionary
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, ClaimStatus, Role


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actor_dictionary()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kabul accused Pakistan of carrying out air strikes in Khost.", "Pakistani military"),
        ("Officials blamed neighbouring Iran for the shelling of border villages.", "Iranian military"),
        ("Islamabad accused India of cross-border firing along the Line of Control.", "Indian military"),
        ("Pakistani jets struck hideouts across the border, residents said.", "Pakistani military"),
    ],
)
def test_a_state_accused_of_strikes_or_named_by_its_jets_is_its_military(
    actors: ActorDictionary, text: str, name: str
) -> None:
    assert [match.actor.name for match in actors.find_actors(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad accused Pakistan's neighbour of harbouring militants.",
        "Kabul accused Pakistan of sheltering fighters who attack Afghan forces.",
        "Pakistan condemned the air strikes in Syria.",
    ],
)
def test_a_country_accused_of_anything_else_is_no_actor(actors: ActorDictionary, text: str) -> None:
    assert actors.find_actors(text) == ()


def test_the_accused_state_is_the_perpetrator_of_the_strikes(extractor: RulesExtractor) -> None:
    text = (
        "KABUL: The Taliban government on Saturday accused Pakistan of carrying out air strikes in the "
        "eastern province of Paktika that killed at least eight civilians."
    )
    article = Article(article_id="t23", text=text, published_at=datetime(2025, 8, 30, 9, tzinfo=UTC))
    [mention] = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert mention.perpetrator is not None
    assert mention.perpetrator.name == "Pakistani military"
    assert mention.claim.status is ClaimStatus.ATTRIBUTED
