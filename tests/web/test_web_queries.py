"""The dashboard's read queries on a store of generated events: counts, pages, plans, day counts, choices."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from waqia.model import (
    Actor,
    Casualties,
    DatePrecision,
    DateSpan,
    Event,
    EventFilter,
    GeoPrecision,
    Place,
    SubEventType,
)
from waqia.store import open_store
from waqia.store.sql_store import SqlEventStore
from waqia.store.web_queries import (
    EventSort,
    count_events,
    count_events_by_day,
    list_events,
    list_filter_choices,
    list_map_points,
    page_key,
    read_events_version,
    refresh_planner_statistics,
)

PROVINCES = (("Pakistan", "PK", "Balochistan"), ("Pakistan", "PK", "Punjab"), ("Afghanistan", "AF", "Kabul"))
EVENTS = 1200
FILTERS = (
    EventFilter(),
    EventFilter(country="pakistan"),
    EventFilter(admin1="Kabul"),
    EventFilter(event_type="Battles"),
    EventFilter(event_type="Suicide bomb"),
    EventFilter(min_killed=5),
    EventFilter(actor="front"),
    EventFilter(since=date(2022, 3, 1), until=date(2022, 9, 30)),
    EventFilter(country="AF", min_killed=1, since=date(2021, 6, 1)),
)


def _event(index: int, rng: random.Random) -> Event:
    country, code, admin1 = rng.choice(PROVINCES)
    sub_type = rng.choice(list(SubEventType))
    day = date(2021, 1, 1) + timedelta(days=rng.randrange(730))
    killed = rng.choice((None, 0, 1, 2, 5, 12))
    undated = index % 97 == 0
    return Event(
        event_id=f"q{index:05d}",
        mention_ids=(),
        event_type=sub_type.event_type,
        sub_event_type=sub_type,
        when=None if undated else DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
        place=Place(
            name=f"Town {index % 17}",
            country=country,
            country_code=code,
            admin1=admin1,
            latitude=None if index % 11 == 0 else 30.0 + index % 7,
            longitude=None if index % 11 == 0 else 66.0 + index % 5,
            geo_precision=GeoPrecision.TOWN,
            geocoder="test.v1",
        ),
        perpetrator=rng.choice((Actor(name="Liberation Front"), Actor(name="State Army"), None)),
        casualties=Casualties(killed_min=killed, killed_max=killed),
        fatalities=killed,
        created_at=datetime(2023, 1, 1, tzinfo=UTC),
        updated_at=datetime(2023, 1, 1, tzinfo=UTC) + timedelta(seconds=index),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqlEventStore]:
    path: Path = tmp_path_factory.mktemp("queries") / "queries.db"
    opened = open_store(str(path))
    rng = random.Random(11)
    with opened.session() as session:
        for index in range(EVENTS):
            session.put_event(_event(index, rng))
    yield opened
    opened.close()


@pytest.mark.parametrize("event_filter", FILTERS)
def test_counts_match_the_stores_own_query(store: SqlEventStore, event_filter: EventFilter) -> None:
    assert count_events(store.engine, event_filter) == len(store.query_events(event_filter))


@pytest.mark.parametrize("sort", list(EventSort))
@pytest.mark.parametrize("event_filter", FILTERS)
def test_every_plan_returns_the_same_page(
    store: SqlEventStore, event_filter: EventFilter, sort: EventSort
) -> None:
    """Walking the sort index (chosen from the counts) must not change a page's content or order."""
    engine = store.engine
    matching = count_events(engine, event_filter)
    total = count_events(engine, EventFilter())
    for offset in (0, 40, 400):
        plain = list_events(engine, event_filter, sort=sort, limit=40, offset=offset)
        steered = list_events(
            engine, event_filter, sort=sort, limit=40, offset=offset, matching=matching, total=total
        )
        assert [event.event_id for event in steered] == [event.event_id for event in plain]


@pytest.mark.parametrize("sort", list(EventSort))
def test_listing_order_matches_the_sort_with_missing_values_last(
    store: SqlEventStore, sort: EventSort
) -> None:
    found = list_events(store.engine, EventFilter(), sort=sort, limit=EVENTS)
    assert len(found) == EVENTS

    def value(event: Event) -> object:
        if sort in (EventSort.NEWEST, EventSort.OLDEST):
            return event.when.earliest if event.when else None
        return event.fatalities

    present = [value(event) for event in found if value(event) is not None]
    assert present == sorted(present, reverse=sort.descending)  # type: ignore[type-var]
    missing = [index for index, event in enumerate(found) if value(event) is None]
    assert missing == list(range(len(found) - len(missing), len(found)))


@pytest.mark.parametrize("sort", list(EventSort))
def test_keyset_pages_cover_the_listing_once(store: SqlEventStore, sort: EventSort) -> None:
    event_filter = EventFilter(country="PK")
    everything = [
        event.event_id for event in list_events(store.engine, event_filter, sort=sort, limit=EVENTS)
    ]
    seen: list[str] = []
    after = None
    while True:
        page = list_events(store.engine, event_filter, sort=sort, limit=97, after=after)
        seen.extend(event.event_id for event in page)
        if len(page) < 97:
            break
        after = page_key(page[-1], sort)
    assert seen == everything


def test_day_counts_add_up_to_the_dated_events(store: SqlEventStore) -> None:
    event_filter = EventFilter(country="AF")
    days = count_events_by_day(store.engine, event_filter)
    events = store.query_events(event_filter)
    assert sum(day.events for day in days) == sum(1 for event in events if event.when)
    assert sum(day.fatalities for day in days) == sum(event.fatalities or 0 for event in events if event.when)
    assert [day.day for day in days] == sorted(day.day for day in days)


def test_map_points_are_the_newest_located_events(store: SqlEventStore) -> None:
    points = list_map_points(store.engine, EventFilter(admin1="Punjab"), limit=25)
    assert len(points) == 25
    located = [
        event
        for event in store.query_events(EventFilter(admin1="Punjab"))
        if event.place and event.place.latitude is not None
    ]
    assert [point.event_id for point in points] == [event.event_id for event in located[:25]]


def test_filter_choices_list_the_places_in_use(store: SqlEventStore) -> None:
    choices = list_filter_choices(store.engine)
    assert choices.countries == ("Afghanistan", "Pakistan")
    assert choices.admin1 == ("Balochistan", "Kabul", "Punjab")


def test_the_version_changes_with_a_write(store: SqlEventStore) -> None:
    before = read_events_version(store.engine)
    assert read_events_version(store.engine) == before
    added = dataclasses.replace(
        _event(EVENTS + 1, random.Random(1)), updated_at=datetime(2030, 1, 1, tzinfo=UTC)
    )
    with store.session() as session:
        session.put_event(added)
    assert read_events_version(store.engine) != before


def test_statistics_are_gathered_once_for_a_large_table(store: SqlEventStore) -> None:
    assert refresh_planner_statistics(store.engine) is True
    assert refresh_planner_statistics(store.engine) is False
