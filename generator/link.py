"""Stage 2, link: resolve ids, find mentions, order the timeline, give every page a route.

Pure: model objects in, a `SiteGraph` out; nothing is read or written here.
"""

from __future__ import annotations

import hashlib
import marshal
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlparse

from generator.dates import PartialDate
from generator.diagnostics import BuildFailed, Diagnostic, Location, did_you_mean, quoted
from generator.markup import MarkupError, markdown_to_html, scope_ids
from generator.mentions import MentionFinder, Segments
from generator.model import Content, Entity, Event, Fact, Seed, SeedRef, SiteConfig
from generator.parallel import parallel_map
from generator.urls import is_web_url

RELATED_LIMIT = 5


@dataclass
class LinkMemo:
    """Markdown and mentions worked out by an earlier link, for a cache to keep between builds.

    All are pure functions of their input: Markdown of the text, a split of the
    HTML and of the entity names (which `names` records), related events of the
    timeline order and the entities involved (which the digest in `related` records).
    """

    names: tuple = ()
    splits: dict[str, tuple[Segments, frozenset[str]]] = field(default_factory=dict)
    markdown: dict[str, str] = field(default_factory=dict)
    # (digest of the timeline order and of who is involved, each event's related events)
    related: tuple[bytes, list[tuple[str, ...]]] = (b"", [])


@dataclass(frozen=True)
class Citation:
    """Where a fact's source can be read: an event page anchor or an outside URL."""

    label: str
    seed: str | None = None
    route: str | None = None  # internal route with #anchor, for seeds
    url: str | None = None  # outside URL


@dataclass(frozen=True)
class FactNode:
    html: str
    citations: tuple[Citation, ...]
    date: PartialDate | None = None


@dataclass(frozen=True)
class Source:
    """A seed as an event cites it, with the editor's corrections applied."""

    seed: str
    title: str
    publisher: str | None
    attributed_to: str | None
    url: str | None
    published: PartialDate | None
    author: str | None
    body: Segments
    updated: PartialDate | None = None
    dateline: str | None = None


@dataclass(frozen=True)
class Role:
    entity: str
    role: str | None
    mentioned: bool  # found in the text rather than named by an editor


@dataclass(frozen=True)
class EventNode:
    id: str
    title: str
    date: PartialDate | None
    route: str
    location: Location
    curated: bool
    sources: tuple[Source, ...]
    roles: tuple[Role, ...]
    place: str | None
    summary: Segments
    facts: tuple[FactNode, ...]
    # Parents of involved entities that are not involved themselves, with the
    # children that bring them in: context for a reader, never participants.
    context: tuple[tuple[str, tuple[str, ...]], ...] = ()
    related: tuple[str, ...] = ()
    previous: str | None = None
    next: str | None = None

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(r.entity for r in self.roles)


@dataclass(frozen=True)
class EntityNode:
    entity: Entity
    route: str
    children: tuple[str, ...]
    events: tuple[str, ...]  # chronological
    summary_html: str
    facts: tuple[FactNode, ...]
    # The parent a generic name needs beside it ("Japan" for "Ministry of Defense"), or None.
    qualifier: str | None = None

    @property
    def id(self) -> str:
        return self.entity.id

    @property
    def label(self) -> str:
        """The name as pages show it: "Ministry of Defense (Japan)"."""
        return f"{self.entity.name} ({self.qualifier})" if self.qualifier else self.entity.name


@dataclass(frozen=True)
class SiteGraph:
    """Everything `render` needs; read-only."""

    config: SiteConfig
    events: tuple[EventNode, ...]  # chronological, undated last
    entities: dict[str, EntityNode]  # by id, sorted by name
    warnings: tuple[Diagnostic, ...]

    def event(self, event_id: str) -> EventNode:
        return self._events_by_id[event_id]

    @cached_property
    def _events_by_id(self) -> dict[str, EventNode]:
        return {e.id: e for e in self.events}


