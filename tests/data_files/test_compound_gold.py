"""The compound-sentence gold batch: valid files, sound evidence and every promised joint covered."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import pytest

# pytest's default import mode puts this folder on sys.path, so the tricky set's helpers import by name.
import test_tricky_gold as tricky

from waqia.evaluate.spec_events import parse_spec_lines
from waqia.model import Role

Article = dict[str, Any]
Event = dict[str, Any]
Span = tuple[int, int]

ARTICLE_COUNT = 36
ARTICLE_ID = re.compile(r"compound-\d{3}")
HOME_COUNTRIES = {"Pakistan", "Afghanistan"}

# Tag -> the fewest articles that must carry it (the brief of session 10).
REQUIRED_TAGS = {
    "two-in-one-sentence": 20, "one-across-clauses": 16, "three-in-one-sentence": 2,
    "joint-semicolon": 5, "joint-while": 5, "joint-meanwhile-and": 4, "joint-recalled": 3,
    "defused-elsewhere": 1, "hospital-elsewhere": 1, "attacker-apart": 1, "undated-recall": 1,
    "toll-across-clauses": 1, "nonevent-sentence": 4, "pak-afg": 15, "abroad": 15,
}  # fmt: skip
# Joint -> the fewest two-incident articles that must use it; the controls come on top.
SPLIT_JOINTS = {"joint-semicolon": 5, "joint-while": 5, "joint-meanwhile-and": 4, "joint-recalled": 3}
JOINT_WORDS = {
    "joint-semicolon": re.compile(r";"),
    "joint-while": re.compile(r"\b(while|whereas)\b"),
    "joint-meanwhile-and": re.compile(r"\bmeanwhile\b|, and\b|\band (separately|then)\b|\u2014"),
    "joint-recalled": re.compile(r"\b(19|20)\d\d\b"),
}
NONEVENT_WORDS = re.compile(r"\b(cricket|T20|floods?|typhoon|football)\b")
HOSPITAL_TOWN = re.compile(r"[Hh]ospital in ([A-Z][a-z]+)")

# The tricky set's label checks, collected here again and run against this batch's fixtures of the same names.
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
    lines: list[dict[str, Any]] = tricky.read_jsonl(gold_dir, "compound_articles.jsonl")
    return lines


@pytest.fixture(scope="module")
def gold(gold_dir: Traversable) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = tricky.read_jsonl(gold_dir, "compound.jsonl")
    return lines


@pytest.fixture(scope="module")
def index(gold_dir: Traversable) -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = json.loads(
        gold_dir.joinpath("compound_index.json").read_text(encoding="utf-8")
    )
    return loaded


@pytest.fixture(scope="module")
def cases(
    articles: list[Article], gold: list[dict[str, Any]], index: dict[str, list[str]]
) -> list[tricky.Case]:
    events = {line["article_id"]: line["events"] for line in gold}
    return [
        tricky.Case(article, events.get(article["id"], []), index.get(article["id"], []))
        for article in articles
    ]


@pytest.fixture(scope="module")
def events(cases: list[tricky.Case]) -> list[tuple[str, Event]]:
    return [(case.article_id, event) for case in cases for event in case.events]


def test_articles_follow_the_spec_article_format(articles: list[Article]) -> None:
    problems = []
    for number, article in enumerate(articles, 1):
        published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        if set(article) != tricky.ARTICLE_FIELDS:
            problems.append(f"{article.get('id')}: fields {sorted(set(article) ^ tricky.ARTICLE_FIELDS)}")
        if article["id"] != f"compound-{number:03d}":
            problems.append(f"{article['id']}: expected compound-{number:03d}")
        if published.tzinfo is None or "T" not in article["published_at"]:
            problems.append(f"{article['id']}: published_at needs a time and an offset")
        if not "2024-01" <= article["published_at"][:7] <= "2026-10":
            problems.append(f"{article['id']}: published {article['published_at']}")
        if article["language"] != "en" or not tricky.URL_PATTERN.fullmatch(article["url"]):
            problems.append(f"{article['id']}: language or url")
        if not article["title"].strip() or not article["source"].strip():
            problems.append(f"{article['id']}: title or source")
    assert problems == []


def test_batch_holds_36_distinct_articles_of_70_to_220_words(articles: list[Article]) -> None:
    assert len(articles) == ARTICLE_COUNT
    lengths = {article["id"]: len(article["text"].split()) for article in articles}
    assert {article_id: n for article_id, n in lengths.items() if not 70 <= n <= 220} == {}
    assert len({article["id"] for article in articles}) == len(articles)
    assert len({article["text"] for article in articles}) == len(articles)
    assert len({article["url"] for article in articles}) == len(articles)


def test_gold_and_index_have_one_entry_per_article_in_order(
    articles: list[Article], gold: list[dict[str, Any]], index: dict[str, list[str]]
) -> None:
    article_ids = [article["id"] for article in articles]
    assert [line["article_id"] for line in gold] == article_ids
    assert list(index) == article_ids


def test_gold_reads_with_the_project_spec_reader(gold_dir: Traversable) -> None:
    lines = gold_dir.joinpath("compound.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = list(parse_spec_lines(lines, name="compound.jsonl"))
    assert len(parsed) == len(lines)
    assert sum(len(article.events) for article in parsed) == sum(line.count('"role"') for line in lines)


def test_evidence_ends_on_a_sentence_boundary(cases: list[tricky.Case]) -> None:
    for case in cases:
        for event in case.events:
            for span in event["evidence"]:
                assert span["end"] == len(case.text) or case.text[span["end"]] in " \n", case.article_id


def test_every_article_has_a_main_event_and_each_event_its_own_key(cases: list[tricky.Case]) -> None:
    assert all(case.main for case in cases)
    keys = [event["event_key"] for case in cases for event in case.events]
    assert len(set(keys)) == len(keys)
    for case in cases:
        for event in case.events:
            assert event["event_key"].startswith(event["event_date"]), case.article_id


def test_index_uses_known_tags(index: dict[str, list[str]]) -> None:
    assert {tag for tags in index.values() for tag in tags} - set(REQUIRED_TAGS) == set()


@pytest.mark.parametrize(("tag", "minimum"), sorted(REQUIRED_TAGS.items()))
def test_each_tag_is_covered(index: dict[str, list[str]], tag: str, minimum: int) -> None:
    assert sum(tag in tags for tags in index.values()) >= minimum


@pytest.mark.parametrize(("joint", "minimum"), sorted(SPLIT_JOINTS.items()))
def test_each_joint_splits_enough_sentences(index: dict[str, list[str]], joint: str, minimum: int) -> None:
    assert sum(joint in tags and "two-in-one-sentence" in tags for tags in index.values()) >= minimum


def test_both_halves_hold_both_kinds(index: dict[str, list[str]]) -> None:
    for parity in (0, 1):
        half = [tags for article_id, tags in index.items() if int(article_id[-3:]) % 2 == parity]
        assert sum("two-in-one-sentence" in tags for tags in half) >= 8
        assert sum("one-across-clauses" in tags for tags in half) >= 6


def _spans(event: Event) -> set[Span]:
    return {(span["start"], span["end"]) for span in event["evidence"]}


def _shared(case: tricky.Case) -> Counter[Span]:
    """Evidence spans -> how many of the article's events cite them."""
    return Counter(span for event in case.events for span in _spans(event))


