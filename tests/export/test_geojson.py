"""GeoJSON export: an RFC 7946 FeatureCollection with [longitude, latitude] points."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from waqia.export.geojson import write_geojson
from waqia.model import Event, Place

EventFactory = Callable[..., Event]


def export(events: list[Event]) -> tuple[dict[str, Any], int]:
    stream = io.StringIO()
    written = write_geojson(events, stream)
    return json.loads(stream.getvalue()), written


def test_points_are_longitude_then_latitude(make_sample_event: EventFactory) -> None:
    collection, written = export([make_sample_event()])
    assert written == 1
    assert collection["type"] == "FeatureCollection"
    [feature] = collection["features"]
    assert feature["type"] == "Feature"
    assert feature["id"] == "e0123456789abcdef"
    assert feature["geometry"] == {"type": "Point", "coordinates": [71.578, 34.008]}


def test_properties_carry_the_event_fields(make_sample_event: EventFactory) -> None:
    collection, _ = export([make_sample_event()])
    properties = collection["features"][0]["properties"]
    assert properties["event_id"] == "e0123456789abcdef"
    assert properties["event_date"] == "2024-02-09"
    assert properties["sub_event_type"] == "Remote explosive/landmine/IED"
    assert properties["admin1"] == "Khyber Pakhtunkhwa"
    assert properties["claimed_by"] == ["Tehrik-i-Taliban Pakistan"]
    assert properties["updated_at"] == "2024-02-10T08:30:00+00:00"


@pytest.mark.parametrize(
    "place",
    [None, Place(name="Somewhere", country="Pakistan"), Place(name="Half", latitude=30.0)],
    ids=["no-place", "no-coordinates", "latitude-only"],
)
def test_events_without_coordinates_are_left_out_and_counted(
    make_sample_event: EventFactory, place: Place | None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="waqia.export.geojson"):
        collection, written = export(
            [make_sample_event(event_id="a"), make_sample_event(event_id="b", place=place)]
        )
    assert written == 1
    assert [feature["id"] for feature in collection["features"]] == ["a"]
    assert "left out 1 event" in caplog.text


def test_empty_export_is_a_valid_collection() -> None:
    collection, written = export([])
    assert (collection, written) == ({"type": "FeatureCollection", "features": []}, 0)


def test_many_features_are_valid_json(make_sample_event: EventFactory) -> None:
    events = [make_sample_event(event_id=f"e{i}") for i in range(5)]
    collection, written = export(events)
    assert written == 5
    features = collection["features"]
    assert [feature["id"] for feature in features] == [f"e{i}" for i in range(5)]
    for feature in features:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
