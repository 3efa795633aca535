"""Events that span days: written as `date: 2024-07-20/2024-07-27`, shown as "20–27 July 2024", sorted by their start."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import soup
from generator.build import build
from generator.ingest import _draft
from generator.link import link_site
from generator.load import load_content

A = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"

# A harbour town, its coastguard and a navy that holds exercises there.
FLEET = {
    "content/site.yaml": """
        title: Fleet briefing
        url: https://example.org/fleet/
    """,
    "content/entities/navy.yaml": """
        id: navy
        name: Northern Navy
        kind: armed-force
    """,
    "content/entities/coastguard.yaml": """
        id: coastguard
        name: Brenmouth Coastguard
        kind: organisation
    """,
    "content/entities/brenmouth.yaml": """
        id: brenmouth
        name: Brenmouth
        kind: city
    """,
    # Four events that start in July 2024, at three precisions.
    "content/events/drill.yaml": """
        - id: rescue-drill
          title: Rescue drill off Brenmouth
          date: 2024-07-20/2024-07-27
          location: brenmouth
          entities: [navy, coastguard]
          summary: The navy and the coastguard rehearse sea rescues for a week.
          seeds: [2024-07-26-drill-diary]
        - id: drill-briefing
          title: Drill organisers brief the press
          date: 2024-07-20
          entities: [navy]
        - id: summer-season
          title: The navy's summer season at sea
          date: 2024-07/2024-09
          entities: [navy]
        - id: harbour-plan
          title: Brenmouth publishes its harbour plan
          date: 2024-07
          entities: [brenmouth]
    """,
    # Listed by the drill; its own date falls inside the drill's week.
    "seeds/2024-07-26-drill-diary.md": """
        ---
        title: A day aboard during the week of drills
        published: 2024-07-26
        event_date: 2024-07-26
        ---
        Sailors of the Northern Navy spent the day hauling dummies out of the water.
    """,
    # No editor placed it: dated four days into the drill, it must still be read as its report.
    "seeds/2024-07-24-rescue-report.md": """
        ---
        title: Rescue drill off Brenmouth tests navy divers
        published: 2024-07-24
        event_date: 2024-07-24
        ---
        Divers of the Northern Navy and the Brenmouth Coastguard lifted a
        stranded crew from a wreck in the drill's fourth day.
    """,
    # An event of its own, spanning five days: the article gives the interval.
    "seeds/2024-08-10-regatta.md": """
        ---
        title: Brenmouth regatta draws a record fleet
        published: 2024-08-10
        event_date: 2024-08-05/2024-08-09
        ---
        The regatta in Brenmouth ran for five days.
    """,
}


@pytest.fixture
def fleet(briefing, build_site):
    root = briefing(base=FLEET)
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    return root, out, stderr


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _events(out):
    return json.loads((out / "data/events.json").read_text("utf-8"))["events"]


def test_an_interval_event_shows_its_span_with_a_time_element_for_each_end(fleet):
    _, out, _ = fleet
    page = soup(out / "events/rescue-drill/index.html")
    kicker = page.select_one(".kicker")
    assert "20–27 July 2024" in kicker.get_text()
    start, end = kicker.find_all("time")
    assert (start["datetime"], end["datetime"]) == ("2024-07-20", "2024-07-27")
    assert (start.get_text(), end.get_text()) == ("20", "27 July 2024")


@pytest.mark.parametrize("page", ["timeline/index.html", "index.html", "entities/navy/index.html", "events/drill-briefing/index.html"])
def test_every_list_of_events_shows_the_span(fleet, page):
    _, out, _ = fleet
    items = {li.a.get_text(): li for li in soup(out / page).select(".event-item")}
    drill = items["Rescue drill off Brenmouth"]
    assert "20–27 July 2024" in drill.get_text()
    assert [t["datetime"] for t in drill.find_all("time")] == ["2024-07-20", "2024-07-27"]


def test_an_article_s_own_interval_makes_an_event_that_spans_it(fleet):
    _, out, _ = fleet
    page = soup(out / "events/2024-08-10-regatta/index.html")
    assert "5–9 August 2024" in page.select_one(".kicker").get_text()
    regatta = next(e for e in _events(out) if e["id"] == "2024-08-10-regatta")
    assert (regatta["date"], regatta["end"], regatta["edtf"]) == ("2024-08-05", "2024-08-09", "2024-08-05/2024-08-09")


def test_timeline_sorts_by_start_a_coarser_start_first_then_a_single_date_before_an_interval(fleet):
    _, out, _ = fleet
    titles = [li.a.get_text() for li in soup(out / "timeline/index.html").select(".event-item")]
    assert titles == [
        "Brenmouth publishes its harbour plan",  # July 2024
        "The navy's summer season at sea",  # July – September 2024: same start, has an end
        "Drill organisers brief the press",  # 20 July 2024
        "Rescue drill off Brenmouth",  # 20–27 July 2024: same start, has an end
        "Brenmouth regatta draws a record fleet",  # 5–9 August 2024
    ]
    assert [e["title"] for e in _events(out)] == titles
    pager = soup(out / "events/drill-briefing/index.html").select_one('.pager a[rel="next"]')
    assert pager.get_text(strip=True) == "Rescue drill off Brenmouth →"


def test_an_article_dated_inside_a_curated_interval_is_read_as_its_report(fleet):
    _, out, stderr = fleet
    drill = next(e for e in _events(out) if e["id"] == "rescue-drill")
    assert [s["seed"] for s in drill["sources"]] == ["2024-07-26-drill-diary", "2024-07-24-rescue-report"]
    assert "read as a report of event 'rescue-drill' (within its dates," in stderr


def test_a_listed_article_dated_inside_the_interval_agrees_and_one_outside_it_is_warned_about(briefing, build_site):
    root = briefing({"seeds/2024-08-02-late-diary.md": """
        ---
        title: Looking back at the drills
        event_date: 2024-08-02
        ---
        The Northern Navy wrote up its week of drills.
    """, "content/events/drill.yaml": FLEET["content/events/drill.yaml"].replace(
        "seeds: [2024-07-26-drill-diary]", "seeds: [2024-07-26-drill-diary, 2024-08-02-late-diary]")}, base=FLEET)
    code, _, _, stderr = build_site(root)
    assert code == 0, stderr
    assert "drill-diary" not in stderr
    assert (
        "content/events/drill.yaml:3:9: warning: date 2024-07-20/2024-07-27 differs from 2024-08-02 in "
        "seeds/2024-08-02-late-diary.md:3:13"
    ) in stderr


def test_feed_entry_dates_an_interval_by_its_start_and_shows_the_span(fleet):
    _, out, _ = fleet
    entries = {e.findtext(f"{A}title"): e for e in ET.parse(out / "feed.xml").getroot().findall(f"{A}entry")}
    drill = entries["Rescue drill off Brenmouth"]
    assert drill.findtext(f"{DC}date") == "2024-07-20"
    assert drill.findtext(f"{A}updated") == "2024-07-20T00:00:00Z"
    assert drill.findtext(f"{A}summary").startswith("20–27 July 2024 · ")
    assert '<time datetime="2024-07-20">20</time>–<time datetime="2024-07-27">27 July 2024</time>' in drill.findtext(f"{A}content")


def test_events_json_gives_start_end_their_precisions_and_the_edtf_form_and_follows_its_schema(fleet):
    _, out, _ = fleet
    events = {e["id"]: e for e in _events(out)}
    assert {k: events["summer-season"][k] for k in ("date", "precision", "end", "end_precision", "edtf")} == {
        "date": "2024-07", "precision": "month", "end": "2024-09", "end_precision": "month", "edtf": "2024-07/2024-09",
    }
    assert {k: events["harbour-plan"][k] for k in ("date", "precision", "end", "end_precision", "edtf")} == {
        "date": "2024-07", "precision": "month", "end": None, "end_precision": None, "edtf": "2024-07",
    }
    schema = json.loads((out / "data/events.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads((out / "data/events.json").read_text("utf-8")))
    broken = json.loads((out / "data/events.json").read_text("utf-8"))
    broken["events"][0]["edtf"] = "2024-07/"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(broken)


def test_search_index_shows_the_span(fleet):
    _, out, _ = fleet
    from test_search import index_entries
    shown = {title: date for _, title, _, date, _ in index_entries(out)}
    assert shown["Rescue drill off Brenmouth"] == "20–27 July 2024"


def test_the_span_survives_an_incremental_rebuild(fleet, build_site, tmp_path):
    root, out, _ = fleet
    # The articles are read from the cache this time; their intervals must come back with them.
    (root / "content/entities/coastguard.yaml").write_text("id: coastguard\nname: Brenmouth Coast Guard\nkind: organisation\n", "utf-8")
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    build(root, tmp_path / "clean", cache=False)
    assert _tree(out) == _tree(tmp_path / "clean")
    assert "20–27 July 2024" in soup(out / "events/rescue-drill/index.html").select_one(".kicker").get_text()
    assert "5–9 August 2024" in soup(out / "events/2024-08-10-regatta/index.html").select_one(".kicker").get_text()


def test_ingest_writes_the_interval_into_the_draft_event(briefing):
    root = briefing(base=FLEET)
    content = load_content(root)
    seed = next(s for s in content.seeds if s.id == "2024-08-10-regatta")
    assert "date: 2024-08-05/2024-08-09  # interval, day to day" in _draft(seed, "regatta", seed.id, "seeds/2024-08-10-regatta.md", [], [])
    graph = link_site(content)
    assert graph.event("2024-08-10-regatta").end.iso() == "2024-08-09"


BAD = {
    "ends_before_it_starts": (
        "date: 2024-07-27/2024-07-20",
        "content/events/e.yaml:3:7: bad date in 'date': the interval ends (20 July 2024) before it starts (27 July 2024)",
    ),
    "a_year_that_ends_in_its_own_march": (
        "date: 2024/2024-03",
        "content/events/e.yaml:3:7: bad date in 'date': the interval ends (March 2024) before it starts (2024)",
    ),
    "malformed_end": (
        "date: 2024-07-20/2024-13",
        "content/events/e.yaml:3:7: bad date in 'date': month 13 does not exist",
    ),
    "malformed_start": (
        "date: 24-07-20/2024-07-27",
        "content/events/e.yaml:3:7: bad date in 'date': expected a date like 2024, 2024-07 or 2024-07-09, got '24-07-20'",
    ),
    "open_end": (
        "date: 2024-07-20/..",
        "content/events/e.yaml:3:7: bad date in 'date': an interval needs both ends, as in 2024-07-22/2024-07-25 "
        "(an open or unknown end, '..' or nothing, is not supported)",
    ),
    "empty_end": (
        "date: 2024-07-20/",
        "content/events/e.yaml:3:7: bad date in 'date': an interval needs both ends",
    ),
    "separate_end_key": (
        "date: 2024-07-20\nend: 2024-07-27",
        "content/events/e.yaml:4:6: unknown field 'end' in an event: write an interval as one date, start/end (date: 2024-07-22/2024-07-25)",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_interval_is_an_error_at_its_place(case, briefing, build_site):
    line, expected = BAD[case]
    root = briefing({"content/events/e.yaml": f"id: e\ntitle: E\n{line}\n"})
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert expected in stderr.replace(str(root) + "/", ""), stderr
    assert "Traceback" not in stderr


def test_every_bad_interval_is_reported_at_once(briefing, build_site):
    root = briefing({
        "content/events/e.yaml": "id: e\ntitle: E\ndate: 2024-07-27/2024-07-20\n",
        "seeds/x.md": "---\ntitle: X\nevent_date: 2024-08-09/2024-08-05\n---\nText.\n",
    })
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert "e.yaml:3:7: bad date in 'date': the interval ends" in stderr
    assert "x.md:3:13: bad date in 'event_date': the interval ends (5 August 2024) before it starts (9 August 2024)" in stderr


def test_front_matter_s_event_end_points_to_the_one_spelling(briefing, build_site):
    root = briefing({"seeds/x.md": "---\ntitle: X\nevent_date: 2024-08-05\nevent_end: 2024-08-09\n---\nText.\n"})
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert (
        "x.md:4:12: unknown field 'event_end' in front matter: "
        "write an interval as one date, start/end (event_date: 2024-07-22/2024-07-25)"
    ) in stderr


def test_an_interval_whose_ends_are_the_same_date_is_that_date(briefing, build_site):
    root = briefing({"content/events/e.yaml": "id: e\ntitle: E\ndate: 2024-07-20/2024-07-20\n"})
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    event = next(e for e in _events(out) if e["id"] == "e")
    assert (event["date"], event["end"], event["edtf"]) == ("2024-07-20", None, "2024-07-20")


@pytest.mark.parametrize("written, human", [
    ("2024-07-22/2024-07-25", "22–25 July 2024"),
    ("2024-06-30/2024-07-02", "30 June – 2 July 2024"),
    ("2024-12-30/2025-01-02", "30 December 2024 – 2 January 2025"),
    ("2024-07/2024-09", "July–September 2024"),
    ("2023/2024", "2023–2024"),
    ("2024-07-22/2024-08", "22 July 2024 – August 2024"),
])
def test_an_interval_reads_as_one_date_at_the_precision_of_each_end(written, human, briefing, build_site):
    root = briefing({"content/events/e.yaml": f"id: e\ntitle: Spanning event\ndate: {written}\n"})
    code, out, _, stderr = build_site(root)
    assert code == 0, stderr
    item = next(li for li in soup(out / "timeline/index.html").select(".event-item") if li.a.get_text() == "Spanning event")
    assert item.select_one(".span").get_text() == human
    assert "/".join(t["datetime"] for t in item.find_all("time")) == written
