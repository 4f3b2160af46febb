"""JSON Lines export: one flat object per event with every field, dates in ISO 8601."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import fields

from waqia.export.event_row import EventRow
from waqia.export.jsonl import write_events_jsonl
from waqia.model import Event

EventFactory = Callable[..., Event]


def test_one_line_per_event_with_every_field(make_sample_event: EventFactory) -> None:
    stream = io.StringIO()
    written = write_events_jsonl(
        [make_sample_event(event_id="e1"), make_sample_event(event_id="e2", when=None)], stream
    )
    lines = stream.getvalue().splitlines()
    assert written == len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert list(first) == [field.name for field in fields(EventRow)]
    assert first["event_id"] == "e1"
    assert first["date_earliest"] == "2024-02-09"
    assert first["date_precision"] == "day"
    assert first["created_at"] == "2024-02-09T12:00:00+00:00"
    assert first["latitude"] == 34.008
    assert first["killed_max"] == 5
    assert first["injured_max"] is None
    assert first["mention_ids"] == ["m1", "m2"]
    assert first["perpetrator_type"] == "Rebel group"
    assert first["disorder_type"] == "Political violence"
    assert (second["event_date"], second["date_earliest"], second["date_precision"]) == (None, None, None)


def test_non_ascii_is_written_as_is(make_sample_event: EventFactory) -> None:
    stream = io.StringIO()
    write_events_jsonl([make_sample_event(notes="دھماکہ in Peshawar")], stream)
    assert "دھماکہ" in stream.getvalue()
    assert json.loads(stream.getvalue())["notes"] == "دھماکہ in Peshawar"