def _check_entities(entities: tuple[Entity, ...], errors: list[Diagnostic]) -> dict[str, Entity]:
    by_id: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in by_id:
            first = by_id[entity.id].location
            errors.append(Diagnostic(entity.location, f"duplicate entity id {quoted(entity.id)} (first defined at {first.shown()})"))
            continue
        by_id[entity.id] = entity
    for entity in entities:
        for key, where in entity.ref_locations:
            target = getattr(entity, key)
            if target not in by_id:
                errors.append(Diagnostic(where, f"unknown entity {quoted(target)} in {quoted(key)}{did_you_mean(target, by_id)}"))
    # A parent chain that loops has no top and no page order.
    for entity in by_id.values():
        seen, current = set(), entity
        while current.parent and current.parent in by_id:
            if current.id in seen:
                errors.append(Diagnostic(dict(entity.ref_locations)["parent"], f"entity {quoted(entity.id)} is its own ancestor (parent chain loops)"))
                break
            seen.add(current.id)
            current = by_id[current.parent]
    names: dict[str, tuple[str, Location]] = {}
    for entity in entities:
        for name in entity.names:
            other = names.get(name)
            if other and other[0] != entity.id:
                errors.append(Diagnostic(entity.location, f"name or alias {quoted(name)} of {quoted(entity.id)} is already used by {quoted(other[0])}; a mention must point to one entity"))
            names.setdefault(name, (entity.id, entity.location))
    return by_id


def _check_seeds(content: Content, errors: list[Diagnostic]) -> dict[str, Seed]:
    """The seeds by id; two files whose names give one id (`x.txt` and `x.md`, `A b.txt` and `a-b.txt`) are an error."""
    by_id: dict[str, Seed] = {}
    for seed in content.seeds:
        first = by_id.setdefault(seed.id, seed)
        if first is not seed:
            try:
                shown = first.path.relative_to(content.root).as_posix()
            except ValueError:
                shown = first.path.as_posix()
            errors.append(Diagnostic(Location(seed.path), f"seed id {seed.id!r} is also the id of {shown}: rename one of them"))
    return by_id


def _citations(fact: Fact, seeds: dict[str, Seed], seed_event: dict[str, str], errors: list[Diagnostic]) -> tuple[Citation, ...]:
    out = []
    for source in fact.sources:
        if is_web_url(source):
            # The host alone: `https://trusted.example@other.example/` is a page on other.example.
            host = (urlparse(source).hostname or "").removeprefix("www.")
            out.append(Citation(label=host, url=source))
        elif source in seeds:
            seed = seeds[source]
            label = seed.publisher or seed.attributed_to or seed.title
            out.append(Citation(label=label, seed=source, route=f"events/{seed_event[source]}/#source-{source}"))
        else:
            errors.append(Diagnostic(fact.location, f"fact cites unknown source {quoted(source)}: use a seed id or an http(s) URL{did_you_mean(source, seeds)}"))
    return tuple(out)


def _facts(facts, seeds, seed_event, errors, html_of: dict[str, str]) -> tuple[FactNode, ...]:
    # Facts share a page: each keeps the ids its text gives apart from the others'.
    return tuple(
        FactNode(html=scope_ids(html_of[f.text], f"fact-{i}:"), citations=_citations(f, seeds, seed_event, errors), date=f.date)
        for i, f in enumerate(facts, 1)
    )


def _markdown_all(texts: list[str], memo: LinkMemo, jobs: int) -> dict[str, str]:
    """Every curated Markdown text as HTML: remembered ones looked up, the rest rendered across `jobs` processes."""
    wanted = list(dict.fromkeys(texts))
    todo = [t for t in wanted if t not in memo.markdown]
    done = dict(zip(todo, parallel_map(_markdown_or_error, todo, jobs, "markdown")))
    failed = {text: done.pop(text) for text in [t for t, html in done.items() if isinstance(html, MarkupError)]}
    memo.markdown.update(done)
    if failed:
        raise _Unreadable(failed)
    memo.markdown = {t: memo.markdown[t] for t in wanted}
    return memo.markdown


class _Unreadable(Exception):
    """Curated Markdown texts that could not be rendered, each with why."""

    def __init__(self, failed: dict[str, MarkupError]):
        self.failed = failed


def _markdown_or_error(text: str):
    try:
        return markdown_to_html(text)
    except MarkupError as exc:
        return exc


def _split_all(finder: MentionFinder, htmls: list[str], memo: LinkMemo, jobs: int) -> dict[str, tuple[Segments, frozenset[str]]]:
    """Every HTML text split at mentions: remembered splits reused while the entity names are the same."""
    if memo.names != finder.key:
        memo.names, memo.splits = finder.key, {}
    wanted = list(dict.fromkeys(htmls))
    todo = [h for h in wanted if h not in memo.splits]
    if len(todo) > 100:
        finder.prepare()
    for html, (segments, found) in zip(todo, parallel_map(finder.split, todo, jobs, "linking")):
        # The very string the seed holds, not a worker's copy: a cache then stores it once.
        segments.html = html
        memo.splits[html] = (segments, found)
    memo.splits = {h: memo.splits[h] for h in wanted}
    return memo.splits


