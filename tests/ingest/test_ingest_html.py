"""HTML pages and fragments: main text without boilerplate, and the metadata the page declares."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from waqia.ingest import load_sources
from waqia.ingest.content import UnusableInputError
from waqia.ingest.html import extract_fragment_text, extract_page
from waqia.model import Article, SkipReason, make_article_id

BOILERPLATE = (
    "Advertisement",
    "Festival sale",
    "Markets close higher",
    "Also read",
    "Wheat prices",
    "Share on Facebook",
    "Great reporting",
    "All rights reserved",
    "Privacy",
    "adSlots",
)
PARAGRAPH_OPENINGS = (
    "A roadside bomb went off near the gate",
    "The device had been planted in a drain",
    "The wounded were moved to the district",
)


@pytest.fixture
def page_article(ingest_data: Path) -> Article:
    (article,) = load_sources([str(ingest_data / "page.html")])
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize("opening", PARAGRAPH_OPENINGS)
def test_page_keeps_every_article_paragraph(page_article: Article, opening: str) -> None:
    assert opening in page_article.text


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_page_drops_navigation_ads_and_footer(page_article: Article, boilerplate: str) -> None:
    assert boilerplate not in page_article.text


def test_page_metadata_comes_from_og_and_json_ld(page_article: Article) -> None:
    assert page_article.title == "Roadside bomb wounds five near district court"
    assert page_article.source == "The Frontier Ledger"
    assert page_article.published_at == datetime(2024, 3, 1, 5, 30, tzinfo=UTC)
    assert page_article.language == "en"  # <html lang="en-GB">
    assert page_article.url == "https://news.example.com/2024/03/roadside-bomb-district-court"
    assert page_article.article_id == make_article_id(url=page_article.url, text="")


def test_page_without_metadata_takes_title_tag_and_visible_date(ingest_data: Path) -> None:
    (article,) = load_sources([str(ingest_data / "bulletin.htm")])
    assert isinstance(article, Article)
    assert article.title == "Curfew lifted after clashes at cattle fair"
    assert article.published_at == datetime(2024, 2, 10, tzinfo=UTC)  # a date alone is midnight UTC
    assert article.url is None
    assert article.source is None
    assert article.article_id == make_article_id(url=None, text=article.text)
    assert "Front page" not in article.text
    assert "Press Club" not in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "<html><head><title>Sign in</title></head><body><form><input name='user'></form></body></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_page_without_main_text_is_empty(html: str) -> None:
    with pytest.raises(UnusableInputError) as caught:
        extract_page(html, origin="saved.html", url=None)
    assert caught.value.reason is SkipReason.EMPTY
    assert "saved.html" in str(caught.value)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
        ("Plain   summary\n text", "Plain summary text"),
        ("<div>Lead<br>Second line</div>", "Lead\nSecond line"),
        ("<p>Kept</p><script>dropped()</script><style>p {}</style>", "Kept"),
        ("<ul><li>first</li><li>second</li></ul>", "first\nsecond"),
        ("", ""),
        ("<p>  </p>", ""),
    ],
)
def test_fragment_text_keeps_blocks_on_their_own_lines(fragment: str, expected: str) -> None:
    assert extract_fragment_text(fragment) == expected
