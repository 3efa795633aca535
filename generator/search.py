"""The search index: a small JSON file the search page filters in the reader's browser."""

from __future__ import annotations

import html
import json
import re

from generator.link import EventNode, SiteGraph

EXCERPT = 240
_TAGS = re.compile(r"<[^>]+>")


def _plain(event: EventNode) -> str:
    segments = event.summary or (event.sources[0].body if event.sources else ())
    text = html.unescape(_TAGS.sub(" ", "".join(part for part, _ in segments)))
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[:EXCERPT].rsplit(" ", 1)[0] + "…"


def search_files(graph: SiteGraph) -> dict[str, bytes]:
    """`data/search.json`: every event and entity with the words a reader may look for."""
    names = {eid: node.entity.name for eid, node in graph.entities.items()}
    items = [
        {
            "type": "event",
            "title": e.title,
            "url": e.route,
            "date": e.date.human() if e.date else "",
            "iso": e.date.iso() if e.date else "",
            "terms": sorted({names[r.entity] for r in e.roles} | {s.publisher for s in e.sources if s.publisher}),
            "text": _plain(e),
        }
        for e in graph.events
    ]
    items += [
        {
            "type": "entity",
            "title": n.entity.name,
            "url": n.route,
            "date": "",
            "iso": "",
            "terms": sorted(set(n.entity.names) - {n.entity.name}),
            "text": n.entity.kind.replace("-", " "),
        }
        for n in graph.entities.values()
    ]
    data = json.dumps({"items": items}, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return {"data/search.json": (data + "\n").encode("utf-8")}
