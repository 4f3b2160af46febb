// Dashboard map: the newest matching events as circles; popups are built from DOM nodes (never HTML strings).
"use strict";
(function () {
  var element = document.getElementById("map");
  if (!element || typeof L === "undefined") { return; }
  var map = L.map(element, { worldCopyJump: true }).setView([31.5, 69.5], 5);
  var tiles = element.dataset.tileUrl;
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
  }
  function popup(point) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(point.event_id);
    link.textContent = point.sub_event_type;
    box.appendChild(link);
    var line = document.createElement("div");
    line.textContent = [point.event_date || "undated", point.location,
      point.fatalities === null ? "" : point.fatalities + " killed"].filter(Boolean).join(" · ");
    box.appendChild(line);
    return box;
  }
  fetch(element.dataset.pointsUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) {
      if (!response.ok) { throw new Error("map points: HTTP " + response.status); }
      return response.json();
    })
    .then(function (body) {
      var bounds = [];
      body.points.forEach(function (point) {
        var radius = 4 + Math.min(12, Math.sqrt(point.fatalities || 0) * 2);
        L.circleMarker([point.latitude, point.longitude], {
          radius: radius, color: "#7a1b12", weight: 1, fillColor: "#d64532", fillOpacity: 0.6
        }).bindPopup(popup(point)).addTo(map);
        bounds.push([point.latitude, point.longitude]);
      });
      if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 9 }); }
      element.dataset.loaded = String(body.points.length);
      if (body.truncated) { element.title = "Showing the newest " + body.points.length + " matching events"; }
    })
    .catch(function (error) {
      element.dataset.loaded = "error";
      element.title = String(error);
    });
})();
