"""URLs through `load_sources` and the `HttpClient`, against a real server on 127.0.0.1."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from waqia.ingest import HttpClient, load_sources
from waqia.ingest.content import UnusableInputError
from waqia.ingest.http import USER_AGENT
from waqia.model import Article, Skipped, SkipReason

pytestmark = pytest.mark.network


def load_url(url: str, *, now: datetime, http: HttpClient | None = None) -> list[Article | Skipped]:
    return list(load_sources([url], http=http or HttpClient(timeout=5), now=lambda: now))


def test_html_page_url_is_fetched_and_extracted(local_site: Any, fixed_clock: datetime) -> None:
    url = local_site.url("/page.html")
    (article,) = load_url(url, now=fixed_clock)
    assert isinstance(article, Article)
    assert article.url == url  # the address asked for, so the id does not depend on the page's canonical tag
    assert article.origin == url
    assert article.fetched_at == fixed_clock
    assert article.source == "The Frontier Ledger"
    assert article.text.startswith("Roadside bomb wounds five")


def test_same_url_twice_gives_the_same_id(local_site: Any, fixed_clock: datetime) -> None:
    url = local_site.url("/page.html")
    first, second = load_url(url, now=fixed_clock) + load_url(url, now=fixed_clock)
    assert first.article_id == second.article_id  # type: ignore[union-attr]


def test_declared_charset_is_honoured(local_site: Any, fixed_clock: datetime) -> None:
    (article,) = load_url(local_site.url("/latin1.html"), now=fixed_clock)
    assert isinstance(article, Article)
    assert "Sarai Bägh" in article.text


@pytest.mark.parametrize(("path", "articles"), [("/notes.txt", 1), ("/articles.jsonl", 3)])
def test_text_and_json_lines_urls_are_read_by_content(
    local_site: Any, fixed_clock: datetime, path: str, articles: int
) -> None:
    items = load_url(local_site.url(path), now=fixed_clock)
    assert sum(isinstance(item, Article) for item in items) == articles


@pytest.mark.parametrize(
    ("path", "reason", "detail_part"),
    [
        ("/nowhere.html", SkipReason.UNREACHABLE, "HTTP 404"),
        ("/server-error", SkipReason.UNREACHABLE, "HTTP 500"),
        ("/image.png", SkipReason.BINARY, "PNG"),
        ("/empty", SkipReason.EMPTY, "empty"),
    ],
)
def test_bad_url_is_one_skip_naming_it(
    local_site: Any, fixed_clock: datetime, path: str, reason: SkipReason, detail_part: str
) -> None:
    url = local_site.url(path)
    (skipped,) = load_url(url, now=fixed_clock)
    assert isinstance(skipped, Skipped)
    assert skipped.reason is reason
    assert skipped.origin == url
    assert url in skipped.detail
    assert detail_part in skipped.detail


def test_closed_port_is_unreachable(closed_port_url: str, fixed_clock: datetime) -> None:
    (skipped,) = load_url(closed_port_url, now=fixed_clock)
    assert isinstance(skipped, Skipped)
    assert skipped.reason is SkipReason.UNREACHABLE
    assert "refused" in skipped.detail.lower()


def test_timeout_is_unreachable(local_site: Any, fixed_clock: datetime) -> None:
    (skipped,) = load_url(local_site.url("/slow"), now=fixed_clock, http=HttpClient(timeout=0.2))
    assert isinstance(skipped, Skipped)
    assert skipped.reason is SkipReason.UNREACHABLE
    assert "timed out" in skipped.detail


def test_body_over_the_cap_is_refused(local_site: Any) -> None:
    with pytest.raises(UnusableInputError) as caught:
        HttpClient(max_bytes=100).fetch(local_site.url("/page.html"))
    assert caught.value.reason is SkipReason.UNSUPPORTED


def test_client_sends_its_user_agent(local_site: Any) -> None:
    response = HttpClient().fetch(local_site.url("/notes.txt"))
    assert response.status == 200
    assert response.media_type == "text/plain"
    assert response.charset == "utf-8"
    assert (("/notes.txt", USER_AGENT)) in local_site.requests


@pytest.mark.parametrize("url", ["file:///etc/hostname", "http://[::1"])
def test_client_refuses_what_is_not_a_web_url(url: str) -> None:
    with pytest.raises(UnusableInputError) as caught:
        HttpClient().fetch(url)
    assert caught.value.reason is SkipReason.MALFORMED


def test_a_bad_url_does_not_stop_the_batch(
    local_site: Any, closed_port_url: str, fixed_clock: datetime
) -> None:
    sources = [closed_port_url, local_site.url("/page.html")]
    items = list(load_sources(sources, http=HttpClient(timeout=5), now=lambda: fixed_clock))
    assert [type(item) for item in items] == [Skipped, Article]
