"""Frozen model objects read from a briefing's files; each remembers where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.dates import PartialDate
from generator.diagnostics import Diagnostic, Location

ENTITY_KINDS = (
    "country",
    "city",
    "alliance",
    "command",
    "armed-force",
    "ministry",
    "government",
    "fund",
    "organisation",
    "person",
)


@dataclass(frozen=True)
class Fact:
    """A curated statement and the sources (seed ids or URLs) it rests on."""

    text: str
    sources: tuple[str, ...]
    location: Location
    date: PartialDate | None = None


# A value's rank, as Wikidata ranks statements: the value pages show, another
# that sources report, or one they reported that is now held to be wrong.
RANKS = ("preferred", "normal", "deprecated")


@dataclass(frozen=True)
class RankedValue:
    """One value a field may have, with the sources (seed ids or URLs) that report it and its rank."""

    value: PartialDate | str  # a date, or an entity id
    rank: str
    sources: tuple[str, ...]
    location: Location
    note: str | None = None
    # Where each source is written, for a citation that does not resolve.
    source_locations: tuple[Location, ...] = ()
    # The end of an interval, for a date that spans one.
    end: PartialDate | None = None


def shown_value(values: tuple[RankedValue, ...]) -> RankedValue | None:
    """The value pages show: the preferred one, else the first normal one; None if every value is deprecated."""
    return next((v for v in values if v.rank == "preferred"), None) or next((v for v in values if v.rank == "normal"), None)


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    location: Location
    short_name: str | None = None
    native_name: str | None = None
    native_lang: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    founded: PartialDate | None = None
    headquarters: str | None = None
    website: str | None = None
    summary: str = ""
    facts: tuple[Fact, ...] = ()
    # Where each reference to another entity was written, for link errors.
    ref_locations: tuple[tuple[str, Location], ...] = ()
    # Fields written as a list of ranked values (founded, headquarters): every
    # value by field name; the field itself holds the value shown.
    values: tuple[tuple[str, tuple[RankedValue, ...]], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Every form of the name that counts as a mention in article text."""
        found = [self.name, self.short_name, self.native_name, *self.aliases]
        return tuple(dict.fromkeys(n for n in found if n))


@dataclass(frozen=True)
class Seed:
    """An article as it arrived, cleaned: metadata and sanitised body HTML."""

    id: str
    path: Path
    format: str  # "text" or "markdown"
    title: str
    body_html: str
    location: Location
    published: PartialDate | None = None
    event_date: PartialDate | None = None
    # The last day (month, year) of a happening that spans more than one: the
    # event is the interval event_date..event_end, each with its own precision.
    event_end: PartialDate | None = None
    publisher: str | None = None
    url: str | None = None
    attributed_to: str | None = None
    author: str | None = None
    updated: PartialDate | None = None
    dateline: str | None = None  # where a wire story was filed
    # Where the article states its dates, for reports that set them against curated ones.
    published_at: Location | None = None
    event_date_at: Location | None = None
    event_end_at: Location | None = None
    # An editor's word in the front matter: the curated event this article
    # reports (`event:`), and whether it is background reading (`kind: background`).
    event: str | None = None
    event_at: Location | None = None
    background: bool = False
    # A fixed-size sketch of the text, to find near-copies (generator/similar.py).
    sketch: bytes = b""


@dataclass(frozen=True)
class SeedRef:
    """An event's reference to a seed, with any metadata the editor corrected."""

    id: str
    location: Location
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    attributed_to: str | None = None
    published: PartialDate | None = None


@dataclass(frozen=True)
class Involvement:
    entity: str
    location: Location
    role: str | None = None


@dataclass(frozen=True)
class Event:
    """A curated event from content/events."""

    id: str
    location: Location
    title: str | None = None
    date: PartialDate | None = None
    date_location: Location | None = None
    # Set when the event spans an interval: `date` is its start, `end` its last
    # day, month or year (precisions may differ: 2024-07-22/2024-08).
    end: PartialDate | None = None
    seeds: tuple[SeedRef, ...] = ()
    entities: tuple[Involvement, ...] = ()
    place: str | None = None
    place_location: Location | None = None
    summary: str = ""
    facts: tuple[Fact, ...] = ()
    # Entities the text mentions that the editor says take no part (id, where written).
    not_involved: tuple[tuple[str, Location], ...] = ()
    # Articles that explain the event's background rather than report it.
    reading: tuple[SeedRef, ...] = ()
    # Fields written as a list of ranked values (date, location), as on Entity.
    values: tuple[tuple[str, tuple[RankedValue, ...]], ...] = ()


# How many of the newest events a feed carries unless site.yaml says otherwise.
# Readers poll feeds often and keep what they saw; a feed of every event of a
# long story would be megabytes on every poll (Jekyll's feeds carry 10, MkDocs'
# RSS plugin 20).
FEED_LIMIT = 50
# Seconds one article may take to read before the build stops it and fails.
PARSE_SECONDS = 10

# The largest article a build reads, in KB, unless site.yaml says otherwise: a
# long report is a few hundred KB; anything far beyond is not an article, and
# each file read costs memory and time.
MAX_ARTICLE_KB = 2048
# What site.yaml may raise it to.
MAX_ARTICLE_KB_CEILING = 1024 * 1024


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Briefing"
    description: str = ""
    language: str = "en"
    url: str = ""
    about: str = ""
    feed_limit: int = FEED_LIMIT
    max_article_kb: int = MAX_ARTICLE_KB
    parse_seconds: float = PARSE_SECONDS
    location: Location | None = None


@dataclass(frozen=True)
class Content:
    """Everything `load` read: the input of `link`."""

    root: Path
    site: SiteConfig
    seeds: tuple[Seed, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    warnings: tuple[Diagnostic, ...] = field(default=())
