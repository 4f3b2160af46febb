"""Read queries of the web dashboard beyond the EventStore protocol: counts, pages, one event, timelines."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Engine,
    FromClause,
    Select,
    and_,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.util import find_tables
from sqlalchemy.sql.visitors import replacement_traverse

from waqia.errors import StorageError
from waqia.model import Article, Event, EventFilter
from waqia.store.base import MentionRecord
from waqia.store.schema import ACTORS, ARTICLES, EVENT_MENTIONS, EVENTS, MENTIONS, PLACES
from waqia.store.sql_store import _build_events, _build_records, _filtered_events, _load_articles

LOG = logging.getLogger(__name__)

# The event columns a listing reads: the resolver's profile and a reviewer's raw overrides are not part
# of an Event, and fetching the profile's JSON for every row costs more than the rest of the row.
LISTED_COLUMNS = tuple(column for column in EVENTS.columns if column.name not in ("profile", "overrides"))
# Rows a walk of the sort index may read before SQLite's own plan is preferred (about 20 ms).
WALK_BUDGET_ROWS = 5000
# Below this many events every plan is fast; statistics are not worth a write at start-up.
STATISTICS_MIN_ROWS = 1000


class EventSort(StrEnum):
    """Orders of an event listing; a leading '-' means descending. Missing values always come last."""

    NEWEST = "-date"
    OLDEST = "date"
    DEADLIEST = "-fatalities"
    LEAST_DEADLY = "fatalities"

    @property
    def descending(self) -> bool:
        return self.value.startswith("-")

    @property
    def column(self) -> Any:
        return EVENTS.c.date_earliest if self.value.endswith("date") else EVENTS.c.fatalities


@dataclass(frozen=True, slots=True, kw_only=True)
class PageKey:
    """Where a keyset page starts: the sort value and event id of the previous page's last event."""

    value: date | int | None
    event_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DayCount:
    """Events (and their published fatalities) whose date interval starts on one day."""

    day: date
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MapPoint:
    event_id: str
    event_date: date | None
    sub_event_type: str
    location: str
    latitude: float
    longitude: float
    fatalities: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class FilterChoices:
    """Values the dashboard's filter form offers: the countries and provinces that have events."""

    countries: tuple[str, ...]
    admin1: tuple[str, ...]


@contextmanager
def _reading(engine: Engine) -> Iterator[Connection]:
    try:
        with engine.connect() as connection:
            yield connection
    except SQLAlchemyError as error:
        shown = engine.url.render_as_string(hide_password=True)
        raise StorageError(
            f"{shown}: read failed: {error}", hint="check that the database is reachable (--db or WAQIA_DB)"
        ) from error


def _filtered(
    event_filter: EventFilter, *columns: Any, with_places: bool = False, walk: Any = None
) -> Select[Any]:
    """The store's event filter, joined only to the tables its conditions use.

    Counting through both outer joins costs 24 ms on 100,000 events where counting the events table
    alone costs 0.1 ms, and SQLite does not drop unused outer joins by itself. With `walk` (a column
    with an index), no other filter column may drive the plan (see `_walking`).
    """
    condition = _filtered_events(event_filter).whereclause
    used = set(find_tables(condition, check_columns=True)) if condition is not None else set()
    if condition is not None and walk is not None:
        condition = _walking(condition, walk)
    joined: FromClause = EVENTS
    if with_places or PLACES in used:
        joined = joined.outerjoin(PLACES, PLACES.c.place_id == EVENTS.c.place_id)
    if ACTORS in used:
        joined = joined.outerjoin(ACTORS, ACTORS.c.actor_id == EVENTS.c.perpetrator_id)
    statement = select(*columns).select_from(joined)
    return statement if condition is None else statement.where(condition)


def _walking(condition: ColumnElement[bool], walk: Any) -> ColumnElement[bool]:
    """The condition with every filter column but `walk` behind SQLite's unary +, so no index on them
    is used and SQLite walks `walk`'s index in order, stopping at the page's end.

    SQLite's planner ignores LIMIT: for "Balochistan, newest first" it reads the province's 25,000
    events through the place index and sorts them (90 ms on 100,000 events) where walking the date
    index finds the first 50 after about 200 rows (under 3 ms). The walk loses for filters that match
    few events and for deep pages: `list_events` decides from the counts.
    """

    def replace(element: Any, **_: Any) -> Any:
        if isinstance(element, Column) and element is not walk and element.table in (EVENTS, PLACES, ACTORS):
            return literal_column(f"+{element.table.name}.{element.name}", type_=element.type)
        return None

    walked: ColumnElement[bool] = replacement_traverse(condition, {}, replace)
    return walked


