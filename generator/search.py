"""The search index: a small JSON file the search page filters in the reader's browser."""

from __future__ import annotations

import html
import json
import re

from generator.dates import span_human, span_iso
from generator.link import EventNode, SiteGraph
from generator.mentions import Segments

EXCERPT = 240
_TAGS = re.compile(r"<[^>]+>")


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


def _event_item(e: EventNode, names: dict[str, str]) -> str:
    return json.dumps({
        "type": "event",
        "title": e.title,
        "url": e.route,
        # An interval as pages show it, and in its EDTF form (`2024-07-22/2024-07-25`),
        # which sorts by its start (search.js).
        "date": span_human(e.date, e.end) if e.date else "",
        "iso": span_iso(e.date, e.end) if e.date else "",
        "terms": sorted({names[r.entity] for r in e.roles} | {s.publisher for s in e.sources if s.publisher}),
        "text": excerpt(e),
    }, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def search_files(graph: SiteGraph, memo: dict | None = None) -> dict[str, bytes]:
    """`data/search.json`: every event and entity with the words a reader may look for.

    `memo` (id → (node, its entry)) lets a long-lived build make again only the
    entries of events that are new objects since the last call.
    """
    names = {eid: node.entity.name for eid, node in graph.entities.items()}
    memo = {} if memo is None else memo
    items = []
    for e in graph.events:
        held = memo.get(e.id)
        if held is None or held[0] is not e:
            held = memo[e.id] = (e, _event_item(e, names))
        items.append(held[1])
    items += [
        json.dumps({
            "type": "entity",
            "title": n.label,
            "url": n.route,
            "date": "",
            "iso": "",
            "terms": sorted(set(n.entity.names) - {n.entity.name}),
            "text": n.entity.kind.replace("-", " "),
        }, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        for n in graph.entities.values()
    ]
    # The same text as json.dumps of the whole, sort_keys and all ("items" is its only key).
    return {"data/search.json": ('{"items":[' + ",".join(items) + "]}\n").encode("utf-8")}
