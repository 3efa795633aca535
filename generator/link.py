"""Stage 2, link: resolve ids, find mentions, order the timeline, give every page a route.

Pure: model objects in, a `SiteGraph` out; nothing is read or written here.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import marshal
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlparse

from generator.dates import PartialDate, span_iso
from generator.diagnostics import BuildFailed, Diagnostic, Location, did_you_mean, quoted
from generator.markup import MarkupError, make_ready, markdown_to_html, scope_ids
from generator.mentions import MentionFinder, Segments
from generator.model import Content, Entity, Event, Fact, RankedValue, Seed, SeedRef, SiteConfig, shown_value
from generator.parallel import forks, parallel_map
from generator.similar import NEAR_COPY, keys, resemblance
from generator.urls import is_web_url

RELATED_LIMIT = 5
# An article no editor placed is read as a report of a curated event when its
# own event date is within MATCH_DAYS of the event's (or inside a month or year
# the event is dated to), it names at least MATCH_ENTITIES of the entities the
# event involves, and its headline shares MATCH_WORDS words with the event's
# title and summary.
MATCH_DAYS = 2
MATCH_ENTITIES = 2
MATCH_WORDS = 2


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
class RankedNode:
    """One value of a field that sources give differently, with its rank and citations."""

    value: PartialDate | str  # a date, or an entity id
    rank: str  # preferred, normal or deprecated
    citations: tuple[Citation, ...]
    shown: bool  # the value pages give the field
    note: str | None = None
    end: PartialDate | None = None


class _Ranked:
    """Lookup of a node's ranked fields by name, for templates."""

    def values_of(self, name: str) -> tuple[RankedNode, ...]:
        """Every value of field `name` as written, or () when it was written as one plain value."""
        return next((values for key, values in self.ranked if key == name), ())


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
    # Near-copies of the article folded into it: (credit, seed id) each.
    copies: tuple[tuple[str, str], ...] = ()
    # For a near-copy: the article whose text it repeats, shown once, there.
    copy_of: str | None = None


# Bytes of report text an event page shows before the rest of its reports go
# on numbered pages (`events/<id>/reports/2/`, ...). Half the 300 KB a page may
# weigh: the other half is for what grows with the number of reports too (the
# list of every report on the first page, its JSON-LD), and for the summary,
# facts and related events. A briefing's usual event is far below it, so its
# page does not change.
REPORT_BUDGET = 150_000
# What a report's entry adds beyond its text (heading, byline), and a link to an entity in it.
_ENTRY_BYTES, _MENTION_BYTES = 600, 100


def _report_bytes(source: "Source") -> int:
    """About what a report's entry weighs on its page: a near-copy shows only its credit."""
    if source.copy_of:
        return _ENTRY_BYTES
    body = source.body
    return _ENTRY_BYTES + len(getattr(body, "html", "").encode("utf-8")) + _MENTION_BYTES * len(getattr(body, "spans", ()))


def split_reports(sources: tuple["Source", ...]) -> tuple[int, ...]:
    """Where each page of an event's reports after the first begins (indexes into `sources`); () when one page holds them all.

    A page takes reports in order while their text stays within REPORT_BUDGET,
    and always at least one; a near-copy stays on the page of the text it repeats.
    """
    starts, used = [], 0
    for i, source in enumerate(sources):
        size = _report_bytes(source)
        if used and not source.copy_of and used + size > REPORT_BUDGET:
            starts.append(i)
            used = 0
        used += size
    return tuple(starts)


def reports_route(event_route: str, number: int) -> str:
    """The route of page `number` of an event's reports: the event's own page is number 1."""
    return event_route if number == 1 else f"{event_route}reports/{number}/"


def source_route(event_route: str, sources: tuple["Source", ...], starts: tuple[int, ...], seed: str) -> str:
    """The route, with its #anchor, of the entry that shows article `seed` among an event's reports
    (`starts` from `split_reports`); an article that is not one of them (background reading) is on the event's page.

    Every link to an article's text goes through here: citations, redirects,
    reading lists, feeds, JSON-LD and data files.
    """
    number = 1
    if starts:
        index = next((i for i, s in enumerate(sources) if s.seed == seed), None)
        if index is not None:
            number = 1 + sum(1 for start in starts if start <= index)
    return f"{reports_route(event_route, number)}#source-{seed}"


@dataclass(frozen=True)
class ReportPage:
    """One page of an event's reports, as a line in the list of its pages: which reports, from when, by how many outlets."""

    number: int
    route: str
    first: int  # the place of its first report among the event's, from 1
    last: int
    earliest: PartialDate | None  # the dates its reports were published, where known
    latest: PartialDate | None
    outlets: int  # publishers named, each once


