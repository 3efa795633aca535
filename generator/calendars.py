"""The events as iCalendar files: events.ics for the briefing, entities/<id>/events.ics for each entity.

Pure: the site graph in, `{output path: bytes}` out, written with the
`icalendar` library (it escapes and folds every text value).

Every event is an all-day event at its own precision: a day is that day, a
month every day of the month and a year every day of the year, because a
calendar has no way to say "some day in July 2024" and a single made-up day
would claim what no source says; the description names the precision. Events
are transparent (news, not the subscriber's appointments). An undated event
has no place in a calendar and is left out (data/events.csv lists it).

A UID is the event's id at the site's address, so a calendar application
that imports the file again updates its events instead of doubling them;
DTSTAMP is the newest date the event or its reports carry, never the clock,
so that the same briefing gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

import icalendar

from generator import __version__
from generator.dates import PartialDate, span_human
from generator.link import EntityNode, EventNode, SiteGraph
from generator.structured import event_summary

CALENDAR = "events.ics"
_PRODID = f"-//briefing//briefing {__version__}//EN"
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def calendar_paths(graph: SiteGraph) -> list[str]:
    """The files `calendar_file` makes: the briefing's calendar and one per entity."""
    return [CALENDAR, *(n.route + CALENDAR for n in graph.entities.values())]


def calendar_owner(graph: SiteGraph, path: str) -> EntityNode | None:
    """The entity whose calendar is at `path`, or None for the briefing's."""
    if path == CALENDAR:
        return None
    return graph.entities[path.removeprefix("entities/").removesuffix("/" + CALENDAR)]


def calendar_events(graph: SiteGraph, path: str) -> list[EventNode]:
    """The events the calendar at `path` holds, in date order (undated ones too; `calendar_file` leaves them out)."""
    node = calendar_owner(graph, path)
    return list(graph.events) if node is None else [graph.event(eid) for eid in node.events]


def _after(date: PartialDate) -> dt.date | None:
    """The first day after every day `date` can mean; None past the last day Python's dates know (in 9999)."""
    try:
        return date.last_day() + dt.timedelta(days=1)
    except OverflowError:
        return None


def _domain(graph: SiteGraph, site: str) -> str:
    """What follows the @ of a UID: the site's host and path, or a name that cannot clash with one."""
    if site:
        parsed = urlparse(site)
        return parsed.netloc + parsed.path.rstrip("/")
    return (_NOT_SLUG.sub("-", graph.config.title.lower()).strip("-") or "briefing") + ".briefing.invalid"


def _stamp(event: EventNode) -> dt.datetime:
    dates = [event.date, event.end]
    for source in event.sources:
        dates += [source.published, source.updated]
    newest = max((d.first_day() for d in dates if d is not None), default=dt.date(1970, 1, 1))
    return dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc)


def _description(event: EventNode, graph: SiteGraph, end: PartialDate | None) -> str:
    parts = []
    summary = event_summary(event)
    if summary:
        parts.append(summary)
    last = end or event.date
    if event.date.precision != "day" or last.precision != "day":
        parts.append(f"Dated {span_human(event.date, end)}: the calendar shows every day it can mean, as no source gives the day.")
    involved = [graph.entities[r.entity].label for r in event.roles if not r.mentioned and r.entity != event.place]
    if involved:
        parts.append("Involved: " + ", ".join(involved) + ".")
    reports = [", ".join(x for x in (s.publisher, s.published.human() if s.published else None) if x) or s.title for s in event.sources]
    if reports:
        parts.append("Reported by: " + "; ".join(reports) + ".")
    return "\n\n".join(parts)


def calendar_event(event: EventNode, graph: SiteGraph, site: str) -> icalendar.Event:
    """A dated event as a VEVENT; `site` is the site's absolute address, or "" when unknown."""
    end = event.end
    vevent = icalendar.Event()
    vevent.add("uid", f"{event.id}@{_domain(graph, site)}")
    vevent.add("dtstamp", _stamp(event))
    vevent.add("dtstart", event.date.first_day())
    after = _after(end or event.date)
    if after is not None:  # without DTEND, an all-day event is its first day (RFC 5545, 3.6.1)
        vevent.add("dtend", after)
    vevent.add("summary", event.title)
    vevent.add("description", _description(event, graph, end))
    if event.place:
        vevent.add("location", graph.entities[event.place].label)
    if site:
        vevent.add("url", site + event.route)
    vevent.add("transp", "TRANSPARENT")
    return vevent


def _folded(line: icalendar.parser.Contentline) -> bytes:
    """One content line folded as icalendar folds it (RFC 5545, 3.1), at 75 octets.

    icalendar folds a character at a time (about 60 µs a description line);
    an ASCII line folds at every 74th character, one sooner where that
    character would open an escape (\\ or ^), which icalendar keeps whole.
    tests/test_calendars.py checks this against icalendar's own folding.
    """
    if not line.isascii():
        return line.to_ical()
    start, parts = 0, []
    while len(line) - start > 74:
        end = start + 74
        if line[end - 1] in "\\^":
            end -= 1
        parts.append(line[start:end])
        start = end
    parts.append(line[start:])
    return "\r\n ".join(parts).encode("ascii")


def ical_bytes(component: icalendar.cal.Component) -> bytes:
    """`component.to_ical()`, byte for byte, with the folding done in slices."""
    return b"".join(_folded(line) + b"\r\n" for line in component.content_lines() if line)


def calendar_lines(event: EventNode, graph: SiteGraph, site: str) -> bytes:
    """A dated event's VEVENT as every calendar that holds it shows it."""
    return ical_bytes(calendar_event(event, graph, site))


def calendar_file(path: str, graph: SiteGraph, site: str, entries: dict | None = None) -> bytes:
    """One of the files `calendar_paths` lists; `site` is the site's absolute address, or "".

    `entries` is a dict in which each event's VEVENT is kept, for a caller
    making many calendars: an event reads the same in every calendar it is in.
    """
    node = calendar_owner(graph, path)
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    title = graph.config.title if node is None else f"{node.label} · {graph.config.title}"
    calendar.add("x-wr-calname", title)
    if graph.config.description:
        calendar.add("x-wr-caldesc", graph.config.description)
    # A subscribed calendar is fetched again daily: a briefing changes by the day at most.
    calendar.add("refresh-interval", dt.timedelta(days=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "P1D")
    entries = {} if entries is None else entries
    vevents = []
    for event in calendar_events(graph, path):
        if event.date is None:
            continue
        held = entries.get(event.id)
        # Kept while the event is the same object: a long-lived caller may pass a changed one.
        if held is None or held[0] is not event:
            held = entries[event.id] = (event, calendar_lines(event, graph, site))
        vevents.append(held[1])
    # The calendar's own lines, then its events, each as icalendar wrote it.
    end = b"END:VCALENDAR\r\n"
    return ical_bytes(calendar).removesuffix(end) + b"".join(vevents) + end
