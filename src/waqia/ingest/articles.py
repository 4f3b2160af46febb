"""Building `Article` values: ids, outlet names, UTC times and language codes shared by every reader."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from urllib.parse import urlsplit

from waqia.model import Article, make_article_id

DEFAULT_LANGUAGE = "en"

# ISO 639-1/639-2 primary subtag, optionally followed by a region or script ("en-GB", "ur_PK", "ps").
_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]*)?\s*$")
_WEB_URL = re.compile(r"^https?://", re.IGNORECASE)


def make_article(
    *,
    text: str,
    origin: str,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published_at: datetime | None = None,
    language: str | None = None,
    fetched_at: datetime | None = None,
    external_id: str | None = None,
) -> Article:
    """An `Article` with its content-hash id; the outlet falls back to the URL's host."""
    return Article(
        article_id=make_article_id(url=url, text=text),
        text=text,
        title=clean_label(title),
        url=url,
        source=clean_label(source) or host_of(url),
        published_at=published_at,
        language=normalize_language(language) or DEFAULT_LANGUAGE,
        fetched_at=fetched_at,
        external_id=external_id,
        origin=origin,
    )


def clean_label(value: str | None) -> str | None:
    """A title or outlet name on one line with folded whitespace; None when blank."""
    if value is None:
        return None
    folded = " ".join(value.split())
    return folded or None


def host_of(url: str | None) -> str | None:
    """The host of an http(s) URL without a leading "www.", used as the outlet name of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # an unbalanced IPv6 bracket
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def is_web_url(value: str) -> bool:
    """True for an http:// or https:// address."""
    return _WEB_URL.match(value) is not None


def normalize_language(value: str | None) -> str | None:
    """The lower-case primary subtag of a language tag ("en-GB" -> "en"); None when it is not one."""
    if not value:
        return None
    match = _LANGUAGE_TAG.match(value)
    return match.group(1).lower() if match else None


def parse_timestamp(value: str) -> datetime:
    """An ISO 8601 date or date-time as an aware UTC datetime; a date alone is midnight UTC.

    Raises:
        ValueError: `value` is not ISO 8601.
    """
    return to_utc(datetime.fromisoformat(value.strip()))


def to_utc(moment: datetime) -> datetime:
    """`moment` in UTC; a naive value is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def utc_from_struct(moment: time.struct_time) -> datetime:
    """A UTC `struct_time` (as feedparser gives it) as an aware datetime."""
    return datetime(*moment[:6], tzinfo=UTC)


def current_utc_time() -> datetime:
    """The default clock for `fetched_at`."""
    return datetime.now(UTC)
