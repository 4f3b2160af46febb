"""Events as a Parquet file: one flat, typed row per event."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields
from itertools import islice
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from waqia.export.event_row import EventRow, flatten_event
from waqia.model import Event

# Rows per Parquet row group written at a time: memory stays flat for any number of events.
ROW_GROUP_SIZE = 10_000

_TEXT = pa.string()
_NAMES = pa.list_(pa.string())
_TIMESTAMP = pa.timestamp("us", tz="UTC")
COLUMN_TYPES: dict[str, pa.DataType] = {
    "event_id": _TEXT,
    "event_date": _TEXT,
    "date_earliest": pa.date32(),
    "date_latest": pa.date32(),
    "date_precision": _TEXT,
    "disorder_type": _TEXT,
    "event_type": _TEXT,
    "sub_event_type": _TEXT,
    "country": _TEXT,
    "country_code": _TEXT,
    "admin1": _TEXT,
    "admin2": _TEXT,
    "admin3": _TEXT,
    "location": _TEXT,
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "geo_precision": pa.int8(),
    "gazetteer_id": _TEXT,
    "geocoder": _TEXT,
    "perpetrator": _TEXT,
    "perpetrator_type": _TEXT,
    "perpetrator_parent": _TEXT,
    "perpetrator_country_code": _TEXT,
    "claim_status": _TEXT,
    "claimed_by": _NAMES,
    "denied_by": _NAMES,
    "target": _TEXT,
    "killed_min": pa.int32(),
    "killed_max": pa.int32(),
    "injured_min": pa.int32(),
    "injured_max": pa.int32(),
    "fatalities": pa.int32(),
    "sources": _NAMES,
    "source_urls": _NAMES,
    "notes": _TEXT,
    "mention_ids": _NAMES,
    "created_at": _TIMESTAMP,
    "updated_at": _TIMESTAMP,
}
NOT_NULL = frozenset({"event_id", "disorder_type", "event_type", "sub_event_type", "claim_status", "notes"})


def events_schema() -> pa.Schema:
    """The Parquet schema: the `EventRow` fields in order, with their Arrow types."""
    return pa.schema(
        [pa.field(f.name, COLUMN_TYPES[f.name], nullable=f.name not in NOT_NULL) for f in fields(EventRow)]
    )


def write_events_parquet(events: Iterable[Event], stream: BinaryIO) -> int:
    """Write every event as one row; dates are date32, times UTC microseconds, lists of names list<string>.

    Returns:
        The number of rows written.
    """
    schema = events_schema()
    written = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for rows in _chunks(events):
            columns = {name: [getattr(row, name) for row in rows] for name in schema.names}
            writer.write_table(pa.Table.from_pydict(columns, schema=schema))
            written += len(rows)
        if written == 0:
            writer.write_table(schema.empty_table())
    return written


def _chunks(events: Iterable[Event]) -> Iterator[list[EventRow]]:
    iterator = iter(events)
    while chunk := [flatten_event(event) for event in islice(iterator, ROW_GROUP_SIZE)]:
        yield chunk
