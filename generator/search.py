"""Search: an index split into small files, so that a query loads only what it needs.

The search page carries the index's outline (how its terms are cut into
shards); for each word typed it loads the one term shard the word's first
letters name, then the few chunks of result entries it shows. Each file is a script that hands its data
to `briefingSearch(name, data)`, so it loads by `<script src>` from a server
and from a folder opened with file:// alike (where fetch() of JSON is refused).

A term matches a word it starts with, as the reader types; for scripts
written without spaces (Japanese, Chinese) every tail of a run of characters
is a term too, so a word from its middle is found.
"""

from __future__ import annotations

import base64
import html
import json
import re
import unicodedata

from generator.dates import span_human, span_iso
from generator.link import EventNode, SiteGraph
from generator.mentions import Segments

EXCERPT = 240
# Result entries per chunk: a page of results from all over a large briefing
# costs at most this many entries per result shown.
CHUNK = 16
# A term shard larger than this is cut again, by one more letter.
SHARD_BYTES = 48_000
SEARCH_DIR = "search/"
_TAGS = re.compile(r"<[^>]+>")
_MARKS = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"[^\W_]+")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LONGEST = 40


def excerpt(event: EventNode) -> str:
    """The first words of what an event says, as its search entry shows them."""
    segments = event.summary or (event.sources[0].body if event.sources else ())
    markup = segments.html if isinstance(segments, Segments) else "".join(part for part, _ in segments)
    # The first few hundred characters of a long article are enough, unless tags
    # fill them: then the whole.
    head = markup[: 8 * EXCERPT]
    if len(head) < len(markup) and head.rfind("<") > head.rfind(">"):
        head = head[: head.rfind("<")]  # no half tag at the cut
    text = _plain(head)
    # A cut word or entity at the end is well past the excerpt.
    if len(head) == len(markup) or len(text) <= EXCERPT + 20:
        text = _plain(markup)
    return text if len(text) <= EXCERPT else text[:EXCERPT].rsplit(" ", 1)[0] + "…"


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAGS.sub(" ", markup)).split())


def fold(text: str) -> str:
    """Lower case without accents, as search.js folds what is typed."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", text.lower())))


def terms(text: str) -> set[str]:
    """The terms a text is found by (search.js splits a query into words the same way)."""
    found = set()
    for word in _WORD.findall(fold(text)):
        word = word[:_LONGEST]
        found.add(word)
        if _UNSPACED.search(word):
            found.update(word[i:] for i in range(1, len(word)))
    return found


def _entries(graph: SiteGraph, memo: dict) -> list[tuple[str, tuple, set[str], set[str]]]:
    """(sort key, shown entry, title terms, all terms) for each event and entity."""
    names = {eid: node.entity.name for eid, node in graph.entities.items()}
    entries = []
    for e in graph.events:
        held = memo.get(e.id)
        if held is None or held[0] is not e:
            # An interval as pages show it, and in its EDTF form (`2024-07-22/2024-07-25`),
            # whose text sorts by its start, then its end.
            date = span_human(e.date, e.end) if e.date else ""
            iso = span_iso(e.date, e.end) if e.date else ""
            text = excerpt(e)
            names_of = sorted({names[r.entity] for r in e.roles} | {s.publisher for s in e.sources if s.publisher})
            head = terms(" ".join([e.title, *names_of]))
            shown = ("event", e.title, e.route, date, text)
            held = memo[e.id] = (e, (iso, shown, head, head | terms(f"{date} {iso} {text}")))
        entries.append(held[1])
    for n in graph.entities.values():
        kind = n.entity.kind.replace("-", " ")
        head = terms(" ".join([n.label, *n.entity.names]))
        entries.append(("", ("entity", n.label, n.route, "", kind), head, head | terms(kind)))
    return entries


def _postings(ids: list[int], count: int):
    """Doc numbers as gaps less one (a JSON list), or as a bitmap in base64 when that is shorter."""
    gaps = [b - a - 1 for a, b in zip([-1, *ids], ids)]
    if len(ids) * 2 < count // 8:
        return gaps  # surely shorter than a bitmap: a gap takes at least two characters
    bits = bytearray((count + 7) // 8)
    for i in ids:
        bits[i >> 3] |= 1 << (i & 7)
    packed = base64.b64encode(bytes(bits)).decode("ascii")
    return gaps if len(json.dumps(gaps, separators=(",", ":"))) <= len(packed) + 2 else packed


def _script(name: str, data) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # JSON may hold U+2028 and U+2029 raw; older script parsers end a line there.
    payload = payload.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"briefingSearch({json.dumps(name)},{payload});\n".encode("utf-8")


def shard_name(key: str) -> str:
    """A term shard's file name: the hex of its key's UTF-8 (as search.js works it out)."""
    return key.encode("utf-8").hex()


def search_files(graph: SiteGraph, memo: dict | None = None) -> tuple[str, dict[str, bytes]]:
    """The index's outline, as JSON for the search page, and every file of the index by its path.

    `memo` (id → (node, its entry)) lets a long-lived build make again only the
    entries of events that are new objects since the last call.
    """
    entries = _entries(graph, {} if memo is None else memo)
    # Newest first, entities last: the order results are shown in after title
    # matches, so the first results of a query sit in the first chunks.
    order = sorted(range(len(entries)), key=lambda i: entries[i][0], reverse=True)
    order = sorted(order, key=lambda i: entries[i][0] == "")  # stable: newest events, undated, then entities
    count = len(order)
    every: dict[str, list[int]] = {}
    titles: dict[str, list[int]] = {}
    for doc, i in enumerate(order):
        _, _, head, all_terms = entries[i]
        for term in all_terms:
            every.setdefault(term, []).append(doc)
        for term in head:
            titles.setdefault(term, []).append(doc)
    encoded = {
        term: json.dumps([_postings(docs, count), _postings(titles.get(term, []), count)], separators=(",", ":"))
        for term, docs in every.items()
    }
    shards: dict[str, list[str]] = {}
    splits: list[str] = []

    def place(group: list[str], depth: int) -> None:
        by_key: dict[str, list[str]] = {}
        for term in group:
            by_key.setdefault(term[:depth], []).append(term)
        for key, held in by_key.items():
            if sum(len(t) + len(encoded[t]) + 4 for t in held) > SHARD_BYTES and any(len(t) > depth for t in held):
                splits.append(key)
                if key in encoded:
                    shards[key] = [key]
                place([t for t in held if len(t) > depth], depth + 1)
            else:
                shards[key] = held

    place(sorted(encoded), 1)
    outline = json.dumps({"chunk": CHUNK, "count": count, "splits": sorted(splits)}, ensure_ascii=False, separators=(",", ":"))
    files = {}
    for key, held in shards.items():
        data = "{" + ",".join(f"{json.dumps(t, ensure_ascii=False)}:{encoded[t]}" for t in sorted(held)) + "}"
        files[f"{SEARCH_DIR}t/{shard_name(key)}.js"] = _script("t/" + shard_name(key), data)
    for start in range(0, count, CHUNK):
        chunk = [list(entries[i][1]) for i in order[start : start + CHUNK]]
        files[f"{SEARCH_DIR}d/{start // CHUNK}.js"] = _script(f"d/{start // CHUNK}", chunk)
    return outline, dict(sorted(files.items()))
