(function () {
  "use strict";
  var tools = document.getElementById("tools");
  var query = document.getElementById("q");
  var status = document.getElementById("status");
  var none = document.getElementById("none");
  var events = Array.prototype.slice.call(document.querySelectorAll("article.event"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  var boxes = Array.prototype.slice.call(tools.querySelectorAll("input[name=kind]"));
  var texts = events.map(function (a) {
    return a.textContent.replace(/\s+/g, " ").toLowerCase();
  });
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var needle = query.value.replace(/\s+/g, " ").trim().toLowerCase();
    var shown = 0;
    events.forEach(function (a, i) {
      var visible = on[a.getAttribute("data-kind")] === true &&
        (needle === "" || texts[i].indexOf(needle) !== -1);
      a.hidden = !visible;
      if (visible) { shown += 1; }
    });
    years.forEach(function (s) {
      var empty = s.querySelector("article.event:not([hidden])") === null;
      s.hidden = empty;
      var link = document.querySelector(".years a[data-year=\"" + s.getAttribute("data-year") + "\"]");
      if (link) { link.classList.toggle("empty", empty); }
    });
    none.hidden = shown > 0;
    status.textContent = shown + " " + status.getAttribute("data-of") + " " + events.length +
      " " + status.getAttribute("data-shown");
  }
  query.addEventListener("input", apply);
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  tools.hidden = false;
  apply();
}());
