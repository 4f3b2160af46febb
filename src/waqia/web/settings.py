"""Settings of the web dashboard and API: access mode, cookies, sign-in limits, map tiles, page sizes."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from waqia.errors import ConfigError

# OpenStreetMap's standard tiles; their usage policy asks for the attribution below and light use.
DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors"
# The largest page of events or articles one request returns.
MAX_PAGE_SIZE = 500


@dataclass(frozen=True, slots=True, kw_only=True)
class WebSettings:
    """How `waqia serve` behaves.

    Attributes:
        anonymous_read: let visitors who are not signed in read everything (never write).
        secure_cookies: mark cookies Secure; None decides per request (Secure when it came over https).
        session_lifetime: how long a sign-in lasts.
        login_failures_per_user: failed sign-ins for one user name within `login_window` before refusing.
        login_failures_per_ip: the same for one client address (guessing across many user names).
        login_window: the window of both limits.
        tile_url: the map tile URL template ({z}/{x}/{y}); empty for a map without a base layer.
        tile_attribution: the credit the tile provider requires.
        page_size: events per page by default (the API serves at most MAX_PAGE_SIZE).
        map_points: the most events drawn on the dashboard map.
    """

    anonymous_read: bool = False
    secure_cookies: bool | None = None
    session_lifetime: timedelta = timedelta(hours=12)
    login_failures_per_user: int = 5
    login_failures_per_ip: int = 20
    login_window: timedelta = timedelta(minutes=15)
    tile_url: str = DEFAULT_TILE_URL
    tile_attribution: str = DEFAULT_TILE_ATTRIBUTION
    page_size: int = 50
    map_points: int = 2000
    title: str = "waqia"

    def __post_init__(self) -> None:
        if self.tile_url and urlsplit(self.tile_url).scheme not in ("http", "https"):
            raise ConfigError(
                f"tile URL {self.tile_url!r} is not an http(s) URL",
                hint="give a URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, or ''",
            )
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ConfigError(
                f"page size {self.page_size} is outside 1..{MAX_PAGE_SIZE}",
                hint="choose a smaller page size",
            )
        if self.login_failures_per_user < 1 or self.login_failures_per_ip < 1:
            raise ConfigError("sign-in limits must be at least 1", hint="give positive limits")

    @property
    def tile_origin(self) -> str | None:
        """scheme://host of the tile server, for the Content-Security-Policy; None without tiles."""
        if not self.tile_url:
            return None
        parts = urlsplit(self.tile_url)
        # A {s} subdomain placeholder becomes a wildcard host in the policy.
        host = parts.netloc.replace("{s}", "*")
        return f"{parts.scheme}://{host}"


def encode_settings(settings: WebSettings) -> str:
    """The settings as JSON text (durations in seconds), to hand to worker processes."""
    values = {
        name: value.total_seconds() if isinstance(value, timedelta) else value
        for name, value in asdict(settings).items()
    }
    return json.dumps(values)


def decode_settings(text: str) -> WebSettings:
    """Settings from `encode_settings` text.

    Raises:
        ConfigError: the text is not such JSON.
    """
    try:
        values: dict[str, Any] = json.loads(text)
        durations = {f.name for f in fields(WebSettings) if f.type in ("timedelta", timedelta)}
        for name in durations & values.keys():
            values[name] = timedelta(seconds=values[name])
        return WebSettings(**values)
    except (ValueError, TypeError) as error:
        raise ConfigError(
            f"the web settings handed to the worker are invalid: {error}",
            hint="start the server with `waqia serve`, which writes them",
        ) from error
