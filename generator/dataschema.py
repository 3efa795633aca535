"""JSON Schemas (draft 2020-12) of data/events.json and data/entities.json.

Kept as Python, not as .json files, so that a change to them is a change to
the tool's code: a cache never keeps a schema file made by another version.
docs/schema/ holds the same schemas as files (a test keeps them equal).
"""

from __future__ import annotations

from generator.model import ENTITY_KINDS

# Raised when a field changes meaning or goes away; new fields keep the version.
VERSION = 1

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
_TEXT = {"type": "string"}
_MAYBE_TEXT = {"type": ["string", "null"]}
_ID = {"type": "string", "pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"}
_MAYBE_ID = {"anyOf": [_ID, {"type": "null"}]}
_DATE = {
    "type": ["string", "null"],
    "pattern": "^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$",
    "description": "A year, a month or a day (2026, 2026-05, 2026-05-29): never padded to a day it does not know.",
}
_DAY = "[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?"
_LINK = {
    "type": "string",
    "description": "Absolute when the site's address is known (site.yaml's url or --base-url), else relative to the site's root.",
}
_PATH = {"type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+/$", "description": "The page's address relative to the site's root."}
_MAYBE_LINK = {"anyOf": [_LINK, {"type": "null"}]}


def _object(properties: dict, description: str = "") -> dict:
    """A closed object: every field present (null when unknown), no others."""
    schema = {"type": "object", "properties": properties, "required": sorted(properties), "additionalProperties": False}
    if description:
        schema["description"] = description
    return schema


_CITATION = _object({
    "source": {**_TEXT, "description": "The cited article's seed id, or the outside address cited."},
    "title": {**_MAYBE_TEXT, "description": "The article's headline; null for an outside address."},
    "publisher": {**_MAYBE_TEXT, "description": "Who published it (the host name for an outside address)."},
    "url": {**_MAYBE_TEXT, "description": "Where the original can be read, when known."},
    "page": {**_MAYBE_LINK, "description": "The article on the briefing's event page that shows it; null for an outside address."},
}, "One source a fact rests on.")

_FACT = _object({
    "text": {**_TEXT, "description": "The fact as plain text."},
    "html": {**_TEXT, "description": "The fact as sanitised HTML."},
    "date": _DATE,
    "citations": {"type": "array", "items": _CITATION, "minItems": 1},
}, "A curated statement and its citations.")

# The fields an editor may give as a list of ranked, sourced values.
RANKED_FIELDS = {"entity": ("founded", "headquarters"), "event": ("date", "location")}

_RANKED_VALUE = _object({
    "value": {**_TEXT, "description": "A date at its precision (2024, 2024-07, 2024-07-09, or start/end for an interval) or an entity id."},
    "rank": {"enum": ["preferred", "normal", "deprecated"], "description": "As Wikidata ranks statements: the value to show, another that sources report, or one held to be wrong."},
    "shown": {"type": "boolean", "description": "Whether pages give this value as the field's (the preferred one, else the first normal one)."},
    "note": {**_MAYBE_TEXT, "description": "The editor's word on what the value means (\"operational\", \"agreed\")."},
    "citations": {"type": "array", "items": _CITATION, "minItems": 1},
}, "One value of a field that sources give differently, with its rank and the sources that report it.")


def _values(kind: str) -> dict:
    return _object(
        {name: {"type": "array", "items": _RANKED_VALUE} for name in RANKED_FIELDS[kind]},
        "Every value of each field an editor gave as a ranked list, in the order written; empty for a field given as one plain value.",
    )


_SOURCE = _object({
    "seed": {**_MAYBE_ID, "description": "The article's seed id; null for an outside address a fact cites."},
    "title": _MAYBE_TEXT,
    "publisher": _MAYBE_TEXT,
    "attributed_to": {**_MAYBE_TEXT, "description": "Whom the article credits with the story."},
    "url": _MAYBE_TEXT,
    "published": _DATE,
    "page": _MAYBE_LINK,
    "copies": {"type": "array", "items": _ID, "description": "Seed ids of near-copies of this article, built once with it."},
    "copy_of": {**_MAYBE_ID, "description": "For a near-copy: the seed id of the article whose text it repeats (shown there, once)."},
}, "An article the event page shows, another event's article its facts cite (its page says where), or an outside address they cite.")

EVENTS_SCHEMA = {
    "$schema": _DRAFT,
    "title": "briefing events",
    "description": "Every event of a briefing in timeline order (undated last): data/events.json.",
    **_object({
        "version": {"const": VERSION},
        "events": {"type": "array", "items": _object({
            "id": _ID,
            "title": _TEXT,
            "date": {**_DATE, "description": "When it happened, or began if it spans an interval: a year, a month or a day (2026, 2026-05, 2026-05-29), never padded to a day it does not know."},
            "precision": {"enum": ["year", "month", "day", None], "description": "What 'date' is known to."},
            "end": {**_DATE, "description": "The last year, month or day of an event that spans an interval; null for a single date."},
            "end_precision": {"enum": ["year", "month", "day", None], "description": "What 'end' is known to; null for a single date."},
            "edtf": {
                "type": ["string", "null"],
                "pattern": f"^{_DAY}(?:/{_DAY})?$",
                "description": "The date in EDTF form: 'date', or 'date/end' for an interval (2024-07-22/2024-07-25).",
            },
            "url": _LINK,
            "path": _PATH,
            "summary": {**_TEXT, "description": "Plain text; empty when the event has none."},
            "summary_html": {**_TEXT, "description": "Sanitised HTML; empty when the event has none."},
            "entities": {"type": "array", "items": _ID, "description": "Every entity involved or mentioned, participants first."},
            "mentioned": {"type": "array", "items": _ID, "description": "The entities only the text mentions."},
            "roles": {"type": "object", "additionalProperties": _TEXT, "description": "Entity id to the role an editor gave it."},
            "location": _MAYBE_ID,
            "sources": {"type": "array", "items": _SOURCE},
            "reading": {"type": "array", "items": _SOURCE, "description": "Background articles the event page shows under Reading."},
            "facts": {"type": "array", "items": _FACT},
            "values": _values("event"),
        })},
    }),
}

ENTITIES_SCHEMA = {
    "$schema": _DRAFT,
    "title": "briefing entities",
    "description": "Every entity of a briefing, by name: data/entities.json.",
    **_object({
        "version": {"const": VERSION},
        "entities": {"type": "array", "items": _object({
            "id": _ID,
            "name": _TEXT,
            "label": {**_TEXT, "description": "The name as pages show it, with its country or alliance when the name alone is generic."},
            "short_name": _MAYBE_TEXT,
            "native_name": _MAYBE_TEXT,
            "native_lang": _MAYBE_TEXT,
            "kind": {"enum": list(ENTITY_KINDS)},
            "parent": _MAYBE_ID,
            "children": {"type": "array", "items": _ID},
            "aliases": {"type": "array", "items": _TEXT},
            "founded": _DATE,
            "headquarters": _MAYBE_ID,
            "website": _MAYBE_TEXT,
            "url": _LINK,
            "path": _PATH,
            "summary": {**_TEXT, "description": "Plain text; empty when the entity has none."},
            "summary_html": {**_TEXT, "description": "Sanitised HTML; empty when the entity has none."},
            "facts": {"type": "array", "items": _FACT},
            "events": {"type": "array", "items": _ID, "description": "The events it is involved in or mentioned by, in timeline order."},
            "values": _values("entity"),
        })},
    }),
}
