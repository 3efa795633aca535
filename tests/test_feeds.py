"""Atom feeds, sitemap.xml and robots.txt, read the way a feed reader or a crawler reads them."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from conftest import soup

A = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SITE = "https://example.org/briefing/"

# A year-precision event and an undated seed, beside MINIMAL's month and day.
MORE = {
    "content/events/treaty.yaml": """
        id: treaty-signed
        title: The alliance treaty is signed
        date: 2016
        entities: [alliance]
    """,
}


def _events(out):
    return json.loads((out / "data/events.json").read_text("utf-8"))["events"]


def _entries(feed_path):
    root = ET.parse(feed_path).getroot()
    assert root.tag == f"{A}feed"
    return root, root.findall(f"{A}entry")


def _link(entry):
    return next(link.get("href") for link in entry.findall(f"{A}link") if link.get("rel") == "alternate")


def test_briefing_feed_parses_and_lists_every_event_newest_first(briefing, build_site):
    code, out, _, _ = build_site(briefing(MORE))
    assert code == 0
    feed, entries = _entries(out / "feed.xml")
    events = _events(out)
    assert sorted(_link(e) for e in entries) == sorted(ev["url"] for ev in events)
    assert len(entries) == len(events) == 3
    assert [e.findtext(f"{A}title") for e in entries] == [
        "Four officers posted to the Assistance Command",
        "The Assistance Command is founded",
        "The alliance treaty is signed",
    ]
    # What a reader needs to subscribe: who, where, and when it last changed (the newest event).
    assert feed.findtext(f"{A}title") == "Test briefing"
    assert feed.findtext(f"{A}updated") == "2026-05-29T00:00:00Z"
    self_link = [link.get("href") for link in feed.findall(f"{A}link") if link.get("rel") == "self"]
    assert self_link == [SITE + "feed.xml"]
    assert feed.findtext(f"{A}author/{A}name") == "Test briefing"


def test_feed_entries_carry_each_date_at_its_precision_never_padded(briefing, build_site):
    code, out, _, _ = build_site(briefing(MORE))
    assert code == 0
    _, entries = _entries(out / "feed.xml")
    by_title = {e.findtext(f"{A}title"): e for e in entries}
    expected = {
        "Four officers posted to the Assistance Command": ("2026-05-29", "29 May 2026"),
        "The Assistance Command is founded": ("2024-07", "July 2024"),
        "The alliance treaty is signed": ("2016", "2016"),
    }
    for title, (iso, human) in expected.items():
        entry = by_title[title]
        assert entry.findtext(f"{DC}date") == iso
        # What a reader sees names the date as precisely as it is known, and no more.
        summary = entry.findtext(f"{A}summary")
        content = entry.findtext(f"{A}content")
        assert summary.startswith(human + " · ")
        assert f'<time datetime="{iso}">{human}</time>' in content
        # Atom demands a full timestamp; it is the first instant the date can mean.
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", entry.findtext(f"{A}updated"))
    assert "1 July 2024" not in (out / "feed.xml").read_text("utf-8")
    assert by_title["The Assistance Command is founded"].findtext(f"{A}updated") == "2024-07-01T00:00:00Z"


def test_feed_entry_links_mentions_and_sources_absolutely(briefing, build_site):
    code, out, _, _ = build_site(briefing())
    assert code == 0
    _, entries = _entries(out / "feed.xml")
    posting = next(e for e in entries if "officers" in e.findtext(f"{A}title"))
    content = posting.findtext(f"{A}content")
    assert f'href="{SITE}entities/alliance/"' in content
    assert '<a href="https://example.org/news/posting">Four officers posted to the Assistance Command</a> (Test Wire, 29 May 2026)' in content
    assert posting.find(f"{A}content").get("{http://www.w3.org/XML/1998/namespace}base") == SITE + "events/2026-05-29-posting/"


def test_undated_event_is_in_the_feed_without_a_made_up_date(briefing, build_site):
    undated = {"seeds/no-date.md": "---\ntitle: A story with no date\n---\nSomething happened.\n"}
    code, out, _, err = build_site(briefing(undated))
    assert code == 0
    assert "has no date" in err
    _, entries = _entries(out / "feed.xml")
    entry = next(e for e in entries if e.findtext(f"{A}title") == "A story with no date")
    assert entry.find(f"{DC}date") is None
    assert entry.findtext(f"{A}summary").startswith("Undated · ")
    assert entries[-1] is entry


def test_each_entity_has_a_feed_of_its_events_linked_from_its_page(briefing, build_site):
    code, out, _, _ = build_site(briefing(MORE))
    assert code == 0
    for entity in json.loads((out / "data/entities.json").read_text("utf-8"))["entities"]:
        feed, entries = _entries(out / entity["path"] / "feed.xml")
        wanted = {SITE + f"events/{eid}/" for eid in entity["events"]}
        assert {_link(e) for e in entries} == wanted
        page = soup(out / entity["path"] / "index.html")
        alternates = [link["href"] for link in page.select('link[rel="alternate"][type="application/atom+xml"]')]
        assert "../../entities/" + entity["id"] + "/feed.xml" in alternates
        assert "../../feed.xml" in alternates
    command, entries = _entries(out / "entities/command/feed.xml")
    assert command.findtext(f"{A}title") == "Assistance Command (NAA) · Test briefing"
    assert command.findtext(f"{A}updated") == "2026-05-29T00:00:00Z"


def test_an_entitys_feed_gives_each_event_as_a_summary_and_a_link_and_the_briefings_feed_in_full(briefing, build_site):
    code, out, _, _ = build_site(briefing(MORE))
    assert code == 0
    _, site_entries = _entries(out / "feed.xml")
    full = {_link(e): e for e in site_entries}
    _, entries = _entries(out / "entities/alliance/feed.xml")
    assert len(entries) == 2
    for entry in entries:
        # What a reader of the entity's feed sees: the event's title, date and
        # summary, as in the briefing's feed, and the link to its page for the rest.
        whole = full[_link(entry)]
        for tag in (f"{A}id", f"{A}title", f"{A}updated", f"{DC}date", f"{A}summary"):
            assert entry.findtext(tag) == whole.findtext(tag)
        assert entry.find(f"{A}content") is None
        assert whole.find(f"{A}content") is not None
    posting = next(e for e in entries if "officers" in e.findtext(f"{A}title"))
    assert posting.findtext(f"{A}summary").startswith("29 May 2026 · ")


def test_every_page_links_the_briefing_feed(briefing, build_site):
    code, out, _, _ = build_site(briefing())
    assert code == 0
    for page in out.rglob("*.html"):
        links = soup(page).select('link[rel="alternate"][type="application/atom+xml"]')
        assert links, page
        target = links[0]["href"]
        assert (page.parent / target).resolve() == (out / "feed.xml").resolve() or target == "/briefing/feed.xml"


def test_sitemap_lists_every_page_but_the_404_and_robots_points_to_it(briefing, build_site):
    code, out, _, _ = build_site(briefing(MORE))
    assert code == 0
    urlset = ET.parse(out / "sitemap.xml").getroot()
    locs = [u.findtext(f"{SM}loc") for u in urlset.findall(f"{SM}url")]
    pages = sorted(
        SITE + p.relative_to(out).as_posix().removesuffix("index.html")
        for p in out.rglob("*.html") if p.name != "404.html"
    )
    assert sorted(locs) == pages
    for event in _events(out):
        assert event["url"] in locs
    robots = (out / "robots.txt").read_text("utf-8")
    assert "User-agent: *" in robots
    assert f"Sitemap: {SITE}sitemap.xml" in robots.splitlines()


def test_feeds_and_sitemap_are_byte_identical_across_builds_and_folders(briefing, build_site):
    first = briefing(MORE, name="one")
    second = briefing(MORE, name="two")
    _, out1, _, _ = build_site(first)
    _, out2, _, _ = build_site(second)
    _, out3, _, _ = build_site(first, out=first.parent / "again")
    xml_files = sorted(p.relative_to(out1) for p in out1.rglob("*.xml")) + [out1 / "robots.txt"]
    assert len(xml_files) > 3
    for rel in xml_files:
        data = (out1 / rel).read_bytes()
        assert (out2 / rel).read_bytes() == data
        assert (out3 / rel).read_bytes() == data


def test_base_url_option_sets_the_addresses_in_feeds_and_sitemap(briefing, build_site):
    code, out, _, _ = build_site(briefing(), "--base-url", "https://someone.github.io/news")
    assert code == 0
    feed, _ = _entries(out / "feed.xml")
    assert feed.findtext(f"{A}id") == "https://someone.github.io/news/feed.xml"
    assert "https://someone.github.io/news/sitemap.xml" in (out / "robots.txt").read_text("utf-8")
    assert "https://example.org" not in (out / "sitemap.xml").read_text("utf-8")


def test_without_a_public_url_there_is_no_feed_or_sitemap_and_the_build_says_why(briefing, build_site):
    no_url = {"content/site.yaml": "title: Test briefing\nlanguage: en\n"}
    code, out, _, err = build_site(briefing(no_url))
    assert code == 0
    assert not (out / "feed.xml").exists()
    assert not (out / "sitemap.xml").exists()
    assert "Sitemap" not in (out / "robots.txt").read_text("utf-8")
    assert not soup(out / "index.html").select('link[type="application/atom+xml"]')
    assert re.search(r"content/site\.yaml:1:1: warning: no absolute 'url' here, so no Atom feeds and no sitemap\.xml", err)


def test_feed_stays_well_formed_when_an_article_holds_characters_xml_forbids(briefing, build_site):
    # Scrapers keep form feeds and other control characters; XML 1.0 allows none of them.
    raw = "Officers posted to the command\n\nOn May 29, 2026 the NAA said\x0c four officers\x01 would join ASCOM.\n"
    files = {
        "seeds/2026-05-29-raw.txt": raw,
        "content/events/raw.yaml": "id: raw-posting\nseeds: [2026-05-29-raw]\nsummary: \"The NAA\\x0c posts officers.\"\n",
    }
    code, out, _, _ = build_site(briefing(files))
    assert code == 0
    _, entries = _entries(out / "feed.xml")
    entry = next(e for e in entries if e.findtext(f"{A}title") == "Officers posted to the command")
    assert entry.findtext(f"{A}summary") == "29 May 2026 · The NAA posts officers."


def test_feeds_carry_the_newest_fifty_events_and_leave_older_ones_to_the_site(briefing, build_site):
    # 55 articles a day apart, each mentioning the alliance: both feeds are capped.
    seeds = {
        f"seeds/2025-01-{day:02d}-note.md" if day <= 31 else f"seeds/2025-02-{day - 31:02d}-note.md": f"""
            ---
            title: Alliance note number {day}
            published: {"2025-01-%02d" % day if day <= 31 else "2025-02-%02d" % (day - 31)}
            ---
            The NAA issued note {day}.
        """
        for day in range(1, 56)
    }
    code, out, _, err = build_site(briefing(seeds))
    assert code == 0, err
    for path in ("feed.xml", "entities/alliance/feed.xml"):
        feed, entries = _entries(out / path)
        titles = [e.findtext(f"{A}title") for e in entries]
        assert len(titles) == 50
        # Newest first: the Posting (2026), then the notes from 55 down to 7 (the site feed)...
        assert "Alliance note number 55" in titles[:2]
        assert "Alliance note number 6" not in titles and "Alliance note number 1" not in titles
        dates = [e.findtext(f"{DC}date") for e in entries]
        assert dates == sorted(dates, reverse=True)
        assert feed.findtext(f"{A}updated") == entries[0].findtext(f"{A}updated")
    # ...while every event still has its page, found from the timeline.
    assert (out / "events" / "2025-01-01-note" / "index.html").exists()


def test_site_yaml_sets_how_many_events_a_feed_carries(briefing, build_site):
    root = briefing({"content/site.yaml": "title: Test briefing\nurl: https://example.org/briefing/\nfeed_limit: 1\n"})
    code, out, _, err = build_site(root)
    assert code == 0, err
    for path in ("feed.xml", "entities/command/feed.xml"):
        _, entries = _entries(out / path)
        assert len(entries) == 1
    # The newest: MINIMAL's article of 29 May 2026, not the command's founding in 2024.
    assert _entries(out / "entities/command/feed.xml")[1][0].findtext(f"{DC}date") == "2026-05-29"


def test_a_feed_limit_that_is_not_a_positive_whole_number_is_an_error(briefing, build_site):
    root = briefing({"content/site.yaml": "title: Test briefing\nurl: https://example.org/briefing/\nfeed_limit: all\n"})
    code, out, _, err = build_site(root)
    assert code == 1 and not out.exists()
    assert re.search(r"content/site\.yaml:3:13: 'feed_limit' must be a whole number of at least 1 .*got 'all'", err)
