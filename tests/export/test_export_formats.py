"""Export formats: names, stream kinds and suffixes, and the one function that writes any of them."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable, Iterator
from typing import cast

import pyarrow.parquet as pq
import pytest

from waqia.export import ExportFormat
from waqia.export.formats import write_export
from waqia.model import Article, Event, EventFilter
from waqia.store.base import EventStore, MentionRecord


def test_format_names() -> None:
    assert [fmt.value for fmt in ExportFormat] == ["acled-csv", "geojson", "jsonl", "mentions", "parquet"]


@pytest.mark.parametrize(
    ("fmt", "binary", "suffix"),
    [
        (ExportFormat.ACLED_CSV, False, ".csv"),
        (ExportFormat.GEOJSON, False, ".geojson"),
        (ExportFormat.JSONL, False, ".jsonl"),
        (ExportFormat.MENTIONS, False, ".jsonl"),
        (ExportFormat.PARQUET, True, ".parquet"),
    ],
)
def test_format_stream_kind_and_suffix(fmt: ExportFormat, binary: bool, suffix: str) -> None:
    assert (fmt.is_binary, fmt.suffix) == (binary, suffix)


@dataclasses.dataclass
class FakeStore:
    """The read side `write_export` uses, over lists; it records the filters it was asked for."""

    events: list[Event]
    articles: list[Article]
    filters_seen: list[EventFilter | None] = dataclasses.field(default_factory=list)

    def iter_events(self, event_filter: EventFilter | None = None) -> Iterator[Event]:
        self.filters_seen.append(event_filter)
        return iter(self.events)

    def iter_mentions(self) -> Iterator[MentionRecord]:
        return iter(())

    def iter_articles(self) -> Iterator[Article]:
        return iter(self.articles)


def _records_in(export_format: ExportFormat, data: bytes) -> int:
    """How many records a reader of the format finds in what was written."""
    if export_format is ExportFormat.PARQUET:
        return int(pq.read_table(io.BytesIO(data)).num_rows)
    text = data.decode("utf-8")
    if export_format is ExportFormat.ACLED_CSV:
        return len(list(csv.DictReader(io.StringIO(text, newline=""))))
    if export_format is ExportFormat.GEOJSON:
        return len(json.loads(text)["features"])
    return len([json.loads(line) for line in text.splitlines() if line.strip()])


def _write(
    store: FakeStore, export_format: ExportFormat, event_filter: EventFilter | None
) -> tuple[int, bytes]:
    if export_format.is_binary:
        binary = io.BytesIO()
        count = write_export(cast(EventStore, store), export_format, binary, event_filter=event_filter)
        return count, binary.getvalue()
    text = io.StringIO(newline="")
    count = write_export(cast(EventStore, store), export_format, text, event_filter=event_filter)
    return count, text.getvalue().encode("utf-8")


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_write_export_writes_every_format_readably(
    export_format: ExportFormat, make_sample_event: Callable[..., Event]
) -> None:
    events = [make_sample_event(event_id=f"e{number}") for number in range(3)]
    articles = [
        Article(article_id=f"a{number}", text="Report.", external_id=f"ext-{number}") for number in range(2)
    ]
    store = FakeStore(events=events, articles=articles)
    count, data = _write(store, export_format, None)
    expected = len(articles) if export_format is ExportFormat.MENTIONS else len(events)
    assert (count, _records_in(export_format, data)) == (expected, expected)


@pytest.mark.parametrize(
    ("export_format", "filtered"),
    [(export_format, export_format is not ExportFormat.MENTIONS) for export_format in ExportFormat],
)
def test_write_export_reads_events_through_the_filter(
    export_format: ExportFormat, filtered: bool, make_sample_event: Callable[..., Event]
) -> None:
    store = FakeStore(events=[make_sample_event()], articles=[Article(article_id="a1", text="Report.")])
    event_filter = EventFilter(country="Pakistan", min_killed=2)
    _write(store, export_format, event_filter)
    # The mentions export is the spec's per-article record of every mention: it reads no events.
    assert store.filters_seen == ([event_filter] if filtered else [])
