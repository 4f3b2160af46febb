"""The dashboard (filters, map, timeline, events table), the stats page and the API documentation page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from waqia.analytics.periods import Granularity
from waqia.analytics.stats import GroupBy, Measure
from waqia.analytics.stats_formats import describe_range, describe_report_notes, format_change
from waqia.model import EventType, SubEventType
from waqia.store.web_queries import (
    EventSort,
    count_events_by_day,
    list_events,
    list_filter_choices,
)
from waqia.web.api.events import MAX_OFFSET, count_page
from waqia.web.deps import Context, Filters, Reader, filter_query
from waqia.web.statistics import compute_web_stats, fold_timeline, layout_bars

router = APIRouter(include_in_schema=False)

CHART_WIDTH = 720
CHART_HEIGHT = 140
SORT_LABELS = {
    EventSort.NEWEST: "newest first",
    EventSort.OLDEST: "oldest first",
    EventSort.DEADLIEST: "deadliest first",
    EventSort.LEAST_DEADLY: "least deadly first",
}


@router.get("/", response_class=HTMLResponse)
def dashboard(
    *,
    request: Request,
    context: Context,
    identity: Reader,
    filters: Filters,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    sort: EventSort = EventSort.NEWEST,
) -> Response:
    engine, size = context.engine, context.settings.page_size
    query = filter_query(filters)
    total, unfiltered = count_page(context, filters)
    granularity, bars = fold_timeline(count_events_by_day(engine, filters))
    return context.templates.TemplateResponse(
        request,
        "dashboard.html",
        {
            "filters": filters,
            "query": query,
            "sort": sort,
            "sort_labels": SORT_LABELS,
            "offset": offset,
            "page_size": size,
            "total": total,
            "events": list_events(
                engine,
                filters,
                sort=sort,
                limit=size,
                offset=offset,
                matching=total,
                total=unfiltered,
            )
            if total
            else [],
            "choices": list_filter_choices(engine),
            "event_types": list(EventType),
            "sub_event_types": list(SubEventType),
            "granularity": granularity,
            "bars": layout_bars(bars, width=CHART_WIDTH, height=CHART_HEIGHT),
            "chart_width": CHART_WIDTH,
            "chart_height": CHART_HEIGHT,
        },
    )


@router.get("/stats", response_class=HTMLResponse)
def stats_page(
    *,
    request: Request,
    context: Context,
    identity: Reader,
    filters: Filters,
    definition: Annotated[str, Query(max_length=100)] = "all",
    granularity: Granularity = Granularity.MONTH,
    group_by: GroupBy | None = None,
) -> Response:
    stats = compute_web_stats(
        context.store,
        filters,
        catalog=context.definitions,
        definition_name=definition,
        granularity=granularity,
        group_by=group_by,
    )
    return context.templates.TemplateResponse(
        request,
        "stats.html",
        {
            "filters": filters,
            "query": filter_query(filters),
            "stats": stats,
            "report": stats.report,
            "definitions": context.definitions.definitions,
            "granularities": list(Granularity),
            "group_bys": list(GroupBy),
            "period_range": describe_range(stats.report),
            "notes": describe_report_notes(stats.report),
            "format_change": format_change,
            "measures": list(Measure),
            "event_types": list(EventType),
        },
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request, context: Context) -> Response:
    """Swagger UI from the vendored copy, started by a script file (the CSP forbids inline scripts)."""
    return context.templates.TemplateResponse(request, "docs.html", {})
