"""The event store on SQLAlchemy Core: one implementation for SQLite files and PostgreSQL servers."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import (
    URL,
    ColumnElement,
    Connection,
    Engine,
    Row,
    Select,
    Table,
    create_engine,
    delete,
    event,
    false,
    func,
    make_url,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.dml import Insert

from waqia.errors import StorageError
from waqia.model import (
    Actor,
    ActorType,
    Article,
    Casualties,
    ChangeKind,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    DecisionKind,
    Event,
    EventChange,
    EventChanges,
    EventFilter,
    EventStatus,
    EventType,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    MergeTrailEntry,
    Place,
    ReviewAction,
    ReviewRecord,
    Role,
    SourceFigure,
    SubEventType,
    Target,
    TrailAction,
    hash_id,
)
from waqia.store.base import (
    CandidateEvent,
    Decision,
    EventState,
    MentionRecord,
    ReportRecord,
    StoreCounts,
)
from waqia.store.migrations import migrate as migrate_schema
from waqia.store.schema import (
    ACTORS,
    ARTICLES,
    EVENT_MENTIONS,
    EVENTS,
    EVIDENCE,
    MENTIONS,
    MERGE_TRAIL,
    PLACES,
    RESOLUTION_DECISIONS,
    REVIEW_LOG,
)

LOG = logging.getLogger(__name__)

# Rows fetched per round trip when streaming, and ids per IN (...) list: well under SQLite's
# 32,766 bound parameters and small enough to keep memory flat.
BATCH_SIZE = 500
# The first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html).
SQLITE_HEADER = b"SQLite format 3\x00"
# Seconds a writer waits for another SQLite writer before failing with "database is locked".
SQLITE_BUSY_TIMEOUT = 30
PG_CONNECT_TIMEOUT = 10
TARGET_HINT = "check --db or WAQIA_DB: a SQLite file path or a postgresql://user@host:port/dbname URL"
# Execution option that makes SQLite take the write lock at BEGIN, so two writers queue on the busy
# timeout instead of failing when a read lock cannot be upgraded.
WRITE_OPTION = "waqia_write"
LIVE_STATUSES = tuple(status.value for status in EventStatus if status.is_live)
TOMBSTONE_STATUSES = (EventStatus.MERGED.value, EventStatus.WITHDRAWN.value)
# Events dated more loosely than this many days (a year) are not resolution candidates; bounding the span
# turns the candidate query into a range scan of the date_latest index.
CANDIDATE_MAX_SPAN = timedelta(days=40)
# Events columns a plain upsert leaves alone: a reviewer's edits are written only by put_event_changes.
KEPT_EVENT_COLUMNS = ("overrides",)

Values = dict[str, Any]
PASSWORD_IN_URL = re.compile(r"(://[^:/@]*:)[^@/]*@")


def open_store(target: str, *, migrate: bool = True) -> SqlEventStore:
    """Open (and by default create or upgrade) the store at a SQLite path or a SQLAlchemy URL.

    Args:
        target: a filesystem path to a SQLite file (its folder must exist), ":memory:", or a URL such as
            ``sqlite:///events.db`` or ``postgresql://user@host:5432/waqia``.
        migrate: apply pending schema migrations.

    Raises:
        StorageError: the target is malformed, of an unsupported kind, unreachable, not a database,
            or could not be migrated.
    """
    shown = _hide_password(target)
    url = _parse_target(target, shown=shown)
    engine = _create_engine(url, shown=shown)
    try:
        with engine.connect():
            pass
        if migrate:
            migrate_schema(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise StorageError(
            f"cannot open the database {shown!r}: {_first_line(error)}", hint=TARGET_HINT
        ) from error
    except StorageError:
        engine.dispose()
        raise
    return SqlEventStore(engine)


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def _hide_password(target: str) -> str:
    return PASSWORD_IN_URL.sub(r"\1***@", target)


def _parse_target(target: str, *, shown: str) -> URL:
    if "://" not in target:
        if target == ":memory:":
            return URL.create("sqlite", database=":memory:")
        path = Path(target).expanduser()
        _check_sqlite_path(path, shown=shown)
        return URL.create("sqlite", database=str(path))
    try:
        url = make_url(target)
    except (ArgumentError, ValueError) as error:
        raise StorageError(f"{shown!r} is not a valid database URL: {error}", hint=TARGET_HINT) from error
    # Read the scheme ourselves: asking SQLAlchemy for the driver imports it, and fails oddly for "http".
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        if url.database and url.database != ":memory:":
            _check_sqlite_path(Path(url.database).expanduser(), shown=shown)
        return url
    raise StorageError(
        f"{shown!r}: unsupported database kind {url.drivername!r}",
        hint=f"waqia stores events in SQLite or PostgreSQL (psycopg); {TARGET_HINT}",
    )


def _check_sqlite_path(path: Path, *, shown: str) -> None:
    if not path.parent.is_dir():
        raise StorageError(
            f"cannot create the SQLite database {shown!r}: folder {str(path.parent)!r} does not exist",
            hint=f"create the folder first or choose another path; {TARGET_HINT}",
        )
    if path.is_dir():
        raise StorageError(f"{shown!r} is a folder, not a SQLite database file", hint=TARGET_HINT)
    if path.is_file() and path.stat().st_size > 0:
        try:
            with path.open("rb") as stream:
                header = stream.read(len(SQLITE_HEADER))
        except OSError as error:
            raise StorageError(f"cannot read {shown!r}: {error}", hint=TARGET_HINT) from error
        if header != SQLITE_HEADER:
            raise StorageError(
                f"{shown!r} exists but is not a SQLite database",
                hint=f"point at a new file or an existing waqia database; {TARGET_HINT}",
            )


def _create_engine(url: URL, *, shown: str) -> Engine:
    try:
        if url.get_backend_name() == "postgresql":
            return create_engine(
                url, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT}
            )
        in_memory = url.database in (None, "", ":memory:")
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT, "check_same_thread": False},
            # One shared connection, or every checkout would see its own empty in-memory database.
            poolclass=StaticPool if in_memory else None,
        )
    except (ArgumentError, ImportError) as error:
        raise StorageError(f"cannot use the database {shown!r}: {error}", hint=TARGET_HINT) from error
    _configure_sqlite(engine, wal=not in_memory)
    return engine


def _configure_sqlite(engine: Engine, *, wal: bool) -> None:
    # pysqlite's own transaction handling issues BEGIN lazily and not before DDL; taking it over
    # (the recipe in SQLAlchemy's SQLite dialect docs) gives real transactions for every session.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL still never corrupts the database; it only skips the fsync at each commit
            # (a power cut may lose the last transactions), which makes a one-article transaction
            # several times faster (SQLite documentation, "PRAGMA synchronous").
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


class SqlEventStore:
    """An `EventStore` over a SQLAlchemy engine; build it with `open_store`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._upserts = _build_upserts(engine.dialect.name)
        self.url = engine.url.render_as_string(hide_password=True)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, for migrations and maintenance commands."""
        return self._engine

    @property
    def dialect(self) -> str:
        """The SQLAlchemy dialect name: sqlite or postgresql."""
        return self._engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[SqlStoreSession]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        try:
            with self._engine.connect() as connection:
                connection.execution_options(**{WRITE_OPTION: True})
                with connection.begin():
                    yield SqlStoreSession(connection, upserts=self._upserts)
        except SQLAlchemyError as error:
            raise StorageError(
                f"{self.url}: the write failed and was rolled back: {_first_line(error)}",
                hint="nothing from this transaction was kept; fix the cause and run the command again",
            ) from error

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as connection:
                yield connection
        except SQLAlchemyError as error:
            raise StorageError(f"{self.url}: read failed: {_first_line(error)}", hint=TARGET_HINT) from error

    def query_events(self, event_filter: EventFilter) -> list[Event]:
        """Events matching the filter, newest first."""
        statement = _filtered_events(event_filter).order_by(
            EVENTS.c.date_earliest.desc().nulls_last(), EVENTS.c.event_id.desc()
        )
        if event_filter.limit is not None:
            statement = statement.limit(event_filter.limit)
        with self._reading() as connection:
            rows = connection.execute(statement).all()
            events: list[Event] = []
            for start in range(0, len(rows), BATCH_SIZE):
                events.extend(_build_events(connection, rows[start : start + BATCH_SIZE]))
            return events

    def iter_events(self, event_filter: EventFilter | None = None) -> Iterator[Event]:
        """Every matching event, oldest first, fetched in batches so memory stays flat."""
        event_filter = event_filter or EventFilter()
        statement = _filtered_events(event_filter).order_by(
            EVENTS.c.date_earliest.asc().nulls_last(), EVENTS.c.event_id.asc()
        )
        if event_filter.limit is not None:
            statement = statement.limit(event_filter.limit)
        with self._reading() as connection:
            result = connection.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(
                statement
            )
            for rows in result.partitions():
                yield from _build_events(connection, rows)

    def iter_mentions(self) -> Iterator[MentionRecord]:
        """Every mention with its article and event id; articles by publication time, then text order."""
        statement = (
            select(MENTIONS, EVENT_MENTIONS.c.event_id)
            .select_from(
                MENTIONS.join(ARTICLES, ARTICLES.c.article_id == MENTIONS.c.article_id).outerjoin(
                    EVENT_MENTIONS, EVENT_MENTIONS.c.mention_id == MENTIONS.c.mention_id
                )
            )
            .order_by(
                ARTICLES.c.published_at.asc().nulls_last(),
                MENTIONS.c.article_id,
                MENTIONS.c.text_start.asc().nulls_last(),
                MENTIONS.c.position,
            )
        )
        with self._reading() as connection:
            result = connection.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(
                statement
            )
            for rows in result.partitions():
                yield from _build_records(connection, rows)

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article, in the order `iter_mentions` groups them (publication time, then id)."""
        statement = select(ARTICLES.c.article_id).order_by(
            ARTICLES.c.published_at.asc().nulls_last(), ARTICLES.c.article_id
        )
        with self._reading() as connection:
            result = connection.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(
                statement
            )
            for rows in result.partitions():
                ids = [row.article_id for row in rows]
                loaded = _load_articles(connection, ids)
                yield from (loaded[article_id] for article_id in ids)

    def get_article(self, article_id: str) -> Article | None:
        with self._reading() as connection:
            return _load_articles(connection, [article_id]).get(article_id)

    def counts(self) -> StoreCounts:
        with self._reading() as connection:
            return StoreCounts(
                articles=_count(connection, ARTICLES),
                mentions=_count(connection, MENTIONS),
                events=connection.execute(
                    select(func.count()).select_from(EVENTS).where(EVENTS.c.status.in_(LIVE_STATUSES))
                ).scalar_one(),
            )

    def get_event(self, event_id: str) -> Event | None:
        """The event whatever its status (tombstones included), or None."""
        with self._reading() as connection:
            return _get_event(connection, event_id)

    def reports_of(self, event_id: str) -> list[MentionRecord]:
        """The event's mentions in link order, each with its full article."""
        with self._reading() as connection:
            return _reports_of(connection, event_id)

    def iter_changes(self, since: datetime) -> Iterator[EventChange]:
        """Events added, updated or withdrawn at or after `since`, by time of change then id."""
        statement = (
            select(EVENTS)
            .where(EVENTS.c.updated_at >= since)
            .order_by(EVENTS.c.updated_at, EVENTS.c.event_id)
        )
        with self._reading() as connection:
            result = connection.execution_options(stream_results=True, yield_per=BATCH_SIZE).execute(
                statement
            )
            for rows in result.partitions():
                for event in _build_events(connection, rows):
                    yield _change_of(event, since=since)

    def merge_trail(self, event_id: str) -> list[MergeTrailEntry]:
        """The trail lines naming the event (as destination or as origin), oldest first."""
        statement = (
            select(MERGE_TRAIL)
            .where(or_(MERGE_TRAIL.c.event_id == event_id, MERGE_TRAIL.c.from_event_id == event_id))
            .order_by(MERGE_TRAIL.c.entry_id)
        )
        with self._reading() as connection:
            return [_trail_entry(row) for row in connection.execute(statement)]

    def review_history(self, event_id: str) -> list[ReviewRecord]:
        """The manual changes of the event, oldest first."""
        statement = (
            select(REVIEW_LOG).where(REVIEW_LOG.c.event_id == event_id).order_by(REVIEW_LOG.c.entry_id)
        )
        with self._reading() as connection:
            return [
                ReviewRecord(
                    event_id=row.event_id,
                    action=ReviewAction(row.action),
                    author=row.author,
                    at=row.at,
                    before=row.before,
                    after=row.after,
                    reason=row.reason,
                )
                for row in connection.execute(statement)
            ]

    def close(self) -> None:
        self._engine.dispose()


