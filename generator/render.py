"""Stage 3, render: the site graph becomes `{output path: bytes}` through Jinja.

No disk writes here; templates see read-only nodes of the graph, never the loader.
"""

from __future__ import annotations

import dataclasses
import posixpath
import types
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import jinja2
import jinja2.runtime
import jinja2.sandbox
from markupsafe import Markup, escape

from generator.charts import org_chart, org_children, timeline_chart
from generator.calendars import calendar_events, calendar_file, calendar_lines, calendar_owner, calendar_paths
from generator.datafiles import DATA_FILES, SCHEMA_FILES, data_file
from generator.diagnostics import BuildFailed, Diagnostic, Location
from generator.feeds import FEED, feed_entries, feed_file, feed_paths, newest
from generator.link import EntityNode, EventNode, SiteGraph, reports_route
from generator.markup import markdown_to_html, scope_ids
from generator.paging import SHOWN_PARTS, period_routes, split_directory, split_events
from generator.search import search_files
from generator.pagelinks import LinkRecorder
from generator.snippets import Snippets
from generator.structured import CONTEXT, page_head, script
from generator.tables import TABLES, table_file
from generator.mentions import Segments
from generator.model import ENTITY_KINDS
from generator.parallel import parallel_map, shares
from generator.inputs import FILE_LIMIT, STATIC_LIMIT, Refused, read, read_text
from generator.themes import default_theme, theme_dirs, theme_files  # noqa: F401 - part of render's interface

KIND_LABELS = {
    "country": "Countries",
    "city": "Cities and places",
    "alliance": "Alliances",
    "command": "Commands",
    "armed-force": "Armed forces",
    "ministry": "Ministries",
    "government": "Governments",
    "fund": "Funds",
    "organisation": "Organisations",
    "person": "People",
}
LATEST_ON_HOME = 8


@dataclass(frozen=True)
class BaseURL:
    """Where the site is published: `https://host/path/`, a bare `/path/`, or unknown."""

    absolute: str  # "" when no host is known
    path: str  # always starts and ends with "/"

    @classmethod
    def choose(cls, override: str | None, site_url: str) -> "BaseURL":
        """`--base-url` wins over site.yaml's url; a bare path keeps site.yaml's host."""
        site = cls.parse(site_url)
        if override is None:
            return site
        given = cls.parse(override)
        if given.absolute or not site.absolute:
            return given
        host = site.absolute[: len(site.absolute) - len(site.path)]
        return cls(host + given.path, given.path)

    @classmethod
    def parse(cls, value: str | None) -> "BaseURL":
        value = (value or "").strip()
        if not value:
            return cls("", "/")
        parsed = urlparse(value)
        path = "/" + parsed.path.strip("/") + "/" if parsed.path.strip("/") else "/"
        absolute = f"{parsed.scheme}://{parsed.netloc}{path}" if parsed.scheme and parsed.netloc else ""
        return cls(absolute, path)


def _up(from_route: str) -> str:
    """What leads from a page's route back to the site root: `url(x)` is this plus x (or `./`)."""
    from_dir = from_route if from_route.endswith("/") or not from_route else posixpath.dirname(from_route) + "/"
    return "../" * from_dir.count("/")


