"""The bundled demo sample through ingest: one article per gold line, with the gold's ids, from any folder."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

import pytest

from waqia.ingest import HttpClient, find_demo_sources, load_sources
from waqia.ingest.http import HttpResponse
from waqia.model import Article, Skipped

NOW = datetime(2026, 2, 1, tzinfo=UTC)


class OfflineClient(HttpClient):
    """Records the URLs ingest asks for and fetches none: the demo feed carries its full text."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def fetch(self, url: str) -> HttpResponse:
        self.asked.append(url)
        raise AssertionError(f"the demo sample made ingest fetch {url}")


def ingest(sources: list[str]) -> tuple[list[Article], list[Skipped], list[str]]:
    client = OfflineClient()
    items = list(load_sources(sources, http=client, now=lambda: NOW))
    articles = [item for item in items if isinstance(item, Article)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    return articles, skipped, client.asked


@pytest.fixture(scope="module")
def gold_ids() -> list[str]:
    lines = (files("waqia") / "data" / "demo" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["article_id"] for line in lines if line.strip()]


@pytest.fixture(scope="module")
def demo_articles() -> list[Article]:
    articles, skipped, asked = ingest(find_demo_sources())
    assert (skipped, asked) == ([], [])
    return articles


def test_the_demo_sources_are_every_input_of_the_sample() -> None:
    names = sorted(Path(source).name for source in find_demo_sources())
    assert names == ["articles.jsonl", "feed.xml", "pages", "text"]


def test_every_gold_article_id_is_produced_by_ingest(
    demo_articles: list[Article], gold_ids: list[str]
) -> None:
    produced = [article.public_id for article in demo_articles]
    assert sorted(set(gold_ids) - set(produced)) == [], "gold ids that ingest does not produce"
    assert sorted(set(produced) - set(gold_ids)) == [], "demo articles without a gold line"
    assert len(produced) == len(set(produced)) == len(gold_ids)


def test_ids_do_not_depend_on_where_the_sample_lies(tmp_path: Path, gold_ids: list[str]) -> None:
    # Ids come from the input's own id, the canonical URL or entry link, or the text: never from a path.
    for source in map(Path, find_demo_sources()):
        if source.is_dir():
            shutil.copytree(source, tmp_path / source.name)
        else:
            shutil.copyfile(source, tmp_path / source.name)
    moved, skipped, _ = ingest([str(tmp_path)])
    assert skipped == []
    assert sorted(article.public_id for article in moved) == sorted(gold_ids)