def _count(connection: Connection, table: Table) -> int:
    return connection.execute(select(func.count()).select_from(table)).scalar_one()


class SqlStoreSession:
    """The `StoreSession` of one open transaction."""

    def __init__(self, connection: Connection, *, upserts: _Upserts) -> None:
        self._connection = connection
        self._upserts = upserts

    def article_fingerprint(self, article_id: str) -> str | None:
        statement = select(ARTICLES.c.fingerprint).where(ARTICLES.c.article_id == article_id)
        return self._connection.execute(statement).scalar_one_or_none()

    def put_article(self, article: Article, *, fingerprint: str) -> None:
        self._connection.execute(self._upserts.articles, [_article_values(article, fingerprint=fingerprint)])

    def replace_mentions(self, article_id: str, mentions: Sequence[Mention]) -> set[str]:
        """Replace the article's mentions; returns the events that held the old ones."""
        strangers = sorted({m.mention_id for m in mentions if m.article_id != article_id})
        if strangers:
            raise StorageError(
                f"mentions {', '.join(strangers)} do not belong to article {article_id}",
                hint="pass each article's own mentions to replace_mentions",
            )
        if len({m.mention_id for m in mentions}) != len(mentions):
            raise StorageError(
                f"article {article_id}: the same mention id is given twice",
                hint="mention ids must be unique within an article (report this as a bug)",
            )
        connection = self._connection
        old_ids = select(MENTIONS.c.mention_id).where(MENTIONS.c.article_id == article_id)
        stale: set[str] = set()
        # A new article has nothing to replace: one read instead of four statements.
        if connection.execute(old_ids.limit(1)).first() is not None:
            stale = set(
                connection.scalars(
                    select(EVENT_MENTIONS.c.event_id)
                    .where(EVENT_MENTIONS.c.mention_id.in_(old_ids))
                    .distinct()
                )
            )
            connection.execute(delete(EVENT_MENTIONS).where(EVENT_MENTIONS.c.mention_id.in_(old_ids)))
            connection.execute(delete(EVIDENCE).where(EVIDENCE.c.mention_id.in_(old_ids)))
            connection.execute(delete(MENTIONS).where(MENTIONS.c.article_id == article_id))
        if not mentions:
            return stale
        _put_places_and_actors(connection, self._upserts, mentions)
        connection.execute(
            MENTIONS.insert(), [_mention_values(m, position=i) for i, m in enumerate(mentions)]
        )
        evidence = [
            _evidence_values(item, mention_id=m.mention_id, position=i)
            for m in mentions
            for i, item in enumerate(m.evidence)
        ]
        if evidence:
            connection.execute(EVIDENCE.insert(), evidence)
        return stale

    def candidate_events(self, *, earliest: date, latest: date, country_code: str | None) -> list[Event]:
        """Events whose date interval overlaps [earliest, latest], in the country when one is given."""
        statement = (
            select(EVENTS)
            .where(EVENTS.c.date_earliest <= latest, EVENTS.c.date_latest >= earliest)
            .order_by(EVENTS.c.date_earliest, EVENTS.c.event_id)
        )
        if country_code is not None:
            statement = statement.join(PLACES, PLACES.c.place_id == EVENTS.c.place_id).where(
                PLACES.c.country_code_key == country_code.casefold()
            )
        return _build_events(self._connection, self._connection.execute(statement).all())

    def mentions_of(self, event_id: str) -> list[Mention]:
        return [record.mention for record in self.reports_of(event_id)]

    def reports_of(self, event_id: str) -> list[MentionRecord]:
        """The event's mentions in link order, each with its article."""
        return _reports_of(self._connection, event_id)

    def put_event(self, event: Event) -> None:
        """Upsert the event's fields and make `event.mention_ids` (in order) its only mentions."""
        self.put_resolved_event(event, profile="")

    def put_resolved_event(self, event: Event, *, profile: str) -> None:
        """`put_event`, also storing the resolver's profile ('' when it must be rebuilt)."""
        connection = self._connection
        mention_ids = list(dict.fromkeys(event.mention_ids))
        known: set[str] = set()
        for batch in _batched(mention_ids):
            known |= set(
                connection.scalars(select(MENTIONS.c.mention_id).where(MENTIONS.c.mention_id.in_(batch)))
            )
        missing = [mention_id for mention_id in mention_ids if mention_id not in known]
        if missing:
            raise StorageError(
                f"event {event.event_id} links mentions that are not stored: {', '.join(missing)}",
                hint="store the mentions with replace_mentions before the event that merges them",
            )
        _put_places_and_actors(connection, self._upserts, [event])
        connection.execute(self._upserts.events, [{**_event_values(event), "profile": profile}])
        for number, batch in enumerate(_batched(mention_ids)):
            # The event's old links, and the new mentions' links to other events, in one statement.
            moved = EVENT_MENTIONS.c.mention_id.in_(batch)
            connection.execute(
                delete(EVENT_MENTIONS).where(
                    or_(EVENT_MENTIONS.c.event_id == event.event_id, moved) if number == 0 else moved
                )
            )
        if not mention_ids:
            connection.execute(delete(EVENT_MENTIONS).where(EVENT_MENTIONS.c.event_id == event.event_id))
        if mention_ids:
            connection.execute(
                EVENT_MENTIONS.insert(),
                [
                    {"mention_id": mention_id, "event_id": event.event_id, "position": i}
                    for i, mention_id in enumerate(mention_ids)
                ],
            )

    def delete_event(self, event_id: str) -> None:
        self._connection.execute(delete(EVENT_MENTIONS).where(EVENT_MENTIONS.c.event_id == event_id))
        self._connection.execute(delete(EVENTS).where(EVENTS.c.event_id == event_id))

    def candidate_profiles(
        self, *, earliest: date, latest: date, country_code: str | None, admin1: str | None
    ) -> list[CandidateEvent]:
        """Events that could be a report's event: dated within a day of [earliest, latest], in the
        country and province (or with none known), not merged away or withdrawn."""
        low, high = earliest - timedelta(days=1), latest + timedelta(days=1)
        conditions: list[ColumnElement[bool]] = [
            EVENTS.c.date_latest >= low,
            EVENTS.c.date_latest <= high + CANDIDATE_MAX_SPAN,
            EVENTS.c.date_earliest <= high,
            EVENTS.c.status.not_in(TOMBSTONE_STATUSES),
        ]
        if admin1 is not None:
            conditions.append(EVENTS.c.block_admin1.in_([admin1.casefold(), ""]))
        if country_code is not None:
            conditions.append(EVENTS.c.block_country.in_([country_code.casefold(), ""]))
        statement = (
            select(EVENTS.c.event_id, EVENTS.c.status, EVENTS.c.created_at, EVENTS.c.profile)
            .where(*conditions)
            .order_by(EVENTS.c.event_id)
        )
        return [
            CandidateEvent(
                event_id=row.event_id,
                status=EventStatus(row.status),
                created_at=row.created_at,
                profile=row.profile,
            )
            for row in self._connection.execute(statement)
        ]

    def waiting_reports(
        self, *, earliest: date, latest: date, country_code: str | None, admin1: str | None
    ) -> list[ReportRecord]:
        """Background mentions not linked to an event, dated to overlap [earliest, latest]."""
        conditions: list[ColumnElement[bool]] = [
            MENTIONS.c.role == Role.BACKGROUND.value,
            MENTIONS.c.date_latest >= earliest,
            MENTIONS.c.date_latest <= latest + CANDIDATE_MAX_SPAN,
            MENTIONS.c.date_earliest <= latest,
            EVENT_MENTIONS.c.mention_id.is_(None),
        ]
        if country_code is not None:
            conditions.append(
                or_(PLACES.c.country_code_key == country_code.casefold(), PLACES.c.country_code_key.is_(None))
            )
        if admin1 is not None:
            conditions.append(or_(PLACES.c.admin1_key == admin1.casefold(), PLACES.c.admin1_key.is_(None)))
        statement = (
            select(MENTIONS, ARTICLES.c.source, ARTICLES.c.url, ARTICLES.c.published_at)
            .select_from(
                MENTIONS.join(ARTICLES, ARTICLES.c.article_id == MENTIONS.c.article_id)
                .outerjoin(EVENT_MENTIONS, EVENT_MENTIONS.c.mention_id == MENTIONS.c.mention_id)
                .outerjoin(PLACES, PLACES.c.place_id == MENTIONS.c.place_id)
            )
            .where(*conditions)
            .order_by(MENTIONS.c.mention_id)
        )
        rows = self._connection.execute(statement).all()
        return [
            ReportRecord(
                mention=mention, source=row.source, url=row.url, published_at=row.published_at, event_id=None
            )
            for row, mention in zip(rows, _build_mentions(self._connection, rows), strict=True)
        ]

    def resolution_reports(self, event_ids: Collection[str]) -> dict[str, list[ReportRecord]]:
        """Each event's mentions (with evidence) and their articles' source, URL and date, in link order."""
        found: dict[str, list[ReportRecord]] = {event_id: [] for event_id in event_ids}
        for batch in _batched(sorted(found)):
            statement = (
                select(
                    MENTIONS,
                    EVENT_MENTIONS.c.event_id,
                    ARTICLES.c.source,
                    ARTICLES.c.url,
                    ARTICLES.c.published_at,
                )
                .join(EVENT_MENTIONS, EVENT_MENTIONS.c.mention_id == MENTIONS.c.mention_id)
                .join(ARTICLES, ARTICLES.c.article_id == MENTIONS.c.article_id)
                .where(EVENT_MENTIONS.c.event_id.in_(batch))
                .order_by(EVENT_MENTIONS.c.event_id, EVENT_MENTIONS.c.position)
            )
            rows = self._connection.execute(statement).all()
            for row, mention in zip(rows, _build_mentions(self._connection, rows), strict=True):
                found[row.event_id].append(
                    ReportRecord(
                        mention=mention,
                        source=row.source,
                        url=row.url,
                        published_at=row.published_at,
                        event_id=row.event_id,
                    )
                )
        return found

    def get_event(self, event_id: str) -> Event | None:
        return _get_event(self._connection, event_id)

    def event_state(self, event_id: str) -> EventState | None:
        statement = select(
            EVENTS.c.status, EVENTS.c.created_at, EVENTS.c.merged_into, EVENTS.c.overrides
        ).where(EVENTS.c.event_id == event_id)
        row = self._connection.execute(statement).one_or_none()
        if row is None:
            return None
        return EventState(
            event_id=event_id,
            status=EventStatus(row.status),
            created_at=row.created_at,
            merged_into=row.merged_into,
            changes=_read_changes(row.overrides) if row.overrides else None,
        )

    def withdraw_event(
        self, event_id: str, *, status: EventStatus, at: datetime, merged_into: str | None = None
    ) -> None:
        """Unlink the event's mentions and keep it as a tombstone with its status."""
        if status.is_live:
            raise StorageError(
                f"event {event_id}: {status.value} is not a withdrawn status",
                hint="withdraw with merged, withdrawn or rejected (report this as a bug)",
            )
        self._connection.execute(delete(EVENT_MENTIONS).where(EVENT_MENTIONS.c.event_id == event_id))
        self._connection.execute(
            update(EVENTS)
            .where(EVENTS.c.event_id == event_id)
            .values(status=status.value, merged_into=merged_into, updated_at=at, profile="")
        )

    def set_status(self, event_id: str, *, status: EventStatus, at: datetime) -> None:
        self._connection.execute(
            update(EVENTS).where(EVENTS.c.event_id == event_id).values(status=status.value, updated_at=at)
        )

    def event_changes(self, event_id: str) -> EventChanges | None:
        text = self._connection.execute(
            select(EVENTS.c.overrides).where(EVENTS.c.event_id == event_id)
        ).scalar_one_or_none()
        return _read_changes(text) if text else None

    def put_event_changes(self, event_id: str, changes: EventChanges | None) -> None:
        self._connection.execute(
            update(EVENTS)
            .where(EVENTS.c.event_id == event_id)
            .values(overrides="" if changes is None else _changes_json(changes))
        )

    def add_trail(self, entries: Sequence[MergeTrailEntry]) -> None:
        if not entries:
            return
        self._connection.execute(
            MERGE_TRAIL.insert(),
            [
                {
                    "mention_id": entry.mention_id,
                    "event_id": entry.event_id,
                    "action": entry.action.value,
                    "score": entry.score,
                    "reasons": _names_json(entry.reasons),
                    "at": entry.at,
                    "author": entry.author,
                    "from_event_id": entry.from_event_id,
                }
                for entry in entries
            ],
        )

    def add_decision(self, decision: Decision) -> None:
        self._connection.execute(
            self._upserts.decisions,
            [
                {
                    "kind": decision.kind.value,
                    "mention_id": decision.mention_id,
                    "event_id": decision.event_id,
                    "author": decision.author,
                    "at": decision.at,
                }
            ],
        )

    def decisions_for(
        self, *, mention_ids: Collection[str] = (), event_ids: Collection[str] = ()
    ) -> list[Decision]:
        rows: list[Row[Any]] = []
        for column, ids in (("mention_id", mention_ids), ("event_id", event_ids)):
            if ids:
                rows.extend(_select_in(self._connection, RESOLUTION_DECISIONS, column, ids))
        unique = {(row.kind, row.mention_id, row.event_id): row for row in rows}
        return [
            Decision(
                kind=DecisionKind(row.kind),
                mention_id=row.mention_id,
                event_id=row.event_id,
                author=row.author,
                at=row.at,
            )
            for _, row in sorted(unique.items())
        ]

    def add_review(self, record: ReviewRecord) -> None:
        self._connection.execute(
            REVIEW_LOG.insert(),
            [
                {
                    "event_id": record.event_id,
                    "action": record.action.value,
                    "author": record.author,
                    "at": record.at,
                    "before": record.before,
                    "after": record.after,
                    "reason": record.reason,
                }
            ],
        )


