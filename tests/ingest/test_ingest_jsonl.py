"""Spec articles in JSON and JSON Lines: fields, ids, and the skips for bad lines and bad objects."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from waqia.ingest import load_sources
from waqia.ingest.content import UnusableInputError
from waqia.ingest.jsonl import article_from_json
from waqia.model import Article, Skipped, SkipReason, make_article_id


def load_file(path: Path) -> list[Article | Skipped]:
    return list(load_sources([str(path)]))


def test_json_lines_yield_every_good_line_and_skip_the_malformed_one(ingest_data: Path) -> None:
    path = ingest_data / "articles.jsonl"
    items = load_file(path)
    assert [item.origin for item in items] == [f"{path}:{number}" for number in (1, 2, 3, 4)]
    assert [type(item) for item in items] == [Article, Article, Skipped, Article]
    skipped = items[2]
    assert isinstance(skipped, Skipped)
    assert skipped.reason is SkipReason.MALFORMED
    assert f"{path}:3" in skipped.detail


def test_json_article_fields_are_mapped(ingest_data: Path) -> None:
    first = load_file(ingest_data / "articles.json")[0]
    assert isinstance(first, Article)
    assert first.external_id == "ledger-0412"
    assert first.public_id == "ledger-0412"
    assert first.url == "https://news.example.com/2024/04/checkpoint-attack"
    assert first.title == "Militants attack checkpoint in hill district"
    assert first.source == "The Frontier Ledger"
    assert first.published_at == datetime(2024, 4, 12, 3, 15, tzinfo=UTC)
    assert first.article_id == make_article_id(url=first.url, text=first.text)
    assert first.text.startswith("Militants armed with rifles")


def test_the_same_article_gets_the_same_id_from_json_and_json_lines(ingest_data: Path) -> None:
    from_json = {
        item.external_id: item
        for item in load_file(ingest_data / "articles.json")
        if isinstance(item, Article)
    }
    lines = load_file(ingest_data / "articles.jsonl")
    from_lines = {item.external_id: item for item in lines if isinstance(item, Article)}
    shared = {"ledger-0412", "wire-77"}
    assert shared <= from_json.keys() & from_lines.keys()
    for external_id in shared:
        left, right = from_json[external_id], from_lines[external_id]
        assert isinstance(left, Article)
        assert isinstance(right, Article)
        assert left.article_id == right.article_id
        assert left.origin != right.origin


def test_html_field_goes_through_page_extraction(ingest_data: Path) -> None:
    article = load_file(ingest_data / "articles.jsonl")[3]
    assert isinstance(article, Article)
    assert article.text.startswith("Tribal elders from two villages")
    assert "Home | Archive" not in article.text
    assert article.title == "Tribal elders meet over land dispute"
    assert article.source == "Valley Post"
    assert article.language == "ur"  # the JSON's "ur-PK", reduced to ISO 639-1
    assert article.published_at == datetime(2024, 4, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-13", datetime(2024, 4, 13, tzinfo=UTC)),
        ("2024-04-13T10:00:00", datetime(2024, 4, 13, 10, tzinfo=UTC)),
        ("2024-04-13T10:00:00Z", datetime(2024, 4, 13, 10, tzinfo=UTC)),
        ("2024-04-13T10:00:00+05:00", datetime(2024, 4, 13, 5, tzinfo=UTC)),
        ("2024-04-13T01:00:00+05:00", datetime(2024, 4, 12, 20, tzinfo=UTC)),
        (None, None),
    ],
)
def test_published_at_becomes_aware_utc(value: str | None, expected: datetime | None) -> None:
    article = article_from_json({"text": "A rally was held.", "published_at": value}, origin="inline")
    assert article.published_at == expected
    assert article.published_at is None or article.published_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "reason", "detail_part"),
    [
        ({"id": "n1", "title": "No body"}, SkipReason.MALFORMED, '"text"'),
        ({"id": "n2", "text": 17}, SkipReason.MALFORMED, '"text"'),
        ({"id": "n3", "text": "   "}, SkipReason.EMPTY, "blank"),
        ({"text": "A march.", "published_at": "last Tuesday"}, SkipReason.MALFORMED, "published_at"),
        ({"text": "A march.", "published_at": 20240101}, SkipReason.MALFORMED, "published_at"),
        ({"text": "A march.", "url": ["x"]}, SkipReason.MALFORMED, '"url"'),
        ({"id": ["n7"], "text": "A march."}, SkipReason.MALFORMED, '"id"'),
        (["not", "an", "object"], SkipReason.MALFORMED, "not an article object"),
        ({"html": "<html><body><nav>Home</nav></body></html>"}, SkipReason.EMPTY, "no article text"),
    ],
)
def test_bad_article_object_is_rejected(value: object, reason: SkipReason, detail_part: str) -> None:
    with pytest.raises(UnusableInputError) as caught:
        article_from_json(value, origin="batch.jsonl:7")
    skipped = caught.value.to_skipped()
    assert skipped.reason is reason
    assert skipped.origin == "batch.jsonl:7"
    assert "batch.jsonl:7" in skipped.detail
    assert detail_part in skipped.detail


def test_bad_object_in_a_list_skips_only_that_item(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    good = {"id": "g", "text": "A clash was reported near the canal."}
    path.write_text(json.dumps([good, {"id": "b"}, good | {"id": "g2"}]), encoding="utf-8")
    items = load_file(path)
    assert [type(item) for item in items] == [Article, Skipped, Article]
    assert items[1].origin == f"{path}[1]"


def test_integer_id_is_kept_as_a_string() -> None:
    assert article_from_json({"id": 42, "text": "A sit-in."}, origin="x").external_id == "42"


def test_blank_lines_are_not_articles(tmp_path: Path) -> None:
    path = tmp_path / "gaps.jsonl"
    path.write_text('\n{"text": "A strike."}\n\n\n{"text": "Roads reopened."}\n', encoding="utf-8")
    items = load_file(path)
    assert [item.origin for item in items] == [f"{path}:2", f"{path}:5"]


def test_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path: Path) -> None:
    path = tmp_path / "separator.jsonl"
    path.write_text(
        json.dumps({"text": "First part.\u2028Second part."}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (article,) = load_file(path)
    assert isinstance(article, Article)
    assert article.text == "First part.\u2028Second part."
    assert article.origin == f"{path}:1"


@pytest.mark.parametrize("field", ["published", "date", "pubdate"])
def test_a_date_under_another_name_is_reported_once_per_input(
    tmp_path: Path, field: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": f"n{number}", "text": "Gunmen attacked a checkpoint.", field: "2024-05-02"}
        for number in (1, 2)
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    with caplog.at_level("WARNING", logger="waqia.ingest.jsonl"):
        items = load_file(path)
    assert all(isinstance(item, Article) and item.published_at is None for item in items)
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 1
    assert f'"{field}"' in warnings[0]
    assert "published_at" in warnings[0]
    assert str(path) in warnings[0]


def test_articles_with_published_at_give_no_date_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "feed.json"
    article = {"text": "Gunmen attacked a checkpoint.", "published_at": "2024-05-02", "date": "2 May"}
    path.write_text(json.dumps([article]), encoding="utf-8")
    with caplog.at_level("WARNING", logger="waqia.ingest.jsonl"):
        items = load_file(path)
    assert isinstance(items[0], Article)
    assert items[0].published_at is not None
    assert not caplog.records