def _events_from_content(content: Content, seeds: dict[str, Seed], entities: dict[str, Entity], errors: list[Diagnostic]) -> tuple[list[tuple[Event, bool]], dict[str, str]]:
    """Curated events, and one event for every seed that no curated event tells."""
    claimed: dict[str, str] = {}
    curated: dict[str, Event] = {}
    for event in content.events:
        if event.id in curated:
            first = curated[event.id].location
            errors.append(Diagnostic(event.location, f"duplicate event id {quoted(event.id)} (first defined at {first.shown()})"))
            continue
        curated[event.id] = event
        for ref in event.seeds:
            if ref.id not in seeds:
                errors.append(Diagnostic(ref.location, f"unknown seed {quoted(ref.id)}{did_you_mean(ref.id, seeds)}; seeds are the file names in seeds/ without extension"))
            else:
                claimed.setdefault(ref.id, event.id)
        for inv in event.entities:
            if inv.entity not in entities:
                errors.append(Diagnostic(inv.location, f"unknown entity {quoted(inv.entity)}{did_you_mean(inv.entity, entities)}"))
        if event.place and event.place not in entities:
            errors.append(Diagnostic(event.place_location, f"unknown entity {quoted(event.place)} in 'location'{did_you_mean(event.place, entities)}"))
    events = [(e, True) for e in curated.values()]
    for seed in seeds.values():
        if seed.id in claimed:
            continue
        if seed.id in curated:
            errors.append(Diagnostic(seed.location, f"seed {quoted(seed.id)} and the event {quoted(seed.id)} at {curated[seed.id].location.shown()} both want the page events/{seed.id}/: list the seed under that event's 'seeds' or rename one"))
            continue
        events.append((Event(id=seed.id, location=seed.location, seeds=(SeedRef(id=seed.id, location=seed.location),)), False))
        claimed[seed.id] = seed.id
    return events, claimed