class _Context(jinja2.runtime.Context):
    """Jinja's template context, calling a plain Python function the short way."""

    def call(__self, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
        # Jinja asks every callable whether it wants the context, the eval
        # context or the environment first (`pass_context` & co. mark a function
        # so), each answer a failed attribute lookup: several times the cost of
        # a call like `url(x)`, made thirty times a page. A function or a method
        # of one carries that mark in its own __dict__, and its __call__ never does.
        func = __obj.__func__ if type(__obj) is types.MethodType else __obj
        if type(func) is not types.FunctionType or "jinja_pass_arg" in func.__dict__:
            return super().call(__obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")


class _Environment(jinja2.Environment):
    context_class = _Context

    def make_globals(self, d):
        # Every page's context starts as a copy of its template's globals, and
        # copying Jinja's ChainMap of them costs a failed lookup per name. A
        # plain dict is the same while the globals do not change once the
        # first template is loaded, which they do not here.
        return {**self.globals, **(d or {})}


def _plain_types() -> frozenset[type]:
    """The types whose attributes a template reads most: builtin values and the graph's frozen nodes.

    None of the node types defines `__class__`, `__getattr__` or
    `__getattribute__` (those that would are left out), so every isinstance
    check the sandbox makes about an instance has the answer it has for the type.
    """
    from generator import charts, dates, link, model, structured

    found = {str, Markup, dict, list, tuple, int, float, bool, type(None)}
    for cls in (jinja2.runtime.LoopContext, *(v for m in (model, link, dates, structured, charts) for v in vars(m).values())):
        if not (isinstance(cls, type) and (cls is jinja2.runtime.LoopContext or dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen)):
            continue
        own = {name for k in cls.__mro__ if k is not object for name in vars(k)}
        if not own & {"__class__", "__getattr__", "__getattribute__"}:
            found.add(cls)
    return frozenset(found)


_PLAIN = _plain_types()
# Of those, the ones whose `obj[name]` can only ever mean `obj.name` (the graph's nodes).
_ATTRIBUTES_ONLY = frozenset(t for t in _PLAIN if not hasattr(t, "__getitem__"))
_METHODS = (types.MethodType, types.BuiltinMethodType)


class _Sandbox(jinja2.sandbox.ImmutableSandboxedEnvironment):
    """The environment for a briefing's own templates: a stranger's template reads the graph, and cannot reach Python.

    Jinja asks `is_safe_attribute` on every attribute a page reads (a hundred
    thousand times in a site of 2,000 articles). For the types in `_PLAIN` its
    answer depends on the type and the name only (it does not look at the
    value), so it is asked once per (type, name) and remembered; any other
    object takes Jinja's own path. The policy is Jinja's, unchanged.
    """

    make_globals = _Environment.make_globals
    context_class = _Context

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._safe: dict[tuple[type, str], bool] = {}

    def getattr(self, obj, attribute):
        cls = type(obj)
        if cls not in _PLAIN:
            return super().getattr(obj, attribute)
        try:
            value = getattr(obj, attribute)
        except AttributeError:
            return super().getattr(obj, attribute)  # then obj[attribute], or undefined
        return self._checked(obj, cls, attribute, value)

    def getitem(self, obj, argument):
        cls = type(obj)
        if cls not in _ATTRIBUTES_ONLY or type(argument) is not str:
            return super().getitem(obj, argument)
        # What Jinja does once `obj[argument]` has failed, as it always does for these.
        try:
            value = getattr(obj, argument)
        except AttributeError:
            return self.undefined(obj=obj, name=argument)
        return self._checked(obj, cls, argument, value)

    def _checked(self, obj, cls: type, attribute: str, value):
        if isinstance(value, _METHODS):
            wrapped = self.wrap_str_format(value)  # str.format, sandboxed
            if wrapped is not None:
                return wrapped
        safe = self._safe.get((cls, attribute))
        if safe is None:
            safe = self._safe[cls, attribute] = self.is_safe_attribute(obj, attribute, value)
        return value if safe else self.unsafe_undefined(obj, attribute)


def _environment(files: dict[str, Path]) -> type[jinja2.Environment]:
    """The shipped theme runs as it is; a briefing that brings any template of its own renders in the sandbox."""
    shipped = default_theme().resolve()
    for name, path in files.items():
        if not name.endswith((".html", ".xml", ".txt")) or path.resolve().is_relative_to(shipped):
            continue
        # A copy of a shipped template, byte for byte, is the shipped template: the
        # sandbox costs a check on every attribute a page reads.
        try:
            same = read(shipped / name, FILE_LIMIT) == read(path, FILE_LIMIT)
        except (Refused, OSError):
            same = False
        if not same:
            return _Sandbox
    return _Environment


class _ThemeLoader(jinja2.BaseLoader):
    """Templates from the files `theme_files` found, each read as any input file is (generator/inputs.py)."""

    def __init__(self, files: dict[str, Path]):
        self.files = files

    def get_source(self, environment, template):
        path = self.files.get("/".join(jinja2.loaders.split_template_path(template)))
        if path is None:
            raise jinja2.TemplateNotFound(template)
        # Templates do not change during a build (see auto_reload below).
        return read_text(path, FILE_LIMIT), str(path), lambda: True

    def list_templates(self):
        return sorted(self.files)


class _Renderer:
    def __init__(self, graph: SiteGraph, root: Path, base: BaseURL):
        self.graph = graph
        self.base = base
        files, refused = theme_files(root)
        if refused:
            raise BuildFailed(refused)
        self.env = _environment(files)(
            loader=_ThemeLoader(files),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # Templates do not change during a build; checking their files for every page is waste.
            auto_reload=False,
        )
        self.env.filters["segments"] = self._segments
        # The links and ids of each page, noted as its templates write them, so
        # that the link check need not read the page back (generator/pagelinks.py).
        # Only the shipped templates write every link and id through these.
        self.links = LinkRecorder(active=not isinstance(self.env, _Sandbox))
        # Filters, which Jinja calls directly (a function goes through `Context.call`);
        # taking the context, or Jinja would fold `'main'|html_id` into a constant
        # when it compiles the template, and never call them again.
        note_link, note_id = self.links.href, self.links.html_id
        self.env.filters.update(
            href=jinja2.pass_context(lambda context, value: note_link(value)),
            html_id=jinja2.pass_context(lambda context, value: note_id(value)),
        )
        self.env.globals.update(
            site=graph.config,
            graph=_Watched(self),
            entity=self._entity,
            event=self._event,
            each_event=self._each_event,
            event_roles=self._event_roles,
            related_groups=self._related_groups,
            timeline_chart=self._timeline_chart,
            org_chart=self._org_chart,
            kind_labels=KIND_LABELS,
            shown_parts=SHOWN_PARTS,
            feeds=bool(base.absolute),  # Atom feeds need absolute links, so exist only with a public URL
            # A calendar application subscribes to a webcal:// address (the https one, renamed).
            webcal="webcal://" + base.absolute.removeprefix("https://") if base.absolute.startswith("https://") else "",
        )
        self.page_links = None  # what `job` noted of the page it rendered last
        # Made once per process: each event's feed entry, whatever feeds carry it.
        self._entries: dict = {}
        self._vevents: dict = {}  # each event's VEVENT, whatever calendars carry it
        # What the page being rendered looked up beyond its own context, for a cache.
        self._deps: set[tuple[str, str]] = set()
        self._owners: dict[int, str] | None = None
        # What ranking related events asks of each event and entity (see `_related_groups`).
        self._abouts: dict[str, tuple] = {}
        self._ranks: dict[str, tuple] = {}
        self._org_children: tuple | None = None
        # A mention's opening tag, by link and entity: articles name the same few often.
        self._mention_tags: dict[tuple[str, str], str] = {}
        self._snippets = Snippets(self.env, self._entity, self._noting, self._use_all, self.links)

    def _use(self, dep: tuple[str, str]) -> None:
        self._deps.add(dep)

    def _use_all(self, deps) -> None:
        self._deps.update(deps)

    @contextmanager
    def _noting(self):
        """Collect the lookups made inside the block apart, then add them to the page's as well."""
        outer = self._deps
        self._deps = inner = set()
        try:
            yield inner
        finally:
            self._deps = outer
            outer |= inner

    def _entity(self, entity_id: str):
        self._deps.add(("entity", entity_id))
        return self.graph.entities[entity_id]

    def _event(self, event_id: str):
        self._deps.add(("event", event_id))
        return self.graph.event(event_id)

    def _each_event(self, event_ids) -> list:
        """`[event(id) for id in event_ids]`, in one call from a template."""
        self._deps.update([("event", i) for i in event_ids])
        event = self.graph.event
        return [event(i) for i in event_ids]

    def _event_roles(self, node, events=None) -> list:
        """An entity's events (or these of them), each with the role an editor gave the entity in it (or None) and whether its text only mentions it."""
        roles = []
        for event in self._each_event(node.events) if events is None else events:
            for role in event.roles:
                if role.entity == node.id:
                    roles.append((event, role.role, role.mentioned))
                    break
            else:
                roles.append((event, None, False))
        return roles

    def _timeline_chart(self, page, url, periods=()):
        """The timeline chart of an entity's events, or of every event when `page` is not an entity.

        `periods` (in the page's context, so a cache sees it): where the timeline shows each year and month.
        """
        periods = dict(periods or ())
        if isinstance(page, EntityNode):
            return timeline_chart(self._each_event(page.events), url, periods=periods)
        # Every event's date, title and route, but none of their text.
        self._use(("nodes", ""))
        return timeline_chart(self.graph.events, url, periods=periods)

    def _org_chart(self, page, url):
        """The org chart of an entity's branch, or of every hierarchy when `page` is not an entity."""
        entities = self.graph.entities
        if isinstance(page, EntityNode):
            shown, current = [page.id, *page.children], page.entity.parent
            while current in entities and current not in shown:
                shown.append(current)
                current = entities[current].entity.parent
            for eid in shown:
                self._entity(eid)
            return org_chart(entities, url, focus=page.id, children=self._children(entities))
        self._use(("nodes", ""))
        return org_chart(entities, url, children=self._children(entities))

    def _children(self, entities: dict) -> dict[str, list[str]]:
        """`org_children(entities)`, made once for the entities of the graph being rendered."""
        if self._org_children is None or self._org_children[0] is not entities:
            self._org_children = (entities, org_children(entities))
        return self._org_children[1]

    def _related_groups(self, node) -> list:
        """An event's related events grouped under the entity each shares with it: (entity node, events in date order).

        Each event goes under the most telling entity it shares: the one in the
        fewest events of the briefing, preferring the editors' participants (in
        both events, then in one) to names a text only mentions. Larger groups come first.
        """
        mine, curated, _ = self._about(node)
        groups: dict[str, list] = defaultdict(list)
        shown = set()
        for other in self._each_event(node.related):
            ids, theirs, _ = self._about(other)
            shared = mine & ids
            if not shared:
                continue  # related events share an entity by definition; a stale memo must not break the page
            shown |= shared
            best = min(shared, key=lambda i: ((i not in curated) + (i not in theirs), *self._rank(i), i))
            groups[best].append(other)
        # The page depends on every shared entity: each was weighed.
        self._deps.update([("entity", i) for i in shown])
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), self._rank(item[0])[1], item[0]))
        return [(self._entity(eid), sorted(events, key=lambda e: self._about(e)[2])) for eid, events in ordered]

    def _about(self, event: EventNode) -> tuple[frozenset, frozenset, tuple]:
        """An event's entity ids, those the editors named (not only mentioned), and its timeline key.

        Asked of every related event of every event page: worked out once per event.
        """
        held = self._abouts.get(event.id)
        if held is None or held[0] is not event:
            held = self._abouts[event.id] = (
                event, frozenset(event.entity_ids), frozenset(r.entity for r in event.roles if not r.mentioned), event.timeline_key
            )
        return held[1:]

    def _rank(self, entity_id: str) -> tuple[int, str]:
        """How many events an entity is in, and its name to sort by (without noting it as looked up)."""
        node = self.graph.entities[entity_id]
        held = self._ranks.get(entity_id)
        if held is None or held[0] is not node:
            held = self._ranks[entity_id] = (node, (len(node.events), node.entity.name.casefold()))
        return held[1]

    def _owner(self, segments: Segments) -> str:
        # Segments are the only part of an event a cache leaves out of its
        # digest of the event, so showing them makes the page depend on all of it.
        if self._owners is None:
            self._owners = {
                id(seg): e.id for e in self.graph.events for seg in (e.summary, *(s.body for s in (*e.sources, *e.reading)))
            }
        return self._owners.get(id(segments), "")

    def job(self, job) -> tuple[str, bytes | None, frozenset, Diagnostic | None]:
        """Render one (template, route, path, context, absolute) job: its bytes, lookups and error.

        Files made without a template (data files, feeds, the sitemap) are made here too.
        """
        template, route, path, context, absolute = job
        # What the link check may know of the page without reading it (None: read it).
        self.page_links = None
        if template is None:
            return path, self._generated(path, context), self._generated_deps(path, context), None
        self._deps = set()
        self.links.start()
        try:
            page = self.page(template, route, absolute_links=absolute, **context)
        except Refused as exc:
            return path, None, frozenset(), exc.diagnostic
        except jinja2.TemplateSyntaxError as exc:
            return path, None, frozenset(), Diagnostic(Location(Path(exc.filename or template), exc.lineno or 1), f"template error: {exc.message}")
        except (jinja2.TemplateError, TypeError, ValueError, KeyError, AttributeError) as exc:
            return path, None, frozenset(), Diagnostic(_template_location(exc, template), f"template error: {exc} (while rendering {path})")
        except Exception as exc:  # noqa: BLE001 - a template's own expression failed: 1/0, an endless include
            hint = " (does a template include or call itself without end?)" if isinstance(exc, RecursionError) else ""
            message = f"{type(exc).__name__}: {_cut(str(exc))}{hint} (while rendering {path})"
            return path, None, frozenset(), Diagnostic(_template_location(exc, template), message)
        if self.links.active:
            self.page_links = self.links.record()
        return path, page, frozenset(self._deps), None

    def _generated(self, path: str, context: dict) -> bytes:
        if "search" in context:
            return context["search"]
        if path in DATA_FILES or path in SCHEMA_FILES:
            return data_file(self.graph, path, self.base.absolute)
        if path in TABLES:
            return table_file(self.graph, path, self.base.absolute)
        if path.endswith(".ics"):
            return calendar_file(path, self.graph, self.base.absolute, self._vevents)
        if "redirect" in context:
            return _redirect(path, context["redirect"], context["title"], self.base.absolute)
        return feed_file(path, self.graph, self.base.absolute, context.get("pages", ()), context.get("updated"), self._entries)

    def _generated_deps(self, path: str, context: dict) -> frozenset:
        """What a file made without a template reads of the graph (its context holds the rest)."""
        if path in DATA_FILES:
            # The data files show no article text: every node, but no segments
            # (events' summaries, which they do show, are in their context).
            return frozenset({("nodes", "")})
        if path in SCHEMA_FILES or "search" in context:
            return frozenset()  # all a search file shows is in its context
        if path in TABLES or path == "events.ics":
            # As the data files: every node, and the summaries (in their context).
            return frozenset({("nodes", "")})
        if path.endswith(".ics"):
            # An entity's calendar: the entity, its events and their places and
            # participants (by name); their summaries are in its context.
            deps = {("entity", calendar_owner(self.graph, path).id)}
            for event in calendar_events(self.graph, path):
                deps |= {("event", event.id)} | {("entity", i) for i in (*event.entity_ids, event.place) if i}
            return frozenset(deps)
        if path == FEED or path.endswith("/" + FEED):
            # The briefing's feed shows its entries in full, and the entities
            # they involve; an entity's feed, the entity and its entries'
            # titles, dates and summaries. Which events are its entries is in its context.
            deps = {("entity", path.split("/")[1])} if path != FEED else set()
            for eid in context["entries"]:
                deps |= {("event", eid), ("segments", eid)}
                if path == FEED:
                    event = self.graph.event(eid)
                    deps |= {("entity", r.entity) for r in event.roles}
                    deps |= {("entity", event.place)} if event.place else set()
            return frozenset(deps)
        if path in ("sitemap.xml", "robots.txt") or "redirect" in context:
            return frozenset()  # all they show is in their context
        return frozenset({("graph", "")})

    def _segments(self, segments: Segments, url) -> Markup:
        # Segments hold HTML that the sanitiser produced in load; this is where
        # it becomes Markup, with entity mentions turned into links.
        parts = []
        if isinstance(segments, Segments):
            self._deps.add(("segments", self._owner(segments)))
        tags = self._mention_tags
        # The text's own links and ids (a mention's link is noted by `url`).
        self.links.content(segments.html if isinstance(segments, Segments) else "".join([html for html, _ in segments]))
        for html, entity_id in segments:
            if entity_id is None:
                parts.append(html)
            else:
                node = self._entity(entity_id)
                href = url(node.route)
                tag = tags.get((href, entity_id))
                if tag is None:
                    tag = tags[href, entity_id] = f'<a class="mention" href="{escape(href)}" title="{escape(node.label)}">'
                parts += (tag, html, "</a>")
        return Markup("".join(parts))

    def share(self, work, jobs: int) -> None:
        """Make what many files of `work` show alike, once, before the work is forked.

        Every process that renders calendars would otherwise serialise each
        event's VEVENT again: the briefing's calendar holds all of them, and
        each process takes some of the entities' calendars, which hold most.
        """
        site, graph = self.base.absolute, self.graph
        needed = {}
        for job in work:
            if job[0] is None and job[2].endswith(".ics"):
                needed.update((e.id, e) for e in calendar_events(graph, job[2]) if e.date is not None)
        events = [e for i, e in sorted(needed.items()) if self._vevents.get(i, (None,))[0] is not e]
        for event, lines in zip(events, parallel_map(lambda e: calendar_lines(e, graph, site), events, jobs)):
            self._vevents[event.id] = (event, lines)

    def compile(self, templates) -> None:
        """Compile these templates, and those they use, now: before the work is forked, not once per process."""
        if not templates:
            return
        for name in sorted({*templates, "base.html", "_macros.html"}):
            try:
                self.env.get_template(name)
            except Exception:  # noqa: BLE001
                pass  # reported by each page that uses it

    def page(self, template: str, route: str, absolute_links: bool = False, **context) -> bytes:
        # The 404 page is served at any depth, so its links start at the site root.
        prefix = self.base.path if absolute_links else _up(route)
        url = self.links.url_from(prefix)
        self._snippets.prefix = prefix
        canonical = self.base.absolute + route if self.base.absolute else None
        head = self._head(template, context, url, canonical)
        html = self.env.get_template(template).render(
            url=url, route=route, canonical=canonical, markup=self.links.markup, head=head, **context
        )
        return html.encode("utf-8")


    def _head(self, template: str, context: dict, url, canonical: str | None):
        """The page's JSON-LD, Open Graph and description (generator/structured.py), noting the nodes they show."""
        site = self.base.absolute
        page = context.get("page")
        if template == "event.html":
            self._deps.add(("segments", page.id))  # its summary is the description
            self._deps.update(("entity", i) for i in (*page.entity_ids, *([page.place] if page.place else [])))
        elif template == "entity.html":
            e = page.entity
            self._deps.update(("entity", i) for i in (e.parent, e.headquarters, *page.children) if i)
        return page_head(template, context, self.graph, (lambda r: site + r) if site else url, site, canonical)


