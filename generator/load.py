"""Stage 1, load: read seeds/ and content/ into frozen model objects.

Every problem in every file is collected before `load_content` fails.
"""

from __future__ import annotations

import hashlib
import html as _html
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path

import frontmatter

from generator.articles import markdown_event_date, parse_text_article
from generator.articles.mdpage import markdown_marks_as_tags, markdown_without_furniture
from generator.budget import OverBudget, time_limit
from generator.dates import PartialDate, parse_span
from generator.diagnostics import BuildFailed, Diagnostic, Location, did_you_mean, quoted
from generator.inputs import FILE_LIMIT, Refused, bound, check, find, read, read_text
from generator.markup import CONTROL_CHARACTERS, MarkupError, blocks_to_html, make_ready, markdown_to_html, scope_ids
from generator.parallel import forks, parallel_map
from generator.similar import sketch
from generator.urls import WEB, WEB_OR_MAIL, url_problem
from generator.model import (
    ENTITY_KINDS,
    FEED_LIMIT,
    MAX_ARTICLE_KB,
    MAX_ARTICLE_KB_CEILING,
    PARSE_SECONDS,
    RANKS,
    Content,
    Entity,
    Event,
    Fact,
    Involvement,
    RankedValue,
    Seed,
    SeedRef,
    SiteConfig,
    shown_value,
)
from generator.yamlfile import Mapping, Sequence, YAMLSyntaxError, parse_yaml

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEED_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
EMPTY_ARTICLE = "the article is empty"

_SITE_KEYS = {"title", "description", "language", "url", "about", "feed_limit", "max_article_kb", "parse_seconds"}
_ENTITY_KEYS = {
    "id", "name", "short_name", "native_name", "native_lang", "kind", "aliases",
    "parent", "founded", "headquarters", "website", "summary", "facts",
}
_EVENT_KEYS = {"id", "title", "date", "seeds", "reading", "entities", "location", "summary", "facts", "not_involved"}
_FACT_KEYS = {"text", "sources", "date"}
_RANKED_KEYS = {"value", "rank", "note", "sources"}
_SEEDREF_KEYS = {"id", "title", "publisher", "url", "attributed_to", "published"}
_INVOLVEMENT_KEYS = {"id", "role"}
_FRONT_MATTER_KEYS = {
    "title", "published", "date", "publisher", "source", "url", "attributed_to",
    "author", "event_date", "tags", "updated", "event", "kind",
}
# Names a writer may reach for to end an interval: one spelling is kept,
# `date: start/end` (the field's own name in front matter).
_END_KEYS = {"end": "date", "end_date": "date", "date_end": "date", "event_end": "event_date"}
# What `kind:` in front matter may say; an article is a report unless it says otherwise.
SEED_KINDS = ("report", "background")


# Decimal digits, no leading zero: `010`, `0x1F`, `1_000` and `1:30` are refused, not guessed at.
_WHOLE_NUMBER = re.compile(r"^(?:0|[1-9][0-9]*)$")
_DECIMAL = re.compile(r"^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$")
_UNCLOSED = (
    "the front matter opened by '---' on line 1 is never closed: end it with a line of '---' "
    "(an article cannot start with a '---' rule)"
)