def _batched(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), BATCH_SIZE):
        yield items[start : start + BATCH_SIZE]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Upserts:
    """Idempotent inserts, built once per store: building ON CONFLICT clauses is costly in SQLAlchemy."""

    articles: Insert
    events: Insert
    places: Insert
    actors: Insert
    decisions: Insert


def _build_upserts(dialect_name: str) -> _Upserts:
    return _Upserts(
        articles=_upsert_statement(dialect_name, ARTICLES, replace=True),
        events=_upsert_statement(dialect_name, EVENTS, replace=True, keep=KEPT_EVENT_COLUMNS),
        places=_upsert_statement(dialect_name, PLACES, replace=False),
        actors=_upsert_statement(dialect_name, ACTORS, replace=False),
        decisions=_upsert_statement(dialect_name, RESOLUTION_DECISIONS, replace=False),
    )


def _upsert_statement(dialect_name: str, table: Table, *, replace: bool, keep: Sequence[str] = ()) -> Insert:
    """Insert rows; on a primary-key clash overwrite every other column (but those in `keep`), or keep
    the old row."""
    statement = (postgresql.insert if dialect_name == "postgresql" else sqlite.insert)(table)
    keys = [column.name for column in table.primary_key.columns]
    if not replace:
        return statement.on_conflict_do_nothing(index_elements=keys)
    others = {
        c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys and c.name not in keep
    }
    return statement.on_conflict_do_update(index_elements=keys, set_=others)


