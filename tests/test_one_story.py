"""End to end: one story told by three outlets (one a near-copy of another) and one background piece."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from conftest import soup, write_files
from generator.cli import main

BASE = {
    "content/site.yaml": """
        title: Island briefing
        url: https://example.org/island/
    """,
    "content/entities/grid.yaml": """
        id: osterby-grid
        name: Osterby Grid
        kind: organisation
    """,
    "content/entities/patrol.yaml": """
        id: coastal-patrol
        name: Coastal Patrol
        kind: armed-force
    """,
    "content/entities/vessa.yaml": """
        id: vessa
        name: Vessa
        kind: city
    """,
    "content/events/cable.yaml": """
        id: vessa-cable-cut
        title: Undersea power cable to Vessa is cut
        date: 2025-11-14
        location: vessa
        entities:
          - id: osterby-grid
            role: owns the cable
          - id: coastal-patrol
            role: searches the area
        summary: The only power cable between the mainland and Vessa stopped working overnight.
    """,
}

HARBOUR_TIMES = """
    ---
    title: Vessa loses its mainland power cable overnight
    published: 2025-11-14
    publisher: Harbour Times
    event_date: 2025-11-14
    ---
    Osterby Grid said the undersea cable that carries power to Vessa failed
    shortly after midnight. The island switched to its diesel plant. The
    Coastal Patrol sent two boats to the route of the cable at first light.
"""

NORDIC_WIRE = """
    Power cable to Vessa cut, patrol boats search the seabed

    14.11.2025 08:10

    According to Nordic Wire: On November 14, 2025, the cable linking Vessa to the mainland grid went dead. Osterby Grid engineers traced the fault to a point about nine kilometres offshore, where the Coastal Patrol is now searching for a ship that may have dragged its anchor across the line. Repairs could take several weeks, the company said, and the island will run on backup generators until then.
"""

# The same wire story, republished by a second outlet with a few words changed.
ISLAND_COURIER = NORDIC_WIRE.replace("According to Nordic Wire", "According to Island Courier").replace("14.11.2025 08:10", "15.11.2025 07:30").replace(
    "could take several weeks", "may take several weeks"
)

BACKGROUND = """
    ---
    title: How Vessa gets its power, and why one cable matters so much
    published: 2025-11-16
    publisher: Harbour Times
    kind: background
    ---
    Since it was laid on 14 November 2025 the cable has been cut once, on the
    night this piece looks back on. Vessa has one line to the mainland, owned
    by Osterby Grid, and an old diesel plant for emergencies; the Coastal
    Patrol watches the cable route among its other duties.