class _Fields:
    """Typed access to one YAML mapping, recording every problem instead of raising."""

    def __init__(self, data: Mapping, known: set[str], what: str, errors: list[Diagnostic],
                 warnings: list[Diagnostic] | None = None):
        """`warnings`, when given, takes unknown keys as warnings (front matter exported by other tools
        carries keys of its own); a near miss of a known key still names the key it likely meant."""
        self.data = data
        self.errors = errors
        for key in data:
            if key not in known:
                date = _END_KEYS.get(key) if isinstance(key, str) else None
                interval = date in known
                hint = (
                    f": write an interval as one date, start/end ({date}: 2024-07-22/2024-07-25)"
                    if interval else did_you_mean(str(key), known)
                )
                problem = Diagnostic(
                    data.where(key) if isinstance(key, str) else data.location,
                    f"unknown field {quoted(key)} in {what}{hint}",
                )
                if warnings is None or interval:
                    errors.append(problem)
                else:
                    warnings.append(Diagnostic(problem.location, problem.message + ": ignored", "warning"))

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

    def count(self, key: str, default: int, what: str) -> int:
        """A whole number of at least 1, written as plain decimal digits (`default` when absent or wrong)."""
        value = self.data.get(key)
        if value is None:
            return default
        # Explicitly tagged (`!!int 12`) or plain text: YAML's own reading of
        # `0x1F`, `010` or `1:30` is never used (see generator/yamlfile.py).
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        if text is None or not _WHOLE_NUMBER.match(text) or int(text) < 1:
            self.error(key, f"{key!r} must be a whole number of at least 1 ({what}), got {quoted(value)}: write plain digits such as {default}")
            return default
        return int(text)

    def url(self, key: str, schemes: frozenset[str] = WEB) -> str | None:
        """An outside address that may become a link; anything else is an error."""
        value = self.text(key)
        problem = value and url_problem(value, schemes)
        if problem:
            kinds = "an http(s) or mailto: URL" if "mailto" in schemes else "an http(s) URL"
            self.error(key, f"{key!r} must be {kinds} such as https://example.org/, not {quoted(value)}: {problem}")
            return None
        return value or None

    def ident(self, key: str, required: bool = False) -> str | None:
        value = self.text(key, required)
        if value is not None and not ID_PATTERN.match(value):
            self.error(key, f"{quoted(value)} is not a valid id (use lowercase letters, digits and hyphens)")
            return None
        return value

    def date(self, key: str, name: str | None = None) -> PartialDate | None:
        """The date at `key`; a problem names the field as `name` (default: `key`)."""
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.error(key, f"bad date in {name or key!r}: {exc}")
            return None

    def span(self, key: str, name: str | None = None) -> tuple[PartialDate | None, PartialDate | None]:
        """A date or an interval `start/end` (see `parse_span`): (start, end), end None for a single date."""
        value = self.data.get(key)
        if value is None:
            return None, None
        try:
            return parse_span(value)
        except ValueError as exc:
            self.error(key, f"bad date in {name or key!r}: {exc}")
            return None, None

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


_TOO_LONG_ADVICE = " (raise max_article_kb in content/site.yaml)"


def read_article(path: Path, max_article_kb: int = MAX_ARTICLE_KB) -> bytes:
    """An article file's bytes; raise Refused (generator/inputs.py) for a file `load_content` would refuse to read."""
    return read(path, max_article_kb * 1024, "article", _TOO_LONG_ADVICE)


def _read_text(path: Path, errors: list[Diagnostic], limit: int = FILE_LIMIT, what: str = "file") -> str | None:
    try:
        return read_text(path, limit, what, _TOO_LONG_ADVICE if what == "article" else "")
    except Refused as exc:
        errors.append(exc.diagnostic)
    return None


def _without_controls(path: Path, text: str, warnings: list[Diagnostic]) -> str:
    """The text with control characters removed; one warning says where the first one was."""
    first = CONTROL_CHARACTERS.search(text)
    if first is None:
        return text
    at = first.start()
    line, col = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    cleaned, count = CONTROL_CHARACTERS.subn("", text)
    more = f" ({count} in this file)" if count > 1 else ""
    warnings.append(Diagnostic(
        Location(path, line, col),
        f"control character U+{ord(first.group()):04X} removed{more}: a page cannot show it; save the file as plain text",
        "warning",
    ))
    return cleaned


def _yaml_items(path: Path, errors: list[Diagnostic], what: str, limit: int = FILE_LIMIT) -> list[Mapping]:
    """The mappings of one YAML file: a single mapping or a list of them.

    Its warnings go into `errors` too, as Diagnostics of severity "warning".
    """
    text = _read_text(path, errors, limit)
    if text is None:
        return []
    text = _without_controls(path, text, errors)
    try:
        data = parse_yaml(text, path, warnings=errors)
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


def _check_sources(sources, errors: list[Diagnostic], what: str = "a fact's source") -> None:
    """Report each source that is written as an address but may not be a link.

    A seed id has neither ':' nor '/', so a source with either is meant as a URL.
    """
    if not isinstance(sources, Sequence):
        return
    for i, source in enumerate(sources):
        if isinstance(source, str) and (":" in source or "/" in source):
            problem = url_problem(source.strip())
            if problem:
                errors.append(Diagnostic(sources.where(i), f"{what} must be a seed id or an http(s) URL, not {quoted(source.strip())}: {problem}"))


def _date_value(f: _Fields, key: str, name: str) -> PartialDate | None:
    return f.date(key, name)


