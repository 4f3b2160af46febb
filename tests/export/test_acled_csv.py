"""ACLED CSV export: the exact header and codebook-style coding of each column."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from waqia.export.acled_csv import write_acled_csv
from waqia.model import (
    Actor,
    ActorType,
    DatePrecision,
    DateSpan,
    Event,
    EventType,
    Place,
    SubEventType,
    Target,
)

EventFactory = Callable[..., Event]
ACLED_HEADER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
KABUL = Place(
    name="Kabul", country="Afghanistan", country_code="AF", admin1="Kabul", latitude=34.5, longitude=69.2
)


def export_rows(events: list[Event]) -> tuple[list[str], list[dict[str, str]], int]:
    stream = io.StringIO(newline="")
    written = write_acled_csv(events, stream)
    stream.seek(0)
    reader = csv.DictReader(stream)
    rows = list(reader)
    return list(reader.fieldnames or []), rows, written


def test_header_is_exactly_the_31_acled_columns_in_order(make_sample_event: EventFactory) -> None:
    header, rows, written = export_rows([make_sample_event(), make_sample_event(event_id="e2")])
    assert header == ACLED_HEADER
    assert len(header) == 31
    assert written == len(rows) == 2


def test_empty_export_still_writes_the_header() -> None:
    header, rows, written = export_rows([])
    assert (header, rows, written) == (ACLED_HEADER, [], 0)


def test_full_event_row(make_sample_event: EventFactory) -> None:
    _, [row], _ = export_rows([make_sample_event()])
    assert row["event_id_cnty"].startswith("PAK")
    assert row["event_id_cnty"][3:].isdigit()
    assert {key: row[key] for key in ACLED_HEADER[1:]} == {
        "event_date": "2024-02-09",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Remote explosive/landmine/IED",
        "actor1": "Tehrik-i-Taliban Pakistan",
        "assoc_actor_1": "",
        "inter1": "2",
        "actor2": "Police Forces of Pakistan",
        "assoc_actor_2": "",
        "inter2": "1",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "586",
        "region": "Southern Asia",
        "country": "Pakistan",
        "admin1": "Khyber Pakhtunkhwa",
        "admin2": "Peshawar",
        "admin3": "",
        "location": "Peshawar",
        "latitude": "34.0080",
        "longitude": "71.5780",
        "geo_precision": "1",
        "source": "Dawn; The Express Tribune",
        "source_scale": "",
        "notes": "A roadside bomb hit a police van in Peshawar.",
        "fatalities": "4",
        "tags": "",
        "timestamp": str(int(datetime(2024, 2, 10, 8, 30, tzinfo=UTC).timestamp())),
    }


def test_event_id_cnty_is_stable_and_distinct(make_sample_event: EventFactory) -> None:
    _, rows, _ = export_rows(
        [make_sample_event(event_id="e1"), make_sample_event(event_id="e1"), make_sample_event(event_id="e2")]
    )
    assert rows[0]["event_id_cnty"] == rows[1]["event_id_cnty"] != rows[2]["event_id_cnty"]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"perpetrator": None, "target": Target.CIVILIANS},
            {
                "actor1": "Unidentified Armed Group (Pakistan)",
                "inter1": "3",
                "actor2": "Civilians (Pakistan)",
                "inter2": "7",
                "interaction": "37",
                "civilian_targeting": "Civilian targeting",
            },
        ),
        (
            {"target": Target.MILITARY},
            {"actor2": "Military Forces of Pakistan", "inter2": "1", "interaction": "12"},
        ),
        (
            {"target": Target.JOURNALISTS},
            {"actor2": "Civilians (Pakistan)", "civilian_targeting": "Civilian targeting"},
        ),
        (
            {
                "target": None,
                "event_type": EventType.VIOLENCE_AGAINST_CIVILIANS,
                "sub_event_type": SubEventType.ATTACK,
            },
            {
                "actor2": "Civilians (Pakistan)",
                "interaction": "27",
                "civilian_targeting": "Civilian targeting",
            },
        ),
        (
            {"target": Target.INFRASTRUCTURE},
            {"actor2": "", "inter2": "0", "interaction": "20", "civilian_targeting": ""},
        ),
        (
            {
                "perpetrator": None,
                "target": None,
                "event_type": EventType.PROTESTS,
                "sub_event_type": SubEventType.PEACEFUL_PROTEST,
            },
            {
                "actor1": "Protesters (Pakistan)",
                "inter1": "6",
                "actor2": "",
                "interaction": "60",
                "disorder_type": "Demonstrations",
            },
        ),
        (
            {
                "perpetrator": None,
                "target": Target.POLICE,
                "event_type": EventType.RIOTS,
                "sub_event_type": SubEventType.MOB_VIOLENCE,
            },
            {
                "actor1": "Rioters (Pakistan)",
                "interaction": "15",
                "disorder_type": "Political violence; Demonstrations",
            },
        ),
        (
            {"perpetrator": Actor(name="Afghan Taliban", actor_type=ActorType.STATE_FORCES), "place": KABUL},
            {
                "actor2": "Police Forces of Afghanistan",
                "inter1": "1",
                "interaction": "11",
                "iso": "4",
                "region": "Southern Asia",
                "country": "Afghanistan",
            },
        ),
        (
            {"perpetrator": None, "target": None, "place": None},
            {"actor1": "Unidentified Armed Group", "iso": "", "region": "", "country": "", "latitude": ""},
        ),
        ({"fatalities": None}, {"fatalities": "0"}),
        ({"updated_at": None}, {"timestamp": ""}),
        ({"when": None}, {"event_date": "", "year": "", "time_precision": ""}),
    ],
    ids=[
        "unknown-actor-civilians",
        "military-target",
        "journalists-are-civilians",
        "vac-without-target",
        "infrastructure-no-actor2",
        "protest",
        "riot-against-police",
        "afghanistan",
        "no-place",
        "unknown-fatalities",
        "no-timestamp",
        "no-date",
    ],
)
def test_column_coding(
    make_sample_event: EventFactory, changes: dict[str, object], expected: dict[str, str]
) -> None:
    _, [row], _ = export_rows([make_sample_event(**changes)])
    assert {key: row[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("precision", "code"),
    [
        (DatePrecision.DAY, "1"),
        (DatePrecision.WEEK, "2"),
        (DatePrecision.MONTH, "3"),
        (DatePrecision.YEAR, "3"),
    ],
)
def test_time_precision(make_sample_event: EventFactory, precision: DatePrecision, code: str) -> None:
    when = DateSpan(earliest=date(2024, 2, 1), latest=date(2024, 2, 29), precision=precision)
    _, [row], _ = export_rows([make_sample_event(when=when)])
    assert (row["time_precision"], row["event_date"]) == (code, "2024-02-01")


def test_unknown_country_prefix(make_sample_event: EventFactory) -> None:
    _, [row], _ = export_rows([make_sample_event(place=None)])
    assert row["event_id_cnty"].startswith("XXX")


def test_notes_with_commas_quotes_and_newlines_survive(make_sample_event: EventFactory) -> None:
    notes = 'He said, "no one" claimed it;\nlater a group did.'
    _, [row], _ = export_rows([make_sample_event(notes=notes)])
    assert row["notes"] == notes
