"""RSS and Atom feeds: one article per entry, from its full content, its linked page or its summary."""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, Final

import feedparser

from waqia.ingest.articles import is_web_url, make_article, normalize_language, utc_from_struct
from waqia.ingest.content import Content, UnusableInputError
from waqia.ingest.html import Page, extract_fragment_text, extract_page
from waqia.ingest.http import HttpClient, fetch_content
from waqia.model import Article, Skipped, SkipReason

logger = logging.getLogger(__name__)

# A summary shorter than this is a teaser, not a report the extractor can work from (issue #2).
MIN_SUMMARY_WORDS: Final = 25


def read_feed(
    content: Content, *, http: HttpClient, now: Callable[[], datetime]
) -> Iterator[Article | Skipped]:
    """One article per feed entry, in feed order; an entry without usable text becomes a `Skipped`.

    An entry's text is its full content when the feed carries it; otherwise its linked page is fetched with
    `http` and extracted; failing that, its summary when it has at least MIN_SUMMARY_WORDS words.

    Raises:
        UnusableInputError: BROKEN_FEED when feedparser finds no feed; EMPTY for a feed without entries.
    """
    # A stream, never the text itself: feedparser would take a string that looks like a URL or a path as one.
    # The text is already decoded, so the header stops feedparser re-decoding it by the XML declaration.
    headers = {"content-type": "application/xml; charset=utf-8"}
    if content.url:
        headers["content-location"] = content.url  # the base for relative entry links
    parsed = feedparser.parse(io.BytesIO(content.text.encode("utf-8")), response_headers=headers)
    if not parsed.entries:
        if parsed.bozo or not parsed.version:
            problem = parsed.get("bozo_exception") or "not an RSS or Atom document"
            raise UnusableInputError(
                f"{content.origin} is not a readable feed ({problem})",
                hint="check that it is the RSS/Atom feed itself and that it is well-formed XML",
                reason=SkipReason.BROKEN_FEED,
                origin=content.origin,
            )
        raise UnusableInputError(
            f"the feed {content.origin} has no entries",
            hint="try again when it has items",
            reason=SkipReason.EMPTY,
            origin=content.origin,
        )
    feed = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _read_entry(entry, number=number, feed=feed, content=content, http=http, now=now)
        except UnusableInputError as error:
            yield error.to_skipped()


def _read_entry(
    entry: Any, *, number: int, feed: Any, content: Content, http: HttpClient, now: Callable[[], datetime]
) -> Article:
    link = _string(entry, "link")
    label = f"entry {number} of {content.origin}"
    page, fetched_at = _entry_page(entry, link=link, label=label, http=http, now=now)
    published = _struct_time(entry, "published_parsed") or _struct_time(entry, "updated_parsed")
    return make_article(
        text=page.text,
        origin=link or label,
        url=link,
        title=_string(entry, "title") or page.title,
        source=_string(feed, "title") or page.site_name,
        published_at=utc_from_struct(published) if published else page.published_at,
        language=normalize_language(_string(entry, "language") or _string(feed, "language")) or page.language,
        fetched_at=fetched_at or content.fetched_at,
    )


def _entry_page(
    entry: Any, *, link: str | None, label: str, http: HttpClient, now: Callable[[], datetime]
) -> tuple[Page, datetime | None]:
    """The entry's text as a page, and when it was fetched if it had to be; `label` names it in messages."""
    full_text = "\n".join(
        text
        for item in entry.get("content") or ()
        if (text := extract_fragment_text(str(item.get("value") or "")))
    )
    if full_text:
        return Page(text=full_text), None
    summary = extract_fragment_text(_string(entry, "summary") or "")
    failure = "it has no http(s) link"
    if link and is_web_url(link):
        try:
            fetched = fetch_content(link, http=http, now=now)
            return extract_page(fetched.text, origin=link, url=link), fetched.fetched_at
        except UnusableInputError as error:
            logger.info("%s: falling back to its summary: %s", label, error)
            failure = str(error)
    if len(summary.split()) >= MIN_SUMMARY_WORDS:
        return Page(text=summary), None
    raise UnusableInputError(
        f"{label} has no full content, its page could not be used ({failure}) "
        f"and its summary has {len(summary.split())} words (fewer than {MIN_SUMMARY_WORDS})",
        hint="ingest the article page or its text directly",
        reason=SkipReason.UNREACHABLE if link else SkipReason.EMPTY,
        origin=link or label,
    )


def _string(mapping: Any, key: str) -> str | None:
    value = mapping.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _struct_time(mapping: Any, key: str) -> time.struct_time | None:
    value = mapping.get(key)
    return value if isinstance(value, time.struct_time) else None