def link_site(content: Content, *, jobs: int = 1, memo: LinkMemo | None = None) -> SiteGraph:
    """Resolve a loaded briefing into the graph of pages; raise BuildFailed on any dangling reference.

    `jobs` processes render Markdown and find mentions; `memo` (filled in here)
    holds what an earlier link worked out, so that only new text is done again.
    """
    memo = LinkMemo() if memo is None else memo
    errors: list[Diagnostic] = []
    warnings: list[Diagnostic] = list(content.warnings)
    entities = _check_entities(content.entities, errors)
    seeds = _check_seeds(content, errors)
    events, seed_event = _events_from_content(content, seeds, entities, errors)
    finder = MentionFinder((name, e.id) for e in entities.values() for name in e.names)
    with_summary = [e for e in entities.values() if e.summary] + [event for event, _ in events if event.summary]
    with_facts = (*entities.values(), *(event for event, _ in events))
    try:
        html_of = _markdown_all([x.summary for x in with_summary] + [f.text for x in with_facts for f in x.facts], memo, jobs)
    except _Unreadable as exc:
        where = [(x.summary, x.location) for x in with_summary] + [(f.text, f.location) for x in with_facts for f in x.facts]
        raise BuildFailed(errors + [Diagnostic(at, str(exc.failed[text])) for text, at in where if text in exc.failed]) from None
    # A page shows one summary, beside its facts and articles (see `scope_ids`).
    summary_of = {text: scope_ids(html_of[text], "summary:") for text in (x.summary for x in with_summary)}
    splits = _split_all(finder, [s.body_html for s in content.seeds] + [summary_of[e.summary] for e, _ in events if e.summary], memo, jobs)

    nodes: list[dict] = []
    for event, curated in events:
        refs = [r for r in event.seeds if r.id in seeds]
        sources, mentioned = [], set()
        for ref in refs:
            seed = seeds[ref.id]
            body, found = splits[seed.body_html]
            mentioned |= found
            sources.append(Source(
                seed=seed.id,
                title=ref.title or seed.title,
                publisher=ref.publisher or seed.publisher,
                attributed_to=ref.attributed_to or seed.attributed_to,
                url=ref.url or seed.url,
                published=ref.published or seed.published,
                author=seed.author,
                body=body,
                updated=seed.updated,
                dateline=seed.dateline,
            ))
        summary, found = splits[summary_of[event.summary]] if event.summary else ((), frozenset())
        mentioned |= found
        first = seeds[refs[0].id] if refs else None
        title = event.title or (first.title if first else event.id)
        date = event.date or (first and (first.event_date or first.published or first.updated)) or None
        if curated:
            warnings += _disagreements(event, refs, seeds, content.root)
        if date is None:
            warnings.append(Diagnostic(event.location, f"event {quoted(event.id)} has no date: give it one in content/events (date: 2026-05-29)", "warning"))
        roles = _roles(event, mentioned, entities, errors)
        named = {r.entity for r in roles if not r.mentioned}
        mentioned = {r.entity for r in roles if r.mentioned}
        # Made into an EventNode once its place in the timeline is known.
        nodes.append(dict(
            id=event.id,
            title=title,
            date=date,
            route=f"events/{event.id}/",
            location=event.location,
            curated=curated,
            sources=tuple(sources),
            roles=tuple(roles),
            place=event.place if event.place in entities else None,
            summary=summary,
            facts=_facts(event.facts, seeds, seed_event, errors, html_of),
            context=_parents(named | mentioned, entities),
        ))

    entity_facts = {e.id: _facts(e.facts, seeds, seed_event, errors, html_of) for e in entities.values()}
    if errors:
        raise BuildFailed(errors)

    nodes = _order(nodes, memo)
    by_entity: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        for role in node.roles:
            by_entity[role.entity].append(node.id)
    children: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        if entity.parent:
            children[entity.parent].append(entity.id)

    entity_nodes = {
        e.id: EntityNode(
            entity=e,
            route=f"entities/{e.id}/",
            children=tuple(sorted(children[e.id], key=lambda c: entities[c].name)),
            events=tuple(by_entity[e.id]),
            summary_html=summary_of[e.summary] if e.summary else "",
            facts=entity_facts[e.id],
            qualifier=_qualifier(e, entities),
        )
        for e in sorted(entities.values(), key=lambda e: (e.name.casefold(), e.id))
    }
    return SiteGraph(
        config=content.site,
        events=tuple(nodes),
        entities=entity_nodes,
        warnings=tuple(sorted(warnings, key=lambda d: d.sort_key)),
    )


def _roles(event: Event, mentioned: set[str], entities: dict[str, Entity], errors: list[Diagnostic]) -> list[Role]:
    """Who takes part in an event: the editor's participants (and place) first, then the entities its text merely mentions.

    An editor drops a mention with the event's `not_involved`; the text keeps its link.
    """
    roles = [Role(i.entity, i.role, False) for i in event.entities if i.entity in entities]
    named = {r.entity for r in roles}
    if event.place in entities and event.place not in named:
        roles.append(Role(event.place, "location", False))
        named.add(event.place)
    dropped = set()
    for eid, where in event.not_involved:
        if eid not in entities:
            errors.append(Diagnostic(where, f"unknown entity {eid!r} in 'not_involved'{did_you_mean(eid, entities)}"))
        elif eid in named:
            errors.append(Diagnostic(where, f"{eid!r} is both involved and in 'not_involved': remove it from one of them"))
        dropped.add(eid)
    return roles + [Role(eid, None, True) for eid in sorted(mentioned - named - dropped, key=lambda i: entities[i].name)]


# A country or an alliance is what tells one "Ministry of Defense" or one
# capital from another; a branch's parent service is not.
QUALIFYING_KINDS = ("country", "alliance")


def _qualifier(entity: Entity, entities: dict[str, Entity]) -> str | None:
    """The parent country or alliance to show beside a name that does not already say it."""
    parent = entities.get(entity.parent or "")
    if parent is None or parent.kind not in QUALIFYING_KINDS:
        return None
    name = entity.name.casefold()
    if any(n.casefold() in name for n in (parent.name, parent.short_name, *parent.aliases) if n):
        return None
    return parent.short_name or parent.name


