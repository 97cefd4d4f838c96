/* Progressive enhancement only: every page works without this file.
   Adds a "Link kopiëren" button to elements marked data-share, so a selection is easy to share.
   Filters are not auto-submitted on change: WCAG 3.2.2 asks that changing a field does not reload the page. */
(function () {
  "use strict";
  var targets = document.querySelectorAll("[data-share]");
  Array.prototype.forEach.call(targets, function (target) {
    if (!navigator.clipboard) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary";
    button.textContent = "Link naar deze selectie kopiëren";
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-status";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(window.location.href).then(function () {
        status.textContent = "Link gekopieerd.";
      }, function () {
        status.textContent = "Kopiëren lukte niet; kopieer de link uit de adresbalk.";
      });
    });
    target.appendChild(button);
    target.appendChild(status);
  });
}());
