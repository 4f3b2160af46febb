"""Streamed exports of the filtered events in every format `waqia export` writes."""

from __future__ import annotations

from datetime import UTC
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from waqia.export import ExportFormat
from waqia.web.deps import Context, Filters, Reader
from waqia.web.export_stream import MEDIA_TYPES, stream_export
from waqia.web.schemas import ErrorOut

router = APIRouter(prefix="/api/v1", tags=["exports"], responses={401: {"model": ErrorOut}})


@router.get(
    "/export",
    summary="Export events",
    response_class=StreamingResponse,
    responses={200: {"content": {media: {} for media in sorted(set(MEDIA_TYPES.values()))}}},
)
def get_export(
    context: Context,
    identity: Reader,
    filters: Filters,
    export_format: Annotated[ExportFormat, Query(alias="format", description="the export format")],
) -> StreamingResponse:
    """The matching events as ACLED CSV, GeoJSON, JSON Lines or Parquet, or every mention in the spec
    format (`mentions` ignores the filters), streamed as it is written."""
    stamp = context.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"waqia-events-{stamp}{export_format.suffix}"
    if export_format is ExportFormat.MENTIONS:
        name = f"waqia-mentions-{stamp}{export_format.suffix}"
    return StreamingResponse(
        stream_export(context.store, export_format, filters),
        media_type=MEDIA_TYPES[export_format],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
