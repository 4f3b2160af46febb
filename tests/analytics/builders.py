"""Hand-made events for the analytics tests: every field the figures read, nothing extracted."""

from __future__ import annotations

from datetime import date

from waqia.model import (
    Actor,
    ActorType,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Event,
    Place,
    SubEventType,
    Target,
    hash_id,
)

PESHAWAR = Place(
    name="Peshawar",
    country="Pakistan",
    country_code="PK",
    admin1="Khyber Pakhtunkhwa",
    admin2="Peshawar",
    latitude=34.008,
    longitude=71.578,
)
QUETTA = Place(
    name="Quetta",
    country="Pakistan",
    country_code="PK",
    admin1="Balochistan",
    admin2="Quetta",
    latitude=30.184,
    longitude=67.0,
)
KABUL = Place(
    name="Kabul",
    country="Afghanistan",
    country_code="AF",
    admin1="Kabul",
    admin2="Kabul",
    latitude=34.528,
    longitude=69.172,
)
TTP = Actor(name="Tehreek-e-Taliban Pakistan", actor_type=ActorType.REBEL_GROUP)
BLA = Actor(name="Baloch Liberation Army", actor_type=ActorType.REBEL_GROUP)
ARMY = Actor(name="Pakistan Army", actor_type=ActorType.STATE_FORCES)


def build_event(
    day: str | None,
    sub_event_type: SubEventType = SubEventType.SUICIDE_BOMB,
    *,
    killed: int | None = None,
    killed_max: int | None = None,
    injured: int | None = None,
    perpetrator: Actor | None = None,
    place: Place | None = PESHAWAR,
    target: Target | None = None,
    precision: DatePrecision = DatePrecision.DAY,
    sources: tuple[str, ...] = ("Outlet A",),
    source_urls: tuple[str, ...] = (),
    claimed_by: tuple[str, ...] = (),
    denied_by: tuple[str, ...] = (),
    notes: str = "",
    event_id: str | None = None,
) -> Event:
    """An event on `day` (ISO date, or None for undated) with the given figures."""
    when = None
    if day is not None:
        start = date.fromisoformat(day)
        when = DateSpan(earliest=start, latest=start, precision=precision)
    status = ClaimStatus.UNKNOWN
    if claimed_by:
        status = ClaimStatus.CLAIMED_THEN_DENIED if denied_by else ClaimStatus.CLAIMED
    elif denied_by:
        status = ClaimStatus.DENIED
    identity = event_id or hash_id(str(day), sub_event_type.value, str(killed), str(place), notes, prefix="e")
    return Event(
        event_id=identity,
        mention_ids=(),
        event_type=sub_event_type.event_type,
        sub_event_type=sub_event_type,
        when=when,
        place=place,
        perpetrator=perpetrator,
        claim=Claim(status=status, claimed_by=claimed_by, denied_by=denied_by),
        target=target,
        casualties=Casualties(
            killed_min=killed,
            killed_max=killed_max if killed_max is not None else killed,
            injured_min=injured,
            injured_max=injured,
        ),
        fatalities=killed,
        sources=sources,
        source_urls=source_urls,
        notes=notes,
    )