def read_events_version(engine: Engine) -> tuple[object, ...]:
    """A value that changes whenever the events table does (rows added, changed or deleted).

    Every write of an event sets its updated_at, and a deletion lowers the row count, so the pair
    changes with the data; both are read from indexes (about 2 ms for 100,000 events on SQLite).
    """
    statement = select(
        select(func.max(EVENTS.c.updated_at)).scalar_subquery(),
        select(func.count()).select_from(EVENTS).scalar_subquery(),
    )
    with _reading(engine) as connection:
        return tuple(connection.execute(statement).one())


def refresh_planner_statistics(engine: Engine) -> bool:
    """Gather SQLite's planner statistics when they are missing or were taken on a much smaller table.

    Without them SQLite takes every index for selective: it then reads the whole events table through
    the index on status (all but a few events are live) instead of walking the date index, and a
    listing of 100,000 events takes 30 ms instead of 3. PostgreSQL's autovacuum keeps its own.

    Returns:
        True when ANALYZE ran.
    """
    if engine.dialect.name != "sqlite":
        return False
    try:
        with engine.connect() as connection:
            connection.execution_options(waqia_write=True)
            with connection.begin():
                rows = connection.execute(select(func.count()).select_from(EVENTS)).scalar_one()
                has_stats = connection.exec_driver_sql(
                    "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
                ).scalar_one()
                analysed = 0
                if has_stats:
                    stat = connection.exec_driver_sql(
                        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1"
                    ).scalar_one_or_none()
                    analysed = int(str(stat).split()[0]) if stat else 0
                if rows < STATISTICS_MIN_ROWS or (analysed and analysed * 2 > rows):
                    return False
                connection.exec_driver_sql("ANALYZE")
    except SQLAlchemyError as error:
        LOG.warning("could not gather planner statistics: %s", error)
        return False
    LOG.info("gathered SQLite planner statistics (%d events)", rows)
    return True


def count_events(engine: Engine, event_filter: EventFilter) -> int:
    """How many events match the filter (its `limit` is ignored)."""
    with _reading(engine) as connection:
        total: int = connection.execute(_filtered(event_filter, func.count())).scalar_one()
    return total


def _after(sort: EventSort, key: PageKey) -> ColumnElement[bool]:
    column, ids = sort.column, EVENTS.c.event_id
    id_beyond = (ids < key.event_id) if sort.descending else (ids > key.event_id)
    if key.value is None:
        # Missing values come last in both directions: only later ids among them remain.
        return and_(column.is_(None), id_beyond)
    beyond = (column < key.value) if sort.descending else (column > key.value)
    return or_(beyond, and_(column == key.value, id_beyond), column.is_(None))


def list_events(
    engine: Engine,
    event_filter: EventFilter,
    *,
    sort: EventSort = EventSort.NEWEST,
    limit: int,
    offset: int = 0,
    after: PageKey | None = None,
    matching: int | None = None,
    total: int | None = None,
) -> list[Event]:
    """One page of matching events in the given order; `after` continues a keyset page.

    Args:
        matching: how many events match the filter, and `total` how many are listed without it, when
            the caller has counted them. On SQLite they decide between walking the sort column's index
            (about (offset + limit) * total / matching rows read) and SQLite's own plan, which reads and
            sorts at least every match (see `_walking`).
    """
    column = sort.column
    order = column.desc() if sort.descending else column.asc()
    ids = EVENTS.c.event_id.desc() if sort.descending else EVENTS.c.event_id.asc()
    walk = None
    if engine.dialect.name == "sqlite" and matching and total:
        walked_rows = (offset + limit) * total / matching
        # SQLite's own plan reads at least every match, often far more (all the rows of its one most
        # selective condition), and sorts them: the walk wins unless it is long and beats that bound.
        if walked_rows <= max(matching, WALK_BUDGET_ROWS):
            walk = column
    statement = _filtered(event_filter, *LISTED_COLUMNS, walk=walk).order_by(order.nulls_last(), ids)
    if after is not None:
        statement = statement.where(_after(sort, after))
    statement = statement.limit(limit).offset(offset)
    with _reading(engine) as connection:
        return _build_events(connection, connection.execute(statement).all())


