"""Parquet export: readable back with pyarrow, one typed row per event."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from waqia.export import parquet
from waqia.export.parquet import write_events_parquet
from waqia.model import Event

EventFactory = Callable[..., Event]


def export(events: list[Event]) -> tuple[pa.Table, int]:
    stream = io.BytesIO()
    written = write_events_parquet(events, stream)
    stream.seek(0)
    return pq.read_table(stream), written


@pytest.mark.parametrize("count", [0, 1, 7])
def test_row_count(make_sample_event: EventFactory, count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small row groups so several are written and read back as one table.
    monkeypatch.setattr(parquet, "ROW_GROUP_SIZE", 3)
    table, written = export([make_sample_event(event_id=f"e{i}") for i in range(count)])
    assert written == table.num_rows == count
    assert table.column("event_id").to_pylist() == [f"e{i}" for i in range(count)]


@pytest.mark.parametrize(
    ("column", "arrow_type"),
    [
        ("date_earliest", pa.date32()),
        ("date_latest", pa.date32()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("killed_min", pa.int32()),
        ("fatalities", pa.int32()),
        ("geo_precision", pa.int8()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("claimed_by", pa.list_(pa.string())),
        ("event_type", pa.string()),
    ],
)
def test_column_types(make_sample_event: EventFactory, column: str, arrow_type: pa.DataType) -> None:
    table, _ = export([make_sample_event()])
    assert table.schema.field(column).type == arrow_type


def test_values_read_back(make_sample_event: EventFactory) -> None:
    table, _ = export(
        [make_sample_event(), make_sample_event(event_id="e-sparse", when=None, place=None, fatalities=None)]
    )
    full, sparse = table.to_pylist()
    assert full["date_earliest"] == date(2024, 2, 9)
    assert full["latitude"] == 34.008
    assert full["fatalities"] == 4
    assert full["sources"] == ["Dawn", "The Express Tribune"]
    assert full["updated_at"] == datetime(2024, 2, 10, 8, 30, tzinfo=UTC)
    assert (sparse["date_earliest"], sparse["latitude"], sparse["fatalities"]) == (None, None, None)
