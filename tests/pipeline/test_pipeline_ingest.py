"""The main job on a real SQLite store with a hand-made extractor: idempotence, merging, failures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from waqia.errors import ExtractionError
from waqia.model import (
    Article,
    Casualties,
    DatePrecision,
    DateSpan,
    EventFilter,
    GeoPrecision,
    Mention,
    Place,
    Role,
    Skipped,
    SkipReason,
    SubEventType,
    hash_id,
    make_article_id,
)
from waqia.pipeline import extract_articles, ingest_articles
from waqia.store import open_store
from waqia.store.base import EventStore

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
PLACES = {
    "Peshawar": Place(
        name="Peshawar",
        country="Pakistan",
        country_code="PK",
        admin1="Khyber Pakhtunkhwa",
        admin2="Peshawar",
        latitude=34.0,
        longitude=71.57,
        geo_precision=GeoPrecision.TOWN,
        geocoder="test",
    ),
    "Quetta": Place(
        name="Quetta",
        country="Pakistan",
        country_code="PK",
        admin1="Balochistan",
        admin2="Quetta",
        latitude=30.18,
        longitude=67.0,
        geo_precision=GeoPrecision.TOWN,
        geocoder="test",
    ),
}


class LineExtractor:
    """Reads 'sub-type|YYYY-MM-DD|place|killed[|background]' lines: a stand-in whose output is obvious."""

    name = "lines.v1"

    def __init__(self, *, fail_on: str | None = None) -> None:
        self.fail_on = fail_on
        self.calls = 0

    def extract(self, article: Article) -> tuple[Mention, ...]:
        self.calls += 1
        if self.fail_on and self.fail_on in article.text:
            raise ExtractionError(f"cannot read {article.origin}")
        mentions = []
        for ordinal, line in enumerate(article.text.splitlines()):
            parts = line.split("|")
            if len(parts) < 4:
                continue
            sub = SubEventType(parts[0])
            day = date.fromisoformat(parts[1])
            mentions.append(
                Mention(
                    mention_id=hash_id(article.article_id, str(ordinal), prefix="m"),
                    article_id=article.article_id,
                    role=Role.BACKGROUND if parts[4:] == ["background"] else Role.MAIN,
                    event_type=sub.event_type,
                    sub_event_type=sub,
                    when=DateSpan(earliest=day, latest=day, precision=DatePrecision.DAY),
                    place=PLACES[parts[2]],
                    casualties=Casualties(killed_min=int(parts[3]), killed_max=int(parts[3])),
                    extractor=self.name,
                )
            )
        return tuple(mentions)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Mention, ...]]]:
        for article in articles:
            yield article, self.extract(article)


def article(text: str, *, source: str, url: str | None = None) -> Article:
    return Article(
        article_id=make_article_id(url=url, text=text),
        text=text,
        source=source,
        url=url,
        published_at=NOW,
        origin=f"{source}.txt",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    opened = open_store(str(tmp_path / "waqia.db"))
    yield opened
    opened.close()


def ingest(store: EventStore, items: list[Article | Skipped], extractor: LineExtractor | None = None):  # type: ignore[no-untyped-def]
    return ingest_articles(items, extractor=extractor or LineExtractor(), store=store, clock=lambda: NOW)


BLAST = "Suicide bomb|2025-03-10|Peshawar|9"


def test_reports_of_one_attack_from_several_outlets_become_one_event(store: EventStore) -> None:
    report = ingest(
        store,
        [
            article(BLAST, source="Outlet A"),
            article("Suicide bomb|2025-03-11|Peshawar|12", source="Outlet B"),
            article("Abduction/forced disappearance|2025-03-10|Quetta|0", source="Outlet C"),
        ],
    )
    assert (report.new, report.unchanged, report.mentions) == (3, 0, 3)
    events = store.query_events(EventFilter())
    assert len(events) == 2
    bombing = next(e for e in events if e.sub_event_type is SubEventType.SUICIDE_BOMB)
    assert set(bombing.sources) == {"Outlet A", "Outlet B"}
    assert (bombing.casualties.killed_min, bombing.casualties.killed_max, bombing.fatalities) == (9, 12, 9)


def test_ingesting_again_changes_nothing(store: EventStore) -> None:
    items: list[Article | Skipped] = [article(BLAST, source="Outlet A")]
    ingest(store, items)
    before = store.query_events(EventFilter())
    extractor = LineExtractor()
    again = ingest(store, items, extractor)
    assert (again.new, again.unchanged) == (0, 1)
    assert extractor.calls == 0
    assert store.query_events(EventFilter()) == before
    assert store.counts().articles == 1


def test_a_changed_article_replaces_its_mentions_and_withdraws_empty_events(store: EventStore) -> None:
    url = "https://outlet.example/story"
    ingest(store, [article(BLAST, source="A", url=url)])
    updated = ingest(
        store, [article("Abduction/forced disappearance|2025-03-10|Quetta|0", source="A", url=url)]
    )
    assert updated.updated == 1
    (event,) = store.query_events(EventFilter())
    assert event.sub_event_type is SubEventType.ABDUCTION_FORCED_DISAPPEARANCE
    assert store.counts().mentions == 1


def test_background_mentions_join_known_events_but_open_none(store: EventStore) -> None:
    ingest(store, [article(f"{BLAST}\nSuicide bomb|2024-01-30|Peshawar|100|background", source="A")])
    assert store.counts().events == 1
    ingest(store, [article(f"Suicide bomb|2025-03-20|Quetta|3\n{BLAST}|background", source="B")])
    events = store.query_events(EventFilter())
    assert len(events) == 2
    peshawar = next(e for e in events if e.place and e.place.name == "Peshawar")
    assert len(peshawar.mention_ids) == 2


def test_one_failing_article_does_not_stop_the_batch(store: EventStore) -> None:
    skipped = Skipped(origin="bad.bin", reason=SkipReason.BINARY, detail="bad.bin: binary")
    report = ingest(
        store,
        [article(BLAST, source="A"), skipped, article("POISON", source="B")],
        LineExtractor(fail_on="POISON"),
    )
    assert report.new == 1
    assert {s.reason for s in report.skipped} == {SkipReason.BINARY, SkipReason.EXTRACTION_FAILED}
    assert report.failed
    assert store.counts().articles == 1


def test_extract_articles_keeps_input_order_without_a_store() -> None:
    items: list[Article | Skipped] = [
        article("Suicide bomb|2025-03-10|Peshawar|1", source="A"),
        Skipped(origin="x", reason=SkipReason.EMPTY, detail="x: empty"),
        article("Suicide bomb|2025-03-10|Quetta|2", source="B"),
    ]
    results = list(extract_articles(items, extractor=LineExtractor(), batch_size=2))
    assert [type(r).__name__ for r in results] == ["tuple", "Skipped", "tuple"]
    first, _, last = results
    assert isinstance(first, tuple)
    assert first[1][0].casualties.killed_min == 1
    assert isinstance(last, tuple)
    assert last[1][0].place == PLACES["Quetta"]


def test_filters_reach_the_store(store: EventStore) -> None:
    ingest(
        store,
        [
            article(BLAST, source="A"),
            article("Abduction/forced disappearance|2025-02-01|Quetta|0", source="B"),
        ],
    )
    assert len(store.query_events(EventFilter(admin1="balochistan"))) == 1
    assert len(store.query_events(EventFilter(since=date(2025, 3, 1)))) == 1
    assert len(store.query_events(EventFilter(min_killed=5))) == 1
    assert len(store.query_events(EventFilter(limit=1))) == 1
