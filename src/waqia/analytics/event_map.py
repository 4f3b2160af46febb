"""A self-contained HTML map of events (vendored Leaflet and markercluster inlined; data as inert JSON)."""

from __future__ import annotations

import html
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from waqia.analytics.definitions import CountingDefinition
from waqia.analytics.sources import SourceLink, source_links, web_url
from waqia.analytics.stats import tally_event
from waqia.errors import ConfigError
from waqia.model import Event, EventType

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors"
DEFAULT_ATTRIBUTION_URL = "https://www.openstreetmap.org/copyright"
# Okabe-Ito palette, one colour per ACLED event type, readable with colour-vision deficiencies.
TYPE_COLOURS = {
    EventType.BATTLES: "#E69F00",
    EventType.EXPLOSIONS_REMOTE_VIOLENCE: "#D55E00",
    EventType.VIOLENCE_AGAINST_CIVILIANS: "#CC79A7",
    EventType.PROTESTS: "#0072B2",
    EventType.RIOTS: "#56B4E9",
    EventType.STRATEGIC_DEVELOPMENTS: "#009E73",
}
MIN_RADIUS = 5.0
MAX_RADIUS = 30.0
VENDOR_SCRIPTS = ("leaflet/leaflet.js", "leaflet.markercluster/leaflet.markercluster.js")
VENDOR_STYLES = (
    "leaflet/leaflet.css",
    "leaflet.markercluster/MarkerCluster.css",
    "leaflet.markercluster/MarkerCluster.Default.css",
)
_SOURCE_MAP = re.compile(r"^\s*/[/*]# sourceMappingURL=.*$", re.MULTILINE)


@dataclass(frozen=True, slots=True, kw_only=True)
class TileLayer:
    """Where map tiles come from and the attribution their licence requires (plain text + a link)."""

    url_template: str = DEFAULT_TILE_URL
    attribution: str = DEFAULT_ATTRIBUTION
    attribution_url: str | None = DEFAULT_ATTRIBUTION_URL


