"""The team's tricky gold set: valid files, sound evidence, ACLED names and every promised trap covered."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime, timedelta
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

import pytest

from waqia.evaluate.spec_events import SpecEvent, parse_spec_lines
from waqia.model import ClaimStatus, DatePrecision, GeoPrecision, Role, SubEventType, Target

Article = dict[str, Any]
Event = dict[str, Any]

ARTICLE_FIELDS = {"id", "text", "published_at", "url", "title", "source", "language"}

# The spec's EVENT fields as the project's reader of the spec knows them, less the export-only event_id.
EVENT_FIELDS = {field.name for field in fields(SpecEvent)} - {"event_id"}
PRECISION_LENGTH = {
    DatePrecision.DAY: 10,
    DatePrecision.WEEK: 10,
    DatePrecision.MONTH: 7,
    DatePrecision.YEAR: 4,
}

URL_PATTERN = re.compile(r"https://[a-z0-9-]+(\.[a-z0-9-]+)*\.example/\S+")
DATELINE_DATE = re.compile(
    r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}) \("
)
DATELINE_PLACE = re.compile(r"([A-Z][A-Z .'-]+?)(?:,|:)")
NIGHT_RANGE = re.compile(r"night of [A-Z][a-z]+ (\d{1,2})-\d{1,2}")
MORE_THAN = re.compile(r"more than (\d+)", re.IGNORECASE)
ROSE_TO = re.compile(r"rose to (\w+)")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
}  # fmt: skip
HOME_COUNTRIES = {"Pakistan", "Afghanistan"}
ISKP = "Islamic State Khorasan Province"
BALOCH_GROUPS = {"Baloch Liberation Army", "Balochistan Liberation Front"}
FATA_AGENCY = re.compile(r"\b(Mohmand|Khyber|Kurram|Orakzai|Bajaur) Agency\b")

# Tag -> the fewest articles that must carry it: the categories of issue #3 and of the brief for this file.
REQUIRED_TAGS = {
    "date-weekday-same": 2, "date-yesterday-after-midnight": 2, "date-night-range": 2, "date-last-year": 2,
    "date-earlier-this-month": 2, "date-explicit-year": 2, "date-dateline-differs": 2,
    "place-near": 2, "place-area-of": 2, "place-district-suffix": 2, "place-police-lines-peshawar": 2,
    "place-bolan-kachhi": 2, "place-di-khan": 2, "place-besham-shangla": 2, "place-kp-abbreviation": 2,
    "place-fata-agency": 3, "place-afghanistan-province": 2, "place-foreign-country": 1,
    "place-name-also-person-or-group": 2, "place-filed-elsewhere": 2,
    "claim-faction-claims-parent-denies": 2, "claim-then-disowned": 2, "claim-none": 2,
    "claim-officials-blame": 2,
    "actor-victim-not-perpetrator": 2, "actor-security-operation": 2, "actor-iskp-variant": 3,
    "actor-bla-vs-blf": 2, "actor-haqqani": 2, "actor-lej": 2,
    "cas-number-words": 2, "cas-a-dozen": 2, "cas-dozens": 2, "cas-scores": 2, "cas-more-than-100": 2,
    "cas-at-least": 2, "cas-sum-over-clauses": 2, "cas-attacker-apart": 2, "cas-restated-toll": 2,
    "cas-toll-rising": 2, "cas-injured-words": 3,
    "kind-multiple-events": 2, "kind-background": 2, "kind-foiled-defused": 2, "kind-hypothetical": 2,
    "kind-agreement-ceasefire": 2, "kind-arrests": 2, "kind-group-change": 2, "kind-peaceful-protest": 2,
    "kind-protest-intervention": 2, "kind-drone-strike": 2, "kind-cross-border-shelling": 2,
    "kind-grenade": 2, "kind-abduction": 2,
    "none-floods": 1, "none-cricket": 1, "none-budget": 1, "none-film-review": 1, "none-court-verdict": 1,
    "none-court-verdict-with-background": 1, "none-hospital-statistics": 1, "none-election-rally": 1,
    "none-sports-clash": 1,
    "dedup-cluster": 6,
}  # fmt: skip
OPTIONAL_TAGS = {
    "date-last-week", "cas-more-than", "cas-including-not-summed", "claim-denied", "none-accident-not-attack",
    "none-threat-alert", "style-wire", "style-urdu-press", "style-feature", "style-brief",
}  # fmt: skip


class Case:
    """One gold article: its text, local publication time, events and tags."""

    def __init__(self, article: Article, events: list[Event], tags: list[str]) -> None:
        self.article_id: str = article["id"]
        self.text: str = article["text"]
        self.published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        self.events = events
        self.tags = tags

    @property
    def local_day(self) -> date:
        """The publication date in the article's own UTC offset, against which relative dates resolve."""
        return self.published.date()

    @property
    def main(self) -> list[Event]:
        return [event for event in self.events if event["role"] == Role.MAIN]

    def has(self, predicate: Callable[[Event], bool]) -> bool:
        return any(predicate(event) for event in self.events)


