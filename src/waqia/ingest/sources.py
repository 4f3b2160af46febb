"""The ingest entry point: sources (paths, directories, stdin, URLs) in, articles or skip records out."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Final, TextIO

from waqia.ingest.articles import current_utc_time, is_web_url, make_article
from waqia.ingest.content import Content, ContentKind, UnusableInputError
from waqia.ingest.files import read_path, read_stream
from waqia.ingest.html import read_html
from waqia.ingest.http import HttpClient, fetch_content
from waqia.ingest.jsonl import read_json, read_json_lines
from waqia.ingest.plain_text import unwrap_lines
from waqia.ingest.rss import read_feed
from waqia.model import Article, Skipped, SkipReason

logger = logging.getLogger(__name__)

STDIN_SOURCE: Final = "-"
# The demo sample's inputs inside the package's data/demo folder (its README describes them); the gold
# labels next to them are not an input.
DEMO_INPUTS: Final = ("articles.jsonl", "pages", "text", "feed.xml")
_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def load_sources(
    sources: Sequence[str],
    *,
    stdin: TextIO | None = None,
    http: HttpClient | None = None,
    now: Callable[[], datetime] | None = None,
) -> Iterator[Article | Skipped]:
    """Every article found in `sources`, lazily and in input order; a bad input yields a `Skipped` instead.

    Args:
        sources: file and directory paths, "-" for standard input, http(s) URLs of pages or feeds.
        stdin: the stream "-" reads; sys.stdin when None.
        http: the client for URLs and for feed entries that only link to their page; a default one when None.
        now: the clock for `fetched_at` of network inputs; UTC wall time when None.

    Yields:
        One `Article` per article found, or one `Skipped` per input (or JSON line, or feed entry) that gave
        none. Nothing a bad input contains makes it raise: the rest of the batch goes on.
    """
    client = http or HttpClient()
    clock = now or current_utc_time
    for source in sources:
        logger.debug("reading %s", source)
        for item in _read_source(source, stdin=stdin, http=client, now=clock):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from read_content(item, http=client, now=clock)


def read_content(
    content: Content, *, http: HttpClient, now: Callable[[], datetime]
) -> Iterator[Article | Skipped]:
    """The articles of one checked input, read as its kind says; if the whole input fails, a `Skipped`."""
    try:
        match content.kind:
            case ContentKind.TEXT:
                yield make_article(
                    text=unwrap_lines(content.text),
                    origin=content.origin,
                    url=content.url,
                    fetched_at=content.fetched_at,
                )
            case ContentKind.HTML:
                yield from read_html(content)
            case ContentKind.JSON:
                yield from read_json(content)
            case ContentKind.JSON_LINES:
                yield from read_json_lines(content)
            case ContentKind.FEED:
                yield from read_feed(content, http=http, now=now)
    except UnusableInputError as error:
        yield error.to_skipped()


def _read_source(
    source: str, *, stdin: TextIO | None, http: HttpClient, now: Callable[[], datetime]
) -> Iterator[Content | Skipped]:
    try:
        if source == STDIN_SOURCE:
            yield read_stream(stdin or sys.stdin)
        elif is_web_url(source):
            yield fetch_content(source, http=http, now=now)
        elif _OTHER_SCHEME.match(source):
            raise UnusableInputError(
                f"{source} is a URL waqia cannot fetch",
                hint="give an http:// or https:// URL, or download it and give the file",
                reason=SkipReason.UNSUPPORTED,
                origin=source,
            )
        else:
            yield from read_path(source)
    except UnusableInputError as error:
        yield error.to_skipped()


def find_demo_sources() -> list[str]:
    """The paths of the demo sample shipped in the package: JSON Lines, HTML pages, plain text, an RSS feed.

    An input missing from the installed package is left out; the list is empty when the sample is absent.
    """
    root = Path(str(files("waqia") / "data" / "demo"))
    return [str(root / name) for name in DEMO_INPUTS if (root / name).exists()]
