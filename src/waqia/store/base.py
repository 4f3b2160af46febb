"""The store interface: what the pipeline, analytics and exports need from storage."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from waqia.model import Article, Event, EventFilter, Mention


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionRecord:
    """A stored mention with its article and the event it was merged into."""

    article: Article
    mention: Mention
    event_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    articles: int
    mentions: int
    events: int


class StoreSession(Protocol):
    """One transaction. Leaving the `with` block commits; an exception rolls everything back."""

    def article_fingerprint(self, article_id: str) -> str | None:
        """The fingerprint stored with the article (text + metadata + extractor), or None if absent."""
        ...

    def put_article(self, article: Article, *, fingerprint: str) -> None:
        """Insert or update the article row (idempotent upsert)."""
        ...

    def replace_mentions(self, article_id: str, mentions: Sequence[Mention]) -> set[str]:
        """Replace the article's mentions (with evidence, places, actors).

        Returns the ids of events that held the article's previous mentions, so the caller can
        recompute or withdraw them.
        """
        ...

    def candidate_events(self, *, earliest: date, latest: date, country_code: str | None) -> list[Event]:
        """Events whose date interval overlaps [earliest, latest] (any country when None)."""
        ...

    def mentions_of(self, event_id: str) -> list[Mention]:
        """The mentions currently linked to an event."""
        ...

    def reports_of(self, event_id: str) -> list[MentionRecord]:
        """The mentions linked to an event with their articles (for sources and report dates)."""
        ...

    def put_event(self, event: Event) -> None:
        """Upsert the event and link `event.mention_ids` to it."""
        ...

    def delete_event(self, event_id: str) -> None:
        """Remove an event that no longer has mentions."""
        ...


class EventStore(Protocol):
    """An event database (SQLite or PostgreSQL behind SQLAlchemy Core)."""

    url: str

    def session(self) -> AbstractContextManager[StoreSession]: ...

    def query_events(self, event_filter: EventFilter) -> list[Event]:
        """Events matching the filter, newest first."""
        ...

    def iter_events(self, event_filter: EventFilter | None = None) -> Iterator[Event]:
        """Every matching event, oldest first, streamed."""
        ...

    def iter_mentions(self) -> Iterator[MentionRecord]:
        """Every stored mention with its article and event id, by article then text order."""
        ...

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in the order `iter_mentions` groups them."""
        ...

    def get_article(self, article_id: str) -> Article | None: ...

    def counts(self) -> StoreCounts: ...

    def close(self) -> None: ...
