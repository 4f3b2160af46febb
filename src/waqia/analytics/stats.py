"""Events, killed and injured per period and group, with period-over-period and year-over-year change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from waqia.analytics.definitions import CountingDefinition
from waqia.analytics.periods import (
    Granularity,
    Period,
    period_containing,
    periods_between,
    previous_period,
    year_earlier,
)
from waqia.model import DatePrecision, Event

UNKNOWN_GROUP = "(unknown)"

# How coarse each date precision is, on the scale of the granularities (a quarter sits between).
_PRECISION_RANK = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2, DatePrecision.YEAR: 4}
_GRANULARITY_RANK = {
    Granularity.DAY: 0,
    Granularity.WEEK: 1,
    Granularity.MONTH: 2,
    Granularity.QUARTER: 3,
    Granularity.YEAR: 4,
}


class GroupBy(StrEnum):
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    ACTOR = "actor"
    TYPE = "type"
    SUB_TYPE = "sub-type"
    TARGET = "target"


class Measure(StrEnum):
    EVENTS = "events"
    KILLED = "killed"
    INJURED = "injured"


@dataclass(frozen=True, slots=True, kw_only=True)
class Tally:
    """Events, killed (the published fatality figure) and injured (the lowest reported figure)."""

    events: int = 0
    killed: int = 0
    injured: int = 0

    def value(self, measure: Measure) -> int:
        return {Measure.EVENTS: self.events, Measure.KILLED: self.killed, Measure.INJURED: self.injured}[
            measure
        ]

    def plus(self, other: Tally) -> Tally:
        return Tally(
            events=self.events + other.events,
            killed=self.killed + other.killed,
            injured=self.injured + other.injured,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """A change against a base figure; `percent` is None when the base is 0 (shown as "n/a")."""

    base: int
    absolute: int
    percent: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatsRow:
    """One period (and group): its tally, the previous period's and the same period a year earlier."""

    period: Period
    group: str | None
    counts: Tally
    previous: Tally
    year_before: Tally

    def change_from_previous(self, measure: Measure) -> Change:
        return measure_change(self.counts.value(measure), self.previous.value(measure))

    def change_from_year_before(self, measure: Measure) -> Change:
        return measure_change(self.counts.value(measure), self.year_before.value(measure))


@dataclass(frozen=True, slots=True, kw_only=True)
class StatsReport:
    """The rows of `waqia stats` and what they count.

    `first` and `last` are the first and last day of the periods covered (None when nothing matched
    and no range was given); `undated` counts events the definition selects that have no date, and
    `imprecise` those in range dated less precisely than the granularity (counted in the period of
    the first day they could have happened).
    """

    definition: CountingDefinition
    granularity: Granularity
    group_by: GroupBy | None
    first: date | None
    last: date | None
    rows: tuple[StatsRow, ...]
    total: Tally
    undated: int
    imprecise: int

    def groups(self) -> tuple[str, ...]:
        """The groups in row order (largest first); empty when not grouped."""
        return tuple(dict.fromkeys(row.group for row in self.rows if row.group is not None))


def measure_change(current: int, base: int) -> Change:
    """The absolute and relative change from `base` to `current` (percent rounded to 0.1)."""
    absolute = current - base
    percent = round(100.0 * absolute / base, 1) if base else None
    return Change(base=base, absolute=absolute, percent=percent)


def tally_event(event: Event) -> Tally:
    """One event's contribution: 1 event, its published fatalities and its lowest injured figure."""
    return Tally(events=1, killed=event.fatalities or 0, injured=event.casualties.injured_min or 0)


def group_of(event: Event, group_by: GroupBy) -> str:
    """The group an event falls in; UNKNOWN_GROUP when the record lacks the field."""
    place = event.place
    value: str | None
    if group_by is GroupBy.COUNTRY:
        value = (place.country or place.country_code) if place else None
    elif group_by is GroupBy.ADMIN1:
        value = place.admin1 if place else None
    elif group_by is GroupBy.ADMIN2:
        value = place.admin2 if place else None
    elif group_by is GroupBy.ACTOR:
        value = event.perpetrator.name if event.perpetrator else None
    elif group_by is GroupBy.TYPE:
        value = event.event_type.value
    elif group_by is GroupBy.SUB_TYPE:
        value = event.sub_event_type.value
    else:
        value = event.target.value if event.target else None
    return value or UNKNOWN_GROUP


def stats_fetch_window(
    since: date | None, until: date | None, granularity: Granularity
) -> tuple[date | None, date | None]:
    """The dates of events `compute_stats` needs for a range: whole periods, plus a year before for bases."""
    fetch_since = year_earlier(period_containing(since, granularity)).start if since else None
    fetch_until = period_containing(until, granularity).end if until else None
    return fetch_since, fetch_until


def compute_stats(
    events: Iterable[Event],
    *,
    definition: CountingDefinition,
    granularity: Granularity,
    group_by: GroupBy | None = None,
    since: date | None = None,
    until: date | None = None,
) -> StatsReport:
    """Count the events `definition` selects per period (and group) from `since` to `until`.

    The range is widened to whole periods. Events before it only serve as bases for the changes, so
    pass the events from `stats_fetch_window` for exact changes at the start of the range. Every
    period inside the range appears, with zeros when nothing happened; when grouped, every group
    seen in the range appears in every period.
    """
    tallies: dict[tuple[date, str | None], Tally] = {}
    undated = imprecise = 0
    in_range: list[tuple[Period, str | None, Event]] = []
    for event in events:
        if not definition.counts(event):
            continue
        if event.when is None:
            undated += 1
            continue
        period = period_containing(event.when.earliest, granularity)
        group = group_of(event, group_by) if group_by else None
        key = (period.start, group)
        tallies[key] = tallies.get(key, Tally()).plus(tally_event(event))
        if (since is None or event.when.earliest >= period_containing(since, granularity).start) and (
            until is None or event.when.earliest <= period_containing(until, granularity).end
        ):
            in_range.append((period, group, event))
            if _PRECISION_RANK[event.when.precision] > _GRANULARITY_RANK[granularity]:
                imprecise += 1
    first = since or min((period.start for period, _, _ in in_range), default=until)
    last = until or max((period.end for period, _, _ in in_range), default=since)
    periods = periods_between(first, last, granularity) if first and last else []
    groups = _ordered_groups(in_range) if group_by else [None]
    rows = tuple(
        StatsRow(
            period=period,
            group=group,
            counts=tallies.get((period.start, group), Tally()),
            previous=tallies.get((previous_period(period).start, group), Tally()),
            year_before=tallies.get((year_earlier(period).start, group), Tally()),
        )
        for period in periods
        for group in groups
    )
    total = Tally()
    for row in rows:
        total = total.plus(row.counts)
    return StatsReport(
        definition=definition,
        granularity=granularity,
        group_by=group_by,
        first=periods[0].start if periods else None,
        last=periods[-1].end if periods else None,
        rows=rows,
        total=total,
        undated=undated,
        imprecise=imprecise,
    )


def _ordered_groups(in_range: list[tuple[Period, str | None, Event]]) -> list[str | None]:
    events: Counter[str | None] = Counter()
    killed: Counter[str | None] = Counter()
    for _, group, event in in_range:
        events[group] += 1
        killed[group] += event.fatalities or 0
    return sorted(events, key=lambda group: (-events[group], -killed[group], str(group)))
