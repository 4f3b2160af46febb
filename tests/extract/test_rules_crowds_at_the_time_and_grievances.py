"""Crowds through the real extractor (issue #3): what people "were doing" when the police acted is the news,
not an earlier event; a killing named as the crowd's grievance ("over the killing of a trader") is not the
crowd's toll."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType

S = SubEventType


def _mentions(extractor: RulesExtractor, text: str) -> list[Mention]:
    article = Article(article_id="crowds", text=text, published_at=datetime(2024, 9, 3, tzinfo=UTC))
    return list(extractor.extract(article))


@pytest.mark.parametrize(
    "text",
    [
        "Police detained thirty students who were marching to the education ministry in Accra.",
        "Riot police dispersed farmers who were protesting outside the assembly in Chandigarh.",
        "Soldiers arrested a dozen women who were demonstrating against evictions in Harare on Friday.",
    ],
)
def test_what_a_crowd_was_doing_when_the_police_acted_is_the_news(
    extractor: RulesExtractor, text: str
) -> None:
    mentions = _mentions(extractor, text)
    assert [(m.role, m.sub_event_type) for m in mentions] == [(Role.MAIN, S.PROTEST_WITH_INTERVENTION)]


@pytest.mark.parametrize(
    "text",
    [
        "Youths set fire to the municipal office in Kisii over the killing of a boda boda rider.",
        "Angry residents blocked the highway with burning tyres in Bauchi over the deaths of two herders.",
        "Protesters stoned police vehicles in Conakry in anger at the killing of a student.",
    ],
)
def test_a_killing_named_as_the_grievance_is_not_the_crowds_toll(
    extractor: RulesExtractor, text: str
) -> None:
    mains = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mains, text
    assert mains[0].casualties.killed_min is None


def test_over_a_figure_is_still_a_toll(extractor: RulesExtractor) -> None:
    text = "Over 20 people were killed when gunmen opened fire on a crowd of worshippers in Zamfara."
    mains = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mains
    assert mains[0].casualties.killed_min == 21


def test_a_leaders_grief_over_a_killing_still_tells_its_toll(extractor: RulesExtractor) -> None:
    # Only a crowd's cause is read as an earlier event: here the killing is the news.
    text = (
        "The chief minister expressed grief over the killing of a teenage boy by unidentified gunmen in "
        "Shopian."
    )
    mains = [m for m in _mentions(extractor, text) if m.role is Role.MAIN]
    assert mains
    assert mains[0].casualties.killed_min == 1
