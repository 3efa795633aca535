"""Stage 1, load: read seeds/ and content/ into frozen model objects.

Every problem in every file is collected before `load_content` fails.
"""

from __future__ import annotations

import html as _html
import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import frontmatter

from generator.articles import markdown_event_date, parse_text_article
from generator.dates import PartialDate
from generator.diagnostics import BuildFailed, Diagnostic, Location, did_you_mean
from generator.markup import blocks_to_html, markdown_to_html
from generator.parallel import parallel_map
from generator.similar import sketch
from generator.model import (
    ENTITY_KINDS,
    FEED_LIMIT,
    Content,
    Entity,
    Event,
    Fact,
    Involvement,
    Seed,
    SeedRef,
    SiteConfig,
)
from generator.yamlfile import Mapping, Sequence, YAMLSyntaxError, parse_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}

_SITE_KEYS = {"title", "description", "language", "url", "about", "feed_limit"}
_ENTITY_KEYS = {
    "id", "name", "short_name", "native_name", "native_lang", "kind", "aliases",
    "parent", "founded", "headquarters", "website", "summary", "facts",
}
_EVENT_KEYS = {"id", "title", "date", "seeds", "reading", "entities", "location", "summary", "facts"}
_FACT_KEYS = {"text", "sources", "date"}
_SEEDREF_KEYS = {"id", "title", "publisher", "url", "attributed_to", "published"}
_INVOLVEMENT_KEYS = {"id", "role"}
_FRONT_MATTER_KEYS = {
    "title", "published", "date", "publisher", "source", "url", "attributed_to",
    "author", "event_date", "tags", "updated", "event", "kind",
}
# What `kind:` in front matter may say; an article is a report unless it says otherwise.
SEED_KINDS = ("report", "background")


class _Fields:
    """Typed access to one YAML mapping, recording every problem instead of raising."""

    def __init__(self, data: Mapping, known: set[str], what: str, errors: list[Diagnostic]):
        self.data = data
        self.errors = errors
        for key in data:
            if key not in known:
                errors.append(
                    Diagnostic(
                        data.where(key) if isinstance(key, str) else data.location,
                        f"unknown field {key!r} in {what}{did_you_mean(str(key), known)}",
                    )
                )

    def where(self, key: str) -> Location:
        return self.data.where(key)

    def error(self, key: str, message: str) -> None:
        self.errors.append(Diagnostic(self.where(key), message))

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.errors.append(Diagnostic(self.data.location, f"missing required field {key!r}"))
            return None
        if isinstance(value, (dict, list)) or isinstance(value, bool):
            self.error(key, f"{key!r} must be text, not {type(value).__name__}")
            return None
        text = str(value).strip()
        if required and not text:
            self.error(key, f"{key!r} must not be empty")
            return None
        return text

    def ident(self, key: str, required: bool = False) -> str | None:
        value = self.text(key, required)
        if value is not None and not ID_PATTERN.match(value):
            self.error(key, f"{value!r} is not a valid id (use lowercase letters, digits and hyphens)")
            return None
        return value

    def date(self, key: str) -> PartialDate | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.error(key, f"bad date in {key!r}: {exc}")
            return None

    def sequence(self, key: str) -> Sequence:
        value = self.data.get(key)
        if value is None:
            empty = Sequence()
            empty.location, empty._places = self.data.location, []
            return empty
        if not isinstance(value, list):
            self.error(key, f"{key!r} must be a list")
            empty = Sequence()
            empty.location, empty._places = self.where(key), []
            return empty
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        items = self.sequence(key)
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, (str, int, float)) or isinstance(item, bool) or not str(item).strip():
                self.errors.append(Diagnostic(items.where(i), f"each item of {key!r} must be text"))
            else:
                out.append(str(item).strip())
        return tuple(out)


def _read_text(path: Path, errors: list[Diagnostic]) -> str | None:
    try:
        return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        errors.append(Diagnostic(Location(path), f"not UTF-8 text (byte {exc.start}): save the file as UTF-8"))
    except OSError as exc:
        errors.append(Diagnostic(Location(path), f"cannot read file: {exc.strerror}"))
    return None


def _yaml_items(path: Path, errors: list[Diagnostic], what: str) -> list[Mapping]:
    """The mappings of one YAML file: a single mapping or a list of them."""
    text = _read_text(path, errors)
    if text is None:
        return []
    try:
        data = parse_yaml(text, path)
    except YAMLSyntaxError as exc:
        errors.append(exc.diagnostic)
        return []
    if data is None:
        return []
    if isinstance(data, Mapping):
        return [data]
    if isinstance(data, Sequence):
        items = []
        for i, item in enumerate(data):
            if isinstance(item, Mapping):
                items.append(item)
            else:
                errors.append(Diagnostic(data.where(i), f"each {what} must be a mapping of fields"))
        return items
    errors.append(Diagnostic(Location(path), f"expected a {what} (a mapping of fields) or a list of them"))
    return []


