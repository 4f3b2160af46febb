"""Figures for the stats page and API (through waqia.analytics) and the dashboard's timeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from waqia.analytics.definitions import DefinitionCatalog
from waqia.analytics.periods import Granularity, period_containing, periods_between
from waqia.analytics.stats import GroupBy, StatsReport, compute_stats, stats_fetch_window
from waqia.analytics.summary import EventSummary, summarise_events
from waqia.model import EventFilter
from waqia.store.base import EventStore
from waqia.store.web_queries import DayCount

# The timeline chart keeps at most this many bars, choosing the finest granularity that fits.
MAX_BARS = 60
TIMELINE_GRANULARITIES = (Granularity.MONTH, Granularity.QUARTER, Granularity.YEAR)


@dataclass(frozen=True, slots=True, kw_only=True)
class WebStats:
    """The per-period report and the breakdown of the same counted events by type and place."""

    report: StatsReport
    summary: EventSummary


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineBar:
    label: str
    events: int
    fatalities: int


def compute_web_stats(
    store: EventStore,
    event_filter: EventFilter,
    *,
    catalog: DefinitionCatalog,
    definition_name: str,
    granularity: Granularity,
    group_by: GroupBy | None,
) -> WebStats:
    """Count the filtered events under a counting definition, per period (and group).

    Raises:
        ConfigError: no definition has that name.
    """
    definition = catalog.get(definition_name)
    fetch_since, fetch_until = stats_fetch_window(event_filter.since, event_filter.until, granularity)
    fetched = list(store.iter_events(dataclasses.replace(event_filter, since=fetch_since, until=fetch_until)))
    report = compute_stats(
        fetched,
        definition=definition,
        granularity=granularity,
        group_by=group_by,
        since=event_filter.since,
        until=event_filter.until,
    )
    first, last = report.first, report.last
    counted = [
        event
        for event in fetched
        if definition.counts(event)
        and event.when is not None
        and first is not None
        and last is not None
        and first <= event.when.earliest <= last
    ]
    return WebStats(report=report, summary=summarise_events(counted))


def fold_timeline(days: Sequence[DayCount]) -> tuple[Granularity, list[TimelineBar]]:
    """Day counts as bars over every period from the first to the last day, months when they fit."""
    if not days:
        return Granularity.MONTH, []
    first, last = days[0].day, days[-1].day
    granularity = TIMELINE_GRANULARITIES[-1]
    for candidate in TIMELINE_GRANULARITIES:
        if len(periods_between(first, last, candidate)) <= MAX_BARS:
            granularity = candidate
            break
    periods = periods_between(first, last, granularity)
    events = dict.fromkeys((period.start for period in periods), 0)
    killed = dict.fromkeys((period.start for period in periods), 0)
    for day in days:
        start = period_containing(day.day, granularity).start
        events[start] += day.events
        killed[start] += day.fatalities
    return granularity, [
        TimelineBar(label=period.label, events=events[period.start], fatalities=killed[period.start])
        for period in periods
    ]


@dataclass(frozen=True, slots=True, kw_only=True)
class BarBox:
    """A bar of the timeline chart in SVG user units, with what it shows."""

    x: float
    y: float
    width: float
    height: float
    label: str
    events: int
    fatalities: int


def layout_bars(bars: Sequence[TimelineBar], *, width: float, height: float) -> list[BarBox]:
    """Bars side by side across `width`, heights proportional to events (the tallest fills `height`)."""
    if not bars:
        return []
    tallest = max(bar.events for bar in bars) or 1
    step = width / len(bars)
    gap = min(2.0, step * 0.2)
    boxes = []
    for index, bar in enumerate(bars):
        bar_height = height * bar.events / tallest
        boxes.append(
            BarBox(
                x=round(index * step + gap / 2, 2),
                y=round(height - bar_height, 2),
                width=round(max(step - gap, 0.5), 2),
                height=round(bar_height, 2),
                label=bar.label,
                events=bar.events,
                fatalities=bar.fatalities,
            )
        )
    return boxes
