// Starts the vendored Swagger UI on the API's OpenAPI document.
"use strict";
window.addEventListener("load", function () {
  var element = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: element.dataset.specUrl, dom_id: "#swagger-ui", deepLinking: true });
});
