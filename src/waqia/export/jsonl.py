"""Events as JSON Lines: one flat JSON object per event, dates in ISO 8601."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from waqia.export.event_row import flatten_event
from waqia.model import Event


def write_events_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """Write one line per event with every field (see `EventRow`).

    Returns:
        The number of events written.
    """
    written = 0
    for event in events:
        stream.write(json.dumps(flatten_event(event).json_fields(), ensure_ascii=False))
        stream.write("\n")
        written += 1
    return written
