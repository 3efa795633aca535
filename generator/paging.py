"""Long lists of events cut into pages: by year, then by month, then numbered.

The timeline and each entity's events stay one page while they are short
(`LIMIT` events or fewer); a longer list becomes an index of years, each year
a page, and a year with more than `LIMIT` events a page per month. A page
that would still be too long goes on over numbered pages (`p2/`, `p3/`).
Every page but the index links to the one before and after it, and up.

Parts are plain dicts and tuples: a page's context, which a build cache
digests (generator/cache.py), and which templates read as `part.events`.
"""

from __future__ import annotations

from collections import defaultdict

from generator.dates import MONTHS

# Events on one page: about 250 bytes each in a list, so a page stays well under 300 KB.
LIMIT = 500
# Of a list on one page that grows with the briefing (an entity's parts, its
# background reading, its sub-organisations in JSON-LD): how many are shown;
# the rest are a link away, each on a page of its own kind.
SHOWN_PARTS = 100


def split_events(events, base: str, limit: int | None = None) -> list[dict]:
    """The pages of `events` (in date order) under route `base`; the first is `base` itself."""
    limit = limit or LIMIT
    if len(events) <= limit:
        return [_part(base, "", events)]
    years: dict[object, list] = defaultdict(list)
    for event in events:
        years[event.date.year if event.date else None].append(event)
    parts, index = [], []
    for year in sorted(years, key=lambda y: (y is None, y or 0)):
        held = years[year]
        route = f"{base}{year if year is not None else 'undated'}/"
        label = str(year) if year is not None else "Undated"
        months: dict[object, list] = defaultdict(list)
        for event in held:
            months[event.date.month if event.date else None].append(event)
        if len(held) <= limit or year is None:
            parts += _numbered(route, label, held, limit)
            sub = tuple(
                (f"{MONTHS[m - 1]} {year}", f"{route}#y{year}-{m:02d}", len(months[m]), f"y{year}-{m:02d}")
                for m in sorted(k for k in months if k is not None)
            )
        else:
            # The year's page lists its months, and shows the events dated to the year alone.
            sub = tuple(
                (f"{MONTHS[m - 1]} {year}", f"{route}{m:02d}/", len(months[m]), f"y{year}-{m:02d}")
                for m in sorted(k for k in months if k is not None)
            )
            year_pages = _numbered(route, label, months.get(None, []), limit)
            year_pages[0]["index"] = tuple((*entry, ()) for entry in sub)
            parts += year_pages
            for m in sorted(k for k in months if k is not None):
                parts += _numbered(f"{route}{m:02d}/", f"{MONTHS[m - 1]} {year}", months[m], limit, up=(label, route))
        index.append((label, route, len(held), f"y{year if year is not None else 'undated'}", sub))
    root = _part(base, "", ())
    root["index"] = tuple(index)
    for before, part, after in zip([None, *parts], parts, [*parts[1:], None]):
        part["prev"] = (before["label"], before["route"]) if before else None
        part["next"] = (after["label"], after["route"]) if after else None
        part["up"] = part["up"] or ("", base)
    return [root, *parts]


def period_routes(parts: list[dict]) -> tuple:
    """Where a timeline cut by `split_events` shows each year and month: ((year, month or None), route) pairs;
    () for a timeline on one page. A year cut by month is its own page, each month a page of its own."""
    found = []
    for _, route, _, anchor, sub in parts[0]["index"]:
        if anchor[1:].isdigit():
            found.append(((int(anchor[1:]), None), route))
        for _, link, _, month_anchor in sub:
            year, month = month_anchor[1:].split("-")
            found.append(((int(year), int(month)), link))
    return tuple(found)


def _part(route: str, label: str, events, up=None) -> dict:
    return {"route": route, "label": label, "events": tuple(events), "index": (), "prev": None, "next": None, "up": up}


def _numbered(route: str, label: str, events: list, limit: int, up=None) -> list[dict]:
    chunks = [events[i : i + limit] for i in range(0, len(events), limit)] or [[]]
    return [
        _part(route if n == 1 else f"{route}p{n}/", label if len(chunks) == 1 else f"{label}, page {n} of {len(chunks)}", chunk, up)
        for n, chunk in enumerate(chunks, 1)
    ]


def split_directory(by_kind: dict[str, list], labels: dict[str, str], base: str = "entities/", limit: int | None = None) -> list[dict]:
    """The pages of the entity directory: one while it lists `limit` entities or fewer, else an index of kinds
    and a page per kind under `base`by-kind/<kind>/ (numbered `2/`, `3/` past `limit`).

    No entity's files are in the way: an entity's folder holds its page, its
    year pages, feed and calendar, so even one whose id is `by-kind` keeps them.
    """
    limit = limit or LIMIT
    if sum(len(nodes) for nodes in by_kind.values()) <= limit:
        return [{"route": base, "label": "", "by_kind": by_kind, "kinds": (), "prev": None, "next": None, "up": None}]
    parts, kinds = [], []
    for kind, nodes in by_kind.items():
        route = f"{base}by-kind/{kind}/"
        label = labels.get(kind, kind)
        chunks = [nodes[i : i + limit] for i in range(0, len(nodes), limit)]
        kinds.append((kind, label, route, len(nodes)))
        for n, chunk in enumerate(chunks, 1):
            parts.append({"route": route if n == 1 else f"{route}{n}/",
                          "label": label if len(chunks) == 1 else f"{label}, page {n} of {len(chunks)}",
                          "by_kind": {kind: chunk}, "kinds": (), "up": ("", base)})
    for before, part, after in zip([None, *parts], parts, [*parts[1:], None]):
        part["prev"] = (before["label"], before["route"]) if before else None
        part["next"] = (after["label"], after["route"]) if after else None
    root = {"route": base, "label": "", "by_kind": {}, "kinds": tuple(kinds), "prev": None, "next": None, "up": None}
    return [root, *parts]
