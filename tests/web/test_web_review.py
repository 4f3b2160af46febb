"""Review through the API and the event page's forms: each action recorded, shown, and kept in exports."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .conftest import Users, event_id_of, sign_in


def _post(client: TestClient, users: Users, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = client.post(path, json=body, headers=users.bearer("editor"))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def test_confirm_is_recorded_with_author_and_snapshots(client: TestClient, users: Users) -> None:
    event_id = event_id_of(client, users.bearer("viewer"), "Turbat")
    done = _post(client, users, f"/api/v1/events/{event_id}/confirm")
    assert done["event"]["status"] == "confirmed"
    history = client.get(f"/api/v1/events/{event_id}/history", headers=users.bearer("viewer")).json()[
        "history"
    ]
    assert [(entry["action"], entry["author"]) for entry in history] == [("confirm", "editor")]
    assert json.loads(history[0]["before"])["status"] == "active"
    assert json.loads(history[0]["after"])["status"] == "confirmed"


def test_reject_takes_the_event_out_of_listings_and_exports(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    event_id = event_id_of(client, headers, "Jalalabad")
    done = _post(client, users, f"/api/v1/events/{event_id}/reject", {"reason": "a protest about taxes"})
    assert done["event"]["status"] == "rejected"
    listing = client.get("/api/v1/events", headers=headers).json()
    assert event_id not in [event["event_id"] for event in listing["events"]]
    exported = client.get("/api/v1/export", params={"format": "jsonl"}, headers=headers).text
    assert event_id not in exported
    rejected = client.get("/api/v1/events", params={"status": ["rejected", ""]}, headers=headers).json()
    assert [event["event_id"] for event in rejected["events"]] == [event_id]
    assert client.get("/api/v1/events", params={"status": "bogus"}, headers=headers).status_code == 422
    # The tombstone stays readable by id, with the reason in its history.
    detail = client.get(f"/api/v1/events/{event_id}", headers=headers).json()
    assert detail["event"]["status"] == "rejected"
    assert detail["history"][0]["reason"] == "a protest about taxes"


def test_reject_needs_a_reason(client: TestClient, users: Users) -> None:
    event_id = event_id_of(client, users.bearer("viewer"), "Jalalabad")
    response = client.post(
        f"/api/v1/events/{event_id}/reject", json={"reason": ""}, headers=users.bearer("editor")
    )
    assert response.status_code == 422
    assert response.json()["errors"][0].startswith("body.reason")


def test_an_edit_changes_the_event_and_its_exports(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    event_id = event_id_of(client, headers, "Peshawar")
    response = client.patch(
        f"/api/v1/events/{event_id}",
        json={
            "fatalities": 5,
            "killed_min": 5,
            "killed_max": 5,
            "event_date": "2024-02-08",
            "notes": "checked",
        },
        headers=users.bearer("editor"),
    )
    assert response.status_code == 200, response.text
    event = response.json()["event"]
    assert (event["fatalities"], event["event_date"], event["notes"]) == (5, "2024-02-08", "checked")
    assert {"fatalities", "when", "notes"} <= set(event["edited_fields"])
    exported = [
        json.loads(line)
        for line in client.get(
            "/api/v1/export", params={"format": "jsonl"}, headers=headers
        ).text.splitlines()
    ]
    assert next(row for row in exported if row["event_id"] == event_id)["fatalities"] == 5
    history = client.get(f"/api/v1/events/{event_id}/history", headers=headers).json()["history"]
    assert history[-1]["action"] == "edit"
    assert json.loads(history[-1]["before"])["fatalities"] == 4


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"event_date": "09/02/2024"}, "body.event_date"),
        ({"killed_min": 5, "killed_max": 2}, "maximum"),
        ({"latitude": 123}, "body.latitude"),
        ({"sub_event_type": "Picnic"}, "body.sub_event_type"),
        ({"unknown_field": 1}, "body.unknown_field"),
    ],
)
def test_invalid_edits_are_refused_before_any_change(
    client: TestClient, users: Users, body: dict[str, Any], detail: str
) -> None:
    event_id = event_id_of(client, users.bearer("viewer"), "Peshawar")
    response = client.patch(f"/api/v1/events/{event_id}", json=body, headers=users.bearer("editor"))
    assert response.status_code == 422
    assert any(detail in line for line in response.json()["errors"])
    assert (
        client.get(f"/api/v1/events/{event_id}/history", headers=users.bearer("viewer")).json()["history"]
        == []
    )


def test_an_empty_edit_is_a_400_from_the_review_module(client: TestClient, users: Users) -> None:
    event_id = event_id_of(client, users.bearer("viewer"), "Peshawar")
    response = client.patch(f"/api/v1/events/{event_id}", json={}, headers=users.bearer("editor"))
    assert response.status_code == 400
    assert "changes nothing" in response.json()["error"]


def test_split_then_merge_restores_one_event(client: TestClient, users: Users) -> None:
    headers = users.bearer("viewer")
    event_id = event_id_of(client, headers, "Peshawar")
    split = _post(client, users, f"/api/v1/events/{event_id}/split", {"mention_ids": ["m-a-blast-2"]})
    new_id = split["event"]["event_id"]
    assert new_id != event_id
    assert split["event"]["mention_ids"] == ["m-a-blast-2"]
    peshawar = [
        e
        for e in client.get("/api/v1/events", headers=headers).json()["events"]
        if e["location"] == "Peshawar"
    ]
    assert len(peshawar) == 2
    merged = _post(client, users, "/api/v1/events/merge", {"event_ids": [new_id, event_id]})
    assert sorted(merged["event"]["mention_ids"]) == ["m-a-blast-1", "m-a-blast-2"]
    survivor = merged["event"]["event_id"]
    other = new_id if survivor == event_id else event_id
    tombstone = client.get(f"/api/v1/events/{other}", headers=headers).json()["event"]
    assert (tombstone["status"], tombstone["merged_into"]) == ("merged", survivor)
    actions = [
        e["action"]
        for e in client.get(f"/api/v1/events/{survivor}/history", headers=headers).json()["history"]
    ]
    assert actions[-1] == "merge"


def test_review_of_an_unknown_event_is_404(client: TestClient, users: Users) -> None:
    response = client.post("/api/v1/events/missing/confirm", headers=users.bearer("editor"))
    assert response.status_code == 404
    merge = client.post(
        "/api/v1/events/merge", json={"event_ids": ["missing", "gone"]}, headers=users.bearer("editor")
    )
    assert merge.status_code == 404


def test_the_event_page_forms_review_and_show_the_history(client: TestClient, users: Users) -> None:
    csrf = sign_in(client, "editor")
    event_id = event_id_of(client, {}, "Peshawar")
    page = client.get(f"/events/{event_id}").text
    assert 'id="review"' in page
    assert 'id="no-history"' in page
    edited = client.post(
        f"/events/{event_id}/edit",
        data={"csrf_token": csrf, "fatalities": "6", "perpetrator": "", "notes": "  ", "event_date": ""},
    )
    assert edited.status_code == 303
    assert edited.headers["location"] == f"/events/{event_id}?done=edited"
    page = client.get(edited.headers["location"]).text
    assert "Changes saved." in page
    assert 'id="history"' in page
    assert "fatalities" in page
    assert "(fatalities: 6)" in page
    confirmed = client.post(f"/events/{event_id}/confirm", data={"csrf_token": csrf})
    assert confirmed.status_code == 303
    history = client.get(f"/api/v1/events/{event_id}/history").json()["history"]
    assert [entry["action"] for entry in history] == ["edit", "confirm"]


def test_a_bad_form_edit_shows_an_error_page(client: TestClient, users: Users) -> None:
    csrf = sign_in(client, "editor")
    event_id = event_id_of(client, {}, "Peshawar")
    response = client.post(f"/events/{event_id}/edit", data={"csrf_token": csrf, "latitude": "north"})
    assert response.status_code == 422
    assert "latitude" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_viewers_see_no_review_controls(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    event_id = event_id_of(client, {}, "Peshawar")
    page = client.get(f"/events/{event_id}").text
    assert 'id="review"' not in page
    assert client.post(f"/events/{event_id}/confirm", data={}).status_code == 403
