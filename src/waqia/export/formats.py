"""One entry point for every export format: the CLI and the web both write exports through it."""

from __future__ import annotations

from typing import IO, Any, BinaryIO, TextIO, assert_never, cast

from waqia.export import ExportFormat
from waqia.export.acled_csv import write_acled_csv
from waqia.export.geojson import write_geojson
from waqia.export.jsonl import write_events_jsonl
from waqia.export.parquet import write_events_parquet
from waqia.export.spec_json import write_mentions_export
from waqia.model import EventFilter
from waqia.store.base import EventStore


def write_export(
    store: EventStore,
    export_format: ExportFormat,
    stream: IO[Any],
    *,
    event_filter: EventFilter | None = None,
) -> int:
    """Write the stored events, or for `ExportFormat.MENTIONS` every stored mention, in one format.

    Args:
        store: the store to read.
        export_format: the format to write.
        stream: a binary stream when `export_format.is_binary` (Parquet), else a text stream opened with
            ``newline=""`` (the CSV writer ends its rows itself).
        event_filter: which events to write; every event when None. The mentions export ignores it: it is
            the spec's per-article record and holds every mention.

    Returns:
        The number of records written: events, or articles for the mentions export.
    """
    match export_format:
        case ExportFormat.ACLED_CSV:
            return write_acled_csv(store.iter_events(event_filter), cast(TextIO, stream))
        case ExportFormat.GEOJSON:
            return write_geojson(store.iter_events(event_filter), cast(TextIO, stream))
        case ExportFormat.JSONL:
            return write_events_jsonl(store.iter_events(event_filter), cast(TextIO, stream))
        case ExportFormat.MENTIONS:
            return write_mentions_export(
                store.iter_mentions(), cast(TextIO, stream), articles=store.iter_articles()
            )
        case ExportFormat.PARQUET:
            return write_events_parquet(store.iter_events(event_filter), cast(BinaryIO, stream))
        case _:
            assert_never(export_format)
