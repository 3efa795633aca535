"""Generic names carry the country or alliance they belong to wherever pages show them."""

from __future__ import annotations

from conftest import soup

# Two countries could each have a "Ministry of Defence" and a port; the
# alliance's own cell already says whose it is.
NORLAND = {
    "content/entities/norland.yaml": """
        id: norland
        name: Norland
        kind: country
    """,
    "content/entities/norland-mod.yaml": """
        id: norland-mod
        name: Ministry of Defence
        short_name: MoD
        kind: ministry
        parent: norland
    """,
    "content/entities/portwick.yaml": """
        id: portwick
        name: Portwick
        kind: city
        parent: norland
    """,
    "content/entities/naa-cell.yaml": """
        id: naa-cell
        name: NAA Liaison Cell
        kind: command
        parent: alliance
    """,
    "content/events/liaison.yaml": """
        id: liaison-opened
        title: A liaison cell opens in Portwick
        date: 2026-03-02
        location: portwick
        entities:
          - id: norland-mod
            role: hosts the cell
          - naa-cell
          - command
    """,
}


def test_a_generic_name_shows_its_country_on_event_pages_and_in_the_directory(briefing, build_site):
    code, out, _, stderr = build_site(briefing(NORLAND))
    assert code == 0, stderr
    page = soup(out / "events/liaison-opened/index.html")
    involved = [li.a.get_text(strip=True) for li in page.select("ul.roles li")]
    assert "Ministry of Defence (Norland)" in involved
    assert "Portwick (Norland)" in involved
    # The name already says whose it is: nothing added.
    assert "NAA Liaison Cell" in involved
    assert page.select_one(".kicker a").get_text(strip=True) == "Portwick (Norland)"
    directory = soup(out / "entities/index.html")
    assert "Ministry of Defence (Norland)" in [a.get_text(strip=True) for a in directory.select("ul.entities a")]
    entity = soup(out / "entities/norland-mod/index.html")
    assert entity.title.get_text().startswith("Ministry of Defence (Norland) ·")


def test_a_parent_that_takes_no_part_is_named_in_a_sentence_under_the_participants(briefing, build_site):
    code, out, _, stderr = build_site(briefing(NORLAND))
    assert code == 0, stderr
    page = soup(out / "events/liaison-opened/index.html")
    context = page.select_one(".context")
    assert context.get_text(" ", strip=True) == "MoD and Portwick are part of Norland · ASCOM and NAA Liaison Cell are part of North Atlantic Alliance"
    assert "parent of" not in page.get_text()
