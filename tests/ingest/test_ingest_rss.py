"""RSS and Atom feeds: full content, linked pages fetched from a local server, summaries, broken feeds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from waqia.ingest import HttpClient, load_sources
from waqia.model import Article, Skipped, SkipReason


def load_feed(source: str, *, now: datetime, **kwargs: Any) -> list[Article | Skipped]:
    return list(load_sources([source], http=HttpClient(timeout=5), now=lambda: now, **kwargs))


def test_rss_with_full_content_gives_one_article_per_item(ingest_data: Path, fixed_clock: datetime) -> None:
    items = load_feed(str(ingest_data / "feed_full.rss"), now=fixed_clock)
    assert all(isinstance(item, Article) for item in items), items
    first, second = items
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    assert first.title == "Grenade attack on shop injures four"
    assert first.url == "https://news.example.com/2024/05/grenade-shop"
    assert first.source == "The Frontier Ledger - Latest"
    assert first.published_at == datetime(2024, 5, 3, 16, 10, tzinfo=UTC)  # 21:10 +0500
    assert first.language == "en"
    assert first.fetched_at is None  # read from a file, nothing fetched
    assert first.text.startswith("Four people were injured when unidentified men")
    assert "track(" not in first.text
    assert second.text.splitlines() == [
        "Oil tanker drivers called off their three-day strike on Saturday after the provincial transport "
        "department agreed to review the new axle-load rules.",
        "Fuel supplies resume on Sunday.",
        "Talks continue next week.",
    ]


def test_feed_ids_are_stable_and_come_from_links(ingest_data: Path, fixed_clock: datetime) -> None:
    once = load_feed(str(ingest_data / "feed_full.rss"), now=fixed_clock)
    twice = load_feed(str(ingest_data / "feed_full.rss"), now=fixed_clock)
    assert [item.article_id for item in once if isinstance(item, Article)] == [
        item.article_id for item in twice if isinstance(item, Article)
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("<rss><channel><title>Cut off", SkipReason.BROKEN_FEED),
        (
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title',
            SkipReason.BROKEN_FEED,
        ),
        ("<html><body><p>A page saved as .xml, not a feed.</p></body></html>", SkipReason.BROKEN_FEED),
        ("<rss version='2.0'><channel><title>Quiet</title></channel></rss>", SkipReason.EMPTY),
    ],
)
def test_feed_without_entries_is_one_skip(
    tmp_path: Path, fixed_clock: datetime, text: str, reason: SkipReason
) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(text, encoding="utf-8")
    (skipped,) = load_feed(str(path), now=fixed_clock)
    assert isinstance(skipped, Skipped)
    assert skipped.reason is reason
    assert str(path) in skipped.detail


def test_entry_without_link_or_content_and_a_short_summary_is_empty(
    tmp_path: Path, fixed_clock: datetime
) -> None:
    path = tmp_path / "teasers.rss"
    path.write_text(
        "<rss version='2.0'><channel><title>T</title><item><title>Teaser</title>"
        "<description>Too short to report from.</description></item></channel></rss>",
        encoding="utf-8",
    )
    (skipped,) = load_feed(str(path), now=fixed_clock)
    assert isinstance(skipped, Skipped)
    assert skipped.reason is SkipReason.EMPTY
    assert f"entry 1 of {path}" in skipped.detail


@pytest.mark.network
class TestLinkedFeed:
    """The Atom fixture has no content: each entry's page is fetched from the local server."""

    @pytest.fixture
    def items(self, local_site: Any, fixed_clock: datetime) -> list[Article | Skipped]:
        return load_feed(local_site.url("/feed.atom"), now=fixed_clock)

    def test_linked_page_is_fetched_and_extracted(
        self, items: list[Article | Skipped], local_site: Any
    ) -> None:
        article = items[0]
        assert isinstance(article, Article)
        assert article.url == local_site.url("/articles/abduction.html")
        assert article.text.startswith("Gunmen abduct two engineers from dam site")
        assert "Armed men stormed the camp" in article.text
        assert "Sponsored" not in article.text
        assert article.title == "Gunmen abduct two engineers from dam site"
        assert article.source == "Valley Post: National"
        assert article.published_at == datetime(2024, 6, 1, 11, 45, tzinfo=UTC)

    def test_network_articles_carry_the_fetch_time(
        self, items: list[Article | Skipped], fixed_clock: datetime
    ) -> None:
        assert [item.fetched_at for item in items if isinstance(item, Article)] == [fixed_clock, fixed_clock]

    def test_long_summary_stands_in_for_an_unreachable_page(self, items: list[Article | Skipped]) -> None:
        article = items[1]
        assert isinstance(article, Article)
        assert article.text.startswith("The relief camp at the government school reopened")
        assert article.published_at == datetime(2024, 6, 1, 7, 0, tzinfo=UTC)  # published, not updated

    def test_short_summary_and_dead_link_is_unreachable(self, items: list[Article | Skipped]) -> None:
        skipped = items[2]
        assert isinstance(skipped, Skipped)
        assert skipped.reason is SkipReason.UNREACHABLE
        assert skipped.origin.endswith("/articles/missing.html")
        assert "404" in skipped.detail
        assert "entry 3 of" in skipped.detail

    def test_linked_feed_read_from_a_file_fetches_its_pages(
        self, tmp_path: Path, local_site: Any, fixed_clock: datetime
    ) -> None:
        path = tmp_path / "saved.atom"
        path.write_bytes(local_site.routes["/feed.atom"].body)
        items = load_feed(str(path), now=fixed_clock)
        assert [type(item) for item in items] == [Article, Article, Skipped]
        first, second = items[0], items[1]
        assert isinstance(first, Article)
        assert isinstance(second, Article)
        assert first.fetched_at == fixed_clock  # its page came over the network
        assert second.fetched_at is None  # its text came from the file


@pytest.mark.network
@pytest.mark.parametrize("path", ["/feed.rss", "/feed-as-html"])
def test_feed_url_is_recognised_by_media_type_or_content(
    local_site: Any, fixed_clock: datetime, path: str
) -> None:
    items = load_feed(local_site.url(path), now=fixed_clock)
    assert [item.title for item in items if isinstance(item, Article)] == [
        "Grenade attack on shop injures four",
        "Tanker drivers end strike",
    ]
    assert all(isinstance(item, Article) and item.fetched_at == fixed_clock for item in items)


@pytest.mark.network
def test_broken_feed_url_is_one_skip(local_site: Any, fixed_clock: datetime) -> None:
    (skipped,) = load_feed(local_site.url("/broken-feed"), now=fixed_clock)
    assert isinstance(skipped, Skipped)
    assert skipped.reason is SkipReason.BROKEN_FEED
