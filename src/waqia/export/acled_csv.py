"""Events as ACLED-style CSV: ACLED's 31 columns, in ACLED's order, coded as the ACLED codebook codes them."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from typing import TextIO

from waqia.export.countries import Country, find_country
from waqia.model import (
    ActorType,
    DatePrecision,
    DisorderType,
    Event,
    EventType,
    Target,
    disorder_type_of,
    hash_id,
)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# ACLED codebook: 1 = the day is known; 2 = a week or a few days; 3 = only the month or a longer span.
TIME_PRECISION = {
    DatePrecision.DAY: 1,
    DatePrecision.WEEK: 2,
    DatePrecision.MONTH: 3,
    DatePrecision.YEAR: 3,
}
# ACLED event_id_cnty is the ISO alpha-3 code and a number; the number here is a hash of the event id
# (10 hex digits, 40 bits) so it is stable across exports and collisions are negligible.
EVENT_NUMBER_HEX_DIGITS = 10
UNKNOWN_COUNTRY_CODE = "XXX"
# ACLED codes unidentified armed groups as political militias (inter code 3).
UNIDENTIFIED_ARMED_GROUP = "Unidentified Armed Group"
# Targets ACLED codes as civilians: unarmed people, whoever they are.
CIVILIAN_TARGETS = frozenset(
    {
        Target.CIVILIANS,
        Target.RELIGIOUS,
        Target.EDUCATION,
        Target.HEALTH_AID_WORKERS,
        Target.JOURNALISTS,
        Target.POLITICAL,
        Target.FOREIGNERS,
    }
)
POLITICAL_VIOLENCE = frozenset(
    {EventType.BATTLES, EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.VIOLENCE_AGAINST_CIVILIANS}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorCode:
    """An ACLED actor column and its inter code (0 when there is no actor)."""

    name: str = ""
    inter: int = 0


def write_acled_csv(events: Iterable[Event], stream: TextIO) -> int:
    """Write a header and one ACLED row per event; open `stream` with ``newline=""``.

    Returns:
        The number of event rows written.
    """
    writer = csv.writer(stream)
    writer.writerow(ACLED_COLUMNS)
    written = 0
    for event in events:
        writer.writerow(acled_row(event))
        written += 1
    return written


def acled_row(event: Event) -> tuple[str, ...]:
    """The 31 ACLED values of one event, as text, in ACLED_COLUMNS order."""
    place = event.place
    country = find_country(code=place.country_code if place else None, name=place.country if place else None)
    country_name = (place.country if place and place.country else None) or (country.name if country else "")
    actor1 = _actor1(event, country_name=country_name)
    actor2 = _actor2(event, country_name=country_name)
    when = event.when
    disorder = disorder_type_of(event.sub_event_type)
    civilian_targeting = actor2.inter == ActorType.CIVILIANS.inter_code and disorder in (
        DisorderType.POLITICAL_VIOLENCE,
        DisorderType.POLITICAL_VIOLENCE_DEMONSTRATIONS,
    )
    updated = event.updated_at
    if updated is not None and updated.tzinfo is None:
        updated = updated.replace(tzinfo=UTC)
    values: tuple[object, ...] = (
        _event_id_cnty(event.event_id, country),
        when.earliest.isoformat() if when else "",
        when.earliest.year if when else "",
        TIME_PRECISION[when.precision] if when else "",
        disorder.value,
        event.event_type.value,
        event.sub_event_type.value,
        actor1.name,
        "",
        actor1.inter,
        actor2.name,
        "",
        actor2.inter,
        _interaction(actor1.inter, actor2.inter),
        "Civilian targeting" if civilian_targeting else "",
        country.numeric if country else "",
        country.region if country else "",
        country_name,
        (place.admin1 if place else None) or "",
        (place.admin2 if place else None) or "",
        (place.admin3 if place else None) or "",
        place.name if place else "",
        _coordinate(place.latitude if place else None),
        _coordinate(place.longitude if place else None),
        int(place.geo_precision) if place and place.geo_precision is not None else "",
        "; ".join(event.sources),
        "",
        event.notes,
        event.fatalities or 0,
        "",
        int(updated.timestamp()) if updated is not None else "",
    )
    return tuple(str(value) for value in values)


def _event_id_cnty(event_id: str, country: Country | None) -> str:
    number = int(hash_id("acled", event_id, length=EVENT_NUMBER_HEX_DIGITS), 16)
    return f"{country.alpha3 if country else UNKNOWN_COUNTRY_CODE}{number}"


def _in_country(label: str, country_name: str) -> str:
    return f"{label} ({country_name})" if country_name else label


def _actor1(event: Event, *, country_name: str) -> ActorCode:
    perpetrator = event.perpetrator
    if perpetrator is not None:
        inter = perpetrator.actor_type.inter_code if perpetrator.actor_type else 0
        return ActorCode(name=perpetrator.name, inter=inter)
    if event.event_type in POLITICAL_VIOLENCE:
        return ActorCode(
            name=_in_country(UNIDENTIFIED_ARMED_GROUP, country_name),
            inter=ActorType.POLITICAL_MILITIA.inter_code,
        )
    if event.event_type is EventType.PROTESTS:
        return ActorCode(name=_in_country("Protesters", country_name), inter=ActorType.PROTESTERS.inter_code)
    if event.event_type is EventType.RIOTS:
        return ActorCode(name=_in_country("Rioters", country_name), inter=ActorType.RIOTERS.inter_code)
    return ActorCode()


def _actor2(event: Event, *, country_name: str) -> ActorCode:
    target = event.target
    state = ActorType.STATE_FORCES.inter_code
    of_country = f" of {country_name}" if country_name else ""
    if target is Target.FOREIGNERS:
        return ActorCode(name="Civilians (International)", inter=ActorType.CIVILIANS.inter_code)
    if target in CIVILIAN_TARGETS or (
        target is None and event.event_type is EventType.VIOLENCE_AGAINST_CIVILIANS
    ):
        return ActorCode(name=_in_country("Civilians", country_name), inter=ActorType.CIVILIANS.inter_code)
    if target is Target.POLICE:
        return ActorCode(name=f"Police Forces{of_country}", inter=state)
    if target is Target.MILITARY:
        return ActorCode(name=f"Military Forces{of_country}", inter=state)
    if target is Target.GOVERNMENT:
        return ActorCode(name=f"Government{of_country}", inter=state)
    if target is Target.MILITANTS:
        return ActorCode(
            name=_in_country(UNIDENTIFIED_ARMED_GROUP, country_name),
            inter=ActorType.POLITICAL_MILITIA.inter_code,
        )
    return ActorCode()


def _interaction(inter1: int, inter2: int) -> str:
    """ACLED's numeric interaction: both inter codes, lower first ("17"); one actor alone is "10".."80"."""
    low, high = sorted((inter1, inter2))
    if high == 0:
        return ""
    if low == 0:
        return f"{high}0"
    return f"{low}{high}"


def _coordinate(value: float | None) -> str:
    # ACLED publishes coordinates to four decimals (about 11 m).
    return "" if value is None else f"{value:.4f}"
