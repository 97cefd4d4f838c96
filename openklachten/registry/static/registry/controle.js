// Fill the start/end fields of the "add redaction" form from a text selection in the review text.
// Offsets are those of the raw text: every piece carries data-start, its offset in the raw text.
(function () {
  "use strict";
  function offset(node, within) {
    var element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!element || !element.hasAttribute("data-start")) return null;
    return parseInt(element.getAttribute("data-start"), 10) + within;
  }
  document.addEventListener("DOMContentLoaded", function () {
    var text = document.getElementById("controle-tekst");
    var form = document.getElementById("selectie-formulier");
    if (!text || !form) return;
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      var range = selection.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
      var start = offset(range.startContainer, range.startOffset);
      var end = offset(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      form.querySelector("[name=start]").value = start;
      form.querySelector("[name=end]").value = end;
    });
  });
})();
