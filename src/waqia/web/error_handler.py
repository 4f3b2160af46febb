"""The one exception handler: API errors as {ok, error, errors, status} JSON, page errors as HTML."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from waqia.errors import (
    ConfigError,
    EvaluationError,
    ExtractionError,
    GeocodingError,
    IngestError,
    StorageError,
    WaqiaError,
)
from waqia.web.deps import WebContext
from waqia.web.schemas import ErrorOut

LOG = logging.getLogger(__name__)

# Library errors the client caused are 4xx; failures of the server's own components are 5xx. A
# WaqiaError subclass not listed (say, a refused review action) is the request's fault: 400.
WAQIA_STATUS: tuple[tuple[type[WaqiaError], int], ...] = (
    (ConfigError, status.HTTP_400_BAD_REQUEST),
    (IngestError, status.HTTP_400_BAD_REQUEST),
    (EvaluationError, status.HTTP_400_BAD_REQUEST),
    (StorageError, status.HTTP_503_SERVICE_UNAVAILABLE),
    (ExtractionError, status.HTTP_500_INTERNAL_SERVER_ERROR),
    (GeocodingError, status.HTTP_500_INTERNAL_SERVER_ERROR),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ErrorReport:
    status: int
    message: str
    details: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()


def describe_error(error: Exception) -> ErrorReport:
    """What to tell the client about an exception: status, message, details and extra headers."""
    if isinstance(error, RequestValidationError):
        details = tuple(
            f"{'.'.join(str(part) for part in item.get('loc', ()))}: {item.get('msg', 'invalid')}"
            for item in error.errors()
        )
        return ErrorReport(
            status=status.HTTP_422_UNPROCESSABLE_CONTENT,
            message="the request is invalid (see errors)",
            details=details,
        )
    if isinstance(error, StarletteHTTPException):
        return ErrorReport(
            status=error.status_code,
            message=str(error.detail),
            headers=tuple((error.headers or {}).items()),
        )
    if isinstance(error, WaqiaError):
        code = next(
            (code for kind, code in WAQIA_STATUS if isinstance(error, kind)), status.HTTP_400_BAD_REQUEST
        )
        return ErrorReport(status=code, message=str(error))
    return ErrorReport(
        status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        message="internal error (it has been logged; see the server log)",
    )


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json"


async def handle_error(request: Request, error: Exception) -> Response:
    """Turn any exception into the API's JSON error shape, a sign-in redirect, or an HTML error page."""
    report = describe_error(error)
    if report.status >= status.HTTP_500_INTERNAL_SERVER_ERROR:
        LOG.error("%s %s failed: %s", request.method, request.url.path, error, exc_info=error)
    headers = dict(report.headers)
    if wants_json(request):
        body = ErrorOut(error=report.message, errors=list(report.details), status=report.status)
        return JSONResponse(body.model_dump(), status_code=report.status, headers=headers)
    if report.status == status.HTTP_401_UNAUTHORIZED and request.method == "GET":
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(
            f"/login?next={quote(target, safe='')}", status_code=status.HTTP_303_SEE_OTHER
        )
    context: WebContext = request.app.state.context
    return context.templates.TemplateResponse(
        request,
        "error.html",
        {"status": report.status, "message": report.message, "details": report.details},
        status_code=report.status,
        headers=headers,
    )
