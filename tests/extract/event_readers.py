"""What the event rules read from one sentence or one short article: shared by the phrasing tests."""

from __future__ import annotations

from datetime import UTC, datetime

from waqia.extract.events import Sentence, detect_events
from waqia.extract.rules import RulesExtractor
from waqia.model import Article, Mention, Role, SubEventType


def sub_types(text: str) -> list[SubEventType]:
    """The sub-types of the events one sentence reports."""
    return [event.sub_event_type for event in detect_events([Sentence(start=0, end=len(text), text=text)])]


def mentions_of(extractor: RulesExtractor, text: str) -> tuple[Mention, ...]:
    """The mentions of a one-article text published on 8 March 2024."""
    article = Article(article_id="phrasing", text=text, published_at=datetime(2024, 3, 8, tzinfo=UTC))
    return extractor.extract(article)


def main_sub_types(extractor: RulesExtractor, text: str) -> list[SubEventType]:
    return [mention.sub_event_type for mention in mentions_of(extractor, text) if mention.role is Role.MAIN]