def build_tile_layer(url_template: str, *, attribution: str | None = None) -> TileLayer:
    """A tile layer from a {z}/{x}/{y} URL template; OpenStreetMap's attribution for its own tiles.

    Raises:
        ConfigError: the template is not an http(s) URL with {z}, {x} and {y}.
    """
    if web_url(url_template.replace("{s}", "a")) is None or not all(
        part in url_template for part in ("{z}", "{x}", "{y}")
    ):
        raise ConfigError(
            f"--tiles {url_template!r} is not a tile URL template",
            hint="give an http(s) URL with {z}, {x} and {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        )
    if attribution is None:
        if url_template == DEFAULT_TILE_URL:
            return TileLayer()
        raise ConfigError(
            f"--tiles {url_template!r} has no attribution",
            hint="tile licences require one: give --tiles-attribution TEXT",
        )
    return TileLayer(url_template=url_template, attribution=attribution, attribution_url=None)


@dataclass(frozen=True, slots=True, kw_only=True)
class MapMarker:
    """One event on the map, with what its popup shows."""

    event_id: str
    latitude: float
    longitude: float
    date: str
    event_type: EventType
    sub_event_type: str
    place: str
    perpetrator: str | None
    claimed_by: tuple[str, ...]
    denied_by: tuple[str, ...]
    target: str | None
    killed: int
    injured: int
    killed_text: str
    injured_text: str
    radius: float
    notes: str
    sources: tuple[str, ...]
    links: tuple[SourceLink, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MapLayer:
    """The markers of a map, and how many counted events could not be placed on it."""

    markers: tuple[MapMarker, ...]
    without_coordinates: int


def marker_radius(killed: int) -> float:
    """Marker radius in pixels: area grows with the number killed, capped so mass-casualty events fit."""
    return min(MAX_RADIUS, MIN_RADIUS + 2.5 * math.sqrt(max(killed, 0)))


def describe_count(counted: int | None, low: int | None, high: int | None) -> str:
    """The counted figure with the reports' range when it differs: '9', 'at least 9',
    '9 (reports: 9 to 12)', or 'not reported' when there is no figure."""
    if counted is None:
        return "not reported"
    if low is None:
        return str(counted)
    if high is None:
        return f"at least {counted}" if low == counted else f"{counted} (reports: at least {low})"
    if low == high == counted:
        return str(counted)
    reported = str(low) if low == high else f"{low} to {high}"
    return f"{counted} (reports: {reported})"


def compute_map_layer(events: Iterable[Event], *, definition: CountingDefinition) -> MapLayer:
    """Markers for the events the definition counts; events without coordinates are only counted."""
    markers = []
    missing = 0
    for event in events:
        if not definition.counts(event):
            continue
        place = event.place
        if place is None or place.latitude is None or place.longitude is None:
            missing += 1
            continue
        tally = tally_event(event)
        name_parts = [part for part in (place.name, place.admin1, place.country) if part]
        markers.append(
            MapMarker(
                event_id=event.event_id,
                latitude=place.latitude,
                longitude=place.longitude,
                date=event.when.iso() if event.when else "date unknown",
                event_type=event.event_type,
                sub_event_type=event.sub_event_type.value,
                place=", ".join(dict.fromkeys(name_parts)),
                perpetrator=event.perpetrator.name if event.perpetrator else None,
                claimed_by=event.claim.claimed_by,
                denied_by=event.claim.denied_by,
                target=event.target.value if event.target else None,
                killed=tally.killed,
                injured=tally.injured,
                killed_text=describe_count(
                    event.fatalities, event.casualties.killed_min, event.casualties.killed_max
                ),
                injured_text=describe_count(
                    event.casualties.injured_min, event.casualties.injured_min, event.casualties.injured_max
                ),
                radius=round(marker_radius(tally.killed), 1),
                notes=event.notes,
                sources=event.sources,
                links=source_links(event),
            )
        )
    return MapLayer(markers=tuple(markers), without_coordinates=missing)


def _marker_json(marker: MapMarker) -> dict[str, object]:
    return {
        "id": marker.event_id,
        "lat": marker.latitude,
        "lon": marker.longitude,
        "date": marker.date,
        "type": marker.event_type.value,
        "subType": marker.sub_event_type,
        "place": marker.place,
        "perpetrator": marker.perpetrator,
        "claimedBy": list(marker.claimed_by),
        "deniedBy": list(marker.denied_by),
        "target": marker.target,
        "killed": marker.killed,
        "injured": marker.injured,
        "killedText": marker.killed_text,
        "injuredText": marker.injured_text,
        "radius": marker.radius,
        "colour": TYPE_COLOURS[marker.event_type],
        "notes": marker.notes,
        "sources": list(marker.sources),
        "links": [{"label": link.label, "url": link.url} for link in marker.links if link.url],
    }


def embed_json(value: object) -> str:
    """JSON safe inside a <script type="application/json"> block: no '<', '>' or '&' can appear raw,
    so no '</script>' or '<!--' in the data can end or alter the block."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vendored(path: str) -> str:
    text = resources.files("waqia").joinpath("data", "vendor", path).read_text(encoding="utf-8")
    # Source maps are not shipped; the comment would only make browsers ask for a missing file.
    return _SOURCE_MAP.sub("", text)


def _attribution_html(tiles: TileLayer) -> str:
    text = html.escape(tiles.attribution)
    url = web_url(tiles.attribution_url) if tiles.attribution_url else None
    if url is None:
        return text
    return f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{text}</a>'


def render_event_map(
    events: Iterable[Event],
    *,
    definition: CountingDefinition,
    tiles: TileLayer | None = None,
    title: str | None = None,
    source_label: str = "",
) -> str:
    """One self-contained HTML page: the vendored Leaflet code and styles inline, the events as JSON.

    Every article-derived string reaches the page only inside the JSON block and is put on screen
    with `textContent`, so it can never become markup; only http(s) URLs become links.
    """
    tiles = tiles or TileLayer()
    layer = compute_map_layer(events, definition=definition)
    heading = title or f"waqia events: {definition.name}"
    dates = sorted(marker.date for marker in layer.markers if marker.date[:1].isdigit())
    span = f"{dates[0]} to {dates[-1]}" if dates else "no dated events"
    killed = sum(marker.killed for marker in layer.markers)
    shown = len(layer.markers)
    summary = f"{shown} event{'' if shown == 1 else 's'} shown ({span}), {killed} killed"
    if layer.without_coordinates:
        summary += f"; {layer.without_coordinates} without coordinates not shown"
    if source_label:
        summary += f". Data: {source_label}"
    summary += ". Marker area grows with the number killed."
    present = {marker.event_type for marker in layer.markers}
    data = {
        "tiles": {"url": tiles.url_template, "attribution": _attribution_html(tiles)},
        "types": [
            {"name": kind.value, "colour": colour}
            for kind, colour in TYPE_COLOURS.items()
            if kind in present or not present
        ],
        "markers": [_marker_json(marker) for marker in layer.markers],
    }
    styles = "\n".join(_vendored(path) for path in VENDOR_STYLES)
    scripts = "\n".join(f"<script>\n{_vendored(path)}\n</script>" for path in VENDOR_SCRIPTS)
    return PAGE_TEMPLATE.format(
        title=html.escape(heading),
        definition_name=html.escape(definition.name),
        definition_description=html.escape(definition.description),
        summary=html.escape(summary),
        vendor_styles=styles,
        vendor_scripts=scripts,
        data=embed_json(data),
        page_script=PAGE_SCRIPT,
    )


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{vendor_styles}
</style>
<style>
html, body {{ height: 100%; margin: 0; font-family: system-ui, sans-serif; }}
body {{ display: flex; flex-direction: column; }}
header {{ padding: .5em 1em; background: #f6f6f6; border-bottom: 1px solid #ccc; }}
header h1 {{ font-size: 1.2em; margin: 0 0 .2em; }}
header p {{ margin: .1em 0; font-size: .9em; }}
#map {{ flex: 1; min-height: 400px; }}
.waqia-legend {{ background: #fff; padding: .5em .7em; border-radius: 4px; font-size: 13px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); line-height: 1.5; }}
.waqia-legend .swatch {{ display: inline-block; width: 12px; height: 12px; border-radius: 50%;
  margin-right: .4em; vertical-align: -1px; border: 1px solid #333; }}
.waqia-popup dl {{ margin: .3em 0; display: grid; grid-template-columns: auto 1fr; gap: 0 .6em; }}
.waqia-popup dt {{ font-weight: bold; }}
.waqia-popup dd {{ margin: 0; }}
.waqia-popup .notes {{ color: #444; font-style: italic; }}
</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p>Counting definition <strong>{definition_name}</strong>: {definition_description}</p>
<p>{summary}</p>
</header>
<div id="map"></div>
<noscript>This map needs JavaScript; the same events are in `waqia export`.</noscript>
<script type="application/json" id="waqia-data">{data}</script>
{vendor_scripts}
<script>
{page_script}
</script>
</body>
</html>
"""

# Builds every popup and the legend with DOM nodes and textContent, never innerHTML, and re-checks
# that a link is http(s) before making it one.
PAGE_SCRIPT = """(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("waqia-data").textContent);
  var map = L.map("map", { preferCanvas: true, worldCopyJump: true });
  L.tileLayer(data.tiles.url, { maxZoom: 18, attribution: data.tiles.attribution }).addTo(map);

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }
  function isWebUrl(value) {
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch (error) {
      return false;
    }
  }
  function popup(marker) {
    var root = element("div", null, "waqia-popup");
    root.appendChild(element("strong", marker.date + " \\u00b7 " + marker.subType));
    var list = element("dl");
    function row(label, value) {
      if (value === null || value === undefined || value === "") { return; }
      list.appendChild(element("dt", label));
      list.appendChild(element("dd", value));
    }
    row("Type", marker.type);
    row("Place", marker.place);
    row("Perpetrator", marker.perpetrator || "not identified");
    row("Claimed by", marker.claimedBy.join(", "));
    row("Denied by", marker.deniedBy.join(", "));
    row("Target", marker.target);
    row("Killed", marker.killedText);
    row("Injured", marker.injuredText);
    row("Reported by", marker.sources.join(", "));
    root.appendChild(list);
    if (marker.notes) { root.appendChild(element("p", marker.notes, "notes")); }
    var links = marker.links.filter(function (link) { return isWebUrl(link.url); });
    if (links.length) {
      var sources = element("p", "Sources: ");
      links.forEach(function (link, index) {
        if (index) { sources.appendChild(document.createTextNode(", ")); }
        var anchor = element("a", link.label);
        anchor.href = link.url;
        anchor.target = "_blank";
        anchor.rel = "noopener noreferrer";
        sources.appendChild(anchor);
      });
      root.appendChild(sources);
    }
    return root;
  }

  var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  data.markers.forEach(function (marker) {
    var circle = L.circleMarker([marker.lat, marker.lon], {
      radius: marker.radius, color: "#222", weight: 1, fillColor: marker.colour, fillOpacity: 0.75
    });
    circle.bindPopup(function () { return popup(marker); }, { maxWidth: 360 });
    cluster.addLayer(circle);
  });
  map.addLayer(cluster);
  if (data.markers.length) {
    map.fitBounds(cluster.getBounds(), { padding: [30, 30], maxZoom: 10 });
  } else {
    map.setView([30, 69], 5);
  }

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = element("div", null, "waqia-legend");
    box.appendChild(element("strong", "Event type"));
    data.types.forEach(function (kind) {
      var line = element("div");
      var swatch = element("span", null, "swatch");
      swatch.style.background = kind.colour;
      line.appendChild(swatch);
      line.appendChild(document.createTextNode(kind.name));
      box.appendChild(line);
    });
    box.appendChild(element("div", "Marker area: people killed"));
    return box;
  };
  legend.addTo(map);
}());"""
