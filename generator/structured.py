"""What a page says about itself to machines: JSON-LD (schema.org), Open Graph and its meta description.

Pure: graph nodes in, a `Head` out. The JSON-LD is built here as Python values
and serialised once, escaped so that no text from a briefing can end the
script element it stands in (see `script`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from generator.link import EntityNode, EventNode, SiteGraph, reports_route
from generator.paging import SHOWN_PARTS

CONTEXT = "https://schema.org"
DESCRIPTION_LIMIT = 200
# A listing's ItemList names at most this many of its pages (its numberOfItems
# counts them all, as schema.org allows): the page links every one of them
# already, and 10,000 addresses would add half again to a timeline's weight.
LIST_LIMIT = 100

# schema.org types by entity kind; `_ORGANISATIONS` can have a parent organisation.
_TYPES = {
    "country": "Country",
    "city": "Place",
    "alliance": "GovernmentOrganization",
    "command": "GovernmentOrganization",
    "armed-force": "GovernmentOrganization",
    "ministry": "GovernmentOrganization",
    "government": "GovernmentOrganization",
    "fund": "GovernmentOrganization",
    "organisation": "Organization",
    "person": "Person",
}
_ORGANISATIONS = {"alliance", "command", "armed-force", "ministry", "government", "fund", "organisation"}
_PLACES = {"country", "city"}
# JSON's own escapes for what could end a script element or open a comment in
# it (<, >, &), and for the line separators old JavaScript parsers choke on.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


@dataclass(frozen=True)
class Head:
    """What goes in a page's <head> for machines: a description, Open Graph properties and a JSON-LD script."""

    description: str
    og: tuple[tuple[str, str], ...]
    jsonld: Markup


def script(data: dict) -> Markup:
    """`data` as a JSON-LD script element whose text no string in it can end."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(_SCRIPT_SAFE)
    return Markup(f'<script type="application/ld+json">{text}</script>')


def plain(html: str) -> str:
    """Text of sanitised HTML, on one line."""
    return " ".join(Markup(html).striptags().split())


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """`text` cut at a word to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


def event_summary(event: EventNode) -> str:
    return plain("".join(html for html, _ in event.summary)) if event.summary else ""


def _date(value) -> str | None:
    return value.iso() if value is not None else None


def _ref(node: EntityNode, link: Callable[[str], str], kind: str | None = None) -> dict:
    """A link to an entity's page as schema.org sees it: its @id is the page's address."""
    href = link(node.route)
    return {"@type": kind or _TYPES.get(node.entity.kind, "Thing"), "@id": href, "name": node.label, "url": href}


