"""The store interface: what the pipeline, analytics and exports need from storage."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from waqia.model import (
    Article,
    DecisionKind,
    Event,
    EventChange,
    EventChanges,
    EventFilter,
    EventStatus,
    Mention,
    MergeTrailEntry,
    ReviewRecord,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionRecord:
    """A stored mention with its article and the event it was merged into."""

    article: Article
    mention: Mention
    event_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportRecord:
    """A stored mention with its article's metadata (not its text) and its event: what resolution reads."""

    mention: Mention
    source: str | None
    url: str | None
    published_at: datetime | None
    event_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateEvent:
    """An event the candidate query found: its id, status, age and the resolver's stored profile.

    `profile` is opaque to the store (JSON written by the resolver); '' means it must be rebuilt.
    """

    event_id: str
    status: EventStatus
    created_at: datetime | None
    profile: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EventState:
    """What rewriting an event keeps: its status, creation time, merge target and a reviewer's edits."""

    event_id: str
    status: EventStatus
    created_at: datetime | None
    merged_into: str | None
    changes: EventChanges | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """A reviewer's standing instruction about one mention and one event (see DecisionKind)."""

    kind: DecisionKind
    mention_id: str
    event_id: str
    author: str
    at: datetime


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

    def candidate_profiles(
        self, *, earliest: date, latest: date, country_code: str | None, admin1: str | None
    ) -> list[CandidateEvent]:
        """Events (not merged away or withdrawn) that could be the event of a report dated
        [earliest, latest] in the given country and province; None matches any. Reads only event rows."""
        ...

    def waiting_reports(
        self, *, earliest: date, latest: date, country_code: str | None, admin1: str | None
    ) -> list[ReportRecord]:
        """Background mentions in no event yet whose dates overlap [earliest, latest], in the country and
        province (or with none known)."""
        ...

    def resolution_reports(self, event_ids: Collection[str]) -> dict[str, list[ReportRecord]]:
        """The mentions of each event with their articles' metadata, without article text."""
        ...

    def get_event(self, event_id: str) -> Event | None:
        """The event whatever its status (tombstones included), or None."""
        ...

    def event_state(self, event_id: str) -> EventState | None:
        """The event's status, creation time, merge target and edits (one light read), or None."""
        ...

    def put_resolved_event(self, event: Event, *, profile: str) -> None:
        """`put_event`, also storing the resolver's profile of the event."""
        ...

    def withdraw_event(
        self, event_id: str, *, status: EventStatus, at: datetime, merged_into: str | None = None
    ) -> None:
        """Keep the event as a tombstone: unlink its mentions and record why it left the dataset."""
        ...

    def set_status(self, event_id: str, *, status: EventStatus, at: datetime) -> None:
        """Change a live or rejected event's status (confirm, reject) and its updated_at."""
        ...

    def event_changes(self, event_id: str) -> EventChanges | None:
        """A reviewer's accumulated edits of the event, or None."""
        ...

    def put_event_changes(self, event_id: str, changes: EventChanges | None) -> None:
        """Store (or, with None, clear) the reviewer's edits of the event."""
        ...

    def add_trail(self, entries: Sequence[MergeTrailEntry]) -> None:
        """Append lines to the merge trail."""
        ...

    def add_decision(self, decision: Decision) -> None:
        """Record a reviewer's decision (idempotent)."""
        ...

    def decisions_for(
        self, *, mention_ids: Collection[str] = (), event_ids: Collection[str] = ()
    ) -> list[Decision]:
        """Decisions about any of these mentions or events."""
        ...

    def add_review(self, record: ReviewRecord) -> None:
        """Append a manual change to the review log."""
        ...


class EventStore(Protocol):
    """An event database (SQLite or PostgreSQL behind SQLAlchemy Core)."""

    url: str

    def session(self) -> AbstractContextManager[StoreSession]: ...

    def query_events(self, event_filter: EventFilter) -> list[Event]:
        """Events matching the filter (live ones unless `statuses` says otherwise), newest first."""
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

    def counts(self) -> StoreCounts:
        """Articles, mentions, and live events (tombstones and rejected events left out)."""
        ...

    def get_event(self, event_id: str) -> Event | None:
        """The event whatever its status (tombstones included), or None."""
        ...

    def reports_of(self, event_id: str) -> list[MentionRecord]:
        """The event's mentions with their full articles (for an event page)."""
        ...

    def iter_changes(self, since: datetime) -> Iterator[EventChange]:
        """Events added, updated or withdrawn (merged away, emptied, rejected) at or after `since`,
        oldest change first."""
        ...

    def merge_trail(self, event_id: str) -> list[MergeTrailEntry]:
        """How the event's mentions came to it (and left it), oldest first."""
        ...

    def review_history(self, event_id: str) -> list[ReviewRecord]:
        """The manual changes of the event, oldest first."""
        ...

    def close(self) -> None: ...
