"""What feed readers and crawlers read: Atom feeds, sitemap.xml and robots.txt.

Pure: the site graph in, `{output path: bytes}` out. Feeds and the sitemap need
absolute addresses, so they are made only when the site's public URL is known.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from markupsafe import Markup, escape

from generator import __version__
from generator.dates import PartialDate, span_human, span_parts
from generator.link import EventNode, SiteGraph
from generator.mentions import Segments

ATOM = "http://www.w3.org/2005/Atom"
# Dublin Core's date is W3C-DTF, which has exactly our precisions: 2016, 2024-07, 2026-05-29.
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
FEED = "feed.xml"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _timestamp(date: PartialDate) -> str:
    # Atom insists on a full timestamp; the earliest instant the date can mean is the
    # only one that never claims more than is known. Readers see the precise date in
    # the entry text, and dc:date carries it for machines.
    return date.first_day().isoformat() + "T00:00:00Z"


def _linked(segments: Segments, graph: SiteGraph, site_url: str) -> str:
    """Sanitised HTML from the graph, with entity mentions linked absolutely (a feed has no page to be relative to)."""
    parts = []
    for html, entity_id in segments:
        if entity_id is None:
            parts.append(html)
        else:
            node = graph.entities[entity_id]
            parts.append(f'<a href="{escape(site_url + node.route)}">{html}</a>')
    return "".join(parts)


def _when(event: EventNode) -> str:
    return span_human(event.date, event.end) if event.date else "Undated"


def _time(event: EventNode) -> str:
    """The event's date as HTML, each end of an interval a <time> of its own (as pages show it)."""
    if not event.date:
        return "Undated"
    first, dash, last = span_parts(event.date, event.end)
    html = f'<time datetime="{event.date.iso()}">{escape(first)}</time>'
    return html + (f'{dash}<time datetime="{event.end.iso()}">{escape(last)}</time>' if dash else "")


def _content(event: EventNode, graph: SiteGraph, site_url: str) -> str:
    when = _time(event)
    if event.place:
        place = graph.entities[event.place]
        when += f' · <a href="{escape(site_url + place.route)}">{escape(place.label)}</a>'
    html = [f"<p>{when}</p>"]
    if event.summary:
        html.append(_linked(event.summary, graph, site_url))
    involved, mentioned = [], []
    for role in event.roles:
        node = graph.entities[role.entity]
        link = f'<a href="{escape(site_url + node.route)}">{escape(node.label)}</a>'
        (mentioned if role.mentioned else involved).append(f"{link} ({escape(role.role)})" if role.role else link)
    if involved:
        html.append(f"<p>Involved: {', '.join(involved)}</p>")
    if mentioned:
        html.append(f"<p>Also mentioned: {', '.join(mentioned)}</p>")
    if event.sources:
        sources = []
        routes = event.source_routes()
        for s in event.sources:
            href = s.url or site_url + routes[s.seed]
            about = ", ".join(escape(x) for x in (s.publisher, s.published.human() if s.published else None) if x)
            sources.append(f'<a href="{escape(href)}">{escape(s.title)}</a>' + (f" ({about})" if about else ""))
        html.append(f"<p>Sources: {'; '.join(sources)}</p>")
    return "\n".join(html)


def _summary(event: EventNode) -> str:
    text = Markup("".join(html for html, _ in event.summary)).striptags() if event.summary else event.title
    return f"{_when(event)} · {text}"


def _newest_first(events: Iterable[EventNode]) -> list[EventNode]:
    dated = sorted((e for e in events if e.date), key=lambda e: (e.when, e.id), reverse=True)
    return dated + [e for e in events if not e.date]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _NOT_XML.sub("", v) for k, v in attrs.items()})
    if text is not None:
        # ElementTree escapes markup but not characters XML forbids, which scraped text can hold.
        element.text = _NOT_XML.sub("", text)
    return element


def _text(value: str) -> str:
    # Characters XML forbids are dropped (scraped text can hold them); markup is escaped.
    return _NOT_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attrs(attrs: dict[str, str]) -> str:
    return "".join(f' {name}="{_text(value).replace(chr(34), "&quot;")}"' for name, value in attrs.items())


def _element(indent: str, tag: str, text: str | None = None, **attrs: str) -> str:
    if text is None:
        return f"{indent}<{tag}{_attrs(attrs)} />"
    return f"{indent}<{tag}{_attrs(attrs)}>{_text(text)}</{tag}>"


def _updated(events: Iterable[EventNode], fallback: str) -> str:
    dates = [e.date for e in events if e.date]
    return _timestamp(max(dates, key=lambda d: d.sort_key)) if dates else fallback


def _entry(event: EventNode, graph: SiteGraph, site_url: str, updated: str, full: bool = True) -> str:
    """An event as a feed entry: with its `content` (full), or as its summary and the link to its page."""
    page = site_url + event.route
    lines = [
        "  <entry>",
        _element("    ", "id", page),
        _element("    ", "title", event.title),
        _element("    ", "link", rel="alternate", type="text/html", href=page),
        # An undated event has no instant of its own; it takes the feed's.
        _element("    ", "updated", _timestamp(event.date) if event.date else updated),
    ]
    if event.date:
        # Dublin Core's date is one W3C-DTF date: an interval's start, as `updated` is.
        lines.append(_element("    ", "dc:date", event.date.iso()))
    lines.append(_element("    ", "summary", _summary(event), type="text"))
    if full:
        lines.append(_element("    ", "content", _content(event, graph, site_url), type="html", **{"xml:base": page}))
    lines.append("  </entry>")
    return "\n".join(lines)


