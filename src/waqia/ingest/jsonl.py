"""Articles in the spec's JSON form: one object, a list of them, or JSON Lines (one object a line)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime

from waqia.ingest.articles import make_article, parse_timestamp
from waqia.ingest.content import Content, UnusableInputError
from waqia.ingest.html import Page, extract_page
from waqia.model import Article, Skipped, SkipReason

OPTIONAL_STRING_FIELDS = ("url", "title", "source", "language")
SPEC_HINT = 'give each article a "text" string (or an "html" page)'
# Names other tools give the publication time. waqia reads only the spec's published_at; an input that
# uses one of these gets no date for "on Monday" or "last year", so the reader says so once per input.
OTHER_DATE_FIELDS = (
    "published",
    "publication_date",
    "published_date",
    "pub_date",
    "pubdate",
    "date",
    "datetime",
    "timestamp",
    "seendate",
)

logger = logging.getLogger(__name__)


def read_json(content: Content) -> Iterator[Article | Skipped]:
    """The articles of a JSON document: one article object or a list of them.

    Raises:
        UnusableInputError: MALFORMED when the document is not JSON or not an object or list; EMPTY for [].
    """
    try:
        value = json.loads(content.text)
    except json.JSONDecodeError as error:
        raise _malformed(
            content.origin, f"is not valid JSON ({error})", hint="fix the JSON, or use .jsonl for JSON Lines"
        ) from error
    if isinstance(value, dict):
        _warn_other_date_field(value, origin=content.origin, warned=set())
        yield _convert(value, origin=content.origin, fetched_at=content.fetched_at)
    elif isinstance(value, list):
        if not value:
            raise UnusableInputError(
                f"{content.origin} is an empty list",
                hint="add article objects or leave the file out",
                reason=SkipReason.EMPTY,
                origin=content.origin,
            )
        warned: set[str] = set()
        for index, item in enumerate(value):
            _warn_other_date_field(item, origin=content.origin, warned=warned)
            yield _convert(item, origin=f"{content.origin}[{index}]", fetched_at=content.fetched_at)
    else:
        raise _malformed(
            content.origin, f"holds a JSON {type(value).__name__}", hint="give an article object or a list"
        )


def read_json_lines(content: Content) -> Iterator[Article | Skipped]:
    """The articles of a JSON Lines document; a bad line becomes a `Skipped` and the others still load."""
    warned: set[str] = set()
    # Split on "\n" only: str.splitlines would also split on U+2028, which JSON allows inside strings.
    for number, line in enumerate(content.text.split("\n"), start=1):
        if not line.strip():
            continue
        origin = f"{content.origin}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield _malformed(
                origin,
                f"is not valid JSON ({error.msg} at column {error.colno})",
                hint="fix or remove the line",
            ).to_skipped()
            continue
        _warn_other_date_field(value, origin=content.origin, warned=warned)
        yield _convert(value, origin=origin, fetched_at=content.fetched_at)


def article_from_json(value: object, *, origin: str, fetched_at: datetime | None = None) -> Article:
    """The article a spec article object describes; an "html" field is extracted when "text" is absent.

    Raises:
        UnusableInputError: MALFORMED for a wrong shape or a bad published_at; EMPTY for blank text.
    """
    if not isinstance(value, dict):
        raise _malformed(origin, f"is a JSON {type(value).__name__}, not an article object", hint=SPEC_HINT)
    fields = {name: _optional_string(value, name, origin=origin) for name in OPTIONAL_STRING_FIELDS}
    published_at = _published_at(value.get("published_at"), origin=origin)
    external_id = _external_id(value.get("id"), origin=origin)
    text = value.get("text")
    html = value.get("html")
    if isinstance(text, str) and text.strip():
        page = Page(text=text)
    elif isinstance(html, str) and html.strip():
        page = extract_page(html, origin=origin, url=fields["url"])
    elif isinstance(text, str) or isinstance(html, str):
        raise UnusableInputError(
            f"{origin} has blank text", hint="give the article text", reason=SkipReason.EMPTY, origin=origin
        )
    else:
        raise _malformed(origin, 'has no "text" or "html" string', hint=SPEC_HINT)
    return make_article(
        text=page.text,
        origin=origin,
        url=fields["url"] or page.url,
        title=fields["title"] or page.title,
        source=fields["source"] or page.site_name,
        published_at=published_at or page.published_at,
        language=fields["language"] or page.language,
        fetched_at=fetched_at,
        external_id=external_id,
    )


def _warn_other_date_field(value: object, *, origin: str, warned: set[str]) -> None:
    """Log, once per input and field name, an article that gives its date under another name only."""
    if not isinstance(value, dict) or value.get("published_at") not in (None, ""):
        return
    for name in OTHER_DATE_FIELDS:
        if name in value and name not in warned:
            warned.add(name)
            logger.warning(
                '%s: articles give "%s" but no "published_at"; waqia reads only "published_at", so relative '
                'dates ("on Monday", "last year") are left unresolved. Rename the field to "published_at".',
                origin,
                name,
            )
            return


def _convert(value: object, *, origin: str, fetched_at: datetime | None) -> Article | Skipped:
    try:
        return article_from_json(value, origin=origin, fetched_at=fetched_at)
    except UnusableInputError as error:
        return error.to_skipped()


def _optional_string(value: dict[str, object], name: str, *, origin: str) -> str | None:
    field = value.get(name)
    if field is None or isinstance(field, str):
        return field
    raise _malformed(origin, f'has a {type(field).__name__} in "{name}"', hint=f'make "{name}" a string')


def _published_at(field: object, *, origin: str) -> datetime | None:
    if field is None or field == "":
        return None
    if isinstance(field, str):
        try:
            return parse_timestamp(field)
        except ValueError:
            pass
    raise _malformed(
        origin,
        f"has a bad published_at {json.dumps(field)[:60]}",
        hint="use an ISO date or date-time such as 2024-03-01 or 2024-03-01T10:30:00+05:00",
    )


def _external_id(field: object, *, origin: str) -> str | None:
    if field is None or isinstance(field, str):
        return field
    if isinstance(field, int) and not isinstance(field, bool):
        return str(field)
    raise _malformed(origin, f'has a {type(field).__name__} in "id"', hint='make "id" a string')


def _malformed(origin: str, what: str, *, hint: str) -> UnusableInputError:
    return UnusableInputError(f"{origin} {what}", hint=hint, reason=SkipReason.MALFORMED, origin=origin)
