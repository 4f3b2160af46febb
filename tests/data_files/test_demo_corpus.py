"""The bundled demo sample: valid files in every format, complete gold labels and the promised coverage."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime
from html.parser import HTMLParser
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import pytest

from waqia.ingest import find_demo_sources, load_sources
from waqia.model import Article, ClaimStatus, DatePrecision, GeoPrecision, Role, SubEventType, Target

CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"

# The spec's EVENT fields (evaluation.md, "Events out") plus the gold-only event_key.
EVENT_FIELDS = {
    "role", "event_date", "date_precision", "event_type", "sub_event_type", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "perpetrator", "claim_status", "claimed_by",
    "denied_by", "target", "killed_min", "killed_max", "injured_min", "injured_max", "evidence", "event_key",
}  # fmt: skip

DATE_PATTERN = {
    DatePrecision.DAY: r"\d{4}-\d{2}-\d{2}",
    DatePrecision.WEEK: r"\d{4}-\d{2}-\d{2}",
    DatePrecision.MONTH: r"\d{4}-\d{2}",
    DatePrecision.YEAR: r"\d{4}",
}

JsonArticle = dict[str, Any]


class _BodyParagraphs(HTMLParser):
    """Collects the text of <p> elements, inside <article> when the page has one."""

    def __init__(self, *, inside_article: bool) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._need_article = inside_article
        self._in_article = False
        self._in_p = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.meta[key] = values.get("content", "")
        elif tag == "article":
            self._in_article = True
        elif tag == "title":
            self._in_title = True
        elif tag == "p" and (self._in_article or not self._need_article):
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article = False
        elif tag == "title":
            self._in_title = False
        elif tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self.paragraphs[-1] += data
        elif self._in_title:
            self.title += data


def parse_html(markup: str, *, inside_article: bool) -> _BodyParagraphs:
    parser = _BodyParagraphs(inside_article=inside_article)
    parser.feed(markup)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def demo() -> Traversable:
    return files("waqia") / "data" / "demo"


@pytest.fixture(scope="module")
def jsonl_articles(demo: Traversable) -> list[JsonArticle]:
    lines = demo.joinpath("articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def pages(demo: Traversable) -> dict[str, _BodyParagraphs]:
    return {
        page.name: parse_html(page.read_text(encoding="utf-8"), inside_article=True)
        for page in demo.joinpath("pages").iterdir()
        if page.name.endswith(".html")
    }


@pytest.fixture(scope="module")
def feed_items(demo: Traversable) -> list[ET.Element]:
    root = ET.fromstring(demo.joinpath("feed.xml").read_bytes())
    return root.findall("./channel/item")


@pytest.fixture(scope="module")
def text_files(demo: Traversable) -> list[str]:
    return [entry.name for entry in demo.joinpath("text").iterdir() if entry.name.endswith(".txt")]


@pytest.fixture(scope="module")
def texts_by_id() -> dict[str, str]:
    """Each article's text as ingest produces it, by the id ingest gives it: what the gold indexes."""
    articles = [item for item in load_sources(find_demo_sources()) if isinstance(item, Article)]
    return {article.public_id: article.text for article in articles}


