"""The held-out non-event gold set: valid files, 90 articles without a main event, 44 with exactly one."""

from __future__ import annotations

import re
from datetime import datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import pytest

# pytest's default import mode puts this folder on sys.path, so the tricky set's helpers import by name.
import test_tricky_gold as tricky

from waqia.evaluate.spec_events import parse_spec_lines

Article = dict[str, Any]
Event = dict[str, Any]

# 30 in the first batch and 20 in each of the second, third, fourth and fifth; two of the second, three of
# the fourth and one of the fifth carry only a background event, a dated past attack that they recall.
NONEVENT_COUNT = 110
# The 12 + 10 + 10 + 10 + 10 look-alikes, plus an accident story and a crime story whose text also reports a
# protest.
ONE_EVENT_COUNT = 54
# Three in the second batch, four in the fourth (three in non-event articles, one in a look-alike), one in
# the fifth.
BACKGROUND_COUNT = 8
# Words that also name violence: every non-event article must be full of them, or it tests nothing.
VIOLENT_WORD = re.compile(
    r"\b(attack\w*|blast\w*|bomb\w*|explo\w*|kill\w*|shots?|shoot\w*|fir(e|ed|es|ing)|struck|strike\w*|"
    r"battle|war|warriors?|clash\w*|kidnap\w*|abduct\w*|wounded|injured|dead|died|bodies|swept|buried|gun\w*|"
    r"knock\w*|suicide|armed|pistols?|raid\w*|ambush\w*|fight\w*|fought|broadside|loot\w*)\b",
    re.IGNORECASE,
)
MIN_VIOLENT_WORDS = 2
ARTICLE_ID = re.compile(r"nonevent-\d{3}")

# The tricky set's label checks, collected here again and run against this set's fixtures of the same names.
test_every_event_has_every_spec_field = tricky.test_every_event_has_every_spec_field
test_events_use_acled_taxonomy_and_spec_vocabularies = (
    tricky.test_events_use_acled_taxonomy_and_spec_vocabularies
)
test_event_dates_match_their_precision = tricky.test_event_dates_match_their_precision
test_main_events_happen_on_or_before_publication = tricky.test_main_events_happen_on_or_before_publication
test_actor_names_are_canonical_names_of_the_actor_dictionary = (
    tricky.test_actor_names_are_canonical_names_of_the_actor_dictionary
)
test_claim_lists_agree_with_claim_status = tricky.test_claim_lists_agree_with_claim_status
test_casualty_ranges_are_ordered = tricky.test_casualty_ranges_are_ordered
test_places_use_plain_names_and_two_decimal_coordinates = (
    tricky.test_places_use_plain_names_and_two_decimal_coordinates
)
test_evidence_spans_are_whole_sentences_inside_the_text = (
    tricky.test_evidence_spans_are_whole_sentences_inside_the_text
)
actors = tricky.actors


@pytest.fixture(scope="module")
def gold_dir() -> Traversable:
    return files("waqia") / "data" / "gold"


@pytest.fixture(scope="module")
def articles(gold_dir: Traversable) -> list[Article]:
    lines: list[dict[str, Any]] = tricky.read_jsonl(gold_dir, "nonevents_articles.jsonl")
    return lines


@pytest.fixture(scope="module")
def gold(gold_dir: Traversable) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = tricky.read_jsonl(gold_dir, "nonevents.jsonl")
    return lines


@pytest.fixture(scope="module")
def cases(articles: list[Article], gold: list[dict[str, Any]]) -> list[tricky.Case]:
    events = {line["article_id"]: line["events"] for line in gold}
    return [tricky.Case(article, events.get(article["id"], []), []) for article in articles]


@pytest.fixture(scope="module")
def events(cases: list[tricky.Case]) -> list[tuple[str, Event]]:
    return [(case.article_id, event) for case in cases for event in case.events]


def test_articles_follow_the_spec_article_format(articles: list[Article]) -> None:
    problems = []
    for number, article in enumerate(articles, 1):
        published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        if set(article) != tricky.ARTICLE_FIELDS:
            problems.append(f"{article.get('id')}: fields {sorted(set(article) ^ tricky.ARTICLE_FIELDS)}")
        if article["id"] != f"nonevent-{number:03d}":
            problems.append(f"{article['id']}: expected nonevent-{number:03d}")
        if published.tzinfo is None or "T" not in article["published_at"]:
            problems.append(f"{article['id']}: published_at needs a time and an offset")
        if article["language"] != "en" or not tricky.URL_PATTERN.fullmatch(article["url"]):
            problems.append(f"{article['id']}: language or url")
        if not article["title"].strip() or not article["source"].strip():
            problems.append(f"{article['id']}: title or source")
    assert problems == []


def test_set_holds_164_distinct_articles_of_120_to_350_words(articles: list[Article]) -> None:
    assert len(articles) == NONEVENT_COUNT + ONE_EVENT_COUNT
    lengths = {article["id"]: len(article["text"].split()) for article in articles}
    assert {article_id: n for article_id, n in lengths.items() if not 120 <= n <= 350} == {}
    assert len({article["text"] for article in articles}) == len(articles)
    assert len({article["url"] for article in articles}) == len(articles)


def test_gold_has_one_line_per_article_in_order(articles: list[Article], gold: list[dict[str, Any]]) -> None:
    assert [line["article_id"] for line in gold] == [article["id"] for article in articles]


def test_gold_reads_with_the_project_spec_reader(gold_dir: Traversable) -> None:
    lines = gold_dir.joinpath("nonevents.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = list(parse_spec_lines(lines, name="nonevents.jsonl"))
    assert len(parsed) == len(lines)
    assert sum(len(article.events) for article in parsed) == sum(line.count('"role"') for line in lines)


def test_90_articles_have_no_main_event_and_44_have_exactly_one(cases: list[tricky.Case]) -> None:
    counts = [len(case.main) for case in cases]
    assert counts.count(0) == NONEVENT_COUNT
    assert counts.count(1) == ONE_EVENT_COUNT
    assert sum(len(case.events) - len(case.main) for case in cases) == BACKGROUND_COUNT


def test_each_look_alike_reports_its_own_event(events: list[tuple[str, Event]]) -> None:
    # Background events may recall one incident in several articles; main events are each new.
    keys = [event["event_key"] for _, event in events if event["role"] == "main"]
    assert len(set(keys)) == len(keys)
    for article_id, event in events:
        assert event["event_key"].startswith(event["event_date"]), article_id


def test_nonevent_articles_are_full_of_words_that_also_name_violence(cases: list[tricky.Case]) -> None:
    counts = {case.article_id: len(VIOLENT_WORD.findall(case.text)) for case in cases if not case.main}
    assert {article_id: n for article_id, n in counts.items() if n < MIN_VIOLENT_WORDS} == {}


def test_readme_names_the_genre_of_every_article(gold_dir: Traversable, articles: list[Article]) -> None:
    readme = gold_dir.joinpath("NONEVENTS.md").read_text(encoding="utf-8")
    listed = set(ARTICLE_ID.findall(readme))
    assert {article["id"] for article in articles} <= listed
