// Event page: following an evidence link outlines the marked span it points to.
"use strict";
(function () {
  function outline() {
    document.querySelectorAll(".flash-target").forEach(function (node) { node.classList.remove("flash-target"); });
    if (!location.hash) { return; }
    var anchor = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (anchor && anchor.nextElementSibling) { anchor.nextElementSibling.classList.add("flash-target"); }
  }
  window.addEventListener("hashchange", outline);
  outline();
  var reject = document.getElementById("reject-form");
  if (reject) {
    reject.addEventListener("submit", function (event) {
      if (!window.confirm("Reject this event? It leaves listings and exports (the change is recorded).")) {
        event.preventDefault();
      }
    });
  }
})();