def read_jsonl(folder: Traversable, name: str) -> list[dict[str, Any]]:
    lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def gold_dir() -> Traversable:
    return files("waqia") / "data" / "gold"


@pytest.fixture(scope="module")
def articles(gold_dir: Traversable) -> list[Article]:
    return read_jsonl(gold_dir, "tricky_articles.jsonl")


@pytest.fixture(scope="module")
def gold(gold_dir: Traversable) -> list[dict[str, Any]]:
    return read_jsonl(gold_dir, "tricky.jsonl")


@pytest.fixture(scope="module")
def index(gold_dir: Traversable) -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = json.loads(
        gold_dir.joinpath("tricky_index.json").read_text(encoding="utf-8")
    )
    return loaded


@pytest.fixture(scope="module")
def cases(articles: list[Article], gold: list[dict[str, Any]], index: dict[str, list[str]]) -> list[Case]:
    events = {line["article_id"]: line["events"] for line in gold}
    return [
        Case(article, events.get(article["id"], []), index.get(article["id"], [])) for article in articles
    ]


@pytest.fixture(scope="module")
def events(cases: list[Case]) -> list[tuple[str, Event]]:
    return [(case.article_id, event) for case in cases for event in case.events]


@pytest.fixture(scope="module")
def actors() -> dict[str, str]:
    """Canonical actor name -> ACLED actor type, from the repository's actor dictionary."""
    text = (files("waqia") / "data" / "actors.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["canonical_name"]: row["actor_type"] for row in rows}


def test_articles_follow_the_spec_article_format(articles: list[Article]) -> None:
    problems = []
    for number, article in enumerate(articles, 1):
        published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        if set(article) != ARTICLE_FIELDS:
            problems.append(f"{article.get('id')}: fields {sorted(set(article) ^ ARTICLE_FIELDS)}")
        if article["id"] != f"tricky-{number:03d}":
            problems.append(f"{article['id']}: expected tricky-{number:03d}")
        if published.tzinfo is None or "T" not in article["published_at"]:
            problems.append(f"{article['id']}: published_at needs a time and an offset")
        if not 2023 <= published.year <= 2026:
            problems.append(f"{article['id']}: published {published.year}")
        if article["language"] != "en" or not URL_PATTERN.fullmatch(article["url"]):
            problems.append(f"{article['id']}: language or url")
        if not article["title"].strip() or not article["source"].strip():
            problems.append(f"{article['id']}: title or source")
    assert problems == []


def test_set_holds_at_least_40_articles_of_80_to_400_words(articles: list[Article]) -> None:
    assert len(articles) >= 40
    lengths = {article["id"]: len(article["text"].split()) for article in articles}
    assert {article_id: n for article_id, n in lengths.items() if not 80 <= n <= 400} == {}
    assert len({article["text"] for article in articles}) == len(articles)


def test_gold_and_index_have_one_entry_per_article(
    articles: list[Article], gold: list[dict[str, Any]], index: dict[str, list[str]]
) -> None:
    article_ids = [article["id"] for article in articles]
    assert [line["article_id"] for line in gold] == article_ids
    assert sorted(index) == sorted(article_ids)


def test_gold_reads_with_the_project_spec_reader(gold_dir: Traversable) -> None:
    lines = gold_dir.joinpath("tricky.jsonl").read_text(encoding="utf-8").splitlines()
    parsed = list(parse_spec_lines(lines, name="tricky.jsonl"))
    assert sum(len(article.events) for article in parsed) == sum(line.count('"role"') for line in lines)


def test_every_event_has_every_spec_field(events: list[tuple[str, Event]]) -> None:
    assert {
        article_id: sorted(set(event) ^ EVENT_FIELDS)
        for article_id, event in events
        if set(event) != EVENT_FIELDS
    } == {}


def _is_member(vocabulary: Callable[[Any], object], value: Any) -> bool:
    try:
        vocabulary(value)
    except ValueError:
        return False
    return True


# Field -> the enum whose values it must take; the target may also be null (protests, agreements).
VOCABULARIES: dict[str, Callable[[Any], object]] = {
    "role": Role,
    "date_precision": DatePrecision,
    "sub_event_type": SubEventType,
    "claim_status": ClaimStatus,
    "geo_precision": GeoPrecision,
    "target": lambda value: value if value is None else Target(value),
}


def test_events_use_acled_taxonomy_and_spec_vocabularies(events: list[tuple[str, Event]]) -> None:
    outside = {
        (article_id, name, event[name])
        for article_id, event in events
        for name, vocabulary in VOCABULARIES.items()
        if not _is_member(vocabulary, event[name])
    }
    assert outside == set()
    mismatched = {
        article_id
        for article_id, event in events
        if event["event_type"] != SubEventType(event["sub_event_type"]).event_type.value
    }
    assert mismatched == set()


def test_event_dates_match_their_precision(events: list[tuple[str, Event]]) -> None:
    for article_id, event in events:
        precision = DatePrecision(event["date_precision"])
        assert len(event["event_date"]) == PRECISION_LENGTH[precision], article_id
        # Padding "2024" or "2024-06" to a full date makes fromisoformat reject impossible months and days.
        date.fromisoformat(f"{event['event_date']}-01-01"[:10])
        if precision is DatePrecision.WEEK:
            assert date.fromisoformat(event["event_date"]).weekday() == 0, article_id


def test_main_events_happen_on_or_before_publication(cases: list[Case]) -> None:
    for case in cases:
        for event in case.main:
            assert event["event_date"] <= case.local_day.isoformat(), case.article_id
            assert event["event_date"] >= (case.local_day - timedelta(days=7)).isoformat(), case.article_id


def test_actor_names_are_canonical_names_of_the_actor_dictionary(
    events: list[tuple[str, Event]], actors: dict[str, str]
) -> None:
    unknown = {
        (article_id, name)
        for article_id, event in events
        for name in [event["perpetrator"], *event["claimed_by"], *event["denied_by"]]
        if name is not None and name not in actors
    }
    assert unknown == set()


def test_claim_lists_agree_with_claim_status(events: list[tuple[str, Event]]) -> None:
    for article_id, event in events:
        status = ClaimStatus(event["claim_status"])
        assert bool(event["claimed_by"]) == (
            status in {ClaimStatus.CLAIMED, ClaimStatus.CLAIMED_THEN_DENIED}
        ), article_id
        if status in {ClaimStatus.CLAIMED, ClaimStatus.CLAIMED_THEN_DENIED}:
            assert event["perpetrator"] in event["claimed_by"], article_id
        if status in {ClaimStatus.DENIED, ClaimStatus.CLAIMED_THEN_DENIED}:
            assert event["denied_by"], article_id
        # A defused device nobody claimed still has an actor: the force that disrupted it.
        if status is ClaimStatus.UNCLAIMED and event["event_type"] != "Strategic developments":
            assert event["perpetrator"] is None, article_id


def test_casualty_ranges_are_ordered(events: list[tuple[str, Event]]) -> None:
    for article_id, event in events:
        for kind in ("killed", "injured"):
            low, high = event[f"{kind}_min"], event[f"{kind}_max"]
            assert low is None or low >= 0, article_id
            assert low is None or high is None or low <= high, article_id
            assert high is None or low is not None, article_id


def test_places_use_plain_names_and_two_decimal_coordinates(events: list[tuple[str, Event]]) -> None:
    for article_id, event in events:
        assert event["admin2"] is None or not event["admin2"].endswith("District"), article_id
        assert event["country"], article_id
        assert event["admin1"], article_id
        assert event["location"], article_id
        for axis in ("latitude", "longitude"):
            assert round(event[axis], 2) == event[axis], article_id
        if event["country"] == "Pakistan":
            assert 23 < event["latitude"] < 38, article_id
            assert 60 < event["longitude"] < 78, article_id
        if event["country"] == "Afghanistan":
            assert 29 < event["latitude"] < 39, article_id
            assert 60 < event["longitude"] < 75, article_id


def test_evidence_spans_are_whole_sentences_inside_the_text(cases: list[Case]) -> None:
    for case in cases:
        for event in case.events:
            assert event["evidence"], case.article_id
            for span in event["evidence"]:
                assert 0 <= span["start"] < span["end"] <= len(case.text), case.article_id
                piece = case.text[span["start"] : span["end"]]
                assert piece.strip(), case.article_id
                assert piece == piece.strip(), (case.article_id, piece)
                assert "\n" not in piece, (case.article_id, piece)
                assert span["start"] == 0 or case.text[span["start"] - 1] in " \n", (case.article_id, piece)
                assert piece[-1] in '.")', (case.article_id, piece)


def test_three_events_are_reported_by_several_articles_with_different_tolls(cases: list[Case]) -> None:
    reporters: defaultdict[str, set[str]] = defaultdict(set)
    tolls: defaultdict[str, set[int | None]] = defaultdict(set)
    for case in cases:
        for event in case.main:
            reporters[event["event_key"]].add(case.article_id)
            tolls[event["event_key"]].add(event["killed_min"])
    clusters = [key for key, articles in reporters.items() if len(articles) >= 2]
    assert len(clusters) >= 3
    assert all(len(tolls[key]) > 1 for key in clusters)


def test_at_least_eight_articles_report_no_event(cases: list[Case]) -> None:
    assert sum(not case.events for case in cases) >= 8


def test_index_uses_known_tags(index: dict[str, list[str]]) -> None:
    known = set(REQUIRED_TAGS) | OPTIONAL_TAGS
    assert {tag for tags in index.values() for tag in tags} - known == set()


@pytest.mark.parametrize(("tag", "minimum"), sorted(REQUIRED_TAGS.items()))
def test_each_category_is_covered(index: dict[str, list[str]], tag: str, minimum: int) -> None:
    assert sum(tag in tags for tags in index.values()) >= minimum


def _dateline_differs(case: Case) -> bool:
    found = DATELINE_DATE.search(case.text[:80])
    return found is not None and any(
        int(event["event_date"][8:]) != int(found.group(2)) for event in case.main
    )


def _filed_elsewhere(case: Case) -> bool:
    found = DATELINE_PLACE.match(case.text)
    if found is None:
        return False
    dateline = found.group(1).strip().casefold()
    return any(
        dateline not in {event["location"].casefold(), (event["admin2"] or "").casefold()}
        for event in case.main
    )


def _night_range(case: Case) -> bool:
    found = NIGHT_RANGE.search(case.text)
    return found is not None and case.has(lambda event: int(event["event_date"][8:10]) == int(found.group(1)))


def _more_than(case: Case) -> bool:
    figures = {int(number) + 1 for number in MORE_THAN.findall(case.text)}
    return case.has(lambda event: event["killed_min"] in figures or event["injured_min"] in figures)


def _toll_rising(case: Case) -> bool:
    figures = {
        NUMBER_WORDS.get(word.lower(), int(word) if word.isdigit() else -1)
        for word in ROSE_TO.findall(case.text)
    }
    return case.has(lambda event: event["killed_min"] in figures)


def _number_words(case: Case) -> bool:
    words = {NUMBER_WORDS[word] for word in re.findall(r"[a-z]+", case.text.lower()) if word in NUMBER_WORDS}
    # A figure may be the sum of two clauses written in words ("nine terrorists ... two soldiers").
    figures = words | {first + second for first in words for second in words}
    return case.has(lambda event: event["killed_min"] in figures or event["injured_min"] in figures)


def _names_an_unacting_group(case: Case, actors: dict[str, str]) -> bool:
    acting = {name for event in case.events for name in [event["perpetrator"], *event["claimed_by"]]}
    named = {name for name, kind in actors.items() if kind != "State forces" and name in case.text}
    return bool(named - acting)


def _state_operation(case: Case, actors: dict[str, str]) -> bool:
    return case.has(
        lambda event: (
            actors.get(event["perpetrator"] or "") == "State forces" and event["target"] == "militants"
        )
    )


def _former_agency(case: Case) -> bool:
    agencies = set(FATA_AGENCY.findall(case.text))
    return case.has(lambda event: event["admin2"] in agencies)


def _any_sub_type(*sub_types: str) -> Callable[[Case], bool]:
    return lambda case: case.has(lambda event: event["sub_event_type"] in sub_types)


# Tag -> what the labels of an article carrying it must show; the check that the index tells the truth.
TAG_CHECKS: dict[str, Callable[[Case], bool]] = {
    "date-weekday-same": lambda case: any(e["event_date"] == case.local_day.isoformat() for e in case.main),
    "date-yesterday-after-midnight": lambda case: (
        case.published.hour < 3
        and any(e["event_date"] == (case.local_day - timedelta(days=1)).isoformat() for e in case.main)
    ),
    "date-night-range": _night_range,
    "date-last-year": lambda case: (
        "last year" in case.text
        and case.has(
            lambda e: e["event_date"][:4] == str(case.local_day.year - 1) and e["date_precision"] != "day"
        )
    ),
    "date-earlier-this-month": lambda case: (
        "earlier this month" in case.text
        and case.has(
            lambda e: e["date_precision"] == "month" and e["event_date"] == case.local_day.isoformat()[:7]
        )
    ),
    "date-last-week": lambda case: case.has(
        lambda e: (
            e["date_precision"] == "week"
            and date.fromisoformat(e["event_date"])
            == case.local_day - timedelta(days=case.local_day.weekday() + 7)
        )
    ),
    "date-explicit-year": lambda case: case.has(
        lambda e: e["event_date"][:4] in case.text and int(e["event_date"][:4]) < case.local_day.year
    ),
    "date-dateline-differs": _dateline_differs,
    "place-near": lambda case: (
        re.search(r"\b(near|outskirts)\b", case.text) is not None
        and case.has(lambda e: e["geo_precision"] == 2)
    ),
    "place-area-of": lambda case: case.has(
        lambda e: re.search(rf"{re.escape(e['location'])} (area|valley|neighbourhood)", case.text) is not None
    ),
    "place-district-suffix": lambda case: case.has(
        lambda e: e["geo_precision"] == 3 and f"{e['location']} district" in case.text
    ),
    "place-police-lines-peshawar": lambda case: case.has(
        lambda e: e["location"] == "Police Lines" and e["admin2"] == "Peshawar"
    ),
    "place-bolan-kachhi": lambda case: "Bolan" in case.text and case.has(lambda e: e["admin2"] == "Kachhi"),
    "place-di-khan": lambda case: (
        "D.I. Khan" in case.text and case.has(lambda e: e["admin2"] == "Dera Ismail Khan")
    ),
    "place-besham-shangla": lambda case: case.has(
        lambda e: e["location"] == "Besham" and e["admin2"] == "Shangla"
    ),
    "place-kp-abbreviation": lambda case: (
        re.search(r"\bKPK?\b", case.text) is not None
        and case.has(lambda e: e["admin1"] == "Khyber Pakhtunkhwa")
    ),
    "place-fata-agency": _former_agency,
    "place-afghanistan-province": lambda case: case.has(lambda e: e["country"] == "Afghanistan"),
    "place-foreign-country": lambda case: case.has(lambda e: e["country"] not in HOME_COUNTRIES),
    "place-filed-elsewhere": _filed_elsewhere,
    "claim-faction-claims-parent-denies": lambda case: case.has(
        lambda e: e["claim_status"] == "claimed" and e["denied_by"] and e["denied_by"] != e["claimed_by"]
    ),
    "claim-then-disowned": lambda case: case.has(
        lambda e: e["claim_status"] == "claimed_then_denied" and e["denied_by"] == e["claimed_by"]
    ),
    "claim-none": lambda case: "claim" in case.text and case.has(lambda e: e["claim_status"] == "unclaimed"),
    "claim-officials-blame": lambda case: (
        case.has(lambda e: e["claim_status"] == "attributed")
        or (
            re.search(r"\b(blam|accus)", case.text) is not None
            and case.has(lambda e: e["perpetrator"] is not None)
        )
    ),
    "claim-denied": lambda case: case.has(
        lambda e: e["claim_status"] == "denied" and e["perpetrator"] in e["denied_by"]
    ),
    "actor-iskp-variant": lambda case: (
        ISKP not in case.text and case.has(lambda e: e["perpetrator"] == ISKP or ISKP in e["claimed_by"])
    ),
    "actor-bla-vs-blf": lambda case: case.has(lambda e: e["perpetrator"] in BALOCH_GROUPS),
    "actor-haqqani": lambda case: "Haqqani" in case.text,
    "actor-lej": lambda case: case.has(lambda e: e["perpetrator"] == "Lashkar-e-Jhangvi"),
    "cas-a-dozen": lambda case: (
        "a dozen" in case.text.lower()
        and case.has(
            lambda e: 12 == e["killed_min"] == e["killed_max"] or 12 == e["injured_min"] == e["injured_max"]
        )
    ),
    "cas-dozens": lambda case: (
        "dozens" in case.text.lower()
        and case.has(
            lambda e: (
                ((e["killed_min"] or 0) >= 12 and e["killed_max"] is None)
                or ((e["injured_min"] or 0) >= 12 and e["injured_max"] is None)
            )
        )
    ),
    "cas-scores": lambda case: (
        "scores" in case.text.lower()
        and case.has(lambda e: e["killed_min"] == 40 and e["killed_max"] is None)
    ),
    "cas-more-than-100": lambda case: (
        "more than 100" in case.text
        and case.has(lambda e: e["killed_min"] == 101 and e["killed_max"] is None)
    ),
    "cas-more-than": _more_than,
    "cas-at-least": lambda case: (
        "at least" in case.text.lower()
        and case.has(lambda e: e["killed_min"] is not None and e["killed_max"] is None)
    ),
    "cas-toll-rising": _toll_rising,
    "cas-number-words": _number_words,
    "cas-injured-words": lambda case: (
        re.search(r"wounded|hurt|sustained injuries|injured", case.text) is not None
        and case.has(lambda e: e["injured_min"] is not None)
    ),
    "kind-multiple-events": lambda case: len(case.events) >= 2,
    "kind-background": lambda case: case.has(lambda e: e["role"] == Role.BACKGROUND),
    "kind-foiled-defused": _any_sub_type("Disrupted weapons use"),
    "kind-hypothetical": lambda case: re.search(r"\b(could|might|planning)\b", case.text) is not None,
    "kind-agreement-ceasefire": _any_sub_type("Agreement"),
    "kind-arrests": _any_sub_type("Arrests"),
    "kind-group-change": _any_sub_type("Change to group/activity"),
    "kind-peaceful-protest": _any_sub_type("Peaceful protest"),
    "kind-protest-intervention": _any_sub_type("Protest with intervention"),
    "kind-drone-strike": _any_sub_type("Air/drone strike"),
    "kind-cross-border-shelling": _any_sub_type("Shelling/artillery/missile attack"),
    "kind-grenade": _any_sub_type("Grenade"),
    "kind-abduction": _any_sub_type("Abduction/forced disappearance"),
    "none-court-verdict-with-background": lambda case: bool(case.events) and not case.main,
}


@pytest.mark.parametrize("tag", sorted(TAG_CHECKS))
def test_tagged_articles_show_what_the_tag_promises(cases: list[Case], tag: str) -> None:
    tagged = [case for case in cases if tag in case.tags]
    assert tagged, tag
    assert [case.article_id for case in tagged if not TAG_CHECKS[tag](case)] == []


@pytest.mark.parametrize(
    ("tag", "check"),
    [
        ("actor-victim-not-perpetrator", _names_an_unacting_group),
        ("actor-security-operation", _state_operation),
    ],
)
def test_actor_tags_show_what_they_promise(
    cases: list[Case], actors: dict[str, str], tag: str, check: Callable[[Case, dict[str, str]], bool]
) -> None:
    tagged = [case for case in cases if tag in case.tags]
    assert tagged
    assert [case.article_id for case in tagged if not check(case, actors)] == []


def test_articles_without_events_carry_a_none_tag_and_only_them(cases: list[Case]) -> None:
    for case in cases:
        none_tags = [tag for tag in case.tags if tag.startswith("none-")]
        assert bool(none_tags) == (not case.main), case.article_id


def test_cluster_tag_marks_exactly_the_shared_event_keys(cases: list[Case]) -> None:
    reporters: Counter[str] = Counter(
        key for case in cases for key in {event["event_key"] for event in case.main}
    )
    for case in cases:
        shared = any(reporters[event["event_key"]] > 1 for event in case.main)
        assert shared == ("dedup-cluster" in case.tags), case.article_id