def _packed(case: tricky.Case) -> list[str]:
    """The packed sentence: cited by two or more events, or else the lone event's first sentence."""
    shared = [span for span, count in _shared(case).items() if count >= 2]
    if not shared:
        first = case.main[0]["evidence"][0]
        shared = [(first["start"], first["end"])]
    return [case.text[start:end] for start, end in shared]


def _splits(events_needed: int) -> Callable[[tricky.Case], bool]:
    return lambda case: max(_shared(case).values()) >= events_needed


def _recalls(case: tricky.Case) -> bool:
    background = [_spans(e) for e in case.events if e["role"] == Role.BACKGROUND]
    return any(spans & _spans(main) for spans in background for main in case.main)


def _defused_elsewhere(case: tricky.Case) -> bool:
    defused = {e["location"] for e in case.main if e["sub_event_type"] == "Disrupted weapons use"}
    killed = {e["location"] for e in case.main if (e["killed_min"] or 0) >= 1}
    return bool(defused) and bool(killed - defused)


def _hospital_elsewhere(case: tricky.Case) -> bool:
    towns = set(HOSPITAL_TOWN.findall(case.text))
    places = {name for e in case.main for name in (e["location"], e["admin2"])}
    return bool(towns) and not towns & places


def _nonevent_sentence(case: tricky.Case) -> bool:
    """The text has a flood, match or storm sentence, and no event cites it."""
    cited = set().union(*(_spans(event) for event in case.events))
    return NONEVENT_WORDS.search(case.text) is not None and all(
        NONEVENT_WORDS.search(case.text[start:end]) is None for start, end in cited
    )


