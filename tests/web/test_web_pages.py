"""The server-rendered pages: dashboard filters and table, the event page's evidence, stats, user admin."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from .conftest import PASSWORD, ClientFactory, Users, event_id_of, sign_in


def _table_rows(page: str) -> list[str]:
    return re.findall(r'<tr data-event-id="([^"]+)">', page)


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", 3),
        ("?country=Pakistan", 2),
        ("?min_killed=3", 1),
        ("?type=Protests&since=&until=", 1),
        ("?actor=zzz", 0),
    ],
)
def test_dashboard_filters_the_table(client: TestClient, users: Users, query: str, count: int) -> None:
    sign_in(client, "viewer")
    page = client.get(f"/{query}").text
    assert len(_table_rows(page)) == count
    assert f'<strong id="total-events">{count}</strong>' in page
    # The map, export links and chart all carry the same filters.
    points_url = re.search(r'data-points-url="([^"]+)"', page)
    assert points_url is not None
    assert points_url.group(1).startswith("/api/v1/map")


def test_dashboard_pages_through_events(users: Users, make_client: ClientFactory) -> None:
    small = make_client(page_size=2)
    sign_in(small, "viewer")
    first = small.get("/").text
    assert len(_table_rows(first)) == 2
    next_link = re.search(r'id="next-page" href="([^"]+)"', first)
    assert next_link is not None
    second = small.get(next_link.group(1).replace("&amp;", "&")).text
    assert len(_table_rows(second)) == 1
    assert not set(_table_rows(first)) & set(_table_rows(second))
    assert 'id="prev-page"' in second


def test_dashboard_timeline_has_a_bar_per_month(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    page = client.get("/").text
    titles = re.findall(r"<title>([^<]+)</title>", page)
    assert "2024-01: 1 events, 0 killed" in titles
    assert "2024-02: 2 events, 6 killed" in titles


def test_event_page_links_each_field_to_marked_evidence(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    event_id = event_id_of(client, {}, "Peshawar")
    page = client.get(f"/events/{event_id}").text
    anchors = set(re.findall(r'<span class="anchor" id="([^"]+)"></span>', page))
    links = re.findall(r'<a class="ev-link ev-([a-z_]+)" href="#([^"]+)">', page)
    assert anchors
    assert {field for field, _ in links} >= {
        "killed",
        "injured",
        "location",
        "event_type",
        "perpetrator",
        "claim",
    }
    assert {anchor for _, anchor in links} <= anchors, "every evidence link points at a marked span"
    killed_row = re.search(r'<tr data-field="killed">(.*?)</tr>', page, re.DOTALL)
    assert killed_row is not None
    assert "killing four policemen" in killed_row.group(1)
    assert "Four police officers died" in killed_row.group(1)
    assert '<mark class="ev ev-event ev-killed"' in page or '<mark class="ev ev-killed"' in page
    assert page.count('class="source"') == 2


def test_stats_page_shows_the_definition_and_rows(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    page = client.get("/stats?definition=all-political-violence&granularity=year").text
    assert 'id="definition-description"' in page
    assert '<strong id="stats-events">2</strong>' in page
    assert "<td>2024</td>" in page
    assert client.get("/stats?definition=missing").status_code == 400


def test_admins_manage_users_from_the_users_page(client: TestClient, users: Users) -> None:
    csrf = sign_in(client, "admin")
    page = client.get("/admin/users").text
    assert 'data-user="viewer"' in page
    added = client.post(
        "/admin/users", data={"csrf_token": csrf, "name": "newbie", "role": "viewer", "password": PASSWORD}
    )
    assert added.status_code == 303
    assert (
        client.post("/admin/users/newbie/role", data={"csrf_token": csrf, "role": "editor"}).status_code
        == 303
    )
    roles = {user["name"]: user["role"] for user in client.get("/api/v1/users").json()["users"]}
    assert roles["newbie"] == "editor"
    assert client.post("/admin/users/newbie/remove", data={"csrf_token": csrf}).status_code == 303
    assert "newbie" not in client.get("/admin/users").text
    # The only admin can neither be demoted nor remove themselves.
    demoted = client.post("/admin/users/admin/role", data={"csrf_token": csrf, "role": "viewer"})
    assert demoted.status_code == 409
    assert "last admin" in demoted.text


def test_users_api_adds_and_refuses_duplicates(client: TestClient, users: Users) -> None:
    body = {"name": "api-made", "role": "viewer", "password": PASSWORD}
    created = client.post("/api/v1/users", json=body, headers=users.bearer("admin"))
    assert created.status_code == 201
    again = client.post("/api/v1/users", json=body, headers=users.bearer("admin"))
    assert again.status_code == 400
    assert "already exists" in again.json()["error"]
    assert client.delete("/api/v1/users/api-made", headers=users.bearer("admin")).status_code == 204
    assert client.delete("/api/v1/users/api-made", headers=users.bearer("admin")).status_code == 404


def test_error_pages_are_html_for_pages(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    response = client.get("/events/does-not-exist")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no event with id" in response.text