def _feed(graph: SiteGraph, site_url: str, path: str, title: str, page_route: str, events: list[EventNode],
          updated: str, entries: dict | None, full: bool) -> bytes:
    config = graph.config
    lines = [
        "<?xml version='1.0' encoding='utf-8'?>",
        f'<feed{_attrs({"xmlns": ATOM, "xmlns:dc": DUBLIN_CORE, "xml:lang": config.language})}>',
        _element("  ", "id", site_url + path),
        _element("  ", "title", title),
    ]
    if config.description:
        lines.append(_element("  ", "subtitle", config.description))
    lines += [
        _element("  ", "link", rel="self", type="application/atom+xml", href=site_url + path),
        _element("  ", "link", rel="alternate", type="text/html", href=site_url + page_route),
        # No "now" here: the feed changes when the briefing does, so the same input gives the same bytes.
        _element("  ", "updated", updated),
        f"  <author>\n{_element('    ', 'name', config.title)}\n  </author>",
        _element("  ", "generator", "briefing", version=__version__),
    ]
    # An event's entry reads the same in every feed of its kind it is in: made once per build.
    entries = {} if entries is None else entries
    for event in events:
        key = (event.id, updated if not event.date else "", full)
        held = entries.get(key)
        # Kept while the event is the same object: a long-lived caller may pass a changed one.
        if held is None or held[0] is not event:
            held = entries[key] = (event, _entry(event, graph, site_url, updated, full))
        lines.append(held[1])
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _sitemap(site_url: str, pages: Iterable[str]) -> bytes:
    urlset = ET.Element("urlset", {"xmlns": SITEMAP})
    routes = sorted(p.removesuffix("index.html") for p in pages if p.endswith(".html") and p != "404.html")
    for route in routes:
        # No <lastmod>: the build knows when events happened, not when pages last changed.
        _sub(_sub(urlset, "url"), "loc", site_url + route)
    ET.indent(urlset)
    return ET.tostring(urlset, encoding="utf-8", xml_declaration=True) + b"\n"


def feed_paths(graph: SiteGraph, site_url: str) -> list[str]:
    """The files `feed_file` makes: robots.txt always; feeds and sitemap.xml only with a public URL."""
    if not site_url:
        return ["robots.txt"]
    return sorted(["robots.txt", "sitemap.xml", FEED] + [n.route + FEED for n in graph.entities.values()])


def newest(graph: SiteGraph) -> str:
    """The briefing's newest event as a timestamp: the `updated` of feeds with no dated event of their own."""
    # A briefing without a single dated event has nothing better than the epoch.
    return _updated(graph.events, "1970-01-01T00:00:00Z")


def feed_entries(graph: SiteGraph, path: str) -> tuple[str, ...]:
    """The ids of the events the feed at `path` carries: its newest (`feed_limit` in site.yaml), newest first."""
    if path == FEED:
        events = graph.events
    else:
        node = graph.entities[path.removeprefix("entities/").removesuffix("/" + FEED)]
        events = [graph.event(eid) for eid in node.events]
    return tuple(e.id for e in _newest_first(events)[:graph.config.feed_limit])


def feed_file(path: str, graph: SiteGraph, site_url: str, pages: Iterable[str], updated: str | None = None,
              entries: dict | None = None) -> bytes:
    """One of the files `feed_paths` lists. `pages` are the output paths the sitemap
    lists; `updated` is `newest(graph)`, and `entries` a dict in which feed entries
    are kept, for a caller making many feeds."""
    updated = updated or newest(graph)
    if path == "robots.txt":
        robots = "User-agent: *\nAllow: /\n"
        return (f"{robots}\nSitemap: {site_url}sitemap.xml\n" if site_url else robots).encode("utf-8")
    if path == "sitemap.xml":
        return _sitemap(site_url, pages)
    events = [graph.event(eid) for eid in feed_entries(graph, path)]
    if path == FEED:
        return _feed(graph, site_url, FEED, graph.config.title, "", events, updated, entries, full=True)
    node = graph.entities[path.removeprefix("entities/").removesuffix("/" + FEED)]
    title = f"{node.label} · {graph.config.title}"
    # An entity's feed is as new as its newest event, whether or not it is in the feed.
    # Its entries are summaries and links: a reader following one entity is
    # told what happened and sent to the page; the briefing's feed has it all.
    return _feed(graph, site_url, path, title, node.route, events, _updated(events, updated), entries, full=False)


def feed_files(graph: SiteGraph, site_url: str, pages: Iterable[str]) -> dict[str, bytes]:
    """Atom feeds (the briefing's and one per entity), sitemap.xml and robots.txt.

    `site_url` is the absolute public URL ending in "/", or "" when unknown: then
    only robots.txt is made.
    """
    pages, updated = list(pages), newest(graph)
    return {path: feed_file(path, graph, site_url, pages, updated) for path in feed_paths(graph, site_url)}