@pytest.fixture(scope="module")
def gold(demo: Traversable) -> list[dict[str, Any]]:
    lines = demo.joinpath("gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def events(gold: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(line["article_id"], event) for line in gold for event in line["events"]]


def test_jsonl_articles_follow_the_spec_article_format(jsonl_articles: list[JsonArticle]) -> None:
    problems = []
    for article in jsonl_articles:
        missing = {"id", "text", "published_at", "url", "title", "source", "language"} - article.keys()
        published = datetime.fromisoformat(article.get("published_at", ""))
        if missing:
            problems.append(f"{article['id']}: missing {sorted(missing)}")
        if published.tzinfo is None or "T" not in article["published_at"]:
            problems.append(f"{article['id']}: published_at needs a time and an offset")
        if article.get("language") != "en" or ".example/" not in article.get("url", ""):
            problems.append(f"{article['id']}: language or url")
    assert not problems
    assert len({article["id"] for article in jsonl_articles}) == len(jsonl_articles)


def test_pages_carry_title_site_name_and_publication_time(pages: dict[str, _BodyParagraphs]) -> None:
    for article_id, page in pages.items():
        assert page.title.strip(), article_id
        assert page.meta.get("og:site_name"), article_id
        assert datetime.fromisoformat(page.meta["article:published_time"]).tzinfo is not None, article_id


def test_each_format_holds_enough_articles(
    jsonl_articles: list[JsonArticle],
    pages: dict[str, _BodyParagraphs],
    text_files: list[str],
    feed_items: list[ET.Element],
) -> None:
    counts = {
        "jsonl": len(jsonl_articles),
        "pages": len(pages),
        "text": len(text_files),
        "feed": len(feed_items),
    }
    minimums = {"jsonl": 25, "pages": 3, "text": 2, "feed": 3}
    assert {kind: count for kind, count in counts.items() if count < minimums[kind]} == {}


def test_sample_holds_at_least_30_articles_of_120_to_600_words(texts_by_id: dict[str, str]) -> None:
    assert len(texts_by_id) >= 30
    lengths = {article_id: len(text.split()) for article_id, text in texts_by_id.items()}
    assert {article_id: n for article_id, n in lengths.items() if not 120 <= n <= 600} == {}


def test_gold_has_one_line_per_article(gold: list[dict[str, Any]], texts_by_id: dict[str, str]) -> None:
    gold_ids = [line["article_id"] for line in gold]
    assert len(gold_ids) == len(set(gold_ids))
    assert set(gold_ids) == set(texts_by_id)


def test_every_event_has_every_spec_field(events: list[tuple[str, dict[str, Any]]]) -> None:
    assert {
        article_id: sorted(set(event) ^ EVENT_FIELDS)
        for article_id, event in events
        if set(event) != EVENT_FIELDS
    } == {}


def test_events_use_acled_taxonomy_and_spec_vocabularies(events: list[tuple[str, dict[str, Any]]]) -> None:
    sub_types = {member.value for member in SubEventType}
    for article_id, event in events:
        assert event["sub_event_type"] in sub_types, article_id
        assert event["event_type"] == SubEventType(event["sub_event_type"]).event_type.value, article_id
        Role(event["role"])
        ClaimStatus(event["claim_status"])
        GeoPrecision(event["geo_precision"])
        assert event["target"] is None or Target(event["target"]), article_id
        assert isinstance(event["claimed_by"], list), article_id
        assert isinstance(event["denied_by"], list), article_id


def test_event_dates_match_their_precision(events: list[tuple[str, dict[str, Any]]]) -> None:
    for article_id, event in events:
        if event["event_date"] is None:
            assert event["date_precision"] is None, article_id
            continue
        precision = DatePrecision(event["date_precision"])
        assert re.fullmatch(DATE_PATTERN[precision], event["event_date"]), article_id


def test_casualty_ranges_are_ordered(events: list[tuple[str, dict[str, Any]]]) -> None:
    for article_id, event in events:
        for kind in ("killed", "injured"):
            low, high = event[f"{kind}_min"], event[f"{kind}_max"]
            assert low is None or low >= 0, article_id
            assert low is None or high is None or low <= high, article_id
            assert high is None or low is not None, article_id


def test_coordinates_are_plausible(events: list[tuple[str, dict[str, Any]]]) -> None:
    for article_id, event in events:
        assert -90 <= event["latitude"] <= 90, article_id
        assert -180 <= event["longitude"] <= 180, article_id
        if event["country"] == "Pakistan":
            assert 23 < event["latitude"] < 38, article_id
            assert 60 < event["longitude"] < 78, article_id


def test_gold_covers_at_least_five_admin1_regions(events: list[tuple[str, dict[str, Any]]]) -> None:
    pakistan = {event["admin1"] for _, event in events if event["country"] == "Pakistan"}
    assert len(pakistan) >= 5


def test_at_least_five_articles_report_no_event(gold: list[dict[str, Any]]) -> None:
    assert sum(not line["events"] for line in gold) >= 5


def test_three_events_are_each_reported_by_three_articles(events: list[tuple[str, dict[str, Any]]]) -> None:
    reporters: defaultdict[str, set[str]] = defaultdict(set)
    for article_id, event in events:
        if event["role"] == Role.MAIN:
            reporters[event["event_key"]].add(article_id)
    assert sum(len(articles) >= 3 for articles in reporters.values()) >= 3


def test_reports_of_one_event_disagree_on_toll_and_claim(events: list[tuple[str, dict[str, Any]]]) -> None:
    tolls: defaultdict[str, set[int | None]] = defaultdict(set)
    claims: defaultdict[str, set[str]] = defaultdict(set)
    for _, event in events:
        tolls[event["event_key"]].add(event["killed_min"])
        claims[event["event_key"]].add(event["claim_status"])
    assert sum(len(tolls[key]) > 1 and len(claims[key]) > 1 for key in tolls) >= 2


def test_evidence_spans_lie_within_the_article_text(
    events: list[tuple[str, dict[str, Any]]], texts_by_id: dict[str, str]
) -> None:
    for article_id, event in events:
        text = texts_by_id[article_id]
        assert event["evidence"], article_id
        for span in event["evidence"]:
            assert 0 <= span["start"] < span["end"] <= len(text), article_id
            piece = text[span["start"] : span["end"]]
            assert piece == piece.strip(), (article_id, piece)
            assert "\n\n" not in piece, (article_id, piece)


def test_evidence_spans_are_whole_sentences(
    events: list[tuple[str, dict[str, Any]]], texts_by_id: dict[str, str]
) -> None:
    for article_id, event in events:
        text = texts_by_id[article_id]
        for span in event["evidence"]:
            assert text[span["end"] - 1] in '.")', (article_id, span)
            assert span["start"] == 0 or text[span["start"] - 1] in " \n", (article_id, span)


def test_feed_items_carry_full_text(feed_items: list[ET.Element]) -> None:
    assert len(feed_items) >= 3
    for item in feed_items:
        content = parse_html(item.findtext(CONTENT_NS) or "", inside_article=False)
        assert len(content.paragraphs) >= 3, item.findtext("guid")
        assert item.findtext("pubDate"), item.findtext("guid")


def test_every_article_text_appears_once(texts_by_id: dict[str, str]) -> None:
    counts = Counter(texts_by_id.values())
    assert max(counts.values()) == 1
