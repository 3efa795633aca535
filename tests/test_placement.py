"""How articles become events: listed, front matter, matched, background reading, near-copies, old addresses."""

from __future__ import annotations

import json

from conftest import soup, write_files
from generator.link import link_site
from generator.load import load_content

HARBOUR = {
    "content/site.yaml": """
        title: Harbour briefing
        url: https://example.org/harbour/
    """,
    "content/entities/port.yaml": """
        id: port-authority
        name: Kelmouth Port Authority
        short_name: KPA
        kind: organisation
    """,
    "content/entities/coastguard.yaml": """
        id: coastguard
        name: Kelmouth Coastguard
        kind: organisation
    """,
    "content/entities/ferries.yaml": """
        id: ferries
        name: Greyline Ferries
        kind: organisation
    """,
    "content/entities/kelmouth.yaml": """
        id: kelmouth
        name: Kelmouth
        kind: city
    """,
    "content/events/collision.yaml": """
        id: ferry-collision
        title: Ferry strikes the north pier at Kelmouth harbour
        date: 2025-03-02
        location: kelmouth
        seeds:
          - 2025-03-02-pier-report
        entities:
          - id: ferries
            role: operated the ferry
          - id: port-authority
            role: closed the pier
          - coastguard
        summary: A Greyline Ferries vessel struck the north pier; the port authority closed it.
    """,
    "seeds/2025-03-02-pier-report.md": """
        ---
        title: Greyline ferry hits the north pier in Kelmouth
        published: 2025-03-02
        publisher: Coast Herald
        event_date: 2025-03-02
        ---
        A ferry run by Greyline Ferries struck the north pier in Kelmouth on
        Sunday morning. The Kelmouth Port Authority closed the pier while the
        Kelmouth Coastguard checked the hull. Nobody was hurt.
    """,
}

# A second outlet's report of the same collision, which no editor has placed.
LATE_REPORT = """
    Ferry collides with Kelmouth north pier, no injuries

    According to Harbour Radio: On March 2, 2025, a Greyline Ferries boat hit the north pier at Kelmouth. The Kelmouth Port Authority shut the pier for inspection, and the Kelmouth Coastguard sent divers to look at the damage below the waterline.
"""


def _build(briefing, build_site, files):
    root = briefing(files, base=HARBOUR)
    code, out, stdout, stderr = build_site(root)
    assert code == 0, stderr
    return root, out, stderr


def _events(out):
    return json.loads((out / "data/events.json").read_text("utf-8"))["events"]


def test_link_records_where_each_article_is_shown_and_why(briefing):
    root = briefing({
        "seeds/2025-03-03-late-report.txt": LATE_REPORT,
        "seeds/2025-03-05-strike.md": """
            ---
            title: Dockers stop work over pay
            published: 2025-03-05
            ---
            Dock workers walked out over pay.
        """,
    }, base=HARBOUR)
    graph = link_site(load_content(root))
    how = {seed: (p.event, p.how) for seed, p in graph.placed.items()}
    assert how == {
        "2025-03-02-pier-report": ("ferry-collision", "listed"),
        "2025-03-03-late-report": ("ferry-collision", "matched"),
        "2025-03-05-strike": ("2025-03-05-strike", "own"),
    }


def test_a_corrected_publisher_is_what_fact_citations_show_on_event_and_entity_pages(briefing, build_site):
    _, out, _ = _build(briefing, build_site, {
        "seeds/2025-03-02-wire-copy.txt": """
            Ferry hits pier in Kelmouth

            According to Kyodo: On March 2, 2025, a ferry hit the north pier at Kelmouth.
        """,
        "content/events/collision.yaml": HARBOUR["content/events/collision.yaml"].replace(
            "          - 2025-03-02-pier-report\n",
            "          - 2025-03-02-pier-report\n"
            "          - id: 2025-03-02-wire-copy\n"
            "            publisher: Baltic Maritime News\n"
            "            attributed_to: Kyodo\n",
        ) + """
        facts:
          - text: The pier was closed the same day.
            sources: [2025-03-02-wire-copy]
        """,
        "content/entities/port.yaml": HARBOUR["content/entities/port.yaml"] + """
        facts:
          - text: Runs the north pier.
            sources: [2025-03-02-wire-copy]
        """,
    })
    event = soup(out / "events/ferry-collision/index.html")
    header = event.select_one("#source-2025-03-02-wire-copy .publisher").get_text(strip=True)
    assert header == "Baltic Maritime News"
    for page in (event, soup(out / "entities/port-authority/index.html")):
        labels = [a.get_text(strip=True) for a in page.select(".facts .cites a")]
        assert labels == ["Baltic Maritime News"], labels
    source = next(s for e in _events(out) for s in e["sources"] if s["seed"] == "2025-03-02-wire-copy")
    assert (source["publisher"], source["attributed_to"]) == ("Baltic Maritime News", "Kyodo")