def page_key(event: Event, sort: EventSort) -> PageKey:
    """The key that continues a listing after this event."""
    if sort in (EventSort.NEWEST, EventSort.OLDEST):
        return PageKey(value=event.when.earliest if event.when else None, event_id=event.event_id)
    return PageKey(value=event.fatalities, event_id=event.event_id)


def load_article_reports(engine: Engine, article_id: str) -> list[MentionRecord]:
    """The article's mentions in text order, each with the event it was merged into."""
    statement = (
        select(MENTIONS, EVENT_MENTIONS.c.event_id)
        .outerjoin(EVENT_MENTIONS, EVENT_MENTIONS.c.mention_id == MENTIONS.c.mention_id)
        .where(MENTIONS.c.article_id == article_id)
        .order_by(MENTIONS.c.text_start.asc().nulls_last(), MENTIONS.c.position)
    )
    with _reading(engine) as connection:
        return _build_records(connection, connection.execute(statement).all())


def count_articles(engine: Engine) -> int:
    with _reading(engine) as connection:
        total: int = connection.execute(select(func.count()).select_from(ARTICLES)).scalar_one()
    return total


def list_articles(engine: Engine, *, limit: int, offset: int = 0) -> list[Article]:
    """One page of articles, most recently published first."""
    statement = (
        select(ARTICLES.c.article_id)
        .order_by(ARTICLES.c.published_at.desc().nulls_last(), ARTICLES.c.article_id)
        .limit(limit)
        .offset(offset)
    )
    with _reading(engine) as connection:
        ids = list(connection.scalars(statement))
        loaded = _load_articles(connection, ids)
    return [loaded[article_id] for article_id in ids]


def count_events_by_day(engine: Engine, event_filter: EventFilter) -> list[DayCount]:
    """Matching events grouped by the first day of their date interval, oldest first (undated left out)."""
    statement = (
        _filtered(
            event_filter,
            EVENTS.c.date_earliest,
            func.count(),
            func.coalesce(func.sum(EVENTS.c.fatalities), 0),
        )
        .where(EVENTS.c.date_earliest.is_not(None))
        .group_by(EVENTS.c.date_earliest)
        .order_by(EVENTS.c.date_earliest)
    )
    with _reading(engine) as connection:
        rows = connection.execute(statement).all()
    return [DayCount(day=day, events=events, fatalities=int(killed)) for day, events, killed in rows]


def list_map_points(engine: Engine, event_filter: EventFilter, *, limit: int) -> list[MapPoint]:
    """The newest matching events that have coordinates, as map points."""
    statement = (
        _filtered(
            event_filter,
            EVENTS.c.event_id,
            EVENTS.c.date_earliest,
            EVENTS.c.sub_event_type,
            EVENTS.c.fatalities,
            PLACES.c.name,
            PLACES.c.latitude,
            PLACES.c.longitude,
            with_places=True,
        )
        .where(PLACES.c.latitude.is_not(None), PLACES.c.longitude.is_not(None))
        .order_by(EVENTS.c.date_earliest.desc().nulls_last(), EVENTS.c.event_id.desc())
        .limit(limit)
    )
    with _reading(engine) as connection:
        rows = connection.execute(statement).all()
    return [
        MapPoint(
            event_id=row.event_id,
            event_date=row.date_earliest,
            sub_event_type=row.sub_event_type,
            location=row.name,
            latitude=row.latitude,
            longitude=row.longitude,
            fatalities=row.fatalities,
        )
        for row in rows
    ]


def list_filter_choices(engine: Engine) -> FilterChoices:
    """Countries and provinces of the places events are located at, sorted."""
    used = select(EVENTS.c.place_id).distinct().scalar_subquery()
    with _reading(engine) as connection:
        countries = connection.scalars(
            select(PLACES.c.country)
            .where(PLACES.c.place_id.in_(used), PLACES.c.country.is_not(None))
            .distinct()
            .order_by(PLACES.c.country)
        ).all()
        admin1 = connection.scalars(
            select(PLACES.c.admin1)
            .where(PLACES.c.place_id.in_(used), PLACES.c.admin1.is_not(None))
            .distinct()
            .order_by(PLACES.c.admin1)
        ).all()
    return FilterChoices(countries=tuple(countries), admin1=tuple(admin1))
