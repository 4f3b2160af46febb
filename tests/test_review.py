"""Manual review (confirm, reject, edit, merge, split): recorded, and respected by later resolution; and the
`merge`, `split`, `history` commands, the change feed export and the store-backed evaluation run."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from waqia.cli.resolution import register, write_changes
from waqia.errors import ConfigError
from waqia.model import (
    ClaimStatus,
    EventChanges,
    EventFilter,
    EventStatus,
    ReviewAction,
    SubEventType,
    Target,
    TrailAction,
)
from waqia.pipeline import ingest_articles
from waqia.review import confirm_event, edit_event, merge_events, reject_event, review_history, split_event
from waqia.store import open_store
from waqia.store.base import EventStore

from .pipeline.pipeline_builders import QUETTA, TTP, Report, Story, StoryExtractor

T0 = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)
REVIEWED = T0 + timedelta(hours=5)

WIRE = Story(name="wire", reports=(Report(killed=9, perpetrator=TTP, target=Target.RELIGIOUS),))
DAILY = Story(name="daily", reports=(Report(killed=12, target=Target.RELIGIOUS),), hours=14)
# Reported in another province: automatic resolution keeps it apart from the Peshawar bombing.
ELSEWHERE = Story(name="elsewhere", reports=(Report(place=QUETTA, killed=9),), hours=2)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    opened = open_store(str(tmp_path / "waqia.db"))
    yield opened
    opened.close()


@pytest.fixture
def extractor() -> StoryExtractor:
    return StoryExtractor()


def ingest(store: EventStore, extractor: StoryExtractor, *stories: Story, hours: float = 0.0) -> None:
    extractor.add(*stories)
    ingest_articles(
        [story.article() for story in stories],
        extractor=extractor,
        store=store,
        clock=lambda: T0 + timedelta(hours=hours),
    )


def event_with(store: EventStore, story: Story) -> str:
    mention_id = story.mentions()[0].mention_id
    return next(
        e.event_id
        for e in store.iter_events(EventFilter(statuses=tuple(EventStatus)))
        if mention_id in e.mention_ids
    )


def test_a_merge_keeps_the_older_id_records_everything_and_lasts(
    store: EventStore, extractor: StoryExtractor
) -> None:
    ingest(store, extractor, WIRE)
    ingest(store, extractor, ELSEWHERE, hours=1)
    older, newer = event_with(store, WIRE), event_with(store, ELSEWHERE)
    merged = merge_events(store, [newer, older], author="ayesha", now=REVIEWED)
    assert merged.event_id == older
    assert len(merged.mention_ids) == 2
    tombstone = store.get_event(newer)
    assert tombstone is not None
    assert (tombstone.status, tombstone.merged_into) == (EventStatus.MERGED, older)
    history = review_history(store, older)
    assert [(r.action, r.author, r.at) for r in history] == [(ReviewAction.MERGE, "ayesha", REVIEWED)]
    assert json.loads(history[0].after)["event_id"] == older
    assert json.loads(review_history(store, newer)[0].after)["status"] == "merged"
    assert {entry.action for entry in store.merge_trail(older)} >= {TrailAction.MANUAL_MERGE}
    # The merged-away report's article is revised: its report stays in the merged event.
    ingest(store, extractor, ELSEWHERE.revised(Report(place=QUETTA, killed=10)), hours=6)
    again = store.get_event(older)
    assert again is not None
    assert len(again.mention_ids) == 2
    assert len(store.query_events(EventFilter())) == 1


def test_a_split_lasts_through_revisions_and_new_reports(
    store: EventStore, extractor: StoryExtractor
) -> None:
    ingest(store, extractor, WIRE, DAILY)
    original = event_with(store, WIRE)
    moved = DAILY.mentions()[0].mention_id
    created = split_event(store, original, mention_ids=[moved], author="bilal", now=REVIEWED)
    assert created.mention_ids == (moved,)
    remaining = store.get_event(original)
    assert remaining is not None
    assert moved not in remaining.mention_ids
    # A revised version of the moved report goes back to the split-off event, never to the original.
    ingest(store, extractor, DAILY.revised(Report(killed=13, target=Target.RELIGIOUS)), hours=6)
    assert event_with(store, DAILY) == created.event_id
    # A new report matching both is placed by score, but the two events never merge again.
    third = Story(
        name="third", reports=(Report(killed=12, perpetrator=TTP, target=Target.RELIGIOUS),), hours=20
    )
    ingest(store, extractor, third, hours=7)
    assert {e.event_id for e in store.query_events(EventFilter())} == {original, created.event_id}
    assert [r.action for r in review_history(store, created.event_id)] == [ReviewAction.SPLIT]


def test_a_rejected_event_leaves_the_dataset_and_stays_rejected(
    store: EventStore, extractor: StoryExtractor
) -> None:
    ingest(store, extractor, WIRE)
    event_id = event_with(store, WIRE)
    reject_event(store, event_id, author="ayesha", reason="a training exercise, not an attack", now=REVIEWED)
    assert store.query_events(EventFilter()) == []
    ingest(store, extractor, DAILY, hours=6)
    rejected = store.get_event(event_id)
    assert rejected is not None
    assert rejected.status is EventStatus.REJECTED
    assert len(rejected.mention_ids) == 2, "a new report of it attaches to it"
    assert store.query_events(EventFilter()) == []
    (change,) = [c for c in store.iter_changes(REVIEWED) if c.event_id == event_id]
    assert change.kind.value == "withdrawn"
    assert review_history(store, event_id)[0].reason == "a training exercise, not an attack"
    restored = confirm_event(store, event_id, author="bilal", now=REVIEWED + timedelta(hours=2))
    assert restored.status is EventStatus.CONFIRMED
    assert [e.event_id for e in store.query_events(EventFilter())] == [event_id]


def test_edited_fields_win_over_later_reports(store: EventStore, extractor: StoryExtractor) -> None:
    ingest(store, extractor, WIRE)
    event_id = event_with(store, WIRE)
    changes = EventChanges(
        sub_event_type=SubEventType.ARMED_CLASH,
        claim_status=ClaimStatus.ATTRIBUTED,
        perpetrator="Jamaat-ul-Ahrar",
        fatalities=7,
        place_name="Hayatabad",
    )
    edited = edit_event(store, event_id, changes=changes, author="ayesha", now=REVIEWED)
    assert (edited.sub_event_type, edited.fatalities, edited.claim.status) == (
        SubEventType.ARMED_CLASH,
        7,
        ClaimStatus.ATTRIBUTED,
    )
    ingest(store, extractor, DAILY, hours=6)
    later = store.get_event(event_id)
    assert later is not None
    assert len(later.mention_ids) == 2
    assert later.fatalities == 7
    assert later.perpetrator is not None
    assert later.perpetrator.name == "Jamaat-ul-Ahrar"
    assert later.place is not None
    assert later.place.name == "Hayatabad"
    assert set(later.edited_fields) == set(changes.given())
    (record,) = review_history(store, event_id)
    assert json.loads(record.before)["fatalities"] == 9
    assert json.loads(record.after)["fatalities"] == 7


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (lambda store, ids: merge_events(store, [ids[0]], author="a"), "at least two"),
        (lambda store, ids: merge_events(store, [ids[0], "e-unknown"], author="a"), "no event"),
        (lambda store, ids: merge_events(store, ids, author=" "), "needs an author"),
        (lambda store, ids: split_event(store, ids[0], mention_ids=["m-x"], author="a"), "has no mention"),
        (lambda store, ids: split_event(store, ids[0], mention_ids=[], author="a"), "nothing to split"),
        (lambda store, ids: reject_event(store, ids[0], author="a", reason=""), "needs a reason"),
        (lambda store, ids: edit_event(store, ids[0], changes=EventChanges(), author="a"), "changes nothing"),
    ],
)
def test_review_mistakes_are_refused_and_change_nothing(  # type: ignore[no-untyped-def]
    store: EventStore, extractor: StoryExtractor, action, message: str
) -> None:
    ingest(store, extractor, WIRE, ELSEWHERE)
    ids = sorted(e.event_id for e in store.query_events(EventFilter()))
    before = store.query_events(EventFilter())
    with pytest.raises(ConfigError, match=message):
        action(store, ids)
    assert store.query_events(EventFilter()) == before


def test_splitting_every_mention_is_refused(store: EventStore, extractor: StoryExtractor) -> None:
    ingest(store, extractor, WIRE)
    event_id = event_with(store, WIRE)
    with pytest.raises(ConfigError, match="leave it empty"):
        split_event(store, event_id, mention_ids=[WIRE.mentions()[0].mention_id], author="a")


def test_a_merged_away_event_can_no_longer_be_reviewed(store: EventStore, extractor: StoryExtractor) -> None:
    ingest(store, extractor, WIRE, ELSEWHERE)
    older, newer = event_with(store, WIRE), event_with(store, ELSEWHERE)
    merge_events(store, [older, newer], author="a")
    with pytest.raises(ConfigError, match=f"review {older} instead"):
        confirm_event(store, newer, author="a")


def test_the_change_feed_writes_withdrawn_events_as_id_and_status(
    store: EventStore, extractor: StoryExtractor
) -> None:
    ingest(store, extractor, WIRE, ELSEWHERE)
    older, newer = event_with(store, WIRE), event_with(store, ELSEWHERE)
    merge_events(store, [older, newer], author="a", now=REVIEWED)
    stream = io.StringIO()
    assert write_changes(store, stream, since=REVIEWED.replace(tzinfo=None)) == 2
    lines = {line["event_id"]: line for line in map(json.loads, stream.getvalue().splitlines())}
    assert lines[newer] == {
        "change": "withdrawn",
        "event_id": newer,
        "status": "merged",
        "merged_into": older,
        "changed_at": REVIEWED.isoformat(),
    }
    assert lines[older]["change"] == "updated"
    assert lines[older]["fatalities"] == 9


def test_the_commands_merge_split_and_show_history(store: EventStore, extractor: StoryExtractor) -> None:
    ingest(store, extractor, WIRE, DAILY, ELSEWHERE)
    url = store.url
    older, newer = event_with(store, WIRE), event_with(store, ELSEWHERE)
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    merged = runner.invoke(app, ["merge", older, newer, "--db", url, "--author", "ayesha"])
    assert merged.exit_code == 0, merged.output
    assert f"into {older}" in merged.output
    moved = DAILY.mentions()[0].mention_id
    split = runner.invoke(app, ["split", older, "--mention", moved, "--db", url])
    assert split.exit_code == 0, split.output
    assert "new event" in split.output
    shown = runner.invoke(app, ["history", older, "--db", url], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    assert "manual-merge" in shown.output
    assert "ayesha" in shown.output
    assert "split" in shown.output
    missing = runner.invoke(app, ["history", "e-none", "--db", url])
    assert missing.exit_code == 1
