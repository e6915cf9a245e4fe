// The review screen's two helpers, both optional: the preview follows the "keep this" boxes as
// they change, and selected text can be redacted with one button. Without JavaScript the page
// posts itself back for both ("Update the preview", "Words to redact").
(function () {
  "use strict";
  var form = document.querySelector("[data-review-form]");
  if (!form) return;
  var textBox = form.querySelector("[data-review-text]");
  var preview = form.querySelector("[data-preview]");
  var panel = form.querySelector("[data-selection-panel]");
  var startField = form.querySelector("[data-selection-start]");
  var endField = form.querySelector("[data-selection-end]");
  var wordsShown = form.querySelector("[data-selection-words]");
  var redactButton = form.querySelector("[data-redact-selection]");
  // The pieces of the text, in order; each holds one text node of the original text.
  var pieces = Array.prototype.slice.call(textBox.querySelectorAll("[data-start]"));
  var fullText = pieces.map(function (piece) { return piece.textContent; }).join("");

  function keepBox(mark) {
    var boxes = form.querySelectorAll('input[name="keep"]');
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].value === mark.getAttribute("data-redaction")) return boxes[i];
    }
    return null;
  }

  function update() {
    var shared = [];
    Array.prototype.forEach.call(textBox.children, function (child) {
      if (child.tagName !== "MARK") {
        shared.push(child.textContent);
        return;
      }
      var box = keepBox(child);
      var kept = Boolean(box && box.checked);
      var words = child.querySelector("[data-start]").textContent;
      child.classList.toggle("ll-redaction--kept", kept);
      child.querySelector("[data-label-text]").textContent =
        child.getAttribute("data-label-name") + " " + child.getAttribute("data-number") + (kept ? ", kept" : "");
      shared.push(kept ? words : "[" + child.getAttribute("data-label") + "]");
    });
    preview.textContent = shared.join("");
  }

  // The offset in the original text of a point in the page: the length of the pieces before it.
  function offsetOf(node, offset) {
    var before = document.createRange();
    before.setStart(textBox, 0);
    before.setEnd(node, offset);
    var total = 0;
    for (var i = 0; i < pieces.length; i++) {
      var text = pieces[i].firstChild;
      if (!text) continue;
      if (before.comparePoint(text, text.length) <= 0) {
        total += text.length;
        continue;
      }
      if (node === text) total += offset;
      break;
    }
    return total;
  }

  function selected() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    var range = selection.getRangeAt(0);
    if (!range.intersectsNode(textBox)) return;
    var start = textBox.contains(range.startContainer) ? offsetOf(range.startContainer, range.startOffset) : 0;
    var end = textBox.contains(range.endContainer) ? offsetOf(range.endContainer, range.endOffset) : fullText.length;
    if (!fullText.slice(start, end).trim()) return;
    startField.value = start;
    endField.value = end;
    wordsShown.textContent = fullText.slice(start, end).trim();
    panel.hidden = false;
  }

  form.addEventListener("change", function (event) {
    if (event.target.name === "keep") update();
  });
  document.addEventListener("selectionchange", selected);
  redactButton.addEventListener("click", function () {
    if (!startField.value) return;
    var action = document.createElement("input");
    action.type = "hidden";
    action.name = "action";
    action.value = "add_selection";
    form.appendChild(action);
    form.submit();
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (element) {
    element.hidden = false;
  });
  update();
})();
