"""Events as an RFC 7946 GeoJSON FeatureCollection of points."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import TextIO

from waqia.export.event_row import flatten_event
from waqia.model import Event

LOG = logging.getLogger(__name__)


def write_geojson(events: Iterable[Event], stream: TextIO) -> int:
    """Write a FeatureCollection with one Point feature per event that has coordinates.

    Coordinates are [longitude, latitude] (RFC 7946 section 3.1.1); the properties are the event's flat
    fields (see `EventRow`). Events without coordinates cannot be placed on a map and are left out;
    how many is logged.

    Returns:
        The number of features written.
    """
    written = left_out = 0
    stream.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        row = flatten_event(event)
        if row.latitude is None or row.longitude is None:
            left_out += 1
            continue
        feature = {
            "type": "Feature",
            "id": row.event_id,
            "geometry": {"type": "Point", "coordinates": [row.longitude, row.latitude]},
            "properties": row.json_fields(),
        }
        stream.write(",\n" if written else "\n")
        stream.write(json.dumps(feature, ensure_ascii=False))
        written += 1
    stream.write("\n]}\n")
    if left_out:
        LOG.info("GeoJSON export left out %d event(s) without coordinates", left_out)
    return written
