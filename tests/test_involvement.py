"""Who takes part in an event, told apart from who its text merely mentions."""

from __future__ import annotations

from conftest import soup

# A harbour city the posting article names in passing; the event's editor
# curates only the command, with a role.
PORT = {
    "content/entities/port.yaml": """
        id: port
        name: Saltmere
        kind: city
    """,
    "content/events/posting.yaml": """
        id: officers-posted
        title: Officers posted to the command
        date: 2026-05-29
        seeds: [2026-05-29-posting]
        entities:
          - id: command
            role: receives the officers
    """,
    "seeds/2026-05-29-posting.md": """
        ---
        title: Four officers posted to the Assistance Command
        published: 2026-05-29
        ---
        On 29 May the NAA said, from its offices in Saltmere, that four
        officers would join ASCOM.
    """,
}


def _lists(page):
    involved = [li.a.get_text(strip=True) for li in page.select("ul.roles li")]
    mentioned = [li.a.get_text(strip=True) for li in page.select("ul.mentioned li")]
    return involved, mentioned


def test_event_page_lists_curated_participants_apart_from_names_its_text_only_mentions(briefing, build_site):
    code, out, _, stderr = build_site(briefing(PORT))
    assert code == 0, stderr
    page = soup(out / "events/officers-posted/index.html")
    involved, mentioned = _lists(page)
    assert [i.split(" (")[0] for i in involved] == ["Assistance Command"]
    assert page.select_one("ul.roles .role").get_text(strip=True) == "receives the officers"
    assert [m.split(" (")[0] for m in mentioned] == ["North Atlantic Alliance", "Saltmere"]
    assert page.select_one("#mentioned").get_text(strip=True) == "Also mentioned"


def test_not_involved_drops_a_mention_from_the_event_and_from_the_entity_timeline(briefing, build_site):
    files = dict(PORT)
    files["content/events/posting.yaml"] += "    not_involved: [port]\n"
    code, out, _, stderr = build_site(briefing(files))
    assert code == 0, stderr
    page = soup(out / "events/officers-posted/index.html")
    _, mentioned = _lists(page)
    assert [m.split(" (")[0] for m in mentioned] == ["North Atlantic Alliance"]
    # The text still links the name: the editor drops the involvement, not the word.
    assert "Saltmere" in [a.get_text() for a in page.select(".source .body a.mention")]
    port = soup(out / "entities/port/index.html")
    assert not port.select("#timeline ~ ol a")


def test_entity_timeline_tells_events_that_only_mention_it_from_those_it_takes_part_in(briefing, build_site):
    code, out, _, stderr = build_site(briefing(PORT))
    assert code == 0, stderr
    alliance = soup(out / "entities/alliance/index.html")
    [item] = alliance.select("#timeline ~ ol li")
    assert "mentioned" in item["class"]
    assert item.select_one(".role").get_text(strip=True) == "mentioned only"
    command = soup(out / "entities/command/index.html")
    items = command.select("#timeline ~ ol li")
    assert items and not any("mentioned" in li["class"] for li in items)


def test_shipped_announcement_keeps_tokyo_out_of_the_people_involved(shipped, build_site):
    code, out, _, stderr = build_site(shipped)
    assert code == 0, stderr
    page = soup(out / "events/japan-officers-to-nsatu/index.html")
    involved, mentioned = _lists(page)
    assert not any(name.startswith("Tokyo") for name in involved + mentioned)
    assert any(name.startswith("NATO Security Assistance") for name in involved)


def test_a_feed_entry_names_the_participants_apart_from_the_names_only_mentioned(briefing, build_site):
    import xml.etree.ElementTree as ET

    code, out, _, stderr = build_site(briefing(PORT))
    assert code == 0, stderr
    atom = "{http://www.w3.org/2005/Atom}"
    entry = next(
        e for e in ET.parse(out / "feed.xml").getroot().iter(f"{atom}entry")
        if e.findtext(f"{atom}title") == "Officers posted to the command"
    )
    content = entry.findtext(f"{atom}content")
    involved = content.split("<p>Involved: ")[1].split("</p>")[0]
    mentioned = content.split("<p>Also mentioned: ")[1].split("</p>")[0]
    assert "Assistance Command" in involved and "Saltmere" not in involved
    assert "Saltmere" in mentioned and "North Atlantic Alliance" in mentioned