"""

ARTICLES = {
    "2025-11-14-harbour-times.md": HARBOUR_TIMES,
    "2025-11-14-nordic-wire.txt": NORDIC_WIRE,
    "2025-11-14-island-courier.txt": ISLAND_COURIER,
    "2025-11-16-background.md": BACKGROUND,
}


def _built(briefing, build_site):
    root = briefing({f"seeds/{name}": text for name, text in ARTICLES.items()}, base=BASE)
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    return out, stderr


def test_one_story_from_three_outlets_and_a_background_piece_is_one_event_with_its_reading(briefing, build_site):
    out, stderr = _built(briefing, build_site)
    # data/events.json: one event, three sources (the near-copy marked as such), one reading entry.
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert [e["id"] for e in events] == ["vessa-cable-cut"]
    sources = [(s["seed"], s["publisher"] or s["attributed_to"], s["copy_of"]) for s in events[0]["sources"]]
    assert sources == [
        ("2025-11-14-harbour-times", "Harbour Times", None),
        ("2025-11-14-nordic-wire", "Nordic Wire", None),
        ("2025-11-14-island-courier", "Island Courier", "2025-11-14-nordic-wire"),
    ]
    assert [s["seed"] for s in events[0]["reading"]] == ["2025-11-16-background"]
    # The event page credits the three outlets, shows the copied text once, and the background apart.
    page = soup(out / "events/vessa-cable-cut/index.html")
    assert [a["id"] for a in page.select("section[aria-labelledby=sources] article.source")] == [
        "source-2025-11-14-harbour-times", "source-2025-11-14-nordic-wire", "source-2025-11-14-island-courier",
    ]
    assert page.select_one("#source-2025-11-14-island-courier .copy-of a")["href"] == "#source-2025-11-14-nordic-wire"
    assert page.get_text().count("dragged its anchor across the line") == 1
    assert [a["id"] for a in page.select("section[aria-labelledby=reading] article")] == ["source-2025-11-16-background"]
    # Home and timeline: one entry.
    for listing in ("index.html", "timeline/index.html"):
        items = soup(out / listing).select(".event-item a")
        assert [a.get_text(strip=True) for a in items] == ["Undersea power cable to Vessa is cut"], listing
    # Entity page: the event once, the background as reading.
    grid = soup(out / "entities/osterby-grid/index.html")
    assert [a.get_text(strip=True) for a in grid.select("#timeline ~ ol .event-item a, ol.events .event-item a")] == ["Undersea power cable to Vessa is cut"]
    assert [a.get_text(strip=True) for a in grid.select("ul.reading a")] == ["How Vessa gets its power, and why one cable matters so much"]
    # The feed: one entry, crediting the sources.
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert [e.findtext("{http://www.w3.org/2005/Atom}title") for e in entries] == ["Undersea power cable to Vessa is cut"]
    content = entries[0].findtext("{http://www.w3.org/2005/Atom}content")
    assert "Vessa loses its mainland power cable overnight" in content and "Power cable to Vessa cut" in content
    # Each placement the build guessed is reported, with how to confirm it.
    assert "2025-11-14-nordic-wire.txt:1:1: warning: read as a report of event 'vessa-cable-cut'" in stderr
    assert "2025-11-16-background.md:1:1: warning: read as background of event 'vessa-cable-cut'" in stderr
    assert "2025-11-14-island-courier.txt:1:1: warning: near-copy of seeds/2025-11-14-nordic-wire.txt" in stderr


def test_ingesting_the_four_articles_reports_one_near_copy_and_builds_the_same_one_event(briefing, build_site, tmp_path, capsys):
    root = briefing(base=BASE)
    inbox = write_files(tmp_path / "inbox", ARTICLES)
    code = main(["ingest", "--root", str(root), *(str(inbox / name) for name in ARTICLES)])
    out = capsys.readouterr().out
    assert code == 0
    assert out.count("near-copy of") == 1
    assert "island-courier.txt: near-copy of " in out
    assert out.count("it reports event 'vessa-cable-cut'") == 3
    assert "under reading:" in out
    assert sorted(p.name for p in (root / "content/events").iterdir()) == ["cable.yaml"]
    assert len(list((root / "seeds").iterdir())) == 3
    code, site, _, stderr = build_site(root)
    assert code == 0, stderr
    events = json.loads((site / "data/events.json").read_text("utf-8"))["events"]
    assert [e["id"] for e in events] == ["vessa-cable-cut"]
    assert (len(events[0]["sources"]), len(events[0]["reading"])) == (2, 1)


def test_with_no_event_file_the_three_outlets_still_make_one_event_at_the_earliest_reports_address(briefing, build_site):
    base = {name: text for name, text in BASE.items() if name != "content/events/cable.yaml"}
    reports = {f"seeds/{name}": text for name, text in ARTICLES.items() if "background" not in name}
    root = briefing(reports, base=base)
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert [e["id"] for e in events] == ["2025-11-14-harbour-times"]
    assert [(s["seed"], s["copy_of"]) for s in events[0]["sources"]] == [
        ("2025-11-14-harbour-times", None),
        ("2025-11-14-nordic-wire", None),
        ("2025-11-14-island-courier", "2025-11-14-nordic-wire"),
    ]
    assert (
        "2025-11-14-nordic-wire.txt:1:1: warning: read as a report of the same happening as '2025-11-14-harbour-times' "
        "(same date, 3 shared entities, 3 shared headline words)"
    ) in stderr
    items = soup(out / "timeline/index.html").select(".event-item a")
    assert [a.get_text(strip=True) for a in items] == ["Vessa loses its mainland power cable overnight"]
    # The later report's own address leads to its entry in the one event.
    moved = soup(out / "events/2025-11-14-nordic-wire/index.html")
    assert moved.select_one("body a")["href"] == "../../events/2025-11-14-harbour-times/#source-2025-11-14-nordic-wire"


def test_reports_dated_only_to_a_month_stay_events_of_their_own(briefing, build_site):
    base = {name: text for name, text in BASE.items() if name != "content/events/cable.yaml"}
    month = lambda text: text.replace("event_date: 2025-11-14", "event_date: 2025-11")  # noqa: E731
    root = briefing({
        "seeds/2025-11-a.md": month(HARBOUR_TIMES),
        "seeds/2025-11-b.md": month(HARBOUR_TIMES).replace("Harbour Times", "Quay Post").replace(
            "failed\n    shortly after midnight", "broke down late in the evening, the second fault this year",
        ).replace("sent two boats", "said it would look into the cause and sent a boat"),
    }, base=base)
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    events = json.loads((out / "data/events.json").read_text("utf-8"))["events"]
    assert sorted(e["id"] for e in events) == ["2025-11-a", "2025-11-b"]
    assert "same happening" not in stderr
