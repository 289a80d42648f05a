// "Insert link" in the knowledge link search: puts "Title – URL" at the cursor of the
// textarea named by the surrounding data-insert-into (the reply, the session note).
// Without JavaScript the search opens in a new tab and shows the addresses to copy.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-insert-link]");
    if (!button) return;
    var box = button.closest("[data-insert-into]");
    var textarea = box && document.getElementById(box.getAttribute("data-insert-into"));
    if (!textarea) return;
    var start = textarea.selectionStart, end = textarea.selectionEnd;
    var before = textarea.value.slice(0, start);
    var text = button.getAttribute("data-insert-link");
    if (before && !/\s$/.test(before)) text = " " + text;
    textarea.setRangeText(text, start, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
    textarea.focus();
  });
})();