class _Facts(Protocol):
    """What a mention and an event both record."""

    @property
    def event_type(self) -> EventType: ...
    @property
    def sub_event_type(self) -> SubEventType: ...
    @property
    def when(self) -> DateSpan | None: ...
    @property
    def place(self) -> Place | None: ...
    @property
    def perpetrator(self) -> Actor | None: ...
    @property
    def claim(self) -> Claim: ...
    @property
    def target(self) -> Target | None: ...
    @property
    def casualties(self) -> Casualties: ...


def _place_id(place: Place) -> str:
    fields = [
        place.name,
        place.country,
        place.country_code,
        place.admin1,
        place.admin2,
        place.admin3,
        place.latitude,
        place.longitude,
        None if place.geo_precision is None else int(place.geo_precision),
        place.gazetteer_id,
        place.geocoder,
    ]
    return hash_id("place", json.dumps(fields, ensure_ascii=False), prefix="p", length=32)


def _actor_id(actor: Actor) -> str:
    fields = [actor.name, actor.actor_type, actor.parent, actor.country_code]
    return hash_id("actor", json.dumps(fields, ensure_ascii=False), prefix="r", length=32)


def _casefold(value: str | None) -> str | None:
    return None if value is None else value.casefold()


def _put_places_and_actors(connection: Connection, upserts: _Upserts, items: Iterable[_Facts]) -> None:
    places: dict[str, Values] = {}
    actors: dict[str, Values] = {}
    for item in items:
        if item.place is not None:
            place, place_id = item.place, _place_id(item.place)
            places[place_id] = {
                "place_id": place_id,
                "name": place.name,
                "country": place.country,
                "country_code": place.country_code,
                "admin1": place.admin1,
                "admin2": place.admin2,
                "admin3": place.admin3,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "geo_precision": None if place.geo_precision is None else int(place.geo_precision),
                "gazetteer_id": place.gazetteer_id,
                "geocoder": place.geocoder,
                "country_key": _casefold(place.country),
                "country_code_key": _casefold(place.country_code),
                "admin1_key": _casefold(place.admin1),
            }
        if item.perpetrator is not None:
            actor, actor_id = item.perpetrator, _actor_id(item.perpetrator)
            actors[actor_id] = {
                "actor_id": actor_id,
                "name": actor.name,
                "actor_type": None if actor.actor_type is None else actor.actor_type.value,
                "parent": actor.parent,
                "country_code": actor.country_code,
                "name_key": actor.name.casefold(),
            }
    if places:
        connection.execute(upserts.places, list(places.values()))
    if actors:
        connection.execute(upserts.actors, list(actors.values()))


