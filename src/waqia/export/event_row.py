"""An event flattened to one typed row: the shared shape of the JSON Lines, GeoJSON and Parquet exports."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from waqia.model import Event, disorder_type_of


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRow:
    """Every field of an `Event`, with place, actor, claim, casualties and dates spelled out flat."""

    event_id: str
    event_date: str | None
    date_earliest: date | None
    date_latest: date | None
    date_precision: str | None
    disorder_type: str
    event_type: str
    sub_event_type: str
    country: str | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    gazetteer_id: str | None
    geocoder: str | None
    perpetrator: str | None
    perpetrator_type: str | None
    perpetrator_parent: str | None
    perpetrator_country_code: str | None
    claim_status: str
    claimed_by: tuple[str, ...]
    denied_by: tuple[str, ...]
    target: str | None
    killed_min: int | None
    killed_max: int | None
    injured_min: int | None
    injured_max: int | None
    fatalities: int | None
    sources: tuple[str, ...]
    source_urls: tuple[str, ...]
    notes: str
    mention_ids: tuple[str, ...]
    created_at: datetime | None
    updated_at: datetime | None

    def json_fields(self) -> dict[str, Any]:
        """The row as JSON-ready values: dates and times in ISO 8601, tuples as lists."""
        return {field.name: _json_value(getattr(self, field.name)) for field in fields(self)}


def _json_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def flatten_event(event: Event) -> EventRow:
    """The event as one flat row."""
    when, place, actor = event.when, event.place, event.perpetrator
    return EventRow(
        event_id=event.event_id,
        event_date=when.iso() if when else None,
        date_earliest=when.earliest if when else None,
        date_latest=when.latest if when else None,
        date_precision=when.precision.value if when else None,
        disorder_type=disorder_type_of(event.sub_event_type).value,
        event_type=event.event_type.value,
        sub_event_type=event.sub_event_type.value,
        country=place.country if place else None,
        country_code=place.country_code if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        admin3=place.admin3 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=int(place.geo_precision) if place and place.geo_precision is not None else None,
        gazetteer_id=place.gazetteer_id if place else None,
        geocoder=place.geocoder if place else None,
        perpetrator=actor.name if actor else None,
        perpetrator_type=actor.actor_type.value if actor and actor.actor_type else None,
        perpetrator_parent=actor.parent if actor else None,
        perpetrator_country_code=actor.country_code if actor else None,
        claim_status=event.claim.status.value,
        claimed_by=event.claim.claimed_by,
        denied_by=event.claim.denied_by,
        target=event.target.value if event.target else None,
        killed_min=event.casualties.killed_min,
        killed_max=event.casualties.killed_max,
        injured_min=event.casualties.injured_min,
        injured_max=event.casualties.injured_max,
        fatalities=event.fatalities,
        sources=event.sources,
        source_urls=event.source_urls,
        notes=event.notes,
        mention_ids=event.mention_ids,
        created_at=event.created_at,
        updated_at=event.updated_at,
    )