def _id_value(f: _Fields, key: str, name: str) -> str | None:
    return f.ident(key)


def _event_date(f: _Fields, key: str, name: str) -> tuple[PartialDate, PartialDate | None] | None:
    """An event's date as (start, end), end None unless it spans an interval: one reading for the plain and the ranked form."""
    start, end = f.span(key, name)
    return None if start is None else (start, end)


def _ranked(f: _Fields, key: str, read: Callable, errors: list[Diagnostic]) -> tuple[object, Location, tuple[RankedValue, ...]]:
    """A field written as one value or as a list of ranked, sourced values.

    Returns the value pages show, where it is written, and every value (none
    for a field written as one plain value). `read(fields, key, name)` reads
    one value as the plain form is read; a reader that gives (start, end)
    makes each value an interval, and the value shown too.
    """
    raw = f.data.get(key)
    if not isinstance(raw, Sequence):
        return read(f, key, key), f.where(key), ()
    if not raw:
        f.error(key, f"{key!r} lists no values: give one value, or a list of values with their sources")
        return None, f.where(key), ()
    values, preferred, before, spans = [], None, len(errors), False
    for i, item in enumerate(raw):
        if not isinstance(item, Mapping):
            errors.append(Diagnostic(raw.where(i), f"each value of {key!r} must be a mapping with 'value' and 'sources'"))
            continue
        g = _Fields(item, _RANKED_KEYS, "a ranked value", errors)
        if "value" not in item:
            errors.append(Diagnostic(item.location, f"each value of {key!r} needs a 'value'"))
        value, end = read(g, "value", key), None
        if isinstance(value, tuple):
            (value, end), spans = value, True
        rank = g.text("rank") or "normal"
        if rank not in RANKS:
            g.error("rank", f"unknown rank {quoted(rank)}{did_you_mean(rank, RANKS)}; a value's rank is {', '.join(RANKS[:-1])} or {RANKS[-1]}")
        elif rank == "preferred" and preferred is not None:
            g.error("rank", f"a second preferred value of {key!r} (the first is at line {preferred.line}): mark one preferred, the others normal")
        elif rank == "preferred":
            preferred = g.where("rank")
        sources = item.get("sources")
        cited = [(str(s).strip(), sources.where(j)) for j, s in enumerate(sources)] if isinstance(sources, Sequence) else []
        g.text_list("sources")  # reports items that are not text
        if "sources" not in item:
            errors.append(Diagnostic(item.location, f"a value of {key!r} must cite at least one source: add 'sources' with a seed id or a URL"))
        elif isinstance(sources, Sequence) and not sources:
            g.error("sources", f"a value of {key!r} must cite at least one source (a seed id or a URL)")
        _check_sources(sources, errors, "a source")
        if value is not None:
            values.append(RankedValue(
                value=value, rank=rank, sources=tuple(text for text, _ in cited), location=g.where("value"),
                note=g.text("note"), source_locations=tuple(at for _, at in cited), end=end,
            ))
    shown = shown_value(tuple(values))
    if len(errors) > before:
        return None, f.where(key), ()
    if shown is None:
        errors.append(Diagnostic(raw.location, f"every value of {key!r} is deprecated: mark the one to show preferred or normal"))
        return None, f.where(key), ()
    value = (shown.value, shown.end) if spans else shown.value
    return value, shown.location, tuple(values)


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
        _check_sources(item.get("sources"), errors)
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
        f.error("kind", f"unknown kind {quoted(kind)}{did_you_mean(kind, ENTITY_KINDS)}; kinds are: {', '.join(ENTITY_KINDS)}")
    native_name = f.text("native_name")
    native_lang = f.text("native_lang")
    if native_name and not native_lang:
        errors.append(Diagnostic(f.where("native_name"), "'native_name' needs 'native_lang' (a language tag such as ja)"))
    parent = f.ident("parent")
    founded, _, founded_values = _ranked(f, "founded", _date_value, errors)
    headquarters, _, headquarters_values = _ranked(f, "headquarters", _id_value, errors)
    # Each of several headquarters is checked where it is written (link's `_check_entities`).
    single = {"parent": parent, "headquarters": None if headquarters_values else headquarters}
    refs = tuple((key, f.where(key)) for key, val in single.items() if val)
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
        founded=founded,
        headquarters=headquarters,
        # A website may be a contact address; `mailto:` opens no page and runs nothing.
        website=f.url("website", WEB_OR_MAIL),
        summary=f.text("summary") or "",
        facts=_facts(f, errors),
        ref_locations=refs,
        values=tuple((key, v) for key, v in (("founded", founded_values), ("headquarters", headquarters_values)) if v),
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
                    publisher=s.text("publisher"), url=s.url("url"),
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

    not_involved = []
    items = f.sequence("not_involved")
    for i, item in enumerate(items):
        if isinstance(item, str) and ID_PATTERN.match(item):
            not_involved.append((item, items.where(i)))
        else:
            errors.append(Diagnostic(items.where(i), "each item of 'not_involved' must be an entity id"))

    title = f.text("title")
    span, date_at, date_values = _ranked(f, "date", _event_date, errors)
    date, end = span or (None, None)
    place, place_at, place_values = _ranked(f, "location", _id_value, errors)
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
        date_location=date_at if date else None,
        end=end,
        seeds=seeds,
        reading=reading,
        entities=tuple(involved),
        place=place,
        place_location=place_at,
        summary=f.text("summary") or "",
        facts=_facts(f, errors),
        not_involved=tuple(not_involved),
        values=tuple((key, v) for key, v in (("date", date_values), ("location", place_values)) if v),
    )
    return event if len(errors) == before else None


