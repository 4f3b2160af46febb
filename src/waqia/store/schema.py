"""The one database schema (SQLAlchemy Core tables) shared by SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Dialect,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeDecorator

# Content-hash ids are short; 64 leaves room for external ids and other hash lengths.
ID = String(64)
# Enum values and short codes are stored as their text so a new enum member needs no migration.
LABEL = String(64)
NAME = String(255)

# Stable constraint names make later ALTERs (migrations) portable between SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and read back timezone-aware; a naive value is taken to be UTC.

    SQLite has no timezone-aware type, so the offset is normalised away on write instead of being lost.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


METADATA = MetaData(naming_convention=NAMING_CONVENTION)

SCHEMA_MIGRATIONS = Table(
    "schema_migrations",
    METADATA,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", UtcDateTime, nullable=False),
)

ARTICLES = Table(
    "articles",
    METADATA,
    Column("article_id", ID, primary_key=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published_at", UtcDateTime),
    Column("language", LABEL, nullable=False),
    Column("fetched_at", UtcDateTime),
    Column("external_id", Text),
    Column("origin", Text, nullable=False),
    Column("fingerprint", ID, nullable=False),
    Index(None, "published_at"),
)

# Distinct resolved places and actors, keyed by a hash of all their fields; the *_key columns hold
# casefolded copies so filters are case-insensitive for every script on both backends (SQLite's
# lower() only folds ASCII).
PLACES = Table(
    "places",
    METADATA,
    Column("place_id", ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("country", NAME),
    Column("country_code", LABEL),
    Column("admin1", NAME),
    Column("admin2", NAME),
    Column("admin3", NAME),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("geo_precision", Integer),
    Column("gazetteer_id", NAME),
    Column("geocoder", LABEL, nullable=False),
    Column("country_key", NAME),
    Column("country_code_key", LABEL),
    Column("admin1_key", NAME),
    Index(None, "country_key"),
    Index(None, "country_code_key"),
    Index(None, "admin1_key"),
)

ACTORS = Table(
    "actors",
    METADATA,
    Column("actor_id", ID, primary_key=True),
    Column("name", Text, nullable=False),
    Column("actor_type", LABEL),
    Column("parent", Text),
    Column("country_code", LABEL),
    Column("name_key", Text, nullable=False),
)


def _fact_columns() -> list[Column[object]]:
    """The columns a mention and an event share: what happened, when, where, who, to whom, how many."""
    return [
        Column("event_type", LABEL, nullable=False),
        Column("sub_event_type", LABEL, nullable=False),
        Column("date_earliest", Date),
        Column("date_latest", Date),
        Column("date_precision", LABEL),
        Column("place_id", ID, ForeignKey("places.place_id")),
        Column("perpetrator_id", ID, ForeignKey("actors.actor_id")),
        Column("claim_status", LABEL, nullable=False),
        # JSON arrays of group names, in the order the extractor gave them.
        Column("claimed_by", Text, nullable=False),
        Column("denied_by", Text, nullable=False),
        Column("target", LABEL),
        Column("killed_min", Integer),
        Column("killed_max", Integer),
        Column("injured_min", Integer),
        Column("injured_max", Integer),
    ]


MENTIONS = Table(
    "mentions",
    METADATA,
    Column("mention_id", ID, primary_key=True),
    Column("article_id", ID, ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False),
    # Order within the article as the extractor returned it, and where its evidence starts (text order).
    Column("position", Integer, nullable=False),
    Column("text_start", Integer),
    Column("role", LABEL, nullable=False),
    *_fact_columns(),
    Column("extractor", LABEL, nullable=False),
    Column("confidence", Double, nullable=False),
    Index(None, "article_id", "text_start", "position"),
    # Issue #4 (migration 2): finds recalled (background) mentions still waiting for their event.
    Index(None, "role", "date_latest"),
)

EVIDENCE = Table(
    "evidence",
    METADATA,
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("field", LABEL, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("producer", LABEL, nullable=False),
)

EVENTS = Table(
    "events",
    METADATA,
    Column("event_id", ID, primary_key=True),
    *_fact_columns(),
    # Casefolded JSON of claimed_by, searched by the actor filter.
    Column("claimed_by_key", Text, nullable=False),
    Column("fatalities", Integer),
    Column("sources", Text, nullable=False),
    Column("source_urls", Text, nullable=False),
    Column("notes", Text, nullable=False),
    Column("created_at", UtcDateTime),
    Column("updated_at", UtcDateTime),
    # Issue #4 (migration 2). A withdrawn, merged or rejected event stays as a tombstone with its status so
    # the change feed can report it; `reported` is the JSON list of every source's figures and claim;
    # `overrides` a reviewer's EventChanges as JSON ('' for none) and `edited_fields` the names they set;
    # `profile` the resolver's JSON summary of the event's reports, read by the candidate query instead
    # of the mentions themselves ('' when it must be rebuilt).
    Column("status", LABEL, nullable=False, server_default="active"),
    Column("merged_into", ID),
    Column("reported", Text, nullable=False, server_default="[]"),
    Column("overrides", Text, nullable=False, server_default=""),
    Column("edited_fields", Text, nullable=False, server_default="[]"),
    Column("profile", Text, nullable=False, server_default=""),
    # Casefolded country code and province of the event's place ('' when unknown): the candidate query's
    # blocking keys, indexed with the date so that it reads one province's few weeks, not the whole table.
    Column("block_country", LABEL, nullable=False, server_default=""),
    Column("block_admin1", NAME, nullable=False, server_default=""),
    Index(None, "date_earliest", "event_id"),
    Index(None, "date_latest"),
    Index(None, "place_id"),
    Index(None, "event_type"),
    Index(None, "sub_event_type"),
    Index(None, "killed_min"),
    # The dashboard sorts listings by fatalities; without this index SQLite sorts every matching row
    # (about 100 ms for 100,000 events instead of 2 ms; benchmarks/web_listing.py). Added by migration 3.
    Index(None, "fatalities", "event_id"),
    Index(None, "updated_at"),
    Index(None, "status"),
    Index(None, "block_admin1", "date_latest"),
    Index(None, "block_country", "date_latest"),
)

# Which event each mention was merged into; a mention belongs to at most one event.
EVENT_MENTIONS = Table(
    "event_mentions",
    METADATA,
    Column("mention_id", ID, ForeignKey("mentions.mention_id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", ID, ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Index(None, "event_id", "position"),
)

# Issue #4 (migration 2): the merge trail. One row each time a mention is placed in an event: opened,
# joined (with the resolver's score and reasons), moved by an automatic or manual merge, or moved by a
# split. Rows are history: they outlive the mention and the event, so there are no foreign keys.
MERGE_TRAIL = Table(
    "merge_trail",
    METADATA,
    Column("entry_id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", ID, nullable=False),
    Column("event_id", ID, nullable=False),
    Column("action", LABEL, nullable=False),
    Column("score", Double),
    # JSON array of the MatchScore reasons.
    Column("reasons", Text, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("author", NAME),
    Column("from_event_id", ID),
    Index(None, "event_id", "entry_id"),
    Index(None, "mention_id"),
)

# Every manual change of an event (confirm, reject, edit, merge, split): who, when, why, and the event
# before and after as JSON text.
REVIEW_LOG = Table(
    "review_log",
    METADATA,
    Column("entry_id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", ID, nullable=False),
    Column("action", LABEL, nullable=False),
    Column("author", NAME, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("before", Text, nullable=False),
    Column("after", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Index(None, "event_id", "entry_id"),
)

# Reviewers' standing instructions to automatic resolution: a mention pinned to an event, or blocked
# from one (see DecisionKind).
RESOLUTION_DECISIONS = Table(
    "resolution_decisions",
    METADATA,
    Column("kind", LABEL, primary_key=True),
    Column("mention_id", ID, primary_key=True),
    Column("event_id", ID, primary_key=True),
    Column("author", NAME, nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Index(None, "event_id"),
    Index(None, "mention_id"),
)