def test_an_unplaced_report_of_a_curated_event_becomes_one_of_its_sources_with_a_warning(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {"seeds/2025-03-03-late-report.txt": LATE_REPORT})
    assert [e["id"] for e in _events(out)] == ["ferry-collision"]
    page = soup(out / "events/ferry-collision/index.html")
    assert [a["id"] for a in page.select("article.source")] == ["source-2025-03-02-pier-report", "source-2025-03-03-late-report"]
    assert (
        "seeds/2025-03-03-late-report.txt:1:1: warning: read as a report of event 'ferry-collision' "
        "(same date, 4 shared entities, 4 shared headline words); "
        "list it under that event's seeds: to confirm"
    ) in stderr
    timeline = soup(out / "timeline/index.html")
    assert len(timeline.select(".event-item")) == 1


def test_an_article_that_shares_a_date_but_not_the_story_stays_an_event_of_its_own(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {"seeds/2025-03-02-regatta.txt": """
        Kelmouth regatta postponed by fog

        On March 2, 2025, organisers in Kelmouth put the spring regatta off by a week.
    """})
    assert sorted(e["id"] for e in _events(out)) == ["2025-03-02-regatta", "ferry-collision"]
    assert "read as a report" not in stderr


def test_front_matter_event_places_an_article_under_that_event_without_a_warning(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {"seeds/2025-03-09-inquiry.md": """
        ---
        title: Inquiry opens into the pier crash
        published: 2025-03-09
        event: ferry-collision
        ---
        A week later, an inquiry opened.
    """})
    assert [e["id"] for e in _events(out)] == ["ferry-collision"]
    assert [s["seed"] for s in _events(out)[0]["sources"]] == ["2025-03-02-pier-report", "2025-03-09-inquiry"]
    assert "warning: read as" not in stderr


def test_an_unknown_event_in_front_matter_is_an_error_at_its_line(briefing, build_site):
    root = briefing({"seeds/2025-03-09-inquiry.md": """
        ---
        title: Inquiry opens into the pier crash
        event: ferry-colision
        ---
        Text.
    """}, base=HARBOUR)
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert "seeds/2025-03-09-inquiry.md:3:8: unknown event 'ferry-colision' in 'event' (did you mean 'ferry-collision'?)" in stderr


def test_a_background_article_is_reading_on_its_event_and_on_the_entities_it_names(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {"seeds/2025-03-04-pier-history.md": """
        ---
        title: A short history of the north pier
        published: 2025-03-04
        kind: background
        event: ferry-collision
        ---
        The north pier was built in 1901. Greyline Ferries has used it since the 1970s.
    """})
    events = _events(out)
    assert [e["id"] for e in events] == ["ferry-collision"]
    assert [s["seed"] for s in events[0]["reading"]] == ["2025-03-04-pier-history"]
    event = soup(out / "events/ferry-collision/index.html")
    assert event.select_one("section[aria-labelledby=reading] #source-2025-03-04-pier-history") is not None
    ferries = soup(out / "entities/ferries/index.html")
    assert [a.get_text(strip=True) for a in ferries.select("ul.reading a")] == ["A short history of the north pier"]
    assert ferries.select_one("ul.reading a")["href"] == "../../events/ferry-collision/#source-2025-03-04-pier-history"
    assert not soup(out / "entities/coastguard/index.html").select("ul.reading")
    assert len(soup(out / "timeline/index.html").select(".event-item")) == 1


def test_an_unknown_article_kind_is_an_error(briefing, build_site):
    root = briefing({"seeds/a.md": "---\ntitle: A\nkind: opinion\n---\nText.\n"}, base=HARBOUR)
    code, _, _, stderr = build_site(root)
    assert code == 1
    assert "seeds/a.md:3:7: unknown kind 'opinion'; an article's kind is one of: report, background" in stderr


def test_an_article_keeps_its_address_as_a_redirect_once_an_event_lists_it(briefing, build_site):
    strike = {"seeds/2025-03-05-strike.md": """
        ---
        title: Dockers stop work over pay
        published: 2025-03-05
        ---
        Dock workers walked out over pay at Kelmouth.
    """}
    root, out, _ = _build(briefing, build_site, strike)
    assert soup(out / "events/2025-03-05-strike/index.html").h1.get_text(strip=True) == "Dockers stop work over pay"
    write_files(root, {"content/events/strike.yaml": """
        id: dock-strike
        title: Kelmouth dockers strike
        date: 2025-03-05
        seeds: [2025-03-05-strike]
    """})
    code, out, stdout, stderr = build_site(root, "--base-url", "https://example.org/sub/path/")
    assert code == 0 and "broken link" not in stderr, stderr
    old = out / "events/2025-03-05-strike/index.html"
    page = soup(old)
    target = "../../events/dock-strike/#source-2025-03-05-strike"
    assert page.select_one("meta[http-equiv=refresh]")["content"] == f"0; url={target}"
    assert page.select_one("link[rel=canonical]")["href"] == "https://example.org/sub/path/events/dock-strike/"
    assert page.select_one("body a")["href"] == target
    assert (old.parent / target.partition("#")[0] / "index.html").resolve() == (out / "events/dock-strike/index.html").resolve()
    # Listed nowhere: not an event, not in the sitemap, the feed or the timeline.
    assert sorted(e["id"] for e in _events(out)) == ["dock-strike", "ferry-collision"]
    for listing in ("sitemap.xml", "feed.xml", "timeline/index.html", "index.html", *(p.relative_to(out) for p in (out / "search").rglob("*.js"))):
        assert "2025-03-05-strike/" not in (out / listing).read_text("utf-8"), listing


