"""The data files: data/events.json and data/entities.json, and the JSON Schemas they follow.

What a page shows of an event or an entity, for programs: summaries, facts
with their citations, sources, websites. Links are absolute when the site's
address is known, relative to the site's root otherwise.
"""

from __future__ import annotations

import html
import json
import re
from json.encoder import encode_basestring as _encode_str

from generator.dates import PartialDate, span_iso
from generator.dataschema import ENTITIES_SCHEMA, EVENTS_SCHEMA, RANKED_FIELDS, VERSION
from generator.link import Citation, EntityNode, EventNode, FactNode, SiteGraph, Source

DATA_FILES = ("data/entities.json", "data/events.json")
SCHEMA_FILES = {"data/entities.schema.json": ENTITIES_SCHEMA, "data/events.schema.json": EVENTS_SCHEMA}
_BLOCK_TAGS = re.compile(r"</?(?:p|div|li|ul|ol|br|h[1-6]|blockquote|pre|table|tr|td|th)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def data_file(graph: SiteGraph, path: str, site: str) -> bytes:
    """The file at `path` (one of DATA_FILES or SCHEMA_FILES); `site` is the site's absolute address, or ""."""
    if path in SCHEMA_FILES:
        return (_json(SCHEMA_FILES[path]) + "\n").encode("utf-8")
    if path == "data/events.json":
        return _events_file(graph, site)
    return (_json({"version": VERSION, "entities": _entities(graph, site)}) + "\n").encode("utf-8")


def _plain(markup: str) -> str:
    # Blocks are apart, inline markup is not: "the <b>charter</b>." is "the charter.".
    return " ".join(html.unescape(_TAGS.sub("", _BLOCK_TAGS.sub(" ", markup))).split())


def _articles(graph: SiteGraph) -> dict[str, tuple[Source, str]]:
    """Every article as the event that tells it cites it: its source and the route#anchor of its text."""
    found: dict[str, tuple[Source, str]] = {}
    for event in graph.events:
        routes = event.source_routes()
        for source in (*event.sources, *event.reading):
            found.setdefault(source.seed, (source, routes[source.seed]))
    return found


def _citations(cited: tuple[Citation, ...], articles: dict, site: str) -> list[dict]:
    citations = []
    for c in cited:
        if c.url:
            citations.append({"source": c.url, "title": None, "publisher": c.label, "url": c.url, "page": None})
        else:
            source = articles[c.seed][0]
            citations.append({
                "source": c.seed, "title": source.title, "publisher": source.publisher,
                "url": source.url, "page": site + c.route,
            })
    return citations


def _facts(facts: tuple[FactNode, ...], articles: dict, site: str) -> list[dict]:
    return [{
        "text": _plain(fact.html),
        "html": fact.html,
        "date": fact.date.iso() if fact.date else None,
        "citations": _citations(fact.citations, articles, site),
    } for fact in facts]


def _values(node: EventNode | EntityNode, kind: str, articles: dict, site: str) -> dict[str, list[dict]]:
    """Every value of each ranked field, in the order written; a field written as one plain value has none."""
    return {
        name: [{
            "value": span_iso(v.value, v.end) if isinstance(v.value, PartialDate) else v.value,
            "rank": v.rank,
            "shown": v.shown,
            "note": v.note,
            "citations": _citations(v.citations, articles, site),
        } for v in node.values_of(name)]
        for name in RANKED_FIELDS[kind]
    }


def _source(s: Source, route: str, site: str) -> dict:
    """An article as a data file lists it; `route` is where its text is, with its #anchor."""
    return {
        "seed": s.seed,
        "title": s.title,
        "publisher": s.publisher,
        "attributed_to": s.attributed_to,
        "url": s.url,
        "published": s.published.iso() if s.published else None,
        "page": site + route,
        # Near-copies of the article, built once with it (see generator/similar.py).
        "copies": [seed for _, seed in s.copies],
        "copy_of": s.copy_of,
    }


def _event(e: EventNode, articles: dict, site: str) -> dict:
    # Everything the page cites: its articles, then other events' articles
    # and outside addresses that its facts cite.
    routes = e.source_routes()
    sources = [_source(s, routes[s.seed], site) for s in e.sources]
    shown = {s.seed for s in (*e.sources, *e.reading)}
    cited = sorted({c.seed for f in e.facts for c in f.citations if c.seed and c.seed not in shown})
    sources += [_source(articles[seed][0], articles[seed][1], site) for seed in cited]
    for url, label in sorted({(c.url, c.label) for f in e.facts for c in f.citations if c.url}):
        sources.append({"seed": None, "title": None, "publisher": label, "attributed_to": None, "url": url, "published": None, "page": None, "copies": [], "copy_of": None})
    return {
        "id": e.id,
        "title": e.title,
        "date": e.date.iso() if e.date else None,
        "precision": e.date.precision if e.date else None,
        "end": e.end.iso() if e.end else None,
        "end_precision": e.end.precision if e.end else None,
        "edtf": span_iso(e.date, e.end) if e.date else None,
        "url": site + e.route,
        "path": e.route,
        "summary": _plain(e.summary.html) if e.summary else "",
        "summary_html": e.summary.html if e.summary else "",
        "entities": list(e.entity_ids),
        "mentioned": [r.entity for r in e.roles if r.mentioned],
        "roles": {r.entity: r.role for r in e.roles if r.role},
        "location": e.place,
        "sources": sources,
        "reading": [_source(s, routes[s.seed], site) for s in e.reading],
        "facts": _facts(e.facts, articles, site),
        "values": _values(e, "event", articles, site),
    }


def _events_file(graph: SiteGraph, site: str) -> bytes:
    """`_json({"version": VERSION, "events": [every event's dict]})`, made one event at a time.

    Every article's text is in this file (157 MB at 100,000 articles): as one
    list of dicts, then one string, it held some three times that at once in
    the process that made it. Each event is encoded as it is made, and only
    bytes are kept.
    """
    if not graph.events:
        return (_json({"version": VERSION, "events": []}) + "\n").encode("utf-8")
    articles = _articles(graph)
    parts = [b'{\n  "events": [\n']
    for i, e in enumerate(graph.events):
        parts.append(((",\n" if i else "") + "    " + _json(_event(e, articles, site), "    ")).encode("utf-8"))
    parts.append(f'\n  ],\n  "version": {_json(VERSION)}\n}}\n'.encode("utf-8"))
    return b"".join(parts)


def _entity(n: EntityNode, articles: dict, site: str) -> dict:
    e = n.entity
    return {
        "id": n.id,
        "name": e.name,
        "label": n.label,
        "short_name": e.short_name,
        "native_name": e.native_name,
        "native_lang": e.native_lang,
        "kind": e.kind,
        "parent": e.parent,
        "children": list(n.children),
        "aliases": list(e.aliases),
        "founded": e.founded.iso() if e.founded else None,
        "headquarters": e.headquarters,
        "website": e.website,
        "url": site + n.route,
        "path": n.route,
        "summary": _plain(n.summary_html),
        "summary_html": n.summary_html,
        "facts": _facts(n.facts, articles, site),
        "events": list(n.events),
        "values": _values(n, "entity", articles, site),
    }


def _entities(graph: SiteGraph, site: str) -> list[dict]:
    articles = _articles(graph)
    return [_entity(n, articles, site) for n in graph.entities.values()]


def _json(value, indent: str = "") -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)`, the same text many times faster.

    With an indent the standard library falls back to its pure-Python encoder;
    here only the nesting is Python and every string goes through its C encoder.
    """
    if isinstance(value, str):
        return _encode_str(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        items = ",\n".join(f"{inner}{_encode_str(k)}: {_json(v, inner)}" for k, v in sorted(value.items()))
        return "{\n" + items + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join(inner + _json(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value)