def _facts(fields: _Fields, errors: list[Diagnostic]) -> tuple[Fact, ...]:
    facts = []
    items = fields.sequence("facts")
    for i, item in enumerate(items):
        if isinstance(item, str):
            errors.append(Diagnostic(items.where(i), "a fact needs 'text' and 'sources' fields"))
            continue
        if not isinstance(item, Mapping):
            errors.append(Diagnostic(items.where(i), "each fact must be a mapping with 'text' and 'sources'"))
            continue
        f = _Fields(item, _FACT_KEYS, "a fact", errors)
        text = f.text("text", required=True)
        sources = f.text_list("sources")
        if "sources" in item and not sources and isinstance(item.get("sources"), list):
            f.error("sources", "a fact must cite at least one source (a seed id or a URL)")
        elif "sources" not in item:
            errors.append(Diagnostic(item.location, "a fact must cite at least one source: add 'sources' with a seed id or a URL"))
        date = f.date("date")
        if text:
            facts.append(Fact(text=text, sources=sources, location=item.location, date=date))
    return tuple(facts)


def _entity(data: Mapping, errors: list[Diagnostic]) -> Entity | None:
    before = len(errors)
    f = _Fields(data, _ENTITY_KEYS, "an entity", errors)
    ident = f.ident("id", required=True)
    name = f.text("name", required=True)
    kind = f.text("kind", required=True)
    if kind is not None and kind not in ENTITY_KINDS:
        f.error("kind", f"unknown kind {kind!r}{did_you_mean(kind, ENTITY_KINDS)}; kinds are: {', '.join(ENTITY_KINDS)}")
    native_name = f.text("native_name")
    native_lang = f.text("native_lang")
    if native_name and not native_lang:
        errors.append(Diagnostic(f.where("native_name"), "'native_name' needs 'native_lang' (a language tag such as ja)"))
    parent = f.ident("parent")
    headquarters = f.ident("headquarters")
    refs = tuple((key, f.where(key)) for key, val in (("parent", parent), ("headquarters", headquarters)) if val)
    entity = Entity(
        id=ident or "",
        name=name or "",
        kind=kind or "",
        location=data.location,
        short_name=f.text("short_name"),
        native_name=native_name,
        native_lang=native_lang,
        aliases=f.text_list("aliases"),
        parent=parent,
        founded=f.date("founded"),
        headquarters=headquarters,
        website=f.text("website"),
        summary=f.text("summary") or "",
        facts=_facts(f, errors),
        ref_locations=refs,
    )
    return entity if len(errors) == before else None


def _seed_refs(f: _Fields, key: str, errors: list[Diagnostic]) -> tuple[SeedRef, ...]:
    refs = []
    items = f.sequence(key)
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            s = _Fields(item, _SEEDREF_KEYS, "a seed reference", errors)
            sid = s.ident("id", required=True)
            if sid:
                refs.append(SeedRef(
                    id=sid, location=item.where("id"), title=s.text("title"),
                    publisher=s.text("publisher"), url=s.text("url"),
                    attributed_to=s.text("attributed_to"), published=s.date("published"),
                ))
        elif isinstance(item, str) and ID_PATTERN.match(item):
            refs.append(SeedRef(id=item, location=items.where(i)))
        else:
            errors.append(Diagnostic(items.where(i), f"each item of {key!r} must be a seed id or a mapping with 'id'"))
    return tuple(refs)


def _event(data: Mapping, errors: list[Diagnostic]) -> Event | None:
    before = len(errors)
    f = _Fields(data, _EVENT_KEYS, "an event", errors)
    ident = f.ident("id", required=True)

    seeds = _seed_refs(f, "seeds", errors)
    reading = _seed_refs(f, "reading", errors)

    involved = []
    items = f.sequence("entities")
    for i, item in enumerate(items):
        if isinstance(item, Mapping):
            e = _Fields(item, _INVOLVEMENT_KEYS, "an involved entity", errors)
            eid = e.ident("id", required=True)
            if eid:
                involved.append(Involvement(entity=eid, location=item.where("id"), role=e.text("role")))
        elif isinstance(item, str) and ID_PATTERN.match(item):
            involved.append(Involvement(entity=item, location=items.where(i)))
        else:
            errors.append(Diagnostic(items.where(i), "each entity must be an entity id or a mapping with 'id' and 'role'"))

    title = f.text("title")
    date = f.date("date")
    if not seeds:
        if title is None and "title" not in data:
            errors.append(Diagnostic(data.location, "an event without seeds needs a 'title'"))
        if date is None and "date" not in data:
            errors.append(Diagnostic(data.location, "an event without seeds needs a 'date'"))
    event = Event(
        id=ident or "",
        location=data.location,
        title=title,
        date=date,
        date_location=f.where("date") if date else None,
        seeds=seeds,
        reading=reading,
        entities=tuple(involved),
        place=f.ident("location"),
        place_location=f.where("location"),
        summary=f.text("summary") or "",
        facts=_facts(f, errors),
    )
    return event if len(errors) == before else None