@dataclass(frozen=True)
class Reading:
    """A background article as an entity page lists it: where its text is shown."""

    seed: str
    title: str
    publisher: str | None
    route: str  # the event page's route with #anchor


@dataclass(frozen=True)
class Role:
    entity: str
    role: str | None
    mentioned: bool  # found in the text rather than named by an editor


@dataclass(frozen=True)
class EventNode(_Ranked):
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
    # Background articles shown with the event, not as reports of it.
    reading: tuple[Source, ...] = ()
    # Parents of involved entities that are not involved themselves, with the
    # children that bring them in: context for a reader, never participants.
    context: tuple[tuple[str, tuple[str, ...]], ...] = ()
    related: tuple[str, ...] = ()
    previous: str | None = None
    next: str | None = None
    # The last day (month, year) of an event that spans an interval; `date` is its start.
    end: PartialDate | None = None
    # Fields sources give differently (date, location): every value, ranked.
    ranked: tuple[tuple[str, tuple[RankedNode, ...]], ...] = ()
    # Where each page of reports after the first begins, in `sources` (see `split_reports`).
    continued: tuple[int, ...] = ()

    def source_route(self, seed: str) -> str:
        """The route#anchor where this event shows article `seed`'s text."""
        return source_route(self.route, self.sources, self.continued, seed)

    def source_routes(self) -> dict[str, str]:
        """route#anchor of every report and background article of the event, by article."""
        out = {s.seed: f"{self.route}#source-{s.seed}" for s in self.reading}
        for number, part in enumerate(self.report_parts(), 1):
            out.update({s.seed: f"{reports_route(self.route, number)}#source-{s.seed}" for s in part})
        return out

    def report_pages(self) -> list[ReportPage]:
        """What each page of reports holds, the event's page first: one line of the list of pages each."""
        pages, first = [], 1
        for number, part in enumerate(self.report_parts(), 1):
            dates = sorted(s.published for s in part if s.published)
            outlets = len({s.publisher.casefold() for s in part if s.publisher})
            pages.append(ReportPage(number, reports_route(self.route, number), first, first + len(part) - 1,
                                    dates[0] if dates else None, dates[-1] if dates else None, outlets))
            first += len(part)
        return pages

    def report_parts(self) -> list[tuple[Source, ...]]:
        """The reports each page shows: the event's page first, then `reports/2/`, ..."""
        bounds = (0, *self.continued, len(self.sources))
        return [self.sources[a:b] for a, b in zip(bounds, bounds[1:])]

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(r.entity for r in self.roles)

    @property
    def when(self) -> tuple:
        """Where its dates put it in the timeline: see `timeline_key`."""
        return _when(self.date, self.end)

    @property
    def timeline_key(self) -> tuple:
        """The timeline's order: by start (a year before its months, a month before its
        days), a single date before an interval that starts with it, the interval that
        ends first before a longer one; undated last; then by title and id."""
        return (*self.when, self.title.casefold(), self.id)


def _when(start: PartialDate | None, end: PartialDate | None) -> tuple:
    if start is None:
        return (True, (0, 0, 0), False, 0)
    return (False, start.sort_key, end is not None, end.last_day().toordinal() if end else 0)


@dataclass(frozen=True)
class EntityNode(_Ranked):
    entity: Entity
    route: str
    children: tuple[str, ...]
    events: tuple[str, ...]  # chronological
    summary_html: str
    facts: tuple[FactNode, ...]
    reading: tuple[Reading, ...] = ()  # background articles that name the entity
    # The parent a generic name needs beside it ("Japan" for "Ministry of Defense"), or None.
    qualifier: str | None = None
    # Fields sources give differently (founded, headquarters): every value, ranked.
    ranked: tuple[tuple[str, tuple[RankedNode, ...]], ...] = ()

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
    # Where each article is shown, and why (see `_assign_articles`).
    placed: dict = field(default_factory=dict)
    # (old route, route#anchor): the address an article would have as an event
    # of its own, for each article another event shows, leading to where it is
    # now; so a link made before an editor placed it still works.
    redirects: tuple[tuple[str, str], ...] = ()

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
        _check_ranked_ids(entity.values, ("headquarters",), by_id, errors)
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


def _check_ranked_ids(fields, keys: tuple[str, ...], entities, errors: list[Diagnostic]) -> None:
    """Each value of these ranked fields must be an entity id."""
    for key, values in fields:
        if key in keys:
            for v in values:
                if v.value not in entities:
                    errors.append(Diagnostic(v.location, f"unknown entity {quoted(v.value)} in {quoted(key)}{did_you_mean(v.value, entities)}"))


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
            errors.append(Diagnostic(Location(seed.path), f"seed id {quoted(seed.id)} is also the id of {shown}: rename one of them"))
    return by_id


