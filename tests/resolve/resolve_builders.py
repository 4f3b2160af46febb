"""Hand-built reports for the resolution tests: places, groups, mentions and features (no spaCy)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from importlib.resources import files
from itertools import combinations
from typing import Any

from waqia.model import (
    Actor,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.resolve.features import MentionFeatures, describe_mention

BASE_DAY = date(2025, 3, 10)
PUBLISHED = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def town(name: str, admin2: str, admin1: str, lat: float, lon: float, **changes: Any) -> Place:
    values: dict[str, Any] = {
        "name": name,
        "country": "Pakistan",
        "country_code": "PK",
        "admin1": admin1,
        "admin2": admin2,
        "latitude": lat,
        "longitude": lon,
        "geo_precision": GeoPrecision.TOWN,
        "geocoder": "test",
    }
    values.update(changes)
    return Place(**values)


PESHAWAR = town("Peshawar", "Peshawar", "Khyber Pakhtunkhwa", 34.008, 71.578)
QUETTA = town("Quetta", "Quetta", "Balochistan", 30.184, 67.001)
BANNU = town("Bannu", "Bannu", "Khyber Pakhtunkhwa", 32.985, 70.604)
TURBAT = town("Turbat", "Kech", "Balochistan", 26.001, 63.048)
TTP = Actor(name="Tehreek-e-Taliban Pakistan")
JUA = Actor(name="Jamaat-ul-Ahrar", parent="Tehreek-e-Taliban Pakistan")
BLA = Actor(name="Baloch Liberation Army")


def day_span(value: date) -> DateSpan:
    return DateSpan(earliest=value, latest=value, precision=DatePrecision.DAY)


def make_mention(
    article: str,
    *,
    text: str = "",
    day: int = 0,
    when: DateSpan | None = None,
    place: Place | None = PESHAWAR,
    sub: SubEventType = SubEventType.SUICIDE_BOMB,
    killed: int | None = None,
    killed_max: int | None = -1,
    injured: int | None = None,
    perpetrator: Actor | None = None,
    claim: Claim | None = None,
    target: Target | None = None,
    role: Role = Role.MAIN,
    ordinal: int = 0,
) -> Mention:
    """A mention of article `article`; `day` counts from BASE_DAY; `text` becomes its event evidence."""
    item = Evidence(field=EvidenceField.EVENT, start=0, end=len(text), text=text, producer="test")
    evidence = (item,) if text else ()
    return Mention(
        mention_id=f"m-{article}-{ordinal}",
        article_id=article,
        role=role,
        event_type=sub.event_type,
        sub_event_type=sub,
        when=when if when is not None else day_span(BASE_DAY + timedelta(days=day)),
        place=place,
        perpetrator=perpetrator,
        claim=claim or Claim(),
        target=target,
        casualties=Casualties(
            killed_min=killed, killed_max=killed if killed_max == -1 else killed_max, injured_min=injured
        ),
        evidence=evidence,
        extractor="test",
    )


def features_of(mention: Mention, *, hours: float = 0.0) -> MentionFeatures:
    """The mention's features, its article published `hours` after PUBLISHED."""
    return describe_mention(mention, published_at=PUBLISHED + timedelta(hours=hours))


def _span(value: str, precision: str) -> DateSpan:
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return DateSpan(earliest=day, latest=day, precision=DatePrecision(precision))
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return DateSpan(
            earliest=first,
            latest=following.fromordinal(following.toordinal() - 1),
            precision=DatePrecision.MONTH,
        )
    return DateSpan(
        earliest=date(parts[0], 1, 1), latest=date(parts[0], 12, 31), precision=DatePrecision.YEAR
    )


def gold_mentions(
    articles: Sequence[dict[str, Any]], gold: dict[str, dict[str, Any]]
) -> list[tuple[MentionFeatures, str]]:
    """Every gold event as a mention's features, with its event_key, in article order."""
    found: list[tuple[MentionFeatures, str]] = []
    for article in articles:
        published = datetime.fromisoformat(article["published_at"].replace("Z", "+00:00"))
        for index, raw in enumerate(gold[article["id"]]["events"]):
            sub = SubEventType(raw["sub_event_type"])
            place = None
            if raw["location"]:
                place = Place(
                    name=raw["location"],
                    country=raw["country"],
                    country_code={"Pakistan": "PK", "Afghanistan": "AF"}.get(raw["country"]),
                    admin1=raw["admin1"],
                    admin2=raw["admin2"],
                    latitude=raw["latitude"],
                    longitude=raw["longitude"],
                    geo_precision=None
                    if raw["geo_precision"] is None
                    else GeoPrecision(raw["geo_precision"]),
                )
            evidence = tuple(
                Evidence(
                    field=EvidenceField.EVENT,
                    start=span["start"],
                    end=span["end"],
                    text=article["text"][span["start"] : span["end"]],
                    producer="gold",
                )
                for span in raw["evidence"]
            )
            mention = Mention(
                mention_id=f"{article['id']}-{index}",
                article_id=article["id"],
                role=Role(raw["role"]),
                event_type=sub.event_type,
                sub_event_type=sub,
                when=_span(raw["event_date"], raw["date_precision"]) if raw["event_date"] else None,
                place=place,
                perpetrator=Actor(name=raw["perpetrator"]) if raw["perpetrator"] else None,
                claim=Claim(
                    status=ClaimStatus(raw["claim_status"]),
                    claimed_by=tuple(raw["claimed_by"]),
                    denied_by=tuple(raw["denied_by"]),
                ),
                target=Target(raw["target"]) if raw["target"] else None,
                casualties=Casualties(
                    killed_min=raw["killed_min"],
                    killed_max=raw["killed_max"],
                    injured_min=raw["injured_min"],
                    injured_max=raw["injured_max"],
                ),
                evidence=evidence,
            )
            found.append((describe_mention(mention, published_at=published), raw["event_key"]))
    return found


def pairwise(
    partition: Iterable[frozenset[str]], keys: dict[str, str], articles: dict[str, str]
) -> tuple[int, int, int]:
    """(true positives, predicted same-event pairs, gold same-event pairs), across articles only."""
    event_of = {mention_id: index for index, group in enumerate(partition) for mention_id in group}
    tp = predicted = expected = 0
    for first, second in combinations(sorted(keys), 2):
        if articles[first] == articles[second]:
            continue
        same_predicted = first in event_of and event_of.get(first) == event_of.get(second)
        same_gold = keys[first] == keys[second]
        predicted += same_predicted
        expected += same_gold
        tp += same_predicted and same_gold
    return tp, predicted, expected


def load_dev_gold() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    return load_dedup_gold("dedup")


def load_dedup_gold(folder: str) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The articles and gold of a dedup set in src/waqia/data/`folder` ("dedup" or "dedup_holdout")."""
    root = files("waqia") / "data" / folder
    articles = [
        json.loads(line)
        for line in (root / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]
    gold = {}
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line:
            record = json.loads(line)
            gold[record["article_id"]] = record
    return articles, gold
