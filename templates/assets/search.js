// Client-side search over window.GLOSS_SEARCH (written by the build as search-index.js).
// Every query word must appear in the title, meta or text; title hits rank first.
(function () {
  "use strict";
  var input = document.getElementById("search-query");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var root = "../";
  var LIMIT = 50;

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var items = (window.GLOSS_SEARCH || []).map(function (it) {
    return { item: it, title: fold(it.title), all: fold(it.title + " " + it.meta + " " + it.text) };
  });

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!words.length) {
      status.textContent = "";
      return;
    }
    var hits = [];
    items.forEach(function (e) {
      if (!words.every(function (w) { return e.all.indexOf(w) >= 0; })) return;
      var score = words.filter(function (w) { return e.title.indexOf(w) >= 0; }).length;
      hits.push({ e: e, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.e.title.localeCompare(b.e.title); });
    status.textContent = hits.length === 0 ? "No results." : hits.length + (hits.length === 1 ? " result" : " results")
      + (hits.length > LIMIT ? ", showing the first " + LIMIT : "") + ".";
    hits.slice(0, LIMIT).forEach(function (h) {
      var it = h.e.item;
      var li = document.createElement("li");
      li.className = "search-result search-" + it.type;
      var a = document.createElement("a");
      a.href = root + it.url;
      a.textContent = it.title;
      var meta = document.createElement("span");
      meta.className = "search-meta";
      meta.textContent = " " + it.type + (it.meta ? " · " + it.meta : "");
      li.appendChild(a);
      li.appendChild(meta);
      if (it.text) {
        var p = document.createElement("p");
        p.textContent = it.text;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  // Results update as the reader types; submitting would only reload the page (and the
  // pages' Content-Security-Policy forbids form submission: form-action 'none').
  var form = input.form;
  if (form) form.addEventListener("submit", function (event) { event.preventDefault(); });

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) input.value = params.get("q");
  input.addEventListener("input", function () { search(input.value); });
  search(input.value);
})();
