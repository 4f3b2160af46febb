"""A trigger dated by its own day ("on January 16") is the news even when a cue later in the sentence
recalls an earlier event ("where an encounter occurred last month"), and counts only its own dead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Role, SubEventType

S = SubEventType


def roles(text: str) -> list[tuple[SubEventType, Role]]:
    return [
        (event.sub_event_type, event.role)
        for event in detect_events([Sentence(start=0, end=len(text), text=text)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police and Maoists exchanged fire in the forest on January 16, close to the village where security "
        "forces had killed three rebels in an encounter in December 2015.",
        "Militants attacked a police post on Monday night near the town, the third attack on the post since "
        "the army launched its operation there last month.",
        "Two soldiers were killed on Tuesday in an attack on a convoy that was ambushed by the same group "
        "last year in the same valley.",
        "Gunmen shot dead a shopkeeper in the bazaar on 3 May, a few streets from where militants killed two "
        "policemen last month.",
    ],
)
def test_a_trigger_dated_by_its_own_day_is_the_news(text: str) -> None:
    assert any(role is Role.MAIN for _, role in roles(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police and Maoists exchanged fire in the forest on January 16, close to the village where security "
        "forces had killed three rebels in an encounter in December 2015.",
        "Gunmen shot dead a shopkeeper in the bazaar on 3 May, a few streets from where militants killed two "
        "policemen last month.",
    ],
)
def test_the_event_beside_the_cue_is_still_recalled(text: str) -> None:
    assert Role.BACKGROUND in {role for _, role in roles(text)}


@pytest.mark.parametrize(
    "text",
    [
        # The day is the cue's own: nothing else in the sentence is dated.
        "Militants attacked the post on January 16 last year.",
        "A similar attack killed four soldiers in the valley last year.",
        # A day told before the trigger dates nothing after it.
        "On Monday officials recalled that militants had attacked the post last month.",
    ],
)
def test_without_a_day_of_its_own_the_trigger_stays_recalled(text: str) -> None:
    assert [role for _, role in roles(text)] == [Role.BACKGROUND]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "Gunmen shot dead a shopkeeper in the bazaar on 3 May, a few streets from where militants killed "
            "two policemen last month.",
            1,
        ),
        ("A bomb killed five people in the market on 3 May in the town where ten were killed last year.", 5),
        # A toll told right after a cue that names the event itself is the news's.
        ("Gunmen attacked a synagogue on 3 May, the 2024 synagogue attack, killing two people.", 2),
        # A participle after the comma still tells the news.
        (
            "A suicide bomber struck on 3 May, killing five mourners at a memorial for the victims of the "
            "2013 bombings.",
            5,
        ),
    ],
)
def test_the_news_counts_only_its_own_dead(extractor: RulesExtractor, text: str, killed: int) -> None:
    article = Article(article_id="dated-news", text=text, published_at=datetime(2024, 5, 4, 9, tzinfo=UTC))
    main = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert len(main) == 1
    assert (main[0].casualties.killed_min, main[0].casualties.killed_max) == (killed, killed)


def test_an_operation_dated_by_its_day_does_not_make_the_recalled_blast_news() -> None:
    text = (
        "Security forces arrested a Maoist commander during a search operation in the district on "
        "December 26 reports the daily He is wanted in the landmine blast near the dam that killed 14 "
        "policemen in 2009"
    )
    violent = {S.ARMED_CLASH, S.REMOTE_EXPLOSIVE_LANDMINE_IED, S.ATTACK}
    assert not [sub_type for sub_type, role in roles(text) if sub_type in violent and role is Role.MAIN]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # The group spoke on Tuesday of a deed done on Monday night.
        (
            "The Baloch Liberation Front said on Tuesday that its fighters had killed two soldiers in an "
            "attack on a post in Kech.\n\nIn its statement, the group said the fighters attacked the post "
            "on Monday night with machine guns.",
            "2025-03-10",
        ),
        # With no other day given, the day of the statement is the best the report gives.
        ("Police said on Tuesday that gunmen had shot dead two traders in Quetta.", "2025-03-11"),
    ],
)
def test_the_day_someone_spoke_gives_way_to_the_day_of_the_deed(
    extractor: RulesExtractor, text: str, day: str
) -> None:
    article = Article(article_id="spoken", text=text, published_at=datetime(2025, 3, 12, tzinfo=UTC))
    mains = [m for m in extractor.extract(article) if m.role is Role.MAIN]
    assert mains
    assert mains[0].when is not None
    assert mains[0].when.iso() == day
