"""The REST API through FastAPI's TestClient: listing, filters, pages, one event, articles, stats, exports."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from .conftest import REPORTS, Users, event_id_of

ERROR_KEYS = {"ok", "error", "errors", "status"}


def _events(client: TestClient, users: Users, **params: Any) -> dict[str, Any]:
    response = client.get("/api/v1/events", params=params, headers=users.bearer("viewer"))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize(
    ("params", "places"),
    [
        ({}, ["Turbat", "Peshawar", "Jalalabad"]),
        ({"country": "Pakistan"}, ["Turbat", "Peshawar"]),
        ({"country": "af"}, ["Jalalabad"]),
        ({"admin1": "balochistan"}, ["Turbat"]),
        ({"type": "Protests"}, ["Jalalabad"]),
        ({"type": "Remote explosive/landmine/IED"}, ["Peshawar"]),
        ({"actor": "taliban"}, ["Peshawar"]),
        ({"min_killed": 3}, ["Peshawar"]),
        ({"since": "2024-02-10"}, ["Turbat"]),
        ({"until": "2024-02-09"}, ["Peshawar", "Jalalabad"]),
        ({"since": "", "until": "", "min_killed": ""}, ["Turbat", "Peshawar", "Jalalabad"]),
        ({"actor": "' OR 1=1 --"}, []),
        ({"country": "Pakistan", "min_killed": 3, "actor": "pakistan"}, ["Peshawar"]),
    ],
)
def test_listing_applies_the_cli_filters(
    client: TestClient, users: Users, params: dict[str, Any], places: list[str]
) -> None:
    body = _events(client, users, **params)
    assert [event["location"] for event in body["events"]] == places
    assert body["total"] == len(places)
    assert body["ok"] is True


@pytest.mark.parametrize(
    ("sort", "places"),
    [
        ("-date", ["Turbat", "Peshawar", "Jalalabad"]),
        ("date", ["Jalalabad", "Peshawar", "Turbat"]),
        ("-fatalities", ["Peshawar", "Turbat", "Jalalabad"]),
        ("fatalities", ["Turbat", "Peshawar", "Jalalabad"]),
    ],
)
def test_listing_sorts_with_missing_values_last(
    client: TestClient, users: Users, sort: str, places: list[str]
) -> None:
    assert [event["location"] for event in _events(client, users, sort=sort)["events"]] == places


@pytest.mark.parametrize("sort", ["-date", "date", "-fatalities", "fatalities"])
def test_cursor_pages_walk_every_event_once(client: TestClient, users: Users, sort: str) -> None:
    everything = [event["event_id"] for event in _events(client, users, sort=sort)["events"]]
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        params: dict[str, Any] = {"limit": 1, "sort": sort}
        if cursor:
            params["cursor"] = cursor
        body = _events(client, users, **params)
        assert body["total"] == 3
        seen.extend(event["event_id"] for event in body["events"])
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == everything


def test_offset_pages_match_the_full_listing(client: TestClient, users: Users) -> None:
    everything = [event["event_id"] for event in _events(client, users)["events"]]
    pages = [_events(client, users, limit=2, offset=offset) for offset in (0, 2)]
    assert [e["event_id"] for page in pages for e in page["events"]] == everything
    assert pages[0]["next_cursor"] is not None
    assert pages[1]["next_cursor"] is None


@pytest.mark.parametrize(
    ("params", "status", "detail"),
    [
        ({"limit": 0}, 422, "query.limit"),
        ({"limit": 501}, 422, "query.limit"),
        ({"offset": -1}, 422, "query.offset"),
        ({"since": "yesterday"}, 422, "query.since"),
        ({"min_killed": -2}, 422, "query.min_killed"),
        ({"sort": "random"}, 422, "query.sort"),
        ({"cursor": "not-a-cursor"}, 400, ""),
        ({"cursor": "WyJkYXRlIiwiMjAyNC0wMi0wOSIsImUxIl0", "sort": "-date"}, 400, ""),
    ],
    ids=[
        "limit-0",
        "limit-big",
        "offset",
        "since",
        "min-killed",
        "sort",
        "cursor-garbage",
        "cursor-other-sort",
    ],
)
def test_bad_parameters_get_the_one_error_shape(
    client: TestClient, users: Users, params: dict[str, Any], status: int, detail: str
) -> None:
    response = client.get("/api/v1/events", params=params, headers=users.bearer("viewer"))
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False
    assert body["status"] == status
    assert body["error"]
    assert all(detail in line for line in body["errors"]) if detail else True
    if detail:
        assert body["errors"], "validation errors list the invalid parameter"


@pytest.mark.parametrize(
    "path",
    ["/api/v1/events/nope", "/api/v1/articles/nope", "/api/v1/nothing-here", "/api/v1/events/nope/history"],
)
def test_unknown_things_are_404_in_the_error_shape(client: TestClient, users: Users, path: str) -> None:
    response = client.get(path, headers=users.bearer("viewer"))
    assert response.status_code == 404
    assert set(response.json()) == ERROR_KEYS


def test_an_event_comes_with_its_reports_evidence_and_text_slices(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    event_id = event_id_of(client, headers, "Peshawar")
    body = client.get(f"/api/v1/events/{event_id}", headers=headers).json()
    assert body["event"]["fatalities"] == 4
    assert body["event"]["status"] == "active"
    assert [report["article"]["source"] for report in body["reports"]] == ["Frontier Daily", "Border Courier"]
    first = body["reports"][0]
    text = REPORTS[0].article.text
    for item in first["mention"]["evidence"]:
        assert text[item["start"] : item["end"]] == item["text"]
    fields = {item["field"] for item in first["mention"]["evidence"]}
    assert {"killed", "location", "perpetrator", "claim"} <= fields
    for piece in first["text_slices"]:
        assert text[piece["start"] : piece["end"]] == piece["text"]
    assert first["mention"]["event_id"] == event_id
    assert body["history"] == []
    assert {entry["mention_id"] for entry in body["trail"]} == {"m-a-blast-1", "m-a-blast-2"}


def test_articles_are_listed_without_text_and_served_with_it(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    listing = client.get("/api/v1/articles", params={"limit": 2}, headers=headers).json()
    assert listing["total"] == len(REPORTS)
    assert [item["article_id"] for item in listing["articles"]] == ["a-turbat", "a-blast-2"]
    assert "text" not in listing["articles"][0]
    detail = client.get("/api/v1/articles/a-blast-1", headers=headers).json()
    assert detail["text"] == REPORTS[0].article.text
    assert detail["article"]["text_length"] == len(REPORTS[0].article.text)
    assert [mention["mention_id"] for mention in detail["mentions"]] == ["m-a-blast-1"]
    assert detail["mentions"][0]["event_id"]


def test_stats_count_under_a_named_definition(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    body = client.get(
        "/api/v1/stats",
        params={"definition": "all", "granularity": "month", "since": "2024-01-01", "until": "2024-02-29"},
        headers=headers,
    ).json()
    assert body["definition"] == "all"
    assert body["definition_description"]
    assert body["total"] == {"events": 3, "killed": 6, "injured": 10}
    assert [(row["period"], row["counts"]["events"]) for row in body["rows"]] == [
        ("2024-01", 1),
        ("2024-02", 2),
    ]
    assert {item["name"]: item["events"] for item in body["by_country"]} == {"Pakistan": 2, "Afghanistan": 1}
    assert body["multi_source_events"] == 1
    grouped = client.get("/api/v1/stats", params={"group_by": "admin1"}, headers=headers).json()
    assert {row["group"] for row in grouped["rows"]} == {"Balochistan", "Khyber Pakhtunkhwa", "Nangarhar"}
    unknown = client.get("/api/v1/stats", params={"definition": "nope"}, headers=headers)
    assert unknown.status_code == 400
    assert "no counting definition" in unknown.json()["error"]


def test_timeline_and_map_points(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    timeline = client.get("/api/v1/timeline", headers=headers).json()
    assert [(period["period"], period["events"]) for period in timeline["periods"]] == [
        ("2024-01", 1),
        ("2024-02", 2),
    ]
    points = client.get("/api/v1/map", params={"country": "PK"}, headers=headers).json()
    assert {point["location"] for point in points["points"]} == {"Peshawar", "Turbat"}
    assert points["truncated"] is False


def _export(client: TestClient, users: Users, fmt: str, **params: Any) -> bytes:
    response = client.get("/api/v1/export", params={"format": fmt, **params}, headers=users.bearer("viewer"))
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    return response.content


def test_exports_stream_every_format_with_the_filters(client: TestClient, users: Users) -> None:
    rows = list(csv.DictReader(io.StringIO(_export(client, users, "acled-csv", country="PK").decode())))
    assert sorted(row["location"] for row in rows) == ["Peshawar", "Turbat"]
    geojson = json.loads(_export(client, users, "geojson", min_killed=3))
    assert [f["properties"]["location"] for f in geojson["features"]] == ["Peshawar"]
    lines = _export(client, users, "jsonl").decode().splitlines()
    assert len(lines) == 3
    table = pq.read_table(io.BytesIO(_export(client, users, "parquet", country="AF")))
    assert table.column("location").to_pylist() == ["Jalalabad"]
    mentions = [json.loads(line) for line in _export(client, users, "mentions").decode().splitlines()]
    assert {line["article_id"] for line in mentions} == {report.article.article_id for report in REPORTS}


def test_unknown_export_format_is_refused(client: TestClient, users: Users) -> None:
    response = client.get("/api/v1/export", params={"format": "xlsx"}, headers=users.bearer("viewer"))
    assert response.status_code == 422
    assert response.json()["errors"][0].startswith("query.format")


def test_me_health_openapi_and_docs(client: TestClient, users: Users) -> None:
    me = client.get("/api/v1/me", headers=users.bearer("editor")).json()
    assert me["user"]["name"] == "editor"
    assert me["method"] == "token"
    assert client.get("/api/v1/health").json()["ok"] is True
    schema = client.get("/openapi.json").json()
    assert "/api/v1/events" in schema["paths"]
    assert "/api/v1/events/{event_id}/confirm" in schema["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/web/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/static/vendor/web/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200


def test_the_event_schema_serves_every_export_column() -> None:
    """EventOut is written out for the OpenAPI document; it must not fall behind the export row."""
    from dataclasses import fields

    from waqia.export.event_row import EventRow
    from waqia.web.schemas import EventOut

    assert {field.name for field in fields(EventRow)} <= set(EventOut.model_fields)
