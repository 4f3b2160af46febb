"""The HTML map: self-contained, every marker from the record, and article strings kept inert."""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from importlib import resources

import pytest

from waqia.analytics.definitions import build_catalog, load_builtin_definitions
from waqia.analytics.event_map import (
    DEFAULT_TILE_URL,
    MAX_RADIUS,
    TYPE_COLOURS,
    build_tile_layer,
    compute_map_layer,
    describe_count,
    embed_json,
    marker_radius,
    render_event_map,
)
from waqia.errors import ConfigError
from waqia.model import EventType, Place, SubEventType

from .builders import BLA, QUETTA, TTP, build_event

CATALOG = build_catalog(load_builtin_definitions())
ALL = CATALOG.get("all")
SCRIPT_PAYLOAD = "<script>alert('x')</script>"
IMG_PAYLOAD = '<img src=x onerror="alert(1)">'
CLOSING_PAYLOAD = "</script><script>alert(2)</script><!--"
JAVASCRIPT_URL = "javascript:alert(document.cookie)"

EVENTS = [
    build_event(
        "2025-03-10",
        killed=9,
        injured=20,
        perpetrator=TTP,
        sources=(SCRIPT_PAYLOAD, "Dawn"),
        source_urls=(JAVASCRIPT_URL, "https://dawn.example/news/1?a=1&b=<2>"),
        notes=CLOSING_PAYLOAD + IMG_PAYLOAD,
    ),
    build_event("2025-03-11", SubEventType.ATTACK, killed=0, place=QUETTA, perpetrator=BLA),
    build_event("2025-03-12", SubEventType.PEACEFUL_PROTEST),
    build_event("2025-03-12", SubEventType.ATTACK, killed=2, place=Place(name="Somewhere")),
]


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data_block = ""
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._in_data = tag == "script" and attributes.get("id") == "waqia-data"

    def handle_endtag(self, tag: str) -> None:
        self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data_block += data


@pytest.fixture(scope="module")
def page() -> str:
    return render_event_map(EVENTS, definition=ALL, source_label="test.db")


@pytest.fixture(scope="module")
def parsed(page: str) -> _PageParser:
    parser = _PageParser()
    parser.feed(page)
    return parser


def test_article_strings_never_become_markup(page: str, parsed: _PageParser) -> None:
    assert SCRIPT_PAYLOAD not in page
    assert "<img" not in page
    assert "</script><script>alert" not in page
    scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
    assert len(scripts) == 4  # the data block, Leaflet, markercluster, the page's own code
    assert not any(name.startswith("on") for _, attrs in parsed.tags for name in attrs)
    assert [tag for tag, _ in parsed.tags if tag == "img"] == []


def test_the_data_block_round_trips_the_raw_strings(parsed: _PageParser) -> None:
    data = json.loads(parsed.data_block)
    first = next(marker for marker in data["markers"] if marker["killed"] == 9)
    assert first["sources"] == [SCRIPT_PAYLOAD, "Dawn"]
    assert first["notes"] == CLOSING_PAYLOAD + IMG_PAYLOAD
    assert first["links"] == [{"label": "dawn.example", "url": "https://dawn.example/news/1?a=1&b=<2>"}]


def test_a_javascript_url_is_never_a_link(page: str, parsed: _PageParser) -> None:
    assert "javascript:alert" not in page
    hrefs = [attrs.get("href") or "" for tag, attrs in parsed.tags if tag == "a"]
    assert all(href.startswith("https://") for href in hrefs)
    # The page's own code re-checks the protocol before making a link.
    assert 'url.protocol === "http:" || url.protocol === "https:"' in page
    assert ".innerHTML" not in page.rsplit("<script>", maxsplit=1)[-1]


def test_the_page_is_self_contained(page: str, parsed: _PageParser) -> None:
    assert not [attrs for tag, attrs in parsed.tags if tag == "script" and attrs.get("src")]
    assert not [attrs for tag, attrs in parsed.tags if tag == "link"]
    leaflet = resources.files("waqia").joinpath("data", "vendor", "leaflet", "leaflet.js").read_text()
    assert leaflet.splitlines()[0] in page
    assert "L.markerClusterGroup" in page
    assert "sourceMappingURL" not in page
    assert DEFAULT_TILE_URL in page
    assert "OpenStreetMap contributors" in page