def _citations(fact: Fact | RankedValue, seeds: dict[str, Seed], sources: "_Sources", errors: list[Diagnostic], what: str = "fact") -> tuple[Citation, ...]:
    out = []
    # A ranked value knows where each of its sources is written; a fact points at itself.
    at = getattr(fact, "source_locations", ())
    for i, source in enumerate(fact.sources):
        if is_web_url(source):
            # The host alone: `https://trusted.example@other.example/` is a page on other.example.
            host = (urlparse(source).hostname or "").removeprefix("www.")
            out.append(Citation(label=host, url=source))
        elif source in seeds:
            # The credit the page that shows the article gives it, editor's corrections and all.
            record, route = sources.cited(source)
            label = record.publisher or record.attributed_to or record.title
            out.append(Citation(label=label, seed=source, route=route))
        else:
            where = at[i] if i < len(at) else fact.location
            errors.append(Diagnostic(where, f"{what} cites unknown source {quoted(source)}: use a seed id or an http(s) URL{did_you_mean(source, seeds)}"))
    return tuple(out)


def _ranked(fields, seeds, sources: "_Sources", errors: list[Diagnostic]) -> tuple[tuple[str, tuple[RankedNode, ...]], ...]:
    """Each ranked field's values with their citations; the one pages show marked `shown`."""
    out = []
    for key, values in fields:
        shown = shown_value(values)
        out.append((key, tuple(
            RankedNode(value=v.value, rank=v.rank, citations=_citations(v, seeds, sources, errors, f"a value of {key!r}"),
                       shown=v is shown, note=v.note, end=v.end)
            for v in values
        )))
    return tuple(out)


def _facts(facts, seeds, sources, errors, html_of: dict[str, str]) -> tuple[FactNode, ...]:
    # Facts share a page: each keeps the ids its text gives apart from the others'.
    return tuple(
        FactNode(html=scope_ids(html_of[f.text], f"fact-{i}:"), citations=_citations(f, seeds, sources, errors), date=f.date)
        for i, f in enumerate(facts, 1)
    )


def _markdown_all(texts: list[str], memo: LinkMemo, jobs: int) -> dict[str, str]:
    """Every curated Markdown text as HTML: remembered ones looked up, the rest rendered across `jobs` processes."""
    wanted = list(dict.fromkeys(texts))
    todo = [t for t in wanted if t not in memo.markdown]
    if forks(len(todo), jobs):
        make_ready()  # in this process, for the workers to share
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


def _curated_markdown(curated, memo: LinkMemo, jobs: int, errors: list[Diagnostic]) -> tuple[dict[str, str], dict[str, str]]:
    """Every summary and fact of entities and events as HTML, and each summary with its ids kept apart (see `scope_ids`)."""
    with_summary = [x for x in curated if x.summary]
    try:
        html_of = _markdown_all([x.summary for x in with_summary] + [f.text for x in curated for f in x.facts], memo, jobs)
    except _Unreadable as exc:
        where = [(x.summary, x.location) for x in with_summary] + [(f.text, f.location) for x in curated for f in x.facts]
        raise BuildFailed(errors + [Diagnostic(at, str(exc.failed[text])) for text, at in where if text in exc.failed]) from None
    # A page shows one summary, beside its facts and articles.
    return html_of, {x.summary: scope_ids(html_of[x.summary], "summary:") for x in with_summary}


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


def _curated_events(content: Content, seeds: dict[str, Seed], entities: dict[str, Entity], errors: list[Diagnostic]) -> dict[str, Event]:
    """The events of content/events by id, each reference in them checked."""
    curated: dict[str, Event] = {}
    for event in content.events:
        if event.id in curated:
            first = curated[event.id].location
            errors.append(Diagnostic(event.location, f"duplicate event id {quoted(event.id)} (first defined at {first.shown()})"))
            continue
        curated[event.id] = event
        for ref in (*event.seeds, *event.reading):
            if ref.id not in seeds:
                errors.append(Diagnostic(ref.location, f"unknown seed {quoted(ref.id)}{did_you_mean(ref.id, seeds)}; seeds are the file names in seeds/ without extension"))
        for inv in event.entities:
            if inv.entity not in entities:
                errors.append(Diagnostic(inv.location, f"unknown entity {quoted(inv.entity)}{did_you_mean(inv.entity, entities)}"))
        if any(key == "location" for key, _ in event.values):
            _check_ranked_ids(event.values, ("location",), entities, errors)
        elif event.place and event.place not in entities:
            errors.append(Diagnostic(event.place_location, f"unknown entity {quoted(event.place)} in 'location'{did_you_mean(event.place, entities)}"))
    for seed in seeds.values():
        if seed.event and seed.event not in curated:
            errors.append(Diagnostic(seed.event_at or seed.location, f"unknown event {quoted(seed.event)} in 'event'{did_you_mean(seed.event, curated)}; events are the ids in content/events"))
    return curated