class _Watched:
    """The renderer's graph as templates see it, telling the renderer when a template reaches into it."""

    def __init__(self, renderer: _Renderer):
        self._renderer = renderer

    def __getattr__(self, name: str):
        self._renderer._use(("graph", ""))
        return getattr(self._renderer.graph, name)


def _cut(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _template_location(exc: BaseException, template: str) -> Location:
    """The template line a rendering error came from (Jinja rewrites tracebacks to point there)."""
    found = Location(Path(template))
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml", ".txt")):
            found = Location(Path(filename), tb.tb_lineno)
        tb = tb.tb_next
    return found


def _timeline(events: tuple[EventNode, ...]):
    """Events grouped by year, then by month; month- and year-precision dates lead their group."""
    years: dict[object, dict[object, list[EventNode]]] = defaultdict(lambda: defaultdict(list))
    for event in events:
        year = event.date.year if event.date else None
        month = event.date.month if event.date else None
        years[year][month].append(event)
    return [
        (year, [(month, years[year][month]) for month in sorted(years[year], key=lambda m: m or 0)])
        for year in sorted(years, key=lambda y: (y is None, y or 0))
    ]


def _redirect(path: str, target: str, title: str, site: str) -> bytes:
    """A page that sends a reader from an article's old address to the event page that shows it now.

    Relative links, so that it works under a sub-path and from file://; a
    refresh for browsers, a canonical link for crawlers (absolute, as on every
    page, when the public address is known), a plain link for the rest.
    """
    href = escape(_up(path) + target)
    canonical = escape((site or _up(path)) + target.partition("#")[0])
    data = script({"@context": CONTEXT, "@type": "WebPage", "name": f"Moved: {title}", "relatedLink": (site or _up(path)) + target})
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Moved: {escape(title)}</title>\n"
        f'<meta http-equiv="refresh" content="0; url={href}">\n'
        f'<link rel="canonical" href="{canonical}">\n'
        '<meta name="robots" content="noindex">\n'
        f"{data}\n"
        f'</head>\n<body>\n<p>This article is now shown with <a href="{href}">{escape(title)}</a>.</p>\n</body>\n</html>\n'
    ).encode("utf-8")


