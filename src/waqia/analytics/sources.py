"""The sources an event cites, as links safe to publish: only http(s) URLs become links."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from waqia.model import Event

WEB_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceLink:
    """A source to cite: a label (the outlet's host name or its name) and an http(s) URL when known."""

    label: str
    url: str | None = None


def web_url(url: str) -> str | None:
    """The URL stripped of surrounding space when it is an http(s) URL with a host, else None.

    Anything else (javascript:, data:, relative paths) must never become a link in published output.
    """
    candidate = url.strip()
    if any(character.isspace() or ord(character) < 32 for character in candidate):
        return None
    parts = urlsplit(candidate)
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return candidate


def host_label(url: str) -> str:
    """The host a URL points to, without 'www.', as a short link label."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def source_links(event: Event) -> tuple[SourceLink, ...]:
    """Links to the event's reports, labelled by outlet; the outlet names when no report has a web URL.

    The per-report figures (`Event.reported`) pair each outlet with its URL. Without them the store's
    de-duplicated name and URL lists cannot be paired reliably, so the URL's host names the outlet.
    """
    paired = [
        SourceLink(label=(figure.source or "").strip() or host_label(url), url=url)
        for figure in event.reported
        if figure.url and (url := web_url(figure.url))
    ]
    if paired:
        return tuple({link.url: link for link in paired}.values())
    urls = tuple(dict.fromkeys(url for url in map(web_url, event.source_urls) if url))
    if urls:
        return tuple(SourceLink(label=host_label(url), url=url) for url in urls)
    return tuple(SourceLink(label=name) for name in event.sources if name.strip())