@dataclass(frozen=True)
class Placement:
    """Where an article is shown, and why there (see README, "How articles become events")."""

    event: str
    how: str  # "listed" (seeds: or reading:), "front matter" (event:), "matched", "own", "copy"
    reading: bool = False
    copy_of: str | None = None


@dataclass
class _Assigned:
    """What `_assign_articles` decided: every event with its articles, and where each article is shown."""

    events: list[Event]
    curated: set[str]
    placed: dict[str, Placement]
    sources: dict[str, list[SeedRef]]  # event id → the articles it reports, editor's refs first
    reading: dict[str, list[SeedRef]]  # event id → its background articles
    copies: dict[str, list[str]]  # seed id → near-copies of it folded into it


def _assign_articles(curated: dict[str, Event], seeds: dict[str, Seed], mentions: dict[str, frozenset[str]],
                     copy_of: dict[str, str], warnings: list[Diagnostic], errors: list[Diagnostic]) -> _Assigned:
    """Decide which event each article belongs to: listed, then front matter, then a match; the rest are events of their own."""
    placed: dict[str, Placement] = {}
    sources: dict[str, list[SeedRef]] = {eid: [r for r in e.seeds if r.id in seeds] for eid, e in curated.items()}
    reading: dict[str, list[SeedRef]] = {eid: [r for r in e.reading if r.id in seeds] for eid, e in curated.items()}
    # 1. An editor's list in an event file. An article may be listed by several
    # events; it is shown by each, and cited at the first.
    for eid, event in curated.items():
        for ref in event.seeds:
            placed.setdefault(ref.id, Placement(eid, "listed"))
        for ref in event.reading:
            placed.setdefault(ref.id, Placement(eid, "listed", reading=True))
    # 2. The article's own front matter (`event:`).
    for seed in seeds.values():
        if seed.id not in placed and seed.event in curated:
            placed[seed.id] = Placement(seed.event, "front matter", reading=seed.background)
            (reading if seed.background else sources)[seed.event].append(SeedRef(seed.id, seed.location))
    # 3. A match on date, entities and headline words, for what no editor placed.
    index = _DateIndex(curated.values())
    for seed in seeds.values():
        if seed.id in placed or seed.id in copy_of:
            continue
        found = index.match(seed, mentions[seed.id])
        if found is None:
            continue
        eid, why = found
        placed[seed.id] = Placement(eid, "matched", reading=seed.background)
        (reading if seed.background else sources)[eid].append(SeedRef(seed.id, seed.location))
        how = "read as background of" if seed.background else "read as a report of"
        listed = "reading:" if seed.background else "seeds:"
        # A raw text has no front matter: only the event file can say it.
        hint = ", or give it event: <id>" if seed.format == "markdown" else ""
        warnings.append(Diagnostic(seed.location, f"{how} event {quoted(eid)} ({why}); list it under that event's {listed} to confirm{hint}", "warning"))
    # 4. What is left is an event of its own, at the address its file name gives,
    # unless an earlier report of the same happening already made one: the
    # earliest report gives the event its address, later ones join it.
    events = list(curated.values())
    copies: dict[str, list[str]] = defaultdict(list)
    own = _DateIndex(())
    for seed in sorted(seeds.values(), key=_report_order):
        if seed.id in placed:
            continue
        if seed.id in copy_of:
            continue
        if seed.id in curated:
            errors.append(Diagnostic(seed.location, f"seed {quoted(seed.id)} and the event {quoted(seed.id)} at {curated[seed.id].location.shown()} both want the page events/{seed.id}/: list the seed under that event's 'seeds' or rename one"))
            continue
        # Only a day says "the same happening": two articles that give just a
        # month or a year may well tell two stories with the same names in them.
        day = seed.event_date is not None and seed.event_date.precision == "day"
        found = own.match(seed, mentions[seed.id]) if day and not seed.background else None
        if found is not None:
            eid, why = found
            placed[seed.id] = Placement(eid, "matched")
            sources[eid].append(SeedRef(seed.id, seed.location))
            warnings.append(Diagnostic(seed.location, (
                f"read as a report of the same happening as {quoted(eid)} ({why}); to confirm, list both in one event "
                "file in content/events, or to keep them apart, give them events of their own"
            ), "warning"))
            continue
        event = Event(id=seed.id, location=seed.location, seeds=(SeedRef(id=seed.id, location=seed.location),))
        events.append(event)
        placed[seed.id] = Placement(seed.id, "own")
        sources[seed.id], reading[seed.id] = [SeedRef(seed.id, seed.location)], []
        if day:
            own.add(replace(event, title=seed.title, date=seed.event_date, end=seed.event_end), mentions[seed.id])
    # 5. A near-copy no editor placed is shown once, with the article it copies.
    for copy, original in sorted(copy_of.items()):
        if copy not in placed and original in placed:
            placed[copy] = Placement(placed[original].event, "copy", placed[original].reading, copy_of=original)
            copies[original].append(copy)
    return _Assigned(events, set(curated), placed, sources, reading, dict(copies))


