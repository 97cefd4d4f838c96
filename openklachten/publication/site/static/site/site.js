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

/* A search box above long filter lists (organisations, gemeenten): type "den haag" to find
   Gemeente 's-Gravenhage (its alias is part of the label). Without JavaScript the whole list shows. */
(function () {
  "use strict";
  function simple(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/['’]/g, "");
  }
  var groups = document.querySelectorAll("details[data-zoekbaar]");
  Array.prototype.forEach.call(groups, function (group, index) {
    var list = group.querySelector("ul.options");
    if (!list) { return; }
    var id = "filter-zoek-" + index;
    var wrapper = document.createElement("div");
    wrapper.className = "filter-zoek";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = "Zoek in " + group.getAttribute("data-zoekbaar").toLowerCase();
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.setAttribute("autocomplete", "off");
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.addEventListener("input", function () {
      var wanted = simple(input.value.trim());
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var match = !wanted || simple(item.textContent).indexOf(wanted) !== -1;
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      status.textContent = wanted ? shown + " gevonden" : "";
    });
    wrapper.appendChild(label);
    wrapper.appendChild(input);
    wrapper.appendChild(status);
    list.parentNode.insertBefore(wrapper, list);
  });
}());

/* A "Code kopiëren" button next to embed codes (the textarea stays selectable without JavaScript). */
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  var fields = document.querySelectorAll("textarea[data-copy]");
  Array.prototype.forEach.call(fields, function (field) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary";
    button.textContent = "Code kopiëren";
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "copy-status";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        status.textContent = "Code gekopieerd.";
      }, function () {
        field.select();
        status.textContent = "Kopiëren lukte niet; de code is geselecteerd, kopieer met Ctrl+C.";
      });
    });
    field.parentNode.insertBefore(button, field.nextSibling);
    field.parentNode.insertBefore(status, button.nextSibling);
  });
}());

/* Fold the filter panel on small screens, so the first result is on the first screen. */
(function () {
  "use strict";
  if (!window.matchMedia || !window.matchMedia("(max-width: 60rem)").matches) { return; }
  var panels = document.querySelectorAll("details[data-inklapbaar]");
  Array.prototype.forEach.call(panels, function (panel) { panel.open = false; });
}());