def _article(source, kind: str, href: str) -> dict:
    """An article as schema.org sees it; `href` is the address of its text on this site (route#anchor, linked)."""
    data = {"@type": kind, "headline": source.title, "url": source.url or href}
    if source.published:
        data["datePublished"] = source.published.iso()
    if getattr(source, "updated", None):
        data["dateModified"] = source.updated.iso()
    if source.publisher:
        data["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.author:
        data["author"] = {"@type": "Person", "name": source.author}
    if source.attributed_to:
        data["sourceOrganization"] = {"@type": "Organization", "name": source.attributed_to}
    return data


def _anchored(link: Callable[[str], str], route: str) -> str:
    """`link` of a route#anchor: the page's address, then its anchor."""
    page, _, anchor = route.partition("#")
    return f"{link(page)}#{anchor}"


def event_data(event: EventNode, graph: SiteGraph, link: Callable[[str], str]) -> dict:
    """An event as schema.org's Event: when, where, who took part, what it is about, and the reports that tell it."""
    page = link(event.route)
    data: dict = {"@context": CONTEXT, "@type": "Event", "@id": page, "url": page, "name": event.title}
    if event.date:
        data["startDate"] = event.date.iso()
    end = event.end
    if end is not None:
        data["endDate"] = end.iso()
    summary = event_summary(event)
    if summary:
        data["description"] = summary
    if event.place:
        data["location"] = _ref(graph.entities[event.place], link, "Place")
    # schema.org's Event has no "participant": the editors' participants are
    # its organizers, and everything it names is what it is about.
    # Its place is where it happened, not one of them.
    roles = [r for r in event.roles if r.entity != event.place]
    # As many entities found in the text as the page lists: its data does not grow with every report.
    kept = {id(r) for r in [r for r in roles if r.mentioned][:SHOWN_PARTS]}
    roles = [r for r in roles if not r.mentioned or id(r) in kept]
    organizers = [_ref(graph.entities[r.entity], link) for r in roles if not r.mentioned]
    if organizers:
        data["organizer"] = organizers
    if roles:
        data["about"] = [_ref(graph.entities[r.entity], link) for r in roles]
    if event.sources:
        routes = event.source_routes()
        # An event whose reports go on over several pages lists here those its page shows:
        # each further page lists its own (`hasPart`), so no page's data grows with them all.
        shown = event.report_parts()[0] if event.continued else event.sources
        data["subjectOf"] = [_article(s, "NewsArticle", _anchored(link, routes[s.seed])) for s in shown]
    return data


def entity_data(node: EntityNode, graph: SiteGraph, link: Callable[[str], str]) -> dict:
    """An entity as an organisation, place or person, linked to its parent, its children and its headquarters."""
    e = node.entity
    page = link(node.route)
    data: dict = {"@context": CONTEXT, "@type": _TYPES.get(e.kind, "Thing"), "@id": page, "url": page, "name": e.name}
    names = [n for n in (e.short_name, e.native_name, *e.aliases) if n]
    if names:
        data["alternateName"] = names
    summary = plain(node.summary_html)
    if summary:
        data["description"] = summary
    if e.website:
        data["sameAs"] = [e.website]
    if e.founded and e.kind in _ORGANISATIONS:
        data["foundingDate"] = e.founded.iso()
    if e.parent:
        parent = graph.entities[e.parent]
        if e.kind in _ORGANISATIONS and parent.entity.kind in _ORGANISATIONS:
            data["parentOrganization"] = _ref(parent, link)
        elif e.kind in _ORGANISATIONS and parent.entity.kind in _PLACES:
            data["areaServed"] = _ref(parent, link)
        elif e.kind in _PLACES and parent.entity.kind in _PLACES:
            data["containedInPlace"] = _ref(parent, link)
        elif e.kind == "person" and parent.entity.kind in _ORGANISATIONS:
            data["worksFor"] = _ref(parent, link)
        else:
            data["isPartOf"] = _ref(parent, link)
    if e.kind in _ORGANISATIONS:
        branches = [graph.entities[c] for c in node.children if graph.entities[c].entity.kind in _ORGANISATIONS]
        if branches:
            # As many as the page's "Includes" shows: a page's data does not grow with the briefing.
            data["subOrganization"] = [_ref(c, link) for c in branches[:SHOWN_PARTS]]
    if e.headquarters and e.kind in _ORGANISATIONS:
        data["location"] = _ref(graph.entities[e.headquarters], link, "Place")
    return data


def entity_summary(node: EntityNode, graph: SiteGraph) -> str:
    summary = plain(node.summary_html)
    if summary:
        return summary
    count = len(node.events)
    events = f"{count} event{'' if count == 1 else 's'}" if count else "no events yet"
    return f"{node.label}: {node.entity.kind.replace('-', ' ')} in {graph.config.title}, {events}."


def _website(graph: SiteGraph, link: Callable[[str], str], site: str) -> dict:
    data: dict = {"@type": "WebSite", "@id": link("") + "#website", "url": link(""), "name": graph.config.title}
    if graph.config.description:
        data["description"] = graph.config.description
    if graph.config.language:
        data["inLanguage"] = graph.config.language
    if site:
        # Search reads its query from ?q=, so a search engine may send one there.
        data["potentialAction"] = {"@type": "SearchAction", "target": site + "search/?q={query}", "query-input": "required name=query"}
    return data


def _list(name: str, routes: list[str], link: Callable[[str], str]) -> dict:
    items = [{"@type": "ListItem", "position": i, "url": link(r)} for i, r in enumerate(routes[:LIST_LIMIT], 1)]
    return {"@type": "ItemList", "name": name, "numberOfItems": len(routes), "itemListElement": items}


def _events_in(value) -> list[EventNode]:
    """The events a listing page's context holds, in the order it shows them."""
    found: list[EventNode] = []

    def walk(v) -> None:
        if isinstance(v, EventNode):
            found.append(v)
        elif isinstance(v, (list, tuple)):
            for item in v:
                walk(item)
        elif isinstance(v, dict):
            for item in v.values():
                walk(item)

    walk(value)
    return list({e.id: e for e in found}.values())


def _entities_in(value) -> list[EntityNode]:
    found: dict[str, EntityNode] = {}
    for nodes in (value.values() if isinstance(value, dict) else [value]):
        for node in nodes:
            if isinstance(node, EntityNode):
                found.setdefault(node.id, node)
    return list(found.values())


def _og(title: str, kind: str, description: str, canonical: str | None, site_title: str) -> tuple:
    og = [("og:title", title), ("og:type", kind)]
    if canonical:
        og.append(("og:url", canonical))
    if description:
        og.append(("og:description", description))
    return (*og, ("og:site_name", site_title))


def page_head(template: str, context: dict, graph: SiteGraph, link: Callable[[str], str], site: str,
              canonical: str | None) -> Head | None:
    """What the page made from `template` with `context` tells machines; None for a template this does not know.

    `link(route)` is the address a page's data uses for a route: absolute when
    the site's address (`site`) is known, relative to the page otherwise.
    """
    config = graph.config
    title = config.title
    if template == "event.html":
        event = context["page"]
        data = event_data(event, graph, link)
        description = shorten(event_summary(event)) or f"{event.date.human() if event.date else 'Undated'}: {event.title}"
        return Head(description, _og(event.title, "article", description, canonical, title), script(data))
    if template == "event-reports.html":
        event, number = context["page"], context["number"]
        page = link(reports_route(event.route, number))
        name = f"{event.title}: reports, page {number}"
        routes = event.source_routes()
        data = {"@context": CONTEXT, "@type": "WebPage", "@id": page, "url": page, "name": name,
                "about": {"@type": "Event", "@id": link(event.route), "name": event.title},
                "hasPart": [_article(s, "NewsArticle", _anchored(link, routes[s.seed])) for s in event.report_parts()[number - 1]]}
        description = shorten(f"Reports of {event.title}, page {number} of {len(event.continued) + 1}.")
        return Head(description, _og(name, "article", description, canonical, title), script(data))
    if template == "entity.html":
        node = context["page"]
        data = entity_data(node, graph, link)
        description = shorten(entity_summary(node, graph))
        return Head(description, _og(node.label, "website", description, canonical, title), script(data))
    website = _website(graph, link, site)
    if template == "home.html":
        description = shorten(config.description or f"{title}: a timeline of events, who took part, and the reports behind each.")
        data = {"@context": CONTEXT, "@graph": [website, _list("Latest events", [e.route for e in context.get("latest", ())], link)]}
        return Head(description, _og(title, "website", description, canonical, title), script(data))
    if template in ("timeline.html", "entities.html"):
        if template == "timeline.html":
            shown = _events_in(context)
            name = "Timeline"
            description = f"Every event in {title} in date order: {len(shown)} event{'' if len(shown) == 1 else 's'}, each with its sources."
            routes = [e.route for e in shown]
        else:
            shown = _entities_in(context.get("by_kind", {}))
            name = "Entities"
            description = f"The {len(shown)} entit{'y' if len(shown) == 1 else 'ies'} of {title}, by kind: who is who and who belongs to whom."
            routes = [n.route for n in shown]
        # A long timeline or directory is several pages: each is its own collection.
        page = link(context["part"]["route"] if "part" in context else template.removesuffix(".html") + "/")
        data = {"@context": CONTEXT, "@type": "CollectionPage", "@id": page, "url": page, "name": f"{name} · {title}",
                "description": description, "isPartOf": website, "mainEntity": _list(name, routes, link)}
        return Head(shorten(description), _og(f"{name} · {title}", "website", shorten(description), canonical, title), script(data))
    if template == "search.html":
        description = f"Search the events and entities of {title}."
        page = link("search/")
        data = {"@context": CONTEXT, "@type": "SearchResultsPage", "@id": page, "url": page, "name": f"Search · {title}",
                "description": description, "isPartOf": website}
        return Head(description, _og(f"Search · {title}", "website", description, canonical, title), script(data))
    if template == "404.html":
        description = f"This page is not part of {title}."
        data = {"@context": CONTEXT, "@type": "WebPage", "name": f"Page not found · {title}", "isPartOf": website}
        # Served at any address: no og:url.
        return Head(description, _og(f"Page not found · {title}", "website", description, None, title), script(data))
    return None