def _site(root: Path, errors: list[Diagnostic]) -> SiteConfig:
    path = root / "content" / "site.yaml"
    if not path.exists():
        return SiteConfig(title=root.resolve().name.replace("-", " ").title())
    items = _yaml_items(path, errors, "site configuration")
    if not items:
        return SiteConfig()
    f = _Fields(items[0], _SITE_KEYS, "site.yaml", errors)
    url = f.text("url") or ""
    if url and not re.match(r"^https?://[^/\s]+", url):
        f.error("url", f"'url' must be an absolute http(s) URL, got {url!r}")
        url = ""
    limit = items[0].get("feed_limit", FEED_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        f.error("feed_limit", f"'feed_limit' must be a whole number of at least 1 (how many events a feed carries), got {limit!r}")
        limit = FEED_LIMIT
    return SiteConfig(
        title=f.text("title", required=True) or "Briefing",
        feed_limit=limit,
        description=f.text("description") or "",
        language=f.text("language") or "en",
        url=url,
        about=f.text("about") or "",
        location=items[0].location,
    )


def _text_seed(path: Path, sid: str, text: str) -> Seed:
    article = parse_text_article(text)
    event = article.event
    return Seed(
        id=sid,
        path=path,
        format="text",
        title=article.title or sid,
        body_html=blocks_to_html(article.blocks),
        location=Location(path, article.title_line, 1),
        published=article.published,
        event_date=article.event_date,
        publisher=article.publisher,
        attributed_to=article.attributed_to,
        author=article.author,
        updated=article.updated,
        dateline=article.dateline,
        published_at=Location(path, article.published_line, 1) if article.published_line else None,
        event_date_at=Location(path, event.line, event.col) if event else None,
    )


def _markdown_seed(path: Path, sid: str, text: str, errors: list[Diagnostic]) -> Seed | None:
    before = len(errors)
    front, body = frontmatter.YAMLHandler().split(text) if text.startswith("---") else ("", text)
    meta = Mapping()
    meta.location, meta._places = Location(path), {}
    if front.strip():
        try:
            # The split keeps the newline after the opening '---', so the
            # front matter's lines are already the file's lines.
            parsed = parse_yaml(front, path)
        except YAMLSyntaxError as exc:
            errors.append(exc.diagnostic)
            return None
        if not isinstance(parsed, Mapping):
            errors.append(Diagnostic(Location(path, 2, 1), "front matter must be a mapping of fields"))
            return None
        meta = parsed
    f = _Fields(meta, _FRONT_MATTER_KEYS, "front matter", errors)
    title = f.text("title") or ""
    html = markdown_to_html(body)
    # The page has its own <h1>; a leading level-one heading in the body is the
    # headline (used as the title when the front matter has none).
    heading = re.match(r"\s*<h1[^>]*>(.*?)</h1>\s*", html, re.DOTALL)
    if heading:
        title = title or _html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip()
        html = html[heading.end():]
    if not title:
        errors.append(Diagnostic(Location(path), "a Markdown seed needs a 'title' in its front matter"))
    kind = f.text("kind")
    if kind is not None and kind not in SEED_KINDS:
        f.error("kind", f"unknown kind {kind!r}{did_you_mean(kind, SEED_KINDS)}; an article's kind is one of: {', '.join(SEED_KINDS)}")
    published, updated = f.date("published") or f.date("date"), f.date("updated")
    # Without an event_date, the body's first date is the event's ("on Friday", read against the stamps).
    found = None if "event_date" in meta else markdown_event_date(body, text.count("\n", 0, len(text) - len(body)) + 1, published or updated)
    seed = Seed(
        id=sid,
        path=path,
        format="markdown",
        title=title.rstrip(".").strip(),
        body_html=html,
        location=Location(path),
        published=published,
        updated=updated,
        event_date=f.date("event_date") or (found and found.date),
        published_at=f.where("published") if "published" in meta else None,
        event_date_at=f.where("event_date") if "event_date" in meta else found and Location(path, found.line, found.col),
        publisher=f.text("publisher") or f.text("source"),
        url=f.text("url"),
        attributed_to=f.text("attributed_to"),
        author=f.text("author"),
        event=f.ident("event"),
        event_at=f.where("event") if "event" in meta else None,
        background=kind == "background",
    )
    return seed if len(errors) == before else None


def _seed_file(path: Path) -> tuple[Seed | None, list[Diagnostic], list[Diagnostic]]:
    """One seed file read and parsed: the seed (or None), its errors and its warnings."""
    errors: list[Diagnostic] = []
    kind = SEED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return None, errors, [Diagnostic(Location(path), "not a seed (.txt or .md): ignored", "warning")]
    sid = _seed_id(path.stem)
    text = _read_text(path, errors)
    if text is None:
        return None, errors, []
    seed = _text_seed(path, sid, text) if kind == "text" else _markdown_seed(path, sid, text, errors)
    if seed is not None and not seed.title:
        errors.append(Diagnostic(Location(path), "the article has no headline"))
    elif seed is not None:
        # Made here, where the parsed file is kept between builds, not in link.
        seed = replace(seed, sketch=sketch(seed.title, seed.body_html))
    return seed, errors, []


def load_seed(path: Path) -> tuple[Seed | None, list[Diagnostic], list[Diagnostic]]:
    """One seed file, as `load_content` reads it: the seed (or None), its errors and its warnings."""
    return _seed_file(Path(path))


def _seed_paths(root: Path) -> list[Path]:
    folder = root / "seeds"
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:
        names = sorted(
            e.name for e in entries
            if not (e.name.startswith(".") or e.is_dir() or e.name.lower() == "readme.md")
        )
    return [folder / name for name in names]


def _parse_files(tasks: list[tuple[Callable, Path]], jobs: int, memo) -> list:
    """Each (parse, path) task's result, in order: across `jobs` processes, and only for files `memo` lacks."""
    memo = {} if memo is None else memo
    todo = [task for task in tasks if task[1] not in memo]
    for (_, path), result in zip(todo, parallel_map(lambda task: task[0](task[1]), todo, jobs, "reading")):
        memo[path] = result
    return [memo[path] for _, path in tasks]


def _entity_file(path: Path) -> tuple[list[Entity], list[Diagnostic]]:
    errors: list[Diagnostic] = []
    entities = [e for item in _yaml_items(path, errors, "entity") if (e := _entity(item, errors)) is not None]
    return entities, errors


def _event_file(path: Path) -> tuple[list[Event], list[Diagnostic]]:
    errors: list[Diagnostic] = []
    events = [e for item in _yaml_items(path, errors, "event") if (e := _event(item, errors)) is not None]
    return events, errors


def _seed_id(stem: str) -> str:
    """A seed's id: its file name, lower-cased, with anything else turned into hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "seed"


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()), key=lambda p: p.parts)


def load_content(root: Path, *, jobs: int = 1, memo=None) -> Content:
    """Read a briefing folder; raise BuildFailed listing every problem found.

    `jobs` processes parse the files. `memo` maps a file's path to what parsing
    it gave before: files found there are not read again, and every file parsed
    is put there (a cache keeps it only while the file is unchanged).
    """
    root = Path(root)
    errors: list[Diagnostic] = []
    warnings: list[Diagnostic] = []
    if not (root / "seeds").is_dir() and not (root / "content").is_dir():
        raise BuildFailed([Diagnostic(Location(root), "not a briefing: no seeds/ or content/ folder here (use --root)")])
    site = _site(root, errors)
    # One pool for every file: seeds are most of the work, YAML files many small pieces.
    tasks = [(_seed_file, p) for p in _seed_paths(root)]
    tasks += [(_entity_file, p) for p in _yaml_files(root / "content" / "entities")]
    tasks += [(_event_file, p) for p in _yaml_files(root / "content" / "events")]
    seeds, entities, events = [], [], []
    for (parse, _), result in zip(tasks, _parse_files(tasks, jobs, memo)):
        if parse is _seed_file:
            seed, file_errors, file_warnings = result
            seeds += [seed] if seed is not None else []
            warnings += file_warnings
        else:
            found, file_errors = result
            (entities if parse is _entity_file else events).extend(found)
        errors += file_errors
    if errors:
        raise BuildFailed(errors)
    return Content(
        root=root,
        site=site,
        seeds=tuple(seeds),
        entities=tuple(entities),
        events=tuple(events),
        warnings=tuple(warnings),
    )
