"""events.ics (site-wide and per entity) and the CSV tables, read back with icalendar and csv."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import pytest

from conftest import soup
from generator.cli import main
from generator.dates import PartialDate

SITE = "https://example.org/briefing/"

EVENTS = {
    "content/entities/port.yaml": """
        id: port
        name: Port Lumen
        kind: city
    """,
    "content/events/posting.yaml": """
        id: officers-posted
        title: Four officers posted to the Assistance Command
        date: 2026-05-29
        location: port
        seeds: [2026-05-29-posting]
        entities:
          - id: command
            role: receives them
        summary: Four officers join the *command* in Port Lumen.
    """,
    "content/events/charter.yaml": """
        id: charter
        title: The alliance charter
        date: 2016
        entities: [alliance]
    """,
    # An article that gives no date at all makes an undated event.
    "seeds/talks.md": """
        ---
        title: Talks at some point
        ---
        The alliance held talks.
    """,
}


def _calendar(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(path: Path) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in _calendar(path).walk("VEVENT")}


def _rows(path: Path) -> list[dict[str, str]]:
    # utf-8-sig: the file starts with a byte order mark, so that spreadsheets read it as UTF-8.
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"), newline="")))


@pytest.fixture
def built(briefing, build_site):
    code, out, _, stderr = build_site(briefing(EVENTS))
    assert code == 0, stderr
    return out


def test_the_site_calendar_holds_every_dated_event_all_day_at_its_precision(built):
    events = _events(built / "events.ics")
    host = "@example.org/briefing"
    # An undated event has no place in a calendar; every dated one is there.
    assert set(events) == {f"officers-posted{host}", f"command-founded{host}", f"charter{host}"}
    day = events[f"officers-posted{host}"]
    assert str(day["SUMMARY"]) == "Four officers posted to the Assistance Command"
    assert day.decoded("DTSTART") == dt.date(2026, 5, 29) and day.decoded("DTEND") == dt.date(2026, 5, 30)
    assert not isinstance(day.decoded("DTSTART"), dt.datetime)
    assert str(day["URL"]) == SITE + "events/officers-posted/"
    assert str(day["LOCATION"]) == "Port Lumen"
    assert "Four officers join the command in Port Lumen." in str(day["DESCRIPTION"])
    assert str(day["TRANSP"]) == "TRANSPARENT"
    # A month or a year is the span it names: no day is made up.
    month = events[f"command-founded{host}"]
    assert month.decoded("DTSTART") == dt.date(2024, 7, 1) and month.decoded("DTEND") == dt.date(2024, 8, 1)
    assert "July 2024" in str(month["DESCRIPTION"])
    year = events[f"charter{host}"]
    assert year.decoded("DTSTART") == dt.date(2016, 1, 1) and year.decoded("DTEND") == dt.date(2017, 1, 1)
    calendar = _calendar(built / "events.ics")
    assert str(calendar["X-WR-CALNAME"]) == "Test briefing"
    assert str(calendar["PRODID"]).startswith("-//briefing//")


def test_dtstamp_comes_from_the_content_not_the_clock(built, briefing, build_site):
    events = _events(built / "events.ics")
    # The newest date the event or its reports carry: the article was published on 29 May 2026.
    assert events["officers-posted@example.org/briefing"].decoded("DTSTAMP") == dt.datetime(2026, 5, 29, tzinfo=dt.timezone.utc)
    code, again, _, _ = build_site(briefing(EVENTS, name="again"))
    assert code == 0
    for rel in ("events.ics", "entities/command/events.ics", "data/events.csv", "data/entities.csv"):
        assert (again / rel).read_bytes() == (built / rel).read_bytes()


def test_an_entity_calendar_holds_its_own_events(built):
    events = _events(built / "entities/command/events.ics")
    assert set(events) == {"officers-posted@example.org/briefing", "command-founded@example.org/briefing"}
    assert str(_calendar(built / "entities/command/events.ics")["X-WR-CALNAME"]) == "Assistance Command (NAA) · Test briefing"
    assert set(_events(built / "entities/port/events.ics")) == {"officers-posted@example.org/briefing"}


def test_calendars_and_tables_are_linked_where_readers_look(built, capsys):
    home = soup(built / "index.html")
    alternate = home.find("link", rel="alternate", type="text/calendar")
    assert alternate["href"] == "events.ics"
    footer = home.find("footer")
    hrefs = {a["href"] for a in footer.find_all("a")}
    assert {"events.ics", "data/events.csv", "data/entities.csv"} <= hrefs
    entity = soup(built / "entities/command/index.html")
    calendars = {link["href"] for link in entity.find_all("link", rel="alternate", type="text/calendar")}
    assert calendars == {"../../events.ics", "../../entities/command/events.ics"}
    links = {a["href"] for a in entity.find("main").find_all("a")}
    assert "../../entities/command/events.ics" in links
    # With a public address, a subscription link a calendar application opens.
    assert "webcal://example.org/briefing/entities/command/events.ics" in links
    # The sitemap lists pages only.
    assert ".ics" not in (built / "sitemap.xml").read_text("utf-8")


def test_check_finds_every_calendar_and_table_link(briefing, capsys):
    root = briefing(EVENTS)
    assert main(["check", "--root", str(root)]) == 0, capsys.readouterr().err


def test_the_tables_list_every_event_and_entity(built):
    events = {r["id"]: r for r in _rows(built / "data/events.csv")}
    assert list(events) == ["charter", "command-founded", "officers-posted", "talks"]
    posted = events["officers-posted"]
    assert posted["title"] == "Four officers posted to the Assistance Command"
    assert (posted["date"], posted["precision"], posted["end"]) == ("2026-05-29", "day", "")
    assert posted["location"] == "port"
    # As in events.json: every entity the event involves, its place included; those its text only names again apart.
    assert set(posted["entities"].split()) == {"command", "alliance", "port"}
    assert posted["mentioned"] == "alliance"
    assert posted["summary"] == "Four officers join the command in Port Lumen."
    assert posted["url"] == SITE + "events/officers-posted/"
    assert posted["sources"] == "https://example.org/news/posting"
    assert events["talks"]["date"] == ""
    entities = {r["id"]: r for r in _rows(built / "data/entities.csv")}
    command = entities["command"]
    assert (command["name"], command["kind"], command["parent"], command["founded"]) == ("Assistance Command", "command", "alliance", "2024-07")
    assert command["native_name"] == "支援司令部"
    assert command["events"] == "2"
    assert command["url"] == SITE + "entities/command/"
    assert (built / "data/events.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_rebuild_after_an_edit_shows_it_in_calendars_and_tables(briefing, build_site):
    root = briefing(EVENTS)
    code, out, _, _ = build_site(root)
    assert code == 0
    path = root / "content/events/posting.yaml"
    path.write_text(path.read_text("utf-8").replace("Four officers join", "Five officers join").replace("Four officers posted", "Five officers posted"), "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    day = _events(out / "events.ics")["officers-posted@example.org/briefing"]
    assert str(day["SUMMARY"]).startswith("Five") and "Five officers join" in str(day["DESCRIPTION"])
    assert "Five officers join" in str(_events(out / "entities/port/events.ics")["officers-posted@example.org/briefing"]["DESCRIPTION"])
    assert {r["id"]: r for r in _rows(out / "data/events.csv")}["officers-posted"]["title"].startswith("Five")


def test_without_a_public_address_uids_stay_stable_and_there_is_no_url(briefing, build_site):
    root = briefing(EVENTS)
    (root / "content/site.yaml").write_text("title: Test briefing\nlanguage: en\n", "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    events = _events(out / "events.ics")
    assert "officers-posted@test-briefing.briefing.invalid" in events
    assert "URL" not in events["officers-posted@test-briefing.briefing.invalid"]
    assert {r["id"]: r for r in _rows(out / "data/events.csv")}["officers-posted"]["url"] == "events/officers-posted/"


# -- hostile text -------------------------------------------------------------------

HOSTILE = {
    "content/entities/evil.yaml": """
        id: evil
        name: "</script><script>alert(1)</script>"
        short_name: "@SUM(A1:A9)"
        kind: organisation
        summary: "-2+3"
    """,
    "content/events/formula.yaml": """
        id: formula
        title: '=HYPERLINK("https://evil.example/","click me")'
        date: 2026-05-02
        entities: [evil]
        summary: "+cmd|' /C calc'!A0"
    """,
    "content/events/lines.yaml": """
        id: lines
        title: "First line\\nX-INJECTED: yes\\r\\nBEGIN:VEVENT"
        date: 2026-05-03
        entities: [evil]
    """,
    "content/events/tab.yaml": """
        id: tab
        title: "\\t=1+1"
        date: 2026-05-04
    """,
}


def test_formulas_in_cells_are_neutralised(briefing, build_site):
    code, out, _, stderr = build_site(briefing(HOSTILE))
    assert code == 0, stderr
    events = {r["id"]: r for r in _rows(out / "data/events.csv")}
    assert events["formula"]["title"] == '\'=HYPERLINK("https://evil.example/","click me")'
    assert events["formula"]["summary"].startswith("'+cmd")
    entities = {r["id"]: r for r in _rows(out / "data/entities.csv")}
    assert entities["evil"]["short_name"] == "'@SUM(A1:A9)"
    assert entities["evil"]["summary"] == "'-2+3"
    assert entities["evil"]["name"] == "</script><script>alert(1)</script>"
    # What the load stage leaves of a leading tab still cannot start a formula.
    assert not events["tab"]["title"].startswith(("=", "+", "-", "@", "\t", "\r"))
    for row in [*events.values(), *entities.values()]:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_line_breaks_in_a_title_cannot_add_calendar_properties(briefing, build_site):
    code, out, _, stderr = build_site(briefing(HOSTILE))
    assert code == 0, stderr
    calendar = _calendar(out / "events.ics")
    vevents = [e for e in calendar.walk("VEVENT") if str(e["UID"]).split("@")[0] in ("formula", "lines", "tab")]
    assert len(vevents) == 3
    lines = next(e for e in vevents if str(e["UID"]).startswith("lines@"))
    assert "X-INJECTED" not in lines
    assert str(lines["SUMMARY"]).startswith("First line")
    evil = _events(out / "entities/evil/events.ics")
    assert len(evil) == 2
    assert "</script>" in str(_calendar(out / "entities/evil/events.ics")["X-WR-CALNAME"])


@pytest.mark.parametrize(("start", "end", "first", "after"), [
    ("2024-07-10", "2024-07-11", dt.date(2024, 7, 10), dt.date(2024, 7, 12)),
    ("2024-07-10", "2024-08", dt.date(2024, 7, 10), dt.date(2024, 9, 1)),
    ("2024-07", "2024-12", dt.date(2024, 7, 1), dt.date(2025, 1, 1)),
])
def test_an_interval_runs_from_its_start_to_the_end_of_its_end(briefing, start, end, first, after):
    from dataclasses import replace

    from generator.calendars import calendar_event
    from generator.link import link_site
    from generator.load import load_content

    graph = link_site(load_content(briefing(EVENTS)))
    node = replace(graph.event("officers-posted"), date=PartialDate.parse(start), end=PartialDate.parse(end))
    vevent = calendar_event(node, graph, SITE)
    assert (vevent.decoded("DTSTART"), vevent.decoded("DTEND")) == (first, after)


def test_a_renamed_place_is_renamed_in_the_calendars_of_the_entities_its_events_involve(briefing, build_site):
    root = briefing(EVENTS)
    assert build_site(root)[0] == 0
    (root / "content/entities/port.yaml").write_text("id: port\nname: Port Umbra\nkind: city\n", "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    for rel in ("events.ics", "entities/command/events.ics"):
        assert str(_events(out / rel)["officers-posted@example.org/briefing"]["LOCATION"]) == "Port Umbra", rel


@pytest.mark.parametrize("date", ["9999", "9999-12", "9999-12-31"])
def test_an_event_in_the_last_year_a_date_can_have_still_builds(briefing, build_site, date):
    root = briefing({"content/events/far.yaml": f"id: far\ntitle: Far ahead\ndate: {date}\nentities: [command]\n"})
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    far = _events(out / "events.ics")["far@example.org/briefing"]
    assert far.decoded("DTSTART") == PartialDate.parse(date).first_day()
    assert "DTEND" not in far


# Long lines of every kind: ASCII with escapes at the fold, non-ASCII, exactly at the limit.
FOLDING = {
    "content/entities/port.yaml": EVENTS["content/entities/port.yaml"],
    "content/events/long.yaml": """
        id: long
        title: "%s"
        date: 2026-05-29
        location: port
        summary: "%s"
    """ % ("A" * 65 + ", then " + "C" * 66 + "\\\\ a backslash at the next fold " + "z" * 60,
           "Wiesbaden — Ukraine 支援 " * 12 + "^caret^ " * 20),
    "content/events/exact.yaml": """
        id: exact
        title: "%s"
        date: 2026-05-30
    """ % ("B" * (74 - len("SUMMARY:"))),
}


def test_calendar_files_are_folded_byte_for_byte_as_icalendar_folds_them(briefing, build_site):
    code, out, _, stderr = build_site(briefing(FOLDING))
    assert code == 0, stderr
    for path in (out / "events.ics", out / "entities/port/events.ics"):
        data = path.read_bytes()
        # icalendar reads the file back and writes it again with its own folding:
        # the same bytes, so our faster folding is icalendar's.
        assert _calendar(path).to_ical() == data
        assert max(len(line) for line in data.split(b"\r\n")) <= 75
        assert b"\r\n " in data
    summary = str(_events(out / "events.ics")[next(u for u in _events(out / "events.ics") if u.startswith("long@"))]["SUMMARY"])
    assert summary.startswith("A" * 65 + ", then " + "C" * 66 + "\\ a backslash")
