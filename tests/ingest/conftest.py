"""Ingest fixtures: the fixture files and a real HTTP server on 127.0.0.1 serving feeds and pages."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
FIXED_NOW = datetime(2024, 6, 3, 12, 0, tzinfo=UTC)
BASE_PLACEHOLDER = "__BASE__"
SLOW_SECONDS = 2.0


@dataclass
class Route:
    status: int
    content_type: str
    body: bytes
    delay: float = 0.0


@dataclass
class LocalSite:
    """A live server: `base` is its http://127.0.0.1:PORT address; `requests` logs (path, user agent)."""

    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


@pytest.fixture
def ingest_data() -> Path:
    return DATA


@pytest.fixture
def fixed_clock() -> datetime:
    return FIXED_NOW


def serve_fixture(name: str, base: str) -> bytes:
    """A fixture file with its links pointed at the running server."""
    return (DATA / name).read_text(encoding="utf-8").replace(BASE_PLACEHOLDER, base).encode("utf-8")


def _site_routes(base: str) -> dict[str, Route]:
    page = (DATA / "site" / "articles" / "abduction.html").read_bytes()
    latin1_text = (DATA / "page.html").read_text(encoding="utf-8").replace("Sarai Bagh", "Sarai Bägh")
    latin1_page = latin1_text.encode("latin-1")
    return {
        "/feed.atom": Route(200, "application/atom+xml", serve_fixture("feed_links.atom", base)),
        # Some servers label feeds as HTML: the content must decide.
        "/feed-as-html": Route(200, "text/html; charset=utf-8", serve_fixture("feed_full.rss", base)),
        "/feed.rss": Route(200, "application/rss+xml", serve_fixture("feed_full.rss", base)),
        "/articles/abduction.html": Route(200, "text/html; charset=utf-8", page),
        "/page.html": Route(200, "text/html", (DATA / "page.html").read_bytes()),
        "/latin1.html": Route(200, "text/html; charset=iso-8859-1", latin1_page),
        "/notes.txt": Route(200, "text/plain; charset=utf-8", (DATA / "report.txt").read_bytes()),
        "/articles.jsonl": Route(200, "application/x-ndjson", (DATA / "articles.jsonl").read_bytes()),
        "/image.png": Route(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        "/broken-feed": Route(
            200, "application/rss+xml", b'<rss version="2.0"><channel><title>News</title><item'
        ),
        "/empty": Route(200, "text/html", b"   \n"),
        "/server-error": Route(500, "text/plain", b"boom"),
        "/slow": Route(200, "text/html", b"<html><body><p>late</p></body></html>", delay=SLOW_SECONDS),
    }


@pytest.fixture(scope="module")
def local_site() -> Iterator[LocalSite]:
    """A ThreadingHTTPServer on an ephemeral 127.0.0.1 port; unknown paths answer 404."""
    site = LocalSite(base="", routes={})

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            time.sleep(route.delay)
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, format: str, *args: object) -> None:
            """Keep the test output quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes.update(_site_routes(site.base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port_url() -> str:
    """A 127.0.0.1 URL on a port nothing listens on (bound once, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