def test_vendored_code_cannot_close_its_script_element() -> None:
    vendor = resources.files("waqia").joinpath("data", "vendor")
    for folder in ("leaflet", "leaflet.markercluster"):
        for entry in vendor.joinpath(folder).iterdir():
            if entry.name.endswith(".js"):
                assert not re.search("</script", entry.read_text(), re.IGNORECASE), entry.name


def test_markers_are_sized_by_killed_coloured_by_type_and_counted() -> None:
    layer = compute_map_layer(EVENTS, definition=ALL)
    assert len(layer.markers) == 3
    assert layer.without_coordinates == 1
    by_killed = {marker.killed: marker for marker in layer.markers}
    assert by_killed[9].radius > by_killed[0].radius
    assert by_killed[9].event_type is EventType.EXPLOSIONS_REMOTE_VIOLENCE
    assert marker_radius(10_000) == MAX_RADIUS
    assert by_killed[9].killed_text == "9"
    assert by_killed[9].injured_text == "20"


def test_popups_show_reported_ranges_when_reports_differ() -> None:
    event = build_event("2025-03-10", killed=9, killed_max=12)
    (marker,) = compute_map_layer([event], definition=ALL).markers
    assert marker.killed_text == "9 (reports: 9 to 12)"
    assert marker.injured_text == "not reported"


def test_the_legend_lists_the_types_on_the_map(parsed: _PageParser) -> None:
    data = json.loads(parsed.data_block)
    assert {kind["name"] for kind in data["types"]} == {
        EventType.EXPLOSIONS_REMOTE_VIOLENCE.value,
        EventType.VIOLENCE_AGAINST_CIVILIANS.value,
        EventType.PROTESTS.value,
    }
    assert all(kind["colour"] == TYPE_COLOURS[EventType(kind["name"])] for kind in data["types"])


def test_the_definition_and_summary_are_on_the_page(page: str) -> None:
    assert "Counting definition <strong>all</strong>" in page
    assert "3 events shown (2025-03-10 to 2025-03-12), 9 killed; 1 without coordinates not shown" in page


def test_embedded_json_has_no_raw_angle_brackets_or_ampersands() -> None:
    text = embed_json({"a": "</script><!-- & -->"})
    assert not set("<>&") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & -->"}


@pytest.mark.parametrize(
    ("template", "attribution", "message"),
    [
        ("javascript:alert(1)/{z}/{x}/{y}", "x", "not a tile URL template"),
        ("https://tiles.example/{z}/{x}.png", "x", "not a tile URL template"),
        ("https://tiles.example/{z}/{x}/{y}.png", None, "has no attribution"),
    ],
)
def test_bad_tile_settings_are_refused(template: str, attribution: str | None, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        build_tile_layer(template, attribution=attribution)


def test_a_custom_tile_server_gets_its_attribution_escaped() -> None:
    tiles = build_tile_layer("https://{s}.tiles.example/{z}/{x}/{y}.png", attribution="<b>Tiles</b> & co")
    page = render_event_map(EVENTS[:1], definition=ALL, tiles=tiles)
    assert "https://{s}.tiles.example/{z}/{x}/{y}.png" in page
    assert "<b>Tiles</b>" not in page
    assert build_tile_layer(DEFAULT_TILE_URL).attribution_url == "https://www.openstreetmap.org/copyright"


def test_the_vendored_files_match_the_hashes_in_their_readme() -> None:
    vendor = resources.files("waqia").joinpath("data", "vendor")
    readme = vendor.joinpath("README.md").read_text(encoding="utf-8")
    listed = re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.MULTILINE)
    assert len(listed) == 7
    for digest, name in listed:
        folder, file_name = name.split("/")
        content = vendor.joinpath(folder, file_name).read_bytes()
        assert hashlib.sha256(content).hexdigest() == digest, name


@pytest.mark.parametrize(
    ("counted", "low", "high", "text"),
    [
        (9, 9, 9, "9"),
        (9, 9, 12, "9 (reports: 9 to 12)"),
        (12, 9, 12, "12 (reports: 9 to 12)"),
        (51, 51, None, "at least 51"),
        (12, 9, None, "12 (reports: at least 9)"),
        (None, None, None, "not reported"),
        (4, None, None, "4"),
    ],
)
def test_describe_count(counted: int | None, low: int | None, high: int | None, text: str) -> None:
    assert describe_count(counted, low, high) == text
