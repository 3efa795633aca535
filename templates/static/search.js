// Search the index in search/, loading only what a query needs: one term
// shard per word typed (the page carries the outline of which shard holds
// which words), and the chunks of entries shown.
// Every file is a script that calls briefingSearch(name, data), so it loads
// with <script src> from a server and from a folder opened from disk alike.
// Every word typed must begin a word of an entry (its title, names, date or
// opening words); entries whose title or names hold every word rank first,
// then the newest.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list) return;
  var base = input.getAttribute("data-index");  // the folder of the index, ending in "/"
  var root = input.getAttribute("data-root");
  var onDisk = window.location.protocol === "file:";
  var PAGE = 20;
  var waiting = {};
  var loaded = {};
  var outline = null;
  var shown = 0;
  var found = [];
  var asked = 0;

  window.briefingSearch = function (name, data) {
    loaded[name] = data;
    (waiting[name] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[name];
  };

  function load(name) {
    if (name in loaded) return Promise.resolve(loaded[name]);
    return new Promise(function (resolve, reject) {
      if (waiting[name]) { waiting[name].push({resolve: resolve, reject: reject}); return; }
      waiting[name] = [{resolve: resolve, reject: reject}];
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.onerror = function () {
        // A term no entry has has no shard: that is an empty answer, not a failure.
        var all = waiting[name] || [];
        delete waiting[name];
        loaded[name] = null;
        all.forEach(function (w) { w.resolve(null); });
      };
      script.onload = function () { script.remove(); };
      document.head.appendChild(script);
    });
  }

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  }

  function words(text) {
    var seen = {};
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).map(function (w) {
      return Array.from(w).slice(0, 40).join("");
    }).filter(function (w) { return seen[w] ? false : (seen[w] = true); });
  }

  function hex(text) {
    return Array.from(new TextEncoder().encode(text), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  // Which shard holds the terms that begin with `word` (see generator/search.py).
  function shardOf(word) {
    var chars = Array.from(word);
    var n = 1;
    while (outline.splits.indexOf(chars.slice(0, n).join("")) !== -1 && chars.length > n) n += 1;
    return "t/" + hex(chars.slice(0, n).join(""));
  }

  function docs(postings) {
    var out = [];
    if (typeof postings === "string") {
      var bits = atob(postings);
      for (var i = 0; i < bits.length; i++) {
        var byte = bits.charCodeAt(i);
        for (var b = 0; b < 8; b++) if (byte & (1 << b)) out.push(i * 8 + b);
      }
      return out;
    }
    var at = -1;
    for (var j = 0; j < postings.length; j++) { at += postings[j] + 1; out.push(at); }
    return out;
  }

  // The docs with a term that begins with `word`: all of them, and those with it in their title or names.
  function matches(word, shard) {
    var all = new Set(), head = new Set();
    if (!shard) return {all: all, head: head};
    Object.keys(shard).forEach(function (term) {
      if (term.lastIndexOf(word, 0) !== 0) return;
      docs(shard[term][0]).forEach(function (d) { all.add(d); });
      docs(shard[term][1]).forEach(function (d) { head.add(d); });
    });
    return {all: all, head: head};
  }

  function intersect(sets) {
    sets.sort(function (a, b) { return a.size - b.size; });
    return Array.from(sets[0]).filter(function (d) { return sets.every(function (s) { return s.has(d); }); });
  }

  function href(url) {
    // From disk a folder shows as a listing: link its index.html.
    return root + url + (onDisk && /\/$/.test(url) ? "index.html" : "");
  }

  function entry(item) {
    var type = item[0], title = item[1], url = item[2], date = item[3], text = item[4];
    var li = document.createElement("li");
    li.className = "result result-" + type;
    var kind = document.createElement("span");
    kind.className = "kicker";
    kind.textContent = type === "event" ? (date || "Undated") : "Entity \u00b7 " + text;
    var a = document.createElement("a");
    a.href = href(url);
    a.textContent = title;
    li.appendChild(kind);
    li.appendChild(document.createElement("br"));
    li.appendChild(a);
    if (type === "event" && text) {
      var p = document.createElement("p");
      p.textContent = text;
      li.appendChild(p);
    }
    return li;
  }

  function more(ticket) {
    var next = found.slice(shown, shown + PAGE);
    var chunks = [];
    next.forEach(function (d) {
      var c = Math.floor(d / outline.chunk);
      if (chunks.indexOf(c) === -1) chunks.push(c);
    });
    return Promise.all(chunks.map(function (c) { return load("d/" + c); })).then(function () {
      if (ticket !== asked) return;
      next.forEach(function (d) {
        var chunk = loaded["d/" + Math.floor(d / outline.chunk)];
        if (chunk) list.appendChild(entry(chunk[d % outline.chunk]));
      });
      shown += next.length;
      var button = document.getElementById("search-more");
      if (button) button.remove();
      if (shown < found.length) {
        button = document.createElement("button");
        button.id = "search-more";
        button.type = "button";
        button.textContent = "Show more results";
        button.addEventListener("click", function () { more(ticket); });
        list.parentNode.insertBefore(button, list.nextSibling);
      }
    });
  }

  function show(query) {
    var ticket = ++asked;
    var typed = words(query);
    if (!typed.length) {
      list.textContent = "";
      found = []; shown = 0;
      var button = document.getElementById("search-more");
      if (button) button.remove();
      status.textContent = outline.count + " events and entities to search.";
      return Promise.resolve();
    }
    return Promise.all(typed.map(function (w) { return load(shardOf(w)); })).then(function (shards) {
      if (ticket !== asked) return;
      var each = typed.map(function (w, i) { return matches(w, shards[i]); });
      var all = intersect(each.map(function (m) { return m.all; }));
      var head = new Set(intersect(each.map(function (m) { return m.head; })));
      // Doc numbers run newest first (see generator/search.py): title matches, then the rest, each by number.
      all.sort(function (a, b) { return (head.has(a) ? 0 : 1) - (head.has(b) ? 0 : 1) || a - b; });
      found = all; shown = 0;
      list.textContent = "";
      status.textContent = found.length === 0 ? "Nothing matches \u201c" + query + "\u201d." :
        found.length + (found.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d.";
      return more(ticket);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  function failed() { status.textContent = "The search index could not be loaded."; }
  try {
    outline = JSON.parse(input.getAttribute("data-outline"));
  } catch (e) {
    outline = null;
  }
  if (!outline || !outline.splits) { failed(); return; }
  status.textContent = "Loading the index\u2026";
  show(input.value).catch(failed);
  input.addEventListener("input", function () {
    show(input.value).catch(failed);
    var url = new URL(window.location.href);
    if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
  });
  input.form.addEventListener("submit", function (e) { if (outline) { e.preventDefault(); show(input.value); } });
})();