_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common in headlines about anything to say two are about the same thing.
_COMMON = frozenset("that this with from will have been their they said says over into more after about what when".split())


def _words(text: str) -> frozenset[str]:
    """The words of a headline or summary that can tell two stories apart (lower case, four letters or more)."""
    return frozenset(w.casefold().removesuffix("'s") for w in _WORD.findall(text.replace("\u2019", "'"))) - _COMMON


def _report_order(seed: Seed) -> tuple:
    """The order in which articles no editor placed become events: the happening's earliest report first."""
    date = seed.event_date or seed.published
    return (date is None, date.sort_key if date else (0, 0, 0), seed.id)


def _days(start: PartialDate, end: PartialDate | None) -> tuple[int, int]:
    """The first and last day a date or an interval can mean, as ordinals."""
    return start.first_day().toordinal(), (end or start).last_day().toordinal()


def _exact(start: PartialDate, end: PartialDate | None) -> bool:
    """Whether a date or interval is known to the day at each end: only then do days apart mean anything."""
    return start.precision == "day" and (end is None or end.precision == "day")


# An interval over more months than this is not indexed month by month; it is
# tried against every article (a briefing holds few such long events).
_INDEXED_MONTHS = 36


def _months(start: PartialDate, end: PartialDate | None, spread: int = 0) -> set[tuple[int, int | None]] | None:
    """The (year, month) and (year, None) keys the days from `start` to `end` fall in, `spread` days either side; None when too many."""
    first, last = _days(start, end)
    first = _dt.date.fromordinal(max(first - spread, 1))
    last = _dt.date.fromordinal(min(last + spread, _dt.date.max.toordinal()))
    count = (last.year - first.year) * 12 + last.month - first.month + 1
    if count > _INDEXED_MONTHS:
        return None
    keys, year, month = set(), first.year, first.month
    for _ in range(count):
        keys |= {(year, month), (year, None)}
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


class _DateIndex:
    """Events by the months they fall in, to match an article only against events of its own dates."""

    def __init__(self, events):
        self._by_month: dict[tuple[int, int | None], list[tuple]] = defaultdict(list)
        self._wide: list[tuple] = []
        self._words: dict[str, frozenset[str]] = {}
        for event in events:
            if event.date is not None:
                self.add(event, frozenset(i.entity for i in event.entities) | ({event.place} if event.place else frozenset()))

    def add(self, event: Event, involved: frozenset[str]) -> None:
        """Index one event (its `date` set, and `end` for an interval) with the entities that count as involved in it."""
        entry = (event, _days(event.date, event.end), _exact(event.date, event.end), involved)
        if event.end is None:
            self._by_month[event.date.year, event.date.month].append(entry)
            return
        keys = _months(event.date, event.end)
        if keys is None:
            self._wide.append(entry)
        # Its months find it; (year, None) is where single year-precision events are.
        for key in sorted(k for k in keys or () if k[1] is not None):
            self._by_month[key].append(entry)

    def _candidates(self, start: PartialDate, end: PartialDate | None) -> list[tuple]:
        if end is None and start.precision != "year":
            # Two days either side can cross into the next or previous month.
            keys = {(start.year, None), (start.year, start.month)}
            if start.precision == "day":
                keys |= _months(start, None, MATCH_DAYS)
        else:
            keys = _months(start, end, MATCH_DAYS if _exact(start, end) else 0)
        if keys is None:
            found = [e for entries in self._by_month.values() for e in entries]
        else:
            found = [e for key in sorted(keys, key=lambda k: (k[0], k[1] or 0)) for e in self._by_month.get(key, ())]
        # An interval is indexed under each of its months: each event once.
        return list({id(e): e for e in found + self._wide}.values())

    def match(self, seed: Seed, mentioned: frozenset[str]) -> tuple[str, str] | None:
        """The curated event this article most likely reports, and why; None when none is close enough.

        Dates close enough: they overlap (a day inside an interval, a month and
        one of its days), or, where both are known to the day, are at most
        MATCH_DAYS apart.
        """
        start, end = seed.event_date, seed.event_end
        if start is None or not (self._by_month or self._wide) or len(mentioned) < MATCH_ENTITIES:
            return None
        first, last = _days(start, end)
        exact = _exact(start, end)
        title = None
        best = None
        for event, (event_first, event_last), event_exact, involved in self._candidates(start, end):
            shared = len(involved & mentioned)
            if shared < MATCH_ENTITIES:
                continue
            apart = max(event_first - last, first - event_last, 0)
            if apart and not (exact and event_exact and apart <= MATCH_DAYS):
                continue
            if title is None:
                title = _words(seed.title)
            words = self._words.get(event.id)
            if words is None:
                words = self._words[event.id] = _words(f"{event.title or ''} {event.summary}")
            common = len(title & words)
            if common < MATCH_WORDS:
                continue
            key = (-shared, -common, apart, event.id)
            if best is None or key < best[0]:
                if apart:
                    when = f"{apart} day{'s' if apart > 1 else ''} apart"
                else:
                    when = "within its dates" if event.end is not None else "same date"
                best = (key, event.id, f"{when}, {shared} shared entities, {common} shared headline words")
        return None if best is None else (best[1], best[2])


