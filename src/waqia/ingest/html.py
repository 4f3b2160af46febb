"""HTML to article text: trafilatura for whole pages, a light block-aware extraction for feed fragments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

import lxml.etree
import lxml.html
from trafilatura import bare_extraction, load_html
from trafilatura.settings import Document

from waqia.ingest.articles import is_web_url, make_article, normalize_language, parse_timestamp
from waqia.ingest.content import Content, UnusableInputError
from waqia.model import Article, SkipReason

# htmldate's output format; asking for the time keeps it when the page gives one (a date alone gives 00:00).
DATE_FORMAT: Final = "%Y-%m-%dT%H:%M:%S%z"
# Below this, what trafilatura falls back to is menu or cookie-banner residue, not a report.
MIN_PAGE_WORDS: Final = 10
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
# Elements whose end is a line break in the text of a feed item.
BLOCK_TAGS: Final = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "dt",
    "dd",
    "figcaption",
    "section",
    "article",
)
HIDDEN_TAGS: Final = ("script", "style", "noscript", "iframe", "template")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """The main text of a web page and the metadata the page declares."""

    text: str
    url: str | None = None
    title: str | None = None
    site_name: str | None = None
    published_at: datetime | None = None
    language: str | None = None


def read_html(content: Content) -> Iterator[Article]:
    """The article of an HTML page.

    Raises:
        UnusableInputError: EMPTY when no main text can be extracted.
    """
    page = extract_page(content.text, origin=content.origin, url=content.url)
    yield make_article(
        text=page.text,
        origin=content.origin,
        # A saved page takes the canonical URL it declares, and so the id of the page fetched from there.
        url=content.url or page.url,
        title=page.title,
        source=page.site_name,
        published_at=page.published_at,
        language=page.language,
        fetched_at=content.fetched_at,
    )


def extract_page(html: str, *, origin: str, url: str | None) -> Page:
    """The main text of `html` without navigation, ads and footer, with its title, outlet, date and language.

    Raises:
        UnusableInputError: EMPTY when the page has no extractable main text.
    """
    tree = load_html(html)
    document = _extract_document(tree, url=url) if tree is not None else None
    if document is None or document.text is None or len(document.text.split()) < MIN_PAGE_WORDS:
        raise UnusableInputError(
            f"no article text could be extracted from the HTML of {origin}",
            hint="check that it is an article page, not an index or a login page, or give its text as JSON",
            reason=SkipReason.EMPTY,
            origin=origin,
        )
    return Page(
        text=document.text,
        url=document.url if document.url and is_web_url(document.url) else None,
        title=document.title,
        site_name=document.sitename,
        published_at=_parse_page_date(document.date),
        language=normalize_language(_attribute(tree, "lang") or _attribute(tree, XML_LANG)),
    )


def extract_fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content or summary), one line per block; "" if none."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in list(root.iter(*HIDDEN_TAGS)):
        element.drop_tree()
    for element in root.iter():
        # Line breaks in the source are mere spaces; only block ends break lines in the text.
        element.text = _fold_spaces(element.text)
        element.tail = _fold_spaces(element.tail)
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in str(root.text_content()).split("\n"))
    return "\n".join(line for line in lines if line)


def _fold_spaces(value: str | None) -> str | None:
    return _SPACES.sub(" ", value) if value else value


def _extract_document(tree: Any, *, url: str | None) -> Document | None:
    document = bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        favor_precision=True,
        # A fresh dict per call: trafilatura may keep and change what it is given.
        date_extraction_params={"original_date": True, "extensive_search": True, "outputformat": DATE_FORMAT},
    )
    return document if isinstance(document, Document) else None


def _parse_page_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        return None


def _attribute(element: Any, name: str) -> str | None:
    value = element.get(name) if element is not None else None
    return value if isinstance(value, str) else None
