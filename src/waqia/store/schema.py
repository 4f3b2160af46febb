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
    Index(None, "date_earliest", "event_id"),
    Index(None, "date_latest"),
    Index(None, "place_id"),
    Index(None, "event_type"),
    Index(None, "sub_event_type"),
    Index(None, "killed_min"),
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
