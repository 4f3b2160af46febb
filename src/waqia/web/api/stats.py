"""Statistics under a named counting definition, and the monthly timeline of the filtered events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Query

from waqia.analytics.periods import Granularity
from waqia.analytics.stats import GroupBy, Tally
from waqia.store.web_queries import count_events_by_day
from waqia.web.deps import Context, Filters, Reader
from waqia.web.schemas import (
    CountOut,
    ErrorOut,
    PeriodOut,
    StatsOut,
    StatsRowOut,
    TallyOut,
    TimelineOut,
)
from waqia.web.statistics import compute_web_stats, fold_timeline

router = APIRouter(prefix="/api/v1", tags=["stats"], responses={401: {"model": ErrorOut}})

DefinitionName = Annotated[
    str, Query(max_length=100, description="a counting definition (see `waqia stats --help`)")
]


def _tally(tally: Tally) -> TallyOut:
    return TallyOut(events=tally.events, killed=tally.killed, injured=tally.injured)


def _counts(pairs: Sequence[tuple[str, int]]) -> list[CountOut]:
    return [CountOut(name=name, events=events) for name, events in pairs]


@router.get("/stats", response_model=StatsOut, summary="Statistics", responses={400: {"model": ErrorOut}})
def get_stats(
    *,
    context: Context,
    identity: Reader,
    filters: Filters,
    definition: DefinitionName = "all",
    granularity: Annotated[Granularity, Query(description="period length")] = Granularity.MONTH,
    group_by: Annotated[GroupBy | None, Query(description="break each period down by this field")] = None,
) -> StatsOut:
    """Events, killed and injured per period (and group) with the previous period and the same period a
    year before, counted under the named definition, whose wording comes with the figures."""
    stats = compute_web_stats(
        context.store,
        filters,
        catalog=context.definitions,
        definition_name=definition,
        granularity=granularity,
        group_by=group_by,
    )
    report, summary = stats.report, stats.summary
    return StatsOut(
        definition=report.definition.name,
        definition_description=report.definition.description,
        granularity=report.granularity.value,
        group_by=report.group_by.value if report.group_by else None,
        first=report.first,
        last=report.last,
        total=_tally(report.total),
        undated=report.undated,
        imprecise=report.imprecise,
        multi_source_events=summary.multi_source_events,
        by_type=_counts(summary.by_type),
        by_admin1=_counts(summary.by_admin1),
        by_country=_counts(summary.by_country),
        rows=[
            StatsRowOut(
                period=row.period.label,
                period_start=row.period.start,
                period_end=row.period.end,
                group=row.group,
                counts=_tally(row.counts),
                previous_period=_tally(row.previous),
                year_before=_tally(row.year_before),
            )
            for row in report.rows
        ],
    )


@router.get("/timeline", response_model=TimelineOut, summary="Events per period")
def get_timeline(context: Context, identity: Reader, filters: Filters) -> TimelineOut:
    """Matching events and their published fatalities per month (per quarter or year over long spans)."""
    _, bars = fold_timeline(count_events_by_day(context.engine, filters))
    return TimelineOut(
        periods=[PeriodOut(period=bar.label, events=bar.events, fatalities=bar.fatalities) for bar in bars]
    )
