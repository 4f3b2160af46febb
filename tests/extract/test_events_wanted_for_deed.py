"""A time cue that dates the deed a person is wanted or charged for ("a man wanted for killing two policemen
last year") recalls that deed, not the arrest the sentence reports."""

from __future__ import annotations

from datetime import datetime

import pytest

from waqia.extract.events import Sentence, detect_events
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Casualties, Role, SubEventType

S = SubEventType


def roles(text: str) -> dict[SubEventType, Role]:
    return {
        event.sub_event_type: event.role
        for event in detect_events([Sentence(start=0, end=len(text), text=text)])
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police on Monday arrested a man wanted for killing two policemen in Quetta last year.",
        "The CTD detained two suspects accused of bombing a shrine in Sehwan in 2017.",
        "Levies arrested a militant involved in the abduction of engineers last month.",
    ],
)
def test_the_arrest_of_a_man_wanted_for_an_old_deed_is_news(text: str) -> None:
    assert roles(text).get(S.ARRESTS) is Role.MAIN


@pytest.mark.parametrize(
    "text",
    [
        # The cue dates the arrest itself.
        "Police arrested three men in Quetta last year.",
        "Police arrested a man wanted for murder in Quetta, a court was told last week.",
    ],
)
def test_a_cue_of_the_arrest_itself_still_recalls_it(text: str) -> None:
    assert roles(text).get(S.ARRESTS) is Role.BACKGROUND


# The deed named as what the arrested are held for, with a clause telling its toll, is no event of the
# sentence: the arrest is the news.
@pytest.mark.parametrize(
    "text",
    [
        "Police said on Friday they had arrested three suspects in connection with Wednesday's bombing in "
        "Quetta that killed eight people.",
        "The CTD arrested two men wanted for the ambush that killed four Levies personnel.",
        "Rangers detained a suspect linked to the attack that wounded six traders in Lyari.",
    ],
)
def test_an_arrest_over_a_deed_that_harmed_people_is_the_news(text: str) -> None:
    assert roles(text).get(S.ARRESTS) is Role.MAIN


def test_a_deed_the_sentence_tells_after_its_back_reference_is_still_told() -> None:
    text = "Police suspected the BLA of planting the bomb that went off near the engineers' convoy."
    assert roles(text).get(S.REMOTE_EXPLOSIVE_LANDMINE_IED) is Role.MAIN


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two militants involved in the killing of three policemen in Quetta on Monday.",
        "The CTD arrested a suspect wanted for the bombing that killed 12 people in Peshawar.",
    ],
)
def test_an_arrest_counts_no_toll_of_the_deed_it_is_for(extractor: RulesExtractor, text: str) -> None:
    mentions = extractor.extract(Article(article_id="toll", text=text, published_at=datetime(2025, 3, 12)))
    arrests = [mention for mention in mentions if mention.sub_event_type is S.ARRESTS]
    assert arrests
    assert arrests[0].casualties == Casualties()
