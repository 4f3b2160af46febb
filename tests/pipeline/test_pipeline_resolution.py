"""Resolution through the store: stable ids, the merge trail, tombstones, the change feed, waiting
recollections, and arrival order."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waqia.model import (
    ChangeKind,
    DatePrecision,
    DateSpan,
    EventFilter,
    EventStatus,
    GeoPrecision,
    Place,
    Role,
    SubEventType,
    Target,
    TrailAction,
)
from waqia.pipeline import ingest_articles
from waqia.store import open_store
from waqia.store.base import EventStore

from .pipeline_builders import DAY, MARKET, QUETTA, TTP, Report, Story, StoryExtractor

T0 = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)
KHYBER_PAKHTUNKHWA = Place(
    name="Khyber Pakhtunkhwa",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    geo_precision=GeoPrecision.REGION,
)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, hours: float = 1.0) -> datetime:
        self.now += timedelta(hours=hours)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    opened = open_store(str(tmp_path / "waqia.db"))
    yield opened
    opened.close()


def ingest(store: EventStore, *stories: Story, clock: Clock, extractor: StoryExtractor | None = None):  # type: ignore[no-untyped-def]
    extractor = extractor or StoryExtractor(*stories)
    extractor.add(*stories)
    return ingest_articles(
        [story.article() for story in stories], extractor=extractor, store=store, clock=clock
    )


def partition(store: EventStore) -> frozenset[frozenset[str]]:
    """Events as sets of (story name, report ordinal), independent of ids."""
    names = {
        record.mention.mention_id: record.article.origin.removesuffix(".json")
        for record in store.iter_mentions()
    }
    return frozenset(
        frozenset(names[mention_id] + ":" + mention_id[-4:] for mention_id in event.mention_ids)
        for event in store.iter_events(EventFilter(statuses=tuple(EventStatus)))
        if event.mention_ids
    )


WIRE = Story(name="wire", reports=(Report(killed=9, perpetrator=TTP, target=Target.RELIGIOUS),), hours=0)
DAILY = Story(name="daily", reports=(Report(killed=12, target=Target.RELIGIOUS),), hours=14)
FOLLOW_UP = Story(name="follow-up", reports=(Report(day=0, killed=15, perpetrator=TTP),), hours=50)
MARKET_BLAST = Story(
    name="market",
    reports=(
        Report(
            text=MARKET, sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=2, target=Target.CIVILIANS
        ),
    ),
    hours=3,
)


def test_reports_of_one_attack_become_one_event_that_keeps_its_id(store: EventStore) -> None:
    clock = Clock()
    ingest(store, WIRE, MARKET_BLAST, clock=clock)
    (first,) = [e for e in store.query_events(EventFilter()) if e.sub_event_type is SubEventType.SUICIDE_BOMB]
    clock.advance()
    ingest(store, DAILY, FOLLOW_UP, clock=clock)
    events = store.query_events(EventFilter())
    assert len(events) == 2, "the market blast the same day stays apart"
    bombing = store.get_event(first.event_id)
    assert bombing is not None
    assert len(bombing.mention_ids) == 3
    assert bombing.created_at == T0
    assert bombing.updated_at == clock.now
    assert [(f.source, f.killed_min, f.superseded) for f in bombing.reported] == [
        ("Outlet wire", 9, True),
        ("Outlet daily", 12, True),
        ("Outlet follow-up", 15, False),
    ]
    assert bombing.fatalities == 15, "a toll raised a reporting stage later supersedes"
    trail = store.merge_trail(first.event_id)
    assert [entry.action for entry in trail] == [TrailAction.OPENED, TrailAction.JOINED, TrailAction.JOINED]
    assert all(entry.score is not None and entry.score >= 0.6 for entry in trail[1:])
    assert any(reason.startswith("same place") for reason in trail[1].reasons)


def test_a_bridging_report_merges_two_events_and_the_older_id_survives(store: EventStore) -> None:
    clock = Clock()
    # Apart, a town-level report with a toll and a province-level report naming the group do not match;
    # a third report with the town, the toll and the group matches both, and shows them to be one.
    town_level = Story(name="town", reports=(Report(text="", killed=9),), hours=0)
    province_level = Story(
        name="province", reports=(Report(place=KHYBER_PAKHTUNKHWA, perpetrator=TTP),), hours=1
    )
    ingest(store, town_level, clock=clock)
    (older,) = store.query_events(EventFilter())
    clock.advance()
    ingest(store, province_level, clock=clock)
    (newer,) = [e for e in store.query_events(EventFilter()) if e.event_id != older.event_id]
    since = clock.advance()
    bridge = Story(name="bridge", reports=(Report(killed=9, perpetrator=TTP),), hours=2)
    ingest(store, bridge, clock=clock)
    (merged,) = store.query_events(EventFilter())
    assert merged.event_id == older.event_id
    assert len(merged.mention_ids) == 3
    tombstone = store.get_event(newer.event_id)
    assert tombstone is not None
    assert (tombstone.status, tombstone.merged_into, tombstone.mention_ids) == (
        EventStatus.MERGED,
        older.event_id,
        (),
    )
    assert TrailAction.MERGED in {entry.action for entry in store.merge_trail(older.event_id)}
    changes = {change.event_id: change for change in store.iter_changes(since)}
    assert changes[older.event_id].kind is ChangeKind.UPDATED
    assert changes[newer.event_id].kind is ChangeKind.WITHDRAWN
    assert changes[newer.event_id].event is None


def test_an_article_that_loses_its_report_leaves_a_tombstone(store: EventStore) -> None:
    clock = Clock()
    extractor = StoryExtractor()
    ingest(store, WIRE, clock=clock, extractor=extractor)
    (event,) = store.query_events(EventFilter())
    since = clock.advance()
    revised = WIRE.revised(Report(text=MARKET, place=QUETTA, sub=SubEventType.ARMED_CLASH, killed=1))
    report = ingest(store, revised, clock=clock, extractor=extractor)
    assert report.updated == 1
    tombstone = store.get_event(event.event_id)
    assert tombstone is not None
    assert tombstone.status is EventStatus.WITHDRAWN
    assert event.event_id not in {e.event_id for e in store.query_events(EventFilter())}
    kinds = {change.event_id: change.kind for change in store.iter_changes(since)}
    assert kinds[event.event_id] is ChangeKind.WITHDRAWN
    assert list(kinds.values()).count(ChangeKind.ADDED) == 1
    assert store.counts().events == 1


def test_a_report_revised_with_a_new_toll_keeps_its_event(store: EventStore) -> None:
    clock = Clock()
    extractor = StoryExtractor()
    ingest(store, WIRE, DAILY, clock=clock, extractor=extractor)
    (event,) = store.query_events(EventFilter())
    clock.advance()
    ingest(store, DAILY.revised(Report(killed=14, target=Target.RELIGIOUS)), clock=clock, extractor=extractor)
    (again,) = store.query_events(EventFilter())
    assert again.event_id == event.event_id
    assert again.casualties.killed_max == 14


def test_a_recollection_waits_for_the_event_it_recalls(store: EventStore) -> None:
    clock = Clock()
    recalled = Report(
        when=DateSpan(earliest=DAY, latest=DAY, precision=DatePrecision.DAY),
        killed=9,
        role=Role.BACKGROUND,
    )
    later = Story(
        name="later",
        reports=(Report(text=MARKET, place=QUETTA, sub=SubEventType.ARMED_CLASH, day=20), recalled),
        hours=480,
    )
    ingest(store, later, clock=clock)
    assert len(store.query_events(EventFilter())) == 1, "a recollection opens no event"
    ingest(store, WIRE, clock=clock)
    bombing = next(
        e for e in store.query_events(EventFilter()) if e.sub_event_type is SubEventType.SUICIDE_BOMB
    )
    assert len(bombing.mention_ids) == 2


def test_ingesting_the_same_articles_again_changes_nothing(store: EventStore) -> None:
    clock = Clock()
    extractor = StoryExtractor()
    ingest(store, WIRE, DAILY, MARKET_BLAST, clock=clock, extractor=extractor)
    before = store.query_events(EventFilter())
    trail = [store.merge_trail(e.event_id) for e in before]
    clock.advance()
    calls = extractor.calls
    again = ingest(store, WIRE, DAILY, MARKET_BLAST, clock=clock, extractor=extractor)
    assert (again.new, again.unchanged, extractor.calls) == (0, 3, calls)
    assert store.query_events(EventFilter()) == before
    assert [store.merge_trail(e.event_id) for e in before] == trail
    assert list(store.iter_changes(clock.now)) == []


MORNING_STORIES = [
    WIRE,
    DAILY,
    FOLLOW_UP,
    MARKET_BLAST,
    Story(
        name="market-2",
        reports=(Report(text=MARKET, sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, killed=2),),
        hours=5,
    ),
    Story(
        name="quetta",
        reports=(Report(place=QUETTA, sub=SubEventType.ARMED_CLASH, killed=3, perpetrator=TTP),),
        hours=2,
    ),
    Story(name="quetta-2", reports=(Report(place=QUETTA, sub=SubEventType.ARMED_CLASH, killed=3),), hours=20),
    Story(
        name="roundup",
        reports=(
            Report(place=QUETTA, sub=SubEventType.ARMED_CLASH, day=4, killed=1),
            Report(killed=15, role=Role.BACKGROUND),
        ),
        hours=100,
    ),
]


def resolve_in_order(stories: Sequence[Story]) -> frozenset[frozenset[str]]:
    with tempfile.TemporaryDirectory() as folder:
        opened = open_store(str(Path(folder) / "order.db"))
        try:
            clock = Clock()
            extractor = StoryExtractor()
            for story in stories:
                ingest(opened, story, clock=clock, extractor=extractor)
                clock.advance()
            return partition(opened)
        finally:
            opened.close()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(MORNING_STORIES))
def test_arrival_order_does_not_change_the_events(stories: list[Story]) -> None:
    assert resolve_in_order(stories) == resolve_in_order(MORNING_STORIES)


ISLAMABAD = replace(
    QUETTA,
    name="Islamabad",
    admin1="Islamabad Capital Territory",
    admin2="Islamabad",
    latitude=33.721,
    longitude=73.043,
)
QUETTA_BLAST = Report(
    text=MARKET,
    place=QUETTA,
    sub=SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    killed=2,
    target=Target.CIVILIANS,
)
DESK_STORIES = [
    Story(name="quetta-blast", reports=(QUETTA_BLAST,), hours=1),
    # A capital desk's story of the same blast, placed only by its dateline.
    Story(name="ISLAMABAD", reports=(replace(QUETTA_BLAST, place=ISLAMABAD, dateline=True),), hours=4),
    # The desk's story of another blast that day (soldiers, another toll): it stays apart.
    Story(
        name="ISLAMABAD DESK",
        reports=(
            replace(
                QUETTA_BLAST,
                text="A roadside bomb killed nine soldiers on Tuesday.",
                place=ISLAMABAD,
                dateline=True,
                killed=9,
                target=Target.MILITARY,
            ),
        ),
        hours=6,
    ),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 0, 2), (2, 1, 0), (1, 2, 0)])
def test_a_capital_desk_story_is_looked_up_across_provinces(order: tuple[int, ...]) -> None:
    found = resolve_in_order([DESK_STORIES[index] for index in order])
    assert sorted(len(event) for event in found) == [1, 2]
    (pair,) = [event for event in found if len(event) == 2]
    assert {member.split(":")[0] for member in pair} == {"quetta-blast", "ISLAMABAD"}


@pytest.mark.parametrize("recollection_first", [True, False])
def test_a_capital_desk_recollection_finds_its_event_in_another_province(recollection_first: bool) -> None:
    recollection = Story(
        name="ISLAMABAD",
        reports=(replace(QUETTA_BLAST, place=ISLAMABAD, dateline=True, role=Role.BACKGROUND),),
        hours=30,
    )
    stories = [recollection, DESK_STORIES[0]] if recollection_first else [DESK_STORIES[0], recollection]
    found = resolve_in_order(stories)
    assert [sorted(member.split(":")[0] for member in event) for event in found] == [
        ["ISLAMABAD", "quetta-blast"]
    ]