def event_matcher(events) -> Callable[[Seed, frozenset[str]], tuple[str, str] | None]:
    """What link does with an article no editor placed, for `ingest`: (curated event id, why) or None."""
    return _DateIndex(events).match


class _Sources:
    """Each (event, article) as the event shows it: one record, the editor's values over the article's."""

    def __init__(self, assigned: _Assigned, seeds: dict[str, Seed], splits):
        self._seeds, self._splits, self._assigned = seeds, splits, assigned
        self._made: dict[tuple[str, str], Source] = {}
        self._split: dict[str, tuple[tuple[Source, ...], tuple[int, ...]]] = {}
        self._refs = {
            (eid, ref.id): ref
            for table in (assigned.sources, assigned.reading) for eid, refs in table.items() for ref in refs
        }

    def get(self, event_id: str, seed_id: str) -> Source:
        key = (event_id, seed_id)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = self._resolve(self._refs.get(key) or SeedRef(seed_id, self._seeds[seed_id].location), self._seeds[seed_id])
        return made

    def shown(self, event_id: str, refs) -> tuple[Source, ...]:
        """The records an event shows for these articles, each followed by its near-copies (credited, their text not repeated)."""
        out = []
        for ref in refs:
            out.append(self.get(event_id, ref.id))
            for copy in self._assigned.copies.get(ref.id, ()):
                if self._assigned.placed[copy].event == event_id:
                    out.append(self.get(event_id, copy))
        return tuple(out)

    def split(self, event_id: str) -> tuple[tuple[Source, ...], tuple[int, ...]]:
        """An event's reports as it shows them, and where each page of them after the first begins."""
        made = self._split.get(event_id)
        if made is None:
            shown = self.shown(event_id, self._assigned.sources.get(event_id, ()))
            made = self._split[event_id] = (shown, split_reports(shown))
        return made

    def route(self, event_id: str, seed_id: str) -> str:
        """The route#anchor where event `event_id` shows article `seed_id`."""
        shown, starts = self.split(event_id)
        return source_route(f"events/{event_id}/", shown, starts, seed_id)

    def cited(self, seed_id: str) -> tuple[Source, str]:
        """The record a citation of this article shows, and the route of the anchor where its text is."""
        place = self._assigned.placed.get(seed_id)
        if place is None:
            own = self._resolve(SeedRef(seed_id, self._seeds[seed_id].location), self._seeds[seed_id])
            return own, self.route(seed_id, seed_id)
        # A copy has an entry of its own, with its credit, beside the text it copies.
        return self.get(place.event, seed_id), self.route(place.event, seed_id)

    def _resolve(self, ref: SeedRef, seed: Seed) -> Source:
        copies = tuple(
            (c.publisher or c.attributed_to or c.title, c.id)
            for c in (self._seeds[i] for i in self._assigned.copies.get(seed.id, ()))
        )
        return Source(
            seed=seed.id,
            title=ref.title or seed.title,
            publisher=ref.publisher or seed.publisher,
            attributed_to=ref.attributed_to or seed.attributed_to,
            url=ref.url or seed.url,
            published=ref.published or seed.published,
            author=seed.author,
            body=self._splits[seed.body_html][0],
            updated=seed.updated,
            dateline=seed.dateline,
            copies=copies,
            copy_of=place.copy_of if (place := self._assigned.placed.get(seed.id)) is not None else None,
        )


def _resolve_sources(assigned: _Assigned, seeds: dict[str, Seed], splits) -> _Sources:
    """One `Source` per (event, article): what the event header, citations, feeds, search and data files all show."""
    return _Sources(assigned, seeds, splits)


