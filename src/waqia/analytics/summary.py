"""Totals and breakdowns over a set of events, for summaries; no IO, no printing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from waqia.model import Event


@dataclass(frozen=True, slots=True, kw_only=True)
class EventSummary:
    """How many events, how many killed and injured, and the largest groups by type and province."""

    events: int
    killed: int
    injured: int
    by_type: tuple[tuple[str, int], ...]
    by_admin1: tuple[tuple[str, int], ...]
    by_country: tuple[tuple[str, int], ...]
    multi_source_events: int


def summarise_events(events: Iterable[Event]) -> EventSummary:
    """Count events, fatalities (the published figure) and injured (lowest reported) by group."""
    total = killed = injured = multi = 0
    by_type: Counter[str] = Counter()
    by_admin1: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    for event in events:
        total += 1
        killed += event.fatalities or 0
        injured += event.casualties.injured_min or 0
        by_type[event.sub_event_type.value] += 1
        place = event.place
        by_admin1[(place.admin1 if place and place.admin1 else "unknown")] += 1
        by_country[(place.country if place and place.country else "unknown")] += 1
        if len(event.sources) > 1 or len(event.mention_ids) > 1:
            multi += 1
    return EventSummary(
        events=total,
        killed=killed,
        injured=injured,
        by_type=tuple(by_type.most_common()),
        by_admin1=tuple(by_admin1.most_common()),
        by_country=tuple(by_country.most_common()),
        multi_source_events=multi,
    )