def render_site(
    graph: SiteGraph, root: Path, base_url: str | None = None, *, jobs: int = 1, memo=None, writer=None, links: dict | None = None
) -> dict:
    """Render every page and data file; raise BuildFailed if a template fails.

    `jobs` processes render the pages. A `memo` (see generator/cache.py) is asked
    of each file whether what it rendered before still stands; those files are
    left out of the result, and every file rendered is reported to it with what
    its templates looked up. A `writer` (generator/write.py) that can `stage`
    gets each file as it is made, in the process that made it, so that no
    process holds the whole site: then the result maps each path to whether the
    file was written (not to its bytes). `links`, when given, receives what the
    renderer noted of each page's links and ids (generator/pagelinks.py), for
    the link check.
    """
    base = BaseURL.choose(base_url, graph.config.url)
    renderer = _Renderer(graph, Path(root), base)
    kinds = sorted({n.entity.kind for n in graph.entities.values()}, key=ENTITY_KINDS.index)
    by_kind = {k: [n for n in graph.entities.values() if n.entity.kind == k] for k in kinds}
    key_entities = sorted(graph.entities.values(), key=lambda n: (-len(n.events), n.entity.name.casefold()))[:8]
    latest = sorted(
        (e for e in graph.events if e.date), key=lambda e: e.when, reverse=True
    )[:LATEST_ON_HOME]

    # The search index is worked out here, once: its files are many and small.
    outline, search = search_files(graph)
    timeline = split_events(graph.events, "timeline/")
    # The charts' bars link to the page of the timeline that shows their year or month.
    periods = period_routes(timeline)
    work = [
        ("home.html", "", "index.html", {"latest": latest, "key_entities": key_entities, "about": scope_ids(markdown_to_html(graph.config.about), "about:") if graph.config.about else "", "periods": periods}, False),
        ("search.html", "search/", "search/index.html", {"outline": outline}, False),
        ("404.html", "404.html", "404.html", {}, True),
    ]
    # A directory of more entities than a page holds is an index of kinds, a page (or more) each.
    work += [("entities.html", part["route"], part["route"] + "index.html", {"by_kind": part["by_kind"], "part": part}, False)
             for part in split_directory(by_kind, KIND_LABELS)]
    work += [("event.html", e.route, e.route + "index.html", {"page": e}, False) for e in graph.events]
    # The reports of an event too long for one page go on on numbered pages (generator/link.py `split_reports`).
    work += [_reports_job(e, n) for e in graph.events for n in range(2, len(e.continued) + 2)]
    work += [("timeline.html", part["route"], part["route"] + "index.html", {"part": part, "years": _timeline(part["events"]), "periods": periods}, False) for part in timeline]
    for n in graph.entities.values():
        first, *parts = split_events([graph.event(i) for i in n.events], n.route)
        work.append(("entity.html", n.route, n.route + "index.html", {"page": n, "part": first, "periods": periods}, False))
        work += [("entity-events.html", part["route"], part["route"] + "index.html", {"page": n, "part": part, "years": _timeline(part["events"])}, False) for part in parts]
    # Files made from the graph without a template. Their context holds what
    # they show beyond the graph, so that a cache can tell when they change.
    page_paths = tuple(job[2] for job in work)
    updated = newest(graph)
    summaries = tuple(e.summary.key for e in graph.events if e.summary)
    made = [(None, "", path, {"summaries": summaries} if path == "data/events.json" else {}, False) for path in DATA_FILES]
    made += [(None, "", path, {}, False) for path in SCHEMA_FILES]
    made += [(None, "", path, {"search": data}, False) for path, data in search.items()]
    made += [(None, "", path, {"summaries": summaries}, False) for path in TABLES]
    for path in calendar_paths(graph):
        shown = summaries if calendar_owner(graph, path) is None else tuple(e.summary.key for e in calendar_events(graph, path) if e.summary)
        made.append((None, "", path, {"summaries": shown}, False))
    for path in feed_paths(graph, base.absolute):
        if path == "sitemap.xml":
            context = {"pages": page_paths}
        elif path == "robots.txt":
            context = {}
        else:
            context = {"updated": updated, "entries": feed_entries(graph, path)}
        made.append((None, "", path, {"site": base.absolute, **context}, False))
    # Listed after the sitemap is made: an old address is for old links, not for crawlers.
    for old, target in graph.redirects:
        event = graph.event(target.split("/")[1])
        made.append((None, old, old + "index.html", {"redirect": target, "title": event.title, "site": base.absolute}, False))
    # The files made without a template go first: the data files are the
    # largest pieces of work, and each process takes its share early.
    work = made + work
    pages_of_site = len(work)
    if memo is not None:
        work = [job for job in work if not memo.fresh(*job)]
    if shares(pages_of_site, jobs):
        # A large site is rendered by this process alone. A forked worker
        # copies the pages of memory whose objects it reads (reference counts
        # are written into them): at 100,000 articles some 1.4 GB a worker,
        # for a render stage one worker made a third shorter (2 cores).
        # The other stages still fork: their workers read files, not the graph.
        # (The site's size decides, not the pages left to render: an edit that
        # renders a few thousand pages of a large site would fork a worker that
        # copies as much of the graph, 3.6 GB at the peak of an entity edit.)
        jobs = 1
    renderer.compile({job[0] for job in work if job[0] is not None})
    renderer.share(work, jobs)
    if writer is not None and not writer.stage(job[2] for job in work):
        writer = None

    def render_one(job):
        path, page, deps, error = renderer.job(job)
        # The digest of what the file read is worked out where it was rendered, in parallel.
        key = memo.key(job, deps) if memo is not None and error is None else None
        if writer is not None and error is None:
            page = writer.write(path, page)
        return path, page, error, key, renderer.page_links if links is not None else None

    pages: dict[str, bytes] = {}
    errors: list[Diagnostic] = []
    # One string for each link that many pages make alike (a worker's come back as copies).
    shared: dict[str, str] = {}
    for path, page, error, key, noted in parallel_map(render_one, work, jobs, "rendering"):
        if error is not None:
            errors.append(error)
            continue
        pages[path] = page
        if memo is not None:
            memo.records[path] = key
        if noted is not None:
            links[path] = noted._replace(links=tuple([shared.setdefault(href, href) for href in noted.links]))
    if errors:
        # One broken template fails many pages the same way: report it once.
        raise BuildFailed(list({d.shown(): d for d in errors}.values()))
    return dict(sorted(pages.items()))


