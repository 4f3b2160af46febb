"""Spec-format mentions export: one {"article_id", "events"} line per article."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date
from typing import Any

import pytest

from waqia.export.spec_json import format_spec_line, write_mentions_export
from waqia.model import (
    Actor,
    Article,
    Casualties,
    Claim,
    ClaimStatus,
    DatePrecision,
    DateSpan,
    EventType,
    Evidence,
    EvidenceField,
    GeoPrecision,
    Mention,
    Place,
    Role,
    SubEventType,
    Target,
)
from waqia.store.base import MentionRecord

SPEC_FIELDS = {
    "role",
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "perpetrator",
    "claim_status",
    "claimed_by",
    "denied_by",
    "target",
    "killed_min",
    "killed_max",
    "injured_min",
    "injured_max",
    "evidence",
}


def evidence(field: EvidenceField, start: int, end: int) -> Evidence:
    return Evidence(field=field, start=start, end=end, text="x" * (end - start), producer="rules.v1")


def make_mention(mention_id: str = "m1", article_id: str = "a1", **changes: Any) -> Mention:
    base = Mention(
        mention_id=mention_id,
        article_id=article_id,
        role=Role.MAIN,
        event_type=EventType.EXPLOSIONS_REMOTE_VIOLENCE,
        sub_event_type=SubEventType.SUICIDE_BOMB,
        when=DateSpan(earliest=date(2024, 5, 1), latest=date(2024, 5, 31), precision=DatePrecision.MONTH),
        place=Place(
            name="Quetta",
            country="Pakistan",
            country_code="PK",
            admin1="Balochistan",
            admin2="Quetta",
            latitude=30.18,
            longitude=66.99,
            geo_precision=GeoPrecision.TOWN,
        ),
        perpetrator=Actor(name="Balochistan Liberation Army"),
        claim=Claim(status=ClaimStatus.CLAIMED_THEN_DENIED, claimed_by=("BLA",), denied_by=("BLF",)),
        target=Target.MILITARY,
        casualties=Casualties(killed_min=101, killed_max=None, injured_min=9, injured_max=9),
        evidence=(
            evidence(EvidenceField.EVENT, 40, 60),
            evidence(EvidenceField.LOCATION, 10, 16),
            evidence(EvidenceField.DATE, 40, 60),
        ),
    )
    return dataclasses.replace(base, **changes)


def test_line_shape_and_values() -> None:
    line = format_spec_line(article_id="pub-1", mentions=[make_mention()])
    assert "\n" not in line
    parsed = json.loads(line)
    assert set(parsed) == {"article_id", "events"}
    assert parsed["article_id"] == "pub-1"
    [event] = parsed["events"]
    assert set(event) == SPEC_FIELDS
    assert event == {
        "role": "main",
        "event_date": "2024-05",
        "date_precision": "month",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb",
        "country": "Pakistan",
        "admin1": "Balochistan",
        "admin2": "Quetta",
        "location": "Quetta",
        "latitude": 30.18,
        "longitude": 66.99,
        "geo_precision": 1,
        "perpetrator": "Balochistan Liberation Army",
        "claim_status": "claimed_then_denied",
        "claimed_by": ["BLA"],
        "denied_by": ["BLF"],
        "target": "military",
        "killed_min": 101,
        "killed_max": None,
        "injured_min": 9,
        "injured_max": 9,
        # Distinct spans, sorted: the event and date evidence share one span.
        "evidence": [{"start": 10, "end": 16}, {"start": 40, "end": 60}],
    }


def test_unknown_fields_are_null() -> None:
    sparse = make_mention(when=None, place=None, perpetrator=None, target=None, claim=Claim(), evidence=())
    [event] = json.loads(format_spec_line(article_id="a", mentions=[sparse]))["events"]
    nulls = {"event_date", "date_precision", "country", "admin1", "admin2", "location", "latitude"}
    nulls |= {"longitude", "geo_precision", "perpetrator", "target"}
    assert {key for key, value in event.items() if value is None} == nulls | {"killed_max"}
    assert (event["claim_status"], event["claimed_by"], event["evidence"]) == ("unknown", [], [])


@pytest.mark.parametrize(
    ("event_ids", "expected"),
    [(None, None), (["e1", None], ["e1", None])],
    ids=["extract-has-no-event-id", "export-has-event-id"],
)
def test_event_id_only_when_given(
    event_ids: list[str | None] | None, expected: list[str | None] | None
) -> None:
    line = format_spec_line(
        article_id="a", mentions=[make_mention("m1"), make_mention("m2")], event_ids=event_ids
    )
    events = json.loads(line)["events"]
    if expected is None:
        assert all("event_id" not in event for event in events)
    else:
        assert [event["event_id"] for event in events] == expected


def test_event_ids_must_match_mentions() -> None:
    with pytest.raises(ValueError, match="zip"):
        format_spec_line(article_id="a", mentions=[make_mention()], event_ids=[])


def test_no_mentions_gives_empty_events() -> None:
    assert json.loads(format_spec_line(article_id="a", mentions=[])) == {"article_id": "a", "events": []}


def test_mentions_export_groups_by_article_in_order() -> None:
    first = Article(article_id="a1", text="t", external_id="input-7")
    second = Article(article_id="a2", text="t")
    records = [
        MentionRecord(article=first, mention=make_mention("m1", "a1"), event_id="e1"),
        MentionRecord(article=first, mention=make_mention("m2", "a1", role=Role.BACKGROUND), event_id=None),
        MentionRecord(article=second, mention=make_mention("m3", "a2"), event_id="e1"),
    ]
    stream = io.StringIO()
    written = write_mentions_export(records, stream)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert written == len(lines) == 2
    assert [line["article_id"] for line in lines] == ["input-7", "a2"]
    assert [[(e["role"], e["event_id"]) for e in line["events"]] for line in lines] == [
        [("main", "e1"), ("background", None)],
        [("main", "e1")],
    ]