def _site(root: Path, limit: str, errors: list[Diagnostic]) -> SiteConfig:
    path = root / "content" / "site.yaml"
    if not os.path.lexists(path):
        return SiteConfig(title=root.resolve().name.replace("-", " ").title())
    try:
        check(path, limit)
    except Refused as exc:
        errors.append(exc.diagnostic)
        return SiteConfig()
    items = _yaml_items(path, errors, "site configuration")
    if not items:
        return SiteConfig()
    f = _Fields(items[0], _SITE_KEYS, "site.yaml", errors)
    # The site's own address goes into every feed and canonical link: the same check as any URL from content.
    url = f.url("url") or ""
    limit = f.count("feed_limit", FEED_LIMIT, "how many events a feed carries")
    max_kb = f.text("max_article_kb") if "max_article_kb" in items[0] else str(MAX_ARTICLE_KB)
    if max_kb is None or not _WHOLE_NUMBER.match(max_kb) or not 1 <= int(max_kb) <= MAX_ARTICLE_KB_CEILING:
        f.error("max_article_kb", f"'max_article_kb' must be a whole number from 1 to {MAX_ARTICLE_KB_CEILING} "
                f"(the largest article to read, in KB), got {quoted(items[0].get('max_article_kb'))}")
        max_kb = MAX_ARTICLE_KB
    seconds = f.text("parse_seconds") if "parse_seconds" in items[0] else str(PARSE_SECONDS)
    if seconds is None or not _DECIMAL.match(seconds) or not 0 < float(seconds) < 1e6:
        f.error("parse_seconds", "'parse_seconds' must be a number of seconds above 0 (how long one article may take to read), "
                f"got {quoted(items[0].get('parse_seconds'))}")
        seconds = PARSE_SECONDS
    return SiteConfig(
        title=f.text("title", required=True) or "Briefing",
        feed_limit=limit,
        max_article_kb=int(max_kb),
        parse_seconds=float(seconds),
        description=f.text("description") or "",
        language=f.text("language") or "en",
        url=url,
        about=f.text("about") or "",
        location=items[0].location,
    )


def _text_seed(path: Path, sid: str, text: str, errors: list[Diagnostic]) -> Seed | None:
    article = parse_text_article(text)
    if not article.title and not article.blocks:
        errors.append(Diagnostic(Location(path), f"{EMPTY_ARTICLE}: nothing in it reads as a story (only site navigation, dates or page furniture)"))
        return None
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
        event_end=event.end if event else None,
        publisher=article.publisher,
        attributed_to=article.attributed_to,
        author=article.author,
        updated=article.updated,
        dateline=article.dateline,
        published_at=Location(path, article.published_line, 1) if article.published_line else None,
        event_date_at=Location(path, event.line, event.col) if event else None,
        event_end_at=Location(path, event.line, event.col) if event and event.end else None,
    )


