"""Event listing (filters, sorting, offset or cursor pages), one event with its sources, and map points."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status

from waqia.model import EventFilter
from waqia.store.web_queries import (
    EventSort,
    PageKey,
    count_events,
    list_events,
    list_map_points,
    page_key,
)
from waqia.web.deps import Context, Filters, Reader, WebContext
from waqia.web.presenters import present_event, present_report, present_trail
from waqia.web.review_actions import load_history
from waqia.web.schemas import (
    ErrorOut,
    EventDetailOut,
    EventListOut,
    MapOut,
    MapPointOut,
)
from waqia.web.settings import MAX_PAGE_SIZE

router = APIRouter(prefix="/api/v1", tags=["events"], responses={401: {"model": ErrorOut}})

EventId = Annotated[str, Path(min_length=1, max_length=64, description="the event's id")]
# Offsets beyond this are refused: deep offset pages cost a scan each; cursors do not.
MAX_OFFSET = 1_000_000


def count_page(context: WebContext, event_filter: EventFilter) -> tuple[int, int]:
    """Events matching the filter, and events listed without it (same statuses): both cached."""
    unfiltered = EventFilter(statuses=event_filter.statuses)
    return (
        context.counts.count(event_filter, compute=lambda: count_events(context.engine, event_filter)),
        context.counts.count(unfiltered, compute=lambda: count_events(context.engine, unfiltered)),
    )


def encode_cursor(sort: EventSort, key: PageKey) -> str:
    value = key.value.isoformat() if isinstance(key.value, date) else key.value
    raw = json.dumps([sort.value, value, key.event_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort: EventSort) -> PageKey:
    """The page key in a cursor this API gave out for the same sort; 400 for anything else."""
    refused = HTTPException(
        status.HTTP_400_BAD_REQUEST,
        "the cursor is not one this API gave out (pass next_cursor back unchanged, with the same sort)",
    )
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        sort_value, value, event_id = json.loads(raw)
    except (ValueError, TypeError, binascii.Error) as error:
        raise refused from error
    if sort_value != sort.value or not isinstance(event_id, str):
        raise refused
    try:
        if value is None:
            return PageKey(value=None, event_id=event_id)
        if sort in (EventSort.NEWEST, EventSort.OLDEST):
            return PageKey(value=date.fromisoformat(value), event_id=event_id)
        if isinstance(value, int) and not isinstance(value, bool):
            return PageKey(value=value, event_id=event_id)
    except (ValueError, TypeError) as error:
        raise refused from error
    raise refused


@router.get("/events", response_model=EventListOut, summary="List events")
def get_events(
    *,
    context: Context,
    identity: Reader,
    filters: Filters,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE, description="events per page")] = None,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="events to skip")] = 0,
    cursor: Annotated[
        str | None, Query(max_length=400, description="next_cursor of the previous page (faster than offset)")
    ] = None,
    sort: Annotated[EventSort, Query(description="-date (newest first), date, -fatalities, fatalities")] = (
        EventSort.NEWEST
    ),
) -> EventListOut:
    """Events matching the CLI's filters, one page at a time, with the total count."""
    size = limit or context.settings.page_size
    after = decode_cursor(cursor, sort) if cursor else None
    total, unfiltered = count_page(context, filters)
    found = (
        list_events(
            context.engine,
            filters,
            sort=sort,
            limit=size + 1,
            offset=offset,
            after=after,
            matching=total,
            total=unfiltered,
        )
        if total
        else []
    )
    page, more = found[:size], len(found) > size
    return EventListOut(
        total=total,
        limit=size,
        offset=offset,
        sort=sort.value,
        next_cursor=encode_cursor(sort, page_key(page[-1], sort)) if more else None,
        events=[present_event(event) for event in page],
    )


@router.get(
    "/events/{event_id}",
    response_model=EventDetailOut,
    summary="One event with its sources",
    responses={404: {"model": ErrorOut}},
)
def get_event(context: Context, identity: Reader, event_id: EventId) -> EventDetailOut:
    """The event (whatever its status), every report of it (mention, evidence spans, article, text
    around the evidence), its review history and its merge trail."""
    event = context.store.get_event(event_id)
    if event is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event with id {event_id!r}")
    return EventDetailOut(
        event=present_event(event),
        reports=[present_report(record) for record in context.store.reports_of(event_id)],
        history=load_history(context.store, event_id),
        trail=[present_trail(entry) for entry in context.store.merge_trail(event_id)],
    )


@router.get("/map", response_model=MapOut, summary="Map points of the newest matching events")
def get_map_points(context: Context, identity: Reader, filters: Filters) -> MapOut:
    limit = context.settings.map_points
    points = list_map_points(context.engine, filters, limit=limit + 1)
    return MapOut(
        truncated=len(points) > limit,
        points=[
            MapPointOut(
                event_id=point.event_id,
                event_date=point.event_date,
                sub_event_type=point.sub_event_type,
                location=point.location,
                latitude=point.latitude,
                longitude=point.longitude,
                fatalities=point.fatalities,
            )
            for point in points[:limit]
        ],
    )
