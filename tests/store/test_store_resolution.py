"""Storage contract for issue #4: status and tombstones, per-source figures, edits, profiles, the merge
trail, decisions, the review log, the change feed, the candidate queries and migration 2."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, text
from test_sql_store import BANNU, make_article, make_event, make_mention, write

from waqia.model import (
    ChangeKind,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    DecisionKind,
    EventChanges,
    EventFilter,
    EventStatus,
    MergeTrailEntry,
    ReviewAction,
    ReviewRecord,
    Role,
    SourceFigure,
    SubEventType,
    Target,
    TrailAction,
)
from waqia.store import open_store
from waqia.store.base import Decision
from waqia.store.migrations import MIGRATIONS
from waqia.store.schema import SCHEMA_MIGRATIONS
from waqia.store.sql_store import SqlEventStore

AT = datetime(2024, 3, 3, 10, 0, tzinfo=UTC)
FIGURES = (
    SourceFigure(
        mention_id="m1",
        article_id="a1",
        source="Example News",
        url="https://news.example/a1",
        published_at=datetime(2024, 3, 2, 6, 0, tzinfo=UTC),
        killed_min=3,
        killed_max=None,
        injured_min=2,
        claim=Claim(status=ClaimStatus.CLAIMED, claimed_by=("Jamaat-ul-Ahrar",), denied_by=("TTP",)),
        perpetrator="Jamaat-ul-Ahrar",
        superseded=True,
    ),
    SourceFigure(mention_id="m2", article_id="a1", role=Role.BACKGROUND),
)


def test_the_new_event_fields_round_trip(store: SqlEventStore) -> None:
    event = make_event(status=EventStatus.CONFIRMED, reported=FIGURES, edited_fields=("fatalities", "target"))
    write(store, make_article(), [make_mention()], [event])
    assert store.get_event("e1") == event
    assert store.query_events(EventFilter()) == [event]


def test_tombstones_leave_listings_but_stay_readable(store: SqlEventStore) -> None:
    write(
        store, make_article(), [make_mention(), make_mention("m2")], [make_event(), make_event("e2", ("m2",))]
    )
    with store.session() as session:
        session.withdraw_event("e2", status=EventStatus.MERGED, at=AT, merged_into="e1")
    assert [e.event_id for e in store.query_events(EventFilter())] == ["e1"]
    assert [e.event_id for e in store.iter_events()] == ["e1"]
    assert store.counts().events == 1
    tombstone = store.get_event("e2")
    assert tombstone is not None
    assert (tombstone.status, tombstone.merged_into, tombstone.mention_ids, tombstone.updated_at) == (
        EventStatus.MERGED,
        "e1",
        (),
        AT,
    )
    assert [e.event_id for e in store.query_events(EventFilter(statuses=(EventStatus.MERGED,)))] == ["e2"]
    with pytest.raises(Exception, match="not a withdrawn status"), store.session() as session:
        session.withdraw_event("e1", status=EventStatus.ACTIVE, at=AT)


def test_the_change_feed_lists_added_updated_and_withdrawn_events(store: SqlEventStore) -> None:
    early = datetime(2024, 3, 1, tzinfo=UTC)
    write(
        store,
        make_article(),
        [make_mention(), make_mention("m2"), make_mention("m3")],
        [
            make_event("e1", ("m1",), created_at=early, updated_at=early),
            make_event("e2", ("m2",), created_at=early, updated_at=AT),
            make_event("e3", ("m3",), created_at=AT, updated_at=AT),
        ],
    )
    with store.session() as session:
        session.set_status("e1", status=EventStatus.REJECTED, at=AT + timedelta(hours=1))
    changes = list(store.iter_changes(AT))
    assert [(c.event_id, c.kind) for c in changes] == [
        ("e2", ChangeKind.UPDATED),
        ("e3", ChangeKind.ADDED),
        ("e1", ChangeKind.WITHDRAWN),
    ]
    assert changes[2].event is None
    assert changes[2].status is EventStatus.REJECTED
    assert changes[0].event is not None
    assert list(store.iter_changes(AT + timedelta(hours=2))) == []


def test_edits_are_kept_apart_from_computed_fields(store: SqlEventStore) -> None:
    write(store, make_article(), [make_mention()], [make_event()])
    changes = EventChanges(
        sub_event_type=SubEventType.ATTACK,
        when=DateSpan(earliest=date(2024, 3, 1), latest=date(2024, 3, 7), precision=DatePrecision.WEEK),
        claim_status=ClaimStatus.DENIED,
        target=Target.CIVILIANS,
        latitude=32.5,
        fatalities=0,
        notes="checked",
    )
    with store.session() as session:
        assert session.event_changes("e1") is None
        session.put_event_changes("e1", changes)
        session.put_event(make_event(fatalities=9))
        assert session.event_changes("e1") == changes, "a recomputed event keeps the reviewer's edits"
        session.put_event_changes("e1", None)
        assert session.event_changes("e1") is None


def test_trail_decisions_and_review_log_round_trip(store: SqlEventStore) -> None:
    entries = [
        MergeTrailEntry(
            mention_id="m1", event_id="e1", action=TrailAction.OPENED, score=None, reasons=(), at=AT
        ),
        MergeTrailEntry(
            mention_id="m2",
            event_id="e1",
            action=TrailAction.MERGED,
            score=0.8125,
            reasons=("same day 2024-03-01", "shared names jhandu"),
            at=AT,
            author=None,
            from_event_id="e2",
        ),
    ]
    decision = Decision(kind=DecisionKind.BLOCK, mention_id="m2", event_id="e1", author="ayesha", at=AT)
    record = ReviewRecord(
        event_id="e1",
        action=ReviewAction.SPLIT,
        author="ayesha",
        at=AT,
        before="{}",
        after="{}",
        reason="why",
    )
    with store.session() as session:
        session.add_trail(entries)
        session.add_decision(decision)
        session.add_decision(decision)
        session.add_review(record)
        assert session.decisions_for(mention_ids=["m2"]) == [decision]
        assert session.decisions_for(event_ids=["e1"], mention_ids=["m2"]) == [decision]
        assert session.decisions_for(event_ids=["e9"]) == []
    assert store.merge_trail("e1") == entries
    assert store.merge_trail("e2") == entries[1:], "the event a mention left sees it go"
    assert store.review_history("e1") == [record]


def test_candidate_profiles_block_by_date_place_and_status(store: SqlEventStore) -> None:
    day = date(2024, 3, 1)
    quetta = dataclasses.replace(BANNU, name="Quetta", admin1="Balochistan", admin2="Quetta")
    write(
        store,
        make_article(),
        [make_mention(f"m{i}") for i in range(1, 6)],
        [
            make_event("e1", ("m1",)),
            make_event("e2", ("m2",), place=quetta),
            make_event(
                "e3",
                ("m3",),
                when=DateSpan(
                    earliest=day + timedelta(days=5),
                    latest=day + timedelta(days=5),
                    precision=DatePrecision.DAY,
                ),
            ),
            make_event("e4", ("m4",), place=None),
            make_event("e5", ("m5",)),
        ],
    )
    with store.session() as session:
        session.withdraw_event("e5", status=EventStatus.WITHDRAWN, at=AT)
        session.set_status("e1", status=EventStatus.REJECTED, at=AT)
        found = session.candidate_profiles(
            earliest=day, latest=day, country_code="pk", admin1="khyber pakhtunkhwa"
        )
        anywhere = session.candidate_profiles(earliest=day, latest=day, country_code=None, admin1=None)
    assert [(c.event_id, c.status) for c in found] == [
        ("e1", EventStatus.REJECTED),
        ("e4", EventStatus.ACTIVE),
    ]
    assert [c.event_id for c in anywhere] == ["e1", "e2", "e4"]
    assert all(c.profile == "" for c in found), "put_event leaves the resolver's profile to be rebuilt"


def test_profiles_and_light_reports(store: SqlEventStore) -> None:
    write(store, make_article(), [make_mention(), make_mention("m2", role=Role.BACKGROUND)])
    with store.session() as session:
        session.put_resolved_event(make_event(), profile='{"v": 1}')
        (candidate,) = session.candidate_profiles(
            earliest=date(2024, 3, 1), latest=date(2024, 3, 1), country_code=None, admin1=None
        )
        reports = session.resolution_reports(["e1", "e9"])
        waiting = session.waiting_reports(
            earliest=date(2024, 3, 1), latest=date(2024, 3, 1), country_code="PK", admin1=None
        )
    assert candidate.profile == '{"v": 1}'
    assert [(r.mention, r.source, r.event_id) for r in reports["e1"]] == [
        (make_mention(), "Example News", "e1")
    ]
    assert reports["e9"] == []
    assert [r.mention.mention_id for r in waiting] == ["m2"]


def test_migration_2_upgrades_a_version_1_database(store_target: str) -> None:
    store = open_store(store_target)
    write(store, make_article(), [make_mention()], [make_event()])
    with store.engine.begin() as connection:
        for name in ("merge_trail", "review_log", "resolution_decisions"):
            connection.execute(text(f"DROP TABLE {name}"))
        for index in (
            "ix_events_updated_at",
            "ix_events_status",
            "ix_events_block_admin1_date_latest",
            "ix_events_block_country_date_latest",
            "ix_mentions_role_date_latest",
        ):
            connection.execute(text(f"DROP INDEX {index}"))
        for column in (
            "status",
            "merged_into",
            "reported",
            "overrides",
            "edited_fields",
            "profile",
            "block_country",
            "block_admin1",
        ):
            connection.execute(text(f"ALTER TABLE events DROP COLUMN {column}"))
        connection.execute(delete(SCHEMA_MIGRATIONS).where(SCHEMA_MIGRATIONS.c.version == 2))
    store.close()
    upgraded = open_store(store_target)
    try:
        (event,) = upgraded.query_events(EventFilter())
        assert (event.event_id, event.status, event.reported, event.edited_fields) == (
            "e1",
            EventStatus.ACTIVE,
            (),
            (),
        )
        assert upgraded.merge_trail("e1") == []
        with upgraded.session() as session:
            (candidate,) = session.candidate_profiles(
                earliest=date(2024, 3, 1),
                latest=date(2024, 3, 1),
                country_code="PK",
                admin1="Khyber Pakhtunkhwa",
            )
            assert candidate.event_id == "e1"
            assert not session.candidate_profiles(
                earliest=date(2024, 3, 1), latest=date(2024, 3, 1), country_code="PK", admin1="Sindh"
            ), "the upgrade fills in the blocking keys of existing events"
        with upgraded.engine.connect() as connection:
            versions = [row.version for row in connection.execute(SCHEMA_MIGRATIONS.select())]
        assert sorted(versions) == [migration.version for migration in MIGRATIONS]
    finally:
        upgraded.close()