def _article_url(f: _Fields, warnings: list[Diagnostic]) -> str | None:
    """A seed's own `url`, only when it may be a link: the article is as it was scraped, so a bad one is left out, with a warning."""
    url = f.text("url")
    problem = url and url_problem(url)
    if problem:
        warnings.append(Diagnostic(f.where("url"), f"'url' {quoted(url)} is not an http(s) URL ({problem}): the article is shown without a link to it", "warning"))
        return None
    return url or None


def _markdown_seed(path: Path, sid: str, text: str, errors: list[Diagnostic], warnings: list[Diagnostic]) -> Seed | None:
    before = len(errors)
    toml = _TOML_FRONT_MATTER.match(text)
    try:
        front, body = frontmatter.YAMLHandler().split(text) if text.startswith("---") else ("", text)
    except ValueError:  # no second '---'
        errors.append(Diagnostic(Location(path), _UNCLOSED))
        return None
    meta = Mapping()
    meta.location, meta._places = Location(path), {}
    if toml:
        meta = _toml_fields(path, toml.group(1), errors)
        if meta is None:
            return None
        body = text[toml.end():]
    elif front.strip():
        try:
            # The split keeps the newline after the opening '---', so the
            # front matter's lines are already the file's lines.
            parsed = parse_yaml(front, path, warnings=warnings)
        except YAMLSyntaxError as exc:
            errors.append(exc.diagnostic)
            return None
        if not isinstance(parsed, Mapping):
            errors.append(Diagnostic(Location(path, 2, 1), "front matter must be a mapping of fields"))
            return None
        meta = parsed
    f = _Fields(meta, _FRONT_MATTER_KEYS, "front matter", errors, warnings)
    title = f.text("title") or ""
    body_line = text.count("\n", 0, len(text) - len(body)) + 1
    body = markdown_without_furniture(body, f.text("author"))  # an exported page's notes and link lists
    try:
        html = markdown_to_html(body)
    except MarkupError as exc:
        errors.append(Diagnostic(Location(path, body_line + body.startswith("\n")), str(exc)))
        return None
    # Its ids (`{#x}`, footnotes) are its own: see `scope_ids`.
    html = scope_ids(html, f"source-{sid}:")
    # The page has its own <h1>; a leading level-one heading in the body is the
    # headline (used as the title when the front matter has none).
    heading = re.match(r"\s*<h1[^>]*>(.*?)</h1>\s*", html, re.DOTALL)
    if heading:
        title = title or _html.unescape(re.sub(r"<[^>]+>", "", heading.group(1))).strip()
        html = html[heading.end():]
    if not title and not body.strip():
        # Front matter with a title and no body is a stub (a headline and a
        # link to the article); without a title there is nothing to show.
        errors.append(Diagnostic(Location(path), EMPTY_ARTICLE))
    elif not title:
        errors.append(Diagnostic(Location(path), "a Markdown seed needs a 'title' in its front matter"))
    kind = f.text("kind")
    if kind is not None and kind not in SEED_KINDS:
        f.error("kind", f"unknown kind {kind!r}{did_you_mean(kind, SEED_KINDS)}; an article's kind is one of: {', '.join(SEED_KINDS)}")
    published, updated = f.date("published") or f.date("date"), f.date("updated")
    # Without an event_date, the body's first date is the event's ("on Friday", read against the stamps).
    found = None if "event_date" in meta else markdown_event_date(body, body_line, published or updated)
    event_date, event_end = f.span("event_date")
    seed = Seed(
        id=sid,
        path=path,
        format="markdown",
        title=title.rstrip(".").strip(),
        body_html=html,
        location=Location(path),
        published=published,
        updated=updated,
        event_date=event_date or (found and found.date),
        # The front matter's interval, else a span the body gives.
        event_end=event_end or (found and found.end) or None,
        published_at=f.where("published") if "published" in meta else None,
        event_date_at=f.where("event_date") if "event_date" in meta else found and Location(path, found.line, found.col),
        event_end_at=f.where("event_date") if event_end else (found and found.end and Location(path, found.line, found.col)) or None,
        publisher=f.text("publisher") or f.text("source"),
        url=_article_url(f, warnings),
        attributed_to=f.text("attributed_to"),
        author=f.text("author"),
        event=f.ident("event"),
        event_at=f.where("event") if "event" in meta else None,
        background=kind == "background",
    )
    return seed if len(errors) == before else None