def _names_json(names: Iterable[str]) -> str:
    return json.dumps(list(names), ensure_ascii=False)


def _fact_values(facts: _Facts) -> Values:
    when, claim, casualties = facts.when, facts.claim, facts.casualties
    return {
        "event_type": facts.event_type.value,
        "sub_event_type": facts.sub_event_type.value,
        "date_earliest": None if when is None else when.earliest,
        "date_latest": None if when is None else when.latest,
        "date_precision": None if when is None else when.precision.value,
        "place_id": None if facts.place is None else _place_id(facts.place),
        "perpetrator_id": None if facts.perpetrator is None else _actor_id(facts.perpetrator),
        "claim_status": claim.status.value,
        "claimed_by": _names_json(claim.claimed_by),
        "denied_by": _names_json(claim.denied_by),
        "target": None if facts.target is None else facts.target.value,
        "killed_min": casualties.killed_min,
        "killed_max": casualties.killed_max,
        "injured_min": casualties.injured_min,
        "injured_max": casualties.injured_max,
    }


def _article_values(article: Article, *, fingerprint: str) -> Values:
    return {
        "article_id": article.article_id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published_at": article.published_at,
        "language": article.language,
        "fetched_at": article.fetched_at,
        "external_id": article.external_id,
        "origin": article.origin,
        "fingerprint": fingerprint,
    }


