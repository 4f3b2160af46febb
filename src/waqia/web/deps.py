"""FastAPI dependencies: the app's components, who is asking, role checks and CSRF checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any

from argon2 import PasswordHasher
from fastapi import Depends, HTTPException, Query, Request, status
from pydantic import BeforeValidator, Field
from sqlalchemy import Engine
from starlette.templating import Jinja2Templates

from waqia.analytics.definitions import DefinitionCatalog
from waqia.model import EventFilter, EventStatus
from waqia.store.accounts import AccountStore, UserRole
from waqia.store.base import EventStore
from waqia.web.auth import (
    SESSION_COOKIE,
    AuthMethod,
    Identity,
    LoginGuard,
    identify_bearer,
    identify_session,
    same_secret,
)
from waqia.web.count_cache import CountCache
from waqia.web.settings import WebSettings

# Methods that change nothing and so need neither a role above viewer nor a CSRF token.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True, slots=True, kw_only=True)
class WebContext:
    """Everything a request handler may use, built once by `create_app`."""

    store: EventStore
    engine: Engine
    accounts: AccountStore
    settings: WebSettings
    guard: LoginGuard
    hasher: PasswordHasher
    templates: Jinja2Templates
    clock: Callable[[], datetime]
    definitions: DefinitionCatalog
    counts: CountCache


def get_context(request: Request) -> WebContext:
    context: WebContext = request.app.state.context
    return context


Context = Annotated[WebContext, Depends(get_context)]


def find_identity(request: Request, context: WebContext) -> Identity | None:
    """Who sent the request: a bearer token wins over the session cookie; None when neither is valid."""
    cached: Identity | None = getattr(request.state, "identity", None)
    if cached is not None:
        return cached
    now = context.clock()
    found: Identity | None = None
    authorization = request.headers.get("authorization")
    if authorization:
        user = identify_bearer(context.accounts, authorization, now=now)
        if user is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "the API token is unknown, revoked or expired (create one with `waqia user token NAME`)",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        found = Identity(user=user, method=AuthMethod.TOKEN)
    elif cookie := request.cookies.get(SESSION_COOKIE):
        found = identify_session(context.accounts, cookie, now=now)
    if found is None and context.settings.anonymous_read:
        found = Identity(user=None, method=AuthMethod.ANONYMOUS)
    request.state.identity = found
    return found


def optional_identity(request: Request, context: Context) -> Identity | None:
    return find_identity(request, context)


def reader(request: Request, context: Context) -> Identity:
    """Anyone allowed to read: a signed-in user, or anybody in anonymous read mode."""
    identity = find_identity(request, context)
    if identity is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "sign in first (or send Authorization: Bearer TOKEN)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return identity


async def _check_csrf(request: Request, identity: Identity) -> None:
    """Cookie-authenticated writes must echo the session's CSRF token (header or form field)."""
    if identity.method is not AuthMethod.SESSION or request.method in SAFE_METHODS:
        return
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        value = (await request.form()).get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not same_secret(given, identity.csrf_token):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"the CSRF token is missing or wrong (reload the page; API clients send {CSRF_HEADER})",
        )


def require_role(role: UserRole) -> Callable[..., Awaitable[Identity]]:
    """A dependency admitting users holding `role` (or a higher one), with a CSRF check on writes."""

    async def check(request: Request, context: Context) -> Identity:
        identity = reader(request, context)
        if identity.user is None:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                f"sign in as {role.value} or higher to do this",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not identity.allows(role):
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"{identity.user.name} is a {identity.user.role.value}; this needs the {role.value} role",
            )
        await _check_csrf(request, identity)
        return identity

    return check


Reader = Annotated[Identity, Depends(reader)]
SignedIn = Annotated[Identity, Depends(require_role(UserRole.VIEWER))]
Editor = Annotated[Identity, Depends(require_role(UserRole.EDITOR))]
Admin = Annotated[Identity, Depends(require_role(UserRole.ADMIN))]
MaybeIdentity = Annotated[Identity | None, Depends(optional_identity)]


def _blank_is_none(value: object) -> object:
    # HTML forms send empty fields as "": they mean "no filter", not an invalid date or number.
    return None if value == "" else value


def _drop_blanks(values: object) -> object:
    return [value for value in values if value != ""] if isinstance(values, list) else values


Blank = BeforeValidator(_blank_is_none)
Blanks = BeforeValidator(_drop_blanks)


def event_filter(
    *,
    since: Annotated[
        date | None, Blank, Query(description="events on or after this date (YYYY-MM-DD)")
    ] = None,
    until: Annotated[date | None, Blank, Query(description="events on or before this date")] = None,
    country: Annotated[str | None, Query(max_length=100, description="country name or ISO code")] = None,
    admin1: Annotated[str | None, Query(max_length=100, description="province or state")] = None,
    event_type: Annotated[
        str | None, Query(alias="type", max_length=100, description="ACLED event type or sub-event type")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=100, description="part of a perpetrator's or claimant's name")
    ] = None,
    min_killed: Annotated[
        Annotated[int, Field(ge=0)] | None, Blank, Query(description="at least this many killed")
    ] = None,
    status: Annotated[
        list[EventStatus],
        Blanks,
        Query(description="only events with these statuses (repeat it); default: active and confirmed"),
    ] = [],  # noqa: B006 - FastAPI copies a query list's default; the tuple below is what is kept
) -> EventFilter:
    """The CLI's event filters as query parameters; empty values (from HTML forms) mean no filter."""

    def given(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    return EventFilter(
        since=since,
        until=until,
        country=given(country),
        admin1=given(admin1),
        event_type=given(event_type),
        actor=given(actor),
        min_killed=min_killed,
        statuses=tuple(dict.fromkeys(status)),
    )


Filters = Annotated[EventFilter, Depends(event_filter)]


def filter_query(event_filter: EventFilter) -> dict[str, Any]:
    """The query parameters that reproduce a filter (for links and the export URL)."""
    values = {
        "since": event_filter.since.isoformat() if event_filter.since else None,
        "until": event_filter.until.isoformat() if event_filter.until else None,
        "country": event_filter.country,
        "admin1": event_filter.admin1,
        "type": event_filter.event_type,
        "actor": event_filter.actor,
        "min_killed": event_filter.min_killed,
        "status": [status.value for status in event_filter.statuses] or None,
    }
    return {key: value for key, value in values.items() if value is not None}