# Hugo's other front matter: TOML between `+++` lines.
_TOML_FRONT_MATTER = re.compile(r"\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|$)", re.DOTALL)
# Hugo's names for the fields this tool names otherwise.
_TOML_KEYS = {"lastmod": "updated", "publishdate": "published", "pubdate": "published", "authors": "author"}


def _toml_fields(path: Path, front: str | None, errors: list[Diagnostic]) -> Mapping | None:
    """TOML front matter as the fields YAML front matter gives, each at its line (the block opens on line 1)."""
    import tomllib

    try:
        data = tomllib.loads(front or "")
    except tomllib.TOMLDecodeError as exc:
        line = re.search(r"line (\d+)", str(exc))
        errors.append(Diagnostic(Location(path, int(line.group(1)) + 1 if line else 1), f"bad TOML front matter: {exc}"))
        return None
    places = {m.group(1): Location(path, number, 1) for number, m in
              ((n, re.match(r"\s*([A-Za-z_][\w-]*)\s*=", line)) for n, line in enumerate((front or "").split("\n"), 2)) if m}
    meta = Mapping()
    meta.location, meta._places = Location(path), {}
    for key, value in data.items():
        name = _TOML_KEYS.get(key.lower(), key)
        if name in meta:
            continue
        if name == "author" and isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        meta[name] = value
        meta._places[name] = places.get(key, Location(path))
    return meta


# A closed `---` block whose every line is a `key: value`, a list item or an
# indented continuation: YAML fields, where a scraped page's `---` rule opens prose.
_FRONT_MATTER = re.compile(r"---[ \t]*\n((?:(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*|#.*|[ \t]*)\n){1,200})---[ \t]*(?:\n|$)")


def _opens_with_front_matter(text: str) -> bool:
    """Whether the text starts with a YAML front-matter block naming at least one front-matter field.

    A block of other `key: value` lines ("Note: …" between two rules) stays the raw article it was.
    """
    match = _FRONT_MATTER.match(text)
    keys = re.findall(r"^([A-Za-z_][\w-]*)[ \t]*:", match.group(1), re.MULTILINE) if match else []
    return any(key in _FRONT_MATTER_KEYS for key in keys)


def _seed_file(path: Path, limit: int, seconds: float = PARSE_SECONDS) -> tuple[Seed | None, list[Diagnostic], list[Diagnostic], int]:
    """One seed file read and parsed within `seconds`: the seed (or None), its errors, its warnings and the size cap it was read under."""
    errors: list[Diagnostic] = []
    kind = SEED_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return None, errors, [Diagnostic(Location(path), "not a seed (.txt or .md): ignored", "warning")], limit
    sid = _seed_id(path.stem)
    text = _read_text(path, errors, limit, "article")
    if text is None:
        return None, errors, [], limit
    warnings: list[Diagnostic] = []
    text = _without_controls(path, text, warnings)
    if not text.strip():
        # A page titled with the file name and nothing under it helps no reader.
        errors.append(Diagnostic(Location(path), EMPTY_ARTICLE))
        return None, errors, warnings, limit
    # However the text defeats the readers below (a scraped page of markup,
    # say), one article cannot stop the build: it fails it, and says which.
    # Front matter is known by what the file holds, not by its name: a `.txt`
    # saved with a YAML block on top is front matter and a Markdown body.
    if kind == "text" and (_opens_with_front_matter(text) or _TOML_FRONT_MATTER.match(text)):
        kind = "markdown"
    elif kind == "markdown" and not text.startswith(("---", "+++")):
        # Markdown with no front matter (an export from a notes app, a forum) carries its headline,
        # dates and credits as a page does: it is read as raw text, its marks made the tags the
        # reader knows, every line in its place (ingest reads it the same way for its notes).
        kind, text = "text", markdown_marks_as_tags(text)
    try:
        with time_limit(seconds):
            seed = _text_seed(path, sid, text, errors) if kind == "text" else _markdown_seed(path, sid, text, errors, warnings)
    except OverBudget:
        message = f"reading this article took over {seconds:g} s; it was stopped (is it a scraped page of markup?)"
        return None, [Diagnostic(Location(path), message)], warnings, limit
    if seed is not None and not seed.title:
        errors.append(Diagnostic(Location(path), "the article has no headline"))
    elif seed is not None:
        # Made here, where the parsed file is kept between builds, not in link.
        seed = replace(seed, sketch=sketch(seed.title, seed.body_html))
    return seed, errors, warnings, limit


