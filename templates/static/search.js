// Filter data/search.json in the browser: every word typed must appear in an
// item's title, names, date or text. Titles that match rank first.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var root = input.getAttribute("data-root");
  var items = null;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }

  function prepare(raw) {
    return raw.map(function (item) {
      item.haystack = fold([item.title, item.terms.join(" "), item.date, item.iso, item.text, item.type].join(" "));
      item.head = fold(item.title + " " + item.terms.join(" "));
      return item;
    });
  }

  // Newest first by start, then by end: "2024-07/2024-09" is an interval that
  // starts with July, so it is compared as "2024-07" then "2024-09".
  function newer(a, b) {
    var x = a.iso.split("/"), y = b.iso.split("/");
    for (var i = 0; i < 2; i++) {
      var p = x[i] || "", q = y[i] || "";
      if (p !== q) return p < q ? 1 : -1;
    }
    return 0;
  }

  function show(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = items.length + " events and entities to search."; return; }
    var found = items.filter(function (item) {
      return words.every(function (w) { return item.haystack.indexOf(w) !== -1; });
    });
    found.sort(function (a, b) {
      var ah = words.every(function (w) { return a.head.indexOf(w) !== -1; }) ? 0 : 1;
      var bh = words.every(function (w) { return b.head.indexOf(w) !== -1; }) ? 0 : 1;
      return ah - bh || newer(a, b);
    });
    status.textContent = found.length === 0 ? "Nothing matches \u201c" + query + "\u201d." :
      found.length + (found.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d.";
    found.slice(0, 100).forEach(function (item) {
      var li = document.createElement("li");
      li.className = "result result-" + item.type;
      var kind = document.createElement("span");
      kind.className = "kicker";
      kind.textContent = item.type === "event" ? (item.date || "Undated") : "Entity \u00b7 " + item.text;
      var a = document.createElement("a");
      a.href = root + item.url;
      a.textContent = item.title;
      li.appendChild(kind);
      li.appendChild(document.createElement("br"));
      li.appendChild(a);
      if (item.type === "event" && item.text) {
        var p = document.createElement("p");
        p.textContent = item.text;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  status.textContent = "Loading the index\u2026";
  fetch(input.getAttribute("data-index"))
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (data) {
      items = prepare(data.items);
      show(input.value);
      input.addEventListener("input", function () {
        show(input.value);
        var url = new URL(window.location.href);
        if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
        history.replaceState(null, "", url);
      });
    })
    .catch(function () { status.textContent = "The search index could not be loaded."; });
  input.form.addEventListener("submit", function (e) { if (items) { e.preventDefault(); show(input.value); } });
})();
