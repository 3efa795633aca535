"""The events and entities as spreadsheet tables: data/events.csv and data/entities.csv.

Pure: the site graph in, bytes out, written with the csv module (RFC 4180:
comma-separated, double quotes, CRLF). The files start with a UTF-8 byte
order mark so that spreadsheet programs read names such as 陸上自衛隊 as UTF-8.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula
(and some read one after a tab or a carriage return), so such a cell is
prefixed with `'` (OWASP's advice on CSV injection): a title
`=HYPERLINK(...)` is shown as text, never run.
"""

from __future__ import annotations

import csv
import io

from generator.link import EntityNode, EventNode, SiteGraph
from generator.structured import event_summary, plain

TABLES = ("data/entities.csv", "data/events.csv")
EVENT_COLUMNS = ("id", "title", "date", "end", "precision", "location", "entities", "mentioned", "summary", "url", "sources")
ENTITY_COLUMNS = (
    "id", "name", "label", "short_name", "native_name", "native_lang", "kind", "parent", "founded",
    "headquarters", "website", "summary", "events", "url",
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _event_row(e: EventNode, site: str) -> tuple:
    end = e.end
    sources = [s.url for s in e.sources if s.url]
    return (
        e.id, e.title, e.date.iso() if e.date else "", end.iso() if end else "", e.date.precision if e.date else "",
        e.place, " ".join(e.entity_ids), " ".join(r.entity for r in e.roles if r.mentioned),
        event_summary(e), site + e.route, " ".join(sources),
    )


def _entity_row(n: EntityNode, site: str) -> tuple:
    e = n.entity
    return (
        n.id, e.name, n.label, e.short_name, e.native_name, e.native_lang, e.kind, e.parent,
        e.founded.iso() if e.founded else "", e.headquarters, e.website, plain(n.summary_html),
        len(n.events), site + n.route,
    )


def table_file(graph: SiteGraph, path: str, site: str) -> bytes:
    """The table at `path` (one of TABLES); links are absolute with `site`, relative to the site's root without."""
    if path == "data/events.csv":
        header, rows = EVENT_COLUMNS, [_event_row(e, site) for e in graph.events]
    else:
        header, rows = ENTITY_COLUMNS, [_entity_row(n, site) for n in graph.entities.values()]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