def load_seed(
    path: Path, root: Path, max_article_kb: int = MAX_ARTICLE_KB, seconds: float = PARSE_SECONDS
) -> tuple[Seed | None, list[Diagnostic], list[Diagnostic]]:
    """One seed file of the briefing at `root`, as `load_content` reads it: the seed (or None), its errors and its warnings."""
    path = Path(path)
    try:
        check(path, bound(root))
    except Refused as exc:
        return None, [exc.diagnostic], []
    return _seed_file(path, max_article_kb * 1024, seconds)[:3]


def _seed_paths(root: Path, limit: str) -> tuple[list[Path], list[Diagnostic]]:
    return find(root / "seeds", limit, lambda name: not name.startswith(".") and name.lower() != "readme.md", recursive=False)


def _parse_files(tasks: list[tuple[Callable, Path, int]], jobs: int, memo) -> list:
    """Each (parse, path, size cap) task's result, in order: across `jobs` processes, and only for files `memo` lacks.

    A result ends with the cap it was read under: one read under another cap is read again.
    """
    memo = {} if memo is None else memo
    todo = [task for task in tasks if task[1] not in memo or memo[task[1]][-1] != task[2]]
    if forks(len(todo), jobs):
        # Made once here, the converter is shared by the workers (and by the link stage's).
        make_ready()
    for (_, path, _), result in zip(todo, parallel_map(lambda task: task[0](task[1], task[2]), todo, jobs, "reading")):
        memo[path] = result
    return [memo[path] for _, path, _ in tasks]


def _entity_file(path: Path, limit: int) -> tuple[list[Entity], list[Diagnostic], int]:
    errors: list[Diagnostic] = []
    entities = [e for item in _yaml_items(path, errors, "entity", limit) if (e := _entity(item, errors)) is not None]
    return entities, errors, limit


def _event_file(path: Path, limit: int) -> tuple[list[Event], list[Diagnostic], int]:
    errors: list[Diagnostic] = []
    events = [e for item in _yaml_items(path, errors, "event", limit) if (e := _event(item, errors)) is not None]
    return events, errors, limit


def _seed_id(stem: str) -> str:
    """A seed's id: its file name, lower-cased, with anything else turned into hyphens.

    A name with no Latin letter or digit (`記事.txt`) gets `seed-` and a digest
    of the name, the same on every machine: macOS may hand over the name
    decomposed, so it is composed (NFC) first.
    """
    stem = unicodedata.normalize("NFC", stem)
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "seed-" + hashlib.sha256(stem.encode("utf-8")).hexdigest()[:10]


def _yaml_files(folder: Path, limit: str) -> tuple[list[Path], list[Diagnostic]]:
    return find(folder, limit, lambda name: os.path.splitext(name)[1] in (".yaml", ".yml"))


def _split(problems: list[Diagnostic]) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """A list of problems as (errors, warnings); the list itself may be a memo's and is left as it is."""
    return [d for d in problems if d.severity == "error"], [d for d in problems if d.severity != "error"]


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
    # Nothing is read from beyond the briefing's real folder: see generator/inputs.py.
    limit = bound(root)
    site = _site(root, limit, errors)
    errors, warnings = _split(errors)
    seed_paths, refused = _seed_paths(root, limit)
    entity_paths, refused_entities = _yaml_files(root / "content" / "entities", limit)
    event_paths, refused_events = _yaml_files(root / "content" / "events", limit)
    errors += refused + refused_entities + refused_events
    # One pool for every file: seeds are most of the work, YAML files many small pieces.
    max_bytes = site.max_article_kb * 1024
    read_seed = partial(_seed_file, seconds=site.parse_seconds)
    tasks = [(read_seed, p, max_bytes) for p in seed_paths]
    tasks += [(_entity_file, p, FILE_LIMIT) for p in entity_paths]
    tasks += [(_event_file, p, FILE_LIMIT) for p in event_paths]
    seeds, entities, events = [], [], []
    for (parse, _, _), result in zip(tasks, _parse_files(tasks, jobs, memo)):
        if parse is read_seed:
            seed, file_errors, file_warnings, _ = result
            seeds += [seed] if seed is not None else []
            warnings += file_warnings
        else:
            found, file_errors, _ = result
            (entities if parse is _entity_file else events).extend(found)
            file_errors, file_warnings = _split(file_errors)
            warnings += file_warnings
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