def _mention_values(mention: Mention, *, position: int) -> Values:
    starts = [item.start for item in mention.evidence]
    return {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "position": position,
        "text_start": min(starts) if starts else None,
        "role": mention.role.value,
        **_fact_values(mention),
        "extractor": mention.extractor,
        "confidence": mention.confidence,
    }


def _evidence_values(evidence: Evidence, *, mention_id: str, position: int) -> Values:
    return {
        "mention_id": mention_id,
        "position": position,
        "field": evidence.field.value,
        "start": evidence.start,
        "end": evidence.end,
        "text": evidence.text,
        "producer": evidence.producer,
    }


def _event_values(event: Event) -> Values:
    return {
        "event_id": event.event_id,
        **_fact_values(event),
        "claimed_by_key": _names_json(name.casefold() for name in event.claim.claimed_by),
        "fatalities": event.fatalities,
        "sources": _names_json(event.sources),
        "source_urls": _names_json(event.source_urls),
        "notes": event.notes,
        "created_at": event.created_at,
        "updated_at": event.updated_at,
        "status": event.status.value,
        "merged_into": event.merged_into,
        "block_country": (event.place.country_code or "").casefold() if event.place else "",
        "block_admin1": (event.place.admin1 or "").casefold() if event.place else "",
        "reported": _figures_json(event.reported),
        "edited_fields": _names_json(event.edited_fields),
    }


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered_events(event_filter: EventFilter) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if event_filter.since is not None:
        conditions.append(EVENTS.c.date_earliest >= event_filter.since)
    if event_filter.until is not None:
        conditions.append(EVENTS.c.date_earliest <= event_filter.until)
    if event_filter.country is not None:
        country = event_filter.country.strip().casefold()
        conditions.append(or_(PLACES.c.country_key == country, PLACES.c.country_code_key == country))
    if event_filter.admin1 is not None:
        conditions.append(PLACES.c.admin1_key == event_filter.admin1.strip().casefold())
    if event_filter.event_type is not None:
        conditions.append(_event_type_condition(event_filter.event_type))
    if event_filter.actor is not None:
        term = event_filter.actor.strip().casefold()
        # claimed_by_key is a JSON array: encoding the term the same way makes a match inside one
        # name match in the JSON text, and an encoded term never contains the bare quote between names.
        encoded = json.dumps(term, ensure_ascii=False)[1:-1]
        conditions.append(
            or_(
                ACTORS.c.name_key.like(_like_pattern(term), escape="\\"),
                EVENTS.c.claimed_by_key.like(_like_pattern(encoded), escape="\\"),
            )
        )
    if event_filter.min_killed is not None:
        conditions.append(EVENTS.c.killed_min >= event_filter.min_killed)
    statuses = [status.value for status in event_filter.statuses] or list(LIVE_STATUSES)
    conditions.append(EVENTS.c.status.in_(statuses))
    joined = EVENTS.outerjoin(PLACES, PLACES.c.place_id == EVENTS.c.place_id).outerjoin(
        ACTORS, ACTORS.c.actor_id == EVENTS.c.perpetrator_id
    )
    return select(EVENTS).select_from(joined).where(*conditions)