def _agree(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates can mean the same day (a month agrees with each of its days)."""
    return a.year == b.year and (a.month is None or b.month is None or a.month == b.month) and (
        a.day is None or b.day is None or a.day == b.day
    )


def _disagreements(event: Event, refs: list[SeedRef], seeds: dict[str, Seed], root) -> list[Diagnostic]:
    """Warn where an article's own dates contradict the curated ones; the curated value is kept."""
    out = []
    for ref in refs:
        seed = seeds[ref.id]
        checks = (
            ("date", event.date, event.date_location, seed.event_date, seed.event_date_at),
            ("published", ref.published, ref.location, seed.published, seed.published_at),
        )
        for what, curated, where, said, said_at in checks:
            if curated and where and said and said_at and not _agree(curated, said):
                out.append(Diagnostic(
                    where,
                    f"{what} {curated.iso()} differs from {said.iso()} in {said_at.shown(root)}; "
                    f"the curated {what} is kept (correct whichever is wrong)",
                    "warning",
                ))
    return out


def _parents(involved: set[str], entities: dict[str, Entity]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    children: dict[str, list[str]] = defaultdict(list)
    for eid in involved:
        parent = entities[eid].parent
        if parent and parent in entities and parent not in involved:
            children[parent].append(eid)
    by_name = lambda i: (entities[i].name.casefold(), i)  # noqa: E731
    return tuple((p, tuple(sorted(children[p], key=by_name))) for p in sorted(children, key=by_name))


def _order(drafts: list[dict], memo: LinkMemo) -> list[EventNode]:
    """Sort chronologically, then make each event with its neighbours and related events."""
    drafts = sorted(drafts, key=lambda n: (n["date"] is None, n["date"].sort_key if n["date"] else (0, 0, 0), n["title"].casefold(), n["id"]))
    ids = [n["id"] for n in drafts]
    involved = [tuple(r.entity for r in n["roles"]) for n in drafts]
    # Related events depend only on the order and on who is involved: unchanged
    # by most edits, and worth remembering at thousands of events.
    # Version 0 of marshal writes every value in full: equal lists give equal bytes
    # whether or not they share string objects.
    key = hashlib.blake2b(marshal.dumps((ids, involved), 0), digest_size=16).digest()
    if memo.related[0] != key:
        # Each entity's events as a bit set over timeline positions: counting shared
        # entities event by event is quadratic when one entity is in most events.
        bits: dict[str, int] = defaultdict(int)
        for i, entity_ids in enumerate(involved):
            for eid in entity_ids:
                bits[eid] |= 1 << i
        memo.related = (key, [_related(i, [bits[eid] for eid in involved[i]], ids) for i in range(len(ids))])
    related = memo.related[1]
    return [
        EventNode(
            **n,
            related=related[i],
            previous=ids[i - 1] if i > 0 else None,
            next=ids[i + 1] if i + 1 < len(ids) else None,
        )
        for i, n in enumerate(drafts)
    ]


def _related(i: int, sets: list[int], ids: list[str]) -> tuple[str, ...]:
    """The events sharing the most entities with the one at position i; among equals, the nearest in time, then by id."""
    # at_least[t]: the events that share at least t+1 of the entities (counted with repeats).
    at_least: list[int] = []
    for s in sets:
        at_least.append(0)
        for t in range(len(at_least) - 1, 0, -1):
            at_least[t] |= at_least[t - 1] & s
        at_least[0] |= s
    me = ~(1 << i)
    related: list[str] = []
    above = 0
    for t in range(len(at_least) - 1, -1, -1):
        exact = at_least[t] & ~above & me
        above |= at_least[t]
        if exact:
            related += _nearest(i, exact, ids, RELATED_LIMIT - len(related))
            if len(related) == RELATED_LIMIT:
                break
    return tuple(related)


def _nearest(i: int, members: int, ids: list[str], limit: int) -> list[str]:
    """Up to `limit` positions of a bit set nearest to i (ties by id), as ids."""
    right = members >> (i + 1)
    left = members & ((1 << i) - 1)
    out: list[str] = []
    r = l = None
    while len(out) < limit and (right or left or r is not None or l is not None):
        if r is None and right:
            r = i + 1 + ((right & -right).bit_length() - 1)
            right &= right - 1
        if l is None and left:
            l = left.bit_length() - 1
            left ^= 1 << l
        if r is None and l is None:
            break
        take_left = r is None or (l is not None and (i - l, ids[l]) < (r - i, ids[r]))
        if take_left:
            out.append(ids[l])
            l = None
        else:
            out.append(ids[r])
            r = None
    return out