def _joined_by(words: re.Pattern[str]) -> Callable[[tricky.Case], bool]:
    return lambda case: any(words.search(sentence) for sentence in _packed(case))


def _one_event(case: tricky.Case) -> bool:
    return len(case.events) == len(case.main) == 1


# Tag -> what the labels of an article carrying it must show; the check that the index tells the truth.
TAG_CHECKS: dict[str, Callable[[tricky.Case], bool]] = {
    "two-in-one-sentence": _splits(2),
    "three-in-one-sentence": _splits(3),
    "one-across-clauses": _one_event,
    "joint-recalled": lambda case: (
        _recalls(case) and any(JOINT_WORDS["joint-recalled"].search(s) for s in _packed(case))
    ),
    "defused-elsewhere": _defused_elsewhere,
    "hospital-elsewhere": _hospital_elsewhere,
    "attacker-apart": lambda case: "bomber also died" in case.text and _one_event(case),
    "undated-recall": lambda case: _one_event(case) and re.search(r"\bbefore\b", case.text) is not None,
    "toll-across-clauses": lambda case: (
        _one_event(case) and (case.main[0]["killed_min"] or 0) + (case.main[0]["injured_min"] or 0) >= 3
    ),
    "nonevent-sentence": _nonevent_sentence,
    "pak-afg": lambda case: all(e["country"] in HOME_COUNTRIES for e in case.events),
    "abroad": lambda case: all(e["country"] not in HOME_COUNTRIES for e in case.events),
    **{joint: _joined_by(words) for joint, words in JOINT_WORDS.items() if joint != "joint-recalled"},
}


@pytest.mark.parametrize("tag", sorted(TAG_CHECKS))
def test_tagged_articles_show_what_the_tag_promises(cases: list[tricky.Case], tag: str) -> None:
    tagged = [case for case in cases if tag in case.tags]
    assert tagged, tag
    assert [case.article_id for case in tagged if not TAG_CHECKS[tag](case)] == []


def test_each_article_is_either_split_or_a_control(index: dict[str, list[str]]) -> None:
    for article_id, tags in index.items():
        assert ("two-in-one-sentence" in tags) != ("one-across-clauses" in tags), article_id
        assert ("pak-afg" in tags) != ("abroad" in tags), article_id
        assert [tag for tag in tags if tag.startswith("joint-")], article_id


def test_readme_lists_every_article(gold_dir: Traversable, articles: list[Article]) -> None:
    readme = gold_dir.joinpath("COMPOUND.md").read_text(encoding="utf-8")
    assert {article["id"] for article in articles} <= set(ARTICLE_ID.findall(readme))