def _event_type_condition(term: str) -> ColumnElement[bool]:
    wanted = term.strip().casefold()
    types = [t.value for t in EventType if t.value.casefold() == wanted]
    sub_types = [t.value for t in SubEventType if t.value.casefold() == wanted]
    if not types and not sub_types:
        return false()
    return or_(EVENTS.c.event_type.in_(types), EVENTS.c.sub_event_type.in_(sub_types))


def _select_in(connection: Connection, table: Table, key: str, ids: Collection[str]) -> list[Row[Any]]:
    rows: list[Row[Any]] = []
    unique = sorted(set(ids))
    for batch in _batched(unique):
        rows.extend(connection.execute(select(table).where(table.c[key].in_(batch))).all())
    return rows


def _load_places(connection: Connection, ids: Iterable[str | None]) -> dict[str, Place]:
    wanted = [place_id for place_id in ids if place_id is not None]
    return {
        row.place_id: Place(
            name=row.name,
            country=row.country,
            country_code=row.country_code,
            admin1=row.admin1,
            admin2=row.admin2,
            admin3=row.admin3,
            latitude=row.latitude,
            longitude=row.longitude,
            geo_precision=None if row.geo_precision is None else GeoPrecision(row.geo_precision),
            gazetteer_id=row.gazetteer_id,
            geocoder=row.geocoder,
        )
        for row in _select_in(connection, PLACES, "place_id", wanted)
    }


def _load_actors(connection: Connection, ids: Iterable[str | None]) -> dict[str, Actor]:
    wanted = [actor_id for actor_id in ids if actor_id is not None]
    return {
        row.actor_id: Actor(
            name=row.name,
            actor_type=None if row.actor_type is None else ActorType(row.actor_type),
            parent=row.parent,
            country_code=row.country_code,
        )
        for row in _select_in(connection, ACTORS, "actor_id", wanted)
    }


def _load_articles(connection: Connection, ids: Collection[str]) -> dict[str, Article]:
    return {
        row.article_id: Article(
            article_id=row.article_id,
            text=row.text,
            title=row.title,
            url=row.url,
            source=row.source,
            published_at=row.published_at,
            language=row.language,
            fetched_at=row.fetched_at,
            external_id=row.external_id,
            origin=row.origin,
        )
        for row in _select_in(connection, ARTICLES, "article_id", ids)
    }


def _load_evidence(connection: Connection, mention_ids: Collection[str]) -> dict[str, tuple[Evidence, ...]]:
    found: dict[str, list[tuple[int, Evidence]]] = {}
    for row in _select_in(connection, EVIDENCE, "mention_id", mention_ids):
        item = Evidence(
            field=EvidenceField(row.field),
            start=row.start,
            end=row.end,
            text=row.text,
            producer=row.producer,
        )
        found.setdefault(row.mention_id, []).append((row.position, item))
    return {
        key: tuple(item for _, item in sorted(items, key=lambda pair: pair[0]))
        for key, items in found.items()
    }