def _reports_job(event: EventNode, number: int) -> tuple:
    """The render job of page `number` (2 or more) of an event's reports."""
    route = reports_route(event.route, number)
    return ("event-reports.html", route, route + "index.html", {"page": event, "number": number}, False)


class FileRenderer:
    """Renders chosen pages and feeds of a graph again, keeping its templates loaded between calls.

    For a long-lived build (generator/session.py) that knows which files an
    edit touched; `render_site` is the way to render a whole site.
    """

    def __init__(self, root: Path, base_url: str | None):
        self.root, self.base_url = Path(root), base_url
        self._renderer: _Renderer | None = None

    def render(self, graph: SiteGraph, paths, changed: tuple[EventNode, ...] = (), updated: str | None = None) -> dict[str, bytes]:
        """The files at `paths`, made from `graph`: event pages and feeds only (KeyError otherwise).

        `changed` are the events that are new objects since the last call, when
        only their text changed; `updated` is `newest(graph)` when known.
        """
        base = BaseURL.choose(self.base_url, graph.config.url)
        renderer = self._renderer
        if renderer is None or renderer.base != base or renderer.graph.config != graph.config:
            renderer = self._renderer = _Renderer(graph, self.root, base)
        else:
            renderer.graph = graph
            if renderer._owners is not None and changed:
                for event in changed:
                    renderer._owners.update({id(seg): event.id for seg in (event.summary, *(s.body for s in (*event.sources, *event.reading)))})
            else:
                renderer._owners = None
        updated = updated or newest(graph)
        files, errors = {}, []
        for path in sorted(paths):
            if path == FEED or (path.startswith("entities/") and path.endswith("/" + FEED)):
                job = (None, "", path, {"site": base.absolute, "updated": updated, "entries": feed_entries(graph, path)}, False)
            elif path.startswith("events/") and path.count("/") == 2 and path.endswith("/index.html"):
                event = graph.event(path.split("/")[1])
                job = ("event.html", event.route, path, {"page": event}, False)
            elif path.startswith("events/") and path.split("/")[2:3] == ["reports"] and path.endswith("/index.html"):
                event = graph.event(path.split("/")[1])
                number = int(path.split("/")[3])
                if not 2 <= number <= len(event.continued) + 1:
                    raise KeyError(path)  # the event's reports are cut differently now: the long way
                job = _reports_job(event, number)
            else:
                raise KeyError(path)
            _, files[path], _, error = renderer.job(job)
            if error is not None:
                errors.append(error)
        if errors:
            raise BuildFailed(errors)
        return files


def static_files(root: Path) -> dict[str, bytes]:
    """The theme's static/ files, the briefing's own shadowing the shipped ones; raise BuildFailed for any refused."""
    found, refused = theme_files(root)
    files: dict[str, bytes] = {}
    for name, path in found.items():
        if name.startswith("static/") and not path.name.startswith(".") and path.name != "__init__.py":
            try:
                files[name] = read(path, STATIC_LIMIT)
            except Refused as exc:
                refused.append(exc.diagnostic)
    if refused:
        raise BuildFailed(refused)
    return dict(sorted(files.items()))