def _mentions_and_roles(assigned: _Assigned, seeds, entities, sources: _Sources, splits, html_of, summary_of, content: Content,
                        warnings: list[Diagnostic], errors: list[Diagnostic]) -> list[dict]:
    """Each event's title, date, sources, reading and who takes part, before its place in the timeline is known."""
    drafts: list[dict] = []
    for event in assigned.events:
        curated = event.id in assigned.curated
        refs = assigned.sources[event.id]
        shown, continued = sources.split(event.id)
        mentioned: set[str] = set()
        for ref in refs:
            mentioned |= splits[seeds[ref.id].body_html][1]
        summary, found = splits[summary_of[event.summary]] if event.summary else ((), frozenset())
        mentioned |= found
        first = seeds[refs[0].id] if refs else None
        title = event.title or (first.title if first else event.id)
        date = event.date or (first and (first.event_date or first.published or first.updated)) or None
        # An article's end goes with its own event date, never with a published date.
        end = event.end if event.date else first.event_end if first and first.event_date else None
        if curated:
            warnings += _disagreements(event, [r for r in event.seeds if r.id in seeds], seeds, content.root)
        if date is None:
            warnings.append(Diagnostic(event.location, f"event {quoted(event.id)} has no date: give it one in content/events (date: 2026-05-29)", "warning"))
        roles = _roles(event, mentioned, entities, errors)
        named = {r.entity for r in roles if not r.mentioned}
        mentioned = {r.entity for r in roles if r.mentioned}
        # Made into an EventNode once its place in the timeline is known.
        drafts.append(dict(
            id=event.id,
            title=title,
            date=date,
            end=end,
            route=f"events/{event.id}/",
            location=event.location,
            curated=curated,
            sources=shown,
            reading=sources.shown(event.id, assigned.reading[event.id]),
            roles=tuple(roles),
            place=event.place if event.place in entities else None,
            summary=summary,
            facts=_facts(event.facts, seeds, sources, errors, html_of),
            context=_parents(named | mentioned, entities),
            ranked=_ranked(event.values, seeds, sources, errors),
            continued=continued,
        ))
    return drafts


def _redirects(assigned: _Assigned, sources: _Sources) -> tuple[tuple[str, str], ...]:
    """(old route, new route) for each article shown by another event than its own: its address as an event of its own stays."""
    taken = {e.id for e in assigned.events}
    return tuple(sorted(
        (f"events/{sid}/", sources.route(place.event, sid))
        for sid, place in assigned.placed.items()
        if sid not in taken and place.event != sid
    ))