def _load_links(connection: Connection, event_ids: Collection[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for row in _select_in(connection, EVENT_MENTIONS, "event_id", event_ids):
        found.setdefault(row.event_id, []).append((row.position, row.mention_id))
    return {key: tuple(mention_id for _, mention_id in sorted(links)) for key, links in found.items()}


def _read_facts(row: Row[Any], *, places: Mapping[str, Place], actors: Mapping[str, Actor]) -> Values:
    """The keyword arguments a `Mention` and an `Event` share, from a row of either table."""
    return {
        "event_type": EventType(row.event_type),
        "sub_event_type": SubEventType(row.sub_event_type),
        "when": None
        if row.date_earliest is None
        else DateSpan(
            earliest=row.date_earliest, latest=row.date_latest, precision=DatePrecision(row.date_precision)
        ),
        "place": None if row.place_id is None else places[row.place_id],
        "perpetrator": None if row.perpetrator_id is None else actors[row.perpetrator_id],
        "claim": Claim(
            status=ClaimStatus(row.claim_status),
            claimed_by=tuple(json.loads(row.claimed_by)),
            denied_by=tuple(json.loads(row.denied_by)),
        ),
        "target": None if row.target is None else Target(row.target),
        "casualties": Casualties(
            killed_min=row.killed_min,
            killed_max=row.killed_max,
            injured_min=row.injured_min,
            injured_max=row.injured_max,
        ),
    }


def _build_mentions(connection: Connection, rows: Sequence[Row[Any]]) -> list[Mention]:
    places = _load_places(connection, (row.place_id for row in rows))
    actors = _load_actors(connection, (row.perpetrator_id for row in rows))
    evidence = _load_evidence(connection, [row.mention_id for row in rows])
    return [
        Mention(
            mention_id=row.mention_id,
            article_id=row.article_id,
            role=Role(row.role),
            **_read_facts(row, places=places, actors=actors),
            evidence=evidence.get(row.mention_id, ()),
            extractor=row.extractor,
            confidence=row.confidence,
        )
        for row in rows
    ]


def _build_records(connection: Connection, rows: Sequence[Row[Any]]) -> list[MentionRecord]:
    """Mention rows that carry an `event_id` column, with their articles."""
    articles = _load_articles(connection, {row.article_id for row in rows})
    mentions = _build_mentions(connection, rows)
    return [
        MentionRecord(article=articles[mention.article_id], mention=mention, event_id=row.event_id)
        for row, mention in zip(rows, mentions, strict=True)
    ]


def _build_events(connection: Connection, rows: Sequence[Row[Any]]) -> list[Event]:
    places = _load_places(connection, (row.place_id for row in rows))
    actors = _load_actors(connection, (row.perpetrator_id for row in rows))
    links = _load_links(connection, [row.event_id for row in rows])
    return [
        Event(
            event_id=row.event_id,
            mention_ids=links.get(row.event_id, ()),
            **_read_facts(row, places=places, actors=actors),
            fatalities=row.fatalities,
            sources=tuple(json.loads(row.sources)),
            source_urls=tuple(json.loads(row.source_urls)),
            notes=row.notes,
            created_at=row.created_at,
            updated_at=row.updated_at,
            status=EventStatus(row.status),
            merged_into=row.merged_into,
            reported=_read_figures(row.reported),
            edited_fields=tuple(json.loads(row.edited_fields)),
        )
        for row in rows
    ]


def _get_event(connection: Connection, event_id: str) -> Event | None:
    rows = connection.execute(select(EVENTS).where(EVENTS.c.event_id == event_id)).all()
    return _build_events(connection, rows)[0] if rows else None


def _reports_of(connection: Connection, event_id: str) -> list[MentionRecord]:
    statement = (
        select(MENTIONS, EVENT_MENTIONS.c.event_id)
        .join(EVENT_MENTIONS, EVENT_MENTIONS.c.mention_id == MENTIONS.c.mention_id)
        .where(EVENT_MENTIONS.c.event_id == event_id)
        .order_by(EVENT_MENTIONS.c.position)
    )
    return _build_records(connection, connection.execute(statement).all())


def _change_of(event: Event, *, since: datetime) -> EventChange:
    if not event.status.is_live:
        return EventChange(
            kind=ChangeKind.WITHDRAWN,
            event_id=event.event_id,
            at=event.updated_at or since,
            status=event.status,
            merged_into=event.merged_into,
        )
    added = event.created_at is None or event.created_at >= since
    return EventChange(
        kind=ChangeKind.ADDED if added else ChangeKind.UPDATED,
        event_id=event.event_id,
        at=event.updated_at or since,
        status=event.status,
        event=event,
    )


def _trail_entry(row: Row[Any]) -> MergeTrailEntry:
    return MergeTrailEntry(
        mention_id=row.mention_id,
        event_id=row.event_id,
        action=TrailAction(row.action),
        score=row.score,
        reasons=tuple(json.loads(row.reasons)),
        at=row.at,
        author=row.author,
        from_event_id=row.from_event_id,
    )


def _time_json(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _read_time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _figures_json(figures: Sequence[SourceFigure]) -> str:
    return json.dumps(
        [
            {
                "mention_id": figure.mention_id,
                "article_id": figure.article_id,
                "source": figure.source,
                "url": figure.url,
                "published_at": _time_json(figure.published_at),
                "role": figure.role.value,
                "killed": [figure.killed_min, figure.killed_max],
                "injured": [figure.injured_min, figure.injured_max],
                "claim": {
                    "status": figure.claim.status.value,
                    "claimed_by": list(figure.claim.claimed_by),
                    "denied_by": list(figure.claim.denied_by),
                },
                "perpetrator": figure.perpetrator,
                "superseded": figure.superseded,
            }
            for figure in figures
        ],
        ensure_ascii=False,
    )


def _read_figures(text: str) -> tuple[SourceFigure, ...]:
    return tuple(
        SourceFigure(
            mention_id=item["mention_id"],
            article_id=item["article_id"],
            source=item["source"],
            url=item["url"],
            published_at=None
            if item["published_at"] is None
            else datetime.fromisoformat(item["published_at"]),
            role=Role(item["role"]),
            killed_min=item["killed"][0],
            killed_max=item["killed"][1],
            injured_min=item["injured"][0],
            injured_max=item["injured"][1],
            claim=Claim(
                status=ClaimStatus(item["claim"]["status"]),
                claimed_by=tuple(item["claim"]["claimed_by"]),
                denied_by=tuple(item["claim"]["denied_by"]),
            ),
            perpetrator=item["perpetrator"],
            superseded=item["superseded"],
        )
        for item in json.loads(text or "[]")
    )


def _changes_json(changes: EventChanges) -> str:
    values: Values = {}
    for name in changes.given():
        value = getattr(changes, name)
        if isinstance(value, DateSpan):
            value = [value.earliest.isoformat(), value.latest.isoformat(), value.precision.value]
        values[name] = value
    return json.dumps(values, ensure_ascii=False)


def _read_changes(text: str) -> EventChanges:
    raw: Values = json.loads(text)
    values: Values = dict(raw)
    if "when" in raw:
        earliest, latest, precision = raw["when"]
        values["when"] = DateSpan(
            earliest=date.fromisoformat(earliest),
            latest=date.fromisoformat(latest),
            precision=DatePrecision(precision),
        )
    if "sub_event_type" in raw:
        values["sub_event_type"] = SubEventType(raw["sub_event_type"])
    if "claim_status" in raw:
        values["claim_status"] = ClaimStatus(raw["claim_status"])
    if "target" in raw:
        values["target"] = Target(raw["target"])
    return EventChanges(**values)
