"""Security of the dashboard and API: escaping of untrusted text, roles on every write, CSRF, cookies,
sign-in limits, anonymous mode and response headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from waqia.web.app import safe_url
from waqia.web.dashboard.account_pages import local_target

from .conftest import (
    HOSTILE_URL,
    MIXED_CASE_URL,
    ONERROR_TEXT,
    PASSWORD,
    SCRIPT_TITLE,
    ClientFactory,
    Clock,
    Users,
    event_id_of,
    sign_in,
)

UNSAFE_MARKUP = (
    re.compile(r"<script>alert", re.IGNORECASE),
    re.compile(r"<img[^>]*onerror", re.IGNORECASE),
    re.compile(r"href\s*=\s*[\"']?\s*javascript:", re.IGNORECASE),
)


def _assert_no_live_markup(page: str) -> None:
    for pattern in UNSAFE_MARKUP:
        assert not pattern.search(page), f"unescaped payload {pattern.pattern!r} in the page"


@pytest.mark.parametrize("place", ["Peshawar", "Turbat"])
def test_event_pages_escape_titles_text_and_urls(client: TestClient, users: Users, place: str) -> None:
    sign_in(client, "viewer")
    event_id = event_id_of(client, {}, place)
    page = client.get(f"/events/{event_id}").text
    _assert_no_live_markup(page)
    if place == "Peshawar":
        assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page
        assert "&lt;img src=x onerror=alert(&#39;text&#39;)&gt;" in page
        assert ONERROR_TEXT not in page
        assert SCRIPT_TITLE not in page
        # The javascript: URL is shown as struck-out text, never as a link target.
        assert 'class="unsafe-url"' in page
        assert 'href="https://courier.example/peshawar-blast"' in page
    else:
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        assert MIXED_CASE_URL.strip() not in re.findall(r'href="([^"]*)"', page)


def test_dashboard_and_api_keep_hostile_text_inert(client: TestClient, users: Users) -> None:
    sign_in(client, "viewer")
    _assert_no_live_markup(client.get("/").text)
    _assert_no_live_markup(client.get("/stats").text)
    detail = client.get("/api/v1/articles/a-blast-1")
    assert detail.headers["content-type"].startswith("application/json")
    assert detail.json()["article"]["title"] == SCRIPT_TITLE


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        (HOSTILE_URL, False),
        (MIXED_CASE_URL, False),
        ("java\tscript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ("vbscript:msgbox", False),
        ("//evil.example/x", False),
        ("https:/missing-host", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_become_links(url: str | None, safe: bool) -> None:
    assert (safe_url(url) is not None) is safe


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/events/e1?x=1", "/events/e1?x=1"),
        ("//evil.example", "/"),
        ("https://evil.example", "/"),
        ("/\\evil", "/"),
    ],
)
def test_sign_in_only_redirects_within_the_site(target: str, expected: str) -> None:
    assert local_target(target) == expected


def _api_routes(routes: list[Any]) -> Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        # FastAPI 0.16x wraps an included router instead of copying its routes into the app.
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _api_routes(included.routes)


def _write_routes(client: TestClient) -> list[tuple[str, str]]:
    routes = []
    for route in _api_routes(client.app.routes):  # type: ignore[attr-defined]
        for method in route.methods - {"GET", "HEAD"}:
            path = route.path.replace("{event_id}", "e-any").replace("{name}", "someone")
            routes.append((method, path))
    return sorted(routes)


def test_every_write_route_refuses_a_viewer(client: TestClient, users: Users) -> None:
    routes = [route for route in _write_routes(client) if route[1] not in ("/login", "/logout")]
    assert len(routes) >= 15, routes
    for method, path in routes:
        response = client.request(method, path, headers=users.bearer("viewer"), json={})
        assert response.status_code == 403, (method, path, response.status_code, response.text)


def test_every_write_route_refuses_anonymous_readers(make_client: ClientFactory) -> None:
    client = make_client(anonymous_read=True)
    for method, path in _write_routes(client):
        if path in ("/login",):
            continue
        response = client.request(method, path, json={})
        assert response.status_code == 401, (method, path, response.status_code)


def test_admin_routes_refuse_editors(client: TestClient, users: Users) -> None:
    assert client.get("/api/v1/users", headers=users.bearer("editor")).status_code == 403
    assert client.get("/api/v1/users", headers=users.bearer("admin")).status_code == 200
    sign_in(client, "editor")
    assert client.get("/admin/users").status_code == 403


def test_reads_need_a_sign_in_unless_anonymous_mode(make_client: ClientFactory) -> None:
    closed = make_client()
    response = closed.get("/api/v1/events")
    assert response.status_code == 401
    assert response.json()["status"] == 401
    page = closed.get("/events/x?y=1")
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=%2Fevents%2Fx%3Fy%3D1"
    opened = make_client(anonymous_read=True)
    assert opened.get("/api/v1/events").json()["total"] == 3
    assert opened.get("/").status_code == 200
    assert opened.get("/api/v1/me").json()["method"] == "anonymous"


def test_an_unknown_token_is_refused_even_in_anonymous_mode(make_client: ClientFactory) -> None:
    client = make_client(anonymous_read=True)
    response = client.get("/api/v1/events", headers={"Authorization": "Bearer wq_forged_token"})
    assert response.status_code == 401
    assert "token" in response.json()["error"]


@pytest.mark.parametrize(("base_url", "secure"), [("http://testserver", False), ("https://testserver", True)])
def test_session_cookie_flags(make_client: ClientFactory, users: Users, base_url: str, secure: bool) -> None:
    client = make_client(base_url=base_url)
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    cookie = next(
        value for value in response.headers.get_list("set-cookie") if value.startswith("waqia_session=")
    )
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert ("Secure" in cookie) is secure


def test_sign_in_form_needs_its_csrf_token(client: TestClient, users: Users) -> None:
    client.get("/login")
    response = client.post(
        "/login", data={"username": "viewer", "password": PASSWORD, "csrf_token": "forged"}
    )
    assert response.status_code == 403
    assert "waqia_session" not in client.cookies


def test_cookie_authenticated_writes_need_the_csrf_token(client: TestClient, users: Users) -> None:
    csrf = sign_in(client, "editor")
    event_id = event_id_of(client, {}, "Turbat")
    refused = client.post(f"/api/v1/events/{event_id}/confirm")
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["error"]
    wrong = client.post(f"/api/v1/events/{event_id}/confirm", headers={"X-CSRF-Token": "x" + csrf})
    assert wrong.status_code == 403
    form_refused = client.post(f"/events/{event_id}/confirm", data={"csrf_token": "nope"})
    assert form_refused.status_code == 403
    accepted = client.post(f"/api/v1/events/{event_id}/confirm", headers={"X-CSRF-Token": csrf})
    assert accepted.status_code == 200
    assert accepted.json()["event"]["status"] == "confirmed"


def test_token_authenticated_writes_need_no_csrf_token(client: TestClient, users: Users) -> None:
    event_id = event_id_of(client, users.bearer("editor"), "Turbat")
    response = client.post(f"/api/v1/events/{event_id}/confirm", headers=users.bearer("editor"))
    assert response.status_code == 200


def test_sign_out_ends_the_session(client: TestClient, users: Users) -> None:
    csrf = sign_in(client, "viewer")
    assert client.post("/logout", data={"csrf_token": "wrong"}).status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/api/v1/me").status_code == 401


def test_repeated_failed_sign_ins_get_a_429_with_retry_after(
    make_client: ClientFactory, users: Users, clock: Clock
) -> None:
    client = make_client(login_failures_per_user=3, login_window=timedelta(minutes=15))
    for _ in range(3):
        page = client.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token is not None
        failed = client.post(
            "/login", data={"username": "editor", "password": "guess", "csrf_token": token.group(1)}
        )
        assert failed.status_code == 401
        assert "Wrong user name or password" in failed.text
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    blocked = client.post(
        "/login", data={"username": "editor", "password": PASSWORD, "csrf_token": token.group(1)}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) == 15 * 60
    assert "try again in 15 minutes" in blocked.text
    clock.advance(timedelta(minutes=16))
    assert sign_in(client, "editor")


def test_responses_carry_security_headers(client: TestClient, users: Users) -> None:
    response = client.get("/api/v1/health")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "no-store" not in client.get("/static/app/app.css").headers.get("cache-control", "")


def test_pages_have_no_inline_scripts_or_handlers(client: TestClient, users: Users) -> None:
    sign_in(client, "editor")
    event_id = event_id_of(client, {}, "Peshawar")
    for path in ("/", f"/events/{event_id}", "/stats", "/login", "/docs"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), f"inline script in {path}"
        # Escaped article text may read "onerror=" but holds no "<": only real tags are checked.
        for tag in re.findall(r"<[a-zA-Z][^>]*>", page):
            assert not re.search(r"\son[a-z]+\s*=", tag), f"inline handler in {path}: {tag}"
            assert not re.search(r"\sstyle\s*=", tag), f"inline style in {path}: {tag}"