def _entity_pages(entities: dict[str, Entity], nodes: list[EventNode], splits, seeds, html_of, summary_of, sources: _Sources, errors) -> dict[str, EntityNode]:
    """Each entity's page: its events in timeline order, its background reading, its facts."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    reading: dict[str, dict[tuple, Reading]] = defaultdict(dict)
    for node in nodes:
        for role in node.roles:
            by_entity[role.entity].append(node.id)
        for source in node.reading:
            # A background article is listed by every entity it names.
            for eid in splits[seeds[source.seed].body_html][1]:
                item = Reading(source.seed, source.title, source.publisher, node.source_route(source.seed))
                reading[eid].setdefault((source.title.casefold(), source.seed), item)
    children: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        if entity.parent:
            children[entity.parent].append(entity.id)
    return {
        e.id: EntityNode(
            entity=e,
            route=f"entities/{e.id}/",
            children=tuple(sorted(children[e.id], key=lambda c: entities[c].name)),
            events=tuple(by_entity[e.id]),
            summary_html=summary_of[e.summary] if e.summary else "",
            facts=_facts(e.facts, seeds, sources, errors, html_of),
            reading=tuple(reading[e.id][k] for k in sorted(reading[e.id])),
            qualifier=_qualifier(e, entities),
            ranked=_ranked(e.values, seeds, sources, errors),
        )
        for e in sorted(entities.values(), key=lambda e: (e.name.casefold(), e.id))
    }


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
    curated = _curated_events(content, seeds, entities, errors)
    html_of, summary_of = _curated_markdown((*entities.values(), *curated.values()), memo, jobs, errors)
    finder = MentionFinder((name, e.id) for e in entities.values() for name in e.names)
    splits = _split_all(finder, [s.body_html for s in content.seeds] + [summary_of[e.summary] for e in curated.values() if e.summary], memo, jobs)
    # Matching reads which entities each article names, so mentions come first.
    mentions = {sid: splits[seed.body_html][1] for sid, seed in seeds.items()}
    copy_of = _near_copies(seeds, curated, warnings, content.root)
    assigned = _assign_articles(curated, seeds, mentions, copy_of, warnings, errors)
    sources = _resolve_sources(assigned, seeds, splits)
    drafts = _mentions_and_roles(assigned, seeds, entities, sources, splits, html_of, summary_of, content, warnings, errors)
    nodes = _order(drafts, memo)
    entity_nodes = _entity_pages(entities, nodes, splits, seeds, html_of, summary_of, sources, errors)
    if errors:
        raise BuildFailed(errors)
    return SiteGraph(
        config=content.site,
        events=tuple(nodes),
        entities=entity_nodes,
        warnings=tuple(sorted(warnings, key=lambda d: d.sort_key)),
        placed=assigned.placed,
        redirects=_redirects(assigned, sources),
    )


def _near_copies(seeds: dict[str, Seed], curated: dict[str, Event], warnings: list[Diagnostic], root) -> dict[str, str]:
    """Near-copies of articles (re-scraped, or republished with small edits): copy id → the article it copies.

    Only articles whose sketches share a hash are compared, so the cost follows
    the number of likely pairs, not the square of the number of articles. An
    article an editor placed is never folded into another; among the rest, the
    earliest published (then the first by id) is the one shown.
    """
    placed = {r.id for e in curated.values() for r in (*e.seeds, *e.reading)} | {s.id for s in seeds.values() if s.event}
    buckets: dict[int, list[str]] = defaultdict(list)
    for seed in seeds.values():
        for h in keys(seed.sketch):
            buckets[h].append(seed.id)
    pairs = set()
    for members in buckets.values():
        # A hash that many articles share is a stock phrase; a true pair shares many other hashes.
        if 1 < len(members) <= 16:
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    first = lambda sid: (sid not in placed, seeds[sid].published.sort_key if seeds[sid].published else (9999, 99, 99), sid)  # noqa: E731
    copy_of: dict[str, str] = {}
    for a, b in sorted(pairs):
        share = resemblance(seeds[a].sketch, seeds[b].sketch)
        if share < NEAR_COPY:
            continue
        original, copy = sorted((a, b), key=first)
        if copy in placed:
            what = "both are listed by an editor, so both are shown"
        elif copy in copy_of:
            continue  # already folded into an article it copies more closely or first
        else:
            copy_of[copy] = original
            what = "built once: the copy is credited beside the article it copies"
        warnings.append(Diagnostic(
            seeds[copy].location,
            f"near-copy of {Location(seeds[original].path).shown(root).removesuffix(':1:1')} "
            f"({round(share * 100)}% the same text); {what}",
            "warning",
        ))
    # A copy of a copy is shown with the article the chain starts at.
    for copy in copy_of:
        while copy_of[copy] in copy_of:
            copy_of[copy] = copy_of[copy_of[copy]]
    return copy_of


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
            errors.append(Diagnostic(where, f"unknown entity {quoted(eid)} in 'not_involved'{did_you_mean(eid, entities)}"))
        elif eid in named:
            errors.append(Diagnostic(where, f"{quoted(eid)} is both involved and in 'not_involved': remove it from one of them"))
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


def _agree(curated: tuple[PartialDate, PartialDate | None], said: tuple[PartialDate, PartialDate | None]) -> bool:
    """Whether what an article says fits the curated date or interval: each date it gives (its start, and its
    end if it gives one) can mean a day of the curated span (a month agrees with each of its days)."""
    first, last = _days(*curated)
    return all(
        d_first <= last and first <= d_last
        for d_first, d_last in (_days(d, None) for d in said if d is not None)
    )


def _disagreements(event: Event, refs: list[SeedRef], seeds: dict[str, Seed], root) -> list[Diagnostic]:
    """Warn where an article's own dates contradict the curated ones; the curated value is kept."""
    out = []
    for ref in refs:
        seed = seeds[ref.id]
        checks = (
            ("date", (event.date, event.end), event.date_location, (seed.event_date, seed.event_end), seed.event_date_at),
            ("published", (ref.published, None), ref.location, (seed.published, None), seed.published_at),
        )
        # A date the editor lists among the values sources give is no surprise.
        listed = [v for key, values in event.values if key == "date" for v in values]
        for what, curated, where, said, said_at in checks:
            if what == "date" and said[0] and any(_agree((v.value, v.end), said) for v in listed):
                continue
            if curated[0] and where and said[0] and said_at and not _agree(curated, said):
                out.append(Diagnostic(
                    where,
                    f"{what} {span_iso(*curated)} differs from {span_iso(*said)} in {said_at.shown(root)}; "
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
    drafts = sorted(drafts, key=lambda n: (*_when(n["date"], n["end"]), n["title"].casefold(), n["id"]))
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
