"""The FastAPI application: API routers, dashboard pages, static files, security headers, error handling."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from argon2 import PasswordHasher
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from waqia import __version__
from waqia.analytics.definitions import build_catalog, load_builtin_definitions
from waqia.errors import ConfigError, WaqiaError
from waqia.store.accounts import AccountStore
from waqia.store.base import EventStore
from waqia.store.web_queries import read_events_version, refresh_planner_statistics
from waqia.web.api import accounts as accounts_api
from waqia.web.api import articles as articles_api
from waqia.web.api import events as events_api
from waqia.web.api import exports as exports_api
from waqia.web.api import review as review_api
from waqia.web.api import stats as stats_api
from waqia.web.auth import LoginGuard, make_password_hasher
from waqia.web.count_cache import CountCache
from waqia.web.dashboard import account_pages, event_pages, overview_pages
from waqia.web.deps import WebContext
from waqia.web.error_handler import handle_error
from waqia.web.settings import WebSettings, decode_settings

LOG = logging.getLogger(__name__)

SAFE_URL_SCHEMES = frozenset({"http", "https"})


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) and so safe as a link target; None for javascript:, data: and the rest."""
    if not url:
        return None
    candidate = url.strip()
    # Browsers drop tabs and newlines inside URLs, which would let "java\tscript:" through a naive check.
    if any(character in candidate for character in "\t\n\r") or candidate != url.strip():
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_URL_SCHEMES or not parts.netloc:
        return None
    return candidate


def with_query(base: dict[str, Any], **changes: Any) -> str:
    """A query string: `base` with `changes` applied (None removes a key)."""
    merged = {**base, **changes}
    return urlencode(
        {key: value for key, value in merged.items() if value is not None and value != ""}, doseq=True
    )


def range_text(low: int | None, high: int | None) -> str:
    """'4', '4-5', '4+' or '' for a casualty range."""
    if low is None:
        return ""
    if high is None:
        return f"{low}+"
    return str(low) if low == high else f"{low}-{high}"


def _page_context(request: Request) -> dict[str, Any]:
    identity = getattr(request.state, "identity", None)
    context: WebContext = request.app.state.context
    return {
        "identity": identity,
        "csrf_token": identity.csrf_token if identity else None,
        "settings": context.settings,
        "version": __version__,
        "path": request.url.path,
    }


def build_templates() -> Jinja2Templates:
    """The page templates, autoescaped: article text, titles and URLs are untrusted input."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("waqia.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["safe_url"] = safe_url
    environment.globals["with_query"] = with_query
    environment.globals["range_text"] = range_text
    return Jinja2Templates(env=environment, context_processors=[_page_context])


def content_security_policy(settings: WebSettings) -> str:
    images = " ".join(filter(None, ["'self'", "data:", settings.tile_origin]))
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            f"img-src {images}",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        )
    )


class SecurityHeaders:
    """Adds the security headers to every response (a plain ASGI middleware: it never buffers a body)."""

    def __init__(self, app: ASGIApp, *, policy: str) -> None:
        self.app = app
        self.headers = {
            "Content-Security-Policy": policy,
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "same-origin",
            "Cross-Origin-Opener-Policy": "same-origin",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
                if not static:
                    # Pages and API answers depend on who asks; no shared cache may keep them.
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    *,
    store: EventStore,
    settings: WebSettings,
    accounts: AccountStore | None = None,
    hasher: PasswordHasher | None = None,
    clock: Callable[[], datetime] | None = None,
) -> FastAPI:
    """The web application over an open store.

    Args:
        store: the event store (a SQL store: its engine also holds the accounts).
        settings: access mode, cookies, sign-in limits, tiles, page sizes.
        accounts: the account store; by default one on the event store's database.
        hasher: the password hasher (argon2id defaults); tests pass a cheaper one.
        clock: the current time (UTC); tests pass a fixed or moving clock.

    Raises:
        ConfigError: the store is not a SQL store (the dashboard needs its read queries).
    """
    engine = getattr(store, "engine", None)
    if engine is None:
        raise ConfigError(
            f"the store {store.url} has no SQL engine",
            hint="serve a store opened with waqia.store.open_store (SQLite or PostgreSQL)",
        )
    hasher = hasher or make_password_hasher()
    accounts = accounts or AccountStore(engine)
    context = WebContext(
        store=store,
        engine=engine,
        accounts=accounts,
        settings=settings,
        guard=LoginGuard(accounts, settings=settings, hasher=hasher),
        hasher=hasher,
        templates=build_templates(),
        clock=clock or (lambda: datetime.now(UTC)),
        definitions=build_catalog(load_builtin_definitions()),
        counts=CountCache(read_version=lambda: read_events_version(engine)),
    )
    refresh_planner_statistics(engine)
    app = FastAPI(
        title=f"{settings.title} API",
        version=__version__,
        description=(
            "Events of political violence extracted from news reports, with their sources and evidence. "
            "Authenticate with `Authorization: Bearer TOKEN` (`waqia user token NAME`) or a signed-in "
            "session (writes then need the `X-CSRF-Token` header from `GET /api/v1/me`)."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.context = context
    for error_type in (Exception, StarletteHTTPException, RequestValidationError, WaqiaError):
        app.add_exception_handler(error_type, handle_error)
    app.add_middleware(SecurityHeaders, policy=content_security_policy(settings))
    for module in (events_api, articles_api, stats_api, exports_api, review_api, accounts_api):
        app.include_router(module.router)
    for pages in (overview_pages, event_pages, account_pages):
        app.include_router(pages.router)
    app.mount("/static/vendor", StaticFiles(packages=[("waqia", "data/vendor")]), name="vendor")
    app.mount("/static/app", StaticFiles(packages=[("waqia.web", "static")]), name="static")
    LOG.info("web app ready on %s (anonymous read: %s)", store.url, settings.anonymous_read)
    return app


# Environment variables through which `waqia serve --workers N` hands the store and settings to each
# worker process (uvicorn starts workers from an import string, so objects cannot be passed).
DB_ENV = "WAQIA_DB"
SETTINGS_ENV = "WAQIA_WEB_SETTINGS"


def create_app_from_environment() -> FastAPI:
    """The app of one worker process: the store at $WAQIA_DB, the settings in $WAQIA_WEB_SETTINGS.

    Raises:
        ConfigError: WAQIA_DB is not set, or the settings are invalid.
    """
    from waqia.store import open_store

    target = os.environ.get(DB_ENV)
    if not target:
        raise ConfigError(f"{DB_ENV} is not set", hint="start the server with `waqia serve --db ...`")
    settings = decode_settings(os.environ[SETTINGS_ENV]) if SETTINGS_ENV in os.environ else WebSettings()
    return create_app(store=open_store(target), settings=settings)
