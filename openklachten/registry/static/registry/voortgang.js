// The progress page of an upload: ask the status URL every two seconds and reload when the import is done.
// Without JavaScript the page has a "Vernieuwen" link that does the same by hand.
(function () {
  "use strict";
  var box = document.querySelector(".voortgang[data-status-url]");
  if (!box) { return; }
  var shown = box.querySelector(".voortgang-status");
  function poll() {
    fetch(box.getAttribute("data-status-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (state && state.klaar) { window.location.reload(); return; }
        if (state && shown) { shown.textContent = state.omschrijving; }
        window.setTimeout(poll, 2000);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