STRIKE = """
    ---
    title: Dockers stop work over pay
    published: 2025-03-05
    publisher: Quay Post
    ---
    Dock workers at Kelmouth walked out on Wednesday after talks on a new pay
    deal broke down. The union said the stoppage would last two days and that
    ships would be loaded only in an emergency. Managers called the strike
    premature and asked both sides to return to the table next week.
"""


def test_a_rescraped_copy_with_one_character_changed_is_built_once_with_a_warning_naming_both_files(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {
        "seeds/2025-03-05-strike.md": STRIKE,
        "seeds/2025-03-05-strike-again.md": STRIKE.replace("two days", "two days,"),
    })
    events = _events(out)
    assert sorted(e["id"] for e in events) == ["2025-03-05-strike", "ferry-collision"]
    strike = next(e for e in events if e["id"] == "2025-03-05-strike")
    assert [(s["seed"], s["copies"], s["copy_of"]) for s in strike["sources"]] == [
        ("2025-03-05-strike", ["2025-03-05-strike-again"], None),
        ("2025-03-05-strike-again", [], "2025-03-05-strike"),
    ]
    assert "seeds/2025-03-05-strike-again.md:1:1: warning: near-copy of seeds/2025-03-05-strike.md" in stderr
    assert "the same text); built once: the copy is credited beside the article it copies" in stderr
    page = soup(out / "events/2025-03-05-strike/index.html")
    # Both outlets are credited; the text stands once.
    original, copy = page.select("article.source")
    assert copy["id"] == "source-2025-03-05-strike-again"
    assert copy.select_one(".publisher").get_text() == "Quay Post"
    assert copy.select_one(".body") is None
    assert copy.select_one(".copy-of a")["href"] == "#source-2025-03-05-strike"
    assert page.get_text().count("premature and asked both sides") == 1
    assert len(soup(out / "timeline/index.html").select(".event-item")) == 2
    # The copy's own address leads to its entry.
    moved = soup(out / "events/2025-03-05-strike-again/index.html")
    assert moved.select_one("body a")["href"] == "../../events/2025-03-05-strike/#source-2025-03-05-strike-again"


def test_two_outlets_own_reports_of_one_event_are_not_near_copies(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {"seeds/2025-03-03-late-report.txt": LATE_REPORT})
    assert "near-copy" not in stderr
    assert [s["copies"] for s in _events(out)[0]["sources"]] == [[], []]


def test_near_copies_an_editor_lists_both_are_shown_and_still_reported(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {
        "seeds/2025-03-05-strike.md": STRIKE,
        "seeds/2025-03-05-strike-again.md": STRIKE.replace("two days", "two days,"),
        "content/events/strike.yaml": """
            id: dock-strike
            title: Kelmouth dockers strike
            date: 2025-03-05
            seeds: [2025-03-05-strike, 2025-03-05-strike-again]
        """,
    })
    strike = next(e for e in _events(out) if e["id"] == "dock-strike")
    assert [(s["seed"], s["copies"]) for s in strike["sources"]] == [("2025-03-05-strike", []), ("2025-03-05-strike-again", [])]
    assert "near-copy of seeds/2025-03-05-strike.md" in stderr and "both are listed by an editor, so both are shown" in stderr


def test_of_two_curated_events_on_the_date_the_one_sharing_more_entities_takes_the_article(briefing, build_site):
    _, out, stderr = _build(briefing, build_site, {
        "content/events/drill.yaml": """
            id: harbour-drill
            title: Coastguard drill at Kelmouth pier
            date: 2025-03-02
            entities: [coastguard, kelmouth]
        """,
        "seeds/2025-03-03-late-report.txt": LATE_REPORT,
    })
    assert "read as a report of event 'ferry-collision' (same date, 4 shared entities" in stderr
    assert [s["seed"] for s in next(e for e in _events(out) if e["id"] == "harbour-drill")["sources"]] == []


def test_a_background_article_that_no_event_takes_in_is_an_event_of_its_own(briefing, build_site):
    _, out, _ = _build(briefing, build_site, {"seeds/2025-01-10-pier-history.md": """
        ---
        title: A short history of the north pier
        published: 2025-01-10
        kind: background
        ---
        The north pier was built in 1901.
    """})
    assert sorted(e["id"] for e in _events(out)) == ["2025-01-10-pier-history", "ferry-collision"]
